/**
 * The report's pure parts: reading a record tolerantly (version 1 as the baseline, later fields when
 * present), calendar buckets, the discrete quantile, CSV that a spreadsheet cannot turn into a formula,
 * and HTML that escapes what came from a record.
 */
import { readFacts, looksLikeRecord } from '../../src/core/org-report/facts.js';
import { isoWeek, month, periodRange } from '../../src/core/org-report/periods.js';
import { quantileDisc } from '../../src/core/org-report/stats.js';
import { toCsv } from '../../src/core/org-report/csv.js';
import { escapeHtml } from '../../src/core/org-report/html.js';
import { seedRecords, type AuditRecord } from '../helpers/org-report/seed-records.js';

let seeds: AuditRecord[];
beforeAll(async () => {
  seeds = await seedRecords();
}, 180_000);

const clone = <T>(x: T): T => structuredClone(x);

describe('reading a record', () => {
  it('reads every record real runs of the gate wrote', () => {
    for (const r of seeds) {
      const out = readFacts(r);
      expect(out.ok).toBe(true);
      if (!out.ok) continue;
      expect(out.facts.repository).toBe(r.repository);
      expect(out.facts.at).toBe(Date.parse(r.timestamp));
      expect(out.facts.aiAssisted).toBe(r.attribution.aiAssisted);
      expect(out.facts.tools).toEqual(r.attribution.tools);
      expect(out.facts.riskLevel).toBe(r.risk.level);
      expect(out.facts.violations).toEqual([...new Set(r.violations.map((v: { rule: string }) => v.rule))]);
      expect(out.facts.signoff.satisfied).toBe(r.oversight.satisfied);
    }
  });

  it('finds when the sign-off was complete: the needed-th counted approval of each tier', () => {
    const signed = seeds.find((r) => r.oversight.required.some((q: { needed: number }) => q.needed === 2) && r.oversight.satisfied)!;
    const out = readFacts(signed);
    if (!out.ok) throw new Error(out.reason);
    const times = signed.request.approvals.map((a: { at: string }) => Date.parse(a.at)).sort((a: number, b: number) => a - b);
    // Two approvals needed: complete when the second one came.
    expect(out.facts.signoff.satisfiedAt).toBe(times[1]);
  });

  it('reads a record of a later version with the fields it knows, and uses the fields later versions add', () => {
    const r = clone(seeds.find((x) => x.attribution.aiAssisted && x.request)!);
    r.schemaVersion = 2;
    r.run = { id: 123, attempt: 2, url: 'https://ci.example/runs/123' };
    r.commits = [{ sha: 'a', authorDate: '2026-01-02T03:04:05Z' }, { sha: 'b', authorDate: '2026-01-01T00:00:00Z' }];
    r.attribution.models = ['claude-sonnet-4'];
    r.attribution.commits[0].evidence[0].model = 'claude-opus-4';
    r.waivers = [{ owner: 'risk-office', expires: '2026-09-30', rule: 'X1', excused: [{}, {}] }];
    r.somethingNew = { shape: 'unknown to this version' };
    const out = readFacts(r);
    if (!out.ok) throw new Error(out.reason);
    expect(out.facts.schemaVersion).toBe(2);
    expect(out.facts.startedAt).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(out.facts.models.sort()).toEqual(['claude-opus-4', 'claude-sonnet-4']);
    expect(out.facts.waivers).toContainEqual(expect.objectContaining({ owner: 'risk-office', expires: '2026-09-30', matcher: 'rule X1', excused: 2 }));
    // The run identity tells two runs at the same time apart.
    const again = clone(r);
    again.run.attempt = 3;
    const other = readFacts(again);
    expect(other.ok && other.facts.runKey).not.toBe(out.facts.runKey);
  });

  it('says why a document cannot be placed instead of guessing', () => {
    const r = clone(seeds[0]!);
    delete r.timestamp;
    expect(readFacts(r)).toEqual({ ok: false, reason: 'no "timestamp"' });
    const s = clone(seeds[0]!);
    s.timestamp = 'yesterday';
    expect(readFacts(s)).toEqual({ ok: false, reason: '"timestamp" is not an ISO-8601 time' });
    const t = clone(seeds[0]!);
    delete t.repository;
    expect(readFacts(t)).toEqual({ ok: false, reason: 'no "repository"' });
    expect(readFacts([1, 2])).toEqual({ ok: false, reason: 'not a JSON object' });
    expect(readFacts({ tool: { name: 'eslint' }, timestamp: '2026-01-01T00:00:00Z' })).toEqual({ ok: false, reason: 'not an audit record of ai-governance-gate' });
  });

  it('tells records from the other JSON files an artifact holds', () => {
    expect(seeds.every(looksLikeRecord)).toBe(true);
    expect(looksLikeRecord([{ description: 'a Code Quality issue', check_name: 'x' }])).toBe(false);
    expect(looksLikeRecord({ version: '2.1.0', runs: [] })).toBe(false);
  });

  it('survives any field of a real record replaced by a value of another type', () => {
    const r = seeds.find((x) => x.findings)!;
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]): void => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
    };
    walk(r, []);
    for (const path of paths.slice(1)) {
      for (const replacement of [null, 7, 'text', [], {}]) {
        const copy = clone(r);
        let at: any = copy;
        for (const k of path.slice(0, -1)) at = at[k];
        at[path[path.length - 1]!] = replacement;
        const out = readFacts(copy);
        if (!out.ok) expect(['timestamp', 'repository', 'tool', 'name', 'schemaVersion']).toContain(path[path.length - 1]);
      }
    }
  });
});

describe('calendar buckets', () => {
  it('numbers ISO weeks as the standard does at year boundaries', () => {
    // 1 January 2021 was a Friday: it belongs to the last week of 2020, which had 53 weeks.
    expect(isoWeek(Date.parse('2021-01-01T12:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(Date.parse('2021-01-04T00:00:00Z'))).toBe('2021-W01');
    // 29 December 2025 was a Monday in the week holding 1 January 2026 (a Thursday): week 1 of 2026.
    expect(isoWeek(Date.parse('2025-12-29T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(Date.parse('2025-12-28T23:59:59Z'))).toBe('2025-W52');
    expect(month(Date.parse('2026-02-28T23:59:59Z'))).toBe('2026-02');
  });

  it('lists every bucket between two times, gaps included', () => {
    expect(periodRange('month', Date.parse('2025-11-20T00:00:00Z'), Date.parse('2026-02-02T00:00:00Z'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const weeks = periodRange('week', Date.parse('2025-12-24T00:00:00Z'), Date.parse('2026-01-14T00:00:00Z'));
    expect(weeks).toEqual(['2025-W52', '2026-W01', '2026-W02', '2026-W03']);
  });
});

describe('quantiles', () => {
  it('picks the ⌈n·q⌉-th smallest value (nearest rank)', () => {
    expect(quantileDisc([], 0.5)).toBeNull();
    expect(quantileDisc([5], 0.9)).toBe(5);
    expect(quantileDisc([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantileDisc([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantileDisc([1, 2, 3], 0.9)).toBe(3);
    expect(quantileDisc([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });
});

describe('CSV and HTML escaping', () => {
  it('quotes what needs quoting and disarms formulas, but leaves numbers alone', () => {
    const csv = toCsv({
      id: 't',
      caption: 'c',
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [
        { a: '=HYPERLINK("http://x","y")', b: -3 },
        { a: 'plain, with "quotes"\nand a line', b: null },
        { a: '@SUM(1)', b: true },
      ],
    });
    expect(csv).toBe('a,b\r\n"\'=HYPERLINK(""http://x"",""y"")",-3\r\n"plain, with ""quotes""\nand a line",\r\n\'@SUM(1),true\r\n');
  });

  it('escapes markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });
});
