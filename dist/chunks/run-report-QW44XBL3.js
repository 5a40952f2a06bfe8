#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  EXPIRING_SOON_DAYS,
  UNSPECIFIED_TOOL,
  daysLeft
} from "./chunk-RAU6KPPI.js";
import {
  require_picomatch
} from "./chunk-DN3C4IM4.js";
import {
  DAY,
  OrgAggregator,
  WHOLE_FILE_LIMIT,
  choosePeriod,
  increment,
  periodKey,
  periodRange,
  quantileDisc,
  readRecordFile,
  round,
  share,
  streamLines
} from "./chunk-PHJOW37G.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";
import {
  LEVELS,
  isLinesName,
  looksLikeRecord
} from "./chunk-5XPGGXWI.js";
import "./chunk-5VFZBLC7.js";
import "./chunk-5HE6ZLTC.js";
import {
  __toESM
} from "./chunk-5WAAPUM7.js";

// src/app/org-report/run-report.ts
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join as join2, resolve as resolve2 } from "node:path";

// src/core/org-report/charts.ts
var TOP = 25;
var WIDTH = 640;
var SEVERITY_COLOURS = { critical: "#7f0000", high: "#d7301f", medium: "#fc8d59", low: "#fdcc8a", info: "#9ecae1", unknown: "#bdbdbd" };
function base(description, height = 220) {
  return {
    description,
    width: WIDTH,
    height,
    background: "white",
    config: { font: "sans-serif", view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 }, legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 } }
  };
}
var periodAxis = (title) => ({ field: "period", type: "ordinal", title, axis: { labelAngle: -45 } });
var STEP = { step: 22 };
var countAxis = { tickMinStep: 1, format: "d" };
function overTimeChart(r) {
  const values = r.overTime.flatMap((p) => [
    { period: p.period, kind: "AI-assisted", changes: p.aiAssisted, share: p.share },
    { period: p.period, kind: "Other", changes: p.changes - p.aiAssisted, share: p.share }
  ]);
  const description = `Changes per ${r.period}, AI-assisted and other, with the AI-assisted share as a line.`;
  return {
    id: "ai-share-over-time",
    title: "AI-assisted share of changes over time",
    description,
    table: "over-time",
    spec: {
      ...base(description),
      data: { values },
      layer: [
        {
          mark: "bar",
          encoding: {
            x: periodAxis(r.period),
            y: { field: "changes", type: "quantitative", stack: "zero", title: "Changes", axis: countAxis },
            color: { field: "kind", type: "nominal", title: null, scale: { domain: ["AI-assisted", "Other"], range: ["#4c78a8", "#c7d3e3"] } }
          }
        },
        {
          transform: [{ filter: "datum.kind === 'AI-assisted' && datum.share !== null" }],
          mark: { type: "line", point: true, color: "#e45756" },
          encoding: { x: periodAxis(r.period), y: { field: "share", type: "quantitative", title: "AI share", axis: { format: ".0%" }, scale: { domain: [0, 1] } } }
        }
      ],
      resolve: { scale: { y: "independent" } }
    }
  };
}
function byToolChart(r) {
  const description = `Share of all changes per ${r.period} that each AI tool took part in.`;
  return {
    id: "ai-share-by-tool",
    title: "AI-assisted share by tool",
    description,
    table: "over-time-by-tool",
    spec: {
      ...base(description),
      data: { values: r.overTimeByTool },
      mark: { type: "line", point: true },
      encoding: {
        x: periodAxis(r.period),
        y: { field: "share", type: "quantitative", title: "Share of changes", axis: { format: ".0%" } },
        color: { field: "tool", type: "nominal", title: "Tool" }
      }
    }
  };
}
function byRepositoryChart(r) {
  const rows = r.repositories.filter((x) => x.changes > 0).slice(0, TOP);
  const description = `AI-assisted share of changes in the ${rows.length} repositories with the most changes.`;
  return {
    id: "ai-share-by-repository",
    title: "AI-assisted share by repository",
    description,
    table: "repositories",
    spec: {
      ...base(description, STEP),
      data: { values: rows },
      mark: "bar",
      encoding: {
        y: { field: "repository", type: "nominal", sort: "-x", title: null },
        x: { field: "share", type: "quantitative", title: "AI share of changes", axis: { format: ".0%" }, scale: { domain: [0, 1] } },
        color: { value: "#4c78a8" }
      }
    }
  };
}
function signoffChart(r) {
  const kinds = [
    ["signedOff", "Signed off"],
    ["missingSignoff", "Sign-off missing"],
    ["notRequired", "Not required"],
    ["notApplicable", "No request"]
  ];
  const values = r.signoff.flatMap((t) => kinds.map(([key, kind]) => ({ level: t.level, kind, changes: t[key] })));
  const bypass = r.signoff.map((t) => ({ level: t.level, kind: "Merged without passing", bypassed: t.bypassed }));
  const description = "AI-assisted changes per risk level by sign-off, with the changes merged without passing as diamonds.";
  return {
    id: "signoff-by-risk",
    title: "How AI-assisted changes were signed off, by risk level",
    description,
    table: "signoff",
    spec: {
      ...base(description, STEP),
      layer: [
        {
          data: { values },
          mark: "bar",
          encoding: {
            y: { field: "level", type: "ordinal", sort: LEVELS, title: "Risk level" },
            x: { field: "changes", type: "quantitative", stack: "zero", title: "AI-assisted changes", axis: countAxis },
            color: { field: "kind", type: "nominal", title: null, scale: { domain: kinds.map((k) => k[1]), range: ["#54a24b", "#e45756", "#bab0ac", "#eeca3b"] } }
          }
        },
        {
          data: { values: bypass },
          mark: { type: "point", filled: true, color: "black", size: 80 },
          encoding: {
            y: { field: "level", type: "ordinal", sort: LEVELS },
            x: { field: "bypassed", type: "quantitative" },
            shape: { field: "kind", type: "nominal", title: null, scale: { domain: ["Merged without passing"], range: ["diamond"] } }
          }
        }
      ]
    }
  };
}
function waitChart(r) {
  const values = r.signoff.flatMap((t) => [
    { level: t.level, measure: "median", hours: t.waitHoursMedian },
    { level: t.level, measure: "90th percentile", hours: t.waitHoursP90 }
  ]).filter((v) => v.hours !== null);
  const description = "Hours AI-assisted changes waited for the sign-off they needed, median and 90th percentile, per risk level.";
  return {
    id: "signoff-wait",
    title: "How long AI-assisted changes waited for sign-off",
    description,
    table: "signoff",
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: "bar",
      encoding: {
        y: { field: "level", type: "ordinal", sort: LEVELS, title: "Risk level" },
        yOffset: { field: "measure" },
        x: { field: "hours", type: "quantitative", title: "Hours" },
        color: { field: "measure", type: "nominal", title: null, scale: { domain: ["median", "90th percentile"], range: ["#4c78a8", "#9ecae9"] } }
      }
    }
  };
}
function approversChart(r) {
  const top = r.approvers.slice(0, TOP);
  const values = top.flatMap((a) => LEVELS.map((level) => ({ login: a.login, level, changes: a.byLevel[level] })).filter((v) => v.changes > 0));
  const description = `The ${top.length} people whose approvals counted for the most AI-assisted changes, by risk level.`;
  return {
    id: "approvers",
    title: "Who signed off AI-assisted changes",
    description,
    table: "approvers",
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: "bar",
      encoding: {
        y: { field: "login", type: "nominal", sort: top.map((a) => a.login), title: null },
        x: { field: "changes", type: "quantitative", stack: "zero", title: "AI-assisted changes approved", axis: countAxis },
        color: { field: "level", type: "ordinal", title: "Risk level", scale: { domain: [...LEVELS], range: ["#a1d99b", "#fdae6b", "#e6550d", "#7f0000", "#bdbdbd"] } }
      }
    }
  };
}
function violationsChart(r) {
  const top = r.violations.slice(0, TOP);
  const values = top.flatMap((v) => [
    { rule: v.rule, measure: "runs", n: v.runs },
    { rule: v.rule, measure: "open at latest run", n: v.open }
  ]);
  const description = "Violations by rule: gate runs that reported each, and changes whose latest run still does.";
  return {
    id: "violations-by-rule",
    title: "Violations by rule",
    description,
    table: "violations",
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: "bar",
      encoding: {
        y: { field: "rule", type: "nominal", sort: top.map((v) => v.rule), title: null },
        yOffset: { field: "measure" },
        x: { field: "n", type: "quantitative", title: "Count", axis: countAxis },
        color: { field: "measure", type: "nominal", title: null, scale: { domain: ["runs", "open at latest run"], range: ["#e45756", "#ff9d98"] } }
      }
    }
  };
}
function violationTrendChart(r) {
  const description = `Gate runs reporting each violation rule per ${r.period}.`;
  return {
    id: "violations-trend",
    title: "Violations over time",
    description,
    table: "violation-trend",
    spec: {
      ...base(description),
      data: { values: r.violationTrend },
      mark: { type: "line", point: true },
      encoding: { x: periodAxis(r.period), y: { field: "runs", type: "quantitative", title: "Runs", axis: countAxis }, color: { field: "rule", type: "nominal", title: "Rule" } }
    }
  };
}
function waiversChart(r) {
  const top = r.waiverOwners.slice(0, TOP);
  const states = [
    ["expiringSoon", "expiring soon"],
    ["expired", "expired"],
    ["active", "active"]
  ];
  const values = top.flatMap((o) => states.map(([key, state]) => ({ owner: o.owner, state, waivers: o[key] })).filter((v) => v.waivers > 0));
  const description = "Waivers per owner: expiring soon, expired and active.";
  return {
    id: "waivers-by-owner",
    title: "Waivers by owner and expiry",
    description,
    table: "waiver-owners",
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: "bar",
      encoding: {
        y: { field: "owner", type: "nominal", sort: top.map((o) => o.owner), title: null },
        x: { field: "waivers", type: "quantitative", stack: "zero", title: "Waivers", axis: countAxis },
        color: { field: "state", type: "nominal", title: null, scale: { domain: states.map((s) => s[1]), range: ["#f58518", "#e45756", "#54a24b"] } }
      }
    }
  };
}
function findingsChart(r) {
  const top = r.findingsByTool.slice(0, TOP);
  const severities = Object.keys(SEVERITY_COLOURS);
  const values = top.flatMap((t) => severities.map((severity) => ({ tool: t.tool, severity, findings: t[severity] })).filter((v) => v.findings > 0));
  const description = "Scanner findings over the policy threshold, per scanner and severity, at each change's latest run.";
  return {
    id: "findings-by-tool",
    title: "Findings over threshold by scanner",
    description,
    table: "findings-by-tool",
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: "bar",
      encoding: {
        y: { field: "tool", type: "nominal", sort: top.map((t) => t.tool), title: null },
        x: { field: "findings", type: "quantitative", stack: "zero", title: "Findings over threshold", axis: countAxis },
        color: { field: "severity", type: "ordinal", title: "Severity", scale: { domain: severities, range: severities.map((s) => SEVERITY_COLOURS[s]) } }
      }
    }
  };
}
function coverageChart(r) {
  const c = r.coverage;
  const values = [
    { state: "recent", repositories: c.recent },
    { state: "stale", repositories: c.stale },
    { state: "never", repositories: c.never }
  ];
  const description = `Repositories with a gate run in the last ${c.staleDays} days (recent), only before (stale), or none at all (never).`;
  return {
    id: "coverage",
    title: "Coverage: repositories without a recent gate run",
    description,
    table: "coverage",
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: "bar",
      encoding: {
        y: { field: "state", type: "nominal", sort: ["recent", "stale", "never"], title: null },
        x: { field: "repositories", type: "quantitative", title: "Repositories", axis: countAxis },
        color: { field: "state", type: "nominal", legend: null, scale: { domain: ["recent", "stale", "never"], range: ["#54a24b", "#f58518", "#e45756"] } }
      }
    }
  };
}
function reportCharts(r) {
  return [
    overTimeChart(r),
    byToolChart(r),
    byRepositoryChart(r),
    signoffChart(r),
    waitChart(r),
    approversChart(r),
    violationsChart(r),
    violationTrendChart(r),
    waiversChart(r),
    findingsChart(r),
    coverageChart(r)
  ];
}

// src/core/org-report/csv.ts
function cell(v) {
  if (v === null) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function toCsv(table) {
  const lines = [table.columns.map((c) => cell(c.key)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key] ?? null)).join(","));
  return `${lines.join("\r\n")}\r
`;
}

// src/core/org-report/html.ts
var PAGE_ROWS = 200;
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
var grouped = (n) => Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(n);
var percent = (v) => v === null ? "\u2014" : `${(v * 100).toFixed(1)}%`;
function show(v, column) {
  if (v === null || v === void 0) return "\u2014";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return column.percent ? percent(v) : grouped(v);
  return escapeHtml(v);
}
function tableHtml(t) {
  const shown = t.rows.slice(0, PAGE_ROWS);
  const more = t.rows.length > shown.length ? `<p class="note">The first ${PAGE_ROWS} of ${grouped(t.rows.length)} rows; all of them are in <code>${t.id}.csv</code>.</p>` : "";
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join("");
  const body = shown.length ? shown.map((row) => `<tr>${t.columns.map((c, i) => i === 0 ? `<th scope="row">${show(row[c.key] ?? null, c)}</th>` : `<td>${show(row[c.key] ?? null, c)}</td>`).join("")}</tr>`).join("\n") : `<tr><td colspan="${t.columns.length}">No data.</td></tr>`;
  return `<table id="table-${t.id}"><caption>${escapeHtml(t.caption)} <span class="csv">(${t.id}.csv)</span></caption><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>${more}`;
}
function figure(chart, tables) {
  const table = tables.get(chart.table);
  return `<figure class="chart" id="chart-${chart.id}" data-chart="${chart.id}">
<figcaption>${escapeHtml(chart.title)}</figcaption>
<div class="svg" role="img" aria-label="${escapeHtml(chart.description)}">${chart.svg}</div>
${table ? `<details><summary>The numbers behind this chart</summary>${tableHtml(table)}</details>` : ""}
</figure>`;
}
function headline(r) {
  const items = [
    ["Audit records", grouped(r.records)],
    ["Changes", grouped(r.changes)],
    ["AI-assisted changes", `${grouped(r.aiAssistedChanges)} (${percent(r.aiShare)})`],
    ["AI tools seen", grouped(r.tools.length)],
    ["Merged without passing", grouped(r.bypasses.changes)],
    ["AI-assisted changes missing sign-off", grouped(r.signoff.reduce((n, t) => n + t.missingSignoff, 0))],
    ["Repositories without a recent run", grouped(r.coverage.stale + r.coverage.never)],
    ["Waivers expiring soon or expired", grouped(r.waivers.filter((w) => w.state !== "active").length)]
  ];
  return `<dl class="headline">${items.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`).join("")}</dl>`;
}
function inputNote(r) {
  const versions = Object.entries(r.input.bySchemaVersion).map(([v, n]) => `${grouped(n)} of schema version ${escapeHtml(v)}`).join(", ");
  const parts = [`${grouped(r.input.documents)} documents read: ${versions || "no audit records"}.`];
  if (r.input.newerSchemaVersions.length) parts.push(`Schema version ${r.input.newerSchemaVersions.join(", ")} is newer than this report knows: the fields it knows were used.`);
  if (r.input.duplicates) parts.push(`${grouped(r.input.duplicates)} records were seen twice and counted once.`);
  if (r.input.outOfRange) parts.push(`${grouped(r.input.outOfRange)} records fall outside the date range.`);
  if (r.input.unreadable) parts.push(`${grouped(r.input.unreadable)} documents could not be read as audit records (listed below).`);
  return `<p>${parts.join(" ")}</p>`;
}
var SECTIONS = [
  { id: "tools", title: "Which AI tools", intro: "Each change (a pull or merge request, or a commit judged outside one) counts once, in the period of its latest gate run.", charts: ["ai-share-over-time", "ai-share-by-tool"], tables: ["tools", "models"] },
  { id: "changes", title: "Which changes", intro: "Where AI-assisted changes land.", charts: ["ai-share-by-repository"], tables: [] },
  { id: "signoff", title: "Signed off by whom", intro: "AI-assisted changes by the risk level of their latest run, whether the sign-off the policy required was given, by whom, and how long it took.", charts: ["signoff-by-risk", "signoff-wait", "approvers"], tables: ["approvals-via"] },
  { id: "gaps", title: "Where the gaps are", intro: "Violations, waivers, findings over threshold and repositories the gate does not reach.", charts: ["violations-by-rule", "violations-trend", "waivers-by-owner", "findings-by-tool", "coverage"], tables: ["waivers"] }
];
var STYLE = `
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
function renderHtml(r, charts, tables) {
  const byTable = new Map(tables.map((t) => [t.id, t]));
  const byChart = new Map(charts.map((c) => [c.id, c]));
  const range = r.range.first && r.range.last ? `${r.range.first.slice(0, 10)} to ${r.range.last.slice(0, 10)}` : "no records";
  const sections = SECTIONS.map((s) => {
    const figures = s.charts.map((id) => byChart.get(id)).filter((c) => c !== void 0).map((c) => figure(c, byTable)).join("\n");
    const extra = s.tables.map((id) => byTable.get(id)).filter((t) => t !== void 0).map(tableHtml).join("\n");
    return `<section id="${s.id}"><h2>${escapeHtml(s.title)}</h2><p>${escapeHtml(s.intro)}</p>
${figures}
${extra}</section>`;
  }).join("\n");
  const inputTables = ["input-problems", "collection", "collection-problems"].map((id) => byTable.get(id)).filter((t) => t !== void 0 && t.rows.length > 0).map(tableHtml).join("\n");
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
<p class="meta">Records from ${escapeHtml(range)} \xB7 as of ${escapeHtml(r.asOf)} \xB7 by ${escapeHtml(r.period)} \xB7 generated ${escapeHtml(r.generatedAt)}</p>
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

// src/core/org-report/report-model.ts
var REPORT_VERSION = 1;

// src/core/org-report/summarize-changes.ts
var iso = (ms) => new Date(ms).toISOString();
function toolsOf(c) {
  return c.latest.tools.length ? c.latest.tools : [UNSPECIFIED_TOOL];
}
function overTime(changes, period, periods) {
  const total = /* @__PURE__ */ new Map();
  const ai = /* @__PURE__ */ new Map();
  const byTool = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const key = periodKey(period, c.latest.at);
    increment(total, key);
    if (!c.latest.ai) continue;
    increment(ai, key);
    let tools = byTool.get(key);
    if (!tools) byTool.set(key, tools = /* @__PURE__ */ new Map());
    for (const t of toolsOf(c)) increment(tools, t);
  }
  const rows = periods.map((p) => ({ period: p, changes: total.get(p) ?? 0, aiAssisted: ai.get(p) ?? 0, share: share(ai.get(p) ?? 0, total.get(p) ?? 0) }));
  const toolRows2 = [];
  const allTools = [...new Set([...byTool.values()].flatMap((m) => [...m.keys()]))].sort();
  for (const p of periods) {
    const tools = byTool.get(p);
    for (const tool of allTools) {
      const n = tools?.get(tool) ?? 0;
      toolRows2.push({ period: p, tool, changes: n, share: share(n, total.get(p) ?? 0) ?? 0 });
    }
  }
  return { rows, byTool: toolRows2 };
}
function toolRows(changes) {
  const counts = /* @__PURE__ */ new Map();
  const models = /* @__PURE__ */ new Map();
  let aiChanges = 0;
  for (const c of changes) {
    if (!c.latest.ai) continue;
    aiChanges++;
    for (const tool of toolsOf(c)) {
      const t = counts.get(tool) ?? { changes: 0, repositories: /* @__PURE__ */ new Set(), last: 0 };
      t.changes++;
      t.repositories.add(c.repository);
      t.last = Math.max(t.last, c.latest.at);
      counts.set(tool, t);
    }
    for (const m of c.latest.models) increment(models, m);
  }
  const tools = [...counts.entries()].map(([tool, t]) => ({ tool, changes: t.changes, shareOfAiChanges: share(t.changes, aiChanges) ?? 0, repositories: t.repositories.size, lastSeen: iso(t.last) })).sort((a, b) => b.changes - a.changes || a.tool.localeCompare(b.tool));
  const modelRows = [...models.entries()].map(([model, n]) => ({ model, changes: n })).sort((a, b) => b.changes - a.changes || a.model.localeCompare(b.model));
  return { tools, models: modelRows };
}
function repositoryRows(changes, repositories) {
  const per = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const r = per.get(c.repository) ?? { changes: 0, ai: 0, bypasses: 0, failing: 0 };
    r.changes++;
    if (c.latest.ai) r.ai++;
    if (c.bypass) r.bypasses++;
    if (c.latest.decision === "fail") r.failing++;
    per.set(c.repository, r);
  }
  return [...repositories.entries()].map(([repository, s]) => {
    const r = per.get(repository) ?? { changes: 0, ai: 0, bypasses: 0, failing: 0 };
    return { repository, platform: s.platform, runs: s.runs, changes: r.changes, aiAssisted: r.ai, share: share(r.ai, r.changes), lastRun: iso(s.lastRun), bypasses: r.bypasses, failing: r.failing };
  }).sort((a, b) => b.changes - a.changes || a.repository.localeCompare(b.repository));
}

// src/core/org-report/summarize-policy.ts
var iso2 = (ms) => new Date(ms).toISOString();
function violationRows(changes, runs) {
  const open = /* @__PURE__ */ new Map();
  for (const c of changes) for (const rule of c.latest.violations) increment(open, rule);
  return [...runs.entries()].map(([rule, n]) => ({ rule, runs: n, open: open.get(rule) ?? 0 })).sort((a, b) => b.runs - a.runs || a.rule.localeCompare(b.rule));
}
function violationTrend(days, period, periods) {
  const per = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Set();
  for (const [day, counts] of days) {
    const key = periodKey(period, day * DAY);
    let m = per.get(key);
    if (!m) per.set(key, m = /* @__PURE__ */ new Map());
    for (const [rule, n] of counts) {
      increment(m, rule, n);
      rules.add(rule);
    }
  }
  const sorted = [...rules].sort();
  return periods.flatMap((p) => sorted.map((rule) => ({ period: p, rule, runs: per.get(p)?.get(rule) ?? 0 })));
}
var STATE_ORDER = { "expiring-soon": 0, expired: 1, active: 2 };
function waiverRows(waivers, asOf) {
  const rows = [];
  for (const w of waivers) {
    const left = daysLeft(w.expires, asOf);
    const state = Number.isNaN(left) || left < 0 ? "expired" : left <= EXPIRING_SOON_DAYS ? "expiring-soon" : "active";
    rows.push({ repository: w.repository, owner: w.owner, matcher: w.matcher, reason: w.reason ?? "", expires: w.expires, daysLeft: Number.isNaN(left) ? 0 : left, state, unused: w.unused, excused: w.excused, lastSeen: iso2(w.lastSeen) });
  }
  rows.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.state === "expired" ? b.daysLeft - a.daysLeft : a.daysLeft - b.daysLeft) || a.repository.localeCompare(b.repository) || a.owner.localeCompare(b.owner) || a.matcher.localeCompare(b.matcher));
  const owners = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const o = owners.get(r.owner) ?? { owner: r.owner, waivers: 0, expired: 0, expiringSoon: 0, active: 0, nextExpiry: r.expires };
    o.waivers++;
    if (r.state === "expired") o.expired++;
    else if (r.state === "expiring-soon") o.expiringSoon++;
    else o.active++;
    if (r.expires < o.nextExpiry) o.nextExpiry = r.expires;
    owners.set(r.owner, o);
  }
  const ownerRows = [...owners.values()].sort((a, b) => b.expiringSoon - a.expiringSoon || b.expired - a.expired || a.nextExpiry.localeCompare(b.nextExpiry) || a.owner.localeCompare(b.owner));
  return { rows, owners: ownerRows };
}
var SEVERITY_KEYS = ["critical", "high", "medium", "low", "info", "unknown"];
function findingsRows(changes) {
  const tools = /* @__PURE__ */ new Map();
  let unlisted = 0;
  for (const c of changes) {
    unlisted += c.latest.unlisted;
    const named = /* @__PURE__ */ new Set();
    for (const f of c.latest.overThreshold) {
      const row = tools.get(f.tool) ?? { tool: f.tool, critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0, total: 0, changes: 0 };
      const severity = SEVERITY_KEYS.includes(f.severity) ? f.severity : "unknown";
      row[severity] += f.count;
      row.total += f.count;
      if (!named.has(f.tool)) row.changes++;
      named.add(f.tool);
      tools.set(f.tool, row);
    }
  }
  return { rows: [...tools.values()].sort((a, b) => b.total - a.total || a.tool.localeCompare(b.tool)), unlisted };
}
var COVERAGE_ORDER = { never: 0, stale: 1, recent: 2 };
function daysSince(lastRun, asOf) {
  return Math.max(0, Math.floor((asOf.getTime() - lastRun) / DAY));
}
function coverageRows(repositories, known, asOf, staleDays) {
  const names = /* @__PURE__ */ new Set([...repositories.keys(), ...known]);
  const rows = [...names].map((repository) => {
    const s = repositories.get(repository);
    if (!s) return { repository, lastRun: null, daysSinceLastRun: null, state: "never" };
    const days = daysSince(s.lastRun, asOf);
    return { repository, lastRun: iso2(s.lastRun), daysSinceLastRun: days, state: days > staleDays ? "stale" : "recent" };
  });
  return rows.sort((a, b) => COVERAGE_ORDER[a.state] - COVERAGE_ORDER[b.state] || (b.daysSinceLastRun ?? 0) - (a.daysSinceLastRun ?? 0) || a.repository.localeCompare(b.repository));
}

// src/core/org-report/summarize-signoff.ts
var HOUR = 36e5;
function zeroLevels() {
  return Object.fromEntries(LEVELS.map((l) => [l, 0]));
}
function waitHours(c) {
  const at = c.latest.satisfiedAt;
  if (at === void 0 || !c.latest.satisfied) return void 0;
  const start = Math.min(c.firstAt, c.startedAt ?? Infinity);
  return Math.max(0, at - start) / HOUR;
}
function signoffRows(changes) {
  const tiers = /* @__PURE__ */ new Map();
  const approvers = /* @__PURE__ */ new Map();
  const via = /* @__PURE__ */ new Map();
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
    const wait = l.applicable && l.required ? waitHours(c) : void 0;
    if (wait !== void 0) t.list.push(wait);
    for (const a of l.approvers) {
      const row = approvers.get(a.login) ?? { changes: 0, byLevel: zeroLevels(), via: /* @__PURE__ */ new Set() };
      row.changes++;
      row.byLevel[l.level]++;
      row.via.add(a.via);
      approvers.set(a.login, row);
      increment(via, a.via);
    }
  }
  const tierRows = LEVELS.filter((level) => tiers.has(level)).map((level) => {
    const { list, ...row } = tiers.get(level);
    const sorted = list.sort((a, b) => a - b);
    const median = quantileDisc(sorted, 0.5);
    const p90 = quantileDisc(sorted, 0.9);
    return { ...row, waits: sorted.length, waitHoursMedian: median === null ? null : round(median, 2), waitHoursP90: p90 === null ? null : round(p90, 2) };
  });
  const approverRows = [...approvers.entries()].map(([login, a]) => ({ login, changes: a.changes, byLevel: a.byLevel, via: [...a.via].sort() })).sort((a, b) => b.changes - a.changes || a.login.localeCompare(b.login));
  const viaRows = [...via.entries()].map(([v, n]) => ({ via: v, approvals: n })).sort((a, b) => b.approvals - a.approvals || a.via.localeCompare(b.via));
  return { tiers: tierRows, approvers: approverRows, via: viaRows, bypasses };
}

// src/core/org-report/summarize.ts
var isoOrNull = (ms) => ms === void 0 ? null : new Date(ms).toISOString();
function summarize(agg, o) {
  const changes = { [Symbol.iterator]: () => agg.changes.states() };
  const first = agg.first ?? o.asOf.getTime();
  const last = agg.last ?? first;
  const period = o.period === "auto" ? choosePeriod(first, last) : o.period;
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
      otherFiles: agg.otherFiles
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
      recent: coverage.filter((c) => c.state === "recent").length,
      stale: coverage.filter((c) => c.state === "stale").length,
      never: coverage.filter((c) => c.state === "never").length,
      repositories: coverage
    },
    collection: o.collection ?? [],
    collectionProblems: o.collectionProblems ?? [],
    charts: []
  };
}

// src/core/org-report/tables.ts
var cells = (rows) => rows;
var col = (key, label, percent2 = false) => percent2 ? { key, label, percent: percent2 } : { key, label };
function reportTables(r) {
  return [
    { id: "over-time", caption: `Changes and AI-assisted changes per ${r.period}`, columns: [col("period", r.period), col("changes", "Changes"), col("aiAssisted", "AI-assisted"), col("share", "AI share", true)], rows: cells(r.overTime) },
    {
      id: "over-time-by-tool",
      caption: `AI-assisted changes per tool and ${r.period}, and their share of all changes`,
      columns: [col("period", r.period), col("tool", "Tool"), col("changes", "Changes"), col("share", "Share of all changes", true)],
      rows: cells(r.overTimeByTool)
    },
    {
      id: "tools",
      caption: "AI tools: changes naming each tool",
      columns: [col("tool", "Tool"), col("changes", "Changes"), col("shareOfAiChanges", "Share of AI-assisted changes", true), col("repositories", "Repositories"), col("lastSeen", "Last seen")],
      rows: cells(r.tools)
    },
    { id: "models", caption: "Models named by AI-assisted changes (when the records say)", columns: [col("model", "Model"), col("changes", "Changes")], rows: cells(r.models) },
    {
      id: "repositories",
      caption: "Repositories: changes, AI-assisted share, failing and bypassed changes",
      columns: [col("repository", "Repository"), col("platform", "Platform"), col("runs", "Gate runs"), col("changes", "Changes"), col("aiAssisted", "AI-assisted"), col("share", "AI share", true), col("failing", "Failing"), col("bypasses", "Merged without passing"), col("lastRun", "Last run")],
      rows: cells(r.repositories)
    },
    {
      id: "signoff",
      caption: "AI-assisted changes by risk level and how they were signed off",
      columns: [
        col("level", "Risk level"),
        col("aiChanges", "AI-assisted changes"),
        col("signedOff", "Signed off"),
        col("missingSignoff", "Sign-off missing"),
        col("notRequired", "Not required"),
        col("notApplicable", "No request"),
        col("bypassed", "Merged without passing"),
        col("waits", "Waits known"),
        col("waitHoursMedian", "Median wait (h)"),
        col("waitHoursP90", "90th percentile wait (h)")
      ],
      rows: cells(r.signoff)
    },
    {
      id: "approvers",
      caption: "Who signed off AI-assisted changes, by risk level, and how their membership was established",
      columns: [col("login", "Approver"), col("changes", "Changes"), ...LEVELS.map((l) => col(l, l)), col("via", "Counted via")],
      rows: r.approvers.map((a) => ({ login: a.login, changes: a.changes, ...a.byLevel, via: a.via.join(" ") }))
    },
    { id: "approvals-via", caption: "Counted approvals by how the approver qualified", columns: [col("via", "Counted via"), col("approvals", "Approvals")], rows: cells(r.approvalsVia) },
    {
      id: "violations",
      caption: "Violations by rule: runs that reported each, and changes whose latest run still does",
      columns: [col("rule", "Rule"), col("runs", "Runs"), col("open", "Open at latest run")],
      rows: cells(r.violations)
    },
    { id: "violation-trend", caption: `Runs reporting each violation rule per ${r.period}`, columns: [col("period", r.period), col("rule", "Rule"), col("runs", "Runs")], rows: cells(r.violationTrend) },
    {
      id: "waiver-owners",
      caption: "Waivers by owner",
      columns: [col("owner", "Owner"), col("waivers", "Waivers"), col("expiringSoon", "Expiring soon"), col("expired", "Expired"), col("active", "Active"), col("nextExpiry", "Next expiry")],
      rows: cells(r.waiverOwners)
    },
    {
      id: "waivers",
      caption: "Waivers, expiring soon first",
      columns: [col("expires", "Expires"), col("daysLeft", "Days left"), col("state", "State"), col("owner", "Owner"), col("repository", "Repository"), col("matcher", "Matches"), col("excused", "Findings excused"), col("unused", "Unused"), col("reason", "Reason"), col("lastSeen", "Last seen")],
      rows: cells(r.waivers)
    },
    {
      id: "findings-by-tool",
      caption: "Scanner findings over threshold by tool, at each change's latest run",
      columns: [col("tool", "Scanner"), col("critical", "critical"), col("high", "high"), col("medium", "medium"), col("low", "low"), col("info", "info"), col("unknown", "unknown"), col("total", "Total"), col("changes", "Changes")],
      rows: cells(r.findingsByTool)
    },
    {
      id: "coverage",
      caption: `Repositories and their last gate run (stale after ${r.coverage.staleDays} days)`,
      columns: [col("repository", "Repository"), col("state", "State"), col("lastRun", "Last run"), col("daysSinceLastRun", "Days since")],
      rows: cells(r.coverage.repositories)
    },
    { id: "input-problems", caption: "Documents that could not be read as audit records (the first ones)", columns: [col("source", "Where"), col("reason", "Why")], rows: cells(r.input.problems) },
    {
      id: "collection",
      caption: "Records collected from the platforms",
      columns: [col("platform", "Platform"), col("scope", "Scope"), col("repositories", "Repositories"), col("artifacts", "Artifacts"), col("records", "Records"), col("gone", "Gone"), col("requests", "API requests"), col("rateLimitWaits", "Rate-limit waits")],
      rows: cells(r.collection)
    },
    { id: "collection-problems", caption: "What could not be collected", columns: [col("platform", "Platform"), col("scope", "Where"), col("message", "Problem")], rows: cells(r.collectionProblems) }
  ];
}

// src/gather/org-report/inputs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
var RECORD_FILE = /\.(json|jsonl|ndjson)(\.gz)?$|\.zip$/i;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function walk(dir, accept, out) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) walk(full, accept, out);
    } else if (e.isFile() && accept(full)) out.push(full);
  }
}
function isGlob(arg) {
  return import_picomatch.default.scan(arg).isGlob;
}
function expandGlob(arg, cwd) {
  const scan = import_picomatch.default.scan(arg);
  const base2 = resolve(cwd, scan.base || ".");
  const matcher = (0, import_picomatch.default)(scan.glob, { dot: false });
  const out = [];
  try {
    if (statSync(base2).isDirectory()) walk(base2, (p) => matcher(relative(base2, p).split(sep).join("/")), out);
  } catch {
  }
  if (out.length === 0) throw new InputError(`No file matches ${arg}.`, "Check the pattern (quote it so the shell leaves it alone) or name the files or directories.");
  return out;
}
function expandInputs(args, cwd) {
  const seen = /* @__PURE__ */ new Set();
  const files = [];
  const push = (path, named) => {
    let key = path;
    try {
      key = realpathSync(path);
    } catch {
    }
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, named });
  };
  for (const arg of args) {
    if (arg === "-") {
      push("-", true);
      continue;
    }
    const full = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      if (isGlob(arg)) {
        for (const p of expandGlob(arg, cwd)) push(p, false);
        continue;
      }
      throw new InputError(`${arg} does not exist.`, "Name audit record files (JSON, JSON Lines, .gz, .zip), directories holding them, or a quoted glob.");
    }
    if (stat.isDirectory()) {
      const found = [];
      walk(full, (p) => RECORD_FILE.test(p), found);
      for (const p of found) push(p, false);
    } else push(full, true);
  }
  return files;
}

// src/gather/org-report/options.ts
import { parseArgs } from "node:util";
var REPORT_HELP = `Usage: ai-governance-gate report [PATH\u2026] --out DIR [options]

Reads audit records and writes the organisation's view: DIR/report.html (one self-contained page),
DIR/report.json (every number on it), DIR/*.csv (every table) and DIR/charts/*.vl.json (the charts).

PATH: audit record files (JSON, JSON Lines .jsonl/.ndjson, gzip .gz, zip archives), directories
holding them (walked), quoted globs ("records/**/*.json"), or - for JSON Lines on standard input.

  --out DIR                    Where to write the report (created if missing).
  --since DATE, --until DATE   Only records (and artifacts) from DATE / up to and including DATE.
  --days N                     Only the last N days before --as-of (instead of --since).
  --as-of DATE                 The day coverage and waiver expiry are measured from (default: today).
  --period auto|week|month     Trend buckets (default auto: weeks up to half a year, else months).
  --stale-days N               A repository without a gate run for N days is stale (default 30).
  --title TEXT                 The page's title.
  --save-records FILE          Also write every record read as JSON Lines (to load into a warehouse).
  --threads N                  Threads reading the files (default: one per core from 64 MiB of input;
                               1 reads in one thread).

Collect from GitHub (token in GITHUB_TOKEN or GH_TOKEN; fine-grained "Actions: read", "Metadata: read"):
  --github-org ORG             The gate's workflow artifacts of every repository of ORG (repeatable).
  --github-repos LIST          Or of these repositories (owner/name, comma-separated, repeatable).
  --github-api-url URL         Default: $GITHUB_API_URL or https://api.github.com.
  --github-artifact-prefix P   Artifacts whose name starts with P (default ai-governance-).
  --github-token-env NAME      Read the token from NAME instead.

Collect from GitLab (token in GITLAB_TOKEN; read_api scope, Reporter role):
  --gitlab-group GROUP         The gate job's artifacts of every project of GROUP and its subgroups.
  --gitlab-projects LIST       Or of these projects (group/project, comma-separated, repeatable).
  --gitlab-url URL             Default: $CI_SERVER_URL or https://gitlab.com.
  --gitlab-job NAME            The gate's job name (default ai-governance-gate).
  --gitlab-token-env NAME      Read the token from NAME instead.

  --concurrency N              Artifact downloads at once (default 4).
  --rate-limit-fallback S      Wait S seconds when a rate-limited answer does not say how long (default 60, doubling).
  --max-rate-limit-wait S      Give up on a request that would wait longer than S seconds (default 900).
  --help, -h                   This text.
`;
var SPEC = {
  out: { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  days: { type: "string" },
  "as-of": { type: "string" },
  period: { type: "string" },
  "stale-days": { type: "string" },
  title: { type: "string" },
  "save-records": { type: "string" },
  "github-org": { type: "string", multiple: true },
  "github-repos": { type: "string", multiple: true },
  "github-api-url": { type: "string" },
  "github-artifact-prefix": { type: "string" },
  "github-token-env": { type: "string" },
  "gitlab-group": { type: "string", multiple: true },
  "gitlab-projects": { type: "string", multiple: true },
  "gitlab-url": { type: "string" },
  "gitlab-job": { type: "string" },
  "gitlab-token-env": { type: "string" },
  concurrency: { type: "string" },
  threads: { type: "string" },
  "rate-limit-fallback": { type: "string" },
  "max-rate-limit-wait": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var HINT = "Run `ai-governance-gate report --help` for the options.";
function date(name, value) {
  if (value === void 0) return void 0;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw new InputError(`--${name} must be a date (YYYY-MM-DD) or an ISO-8601 time; got "${value}".`, HINT);
  return new Date(ms);
}
function count(name, value, fallback, min) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min) throw new InputError(`--${name} must be a whole number of at least ${min}; got "${value}".`, HINT);
  return n;
}
var listOf = (values) => (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
function parseReportOptions(argv, env, now) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(e.message.replace(/\. To specify a positional.*$/s, "."), HINT);
  }
  const v = parsed.values;
  const help = v.help ?? false;
  const period = v.period ?? "auto";
  if (!["auto", "week", "month"].includes(period)) throw new InputError(`--period must be auto, week or month; got "${period}".`, HINT);
  if (!help && (v.out === void 0 || v.out.trim() === "")) throw new InputError("report needs --out DIR: where to write report.html, report.json and the CSV files.", HINT);
  const options = {
    inputs: parsed.positionals,
    out: v.out ?? "",
    title: v.title ?? "AI governance report",
    period,
    staleDays: count("stale-days", v["stale-days"], 30, 1),
    fallbackWaitSeconds: count("rate-limit-fallback", v["rate-limit-fallback"], 60, 0),
    maxWaitSeconds: count("max-rate-limit-wait", v["max-rate-limit-wait"], 900, 0),
    concurrency: count("concurrency", v.concurrency, 4, 1),
    help
  };
  const asOf = date("as-of", v["as-of"]);
  if (v.days !== void 0 && v.since !== void 0) throw new InputError("Give --days or --since, not both.", HINT);
  const days = v.days === void 0 ? void 0 : count("days", v.days, 0, 1);
  const since = days === void 0 ? date("since", v.since) : new Date(Date.parse(`${(asOf ?? now).toISOString().slice(0, 10)}T00:00:00Z`) - (days - 1) * 864e5);
  const until = date("until", v.until);
  if (since) options.since = since;
  if (until) options.until = until;
  if (asOf) options.asOf = asOf;
  if (since && until && since > until) throw new InputError(`--since ${v.since} is after --until ${v.until}.`, HINT);
  if (v.threads !== void 0) options.threads = count("threads", v.threads, 1, 1);
  if (v["save-records"]) options.saveRecords = v["save-records"];
  const orgs = listOf(v["github-org"]);
  const repos = listOf(v["github-repos"]);
  if (orgs.length || repos.length) {
    options.github = {
      orgs,
      repositories: repos,
      apiUrl: (v["github-api-url"] ?? env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
      tokenEnv: v["github-token-env"] ? [v["github-token-env"]] : ["GITHUB_TOKEN", "GH_TOKEN"],
      artifactPrefix: v["github-artifact-prefix"] ?? "ai-governance-"
    };
  }
  const groups = listOf(v["gitlab-group"]);
  const projects = listOf(v["gitlab-projects"]);
  if (groups.length || projects.length) {
    options.gitlab = {
      groups,
      projects,
      url: (v["gitlab-url"] ?? env.CI_SERVER_URL ?? "https://gitlab.com").replace(/\/+$/, ""),
      tokenEnv: v["gitlab-token-env"] ? [v["gitlab-token-env"]] : ["GITLAB_TOKEN"],
      jobName: v["gitlab-job"] ?? "ai-governance-gate"
    };
  }
  if (!help && options.inputs.length === 0 && !options.github && !options.gitlab) {
    throw new InputError("report needs audit records: PATH arguments, --github-org/--github-repos, or --gitlab-group/--gitlab-projects.", HINT);
  }
  return options;
}
function tokenFrom(names, env, platform) {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  throw new InputError(`Collecting from ${platform} needs a token in ${names.join(" or ")}.`, platform === "GitHub" ? 'A fine-grained token or GitHub App token with "Actions: read" and "Metadata: read" on the repositories.' : "A group access token or personal access token with the read_api scope and the Reporter role.");
}

// src/gather/org-report/progress.ts
var WIDTH2 = 24;
var REDRAW_MS = 100;
function progressLine(label, done, total, records, waiting) {
  const filled = total > 0 ? Math.round(done / total * WIDTH2) : 0;
  const bar = `${"#".repeat(filled)}${"-".repeat(WIDTH2 - filled)}`;
  return `${label} [${bar}] ${done}/${total} repositories \xB7 ${records} records${waiting ? ` \xB7 ${waiting}` : ""}`;
}
var Progress = class {
  constructor(out) {
    this.out = out;
  }
  out;
  label = "";
  total = 0;
  done = 0;
  records = 0;
  waiting;
  drawn = 0;
  start(label) {
    Object.assign(this, { label, total: 0, done: 0, records: 0, waiting: void 0 });
  }
  repositories(total) {
    this.total = total;
    this.draw(true);
  }
  repositoryDone(_name, records) {
    this.done++;
    this.records += records;
    this.waiting = void 0;
    this.draw(this.done === this.total);
  }
  wait(ms, reason) {
    this.waiting = `waiting ${Math.ceil(ms / 1e3)} s (${reason})`;
    if (this.out.isTTY) this.draw(true);
    else this.out.write(`${this.label}: ${this.waiting}
`);
  }
  finish(summary) {
    if (this.out.isTTY) this.out.write("\r\x1B[K");
    this.out.write(`${summary}
`);
  }
  draw(force) {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (!force && now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    const line = progressLine(this.label, this.done, this.total, this.records, this.waiting);
    const width = this.out.columns || 80;
    this.out.write(`\r\x1B[K${line.length >= width ? line.slice(0, width - 1) : line}`);
  }
};

// src/gather/org-report/parts.ts
import { statSync as statSync2 } from "node:fs";
function sizeOf(path) {
  try {
    return statSync2(path).size;
  } catch {
    return 0;
  }
}
function cuttable(path, size) {
  return !/\.(gz|zip)$/i.test(path) && (isLinesName(path) || size > WHOLE_FILE_LIMIT);
}
function inputBytes(files) {
  return files.reduce((n, f) => n + sizeOf(f.path), 0);
}
function planParts(files, count2) {
  const sized = files.map((f) => ({ ...f, size: sizeOf(f.path) }));
  const total = sized.reduce((n, f) => n + f.size, 0);
  const parts = [[]];
  let before = 0;
  let next = 1;
  const boundary = () => next < count2 ? Math.floor(total * next / count2) : Infinity;
  for (const f of sized) {
    let from = 0;
    if (cuttable(f.path, f.size)) {
      while (before + f.size > boundary()) {
        const cut = boundary() - before;
        if (cut > from) parts[parts.length - 1].push({ path: f.path, named: f.named, range: { start: from, end: cut } });
        from = Math.max(from, cut);
        parts.push([]);
        next++;
      }
      if (from > 0) {
        parts[parts.length - 1].push({ path: f.path, named: f.named, range: { start: from, end: f.size } });
        before += f.size;
        continue;
      }
    }
    parts[parts.length - 1].push({ path: f.path, named: f.named });
    before += f.size;
    while (before >= boundary()) {
      parts.push([]);
      next++;
    }
  }
  return parts.filter((p) => p.length > 0);
}

// src/app/org-report/read-parallel.ts
import { Worker } from "node:worker_threads";
function readPart(task) {
  return new Promise((resolve3, reject) => {
    const worker = new Worker(new URL("./report-worker.js", import.meta.url), { workerData: task });
    let result;
    worker.once("message", (m) => result = m);
    worker.once("error", reject);
    worker.once("exit", (code) => result ? resolve3(result) : reject(new Error(`a reading thread stopped (exit code ${code}) before it finished`)));
  });
}
function numberLines(parts, reads) {
  const before = /* @__PURE__ */ new Map();
  parts.forEach((pieces, k) => {
    const read = reads[k];
    const offsets = pieces.map((p, i) => {
      if (!p.range) return 0;
      const offset = before.get(p.path) ?? 0;
      before.set(p.path, offset + read.lines[i]);
      return offset;
    });
    read.partial.problems.forEach((problem, n) => {
      const offset = offsets[read.problemPieces[n]];
      const prefix = `${pieces[read.problemPieces[n]].path}:`;
      if (offset > 0 && problem.source.startsWith(prefix)) problem.source = `${prefix}${Number(problem.source.slice(prefix.length)) + offset}`;
    });
  });
}
async function readInParallel(files, threads, options) {
  const parts = planParts(files, threads);
  const reads = await Promise.all(parts.map((pieces) => readPart({ pieces, options })));
  numberLines(parts, reads);
  const agg = new OrgAggregator(options);
  for (let read = reads.shift(); read; read = reads.shift()) if (!agg.merge(read.partial)) return null;
  return agg;
}

// src/app/org-report/render-svg.ts
function scopeIds(svg, prefix) {
  return svg.replace(/\bid="([^"]+)"/g, (_m, id) => `id="${prefix}-${id}"`).replace(/url\(#([^)]+)\)/g, (_m, id) => `url(#${prefix}-${id})`).replace(/href="#([^"]+)"/g, (_m, id) => `href="#${prefix}-${id}"`);
}
async function renderCharts(charts) {
  const [vega, vegaLite] = await Promise.all([import("./vega.module-FSW6NIFD.js"), import("./build-ACQTDZQ7.js")]);
  const silent = { level: () => silent, error: () => silent, warn: () => silent, info: () => silent, debug: () => silent };
  const out = [];
  for (const chart of charts) {
    const compiled = vegaLite.compile(chart.spec, { logger: silent }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.None });
    try {
      out.push({ ...chart, svg: scopeIds(await view.toSVG(), `chart-${chart.id}`) });
    } finally {
      view.finalize();
    }
  }
  return out;
}

// src/app/org-report/run-report.ts
var RecordWriter = class {
  fd;
  buffer = [];
  size = 0;
  constructor(path) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, "w");
  }
  write(value) {
    const line = `${JSON.stringify(value)}
`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 2 ** 20) this.flush();
  }
  flush() {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(""));
    this.buffer = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
};
function sinkFor(agg, writer) {
  if (!writer) return agg;
  return {
    add(value, source) {
      if (looksLikeRecord(value)) writer.write(value);
      agg.add(value, source);
    },
    problem: (source, reason) => agg.problem(source, reason),
    other: () => agg.other()
  };
}
async function collect(o, ctx, sink, range) {
  const progress = new Progress(ctx.stderr);
  const events = { repositories: (n) => progress.repositories(n), repositoryDone: (name, n) => progress.repositoryDone(name, n), waiting: (ms, why) => progress.wait(ms, why) };
  const retry = { fallbackWaitMs: o.fallbackWaitSeconds * 1e3, maxWaitMs: o.maxWaitSeconds * 1e3, concurrency: o.concurrency };
  const done = [];
  const say = (c) => progress.finish(`${c.summary.platform === "github" ? "GitHub" : "GitLab"} ${c.summary.scope}: ${c.summary.repositories} repositories, ${c.summary.artifacts} artifacts, ${c.summary.records} records, ${c.summary.requests} requests${c.summary.rateLimitWaits ? `, ${c.summary.rateLimitWaits} rate-limit waits` : ""}${c.problems.length ? `, ${c.problems.length} not readable` : ""}.`);
  if (o.github) {
    const token = tokenFrom(o.github.tokenEnv, ctx.env, "GitHub");
    const { collectFromGitHub } = await import("./collect-audit-records-V7SMMXBQ.js");
    progress.start(`GitHub ${[...o.github.orgs, ...o.github.repositories].join(", ")}`);
    const c = await collectFromGitHub({ ...o.github, token, ...range, ...retry }, sink, events);
    say(c);
    done.push(c);
  }
  if (o.gitlab) {
    const token = tokenFrom(o.gitlab.tokenEnv, ctx.env, "GitLab");
    const { collectFromGitLab } = await import("./collect-audit-records-LSX43FWD.js");
    progress.start(`GitLab ${[...o.gitlab.groups, ...o.gitlab.projects].join(", ")}`);
    const c = await collectFromGitLab({ ...o.gitlab, token, ...range, ...retry }, sink, events);
    say(c);
    done.push(c);
  }
  return done;
}
var PARALLEL_FROM_BYTES = 64 * 2 ** 20;
function threadsFor(o, files) {
  if (files.some((f) => f.path === "-") || o.saveRecords) return 1;
  if (o.threads !== void 0) return o.threads;
  return inputBytes(files) >= PARALLEL_FROM_BYTES ? availableParallelism() : 1;
}
async function writeReport(dir, report) {
  const charts = reportCharts(report);
  report.charts = charts.map((c) => ({ id: c.id, title: c.title }));
  const rendered = await renderCharts(charts);
  const tables = reportTables(report);
  mkdirSync(join2(dir, "charts"), { recursive: true });
  writeFileSync(join2(dir, "report.json"), `${JSON.stringify(report, null, 2)}
`);
  for (const t of tables) writeFileSync(join2(dir, `${t.id}.csv`), toCsv(t));
  for (const c of charts) writeFileSync(join2(dir, "charts", `${c.id}.vl.json`), `${JSON.stringify(c.spec, null, 2)}
`);
  writeFileSync(join2(dir, "report.html"), renderHtml(report, rendered, tables));
}
async function runReport(argv, ctx) {
  const o = parseReportOptions(argv, ctx.env, ctx.now);
  if (o.help) {
    ctx.stdout.write(REPORT_HELP);
    return 0;
  }
  const range = {};
  if (o.since) range.since = o.since.getTime();
  if (o.until) range.until = o.until.getTime() + (o.until.getTime() % DAY === 0 ? DAY : 1);
  const files = expandInputs(o.inputs, ctx.cwd);
  const threads = threadsFor(o, files);
  const parallel = threads > 1 && files.length > 0 ? await readInParallel(files, threads, range) : void 0;
  if (parallel === null) ctx.stderr.write("ai-governance-gate report: note: a run key appears with different contents in two parts of the input read by different threads; the files were read again in one thread, so that the first copy counts.\n");
  const agg = parallel ?? new OrgAggregator(range);
  const writer = o.saveRecords ? new RecordWriter(resolve2(ctx.cwd, o.saveRecords)) : void 0;
  const sink = sinkFor(agg, writer);
  let collected;
  try {
    for (const f of parallel ? [] : files) {
      if (f.path === "-") await streamLines(ctx.stdin, "stdin", sink);
      else await readRecordFile(f.path, sink, f.named);
    }
    collected = await collect(o, ctx, sink, range);
  } finally {
    writer?.close();
  }
  const report = summarize(agg, {
    title: o.title,
    generatedAt: ctx.now,
    asOf: o.asOf ?? ctx.now,
    period: o.period,
    staleDays: o.staleDays,
    since: o.since,
    until: o.until,
    knownRepositories: collected.flatMap((c) => c.repositories),
    collection: collected.map((c) => c.summary),
    collectionProblems: collected.flatMap((c) => c.problems)
  });
  const dir = resolve2(ctx.cwd, o.out);
  await writeReport(dir, report);
  const notes = [];
  if (report.input.newerSchemaVersions.length) notes.push(`records of schema version ${report.input.newerSchemaVersions.join(", ")} are newer than this version knows; the fields it knows were used`);
  if (report.input.unreadable) notes.push(`${report.input.unreadable} documents could not be read as audit records (first: ${report.input.problems[0].source}: ${report.input.problems[0].reason}); they are listed in report.json and the page`);
  if (report.collectionProblems.length) notes.push(`${report.collectionProblems.length} repositories could not be read (first: ${report.collectionProblems[0].scope}: ${report.collectionProblems[0].message})`);
  if (report.records === 0) notes.push("no audit records were found: the report shows no changes");
  for (const n of notes) ctx.stderr.write(`ai-governance-gate report: warning: ${n}.
`);
  ctx.stdout.write(`Read ${report.records} audit records (${report.changes} changes, ${report.repositories.length} repositories) \u2192 ${join2(dir, "report.html")}
`);
  return 0;
}
export {
  runReport
};
