/**
 * The findings evaluation against a plain model of what the README and the policy promise, on random
 * reports: every finding in exactly one state (suppressed, absent, duplicate, waived, in or out of scope),
 * duplicates by the documented identity, waivers that count while expired but excuse nothing, per-tool
 * limits matched without case, and the first hundred over the limits, in the documented order. The model
 * walks the findings one by one, keys each duplicate by its whole identity and sorts every list whole;
 * the evaluation does none of that, so the two agree only if its fast paths keep the meaning.
 */
import fc from 'fast-check';
import { applyFindingsPolicy } from '../../src/core/findings/apply.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import type { Finding, Severity } from '../../src/core/model.js';
import { SEVERITIES } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { zeroCounts } from '../../src/core/findings/result.js';
import { params, testTimeout } from './support/fuzz.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const CAP = 100;

interface WaiverSpec {
  rule?: string;
  tool?: string;
  fingerprint?: string;
  expired: boolean;
}

// Small pools, so identities, waivers and limits collide often.
const finding: fc.Arbitrary<Finding> = fc
  .record({
    tool: fc.constantFrom('Scanner', 'scanner', 'Other'),
    rule: fc.constantFrom('R1', 'R2', 'R3'),
    severity: fc.constantFrom<Severity>(...SEVERITIES),
    message: fc.constantFrom('problem', 'problem 2', 'another problem'),
    path: fc.option(fc.constantFrom('a.ts', 'src/b.ts'), { nil: undefined }),
    line: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    fingerprint: fc.option(fc.constantFrom('f1', 'f2', 'f3'), { nil: undefined }),
    suppressed: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    baselineState: fc.constantFrom<Finding['baselineState']>('unknown', 'new', 'unchanged', 'updated', 'absent'),
  })
  .map(({ path, line, fingerprint, ...f }) => {
    const out: Finding = { ...f, location: {}, report: 'r.sarif' };
    if (path !== undefined) out.location.path = path;
    if (line !== undefined) out.location = { ...out.location, startLine: line, endLine: line };
    if (fingerprint !== undefined) out.fingerprint = fingerprint;
    return out;
  });

const waiver: fc.Arbitrary<WaiverSpec> = fc
  .record({
    rule: fc.option(fc.constantFrom('R1', 'R2'), { nil: undefined }),
    tool: fc.option(fc.constantFrom('scanner', 'OTHER'), { nil: undefined }),
    fingerprint: fc.option(fc.constantFrom('f1', 'f2'), { nil: undefined }),
    expired: fc.boolean(),
  })
  .filter((w) => w.rule !== undefined || w.tool !== undefined || w.fingerprint !== undefined);

const limits = fc.dictionary(fc.constantFrom<Severity>(...SEVERITIES), fc.integer({ min: 0, max: 12 }));

function identity(f: Finding): string {
  return JSON.stringify([f.tool, f.rule, f.location.path ?? '', f.location.startLine ?? '', f.fingerprint ?? null, f.fingerprint === undefined ? f.message : null]);
}

function matches(w: WaiverSpec, f: Finding): boolean {
  return (w.rule === undefined || w.rule === f.rule) && (w.fingerprint === undefined || w.fingerprint === f.fingerprint) && (w.tool === undefined || w.tool.toLowerCase() === f.tool.toLowerCase());
}

/** The documented order of every list of findings: most severe first, then tool, rule, path, line, message, fingerprint. */
function listOrder(a: Finding, b: Finding): number {
  const text = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    text(a.tool, b.tool) ||
    text(a.rule, b.rule) ||
    text(a.location.path ?? '', b.location.path ?? '') ||
    (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
    text(a.message, b.message) ||
    text(a.fingerprint ?? '', b.fingerprint ?? '')
  );
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c = zeroCounts();
  for (const f of findings) c[f.severity] += 1;
  return c;
}

/** What the evaluation must give, the slow and obvious way. */
function model(findings: readonly Finding[], waivers: readonly WaiverSpec[], scope: 'all' | 'new', max: Partial<Record<Severity, number>>, toolMax: Partial<Record<Severity, number>>) {
  const active = findings.filter((f) => !f.suppressed && f.baselineState !== 'absent');
  const distinct: Finding[] = [];
  const seen = new Set<string>();
  for (const f of active) {
    if (seen.has(identity(f))) continue;
    seen.add(identity(f));
    distinct.push(f);
  }
  const matched = waivers.map((w) => distinct.filter((f) => matches(w, f)).length);
  const excused = waivers.map((w) => (w.expired ? [] : distinct.filter((f) => matches(w, f))));
  const isWaived = (f: Finding): boolean => waivers.some((w) => !w.expired && matches(w, f));
  const waived = distinct.filter(isWaived);
  const rest = distinct.filter((f) => !isWaived(f));
  const within = (f: Finding): boolean => scope === 'all' || !(f.baselineState === 'unchanged' || f.baselineState === 'updated');
  const inScope = rest.filter(within);
  const all = counts(inScope);
  const own = counts(inScope.filter((f) => f.tool.toLowerCase() === 'scanner'));
  const over = inScope.filter(
    (f) => (max[f.severity] !== undefined && all[f.severity] > max[f.severity]!) || (f.tool.toLowerCase() === 'scanner' && toolMax[f.severity] !== undefined && own[f.severity] > toolMax[f.severity]!),
  );
  return {
    counts: counts(active),
    duplicates: active.length - distinct.length,
    waived: waived.length,
    inScope: all,
    outOfScope: counts(rest.filter((f) => !within(f))),
    matched,
    excused,
    over,
  };
}

function report(findings: Finding[]): LoadedReport {
  return { path: 'r.sarif', format: 'sarif', tool: 'Scanner', sha256: '0'.repeat(64), results: findings.length, findings };
}

describe('the findings evaluation against a plain model', () => {
  it(
    'agrees on every state, count, waiver and listed finding',
    () => {
      fc.assert(
        fc.property(
          // Up to 600 findings, drawn over the whole range: past the hundred listed, most cases.
          fc.array(finding, { maxLength: 600, size: 'max' }),
          fc.array(waiver, { maxLength: 3 }),
          fc.constantFrom<'all' | 'new'>('all', 'new'),
          limits,
          limits,
          (findings, waivers, scope, max, toolMax) => {
            const policy = parsePolicy(
              JSON.stringify({
                version: 1,
                findings: {
                  scope,
                  max,
                  tools: { Scanner: { max: toolMax } },
                  waivers: waivers.map((w, i) => ({
                    ...(w.rule === undefined ? {} : { rule: w.rule }),
                    ...(w.tool === undefined ? {} : { tool: w.tool }),
                    ...(w.fingerprint === undefined ? {} : { fingerprint: w.fingerprint }),
                    reason: `accepted ${i}`,
                    owner: 'team',
                    expires: w.expired ? '2026-03-01' : '2026-03-20',
                  })),
                },
              }),
              'policy.yml',
            ).policy;
            const r = applyFindingsPolicy({ reports: [report(findings)], change: { files: [] }, policy, now: NOW });
            const m = model(findings, waivers, scope, max, toolMax);

            expect(r.counts).toEqual(m.counts);
            expect(r.duplicates).toBe(m.duplicates);
            expect(r.waived).toBe(m.waived);
            expect(r.inScope).toEqual(m.inScope);
            expect(r.outOfScope).toEqual(m.outOfScope);
            const total = (c: Record<Severity, number>): number => Object.values(c).reduce((a, b) => a + b, 0);
            expect(r.suppressed + r.absent + r.duplicates + r.waived + total(r.inScope) + total(r.outOfScope)).toBe(findings.length);
            expect(r.applied!.map((w) => w.matched)).toEqual(m.matched);
            expect(r.applied!.map((w) => w.excusedTotal)).toEqual(m.excused.map((e) => e.length));
            expect(r.overThresholdTotal).toBe(m.over.length);

            // The first hundred in the documented order; a stable sort keeps equal findings in report order.
            const first = (list: Finding[]) =>
              [...list]
                .sort(listOrder)
                .slice(0, CAP)
                .map((f) => [f.severity, f.tool, f.rule, f.location.path, f.location.startLine, f.message, f.fingerprint]);
            const seen = (list: typeof r.overThreshold) => list.map((l) => [l.severity, l.tool, l.rule, l.path, l.line, l.message, l.fingerprint]);
            expect(seen(r.overThreshold)).toEqual(first(m.over));
            r.applied!.forEach((w, i) => expect(seen(w.excused)).toEqual(first(m.excused[i]!)));
          },
        ),
        params(100),
      );
    },
    testTimeout(),
  );
});
