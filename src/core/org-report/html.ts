/**
 * The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script, no font,
 * no request of any kind (its Content-Security-Policy forbids them), so it reads the same offline, as
 * a CI artifact or on a Pages site. Every chart has its table behind it; every text that came from a
 * record is escaped.
 */
import type { Chart } from './charts.js';
import type { OrgReport } from './report-model.js';
import type { Cell, Column, Table } from './tables.js';

/** Rows a table shows in the page; the CSV file beside it has them all. */
const PAGE_ROWS = 200;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const grouped = (n: number): string => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n));
const percent = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

function show(v: Cell, column: Column): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return column.percent ? percent(v) : grouped(v);
  return escapeHtml(v);
}

function tableHtml(t: Table): string {
  const shown = t.rows.slice(0, PAGE_ROWS);
  const more = t.rows.length > shown.length ? `<p class="note">The first ${PAGE_ROWS} of ${grouped(t.rows.length)} rows; all of them are in <code>${t.id}.csv</code>.</p>` : '';
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const body = shown.length
    ? shown.map((row) => `<tr>${t.columns.map((c, i) => (i === 0 ? `<th scope="row">${show(row[c.key] ?? null, c)}</th>` : `<td>${show(row[c.key] ?? null, c)}</td>`)).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${t.columns.length}">No data.</td></tr>`;
  return `<table id="table-${t.id}"><caption>${escapeHtml(t.caption)} <span class="csv">(${t.id}.csv)</span></caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${more}`;
}

export interface RenderedChart extends Chart {
  svg: string;
}

function figure(chart: RenderedChart, tables: ReadonlyMap<string, Table>): string {
  const table = tables.get(chart.table);
  return `<figure class="chart" id="chart-${chart.id}" data-chart="${chart.id}">
<figcaption>${escapeHtml(chart.title)}</figcaption>
<div class="svg" role="img" aria-label="${escapeHtml(chart.description)}">${chart.svg}</div>
${table ? `<details><summary>The numbers behind this chart</summary>${tableHtml(table)}</details>` : ''}
</figure>`;
}

function headline(r: OrgReport): string {
  const items: Array<[string, string]> = [
    ['Audit records', grouped(r.records)],
    ['Changes', grouped(r.changes)],
    ['AI-assisted changes', `${grouped(r.aiAssistedChanges)} (${percent(r.aiShare)})`],
    ['AI tools seen', grouped(r.tools.length)],
    ['Merged without passing', grouped(r.bypasses.changes)],
    ['AI-assisted changes missing sign-off', grouped(r.signoff.reduce((n, t) => n + t.missingSignoff, 0))],
    ['Repositories without a recent run', grouped(r.coverage.stale + r.coverage.never)],
    ['Waivers expiring soon or expired', grouped(r.waivers.filter((w) => w.state !== 'active').length)],
  ];
  return `<dl class="headline">${items.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

function inputNote(r: OrgReport): string {
  const versions = Object.entries(r.input.bySchemaVersion).map(([v, n]) => `${grouped(n)} of schema version ${escapeHtml(v)}`).join(', ');
  const parts = [`${grouped(r.input.documents)} documents read: ${versions || 'no audit records'}.`];
  if (r.input.newerSchemaVersions.length) parts.push(`Schema version ${r.input.newerSchemaVersions.join(', ')} is newer than this report knows: the fields it knows were used.`);
  if (r.input.duplicates) parts.push(`${grouped(r.input.duplicates)} records were seen twice and counted once.`);
  if (r.input.outOfRange) parts.push(`${grouped(r.input.outOfRange)} records fall outside the date range.`);
  if (r.input.unreadable) parts.push(`${grouped(r.input.unreadable)} documents could not be read as audit records (listed below).`);
  return `<p>${parts.join(' ')}</p>`;
}

const SECTIONS: Array<{ id: string; title: string; intro: string; charts: string[]; tables: string[] }> = [
  { id: 'tools', title: 'Which AI tools', intro: 'Each change (a pull or merge request, or a commit judged outside one) counts once, in the period of its latest gate run.', charts: ['ai-share-over-time', 'ai-share-by-tool'], tables: ['tools', 'models'] },
  { id: 'changes', title: 'Which changes', intro: 'Where AI-assisted changes land.', charts: ['ai-share-by-repository'], tables: [] },
  { id: 'signoff', title: 'Signed off by whom', intro: 'AI-assisted changes by the risk level of their latest run, whether the sign-off the policy required was given, by whom, and how long it took.', charts: ['signoff-by-risk', 'signoff-wait', 'approvers'], tables: ['approvals-via'] },
  { id: 'gaps', title: 'Where the gaps are', intro: 'Violations, waivers, findings over threshold and repositories the gate does not reach.', charts: ['violations-by-rule', 'violations-trend', 'waivers-by-owner', 'findings-by-tool', 'coverage'], tables: ['waivers'] },
];

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555;margin-top:0}.note{color:#555;font-size:.9rem}
.headline{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:.6rem;margin:1rem 0}
.headline div{border:1px solid #ddd;border-radius:6px;padding:.5rem .7rem}.headline dt{font-size:.85rem;color:#555}.headline dd{margin:0;font-size:1.35rem;font-weight:600}
figure.chart{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
.svg svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0;width:100%}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #ddd;padding:.2rem .45rem;text-align:left;vertical-align:top}thead th{background:#f4f4f4}
tbody th{font-weight:normal}.csv{font-weight:normal;color:#666;font-size:.8rem}
summary{cursor:pointer;color:#1a4f8b}code{font-size:.85rem}`;

export function renderHtml(r: OrgReport, charts: readonly RenderedChart[], tables: readonly Table[]): string {
  const byTable = new Map(tables.map((t) => [t.id, t]));
  const byChart = new Map(charts.map((c) => [c.id, c]));
  const range = r.range.first && r.range.last ? `${r.range.first.slice(0, 10)} to ${r.range.last.slice(0, 10)}` : 'no records';
  const sections = SECTIONS.map((s) => {
    const figures = s.charts.map((id) => byChart.get(id)).filter((c): c is RenderedChart => c !== undefined).map((c) => figure(c, byTable)).join('\n');
    const extra = s.tables.map((id) => byTable.get(id)).filter((t): t is Table => t !== undefined).map(tableHtml).join('\n');
    return `<section id="${s.id}"><h2>${escapeHtml(s.title)}</h2><p>${escapeHtml(s.intro)}</p>\n${figures}\n${extra}</section>`;
  }).join('\n');
  const inputTables = ['input-problems', 'collection', 'collection-problems'].map((id) => byTable.get(id)).filter((t): t is Table => t !== undefined && t.rows.length > 0).map(tableHtml).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(r.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(r.title)}</h1>
<p class="meta">Records from ${escapeHtml(range)} · as of ${escapeHtml(r.asOf)} · by ${escapeHtml(r.period)} · generated ${escapeHtml(r.generatedAt)}</p>
${headline(r)}
</header>
<main>
${sections}
<section id="input"><h2>About the records</h2>${inputNote(r)}
${inputTables}
<p class="note">Every number on this page is in <code>report.json</code>; every table is a CSV file beside it; each chart's Vega-Lite specification is in <code>charts/</code>.</p>
</section>
</main>
</body>
</html>
`;
}
