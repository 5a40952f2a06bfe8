/**
 * Where the gaps are: violations by rule and over time, waivers by owner and expiry, findings over
 * threshold by tool, and repositories without a recent gate run.
 */
import { daysLeft, EXPIRING_SOON_DAYS } from '../findings/waivers.js';
import type { RepositoryState, WaiverSeen } from './aggregate.js';
import type { ChangeState } from './change-table.js';
import type { CoverageRow, FindingsToolRow, OwnerRow, ViolationRow, ViolationTrendRow, WaiverRow, WaiverState } from './report-model.js';
import { DAY, periodKey, type Period } from './periods.js';
import { increment } from './stats.js';

const iso = (ms: number): string => new Date(ms).toISOString();

export function violationRows(changes: Iterable<ChangeState>, runs: ReadonlyMap<string, number>): ViolationRow[] {
  const open = new Map<string, number>();
  for (const c of changes) for (const rule of c.latest.violations) increment(open, rule);
  return [...runs.entries()]
    .map(([rule, n]) => ({ rule, runs: n, open: open.get(rule) ?? 0 }))
    .sort((a, b) => b.runs - a.runs || a.rule.localeCompare(b.rule));
}

export function violationTrend(days: ReadonlyMap<number, ReadonlyMap<string, number>>, period: Period, periods: readonly string[]): ViolationTrendRow[] {
  const per = new Map<string, Map<string, number>>();
  const rules = new Set<string>();
  for (const [day, counts] of days) {
    const key = periodKey(period, day * DAY);
    let m = per.get(key);
    if (!m) per.set(key, (m = new Map<string, number>()));
    for (const [rule, n] of counts) {
      increment(m, rule, n);
      rules.add(rule);
    }
  }
  const sorted = [...rules].sort();
  return periods.flatMap((p) => sorted.map((rule) => ({ period: p, rule, runs: per.get(p)?.get(rule) ?? 0 })));
}

const STATE_ORDER: Record<WaiverState, number> = { 'expiring-soon': 0, expired: 1, active: 2 };

export function waiverRows(waivers: Iterable<WaiverSeen>, asOf: Date): { rows: WaiverRow[]; owners: OwnerRow[] } {
  const rows: WaiverRow[] = [];
  for (const w of waivers) {
    const left = daysLeft(w.expires, asOf);
    const state: WaiverState = Number.isNaN(left) || left < 0 ? 'expired' : left <= EXPIRING_SOON_DAYS ? 'expiring-soon' : 'active';
    rows.push({ repository: w.repository, owner: w.owner, matcher: w.matcher, reason: w.reason ?? '', expires: w.expires, daysLeft: Number.isNaN(left) ? 0 : left, state, unused: w.unused, excused: w.excused, lastSeen: iso(w.lastSeen) });
  }
  // Expiring soon first (the owner can still act), then the expired, then the rest, soonest first.
  rows.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.state === 'expired' ? b.daysLeft - a.daysLeft : a.daysLeft - b.daysLeft) || a.repository.localeCompare(b.repository) || a.owner.localeCompare(b.owner) || a.matcher.localeCompare(b.matcher));
  const owners = new Map<string, OwnerRow>();
  for (const r of rows) {
    const o = owners.get(r.owner) ?? { owner: r.owner, waivers: 0, expired: 0, expiringSoon: 0, active: 0, nextExpiry: r.expires };
    o.waivers++;
    if (r.state === 'expired') o.expired++;
    else if (r.state === 'expiring-soon') o.expiringSoon++;
    else o.active++;
    if (r.expires < o.nextExpiry) o.nextExpiry = r.expires;
    owners.set(r.owner, o);
  }
  const ownerRows = [...owners.values()].sort((a, b) => b.expiringSoon - a.expiringSoon || b.expired - a.expired || a.nextExpiry.localeCompare(b.nextExpiry) || a.owner.localeCompare(b.owner));
  return { rows, owners: ownerRows };
}

const SEVERITY_KEYS = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;

export function findingsRows(changes: Iterable<ChangeState>): { rows: FindingsToolRow[]; unlisted: number } {
  const tools = new Map<string, FindingsToolRow>();
  let unlisted = 0;
  for (const c of changes) {
    unlisted += c.latest.unlisted;
    const named = new Set<string>();
    for (const f of c.latest.overThreshold) {
      const row = tools.get(f.tool) ?? { tool: f.tool, critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0, total: 0, changes: 0 };
      const severity = (SEVERITY_KEYS as readonly string[]).includes(f.severity) ? (f.severity as (typeof SEVERITY_KEYS)[number]) : 'unknown';
      row[severity] += f.count;
      row.total += f.count;
      if (!named.has(f.tool)) row.changes++;
      named.add(f.tool);
      tools.set(f.tool, row);
    }
  }
  return { rows: [...tools.values()].sort((a, b) => b.total - a.total || a.tool.localeCompare(b.tool)), unlisted };
}

const COVERAGE_ORDER = { never: 0, stale: 1, recent: 2 } as const;

/** Whole days from a run to the report's date, measured from the end of that day. */
function daysSince(lastRun: number, asOf: Date): number {
  return Math.max(0, Math.floor((asOf.getTime() - lastRun) / DAY));
}

export function coverageRows(repositories: ReadonlyMap<string, RepositoryState>, known: readonly string[], asOf: Date, staleDays: number): CoverageRow[] {
  const names = new Set<string>([...repositories.keys(), ...known]);
  const rows: CoverageRow[] = [...names].map((repository) => {
    const s = repositories.get(repository);
    if (!s) return { repository, lastRun: null, daysSinceLastRun: null, state: 'never' };
    const days = daysSince(s.lastRun, asOf);
    return { repository, lastRun: iso(s.lastRun), daysSinceLastRun: days, state: days > staleDays ? 'stale' : 'recent' };
  });
  return rows.sort((a, b) => COVERAGE_ORDER[a.state] - COVERAGE_ORDER[b.state] || (b.daysSinceLastRun ?? 0) - (a.daysSinceLastRun ?? 0) || a.repository.localeCompare(b.repository));
}
