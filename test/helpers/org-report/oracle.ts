/**
 * The report's numbers computed the plain way, straight from the records, for the tests to compare
 * with what `report` wrote: every record in memory, changes grouped with arrays and sorted, months
 * from the timestamp's text. Independent of the report's code on purpose.
 */
type Json = Record<string, any>;

export interface Oracle {
  records: number;
  changes: number;
  aiAssisted: number;
  byMonth: Record<string, { changes: number; aiAssisted: number }>;
  byTool: Record<string, number>;
  byRepository: Record<string, { runs: number; changes: number; aiAssisted: number; lastRun: string }>;
  violationRuns: Record<string, number>;
  violationOpen: Record<string, number>;
  bypassChanges: number;
  signoff: Record<string, { aiChanges: number; signedOff: number; missingSignoff: number; notRequired: number; notApplicable: number; bypassed: number }>;
  approvers: Record<string, number>;
  waivers: string[];
}

const changeKey = (r: Json): string => (typeof r.request?.number === 'number' ? `${r.repository}!${r.request.number}` : `${r.repository}@${r.change?.head ?? ''}`);
const runKey = (r: Json): string => `${r.repository}|${r.timestamp}|${r.change?.head}|${r.run?.id ?? ''}|${r.run?.attempt ?? ''}`;

/** Unique runs (the same run seen twice counts once), in the range if one is given. */
export function uniqueRuns(records: Json[], range: { since?: string; until?: string } = {}): Json[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    if (range.since && r.timestamp < range.since) return false;
    if (range.until && r.timestamp >= range.until) return false;
    const key = runKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function oracle(records: Json[]): Oracle {
  const groups = new Map<string, Json[]>();
  for (const r of records) groups.set(changeKey(r), [...(groups.get(changeKey(r)) ?? []), r]);
  const o: Oracle = { records: records.length, changes: groups.size, aiAssisted: 0, byMonth: {}, byTool: {}, byRepository: {}, violationRuns: {}, violationOpen: {}, bypassChanges: 0, signoff: {}, approvers: {}, waivers: [] };
  for (const r of records) {
    for (const rule of new Set<string>(r.violations.map((v: Json) => v.rule))) o.violationRuns[rule] = (o.violationRuns[rule] ?? 0) + 1;
    const repo = (o.byRepository[r.repository] ??= { runs: 0, changes: 0, aiAssisted: 0, lastRun: '' });
    repo.runs++;
    if (r.timestamp > repo.lastRun) repo.lastRun = r.timestamp;
  }
  const waivers = new Set<string>();
  for (const runs of groups.values()) {
    // Runs at the same instant: the greater run key is the later, as the report decides.
    const order = (r: Json): [string, string] => [r.timestamp, runKey(r)];
    const sorted = [...runs].sort((a, b) => {
      const [ta, ka] = order(a);
      const [tb, kb] = order(b);
      return ta < tb ? -1 : ta > tb ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const latest = sorted[sorted.length - 1]!;
    const ai = latest.attribution.aiAssisted === true;
    const bypass = runs.some((r) => r.violations.some((v: Json) => v.rule === 'bypass'));
    const m = (o.byMonth[latest.timestamp.slice(0, 7)] ??= { changes: 0, aiAssisted: 0 });
    m.changes++;
    o.byRepository[latest.repository]!.changes++;
    if (bypass) o.bypassChanges++;
    for (const rule of new Set<string>(latest.violations.map((v: Json) => v.rule))) o.violationOpen[rule] = (o.violationOpen[rule] ?? 0) + 1;
    for (const r of runs) {
      for (const list of Object.values<Json[]>(r.findings?.waivers ?? {})) for (const w of list) waivers.add(`${r.repository}|${w.owner}|${w.expires}`);
      for (const w of (r.waivers ?? []) as Json[]) waivers.add(`${r.repository}|${w.owner}|${w.expires}`);
    }
    if (!ai) continue;
    o.aiAssisted++;
    m.aiAssisted++;
    o.byRepository[latest.repository]!.aiAssisted++;
    const tools: string[] = latest.attribution.tools.length ? latest.attribution.tools : ['unspecified AI tool'];
    for (const t of tools) o.byTool[t] = (o.byTool[t] ?? 0) + 1;
    const level = latest.risk.level;
    const tier = (o.signoff[level] ??= { aiChanges: 0, signedOff: 0, missingSignoff: 0, notRequired: 0, notApplicable: 0, bypassed: 0 });
    tier.aiChanges++;
    if (bypass) tier.bypassed++;
    const ov = latest.oversight;
    const required = ov.required.some((q: Json) => q.needed > 0);
    if (!ov.applicable) tier.notApplicable++;
    else if (!required) tier.notRequired++;
    else if (ov.satisfied) tier.signedOff++;
    else tier.missingSignoff++;
    const logins = new Set<string>(ov.required.flatMap((q: Json) => q.counted.map((c: Json) => c.login)));
    for (const login of logins) o.approvers[login] = (o.approvers[login] ?? 0) + 1;
  }
  o.waivers = [...waivers].sort();
  return o;
}
