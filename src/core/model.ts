/**
 * The vocabulary every layer speaks. Adapters and readers produce these shapes, the pure core consumes
 * them, renderers read the Evaluation. Field names here end up in the audit record, so they are a
 * contract: extend, never rename.
 */

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface ChangedFile {
  path: string;
  /** Set for renames and copies. */
  previousPath?: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  binary: boolean;
  /**
   * New-side line ranges this change added, 1-based and inclusive. Read only when a policy needs them
   * (findings scope changed-lines); undefined means "not read", not "none".
   */
  addedRanges?: Array<[number, number]>;
}

export interface Person {
  name: string;
  email: string;
}

export interface Trailer {
  /** As written in the commit. Compare with `key.toLowerCase()`. */
  key: string;
  value: string;
}

export interface Commit {
  sha: string;
  author: Person;
  committer: Person;
  /** When the author wrote it and when it was committed (ISO 8601 as git or the platform reports them). */
  authorDate?: string;
  committerDate?: string;
  /** Full message, subject and body. */
  message: string;
  trailers: Trailer[];
  /** Lines added and removed by this commit across the change's files (0 for merges). */
  additions: number;
  deletions: number;
}

/** Removed or added lines of one file, read only for files whose content matters (sensitive paths). */
export interface FilePatch {
  path: string;
  added: string[];
  removed: string[];
  /** New-side line ranges from the hunk headers, 1-based and inclusive. */
  addedRanges: Array<[number, number]>;
  /**
   * The text git prints after each hunk header (the enclosing block, e.g. `resource "aws_s3_bucket" "logs" {`)
   * with the hunk's first new-side line, so a changed line can be named by what it sits in.
   */
  hunkContexts?: Array<{ line: number; context: string }>;
}

export interface Approval {
  login: string;
  /** ISO-8601 time the approval was given. */
  at?: string;
  /** The head commit the approval was given on. */
  commitSha?: string;
  /** Teams (GitHub) or groups (GitLab) the adapter resolved for this person. */
  teams?: string[];
  isBot?: boolean;
  /**
   * The platform could not say which commit the approval was given on (GitLab without approval
   * times): it counts only where the policy allows approvals of older commits.
   */
  commitUnknown?: boolean;
  /**
   * The platform says this person can push to the repository: on GitHub the review's author
   * association is OWNER, MEMBER or COLLABORATOR; on GitLab only members with approval rights can
   * approve. Undefined when the platform did not say, which never counts as write access.
   */
  canWrite?: boolean;
}

export interface RequestInfo {
  number?: number;
  url?: string;
  author?: string;
  authorIsBot?: boolean;
  title?: string;
  body?: string;
  labels: string[];
  sourceBranch?: string;
  targetBranch?: string;
  draft?: boolean;
  assignees: string[];
  requestedReviewers: string[];
  approvals: Approval[];
  /**
   * The request's own head commit, when the judged range is not the request itself (a merge queue or
   * merge train entry): approvals are judged against this commit then.
   */
  headSha?: string;
}

/**
 * The pull or merge request a pushed commit came from, found after the merge: squash and rebase merges
 * can drop the trailers and descriptions that carried the AI attribution, so the request's own commits
 * and description are read again.
 */
export interface MergedRequest {
  /** The pushed commit the request was found for. */
  commit: string;
  request: RequestInfo;
  /** The request's commits as they were before the merge (at most the platform's page limit). */
  commits: Commit[];
  /** Where it was looked up, e.g. "GitHub: pull requests associated with commit abc1234". */
  source: string;
}

export type BaseReason =
  | 'explicit'
  | 'platform'
  | 'merge-base'
  | 'parent-of-head'
  | 'empty-tree'
  /** An explicit base that is not an ancestor of the head was replaced by their merge-base. */
  | 'merge-base-of-explicit';

export interface Change {
  repository: string;
  base: string;
  /** Why this base was chosen, for the summary. */
  baseReason: BaseReason;
  /** Human-readable description of the base, e.g. "merge-base with origin/main". */
  baseDescription: string;
  head: string;
  files: ChangedFile[];
  commits: Commit[];
  /** Content of sensitive files' diffs, keyed by path. */
  patches: FilePatch[];
  request?: RequestInfo;
  /** On a push to the default branch: the request the pushed commit was merged from. */
  mergedRequest?: MergedRequest;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info' | 'unknown';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];

/** How a finding relates to the baseline, as the report or a baseline report says. */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent' | 'unknown';

export interface FindingLocation {
  path?: string;
  startLine?: number;
  endLine?: number;
}

export interface Finding {
  tool: string;
  rule: string;
  severity: Severity;
  /** The report's own severity word, kept so a policy can remap it per tool. */
  nativeSeverity?: string;
  message: string;
  location: FindingLocation;
  fingerprint?: string;
  /** Suppressed in the report itself (SARIF suppressions, nosemgrep, ...). */
  suppressed: boolean;
  /** The suppression is written in the source (a `nosemgrep` comment, SARIF `kind: inSource`). */
  suppressedInSource?: boolean;
  baselineState: BaselineState;
  /** The report file it came from. */
  report: string;
  /** Where the rule is explained (SARIF `helpUri`, Trivy `PrimaryURL`), when the report says and it is a web address. */
  helpUri?: string;
}

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export type Decision = 'pass' | 'warn' | 'fail';
