/**
 * gather → evaluate → render → write. Shared by every platform; the adapter supplies the range and
 * publishes the result.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliOptions } from './cli/args.js';
import { evaluate } from './evaluate.js';
import { readChange } from './git/read-change.js';
import type { Range } from './git/range.js';
import { builtInPolicy, loadPolicyAtRevision, loadPolicyFile, type LoadedPolicy } from './policy/load.js';
import { auditRecord, type Platform } from './report/audit.js';
import { renderMarkdown } from './report/markdown.js';
import { sensitiveGroupsOf } from './risk/sensitive.js';
import { needsContent } from './risk/destructive.js';
import type { Published } from './platform/types.js';
import { VERSION } from './version.js';

export interface RunContext {
  options: CliOptions;
  platform: Platform;
  range: Range;
  cwd: string;
  now: Date;
  /** Commit URL builder when the platform gives one. */
  commitUrl?: (sha: string) => string;
  repository?: string;
}

export async function choosePolicy(options: CliOptions, range: Range, cwd: string): Promise<LoadedPolicy> {
  if (options.policy) return loadPolicyFile(options.policy, cwd);
  if (!range.emptyBase) {
    const atBase = await loadPolicyAtRevision(options.repo, range.base, `base ${range.base.slice(0, 12)}`);
    if (atBase) return atBase;
  }
  return builtInPolicy();
}

async function writeOut(cwd: string, file: string, content: string): Promise<void> {
  const full = resolve(cwd, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
}

export async function runGate(ctx: RunContext): Promise<Published> {
  const { options, range } = ctx;
  const { policy, info } = await choosePolicy(options, range, ctx.cwd);
  const groupsOf = sensitiveGroupsOf(policy, info.path);
  const change = await readChange(options.repo, range, (f) => needsContent(f, (p) => groupsOf(p).length > 0), ctx.repository);
  const evaluation = evaluate({ policy, policyInfo: info, change, now: ctx.now, mode: options.mode });
  const summaryInput = { evaluation, change, policyInfo: info, version: VERSION, commitUrl: ctx.commitUrl };
  const markdown = renderMarkdown(summaryInput);
  const audit = auditRecord({ evaluation, change, policyInfo: info, platform: ctx.platform, version: VERSION, timestamp: ctx.now });
  await writeOut(ctx.cwd, options.auditFile, JSON.stringify(audit, null, 2) + '\n');
  if (options.summaryFile) await writeOut(ctx.cwd, options.summaryFile, markdown);
  return { evaluation, change, markdown, audit, exitCode: evaluation.decision === 'fail' ? 1 : 0 };
}
