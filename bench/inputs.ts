/**
 * Bench inputs, generated once per machine into the temporary directory and reused: the generators are
 * seeded, so a cached file is byte for byte what a fresh run would write. Bump GENERATION when a
 * generator changes.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateGitlab } from './generate/gitlab.js';
import { generateRepo, type GeneratedRepo } from './generate/repo.js';
import { generateSarif, type GeneratedReport, type SarifProfile } from './generate/sarif.js';
import { generateAuditRecords, type GeneratedRecords } from './generate/audit-records.js';
import { generateCodeqlSarif, generateFlatAdd, generateHistory, type ShapeRepo } from './generate/issue-shapes.js';

const GENERATION = 2;
export const cacheDir = join(tmpdir(), `ai-governance-gate-bench-${GENERATION}`);

function cached<T extends { path?: string; dir?: string }>(name: string, make: (target: string) => T, log: (s: string) => void): T {
  mkdirSync(cacheDir, { recursive: true });
  const target = join(cacheDir, name);
  const meta = `${target}.json`;
  if (existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8')) as T;
  log(`generating ${name} …`);
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const t = performance.now();
  const made = make(partial);
  renameSync(partial, target);
  const result = JSON.parse(JSON.stringify(made).split(partial).join(target)) as T;
  writeFileSync(meta, JSON.stringify(result));
  log(`  ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return result;
}

export function sarifInput(results: number, log: (s: string) => void, profile: SarifProfile = 'typical'): GeneratedReport {
  return cached(`sarif-${profile}-${results}.sarif`, (p) => generateSarif(p, results, 7 + results, profile), log);
}

export function gitlabInput(vulnerabilities: number, log: (s: string) => void): GeneratedReport {
  return cached(`gitlab-sast-${vulnerabilities}.json`, (p) => generateGitlab(p, vulnerabilities, 11 + vulnerabilities), log);
}

export function repoInput(files: number, log: (s: string) => void): GeneratedRepo {
  return cached(`repo-${files}`, (p) => generateRepo(p, files, 13 + files), log);
}

/** Audit records derived from records real runs of the gate wrote (`seeds`), as JSON Lines. */
export function auditRecordsInput(seeds: ReadonlyArray<Record<string, unknown>>, records: number, log: (s: string) => void): GeneratedRecords {
  return cached(`audit-records-${records}.jsonl`, (p) => generateAuditRecords(seeds, p, { records, seed: 17 + records }), log);
}

export function codeqlSarifInput(results: number, log: (s: string) => void): GeneratedReport {
  return cached(`sarif-codeql-${results}.sarif`, (p) => generateCodeqlSarif(p, results), log);
}

export function flatAddInput(files: number, log: (s: string) => void): ShapeRepo {
  return cached(`flat-add-${files}`, (p) => generateFlatAdd(p, files, 200), log);
}

export function historyInput(commits: number, log: (s: string) => void): ShapeRepo & { aiAssisted: number } {
  return cached(`history-${commits}`, (p) => generateHistory(p, commits, 20_000, 19 + commits), log);
}
