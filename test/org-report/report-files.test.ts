/**
 * `ai-governance-gate report` through dist/index.js on audit records that real runs of the gate wrote,
 * plus volume derived from them by the seeded generator: files, directories, globs, JSON Lines, gzip,
 * a zip made by the `zip` tool, standard input. Every number is checked against the same numbers
 * computed the plain way from the records (test/helpers/org-report/oracle.ts), and against the CSV
 * files; nothing read is dropped without a word.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateAuditRecords } from '../../bench/generate/audit-records.js';
import { oracle, uniqueRuns } from '../helpers/org-report/oracle.js';
import { readCsv, runReport } from '../helpers/org-report/run-report.js';
import { seedRecords, type AuditRecord } from '../helpers/org-report/seed-records.js';
import { AUDIT_SCHEMA_VERSION } from '../../src/core/render/audit-version.js';

const AS_OF = '2026-07-01';
let dir: string;
/** A version this build does not know yet. */
const NEWER = AUDIT_SCHEMA_VERSION + 1;
let seeds: AuditRecord[];
let all: AuditRecord[];
const lines = (path: string): AuditRecord[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditRecord);

beforeAll(async () => {
  seeds = await seedRecords();
  dir = mkdtempSync(join(tmpdir(), 'gate-org-report-'));
  const input = join(dir, 'in');
  mkdirSync(join(input, 'single', 'nested'), { recursive: true });
  mkdirSync(join(input, 'artifacts'));
  mkdirSync(join(input, 'compressed'));
  // The records exactly as the gate wrote them, one pretty-printed file each.
  seeds.forEach((r, i) => writeFileSync(join(input, 'single', i % 2 ? 'nested' : '', `audit-${i}.json`), JSON.stringify(r, null, 2)));
  generateAuditRecords(seeds, join(input, 'bulk.jsonl'), { records: 1000, seed: 7, repositories: 30, end: new Date('2026-06-28T00:00:00Z'), days: 120 });
  generateAuditRecords(seeds, join(dir, 'more.jsonl'), { records: 300, seed: 8, repositories: 30, end: new Date('2026-06-28T00:00:00Z'), days: 120 });
  writeFileSync(join(input, 'compressed', 'more.jsonl.gz'), gzipSync(readFileSync(join(dir, 'more.jsonl'))));
  // A downloaded artifact as the `zip` tool packs it: the record, the summary and a Code Quality report.
  const art = join(dir, 'artifact');
  mkdirSync(art);
  const zipped = { ...seeds[1]!, timestamp: '2026-05-05T05:05:05.000Z' };
  writeFileSync(join(art, 'ai-governance-audit.json'), JSON.stringify(zipped, null, 2));
  writeFileSync(join(art, 'ai-governance-summary.md'), '## ✅ AI governance gate: PASS\n');
  writeFileSync(join(art, 'ai-governance-codequality.json'), JSON.stringify([{ description: 'x', check_name: 'ai-governance/risk', fingerprint: 'f', severity: 'minor', location: { path: 'a', lines: { begin: 1 } } }]));
  execFileSync('zip', ['-q', '-r', join(input, 'artifacts', 'run-1.zip'), '.'], { cwd: art });
  // The same run again, elsewhere: counted once.
  cpSync(join(input, 'single', 'audit-0.json'), join(input, 'again.json'));
  // Lines that cannot all be read: a good one, broken JSON, a record that cannot be placed, a newer version.
  const newer = { ...seeds[2]!, schemaVersion: NEWER, timestamp: '2026-06-01T00:00:00.000Z', run: { id: 'r-9', attempt: 1 } };
  const unplaced = { ...seeds[3]!, timestamp: undefined };
  writeFileSync(join(input, 'mixed.jsonl'), [JSON.stringify({ ...seeds[4]!, timestamp: '2026-06-02T00:00:00.000Z' }), '{"schemaVersion": 1, "timestamp": ', JSON.stringify(unplaced), JSON.stringify(newer), ''].join('\n'));
  all = [...seeds, ...lines(join(input, 'bulk.jsonl')), ...lines(join(dir, 'more.jsonl')), zipped, seeds[0]!, { ...seeds[4]!, timestamp: '2026-06-02T00:00:00.000Z' }, newer];
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report from files', () => {
  let report: Record<string, any>;
  let stdout: string;
  let stderr: string;
  beforeAll(async () => {
    const res = await runReport(['in/single', 'in/bulk.jsonl', 'in/**/*.gz', 'in/artifacts', 'in/again.json', 'in/mixed.jsonl', '--out', 'out', '--as-of', AS_OF, '--period', 'month'], { cwd: dir, out: 'out' });
    expect(res.code).toBe(0);
    report = res.report!;
    stdout = res.stdout;
    stderr = res.stderr;
  }, 240_000);

  it('counts every document: records, duplicates, other files and problems, and says which could not be read', () => {
    const unique = uniqueRuns(all);
    expect(report.records).toBe(unique.length);
    expect(report.input.duplicates).toBe(all.length - unique.length);
    expect(report.input.duplicates).toBeGreaterThanOrEqual(1);
    expect(report.input.otherFiles).toBe(1);
    expect(report.input.unreadable).toBe(2);
    expect(report.input.problems.map((p: { source: string }) => p.source)).toEqual([expect.stringMatching(/mixed\.jsonl:2$/), expect.stringMatching(/mixed\.jsonl:3$/)]);
    expect(report.input.problems[1].reason).toBe('no "timestamp"');
    expect(report.input.documents).toBe(report.records + report.input.duplicates + report.input.unreadable + report.input.outOfRange);
    expect(report.input.newerSchemaVersions).toEqual([NEWER]);
    expect(report.input.bySchemaVersion[String(NEWER)]).toBe(all.filter((r) => r.schemaVersion === NEWER).length);
    expect(stderr).toMatch(new RegExp(`schema version ${NEWER} are newer`));
    expect(stderr).toMatch(/2 documents could not be read as audit records \(first: .*mixed\.jsonl:2/);
    expect(stdout).toContain(`Read ${unique.length} audit records`);
  });

  it('gives the numbers the records give: changes, AI share by month, tool and repository', () => {
    const o = oracle(uniqueRuns(all));
    expect(report.changes).toBe(o.changes);
    expect(report.aiAssistedChanges).toBe(o.aiAssisted);
    expect(report.aiShare).toBeCloseTo(o.aiAssisted / o.changes, 4);
    const months = Object.fromEntries(report.overTime.filter((p: { changes: number }) => p.changes > 0).map((p: any) => [p.period, { changes: p.changes, aiAssisted: p.aiAssisted }]));
    expect(months).toEqual(o.byMonth);
    expect(Object.fromEntries(report.tools.map((t: any) => [t.tool, t.changes]))).toEqual(o.byTool);
    for (const r of report.repositories) {
      const expected = o.byRepository[r.repository]!;
      expect([r.repository, r.runs, r.changes, r.aiAssisted, r.lastRun]).toEqual([r.repository, expected.runs, expected.changes, expected.aiAssisted, expected.lastRun]);
    }
    expect(report.repositories).toHaveLength(Object.keys(o.byRepository).length);
  });

  it('says how AI-assisted changes were signed off per risk level, who approved, and what merged without passing', () => {
    const o = oracle(uniqueRuns(all));
    const tiers = Object.fromEntries(report.signoff.map((t: any) => [t.level, { aiChanges: t.aiChanges, signedOff: t.signedOff, missingSignoff: t.missingSignoff, notRequired: t.notRequired, notApplicable: t.notApplicable, bypassed: t.bypassed }]));
    expect(tiers).toEqual(o.signoff);
    expect(Object.fromEntries(report.approvers.map((a: any) => [a.login, a.changes]))).toEqual(o.approvers);
    expect(report.bypasses.changes).toBe(o.bypassChanges);
    expect(o.bypassChanges).toBeGreaterThan(0);
    // Waits are known where approvals carry a time: each tier's median lies within its own waits.
    const known = report.signoff.filter((t: any) => t.waits > 0);
    expect(known.length).toBeGreaterThan(0);
    for (const t of known) expect(t.waitHoursMedian).toBeLessThanOrEqual(t.waitHoursP90);
  });

  it('lists violations by rule (runs and still open) and their trend, waivers by owner and expiry, and coverage', () => {
    const o = oracle(uniqueRuns(all));
    expect(Object.fromEntries(report.violations.map((v: any) => [v.rule, v.runs]))).toEqual(o.violationRuns);
    expect(Object.fromEntries(report.violations.filter((v: any) => v.open > 0).map((v: any) => [v.rule, v.open]))).toEqual(o.violationOpen);
    const trend: Record<string, number> = {};
    for (const t of report.violationTrend) trend[t.rule] = (trend[t.rule] ?? 0) + t.runs;
    expect(trend).toEqual(o.violationRuns);
    expect(report.waivers.map((w: any) => `${w.repository}|${w.owner}|${w.expires}`).sort()).toEqual(o.waivers);
    const days = (d: string) => Math.round((Date.parse(`${d}T00:00:00Z`) - Date.parse(`${AS_OF}T00:00:00Z`)) / 86_400_000);
    for (const w of report.waivers) {
      expect(w.daysLeft).toBe(days(w.expires));
      expect(w.state).toBe(w.daysLeft < 0 ? 'expired' : w.daysLeft <= 14 ? 'expiring-soon' : 'active');
    }
    // Expiring soon first.
    const order = report.waivers.map((w: any) => w.state);
    expect(order.indexOf('expiring-soon')).toBe(0);
    expect(order.lastIndexOf('expiring-soon')).toBeLessThan(order.indexOf('expired'));
    for (const c of report.coverage.repositories) {
      const last = o.byRepository[c.repository]!.lastRun;
      const age = Math.floor((Date.parse(`${AS_OF}T00:00:00Z`) - Date.parse(last)) / 86_400_000);
      expect([c.repository, c.state]).toEqual([c.repository, age > 30 ? 'stale' : 'recent']);
    }
    // Findings over threshold come from the real ESLint run: the scanner is named.
    expect(report.findingsByTool.map((f: any) => f.tool)).toContain('ESLint');
  });

  it('writes the same numbers as CSV, and each chart as a Vega-Lite specification and as SVG in one page', () => {
    const out = join(dir, 'out');
    const overTime = readCsv(join(out, 'over-time.csv'));
    expect(overTime.map((r) => [r.period, Number(r.changes), Number(r.aiAssisted)])).toEqual(report.overTime.map((p: any) => [p.period, p.changes, p.aiAssisted]));
    expect(readCsv(join(out, 'tools.csv')).map((r) => [r.tool, Number(r.changes)])).toEqual(report.tools.map((t: any) => [t.tool, t.changes]));
    expect(readCsv(join(out, 'waivers.csv')).map((r) => r.expires)).toEqual(report.waivers.map((w: any) => w.expires));
    expect(report.charts).toHaveLength(11);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const c of report.charts) {
      expect(existsSync(join(out, 'charts', `${c.id}.vl.json`))).toBe(true);
      // Each chart's figure holds its SVG, then its table, before the figure closes.
      const start = html.indexOf(`<figure class="chart" id="chart-${c.id}"`);
      const end = html.indexOf('</figure>', start);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(start);
      const figure = html.slice(start, end);
      expect(figure).toMatch(/<svg[^]*<\/svg>[^]*<table/);
    }
    // One file, nothing fetched: no script, no stylesheet link, no reference that is not in the page.
    expect(html).not.toMatch(/<script|<link|@import|<iframe/i);
    for (const m of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) expect(m[1]).toMatch(/^(#|data:)/);
    const csvs = readdirSync(out).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(12);
  });
});

describe('report options and inputs', () => {
  it('keeps to --since/--until and counts what it left out', async () => {
    const res = await runReport(['in/bulk.jsonl', '--out', 'ranged', '--since', '2026-04-01', '--until', '2026-04-30', '--as-of', AS_OF], { cwd: dir, out: 'ranged' });
    expect(res.code).toBe(0);
    const bulk = lines(join(dir, 'in', 'bulk.jsonl'));
    const inside = uniqueRuns(bulk, { since: '2026-04-01', until: '2026-05-01' });
    expect(res.report!.records).toBe(inside.length);
    expect(res.report!.input.outOfRange).toBe(bulk.length - inside.length);
    expect(res.report!.range).toEqual(expect.objectContaining({ since: '2026-04-01', until: '2026-04-30' }));
  });

  it('reads JSON Lines from standard input and saves every record it read for a warehouse', async () => {
    const text = readFileSync(join(dir, 'more.jsonl'), 'utf8');
    const res = await runReport(['-', '--out', 'piped', '--save-records', 'piped/records.jsonl', '--as-of', AS_OF], { cwd: dir, out: 'piped', input: text });
    expect(res.code).toBe(0);
    expect(res.report!.records).toBe(uniqueRuns(lines(join(dir, 'more.jsonl'))).length);
    expect(lines(join(dir, 'piped', 'records.jsonl'))).toEqual(lines(join(dir, 'more.jsonl')));
  });

  it('escapes what records say, in the page and in the CSV files', async () => {
    const hostile: AuditRecord = { ...seeds[2]!, repository: '<script>alert(1)</script>', timestamp: '2026-06-10T00:00:00.000Z' };
    hostile.oversight = structuredClone(hostile.oversight);
    hostile.oversight.required[0].counted = [{ login: '=cmd|"/C calc"!A0', via: 'user' }];
    hostile.oversight.satisfied = true;
    hostile.oversight.required[0].satisfied = true;
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostile));
    const res = await runReport(['hostile.json', '--out', 'hostile'], { cwd: dir, out: 'hostile' });
    expect(res.code).toBe(0);
    const html = readFileSync(join(dir, 'hostile', 'report.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const approvers = readFileSync(join(dir, 'hostile', 'approvers.csv'), 'utf8');
    expect(approvers).toContain(`"'=cmd|""/C calc""!A0"`);
  });

  it.each([
    [['nowhere.json', '--out', 'x'], /nowhere\.json does not exist/],
    [['in/**/*.none', '--out', 'x'], /No file matches in\/\*\*\/\*\.none/],
    [['in/bulk.jsonl'], /report needs --out DIR/],
    [['in/bulk.jsonl', '--out', 'x', '--since', '2026-13-45'], /--since must be a date/],
    [['in/bulk.jsonl', '--out', 'x', '--days', '7', '--since', '2026-01-01'], /--days or --since, not both/],
    [['--out', 'x'], /report needs audit records/],
    [['in/bulk.jsonl', '--out', 'x', '--github-org', 'acme'], /needs a token in GITHUB_TOKEN or GH_TOKEN/],
    [['in/bulk.jsonl', '--out', 'x', '--colour'], /Unknown option '--colour'/],
  ])('stops with exit 2 and says what to do: %j', async (args, message) => {
    const res = await runReport(args, { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).toMatch(/→ /);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its options with --help', async () => {
    const res = await runReport(['--help'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Usage: ai-governance-gate report/);
    for (const flag of ['--out', '--github-org', '--gitlab-group', '--since', '--save-records']) expect(res.stdout).toContain(flag);
  });
});
