/**
 * How AI-assisted changes were signed off, per risk level: required and given, required and missing,
 * not required, not applicable (no request), merged anyway (`bypass`); who approved, through which
 * membership, and how long the change waited for the sign-off it needed.
 */
import type { ChangeState } from './change-table.js';
import { LEVELS, type Level } from './facts.js';
import type { ApproverRow, TierRow, ViaRow } from './report-model.js';
import { increment, quantileDisc, round } from './stats.js';

const HOUR = 3_600_000;

function zeroLevels(): Record<Level, number> {
  return Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
}

/** Hours from the change's start (first commit or request, else its first gate run) to its sign-off. */
function waitHours(c: ChangeState): number | undefined {
  const at = c.latest.satisfiedAt;
  if (at === undefined || !c.latest.satisfied) return undefined;
  const start = Math.min(c.firstAt, c.startedAt ?? Infinity);
  return Math.max(0, at - start) / HOUR;
}

export function signoffRows(changes: Iterable<ChangeState>): { tiers: TierRow[]; approvers: ApproverRow[]; via: ViaRow[]; bypasses: { changes: number; aiAssisted: number } } {
  const tiers = new Map<Level, TierRow & { list: number[] }>();
  const approvers = new Map<string, { changes: number; byLevel: Record<Level, number>; via: Set<string> }>();
  const via = new Map<string, number>();
  const bypasses = { changes: 0, aiAssisted: 0 };
  for (const c of changes) {
    if (c.bypass) {
      bypasses.changes++;
      if (c.latest.ai) bypasses.aiAssisted++;
    }
    if (!c.latest.ai) continue;
    const l = c.latest;
    let t = tiers.get(l.level);
    if (!t) {
      t = { level: l.level, aiChanges: 0, signedOff: 0, missingSignoff: 0, notRequired: 0, notApplicable: 0, bypassed: 0, waits: 0, waitHoursMedian: null, waitHoursP90: null, list: [] };
      tiers.set(l.level, t);
    }
    t.aiChanges++;
    if (c.bypass) t.bypassed++;
    if (!l.applicable) t.notApplicable++;
    else if (!l.required) t.notRequired++;
    else if (l.satisfied) t.signedOff++;
    else t.missingSignoff++;
    const wait = l.applicable && l.required ? waitHours(c) : undefined;
    if (wait !== undefined) t.list.push(wait);
    for (const a of l.approvers) {
      const row = approvers.get(a.login) ?? { changes: 0, byLevel: zeroLevels(), via: new Set<string>() };
      row.changes++;
      row.byLevel[l.level]++;
      row.via.add(a.via);
      approvers.set(a.login, row);
      increment(via, a.via);
    }
  }
  const tierRows = LEVELS.filter((level) => tiers.has(level)).map((level) => {
    const { list, ...row } = tiers.get(level)!;
    const sorted = list.sort((a, b) => a - b);
    const median = quantileDisc(sorted, 0.5);
    const p90 = quantileDisc(sorted, 0.9);
    return { ...row, waits: sorted.length, waitHoursMedian: median === null ? null : round(median, 2), waitHoursP90: p90 === null ? null : round(p90, 2) };
  });
  const approverRows = [...approvers.entries()]
    .map(([login, a]) => ({ login, changes: a.changes, byLevel: a.byLevel, via: [...a.via].sort() }))
    .sort((a, b) => b.changes - a.changes || a.login.localeCompare(b.login));
  const viaRows = [...via.entries()].map(([v, n]) => ({ via: v, approvals: n })).sort((a, b) => b.approvals - a.approvals || a.via.localeCompare(b.via));
  return { tiers: tierRows, approvers: approverRows, via: viaRows, bypasses };
}
