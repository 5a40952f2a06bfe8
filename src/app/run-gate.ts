/**
 * range → policy (from the target's current tip) → change → request → evaluate → render → write →
 * publish. Shared by every platform; the adapter supplies facts and publishes the result.
 */
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parsePolicy } from '../core/policy/parse.js';
import type { CliOptions } from '../gather/options.js';
import { evaluate, type FindingsInput } from '../core/evaluate.js';
import { decideRun } from '../core/record/run-decision.js';
import { recordInputs } from '../core/record/replay-inputs.js';
import { decisionStatement } from '../core/record/statement.js';
import type { AuditRecord } from '../core/render/audit-schema.js';
import { readRunIdentity } from '../gather/run-identity.js';
import { InputError, UncheckedError } from '../core/errors.js';
import type { Violation } from '../core/violation.js';
import { gatherPlans } from '../gather/plans/gather.js';
import { gatherReports } from '../gather/reports/gather.js';
import { readPatches } from '../gather/git/patches.js';
import { readCodeownersWith } from '../gather/codeowners.js';
import { CODEOWNERS_LOCATIONS } from '../core/oversight/codeowners.js';
import { POLICY_FILES } from '../core/policy/locations.js';
import { topLevel } from '../gather/git/top-level.js';
import type { Policy } from '../core/policy/schema.js';
import { effectiveMode } from '../core/policy/effective-mode.js';
import { readChange } from '../gather/git/read-change.js';
import { readLineLevel } from '../gather/line-level/read-line-level.js';
import type { Change, RequestInfo } from '../core/model.js';
import type { Range } from '../gather/git/range.js';
import { builtInPolicy, gitReader, loadPolicyAtBase, loadPolicyFile, type BaseReader, type LoadedPolicy } from '../gather/policy.js';
import { targetSource, type TargetSource } from '../gather/target.js';
import { redact } from '../gather/secrets.js';
import { auditRecord } from '../core/render/audit.js';
import { renderMarkdown } from '../core/render/markdown.js';
import { summaryLinks } from '../core/render/links.js';
import { sensitiveGroupsOf } from '../core/risk/sensitive.js';
import { hasSql, needsContent } from '../core/risk/destructive.js';
import { loadSqlParser } from '../gather/sql-parser.js';
import { membershipsToResolve } from '../core/oversight/memberships-to-resolve.js';
import type { PlatformAdapter, Published } from '../platform/types.js';
import { VERSION } from '../core/version.js';

export interface RunEnvironment {
  cwd: string;
  now: Date;
}

/** The real path of a file that may not exist yet: its nearest existing directory, resolved. */
async function realPathOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    const parent = dirname(file);
    return parent === file ? file : join(await realPathOf(parent), basename(file));
  }
}

async function choosePolicy(options: CliOptions, source: TargetSource, cwd: string, readTarget: BaseReader, judgesWorkingTree: boolean): Promise<LoadedPolicy> {
  const at = (loaded: LoadedPolicy): LoadedPolicy => ({ ...loaded, info: { ...loaded.info, ...(source.ref ? { ref: source.ref } : {}), commit: source.commit } });
  if (options.policy) {
    // In CI the working tree is the change under review: a policy file inside the repository is read
    // as it is on the target branch, like the default one. On a laptop an explicit file is the user's dry run.
    const inRepo = judgesWorkingTree ? await repositoryPath(options.repo, await realPathOf(resolve(cwd, options.policy))) : undefined;
    if (inRepo === undefined) return loadPolicyFile(options.policy, cwd);
    const text = await readTarget(inRepo);
    if (text === undefined) {
      throw new InputError(
        `Policy file ${options.policy} does not exist on ${source.description}.`,
        'The policy that judges a change is read from the branch it merges into: commit the policy there first, or leave the policy input empty to use .ai-governance.yml or the built-in default.',
      );
    }
    const { policy, sha256: sum } = parsePolicy(text, `${inRepo} (at ${source.description})`);
    return at({ policy, info: { source: `${inRepo} at ${source.description}`, sha256: sum, path: inRepo }, text });
  }
  const found = await loadPolicyAtBase(readTarget, source.description);
  return found ? at(found) : builtInPolicy();
}

/** `file` relative to the repository's top, or undefined when it lies outside the repository. */
async function repositoryPath(repo: string, file: string): Promise<string | undefined> {
  const found = await topLevel(repo);
  const top = await realPathOf('top' in found ? found.top : '');
  const rel = relative(top, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/**
 * Reads files of the target's commit: from the clone when it has it, else through the platform. The
 * change's head is never read for the policy or CODEOWNERS.
 */
function targetReader(adapter: PlatformAdapter, source: TargetSource, range: Range): BaseReader {
  if (!source.ref && range.emptyBase) return async () => undefined;
  if (source.inClone || !adapter.readFileAt) return gitReader(adapter.options.repo, source.commit, [...POLICY_FILES, ...CODEOWNERS_LOCATIONS]);
  return (path) => adapter.readFileAt!(path, source.commit);
}

async function writeOut(cwd: string, file: string, content: string): Promise<string> {
  const full = resolve(cwd, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
  return full;
}

/** Reads the scanner reports, and the added line ranges when the scope is the changed lines. */
async function gatherFindings(options: CliOptions, policy: Policy, cwd: string, change: Change, range: Range): Promise<FindingsInput | undefined> {
  if (!options.reports.length && !options.baseline.length) return undefined;
  const gathered = await gatherReports(options.reports, options.baseline, cwd, policy);
  const wantsRanges = policy.findings.scope === 'changed-lines' || policy.findings.suppressions === 'existing-only';
  if (wantsRanges && gathered.reports.length) {
    const text = change.files.filter((f) => !f.binary && f.status !== 'deleted' && f.addedRanges === undefined);
    // Given as files, a renamed or copied file's added lines are those added to its previous content.
    const patches = await readPatches(options.repo, range.base, range.head, text);
    const ranges = new Map(patches.map((p) => [p.path, p.addedRanges]));
    for (const f of text) f.addedRanges = ranges.get(f.path) ?? [];
  }
  // Without --baseline there is nothing to compare with: undefined, so findings are not called new.
  return { reports: gathered.reports, baseline: options.baseline.length ? gathered.baseline : undefined, violations: gathered.violations, roots: [resolve(options.repo), resolve(cwd)] };
}

/** Errors of a platform call that are not the user's input mistakes mean "could not check". */
function asUnchecked(e: unknown, what: string): InputError {
  if (e instanceof UncheckedError || !(e instanceof InputError)) {
    return e instanceof UncheckedError ? e : new UncheckedError(what, redact(e instanceof Error ? e.message : String(e)), UNCHECKED_HINT);
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

/** What a platform read that failed leaves unchecked, and what to do: the warning a fail-open run records. */
interface Unread {
  what: string;
  consequence: string;
  remediation: string;
}

const REQUEST_UNREAD: Unread = {
  what: 'the pull or merge request (author, labels, approvals)',
  consequence: 'Request rules (approvals, declarations, request signals) were not evaluated.',
  remediation: 'Re-run the job once the platform answers; until then this change has not been checked for sign-off.',
};
const MERGED_REQUEST_UNREAD: Unread = {
  what: 'the pull or merge request this push was merged from (its commits and description)',
  consequence: 'AI attribution that the merge may have dropped was not checked.',
  remediation: 'Re-run the job once the platform answers; until then the attribution of this push rests on its own commits only.',
};
const POST_MERGE_UNREAD: Unread = {
  what: 'the decision of the gate on the merged request (check runs or pipelines)',
  consequence: 'Whether the merge bypassed the gate was not checked.',
  remediation: 'Re-run the job once the platform answers; until then nobody knows whether this merge had a passing decision.',
};

/**
 * A platform read the decision can go without only when the policy fails open: then a failure becomes a
 * `platform.unchecked` warning in `warnings` and the read gives undefined; otherwise it ends the run (exit 2).
 */
async function readOrWarn<T>(unread: Unread, failOpen: boolean, warnings: Violation[], call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (e) {
    const err = asUnchecked(e, unread.what);
    if (!failOpen) throw err;
    warnings.push({ rule: 'platform.unchecked', message: `${err.message} ${unread.consequence}`, remediation: unread.remediation, level: 'warning' });
    return undefined;
  }
}

function addedLinesByFile(change: Change): Map<string, number> {
  return new Map(change.files.filter((f) => !f.binary && f.additions > 0).map((f) => [f.path, f.additions]));
}

/** Writes the files a later step reads; the audit record is the decision's evidence, so failing to write it is exit 2. */
async function writeRecords(options: CliOptions, cwd: string, audit: AuditRecord, markdown: string): Promise<void> {
  const text = JSON.stringify(audit, null, 2) + '\n';
  try {
    await writeOut(cwd, options.auditFile, text);
  } catch (e) {
    throw new InputError(
      `The audit record could not be written to ${options.auditFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); without it the decision has no evidence, so none is reported.`,
      'Point `audit-file` (--audit-file) at a writable path inside the workspace.',
    );
  }
  try {
    await writeOut(cwd, options.statementFile, JSON.stringify(decisionStatement(audit, text, basename(options.auditFile)), null, 2) + '\n');
  } catch (e) {
    throw new InputError(
      `The decision's statement could not be written to ${options.statementFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); without it the record cannot be signed, so no decision is reported.`,
      'Point `statement-file` (--statement-file) at a writable path inside the workspace.',
    );
  }
  if (!options.summaryFile) return;
  try {
    await writeOut(cwd, options.summaryFile, markdown);
  } catch (e) {
    process.stderr.write(`ai-governance-gate: warning: the summary could not be written to ${options.summaryFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the decision is unaffected.\n`);
  }
}

/** How the request a push came from was merged, and the gate's last decision for it; null when it could not be read in warn or fail-open mode. */
async function judge(adapter: PlatformAdapter, env: RunEnvironment): Promise<Published> {
  const { options } = adapter;
  const range = await adapter.range();
  const source = await targetSource(options.repo, adapter.target?.(), range);
  const readTarget = targetReader(adapter, source, range);
  const { policy, info, text: policyText } = await choosePolicy(options, source, env.cwd, readTarget, adapter.judgesWorkingTree);
  const groupsOf = sensitiveGroupsOf(policy, info.path);
  const wants = (f: Parameters<typeof needsContent>[0]) => needsContent(f, (p) => groupsOf(p).length > 0);
  const mode = effectiveMode(policy, options.mode).mode;
  const failOpen = mode === 'warn' || policy['on-error'] === 'fail-open';
  const fromApi = await unchecked('the change (files and commits) from the platform API', failOpen, () => adapter.change?.(range, wants) ?? Promise.resolve(undefined));
  const change = fromApi ?? (await readChange(options.repo, range, wants, adapter.repository));
  const codeowners = await readCodeownersWith(readTarget, source.commit, adapter.codeownersSyntax);
  // Line-level data lives in the clone (notes, committed traces); an API-built change has none.
  const lineLevel = fromApi ? undefined : await readLineLevel(options.repo, change.commits.map((c) => c.sha), addedLinesByFile(change), { head: range.head });
  // The SQL parser is a chunk of its own, loaded only when the change has SQL to read.
  const sqlParser = hasSql(change.files) ? await loadSqlParser() : undefined;
  // Plans decide which approval rules apply (destroys-stateful), so they are read before the request.
  const plans = options.plans?.length ? await gatherPlans(options.plans, env.cwd, policy) : undefined;
  const base = { policy, policyInfo: info, now: env.now, mode: options.mode, lineLevel, codeowners, governancePaths: adapter.governancePaths, sqlParser, plans };
  // Which lookups matter depends on the request (its labels decide which rules apply): asked once it is read.
  const oversightOf = (request: RequestInfo) => evaluate({ ...base, change: { ...change, request } }).oversight;
  const membershipsFor = (request: RequestInfo) => membershipsToResolve(oversightOf(request), request.approvals, request.headSha ?? change.head);
  const approvalCommitsMatter = (request: RequestInfo) => {
    // Everything the rules decide, less the approvals as reported (which carry the commit by definition).
    const decided = (approvals: RequestInfo['approvals']) => JSON.stringify({ ...oversightOf({ ...request, approvals }), observed: undefined });
    const onHead = request.approvals.map(({ commitSha: _sha, commitUnknown: _unknown, ...a }) => a);
    return decided(onHead) !== decided(request.approvals.map((a) => ({ ...a, commitUnknown: true })));
  };
  const uncheckedRequest: Violation[] = [];
  const facts = await readOrWarn(REQUEST_UNREAD, failOpen, uncheckedRequest, () => adapter.request({ policy, range, membershipsFor, approvalCommitsMatter }));
  if (facts) change.request = facts.request;
  // A push to the default branch carries no request; the one it was merged from holds the attribution a squash drops.
  const mergedRequest = adapter.mergedRequest?.bind(adapter);
  const merged = facts || !mergedRequest ? undefined : await readOrWarn(MERGED_REQUEST_UNREAD, failOpen, uncheckedRequest, () => mergedRequest(change.head));
  if (merged?.mergedRequest) change.mergedRequest = merged.mergedRequest;
  const postMergeOf = adapter.postMerge?.bind(adapter);
  const mergedFrom = merged?.mergedRequest;
  const postMerge = mergedFrom && postMergeOf ? ((await readOrWarn(POST_MERGE_UNREAD, failOpen, uncheckedRequest, () => postMergeOf(mergedFrom, change.head))) ?? null) : null;
  const platformWarnings = [...(facts?.warnings ?? []), ...(merged?.warnings ?? [])];
  const findings = await gatherFindings(options, policy, env.cwd, change, range);
  const evaluation = decideRun({ ...base, change, platformWarnings, findings }, uncheckedRequest, postMerge);
  const { policy: _policy, policyInfo: _info, sqlParser: _parser, ...evaluated } = { ...base, change, platformWarnings, findings };
  const inputs = recordInputs({
    evaluate: evaluated,
    addedViolations: uncheckedRequest,
    postMerge,
    aiAssisted: new Set(evaluation.attribution.commits.filter((c) => c.aiAssisted).map((c) => c.sha)),
    maxCommits: policy.audit?.['max-commits'],
  });
  const links = summaryLinks(adapter.web, change, info);
  const markdown = renderMarkdown({ evaluation, change, policyInfo: info, version: VERSION, links });
  const run = readRunIdentity(adapter.name, process.env);
  const audit = auditRecord({ evaluation, change, policyInfo: info, platform: adapter.name, version: VERSION, timestamp: env.now, policyText, run, inputs, maxCommits: policy.audit?.['max-commits'] });
  await writeRecords(options, env.cwd, audit, markdown);
  const result: Published = { evaluation, change, policyInfo: info, markdown, links, audit, options, exitCode: evaluation.decision === 'fail' ? 1 : 0 };
  try {
    await adapter.publish(result);
  } catch (e) {
    // Publishing tells people about the decision; failing to tell never changes it.
    process.stderr.write(`ai-governance-gate: warning: publishing the result failed (${redact(e instanceof Error ? e.message : String(e))}); the decision is unaffected.\n`);
  }
  return result;
}

export async function runGate(adapter: PlatformAdapter, env: RunEnvironment): Promise<Published> {
  try {
    return await judge(adapter, env);
  } catch (e) {
    // No decision: where people look (step summary, outputs, dotenv, job log) still says what could not be checked.
    if (!(e instanceof UncheckedError && e.failOpen) && adapter.publishFailure) {
      const message = redact(e instanceof Error ? e.message : String(e));
      const hint = e instanceof InputError && e.hint ? redact(e.hint) : undefined;
      await adapter.publishFailure({ message, hint, unchecked: e instanceof UncheckedError }).catch(() => undefined);
    }
    throw e;
  }
}
