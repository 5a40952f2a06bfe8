/** The bench's table: each measurement, its baseline, the ratio and the target beside it. */
export interface Row {
  group: 'start' | 'pull' | 'report' | 'linear' | 'change' | 'huge' | 'org-report' | 'shapes';
  what: string;
  ours: number | undefined;
  base?: number | undefined;
  unit: 'ms' | 'KiB' | 'µs' | 's';
  /** The ratio ours ÷ base must not exceed this. */
  target?: number;
  /** Show both values, no ratio (e.g. a size and its gzip size). */
  plain?: boolean;
}

export function ratio(row: Row): number | undefined {
  return row.ours !== undefined && row.base !== undefined && row.base > 0 && !row.plain ? row.ours / row.base : undefined;
}

export function verdict(row: Row): 'met' | 'MISSED' | '' {
  const r = ratio(row);
  if (row.target === undefined || r === undefined) return '';
  return r <= row.target ? 'met' : 'MISSED';
}

function value(v: number | undefined, unit: Row['unit']): string {
  if (v === undefined) return '—';
  if (unit === 'KiB') return v >= 10240 ? `${(v / 1024).toFixed(0)} MiB` : `${v.toFixed(0)} KiB`;
  if (unit === 'µs') return `${v.toFixed(2)} µs`;
  if (unit === 's') return `${v.toFixed(1)} s`;
  return v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`;
}

export function printTable(rows: readonly Row[], env: Record<string, string>, notes: readonly string[], seconds: number): void {
  const cells = rows.map((r) => {
    const q = ratio(r);
    return [r.what, value(r.ours, r.unit), value(r.base, r.unit), q === undefined ? '' : `${q.toFixed(2)}×`, r.target === undefined ? '' : `≤ ${r.target}×`, verdict(r)];
  });
  const head = ['measurement', 'gate', 'baseline', 'ratio', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const out = [line(head), rule, ...cells.map(line)];
  process.stdout.write(`\n${out.join('\n')}\n\n`);
  for (const n of notes) process.stdout.write(`- ${n}\n`);
  process.stdout.write(`\n${Object.entries(env).map(([k, v]) => `${k}: ${v}`).join('; ')}; ${seconds.toFixed(0)} s\n`);
}
