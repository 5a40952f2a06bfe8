/**
 * Every table of the report, defined once: the HTML page shows them (each chart has one behind it, for
 * screen readers and for anyone who wants the numbers) and each is written as a CSV file.
 */
import { LEVELS } from './facts.js';
import type { OrgReport } from './report-model.js';

export type Cell = string | number | boolean | null;

export interface Column {
  key: string;
  label: string;
  /** Shown as a percentage in the page; the CSV keeps the 0..1 number. */
  percent?: boolean;
}

export interface Table {
  /** Also the CSV file's name, without `.csv`. */
  id: string;
  caption: string;
  columns: Column[];
  rows: Array<Record<string, Cell>>;
}

/** The report's row types hold only cells; one cast says so for all of them. */
const cells = <T extends object>(rows: readonly T[]): Array<Record<string, Cell>> => rows as unknown as Array<Record<string, Cell>>;

const col = (key: string, label: string, percent = false): Column => (percent ? { key, label, percent } : { key, label });

export function reportTables(r: OrgReport): Table[] {
  return [
    { id: 'over-time', caption: `Changes and AI-assisted changes per ${r.period}`, columns: [col('period', r.period), col('changes', 'Changes'), col('aiAssisted', 'AI-assisted'), col('share', 'AI share', true)], rows: cells(r.overTime) },
    {
      id: 'over-time-by-tool',
      caption: `AI-assisted changes per tool and ${r.period}, and their share of all changes`,
      columns: [col('period', r.period), col('tool', 'Tool'), col('changes', 'Changes'), col('share', 'Share of all changes', true)],
      rows: cells(r.overTimeByTool),
    },
    {
      id: 'tools',
      caption: 'AI tools: changes naming each tool',
      columns: [col('tool', 'Tool'), col('changes', 'Changes'), col('shareOfAiChanges', 'Share of AI-assisted changes', true), col('repositories', 'Repositories'), col('lastSeen', 'Last seen')],
      rows: cells(r.tools),
    },
    { id: 'models', caption: 'Models named by AI-assisted changes (when the records say)', columns: [col('model', 'Model'), col('changes', 'Changes')], rows: cells(r.models) },
    {
      id: 'repositories',
      caption: 'Repositories: changes, AI-assisted share, failing and bypassed changes',
      columns: [col('repository', 'Repository'), col('platform', 'Platform'), col('runs', 'Gate runs'), col('changes', 'Changes'), col('aiAssisted', 'AI-assisted'), col('share', 'AI share', true), col('failing', 'Failing'), col('bypasses', 'Merged without passing'), col('lastRun', 'Last run')],
      rows: cells(r.repositories),
    },
    {
      id: 'signoff',
      caption: 'AI-assisted changes by risk level and how they were signed off',
      columns: [
        col('level', 'Risk level'),
        col('aiChanges', 'AI-assisted changes'),
        col('signedOff', 'Signed off'),
        col('missingSignoff', 'Sign-off missing'),
        col('notRequired', 'Not required'),
        col('notApplicable', 'No request'),
        col('bypassed', 'Merged without passing'),
        col('waits', 'Waits known'),
        col('waitHoursMedian', 'Median wait (h)'),
        col('waitHoursP90', '90th percentile wait (h)'),
      ],
      rows: cells(r.signoff),
    },
    {
      id: 'approvers',
      caption: 'Who signed off AI-assisted changes, by risk level, and how their membership was established',
      columns: [col('login', 'Approver'), col('changes', 'Changes'), ...LEVELS.map((l) => col(l, l)), col('via', 'Counted via')],
      rows: r.approvers.map((a) => ({ login: a.login, changes: a.changes, ...a.byLevel, via: a.via.join(' ') })),
    },
    { id: 'approvals-via', caption: 'Counted approvals by how the approver qualified', columns: [col('via', 'Counted via'), col('approvals', 'Approvals')], rows: cells(r.approvalsVia) },
    {
      id: 'violations',
      caption: 'Violations by rule: runs that reported each, and changes whose latest run still does',
      columns: [col('rule', 'Rule'), col('runs', 'Runs'), col('open', 'Open at latest run')],
      rows: cells(r.violations),
    },
    { id: 'violation-trend', caption: `Runs reporting each violation rule per ${r.period}`, columns: [col('period', r.period), col('rule', 'Rule'), col('runs', 'Runs')], rows: cells(r.violationTrend) },
    {
      id: 'waiver-owners',
      caption: 'Waivers by owner',
      columns: [col('owner', 'Owner'), col('waivers', 'Waivers'), col('expiringSoon', 'Expiring soon'), col('expired', 'Expired'), col('active', 'Active'), col('nextExpiry', 'Next expiry')],
      rows: cells(r.waiverOwners),
    },
    {
      id: 'waivers',
      caption: 'Waivers, expiring soon first',
      columns: [col('expires', 'Expires'), col('daysLeft', 'Days left'), col('state', 'State'), col('owner', 'Owner'), col('repository', 'Repository'), col('matcher', 'Matches'), col('excused', 'Findings excused'), col('unused', 'Unused'), col('reason', 'Reason'), col('lastSeen', 'Last seen')],
      rows: cells(r.waivers),
    },
    {
      id: 'findings-by-tool',
      caption: 'Scanner findings over threshold by tool, at each change\'s latest run',
      columns: [col('tool', 'Scanner'), col('critical', 'critical'), col('high', 'high'), col('medium', 'medium'), col('low', 'low'), col('info', 'info'), col('unknown', 'unknown'), col('total', 'Total'), col('changes', 'Changes')],
      rows: cells(r.findingsByTool),
    },
    {
      id: 'coverage',
      caption: `Repositories and their last gate run (stale after ${r.coverage.staleDays} days)`,
      columns: [col('repository', 'Repository'), col('state', 'State'), col('lastRun', 'Last run'), col('daysSinceLastRun', 'Days since')],
      rows: cells(r.coverage.repositories),
    },
    { id: 'input-problems', caption: 'Documents that could not be read as audit records (the first ones)', columns: [col('source', 'Where'), col('reason', 'Why')], rows: cells(r.input.problems) },
    {
      id: 'collection',
      caption: 'Records collected from the platforms',
      columns: [col('platform', 'Platform'), col('scope', 'Scope'), col('repositories', 'Repositories'), col('artifacts', 'Artifacts'), col('records', 'Records'), col('gone', 'Gone'), col('requests', 'API requests'), col('rateLimitWaits', 'Rate-limit waits')],
      rows: cells(r.collection),
    },
    { id: 'collection-problems', caption: 'What could not be collected', columns: [col('platform', 'Platform'), col('scope', 'Where'), col('message', 'Problem')], rows: cells(r.collectionProblems) },
  ];
}
