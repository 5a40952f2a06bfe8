/**
 * The seeded generator behind the report's volume tests and benchmark: the same seed writes the same
 * bytes, and every record it writes is a real record's shape with only what varies across an
 * organisation changed.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAuditRecords } from '../../bench/generate/audit-records.js';
import { seedRecords, type AuditRecord } from '../helpers/org-report/seed-records.js';

let dir: string;
let seeds: AuditRecord[];
beforeAll(async () => {
  seeds = await seedRecords();
  dir = mkdtempSync(join(tmpdir(), 'gate-generator-'));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
const keys = (v: unknown, prefix = ''): string[] =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).flatMap(([k, c]) => [`${prefix}${k}`, ...keys(c, `${prefix}${k}.`)]) : [];

it('writes the same bytes for the same seed, and others for another', () => {
  const o = { records: 500, repositories: 10 };
  generateAuditRecords(seeds, join(dir, 'a.jsonl'), { ...o, seed: 1 });
  generateAuditRecords(seeds, join(dir, 'b.jsonl'), { ...o, seed: 1 });
  generateAuditRecords(seeds, join(dir, 'c.jsonl'), { ...o, seed: 2 });
  expect(sha(join(dir, 'a.jsonl'))).toBe(sha(join(dir, 'b.jsonl')));
  expect(sha(join(dir, 'a.jsonl'))).not.toBe(sha(join(dir, 'c.jsonl')));
});

it('derives every record from a real one: the same fields, other repositories, times, tools and approvers', () => {
  const made = generateAuditRecords(seeds, join(dir, 'd.jsonl'), { records: 2000, seed: 3, repositories: 20 });
  const records = readFileSync(made.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
  expect(records).toHaveLength(2000);
  const shapes = seeds.map((s) => new Set(keys(s)));
  for (const r of records) {
    const own = keys(r).filter((k) => !k.startsWith('run'));
    expect(shapes.some((shape) => own.every((k) => shape.has(k)))).toBe(true);
  }
  expect(new Set(records.map((r) => r.repository)).size).toBe(20);
  expect(new Set(records.flatMap((r) => r.attribution.tools)).size).toBeGreaterThan(4);
  expect(records.some((r) => r.violations.some((v: { rule: string }) => v.rule === 'bypass'))).toBe(true);
  expect(records.some((r) => r.schemaVersion === 2)).toBe(true);
});
