/**
 * What differs between GitHub Actions, GitLab CI and a laptop lives behind this interface and nowhere
 * else: which change and request to judge, how request facts are fetched, and where results go.
 * The engine (src/app/run-gate.ts) calls these in order: range → (policy from the target) → change →
 * request → evaluate → publish.
 */
import type { MembershipLookup } from '../core/oversight/memberships-to-resolve.js';
import type { CliOptions } from '../gather/options.js';
import type { Change, ChangedFile, MergedRequest, RequestInfo } from '../core/model.js';
import type { Evaluation, PolicyInfo } from '../core/evaluation.js';
import type { Policy } from '../core/policy/schema.js';
import type { Platform as PlatformName } from '../core/render/audit.js';
import type { AuditRecord } from '../core/render/audit-schema.js';
import type { Range } from '../gather/git/range.js';
import type { Links, WebAddresses } from '../core/render/links.js';
import type { PostMergeFacts } from '../core/record/replay-inputs-schema.js';

export interface Published {
  evaluation: Evaluation;
  change: Change;
  policyInfo: PolicyInfo;
  /** The full Markdown summary. */
  markdown: string;
  /** The summary's links (files at the head, commits, the policy), when the platform has web addresses. */
  links?: Links;
  audit: AuditRecord;
  exitCode: number;
  options: CliOptions;
}

export interface RunFailure {
  /** The error, secrets already removed. */
  message: string;
  hint?: string;
  /** A platform fact could not be read (as opposed to a wrong input). */
  unchecked: boolean;
}

export interface RequestFacts {
  request: RequestInfo;
  /** Things the adapter could not find out, in words that say which token or permission would fix it. */
  warnings: string[];
}

export interface MergedRequestFacts {
  /** Undefined when the pushed commit came from no pull or merge request (a direct push). */
  mergedRequest?: MergedRequest;
  /** What could not be read, in words that say which token or permission would fix it. */
  warnings: string[];
}

export interface RequestQuery {
  policy: Policy;
  range: Range;
  /**
   * The team or group memberships the approval rules that apply to this request need, and of which
   * approvers (see core/oversight/memberships-to-resolve.ts). Asked once the request itself is read,
   * because its labels decide which rules apply: no lookup, and no warning, for a team no applying
   * rule uses, nor for an approver whose membership cannot change what is decided.
   */
  membershipsFor(request: RequestInfo): MembershipLookup[];
  /**
   * Whether the commit each approval was given on can change what the approval rules decide: false
   * when they decide the same whether every approval is on the head or none is (no rule applies, the
   * approvals count nowhere, or stale approvals count), so a platform need not ask (GitLab's diff versions).
   */
  approvalCommitsMatter(request: RequestInfo): boolean;
}

/** The branch a change will merge into: the policy and CODEOWNERS are read at its current tip. */
interface MergeTarget {
  /** Branch name, e.g. "main". */
  ref: string;
  /** The tip as the event or pipeline reported it, used when the clone cannot say the current one. */
  fallbackSha?: string;
  /** The platform's host name: the tip is fetched only from a remote on it (or a local path). */
  server?: string;
}

export interface PlatformAdapter {
  name: PlatformName;
  /** The CODEOWNERS dialect of this platform; undefined: guessed from the file (a laptop). */
  codeownersSyntax?: 'github' | 'gitlab';
  /**
   * True in CI, where the working tree is the change under review: a policy file inside the repository
   * is then read from the target branch, never from the working tree.
   */
  judgesWorkingTree: boolean;
  /** The branch the change merges into, when there is one (a pull/merge request or a merge queue). */
  target?(): MergeTarget | undefined;
  /** Options as this platform delivers them (CLI flags, or the Action's inputs). */
  options: CliOptions;
  /** Repository display name (owner/name) when the platform knows it. */
  repository?: string;
  /** The range to judge: explicit options first, then the platform's event. */
  range(): Promise<Range>;
  /** The pull/merge request being judged, fresh from the platform; undefined outside a request. */
  request(query: RequestQuery): Promise<RequestFacts | undefined>;
  /**
   * The change, when the platform must supply it because the clone lacks the history (API fallback).
   * Undefined means "read it from the local clone".
   */
  change?(range: Range, needsContent: (file: ChangedFile) => boolean): Promise<Change | undefined>;
  /** Files that configure the gate here (e.g. the workflow running it); a change editing them needs sign-off. */
  governancePaths?: string[];
  /**
   * On a push to the default branch: the pull or merge request the pushed commit was merged from, so
   * the attribution a squash or rebase merge drops is read from the request. Undefined on any other run.
   */
  mergedRequest?(sha: string): Promise<MergedRequestFacts | undefined>;
  /**
   * After mergedRequest found the request a push came from: how it was merged and the gate's last
   * decision for its head (check run or commit status on GitHub, the request's pipelines on GitLab).
   */
  postMerge?(merged: MergedRequest, pushedHead: string): Promise<PostMergeFacts>;
  /** Reads a repository file at a revision through the platform, for when the clone lacks that revision. */
  readFileAt?(path: string, rev: string): Promise<string | undefined>;
  /** Web addresses of commits and files, when the platform has them. */
  web?: WebAddresses;
  /** Publishes results where this platform's users look. */
  publish(result: Published): Promise<void>;
  /** When no decision could be made (exit 2): says so where users look, with decision `error`. */
  publishFailure?(failure: RunFailure): Promise<void>;
}
