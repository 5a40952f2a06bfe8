/** The result of judging one change: what every renderer reads. */
import type { Decision } from './model.js';
import type { Violation } from './violation.js';
import type { CommitAttribution, Declaration, Evidence, Requester } from './attribution/types.js';
import type { RiskAssessment } from './risk/types.js';
import type { FindingsResult } from './findings/result.js';
import type { OversightResult } from './oversight/types.js';
import type { PlanAssessment } from './plans/assess.js';

type ShareMethod = 'commits' | 'git-ai' | 'agent-trace' | 'request';

export interface AttributionResult {
  aiAssisted: boolean;
  /** Share of added lines attributed to AI, 0..1. */
  aiShare: number;
  shareMethod: ShareMethod;
  tools: string[];
  /** Distinct models the evidence names (`claude-opus-4-6`, `gpt-4o`), apart from the tools. */
  models: string[];
  commits: CommitAttribution[];
  /** Signals from the pull/merge request itself. */
  requestEvidence: Evidence[];
  /** Problems with line-level data that were skipped. */
  problems: string[];
  /** The author's own statement (AI-Assisted: yes|no|partial), when there is one. */
  declaration?: Declaration;
  /** The human who asked an agent for the change, when an agent authored it. */
  requester?: Requester;
  /** Where the share came from, in words, when line-level data was weighed against other evidence. */
  shareNote?: string;
  /** The request a pushed commit was merged from, whose commits and description were read again. */
  mergedRequest?: { number?: number; url?: string; source: string; commits: number; aiAssisted: boolean };
  /** Line-level data used for the share, when the repository carries it. */
  lineLevel?: { method: 'git-ai' | 'agent-trace'; aiLines: number; totalAddedLines: number; models: string[] };
}

export interface PolicyInfo {
  /** Where the policy came from: a path, "path at <sha>", or "built-in default". */
  source: string;
  sha256: string;
  /** Repository-relative path of the policy file, when it lives in the repository. */
  path?: string;
  /** The branch the policy and CODEOWNERS were read from (the change's target), when there is one. */
  ref?: string;
  /** The commit they were read at. */
  commit?: string;
}

export interface Evaluation {
  mode: 'enforce' | 'warn';
  attribution: AttributionResult;
  risk: RiskAssessment;
  /** Scanner findings under the policy; absent when no report was given. */
  findings?: Omit<FindingsResult, 'violations'>;
  /** What the plans say the change destroys; absent when no plan was given and no infrastructure code changed. */
  plans?: PlanAssessment;
  /** Sign-off the policy requires and what was observed. */
  oversight: OversightResult;
  violations: Violation[];
  decision: Decision;
  /** Facts a reviewer should know that are not violations (e.g. the change edits the policy). */
  notes: string[];
}
