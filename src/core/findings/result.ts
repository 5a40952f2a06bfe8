/**
 * What applying the findings policy produced. It is written to the audit record as `findings`, so the
 * field names are a contract: extend, never rename.
 */
import type { Severity } from '../model.js';
import { SEVERITIES } from '../model.js';
import type { Violation } from '../violation.js';

export type FindingsScope = 'new' | 'changed-lines' | 'changed-files' | 'all';

export type SeverityCounts = Record<Severity, number>;

/** Most findings allowed per severity; a severity left out is unlimited. */
export type SeverityLimits = Partial<Record<Severity, number>>;

interface ReportSummary {
  path: string;
  format: string;
  tool: string;
  sha256: string;
  results: number;
}

/** Whether a finding was already there before the change, as the report or the baseline says. */
export type Novelty = 'new' | 'existing';

export interface ListedFinding {
  tool: string;
  rule: string;
  severity: Severity;
  message: string;
  /** Repository-relative when the report's path could be made so. */
  path?: string;
  line?: number;
  fingerprint?: string;
  state: Novelty;
  /** Where the rule is explained, from the report. */
  helpUri?: string;
}

/**
 * How new findings were told from old: `baseline` (reports of the base given to the gate), `report` (the
 * reports' own baselineState), or `none` — nothing to compare with, so every finding counts as new and
 * is called "in the report", never "new".
 */
export type NoveltySource = 'baseline' | 'report' | 'none';

export interface WaiverStatus {
  /** Position in `findings.waivers`, so the entry can be found in the policy file. */
  index: number;
  rule?: string;
  fingerprint?: string;
  path?: string;
  tool?: string;
  reason: string;
  owner: string;
  expires: string;
  /** Whole days from today (UTC) to the last day it applies; negative once expired. */
  daysLeft: number;
  /** Active findings it covers (or, once expired, would cover). */
  matched: number;
}

/** A waiver of the policy with the findings it excused in this run (an expired one excuses none). */
export interface AppliedWaiver extends WaiverStatus {
  expired: boolean;
  /** The findings it excused, most severe first, capped at OVER_THRESHOLD_CAP. */
  excused: ListedFinding[];
  /** How many it excused before the cap. */
  excusedTotal: number;
}

export interface FindingsResult {
  reports: ReportSummary[];
  /** Active as read: not suppressed, not absent; before scope, waivers and de-duplication. */
  counts: SeverityCounts;
  suppressed: number;
  absent: number;
  waived: number;
  duplicates: number;
  inScope: SeverityCounts;
  outOfScope: SeverityCounts;
  waivedBySeverity: SeverityCounts;
  suppressedBySeverity: SeverityCounts;
  /** In-scope findings of severities over their limit, most severe first, capped at OVER_THRESHOLD_CAP. */
  overThreshold: ListedFinding[];
  /** How many findings were over their limit before the cap. */
  overThresholdTotal: number;
  /** The limits the in-scope counts were held to (`findings.max`). */
  limits: SeverityLimits;
  waivers: { expired: WaiverStatus[]; unused: WaiverStatus[]; expiringSoon: WaiverStatus[]; tooBroad: WaiverStatus[]; tooLong: WaiverStatus[] };
  /** Findings whose suppression the change itself added, counted as active (`findings.suppressions`). */
  suppressionsNotHonoured: ListedFinding[];
  /** Facts about the reports worth a reader's attention (e.g. results with an invalid SARIF level). */
  notes: string[];
  scope: FindingsScope;
  novelty: NoveltySource;
  violations: Violation[];
  /** Every waiver of the policy with the findings it excused; the record lists them as `waivers`. */
  applied?: AppliedWaiver[];
}

export const OVER_THRESHOLD_CAP = 100;

export function zeroCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };
}

/** Most severe first, as every list of findings is shown. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
