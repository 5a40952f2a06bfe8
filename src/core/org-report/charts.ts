/**
 * The report's charts as Vega-Lite specifications: declarative, data inline, nothing to fetch. They
 * are rendered to static SVG when the report is made, and written beside it (`charts/<id>.vl.json`)
 * so anyone can open them in another Vega-Lite tool. Each names the table that holds its numbers.
 */
import { LEVELS } from './facts.js';
import type { OrgReport } from './report-model.js';

export interface Chart {
  id: string;
  title: string;
  /** Read out by screen readers as the chart's label. */
  description: string;
  /** The table behind the chart. */
  table: string;
  spec: Record<string, unknown>;
}

/** Charts with one bar per name show the largest; the table behind them lists every row. */
const TOP = 25;

const WIDTH = 640;
const SEVERITY_COLOURS = { critical: '#7f0000', high: '#d7301f', medium: '#fc8d59', low: '#fdcc8a', info: '#9ecae1', unknown: '#bdbdbd' };

function base(description: string, height: number | { step: number } = 220): Record<string, unknown> {
  return {
    description,
    width: WIDTH,
    height,
    background: 'white',
    config: { font: 'sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 }, legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 } },
  };
}

const periodAxis = (title: string) => ({ field: 'period', type: 'ordinal', title, axis: { labelAngle: -45 } });
/** One band per row of a horizontal bar chart, however many rows there are. */
const STEP = { step: 22 };
/** Count axes: whole numbers only. */
const countAxis = { tickMinStep: 1, format: 'd' };

function overTimeChart(r: OrgReport): Chart {
  const values = r.overTime.flatMap((p) => [
    { period: p.period, kind: 'AI-assisted', changes: p.aiAssisted, share: p.share },
    { period: p.period, kind: 'Other', changes: p.changes - p.aiAssisted, share: p.share },
  ]);
  const description = `Changes per ${r.period}, AI-assisted and other, with the AI-assisted share as a line.`;
  return {
    id: 'ai-share-over-time',
    title: 'AI-assisted share of changes over time',
    description,
    table: 'over-time',
    spec: {
      ...base(description),
      data: { values },
      layer: [
        {
          mark: 'bar',
          encoding: {
            x: periodAxis(r.period),
            y: { field: 'changes', type: 'quantitative', stack: 'zero', title: 'Changes', axis: countAxis },
            color: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['AI-assisted', 'Other'], range: ['#4c78a8', '#c7d3e3'] } },
          },
        },
        {
          transform: [{ filter: "datum.kind === 'AI-assisted' && datum.share !== null" }],
          mark: { type: 'line', point: true, color: '#e45756' },
          encoding: { x: periodAxis(r.period), y: { field: 'share', type: 'quantitative', title: 'AI share', axis: { format: '.0%' }, scale: { domain: [0, 1] } } },
        },
      ],
      resolve: { scale: { y: 'independent' } },
    },
  };
}

function byToolChart(r: OrgReport): Chart {
  const description = `Share of all changes per ${r.period} that each AI tool took part in.`;
  return {
    id: 'ai-share-by-tool',
    title: 'AI-assisted share by tool',
    description,
    table: 'over-time-by-tool',
    spec: {
      ...base(description),
      data: { values: r.overTimeByTool },
      mark: { type: 'line', point: true },
      encoding: {
        x: periodAxis(r.period),
        y: { field: 'share', type: 'quantitative', title: 'Share of changes', axis: { format: '.0%' } },
        color: { field: 'tool', type: 'nominal', title: 'Tool' },
      },
    },
  };
}

function byRepositoryChart(r: OrgReport): Chart {
  const rows = r.repositories.filter((x) => x.changes > 0).slice(0, TOP);
  const description = `AI-assisted share of changes in the ${rows.length} repositories with the most changes.`;
  return {
    id: 'ai-share-by-repository',
    title: 'AI-assisted share by repository',
    description,
    table: 'repositories',
    spec: {
      ...base(description, STEP),
      data: { values: rows },
      mark: 'bar',
      encoding: {
        y: { field: 'repository', type: 'nominal', sort: '-x', title: null },
        x: { field: 'share', type: 'quantitative', title: 'AI share of changes', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
        color: { value: '#4c78a8' },
      },
    },
  };
}

function signoffChart(r: OrgReport): Chart {
  const kinds = [
    ['signedOff', 'Signed off'],
    ['missingSignoff', 'Sign-off missing'],
    ['notRequired', 'Not required'],
    ['notApplicable', 'No request'],
  ] as const;
  const values = r.signoff.flatMap((t) => kinds.map(([key, kind]) => ({ level: t.level, kind, changes: t[key] })));
  const bypass = r.signoff.map((t) => ({ level: t.level, kind: 'Merged without passing', bypassed: t.bypassed }));
  const description = 'AI-assisted changes per risk level by sign-off, with the changes merged without passing as diamonds.';
  return {
    id: 'signoff-by-risk',
    title: 'How AI-assisted changes were signed off, by risk level',
    description,
    table: 'signoff',
    spec: {
      ...base(description, STEP),
      layer: [
        {
          data: { values },
          mark: 'bar',
          encoding: {
            y: { field: 'level', type: 'ordinal', sort: LEVELS, title: 'Risk level' },
            x: { field: 'changes', type: 'quantitative', stack: 'zero', title: 'AI-assisted changes', axis: countAxis },
            color: { field: 'kind', type: 'nominal', title: null, scale: { domain: kinds.map((k) => k[1]), range: ['#54a24b', '#e45756', '#bab0ac', '#eeca3b'] } },
          },
        },
        {
          data: { values: bypass },
          mark: { type: 'point', filled: true, color: 'black', size: 80 },
          encoding: {
            y: { field: 'level', type: 'ordinal', sort: LEVELS },
            x: { field: 'bypassed', type: 'quantitative' },
            shape: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['Merged without passing'], range: ['diamond'] } },
          },
        },
      ],
    },
  };
}

function waitChart(r: OrgReport): Chart {
  const values = r.signoff.flatMap((t) => [
    { level: t.level, measure: 'median', hours: t.waitHoursMedian },
    { level: t.level, measure: '90th percentile', hours: t.waitHoursP90 },
  ]).filter((v) => v.hours !== null);
  const description = 'Hours AI-assisted changes waited for the sign-off they needed, median and 90th percentile, per risk level.';
  return {
    id: 'signoff-wait',
    title: 'How long AI-assisted changes waited for sign-off',
    description,
    table: 'signoff',
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'level', type: 'ordinal', sort: LEVELS, title: 'Risk level' },
        yOffset: { field: 'measure' },
        x: { field: 'hours', type: 'quantitative', title: 'Hours' },
        color: { field: 'measure', type: 'nominal', title: null, scale: { domain: ['median', '90th percentile'], range: ['#4c78a8', '#9ecae9'] } },
      },
    },
  };
}

function approversChart(r: OrgReport): Chart {
  const top = r.approvers.slice(0, TOP);
  const values = top.flatMap((a) => LEVELS.map((level) => ({ login: a.login, level, changes: a.byLevel[level] })).filter((v) => v.changes > 0));
  const description = `The ${top.length} people whose approvals counted for the most AI-assisted changes, by risk level.`;
  return {
    id: 'approvers',
    title: 'Who signed off AI-assisted changes',
    description,
    table: 'approvers',
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'login', type: 'nominal', sort: top.map((a) => a.login), title: null },
        x: { field: 'changes', type: 'quantitative', stack: 'zero', title: 'AI-assisted changes approved', axis: countAxis },
        color: { field: 'level', type: 'ordinal', title: 'Risk level', scale: { domain: [...LEVELS], range: ['#a1d99b', '#fdae6b', '#e6550d', '#7f0000', '#bdbdbd'] } },
      },
    },
  };
}

function violationsChart(r: OrgReport): Chart {
  const top = r.violations.slice(0, TOP);
  const values = top.flatMap((v) => [
    { rule: v.rule, measure: 'runs', n: v.runs },
    { rule: v.rule, measure: 'open at latest run', n: v.open },
  ]);
  const description = 'Violations by rule: gate runs that reported each, and changes whose latest run still does.';
  return {
    id: 'violations-by-rule',
    title: 'Violations by rule',
    description,
    table: 'violations',
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'rule', type: 'nominal', sort: top.map((v) => v.rule), title: null },
        yOffset: { field: 'measure' },
        x: { field: 'n', type: 'quantitative', title: 'Count', axis: countAxis },
        color: { field: 'measure', type: 'nominal', title: null, scale: { domain: ['runs', 'open at latest run'], range: ['#e45756', '#ff9d98'] } },
      },
    },
  };
}

function violationTrendChart(r: OrgReport): Chart {
  const description = `Gate runs reporting each violation rule per ${r.period}.`;
  return {
    id: 'violations-trend',
    title: 'Violations over time',
    description,
    table: 'violation-trend',
    spec: {
      ...base(description),
      data: { values: r.violationTrend },
      mark: { type: 'line', point: true },
      encoding: { x: periodAxis(r.period), y: { field: 'runs', type: 'quantitative', title: 'Runs', axis: countAxis }, color: { field: 'rule', type: 'nominal', title: 'Rule' } },
    },
  };
}

function waiversChart(r: OrgReport): Chart {
  const top = r.waiverOwners.slice(0, TOP);
  const states = [
    ['expiringSoon', 'expiring soon'],
    ['expired', 'expired'],
    ['active', 'active'],
  ] as const;
  const values = top.flatMap((o) => states.map(([key, state]) => ({ owner: o.owner, state, waivers: o[key] })).filter((v) => v.waivers > 0));
  const description = 'Waivers per owner: expiring soon, expired and active.';
  return {
    id: 'waivers-by-owner',
    title: 'Waivers by owner and expiry',
    description,
    table: 'waiver-owners',
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'owner', type: 'nominal', sort: top.map((o) => o.owner), title: null },
        x: { field: 'waivers', type: 'quantitative', stack: 'zero', title: 'Waivers', axis: countAxis },
        color: { field: 'state', type: 'nominal', title: null, scale: { domain: states.map((s) => s[1]), range: ['#f58518', '#e45756', '#54a24b'] } },
      },
    },
  };
}

function findingsChart(r: OrgReport): Chart {
  const top = r.findingsByTool.slice(0, TOP);
  const severities = Object.keys(SEVERITY_COLOURS) as Array<keyof typeof SEVERITY_COLOURS>;
  const values = top.flatMap((t) => severities.map((severity) => ({ tool: t.tool, severity, findings: t[severity] })).filter((v) => v.findings > 0));
  const description = 'Scanner findings over the policy threshold, per scanner and severity, at each change\'s latest run.';
  return {
    id: 'findings-by-tool',
    title: 'Findings over threshold by scanner',
    description,
    table: 'findings-by-tool',
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'tool', type: 'nominal', sort: top.map((t) => t.tool), title: null },
        x: { field: 'findings', type: 'quantitative', stack: 'zero', title: 'Findings over threshold', axis: countAxis },
        color: { field: 'severity', type: 'ordinal', title: 'Severity', scale: { domain: severities, range: severities.map((s) => SEVERITY_COLOURS[s]) } },
      },
    },
  };
}

function coverageChart(r: OrgReport): Chart {
  const c = r.coverage;
  const values = [
    { state: 'recent', repositories: c.recent },
    { state: 'stale', repositories: c.stale },
    { state: 'never', repositories: c.never },
  ];
  const description = `Repositories with a gate run in the last ${c.staleDays} days (recent), only before (stale), or none at all (never).`;
  return {
    id: 'coverage',
    title: 'Coverage: repositories without a recent gate run',
    description,
    table: 'coverage',
    spec: {
      ...base(description, STEP),
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'state', type: 'nominal', sort: ['recent', 'stale', 'never'], title: null },
        x: { field: 'repositories', type: 'quantitative', title: 'Repositories', axis: countAxis },
        color: { field: 'state', type: 'nominal', legend: null, scale: { domain: ['recent', 'stale', 'never'], range: ['#54a24b', '#f58518', '#e45756'] } },
      },
    },
  };
}

export function reportCharts(r: OrgReport): Chart[] {
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
    coverageChart(r),
  ];
}
