/**
 * The organisation report's numbers: what `report.json` holds, and the one source the HTML page, its
 * charts, its tables and the CSV files are drawn from. Field names are a contract: added to, never
 * renamed (`reportVersion` says which shape this is).
 */
import type { Level } from './facts.js';
import type { Period } from './periods.js';

export const REPORT_VERSION = 1;

export interface InputProblem {
  /** File (and line, or zip entry) the problem is in. */
  source: string;
  reason: string;
}

interface InputSummary {
  /** JSON documents looked at (records, lines, array elements), and files or archives that could not be read. */
  documents: number;
  /** Audit records by `schemaVersion` (`none` when a record has none), counted or not. */
  bySchemaVersion: Record<string, number>;
  /** Versions newer than this report knows: read field by field, with the fields it knows. */
  newerSchemaVersions: number[];
  /** The same record seen again (the same run read from two places). */
  duplicates: number;
  /** Records outside --since/--until. */
  outOfRange: number;
  /** Documents that are not audit records, or records that could not be placed; see `problems`. */
  unreadable: number;
  /** The first problems, with where they are. */
  problems: InputProblem[];
  /** JSON files found in directories or artifacts that are not audit records (summaries, Code Quality reports). */
  otherFiles: number;
}

export interface PeriodRow {
  period: string;
  changes: number;
  aiAssisted: number;
  /** aiAssisted ÷ changes, 0..1; null for a period without changes. */
  share: number | null;
}

export interface PeriodToolRow {
  period: string;
  tool: string;
  /** AI-assisted changes of the period that name the tool. */
  changes: number;
  /** Of all changes of the period. */
  share: number;
}

export interface ToolRow {
  tool: string;
  changes: number;
  /** Of all AI-assisted changes (a change may name several tools). */
  shareOfAiChanges: number;
  repositories: number;
  lastSeen: string;
}

export interface ModelRow {
  model: string;
  changes: number;
}

export interface RepositoryRow {
  repository: string;
  platform: string;
  runs: number;
  changes: number;
  aiAssisted: number;
  share: number | null;
  lastRun: string;
  bypasses: number;
  /** Changes whose latest run failed. */
  failing: number;
}

export interface TierRow {
  level: Level;
  /** AI-assisted changes whose latest run has this risk level. */
  aiChanges: number;
  /** Sign-off was required and given. */
  signedOff: number;
  /** Sign-off was required and not (yet) given at the latest run. */
  missingSignoff: number;
  /** Approval rules applied but asked for no approval at this level. */
  notRequired: number;
  /** No request was judged (a push, a schedule): approval rules could not apply. */
  notApplicable: number;
  /** Merged without a passing decision (`bypass`). */
  bypassed: number;
  /** Hours from the change's start to the sign-off it needed, where both are known. */
  waits: number;
  waitHoursMedian: number | null;
  waitHoursP90: number | null;
}

export interface ApproverRow {
  login: string;
  /** AI-assisted changes this person's approval counted for. */
  changes: number;
  byLevel: Record<Level, number>;
  /** How membership was established, e.g. `team:acme/seniors`, `codeowner`, `user`, `any-reviewer`. */
  via: string[];
}

export interface ViaRow {
  via: string;
  approvals: number;
}

export interface ViolationRow {
  rule: string;
  /** Runs that reported it. */
  runs: number;
  /** Changes whose latest run still reports it. */
  open: number;
}

export interface ViolationTrendRow {
  period: string;
  rule: string;
  runs: number;
}

export type WaiverState = 'expired' | 'expiring-soon' | 'active';

export interface WaiverRow {
  repository: string;
  owner: string;
  matcher: string;
  reason: string;
  expires: string;
  /** Whole days from the report's date to the last day it applies; negative once expired. */
  daysLeft: number;
  state: WaiverState;
  /** It matched no finding at the latest run that listed it. */
  unused: boolean;
  excused: number;
  lastSeen: string;
}

export interface OwnerRow {
  owner: string;
  waivers: number;
  expired: number;
  expiringSoon: number;
  active: number;
  /** The earliest last day among the owner's waivers. */
  nextExpiry: string;
}

export interface FindingsToolRow {
  tool: string;
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  unknown: number;
  total: number;
  /** Changes whose latest run had findings of this tool over threshold. */
  changes: number;
}

type CoverageState = 'recent' | 'stale' | 'never';

export interface CoverageRow {
  repository: string;
  lastRun: string | null;
  daysSinceLastRun: number | null;
  state: CoverageState;
}

export interface CollectionProblem {
  platform: 'github' | 'gitlab';
  /** Repository or project the problem is about, or the organisation/group. */
  scope: string;
  message: string;
}

export interface CollectionSummary {
  platform: 'github' | 'gitlab';
  /** Organisation, group, or the listed repositories. */
  scope: string;
  repositories: number;
  artifacts: number;
  records: number;
  /** Artifacts listed but gone (expired or deleted) by the time they were downloaded. */
  gone: number;
  requests: number;
  rateLimitWaits: number;
}

interface ChartRef {
  id: string;
  title: string;
}

export interface OrgReport {
  reportVersion: number;
  title: string;
  generatedAt: string;
  /** The day coverage and waiver expiry are measured from (YYYY-MM-DD). */
  asOf: string;
  range: { since: string | null; until: string | null; first: string | null; last: string | null };
  period: Period;
  /** Audit records read and counted (valid, within the range, each run once). */
  records: number;
  input: InputSummary;
  changes: number;
  aiAssistedChanges: number;
  aiShare: number | null;
  overTime: PeriodRow[];
  overTimeByTool: PeriodToolRow[];
  tools: ToolRow[];
  models: ModelRow[];
  repositories: RepositoryRow[];
  signoff: TierRow[];
  approvers: ApproverRow[];
  approvalsVia: ViaRow[];
  bypasses: { changes: number; aiAssisted: number };
  violations: ViolationRow[];
  violationTrend: ViolationTrendRow[];
  waivers: WaiverRow[];
  waiverOwners: OwnerRow[];
  findingsByTool: FindingsToolRow[];
  /** Findings over threshold beyond records' capped lists, whose tool is not known. */
  findingsUnlisted: number;
  coverage: { staleDays: number; recent: number; stale: number; never: number; repositories: CoverageRow[] };
  collection: CollectionSummary[];
  collectionProblems: CollectionProblem[];
  charts: ChartRef[];
}
