/**
 * Where AI changes land: each change counted once, in the period of its latest run, by the tools
 * that run named and by repository.
 */
import { UNSPECIFIED_TOOL } from '../attribution/catalogue.js';
import type { RepositoryState } from './aggregate.js';
import type { ChangeState } from './change-table.js';
import type { ModelRow, PeriodRow, PeriodToolRow, RepositoryRow, ToolRow } from './report-model.js';
import { periodKey, type Period } from './periods.js';
import { increment, share } from './stats.js';

const iso = (ms: number): string => new Date(ms).toISOString();

/** The tools an AI-assisted change is counted under (a change with no named tool is still counted). */
function toolsOf(c: ChangeState): readonly string[] {
  return c.latest.tools.length ? c.latest.tools : [UNSPECIFIED_TOOL];
}

export function overTime(changes: Iterable<ChangeState>, period: Period, periods: readonly string[]): { rows: PeriodRow[]; byTool: PeriodToolRow[] } {
  const total = new Map<string, number>();
  const ai = new Map<string, number>();
  const byTool = new Map<string, Map<string, number>>();
  for (const c of changes) {
    const key = periodKey(period, c.latest.at);
    increment(total, key);
    if (!c.latest.ai) continue;
    increment(ai, key);
    let tools = byTool.get(key);
    if (!tools) byTool.set(key, (tools = new Map<string, number>()));
    for (const t of toolsOf(c)) increment(tools, t);
  }
  const rows = periods.map((p) => ({ period: p, changes: total.get(p) ?? 0, aiAssisted: ai.get(p) ?? 0, share: share(ai.get(p) ?? 0, total.get(p) ?? 0) }));
  const toolRows: PeriodToolRow[] = [];
  const allTools = [...new Set([...byTool.values()].flatMap((m) => [...m.keys()]))].sort();
  for (const p of periods) {
    const tools = byTool.get(p);
    for (const tool of allTools) {
      const n = tools?.get(tool) ?? 0;
      toolRows.push({ period: p, tool, changes: n, share: share(n, total.get(p) ?? 0) ?? 0 });
    }
  }
  return { rows, byTool: toolRows };
}

export function toolRows(changes: Iterable<ChangeState>): { tools: ToolRow[]; models: ModelRow[] } {
  const counts = new Map<string, { changes: number; repositories: Set<string>; last: number }>();
  const models = new Map<string, number>();
  let aiChanges = 0;
  for (const c of changes) {
    if (!c.latest.ai) continue;
    aiChanges++;
    for (const tool of toolsOf(c)) {
      const t = counts.get(tool) ?? { changes: 0, repositories: new Set<string>(), last: 0 };
      t.changes++;
      t.repositories.add(c.repository);
      t.last = Math.max(t.last, c.latest.at);
      counts.set(tool, t);
    }
    for (const m of c.latest.models) increment(models, m);
  }
  const tools = [...counts.entries()]
    .map(([tool, t]) => ({ tool, changes: t.changes, shareOfAiChanges: share(t.changes, aiChanges) ?? 0, repositories: t.repositories.size, lastSeen: iso(t.last) }))
    .sort((a, b) => b.changes - a.changes || a.tool.localeCompare(b.tool));
  const modelRows = [...models.entries()].map(([model, n]) => ({ model, changes: n })).sort((a, b) => b.changes - a.changes || a.model.localeCompare(b.model));
  return { tools, models: modelRows };
}

export function repositoryRows(changes: Iterable<ChangeState>, repositories: ReadonlyMap<string, RepositoryState>): RepositoryRow[] {
  const per = new Map<string, { changes: number; ai: number; bypasses: number; failing: number }>();
  for (const c of changes) {
    const r = per.get(c.repository) ?? { changes: 0, ai: 0, bypasses: 0, failing: 0 };
    r.changes++;
    if (c.latest.ai) r.ai++;
    if (c.bypass) r.bypasses++;
    if (c.latest.decision === 'fail') r.failing++;
    per.set(c.repository, r);
  }
  return [...repositories.entries()]
    .map(([repository, s]) => {
      const r = per.get(repository) ?? { changes: 0, ai: 0, bypasses: 0, failing: 0 };
      return { repository, platform: s.platform, runs: s.runs, changes: r.changes, aiAssisted: r.ai, share: share(r.ai, r.changes), lastRun: iso(s.lastRun), bypasses: r.bypasses, failing: r.failing };
    })
    .sort((a, b) => b.changes - a.changes || a.repository.localeCompare(b.repository));
}
