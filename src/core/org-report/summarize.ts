/** Turns the folded records into the report's numbers, as of a given day. */
import type { OrgAggregator } from './aggregate.js';
import { choosePeriod, periodRange, type Period } from './periods.js';
import { REPORT_VERSION, type CollectionProblem, type CollectionSummary, type OrgReport } from './report-model.js';
import { share } from './stats.js';
import { overTime, repositoryRows, toolRows } from './summarize-changes.js';
import { coverageRows, findingsRows, violationRows, violationTrend, waiverRows } from './summarize-policy.js';
import { signoffRows } from './summarize-signoff.js';

export interface SummaryOptions {
  title: string;
  generatedAt: Date;
  /** Coverage and waiver expiry are measured from this time. */
  asOf: Date;
  period: Period | 'auto';
  /** A repository whose last run is older than this many days is stale. */
  staleDays: number;
  since?: Date;
  /** The last day included, as given. */
  until?: Date;
  /** Repositories the collectors listed, with or without a gate run. */
  knownRepositories?: readonly string[];
  collection?: CollectionSummary[];
  collectionProblems?: CollectionProblem[];
}

const isoOrNull = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

export function summarize(agg: OrgAggregator, o: SummaryOptions): OrgReport {
  // Each summary walks the change table once; no list of every change is ever built.
  const changes = { [Symbol.iterator]: () => agg.changes.states() };
  const first = agg.first ?? o.asOf.getTime();
  const last = agg.last ?? first;
  const period = o.period === 'auto' ? choosePeriod(first, last) : o.period;
  const periods = agg.records ? periodRange(period, first, last) : [];
  const time = overTime(changes, period, periods);
  const tools = toolRows(changes);
  const signoff = signoffRows(changes);
  const waivers = waiverRows(agg.waivers.values(), o.asOf);
  const findings = findingsRows(changes);
  const coverage = coverageRows(agg.repositories, o.knownRepositories ?? [], o.asOf, o.staleDays);
  let aiChanges = 0;
  for (const c of changes) if (c.latest.ai) aiChanges++;
  return {
    reportVersion: REPORT_VERSION,
    title: o.title,
    generatedAt: o.generatedAt.toISOString(),
    asOf: o.asOf.toISOString().slice(0, 10),
    range: { since: o.since ? o.since.toISOString().slice(0, 10) : null, until: o.until ? o.until.toISOString().slice(0, 10) : null, first: isoOrNull(agg.first), last: isoOrNull(agg.last) },
    period,
    records: agg.records,
    input: {
      documents: agg.documents,
      bySchemaVersion: Object.fromEntries([...agg.bySchemaVersion.entries()].sort(([a], [b]) => a.localeCompare(b))),
      newerSchemaVersions: agg.newerVersions(),
      duplicates: agg.duplicates,
      outOfRange: agg.outOfRange,
      unreadable: agg.unreadable,
      problems: agg.problems,
      otherFiles: agg.otherFiles,
    },
    changes: agg.changes.size,
    aiAssistedChanges: aiChanges,
    aiShare: share(aiChanges, agg.changes.size),
    overTime: time.rows,
    overTimeByTool: time.byTool,
    tools: tools.tools,
    models: tools.models,
    repositories: repositoryRows(changes, agg.repositories),
    signoff: signoff.tiers,
    approvers: signoff.approvers,
    approvalsVia: signoff.via,
    bypasses: signoff.bypasses,
    violations: violationRows(changes, agg.violationRuns),
    violationTrend: violationTrend(agg.violationDays, period, periods),
    waivers: waivers.rows,
    waiverOwners: waivers.owners,
    findingsByTool: findings.rows,
    findingsUnlisted: findings.unlisted,
    coverage: {
      staleDays: o.staleDays,
      recent: coverage.filter((c) => c.state === 'recent').length,
      stale: coverage.filter((c) => c.state === 'stale').length,
      never: coverage.filter((c) => c.state === 'never').length,
      repositories: coverage,
    },
    collection: o.collection ?? [],
    collectionProblems: o.collectionProblems ?? [],
    charts: [],
  };
}
