/**
 * range → policy (from the base) → request → change → evaluate → render → write → publish.
 * Shared by every platform; the adapter supplies facts and publishes the result.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliOptions } from './cli/args.js';
import { evaluate, type FindingsInput } from './evaluate.js';
import { gatherReports } from './findings/gather.js';
import { readPatches } from './git/patches.js';
import { readCodeownersWith, type CodeownersAtBase } from './oversight/read-codeowners.js';
import { gitRaw } from './git/run.js';
import type { Policy } from './policy/schema.js';
import { readChange } from './git/read-change.js';
import { readLineLevel } from './attribution/line-level/read-line-level.js';
import type { Change } from './model.js';
import type { Range } from './git/range.js';
import { builtInPolicy, gitReader, loadPolicyAtBase, loadPolicyFile, type BaseReader, type LoadedPolicy } from './policy/load.js';
import { auditRecord } from './report/audit.js';
import { renderMarkdown } from './report/markdown.js';
import { sensitiveGroupsOf } from './risk/sensitive.js';
import { needsContent } from './risk/destructive.js';
import type { PlatformAdapter, Published } from './platform/types.js';
import { VERSION } from './version.js';

/** Each platform reads CODEOWNERS in its own syntax; a laptop guesses from the file. */
const CODEOWNERS_SYNTAX = { github: 'github', gitlab: 'gitlab', local: undefined } as const;

export interface RunEnvironment {
  cwd: string;
  now: Date;
}

export async function choosePolicy(options: CliOptions, range: Range, cwd: string, readBase: BaseReader): Promise<LoadedPolicy> {
  if (options.policy) return loadPolicyFile(options.policy, cwd);
  if (!range.emptyBase) {
    const atBase = await loadPolicyAtBase(readBase, `base ${range.base.slice(0, 12)}`);
    if (atBase) return atBase;
  }
  return builtInPolicy();
}

/**
 * Reads files of the base revision: from the clone when it has the base commit, else through the
 * platform (a shallow checkout on GitHub). The head is never read for the policy or CODEOWNERS.
 */
async function baseReader(adapter: PlatformAdapter, range: Range): Promise<BaseReader> {
  if (range.emptyBase) return async () => undefined;
  const local = await gitRaw(adapter.options.repo, ['cat-file', '-e', `${range.base}^{commit}`]);
  if (local.code === 0 || !adapter.readFileAt) return gitReader(adapter.options.repo, range.base);
  return (path) => adapter.readFileAt!(path, range.base);
}

export async function writeOut(cwd: string, file: string, content: string): Promise<string> {
  const full = resolve(cwd, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
  return full;
}

/** Reads the scanner reports, and the added line ranges when the scope is the changed lines. */
async function gatherFindings(options: CliOptions, policy: Policy, cwd: string, change: Change, range: Range): Promise<FindingsInput | undefined> {
  if (!options.reports.length && !options.baseline.length) return undefined;
  const gathered = await gatherReports(options.reports, options.baseline, cwd, policy);
  if (policy.findings.scope === 'changed-lines' && gathered.reports.length) {
    const text = change.files.filter((f) => !f.binary && f.status !== 'deleted');
    const patches = await readPatches(options.repo, range.base, range.head, text.map((f) => f.path));
    const ranges = new Map(patches.map((p) => [p.path, p.addedRanges]));
    for (const f of text) f.addedRanges = ranges.get(f.path) ?? [];
  }
  return { reports: gathered.reports, baseline: gathered.baseline, violations: gathered.violations, roots: [resolve(options.repo), resolve(cwd)] };
}

/** Teams/groups whose membership approval rules depend on: named in rules, or owning code. */
function teamsToResolve(policy: Policy, codeowners: CodeownersAtBase | undefined, change: Change): string[] {
  const teams = new Set<string>(policy.approvals.rules.flatMap((r) => r.require.teams ?? []));
  // Code owners can be asked for by a rule, and always by the governance tier.
  if (codeowners) {
    for (const f of change.files) {
      for (const owner of codeowners.codeowners.ownersOf(f.path).owners) if (/^@[^/\s]+\/.+/.test(owner)) teams.add(owner.slice(1));
    }
  }
  return [...teams].sort();
}

function addedLinesByFile(change: Change): Map<string, number> {
  return new Map(change.files.filter((f) => !f.binary && f.additions > 0).map((f) => [f.path, f.additions]));
}

export async function runGate(adapter: PlatformAdapter, env: RunEnvironment): Promise<Published> {
  const { options } = adapter;
  const range = await adapter.range();
  const readBase = await baseReader(adapter, range);
  const { policy, info } = await choosePolicy(options, range, env.cwd, readBase);
  const groupsOf = sensitiveGroupsOf(policy, info.path);
  const wants = (f: Parameters<typeof needsContent>[0]) => needsContent(f, (p) => groupsOf(p).length > 0);
  const fromApi = await adapter.change?.(range, wants);
  const change = fromApi ?? (await readChange(options.repo, range, wants, adapter.repository));
  const codeowners = await readCodeownersWith(readBase, range.base, CODEOWNERS_SYNTAX[adapter.name]);
  const [facts, lineLevel] = await Promise.all([
    adapter.request({ policy, range, teams: teamsToResolve(policy, codeowners, change) }),
    // Line-level data lives in the clone (notes, committed traces); an API-built change has none.
    fromApi ? undefined : readLineLevel(options.repo, change.commits.map((c) => c.sha), addedLinesByFile(change), { head: range.head }),
  ]);
  if (facts) change.request = facts.request;
  const findings = await gatherFindings(options, policy, env.cwd, change, range);
  const evaluation = evaluate({ policy, policyInfo: info, change, now: env.now, mode: options.mode, lineLevel, platformWarnings: facts?.warnings, findings, codeowners, governancePaths: adapter.governancePaths });
  const markdown = renderMarkdown({ evaluation, change, policyInfo: info, version: VERSION, commitUrl: adapter.commitUrl?.bind(adapter) });
  const audit = auditRecord({ evaluation, change, policyInfo: info, platform: adapter.name, version: VERSION, timestamp: env.now });
  await writeOut(env.cwd, options.auditFile, JSON.stringify(audit, null, 2) + '\n');
  if (options.summaryFile) await writeOut(env.cwd, options.summaryFile, markdown);
  const result: Published = { evaluation, change, policyInfo: info, markdown, audit, options, exitCode: evaluation.decision === 'fail' ? 1 : 0 };
  await adapter.publish(result);
  return result;
}
