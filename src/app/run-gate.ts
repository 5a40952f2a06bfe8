/**
 * range → policy (from the base) → request → change → evaluate → render → write → publish.
 * Shared by every platform; the adapter supplies facts and publishes the result.
 */
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parsePolicy } from '../core/policy/parse.js';
import type { CliOptions } from '../gather/options.js';
import { decide, evaluate, type FindingsInput } from '../core/evaluate.js';
import { InputError, UncheckedError } from '../core/errors.js';
import type { Evaluation } from '../core/evaluation.js';
import type { Violation } from '../core/violation.js';
import { gatherReports } from '../gather/reports/gather.js';
import { readPatches } from '../gather/git/patches.js';
import { readCodeownersWith } from '../gather/codeowners.js';
import type { CodeownersAtBase } from '../core/oversight/codeowners.js';
import { gitRaw } from '../gather/git/run.js';
import type { Policy } from '../core/policy/schema.js';
import { readChange } from '../gather/git/read-change.js';
import { readLineLevel } from '../gather/line-level/read-line-level.js';
import type { Change } from '../core/model.js';
import type { Range } from '../gather/git/range.js';
import { builtInPolicy, gitReader, loadPolicyAtBase, loadPolicyFile, type BaseReader, type LoadedPolicy } from '../gather/policy.js';
import { auditRecord } from '../core/render/audit.js';
import { renderMarkdown } from '../core/render/markdown.js';
import { sensitiveGroupsOf } from '../core/risk/sensitive.js';
import { needsContent } from '../core/risk/destructive.js';
import type { PlatformAdapter, Published } from '../platform/types.js';
import { VERSION } from '../core/version.js';

/** Each platform reads CODEOWNERS in its own syntax; a laptop guesses from the file. */
const CODEOWNERS_SYNTAX = { github: 'github', gitlab: 'gitlab', local: undefined } as const;

export interface RunEnvironment {
  cwd: string;
  now: Date;
}

export async function choosePolicy(
  options: CliOptions,
  range: Range,
  cwd: string,
  readBase: BaseReader,
  platform: PlatformAdapter['name'] = 'local',
): Promise<LoadedPolicy> {
  if (options.policy) {
    // In CI the working tree is the change under review: a policy file inside the repository is read
    // as it is at the base, like the default one. On a laptop an explicit file is the user's dry run.
    const inRepo = platform === 'local' ? undefined : await repositoryPath(options.repo, resolve(await realpath(cwd), options.policy));
    if (inRepo === undefined) return loadPolicyFile(options.policy, cwd);
    const label = `base ${range.base.slice(0, 12)}`;
    const text = range.emptyBase ? undefined : await readBase(inRepo);
    if (text === undefined) {
      throw new InputError(
        `Policy file ${options.policy} does not exist at the ${label}.`,
        'The policy that judges a change is read from its base: commit the policy to the target branch first, or leave the policy input empty to use .ai-governance.yml or the built-in default.',
      );
    }
    const { policy, sha256: sum } = parsePolicy(text, `${inRepo} (at ${label})`);
    return { policy, info: { source: `${inRepo} at ${label}`, sha256: sum, path: inRepo } };
  }
  if (!range.emptyBase) {
    const atBase = await loadPolicyAtBase(readBase, `base ${range.base.slice(0, 12)}`);
    if (atBase) return atBase;
  }
  return builtInPolicy();
}

/** `file` relative to the repository's top, or undefined when it lies outside the repository. */
async function repositoryPath(repo: string, file: string): Promise<string | undefined> {
  const top = (await gitRaw(repo, ['rev-parse', '--show-toplevel'])).stdout.toString('utf8').trim();
  const rel = relative(top, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
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

/** Errors of a platform call that are not the user's input mistakes mean "could not check". */
function asUnchecked(e: unknown, what: string): InputError {
  if (e instanceof UncheckedError || !(e instanceof InputError)) {
    return e instanceof UncheckedError ? e : new UncheckedError(what, e instanceof Error ? e.message : String(e), UNCHECKED_HINT);
  }
  return e;
}

const UNCHECKED_HINT = 'No decision was made. Re-run the job once the platform answers; a policy can choose `on-error: fail-open` to decide without these facts.';

async function unchecked<T>(what: string, failOpen: boolean, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    const err = asUnchecked(e, what);
    if (err instanceof UncheckedError && failOpen) throw new UncheckedError(err.what, err.message.replace(/^Could not check [^:]*: /, ''), err.hint, true);
    throw err;
  }
}

function uncheckedViolation(e: InputError): Violation {
  return {
    rule: 'platform.unchecked',
    message: `${e.message} Request rules (approvals, declarations, request signals) were not evaluated.`,
    remediation: 'Re-run the job once the platform answers; until then this change has not been checked for sign-off.',
    level: 'warning',
  };
}

function withViolations(e: Evaluation, extra: Violation[]): Evaluation {
  const violations = [...extra, ...e.violations];
  return { ...e, violations, decision: decide(violations, e.mode) };
}

function addedLinesByFile(change: Change): Map<string, number> {
  return new Map(change.files.filter((f) => !f.binary && f.additions > 0).map((f) => [f.path, f.additions]));
}

export async function runGate(adapter: PlatformAdapter, env: RunEnvironment): Promise<Published> {
  const { options } = adapter;
  const range = await adapter.range();
  const readBase = await baseReader(adapter, range);
  const { policy, info } = await choosePolicy(options, range, env.cwd, readBase, adapter.name);
  const groupsOf = sensitiveGroupsOf(policy, info.path);
  const wants = (f: Parameters<typeof needsContent>[0]) => needsContent(f, (p) => groupsOf(p).length > 0);
  const failOpen = (options.mode ?? policy.mode) === 'warn' || policy['on-error'] === 'fail-open';
  const fromApi = await unchecked('the change (files and commits) from the platform API', failOpen, () => adapter.change?.(range, wants) ?? Promise.resolve(undefined));
  const change = fromApi ?? (await readChange(options.repo, range, wants, adapter.repository));
  const codeowners = await readCodeownersWith(readBase, range.base, CODEOWNERS_SYNTAX[adapter.name]);
  const uncheckedRequest: Violation[] = [];
  const [facts, lineLevel] = await Promise.all([
    adapter.request({ policy, range, teams: teamsToResolve(policy, codeowners, change) }).catch((e: unknown) => {
      const err = asUnchecked(e, 'the pull or merge request (author, labels, approvals)');
      if (!failOpen) throw err;
      uncheckedRequest.push(uncheckedViolation(err));
      return undefined;
    }),
    // Line-level data lives in the clone (notes, committed traces); an API-built change has none.
    fromApi ? undefined : readLineLevel(options.repo, change.commits.map((c) => c.sha), addedLinesByFile(change), { head: range.head }),
  ]);
  if (facts) change.request = facts.request;
  // A push to the default branch carries no request; the one it was merged from holds the attribution a squash drops.
  const merged = facts
    ? undefined
    : await adapter.mergedRequest?.(change.head).catch((e: unknown) => {
        const err = asUnchecked(e, 'the pull or merge request this push was merged from (its commits and description)');
        if (!failOpen) throw err;
        uncheckedRequest.push({
          rule: 'platform.unchecked',
          message: `${err.message} AI attribution that the merge may have dropped was not checked.`,
          remediation: 'Re-run the job once the platform answers; until then the attribution of this push rests on its own commits only.',
          level: 'warning',
        });
        return undefined;
      });
  if (merged?.mergedRequest) change.mergedRequest = merged.mergedRequest;
  const platformWarnings = [...(facts?.warnings ?? []), ...(merged?.warnings ?? [])];
  const findings = await gatherFindings(options, policy, env.cwd, change, range);
  const evaluated = evaluate({ policy, policyInfo: info, change, now: env.now, mode: options.mode, lineLevel, platformWarnings, findings, codeowners, governancePaths: adapter.governancePaths });
  const evaluation = uncheckedRequest.length ? withViolations(evaluated, uncheckedRequest) : evaluated;
  const markdown = renderMarkdown({ evaluation, change, policyInfo: info, version: VERSION, commitUrl: adapter.commitUrl?.bind(adapter) });
  const audit = auditRecord({ evaluation, change, policyInfo: info, platform: adapter.name, version: VERSION, timestamp: env.now });
  await writeOut(env.cwd, options.auditFile, JSON.stringify(audit, null, 2) + '\n');
  if (options.summaryFile) await writeOut(env.cwd, options.summaryFile, markdown);
  const result: Published = { evaluation, change, policyInfo: info, markdown, audit, options, exitCode: evaluation.decision === 'fail' ? 1 : 0 };
  await adapter.publish(result);
  return result;
}
