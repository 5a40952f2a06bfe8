/**
 * GitLab-native enforcement (`approval-rules: manage`): one merge request approval rule per approval
 * requirement the change has not met yet, so GitLab itself blocks the merge button until the right
 * people approve, even if the gate's job is not a required check. The gate owns only rules whose name
 * starts with RULE_PREFIX: it creates, corrects and removes those and never touches any other rule.
 * Merge request approval rules are a GitLab Premium/Ultimate feature; on Free the API refuses and the
 * gate says so.
 */
import type { OversightResult } from '../../core/oversight/types.js';
import { openRequirements } from '../../core/oversight/approvers-to-ask.js';
import { apiFailure, type ApiApprovalRule, type ApprovalRuleFields, type GitLabApi } from './client.js';
import type { MergeRequestRef } from './request.js';
import { tokenProblem } from './token-help.js';

export interface ApprovalRequirement {
  /** The policy's approval rule name. */
  name: string;
  approvalsRequired: number;
  usernames: string[];
  /** Full paths of groups whose members count, e.g. "acme/platform-seniors". */
  groupPaths: string[];
}

export interface SyncResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  /** Sentences for the job log: what could not be done and what would fix it. */
  problems: string[];
}

export const RULE_PREFIX = 'AI governance: ';

/**
 * The requirements still open, as GitLab rules can express them: users and groups. Code owners are
 * left to GitLab's own "Require approval from code owners" setting, because an owner written as
 * `@name` may be a user or a group and a wrong guess would name the wrong approvers. A requirement
 * that any human may meet becomes a rule without approvers, which GitLab reads the same way.
 */
export function unmetRequirements(oversight: OversightResult): { requirements: ApprovalRequirement[]; skipped: string[] } {
  const requirements: ApprovalRequirement[] = [];
  const skipped: string[] = [];
  for (const r of openRequirements(oversight)) {
    const ownersOnly = !r.users.length && !r.teams.length && !r.anyone;
    if (ownersOnly) {
      skipped.push(`"${r.name}" asks for code owners: turn on "Require approval from code owners" for the target branch so GitLab enforces it.`);
      continue;
    }
    requirements.push({ name: r.name, approvalsRequired: r.needed, usernames: r.users, groupPaths: r.teams });
  }
  return { requirements, skipped };
}
// GitLab stores rule names in a 255-character column.
const MAX_NAME = 255;

export function ruleName(requirement: string): string {
  return (RULE_PREFIX + requirement).slice(0, MAX_NAME);
}

const TIER_NOTE =
  'Managing approval rules needs GitLab Premium or Ultimate (merge request approval rules) and a token with `api` scope and role Developer or higher; on Free, keep `approval-rules: none`: the gate still fails the job until the approvals are given.';

function sameSet<T>(a: T[], b: T[]): boolean {
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((v) => x.has(v));
}

function same(rule: ApiApprovalRule, want: ApprovalRuleFields): boolean {
  return (
    rule.approvalsRequired === want.approvalsRequired &&
    sameSet(rule.usernames.map((u) => u.toLowerCase()), want.usernames.map((u) => u.toLowerCase())) &&
    sameSet(rule.groupIds, want.groupIds)
  );
}

export async function syncApprovalRules(api: GitLabApi, ref: MergeRequestRef, requirements: ApprovalRequirement[], tokenVariable: string): Promise<SyncResult> {
  const result: SyncResult = { created: [], updated: [], unchanged: [], removed: [], problems: [] };
  let existing: ApiApprovalRule[];
  try {
    existing = await api.approvalRules(ref.project, ref.iid);
  } catch (e) {
    const failure = apiFailure(e);
    const tier = failure.status === 403 || failure.status === 404 ? ` ${TIER_NOTE}` : '';
    result.problems.push(tokenProblem(failure, tokenVariable, 'approval-rules', 'the merge request approval rules were not changed', `the approval rules of merge request !${ref.iid}`) + tier);
    return result;
  }

  const groupIds = new Map<string, number>();
  for (const path of new Set(requirements.flatMap((r) => r.groupPaths))) {
    try {
      groupIds.set(path, await api.groupId(path));
    } catch (e) {
      result.problems.push(tokenProblem(apiFailure(e), tokenVariable, 'approval-rules', `group ${path} could not be found, so rules naming it were not written`, `group ${path}`));
    }
  }

  const wanted = new Set<string>();
  for (const req of requirements) {
    const name = ruleName(req.name);
    wanted.add(name);
    // A rule without the group would let anyone approve: better no rule, and the gate's own check.
    if (req.groupPaths.some((g) => !groupIds.has(g))) continue;
    const fields: ApprovalRuleFields = {
      name,
      approvalsRequired: req.approvalsRequired,
      usernames: [...new Set(req.usernames)].sort(),
      groupIds: [...new Set(req.groupPaths.map((g) => groupIds.get(g)!))].sort((a, b) => a - b),
    };
    const current = existing.find((r) => r.name === name);
    try {
      if (!current) {
        await api.createApprovalRule(ref.project, ref.iid, fields);
        result.created.push(name);
      } else if (!same(current, fields)) {
        await api.editApprovalRule(ref.project, ref.iid, current.id, fields);
        result.updated.push(name);
      } else {
        result.unchanged.push(name);
      }
    } catch (e) {
      result.problems.push(tokenProblem(apiFailure(e), tokenVariable, 'approval-rules', `approval rule "${name}" was not written`, `the approval rules of merge request !${ref.iid}`));
    }
  }

  // Requirements met or no longer applying: their rules would block the merge for nothing.
  for (const rule of existing) {
    if (!rule.name.startsWith(RULE_PREFIX) || wanted.has(rule.name)) continue;
    try {
      await api.removeApprovalRule(ref.project, ref.iid, rule.id);
      result.removed.push(rule.name);
    } catch (e) {
      result.problems.push(tokenProblem(apiFailure(e), tokenVariable, 'approval-rules', `approval rule "${rule.name}" was not removed`, `the approval rules of merge request !${ref.iid}`));
    }
  }
  return result;
}
