/**
 * `report --threads N` reads the input in N worker threads — whole files and byte ranges of JSON Lines
 * files — and merges what they folded. Every file it writes must be byte for byte what one thread
 * reading everything writes (`--threads 1`), whatever the cuts: duplicates read by two threads, the
 * latest run of a change at a tie, waivers last seen, unreadable lines named by file and line, newer
 * schema versions. All through dist/, where the worker script ships.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateAuditRecords } from '../../bench/generate/audit-records.js';
import { runReport } from '../helpers/org-report/run-report.js';
import { seedRecords, type AuditRecord } from '../helpers/org-report/seed-records.js';
import { AUDIT_SCHEMA_VERSION } from '../../src/core/render/audit-version.js';

const AS_OF = '2026-07-01';
const FALLBACK_NOTE = /read again in one thread/;
let dir: string;
let seeds: AuditRecord[];

/** Every file under an output directory, the one line that says when it was made left out. */
function outputs(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(out, full), readFileSync(full, 'utf8').replace(/"generatedAt": ?"[^"]*"/g, '"generatedAt"').replace(/generated [^<]*\d{2}:\d{2}[^<]*/g, 'generated'));
    }
  };
  walk(out);
  return files;
}

async function reportWith(args: string[], threads: number, out: string): Promise<{ files: Map<string, string>; stderr: string; report: Record<string, any> }> {
  const res = await runReport([...args, '--out', out, '--as-of', AS_OF, '--period', 'month', '--threads', String(threads)], { cwd: dir, out });
  expect(res.code).toBe(0);
  return { files: outputs(join(dir, out)), stderr: res.stderr, report: res.report! };
}

/** The 1-based line numbers of the lines of `text` for which `pick` holds. */
function lineNumbers(text: string, pick: (line: string) => boolean): number[] {
  return text
    .split('\n')
    .map((l, i) => (pick(l) ? i + 1 : 0))
    .filter((n) => n > 0);
}

let brokenLines: number[];

beforeAll(async () => {
  seeds = await seedRecords();
  dir = mkdtempSync(join(tmpdir(), 'gate-org-report-parallel-'));
  const input = join(dir, 'in');
  mkdirSync(join(input, 'single'), { recursive: true });
  mkdirSync(join(input, 'compressed'));
  seeds.forEach((r, i) => writeFileSync(join(input, 'single', `audit-${i}.json`), JSON.stringify(r, null, 2)));
  generateAuditRecords(seeds, join(input, 'bulk.jsonl'), { records: 600, seed: 21, repositories: 12, end: new Date('2026-06-28T00:00:00Z'), days: 90 });
  generateAuditRecords(seeds, join(dir, 'more.jsonl'), { records: 200, seed: 22, repositories: 12, end: new Date('2026-06-28T00:00:00Z'), days: 90 });
  writeFileSync(join(input, 'compressed', 'more.jsonl.gz'), gzipSync(readFileSync(join(dir, 'more.jsonl'))));
  // The whole bulk file again under another name: every run in it is read twice, mostly by two threads.
  cpSync(join(input, 'bulk.jsonl'), join(input, 'bulk-again.jsonl'));
  cpSync(join(input, 'single', 'audit-0.json'), join(input, 'again.json'));
  // Deep in a long file, lines that cannot be read (in a later thread's range), CRLF ends and blank lines,
  // and records of a newer schema version.
  const bulk = readFileSync(join(input, 'bulk.jsonl'), 'utf8').split('\n').filter(Boolean);
  const newer = (l: string, i: number): string => JSON.stringify({ ...(JSON.parse(l) as AuditRecord), schemaVersion: AUDIT_SCHEMA_VERSION + 1, run: { id: `newer-${i}`, attempt: 1 } });
  const mixed = bulk.flatMap((l, i) => {
    if (i % 150 === 149) return [l, '{"schemaVersion": 1, "timestamp": ', ''];
    if (i % 100 === 7) return [`${newer(l, i)}\r`];
    return [l];
  });
  const mixedText = `${mixed.join('\n')}\nnot json at the very end`;
  writeFileSync(join(input, 'mixed.jsonl'), mixedText);
  brokenLines = lineNumbers(mixedText, (l) => l.startsWith('{"schemaVersion": 1, "timestamp": ') || l.startsWith('not json'));
  // One change's runs at the same instant under different run keys, in files read by different
  // threads, in both orders: the run key breaks the tie, not the order of reading.
  const tie = (id: string): AuditRecord => ({ ...seeds[2]!, repository: 'acme/tied', timestamp: '2026-06-20T10:00:00.000Z', request: { ...seeds[2]!.request, number: 77 }, decision: `decided-${id}`, run: { id, attempt: 1 } });
  writeFileSync(join(input, 'tie-a.jsonl'), `${JSON.stringify(tie('a'))}\n${JSON.stringify(tie('b'))}\n`);
  writeFileSync(join(input, 'tie-b.jsonl'), `${JSON.stringify(tie('b'))}\n${JSON.stringify(tie('c'))}\n${JSON.stringify(tie('a'))}\n`);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report in threads', () => {
  const args = ['in/single', 'in/bulk.jsonl', 'in/compressed', 'in/tie-a.jsonl', 'in/mixed.jsonl', 'in/bulk-again.jsonl', 'in/again.json', 'in/tie-b.jsonl'];
  let one: Awaited<ReturnType<typeof reportWith>>;
  beforeAll(async () => {
    one = await reportWith(args, 1, 'one');
  }, 240_000);

  it.each([2, 3, 8])('writes with %i threads exactly what one thread writes', async (threads) => {
    const many = await reportWith(args, threads, `threads-${threads}`);
    expect(many.stderr).not.toMatch(FALLBACK_NOTE);
    expect([...many.files.keys()]).toEqual([...one.files.keys()]);
    for (const [name, text] of one.files) expect([name, many.files.get(name)]).toEqual([name, text]);
  }, 240_000);

  it('counts each run once, names each broken line by its line in the file, and keeps newer versions', () => {
    const bulk = readFileSync(join(dir, 'in', 'bulk.jsonl'), 'utf8').split('\n').filter(Boolean);
    // Every bulk run again, the seed read again, and the tied change's runs b and a again.
    expect(one.report.input.duplicates).toBeGreaterThanOrEqual(bulk.length + 1 + 2);
    expect(one.report.input.problems.map((p: { source: string }) => p.source)).toEqual(brokenLines.map((n) => `${join(dir, 'in', 'mixed.jsonl')}:${n}`));
    expect(brokenLines.length).toBe(5);
    expect(one.report.input.newerSchemaVersions).toEqual([AUDIT_SCHEMA_VERSION + 1]);
  });

  it('reads a file cut into more ranges than it has lines', async () => {
    const many = await reportWith(['in/tie-a.jsonl', 'in/tie-b.jsonl'], 16, 'tiny-16');
    const single = await reportWith(['in/tie-a.jsonl', 'in/tie-b.jsonl'], 1, 'tiny-1');
    expect(many.files).toEqual(single.files);
    expect(single.report.records).toBe(3);
  }, 240_000);

  it('reads the input again in one thread when the same run key holds different records in two threads, and says so', async () => {
    const twin = { ...seeds[1]!, timestamp: '2026-06-21T00:00:00.000Z', run: { id: 'twin', attempt: 1 } };
    writeFileSync(join(dir, 'in', 'twin-a.jsonl'), `${JSON.stringify(twin)}\n`);
    writeFileSync(join(dir, 'in', 'twin-b.jsonl'), `${JSON.stringify({ ...twin, decision: 'a different record' })}\n`);
    const inputs = ['in/twin-a.jsonl', 'in/bulk.jsonl', 'in/twin-b.jsonl'];
    const many = await reportWith(inputs, 2, 'twin-2');
    const single = await reportWith(inputs, 1, 'twin-1');
    expect(many.stderr).toMatch(FALLBACK_NOTE);
    expect(single.stderr).not.toMatch(FALLBACK_NOTE);
    expect(many.files).toEqual(single.files);
  }, 240_000);

  it('stops with exit 2 on a thread count that is not a whole number of at least 1', async () => {
    const res = await runReport(['in/bulk.jsonl', '--out', 'x', '--threads', '0'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--threads must be a whole number of at least 1/);
  });
});
