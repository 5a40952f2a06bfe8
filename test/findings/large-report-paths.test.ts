/**
 * The shortcuts a large report takes give the answers of the plain computation: the over-threshold
 * list is the first hundred of all findings over the limits in the documented order (severity, tool,
 * rule, path, line, message, fingerprint; equal ones in report order), and a finding is a duplicate
 * exactly when an earlier one has the same tool, rule, path, line and fingerprint (or message, when
 * it has no fingerprint).
 */
import fc from 'fast-check';
import { params, testTimeout } from '../fuzz/support/fuzz.js';
import { applyFindingsPolicy } from '../../src/core/findings/apply.js';
import { OVER_THRESHOLD_CAP } from '../../src/core/findings/result.js';
import { SEVERITIES, type Finding, type Severity } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy/parse.js';

const policy = parsePolicy('version: 1\n', 'policy.yml').policy;
const arbFinding = fc
  .record({
    tool: fc.constantFrom('CodeQL', 'Semgrep'),
    rule: fc.constantFrom('r1', 'r2', 'r3'),
    severity: fc.constantFrom<Severity>('critical', 'high', 'medium', 'low'),
    message: fc.constantFrom('m1', 'm2', 'M3'),
    path: fc.option(fc.constantFrom('a.ts', 'b/c.ts', './a.ts'), { nil: undefined }),
    line: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    fingerprint: fc.option(fc.constantFrom('f1', 'f2'), { nil: undefined }),
  })
  .map(({ path, line, fingerprint, ...f }): Finding => ({
    ...f,
    location: { ...(path === undefined ? {} : { path }), ...(line === undefined ? {} : { startLine: line }) },
    ...(fingerprint === undefined ? {} : { fingerprint }),
    suppressed: false,
    baselineState: 'unknown',
    report: 'r.sarif',
  }));

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const clean = (p: string | undefined) => p?.replace(/^\.\//, '');

describe('a large report', () => {
  it('lists the first findings over the limits in order, and drops exactly the duplicates', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 400 }), (findings) => {
        const result = applyFindingsPolicy({ reports: [{ path: 'r.sarif', format: 'sarif', tool: 'x', sha256: '0', results: findings.length, findings }], change: { files: [] }, policy, now: new Date('2026-01-01') });
        const seen = new Set<string>();
        const distinct = findings.filter((f) => {
          const key = JSON.stringify([f.tool, f.rule, clean(f.location.path) ?? '', f.location.startLine ?? '', f.fingerprint === undefined ? ['m', f.message] : ['f', f.fingerprint]]);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        expect(result.duplicates).toBe(findings.length - distinct.length);
        const rank = (s: Severity) => SEVERITIES.indexOf(s);
        // The default policy allows no critical or high finding.
        const over = distinct
          .filter((f) => f.severity === 'critical' || f.severity === 'high')
          .map((f) => ({ tool: f.tool, rule: f.rule, severity: f.severity, message: f.message, path: clean(f.location.path), line: f.location.startLine, fingerprint: f.fingerprint }))
          .sort((a, b) => rank(a.severity) - rank(b.severity) || text(a.tool, b.tool) || text(a.rule, b.rule) || text(a.path ?? '', b.path ?? '') || (a.line ?? 0) - (b.line ?? 0) || text(a.message, b.message) || text(a.fingerprint ?? '', b.fingerprint ?? ''));
        expect(result.overThresholdTotal).toBe(over.length);
        const got = result.overThreshold.map(({ tool, rule, severity, message, path, line, fingerprint }) => ({ tool, rule, severity, message, path, line, fingerprint }));
        expect(got).toEqual(over.slice(0, OVER_THRESHOLD_CAP));
      }),
      params(300),
    );
  }, testTimeout());
});
