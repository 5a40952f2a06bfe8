/**
 * The aggregator's merge, in one process: records cut into consecutive parts, each folded by its own
 * aggregator as a worker thread folds it, then merged in order, give the report one aggregator gives
 * reading them all — at every cut, with runs repeated across parts and changes whose runs are spread
 * over several parts.
 */
import { OrgAggregator, type AggregateOptions } from '../../src/core/org-report/aggregate.js';
import { summarize } from '../../src/core/org-report/summarize.js';
import { seedRecords, type AuditRecord } from '../helpers/org-report/seed-records.js';

let records: unknown[];
const SUMMARY = { title: 't', generatedAt: new Date('2026-07-01T00:00:00Z'), asOf: new Date('2026-07-01T00:00:00Z'), period: 'month' as const, staleDays: 30 };

beforeAll(async () => {
  const seeds = await seedRecords();
  // The same changes run again later and at the very same instant under another run key, a repeated
  // run, and a repository whose platform changes at a tie.
  const again = seeds.map((r, i) => ({ ...r, timestamp: new Date(Date.parse(r.timestamp) + 60_000 * (i % 3)).toISOString(), run: { id: `again-${i}`, attempt: 1 } }));
  const tied = seeds.slice(0, 4).map((r, i) => ({ ...r, run: { id: `tied-${i}`, attempt: 2 }, decision: `tied-${i}` }));
  records = [...seeds, ...again, seeds[1]!, ...tied, again[2]!, { ...seeds[0]!, platform: 'gitlab', run: { id: 'other-platform', attempt: 1 } }, 'not a record', seeds[3]!];
}, 240_000);

function fold(parts: readonly unknown[][], options: AggregateOptions): OrgAggregator {
  const merged = new OrgAggregator(options);
  for (const [k, part] of parts.entries()) {
    const agg = new OrgAggregator({ ...options, logRuns: true });
    part.forEach((r, i) => agg.add(r, `part-${k}:${i + 1}`));
    // As a worker sends it: a structured copy.
    expect(merged.merge(structuredClone(agg.partial()))).toBe(true);
  }
  return merged;
}

function alone(options: AggregateOptions): OrgAggregator {
  const agg = new OrgAggregator(options);
  records.forEach((r, i) => agg.add(r, `all:${i + 1}`));
  return agg;
}

describe('merging parts', () => {
  it('gives the numbers one aggregator gives, at every cut into two and three parts', () => {
    const expected = JSON.stringify(summarize(alone({}), SUMMARY));
    const single = alone({});
    expect(single.duplicates).toBeGreaterThanOrEqual(3);
    for (let cut = 0; cut <= records.length; cut++) {
      const two = fold([records.slice(0, cut), records.slice(cut)], {});
      const report = JSON.parse(JSON.stringify(summarize(two, SUMMARY))) as { input: { problems: unknown } };
      // Problems name their part's lines here; everything else must be the same.
      report.input.problems = JSON.parse(expected).input.problems;
      expect(JSON.stringify(report)).toBe(expected);
      const third = Math.floor((records.length - cut) / 2) + cut;
      const three = fold([records.slice(0, cut), records.slice(cut, third), records.slice(third)], {});
      expect(three.records).toBe(single.records);
      expect(three.duplicates).toBe(single.duplicates);
      expect([...three.changes.states()]).toEqual([...single.changes.states()]);
    }
  });

  it('keeps to the date range, and counts what it left out, across parts', () => {
    const range = { since: Date.parse('2026-01-01T00:00:00Z'), until: Date.parse('2026-06-01T00:00:00Z') };
    const expected = alone(range);
    const merged = fold([records.slice(0, 7), records.slice(7)], range);
    expect([merged.records, merged.outOfRange, merged.duplicates]).toEqual([expected.records, expected.outOfRange, expected.duplicates]);
    expect([...merged.changes.states()]).toEqual([...expected.changes.states()]);
  });

  it('will not merge a part where the same run key holds a different record', () => {
    const merged = new OrgAggregator();
    const a = new OrgAggregator({ logRuns: true });
    a.add(records[0], 'a:1');
    const b = new OrgAggregator({ logRuns: true });
    b.add({ ...(records[0] as AuditRecord), decision: 'changed' }, 'b:1');
    expect(merged.merge(structuredClone(a.partial()))).toBe(true);
    expect(merged.merge(structuredClone(b.partial()))).toBe(false);
    expect(merged.records).toBe(1);
  });
});
