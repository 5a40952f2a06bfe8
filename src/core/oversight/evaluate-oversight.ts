/**
 * Human oversight, decided: which approval tiers apply, who may satisfy each, and what is still
 * missing. Tiers that ask the same people merge into one requirement (the strictest count, and stale
 * approvals only when every tier allows them); tiers that ask different people stay separate, and all
 * must be met. Outside a request nothing can be approved, so the rules are reported as not applicable,
 * never as met. Pure: no I/O, same input, same result.
 */
import type { Violation } from '../violation.js';
import type { ApprovalRule } from '../policy/schema.js';
import type { Codeowners } from './codeowners.js';
import { approverSet, approverSetKey, mergeApproverSets } from './approver-set.js';
import { countApprovals, type People } from './count-approvals.js';
import { describeApprovers, requirementMessage, requirementRemediation } from './describe.js';
import { applicableTiers } from './tiers.js';
import { stillMissing } from './still-missing.js';
import { GOVERNANCE_TIER, type ApproverSet, type OversightInput, type OversightResult, type Requirement } from './types.js';

export const NOT_APPLICABLE_REASON = 'no pull or merge request (a push or a manual run)';
const APPROVALS_RULE_ID = 'approvals.required';

interface Tier {
  names: string[];
  set: ApproverSet;
  count: number;
  allowStale: boolean;
}

interface Owned {
  owners: string[];
  ownedFiles: string[];
}

function ownersOfFiles(codeowners: Codeowners | undefined, files: string[]): Owned {
  const owners: string[] = [];
  const ownedFiles: string[] = [];
  for (const f of files) {
    const o = codeowners?.ownersOf(f).owners ?? [];
    if (o.length) ownedFiles.push(f);
    owners.push(...o);
  }
  return { owners, ownedFiles };
}

/** The files whose code owners a rule asks for: those it matched, or of those the risky ones when there are any. */
function ownedBy(rule: ApprovalRule, matched: string[], riskyFiles: readonly string[]): string[] {
  if (rule.require.codeowners !== 'risky-files') return matched;
  const risky = new Set(riskyFiles);
  const hit = matched.filter((f) => risky.has(f));
  return hit.length ? hit : matched;
}

/**
 * Whether only people with write access count when nobody is named: without a CODEOWNERS file the
 * rule's `if-no-codeowners` says so, otherwise its `otherwise`.
 */
function writeAccessOnly(req: ApprovalRule['require'], hasCodeowners: boolean): boolean {
  if (req.codeowners && !hasCodeowners) return req['if-no-codeowners'] === 'write-access';
  return req.otherwise === 'write-access';
}

function policyTier(rule: ApprovalRule, files: string[], input: Pick<OversightInput, 'codeowners' | 'riskyFiles'>, notes: string[], unowned: Map<string, string[]>): Tier {
  const req = rule.require;
  const codeowners = input.codeowners;
  const owned: Owned = req.codeowners ? ownersOfFiles(codeowners, ownedBy(rule, files, input.riskyFiles ?? [])) : { owners: [], ownedFiles: [] };
  if (req.codeowners && !codeowners && req['if-no-codeowners'] === 'fail') {
    // Without a CODEOWNERS file nobody is a code owner: the rule fails closed rather than let anyone approve.
    const set: ApproverSet = { ...approverSet(req.users ?? [], req.teams ?? [], [], []), anyone: false, writeAccess: false, noOwnersFile: true };
    const others = set.users.length + set.teams.length ? `; only ${describeApprovers(set)} can approve` : '; nobody can approve until one is committed';
    notes.push(`Approval rule "${rule.name}" asks for code owners, but the target branch has no CODEOWNERS file${others}. Commit a CODEOWNERS file to the target branch, or set \`if-no-codeowners: any-reviewer\` (or \`write-access\`) on the rule.`);
    return { names: [rule.name], set, count: req.count, allowStale: req['allow-stale'] };
  }
  const set = approverSet(req.users ?? [], req.teams ?? [], owned.owners, owned.ownedFiles, writeAccessOnly(req, codeowners !== undefined));
  if (req.codeowners && owned.owners.length === 0) {
    const why = codeowners ? 'no CODEOWNERS entry owns the files they matched' : 'the base revision has no CODEOWNERS file';
    const who = set.anyone ? `${describeApprovers(set)} counts` : `only ${describeApprovers(set)} count`;
    const key = `${why}; ${who}.`;
    unowned.set(key, [...(unowned.get(key) ?? []), rule.name]);
  }
  return { names: [rule.name], set, count: req.count, allowStale: req['allow-stale'] };
}

/** One note per kind of missing owner, naming every rule it concerns: merged rules are noted once. */
function unownedNotes(unowned: Map<string, string[]>): string[] {
  return [...unowned].map(([tail, names]) => {
    const quoted = names.map((n) => `"${n}"`);
    const rules = quoted.length === 1 ? `Approval rule ${quoted[0]} asks` : `Approval rules ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]} ask`;
    return `${rules} for code owners, but ${quoted.length === 1 ? tail.replace('the files they matched', 'the files it matched') : tail}`;
  });
}

/** Edits to what governs the gate need a code owner's eye, or at least one other human's. */
function governanceTier(paths: string[], codeowners: Codeowners | undefined, notes: string[]): Tier | undefined {
  if (!paths.length) return undefined;
  const owned = ownersOfFiles(codeowners, paths);
  const unowned = paths.filter((p) => !owned.ownedFiles.includes(p));
  if (unowned.length) {
    const who = owned.owners.length
      ? 'the owners of the other governance files approve'
      : 'any reviewer other than the author and the requester can approve';
    notes.push(`This change edits governance files no CODEOWNERS entry covers (${unowned.join(', ')}); ${who}. A CODEOWNERS entry for them is advisable.`);
  }
  return { names: [GOVERNANCE_TIER], set: approverSet([], [], owned.owners, owned.ownedFiles), count: 1, allowStale: false };
}

function mergeTiers(tiers: Tier[]): Tier[] {
  const byKey = new Map<string, Tier>();
  for (const t of tiers) {
    const key = approverSetKey(t.set);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...t, names: [...t.names] });
      continue;
    }
    for (const n of t.names) if (!prev.names.includes(n)) prev.names.push(n);
    prev.set = mergeApproverSets(prev.set, t.set);
    prev.count = Math.max(prev.count, t.count);
    prev.allowStale = prev.allowStale && t.allowStale;
  }
  return [...byKey.values()];
}

function violationOf(r: Requirement): Violation {
  return { rule: APPROVALS_RULE_ID, level: 'error', message: requirementMessage(r), remediation: requirementRemediation(r) };
}

export function evaluateOversight(input: OversightInput): OversightResult {
  const notes: string[] = [];
  const applied = applicableTiers(input.rules, {
    aiAssisted: input.aiAssisted,
    riskLevel: input.riskLevel,
    files: input.files,
    labels: input.request?.labels ?? [],
    plan: input.plan,
  });
  const unowned = new Map<string, string[]>();
  const tiers = applied.map((t) => policyTier(t.rule, t.files, input, notes, unowned));
  notes.push(...unownedNotes(unowned));
  const governance = governanceTier(input.governanceChanges, input.codeowners, notes);
  if (governance) tiers.push(governance);

  if (!input.request) {
    return {
      applicable: false,
      reason: NOT_APPLICABLE_REASON,
      required: [],
      observed: [],
      satisfied: false,
      violations: [],
      notes,
      wouldApply: [...new Set(tiers.flatMap((t) => t.names))],
      wouldNeed: mergeTiers(tiers).map((t) => ({ rules: t.names, approvers: t.set, needed: t.count })),
    };
  }

  const request = input.request;
  const people: People = {
    author: request.author,
    requester: input.requester?.login,
    headSha: input.headSha,
    isAiIdentity: input.isAiIdentity,
  };
  const required: Requirement[] = mergeTiers(tiers).map((t) => {
    const { counted, notCounted } = countApprovals(request.approvals, t.set, t.allowStale, people);
    const missing = Math.max(0, t.count - counted.length);
    return {
      rules: t.names,
      approvers: t.set,
      needed: t.count,
      allowStale: t.allowStale,
      counted,
      notCounted,
      missing,
      satisfied: missing === 0,
    };
  });

  const subject = request.number === undefined && request.headSha === undefined ? undefined : { number: request.number, ...(request.headSha ? { headSha: request.headSha } : {}) };
  return {
    applicable: true,
    ...(subject ? { subject } : {}),
    required,
    observed: request.approvals,
    stillMissing: stillMissing(required, people, request.approvals),
    satisfied: required.every((r) => r.satisfied),
    violations: required.filter((r) => !r.satisfied).map(violationOf),
    notes,
    wouldApply: [],
    wouldNeed: [],
  };
}
