/**
 * The README's warehouse SQL, run as written in DuckDB (@duckdb/node-api, in process, offline) over the
 * same JSON Lines `report` reads: each query must give the numbers report.json holds. The SQL is taken
 * from the README itself, so the documentation cannot drift from what is tested.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generateAuditRecords } from '../../bench/generate/audit-records.js';
import { projectRoot } from '../helpers/corpus.js';
import { runReport } from '../helpers/org-report/run-report.js';
import { seedRecords } from '../helpers/org-report/seed-records.js';

type Row = Record<string, string | number | boolean | null>;

/** The ```sql blocks of the README's organisation report section, by their first comment line. */
function readmeSql(): Map<string, string> {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Organisation report'), readme.indexOf('\n## ', readme.indexOf('## Organisation report') + 5));
  const blocks = new Map<string, string>();
  for (const m of section.matchAll(/```sql\n([\s\S]*?)```/g)) {
    const first = m[1]!.split('\n')[0]!;
    const key = /^-- (?:report\.json )?(\w+)/.exec(first)![1]!;
    blocks.set(key, m[1]!);
  }
  return blocks;
}

let dir: string;
let report: Record<string, any>;
let sql: Map<string, string>;
let db: DuckDBConnection;

async function query(text: string): Promise<Row[]> {
  let rows: Row[] = [];
  for (const statement of text.split(/;\s*\n/).filter((s) => s.trim())) rows = (await db.runAndReadAll(statement)).getRowObjectsJson() as Row[];
  return rows;
}

const num = (v: unknown): number => Number(v);

beforeAll(async () => {
  const seeds = await seedRecords();
  dir = mkdtempSync(join(tmpdir(), 'gate-warehouse-'));
  const path = join(dir, 'records.jsonl');
  generateAuditRecords(seeds, path, { records: 1000, seed: 5, repositories: 25, end: new Date('2026-06-28T00:00:00Z'), days: 200 });
  // The real records too, and one of them twice: the SQL must count it once, as the report does.
  writeFileSync(path, [...seeds, seeds[0]!].map((r) => JSON.stringify(r)).join('\n') + '\n', { flag: 'a' });
  const res = await runReport(['records.jsonl', '--out', 'out', '--period', 'month', '--as-of', '2026-06-30'], { cwd: dir, out: 'out' });
  expect(res.code).toBe(0);
  report = res.report!;
  sql = readmeSql();
  const instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
  await query(sql.get('load')!.replace("'records.jsonl'", `'${path.replace(/'/g, "''")}'`));
}, 300_000);

afterAll(() => {
  db?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('the README\'s DuckDB SQL gives report.json\'s numbers', () => {
  it('has a query for each metric it claims', () => {
    expect([...sql.keys()].sort()).toEqual(['bypasses', 'load', 'overTime', 'repositories', 'signoff', 'tools', 'violations']);
  });

  it('AI-assisted share of changes per month', async () => {
    const rows = await query(sql.get('overTime')!);
    expect(rows.map((r) => [r.period, num(r.changes), num(r.aiAssisted)])).toEqual(report.overTime.filter((p: any) => p.changes > 0).map((p: any) => [p.period, p.changes, p.aiAssisted]));
  });

  it('AI-assisted changes per tool', async () => {
    const rows = await query(sql.get('tools')!);
    expect(Object.fromEntries(rows.map((r) => [r.tool, num(r.changes)]))).toEqual(Object.fromEntries(report.tools.map((t: any) => [t.tool, t.changes])));
  });

  it('runs, changes and AI-assisted changes per repository', async () => {
    const rows = await query(sql.get('repositories')!);
    const expected = Object.fromEntries(report.repositories.map((r: any) => [r.repository, [r.runs, r.changes, r.aiAssisted]]));
    expect(Object.fromEntries(rows.map((r) => [r.repository, [num(r.runs), num(r.changes), num(r.aiAssisted)]]))).toEqual(expected);
  });

  it('sign-off per risk level', async () => {
    const rows = await query(sql.get('signoff')!);
    const fields = ['aiChanges', 'signedOff', 'missingSignoff', 'notRequired', 'notApplicable', 'bypassed'];
    expect(Object.fromEntries(rows.map((r) => [r.level, fields.map((f) => num(r[f]))]))).toEqual(Object.fromEntries(report.signoff.map((t: any) => [t.level, fields.map((f) => t[f])])));
  });

  it('violations by rule, and changes merged without passing', async () => {
    const rows = await query(sql.get('violations')!);
    expect(Object.fromEntries(rows.map((r) => [r.rule, num(r.runs)]))).toEqual(Object.fromEntries(report.violations.map((v: any) => [v.rule, v.runs])));
    const [bypass] = await query(sql.get('bypasses')!);
    expect([num(bypass!.changes), num(bypass!.aiAssisted)]).toEqual([report.bypasses.changes, report.bypasses.aiAssisted]);
    expect(report.bypasses.changes).toBeGreaterThan(0);
  });
});
