/**
 * The vocabulary of human oversight: what the policy requires, who approved, and who counted. The
 * result's `required`, `observed` and `satisfied` go into the audit record under `oversight`, so
 * those names are a contract.
 */
import type { Approval, ChangedFile, RequestInfo, RiskLevel } from '../model.js';
import type { ApprovalRule } from '../policy/schema.js';
import type { Requester } from '../attribution/types.js';
import type { Violation } from '../violation.js';
import type { Codeowners } from './codeowners.js';
import type { PlanTierFacts } from '../plans/assess.js';

export { GOVERNANCE_TIER } from './governance-tier.js';

export interface OversightInput {
  /** `policy.approvals.rules`. */
  rules: ApprovalRule[];
  /** Undefined on a push, a schedule or a manual run: approval rules are then not applicable. */
  request?: RequestInfo;
  files: ChangedFile[];
  /** Approvals on another commit are stale. */
  headSha: string;
  aiAssisted: boolean;
  riskLevel: RiskLevel;
  /** The human who asked an agent for the change (findRequester). */
  requester?: Requester;
  /** CODEOWNERS as it is at the base revision; undefined when there is none. */
  codeowners?: Codeowners;
  /** True for logins of AI agents and their bots (the catalogue and the policy's identities). */
  isAiIdentity: (login: string) => boolean;
  /** Paths of governance files this change edits: the policy, CODEOWNERS, CI workflows, component includes. */
  governanceChanges: string[];
  /** What the plans say about destroying, for `destroys-stateful` and `destroys-at-least` conditions. */
  plan?: PlanTierFacts;
  /** Files that made the change risky (sensitive paths, destructive operations), for `codeowners: risky-files`. */
  riskyFiles?: string[];
}

/**
 * Who may approve. `owners` are CODEOWNERS owners as written. `anyone` is set when nothing narrows the
 * set (a rule with no users, teams or code owners, or code owners that own none of the files): any
 * human other than the author and the requester then counts — or, with `writeAccess`, any such human
 * the platform says can push to the repository.
 */
export interface ApproverSet {
  users: string[];
  teams: string[];
  owners: string[];
  /** Files whose code owners were asked for, when the set came from CODEOWNERS. */
  ownedFiles: string[];
  anyone: boolean;
  /** When `anyone`: only people with write access count (`otherwise: write-access`). */
  writeAccess: boolean;
  /** Code owners were asked for, but the target branch has no CODEOWNERS file (the rule fails closed). */
  noOwnersFile?: boolean;
}

export type CountedVia = 'user' | `team:${string}` | 'codeowner' | 'any-reviewer' | 'write-access';

export interface CountedApproval {
  login: string;
  via: CountedVia;
}

export type NotCountedReason = 'author' | 'requester' | 'bot' | 'ai-identity' | 'stale' | 'not-in-approver-set' | 'no-write-access';

export interface NotCountedApproval {
  login: string;
  why: NotCountedReason;
}

export interface Requirement {
  /** Names of the tiers merged into this requirement (`governance-change` for the implicit tier). */
  rules: string[];
  approvers: ApproverSet;
  needed: number;
  /** Approvals on an older commit count only when every merged tier allows it. */
  allowStale: boolean;
  counted: CountedApproval[];
  notCounted: NotCountedApproval[];
  missing: number;
  satisfied: boolean;
}

/** One approval still to give: by `who` (a user, or any member of a team), counting towards `rules`. */
export interface FurtherApproval {
  who: string;
  /** `nobody`: the approval is needed but no one named is left to give it (internal to the search). */
  kind: 'user' | 'team' | 'anyone' | 'nobody';
  rules: string[];
}

export interface FurtherApprovals {
  /** The smallest number of further approvals that satisfies every requirement together. */
  count: number;
  /** One way to get there, approval by approval. */
  from: FurtherApproval[];
  /** Requirements nobody named can meet (e.g. code owners without a CODEOWNERS file). */
  unreachable: string[];
}

export interface OversightResult {
  applicable: boolean;
  /** The request the approvals belong to, and its own head when that is not the judged head (a merge queue entry). */
  subject?: { number?: number; headSha?: string };
  /** Why approval rules were not evaluated. */
  reason?: string;
  required: Requirement[];
  /** The approvals as the platform reported them. */
  observed: Approval[];
  satisfied: boolean;
  /** The fewest further approvals that would meet every requirement, and from whom. */
  stillMissing?: FurtherApprovals;
  violations: Violation[];
  /** Facts worth a reviewer's attention, e.g. a governance file no CODEOWNERS entry covers. */
  notes: string[];
  /** Outside a request: the tiers that would apply to this change in one. */
  wouldApply: string[];
  /** Outside a request: what those tiers would ask for, merged as in a request (nothing counted yet). */
  wouldNeed: Array<Pick<Requirement, 'rules' | 'approvers' | 'needed'>>;
}
