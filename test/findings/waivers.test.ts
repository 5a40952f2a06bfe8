import { applyFindingsPolicy, type ApplyInput } from '../../src/core/findings/apply.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import { daysLeft, waiverMatches } from '../../src/core/findings/waivers.js';
import type { Finding } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import type { Waiver } from '../../src/core/policy/schema.js';

function finding(over: Partial<Finding> & { path?: string; line?: number } = {}): Finding {
  const { path, line, ...rest } = over;
  const location: Finding['location'] = {};
  if (path !== undefined) location.path = path;
  if (line !== undefined) location.startLine = line;
  return { tool: 'CodeQL', rule: 'js/sql-injection', severity: 'high', message: 'query built from user input', location, suppressed: false, baselineState: 'new', report: 'codeql.sarif', ...rest };
}

function report(findings: Finding[]): LoadedReport {
  return { path: 'codeql.sarif', format: 'sarif', tool: 'CodeQL', sha256: '0'.repeat(64), results: findings.length, findings };
}

function waiver(over: Partial<Waiver>): Waiver {
  return { reason: 'input is validated upstream', owner: 'alice', expires: '2026-03-31', ...over };
}

/** `findings` undefined: no report was read at all. */
function run(findings: Finding[] | undefined, waivers: Waiver[], now: string) {
  const policy = parsePolicy(JSON.stringify({ version: 1, findings: { waivers } }), 'policy.yml').policy;
  const input: ApplyInput = { reports: findings === undefined ? [] : [report(findings)], change: { files: [] }, policy, now: new Date(now) };
  return applyFindingsPolicy(input);
}

const IN_FORCE = '2026-03-10T12:00:00Z';

describe('waiver matching', () => {
  const f = finding({ path: 'src/db/query.js', line: 12, fingerprint: 'fp-1' });
  it.each<[string, Partial<Waiver>, boolean]>([
    ['rule', { rule: 'js/sql-injection' }, true],
    ['another rule', { rule: 'js/xss' }, false],
    ['rule ids compare exactly', { rule: 'JS/SQL-INJECTION' }, false],
    ['fingerprint', { fingerprint: 'fp-1' }, true],
    ['another fingerprint', { fingerprint: 'fp-2' }, false],
    ['tool, any case', { tool: 'codeql' }, true],
    ['another tool', { tool: 'semgrep' }, false],
    ['path glob', { path: 'src/**' }, true],
    ['path glob elsewhere', { path: 'test/**' }, false],
    ['file-name glob at any depth', { path: '*.js' }, true],
    ['rule and path both match', { rule: 'js/sql-injection', path: 'src/db/*.js' }, true],
    ['rule matches, path does not', { rule: 'js/sql-injection', path: 'lib/**' }, false],
    ['every matcher matches', { rule: 'js/sql-injection', tool: 'CODEQL', path: 'src/**', fingerprint: 'fp-1' }, true],
    ['one of four matchers fails', { rule: 'js/sql-injection', tool: 'CODEQL', path: 'src/**', fingerprint: 'nope' }, false],
    ['no matcher at all', {}, false],
  ])('%s → %s', (_name, over, expected) => {
    expect(waiverMatches(waiver(over), f, 'src/db/query.js')).toBe(expected);
  });

  it('a path waiver never matches a finding without a location', () => {
    expect(waiverMatches(waiver({ path: '**' }), finding(), undefined)).toBe(false);
  });

  it('matches the path in the repository-relative form the finding is normalised to', () => {
    const r = run([finding({ path: 'file:///github/workspace/src/db/query.js' })], [waiver({ path: 'src/db/**' })], IN_FORCE);
    expect(r.waived).toBe(1);
    expect(r.waivedBySeverity.high).toBe(1);
    expect(r.inScope.high).toBe(0);
    expect(r.violations).toEqual([]);
  });

  it('waives a finding once even when two waivers match, and neither is unused', () => {
    const r = run([finding()], [waiver({ rule: 'js/sql-injection' }), waiver({ tool: 'codeql' })], IN_FORCE);
    expect(r.waived).toBe(1);
    expect(r.waivers.unused).toEqual([]);
  });

  it('lists what a waiver excused most severe first, ties by path and line, the first 100, with the total', () => {
    const findings: Finding[] = [];
    for (let i = 130; i > 0; i -= 1) findings.push(finding({ severity: i % 4 === 0 ? 'critical' : 'high', path: `src/f${i % 7}.js`, line: i, fingerprint: `fp-${i}` }));
    const r = run(findings, [waiver({ rule: 'js/sql-injection' })], IN_FORCE);
    const applied = r.applied![0]!;
    expect(applied.excusedTotal).toBe(130);
    expect(applied.excused).toHaveLength(100);
    // Every fourth of 1..130 is critical: 32 of them, listed first.
    expect(applied.excused.slice(0, 32).every((f) => f.severity === 'critical')).toBe(true);
    expect(applied.excused[32]!.severity).toBe('high');
    // The same 100 a full sort of all 130 keeps.
    const key = (f: { severity: string; path?: string; line?: number }) => [f.severity === 'critical' ? 0 : 1, f.path, String(f.line).padStart(4, '0')].join(' ');
    const all = findings.map((f) => key({ severity: f.severity, path: f.location.path, line: f.location.startLine })).sort();
    expect(applied.excused.map(key)).toEqual(all.slice(0, 100));
  });

  it('waives findings outside the scope too, so the waiver counts as used', () => {
    const r = run([finding({ baselineState: 'unchanged' })], [waiver({ rule: 'js/sql-injection' })], IN_FORCE);
    expect(r.waived).toBe(1);
    expect(r.outOfScope.high).toBe(0);
    expect(r.waivers.unused).toEqual([]);
  });

  it('does not waive suppressed, absent or duplicate findings twice', () => {
    const r = run([finding({ suppressed: true }), finding({ baselineState: 'absent' }), finding({ line: 1 }), finding({ line: 1 })], [waiver({ rule: 'js/sql-injection' })], IN_FORCE);
    expect([r.suppressed, r.absent, r.duplicates, r.waived]).toEqual([1, 1, 1, 1]);
  });
});

describe('waiver expiry', () => {
  it.each<[string, string, boolean]>([
    ['the day before', '2026-03-30T12:00:00Z', true],
    ['the last day, first second', '2026-03-31T00:00:00Z', true],
    ['the last day at 23:59 UTC', '2026-03-31T23:59:59Z', true],
    ['the last day in UTC, already the next day in UTC+2', '2026-04-01T01:30:00+02:00', true],
    ['the next day, first second', '2026-04-01T00:00:00Z', false],
    ['still the last day in UTC-5, already the next in UTC', '2026-03-31T20:00:00-05:00', false],
  ])('%s → applies: %s', (_name, now, applies) => {
    const r = run([finding()], [waiver({ rule: 'js/sql-injection', expires: '2026-03-31' })], now);
    expect(r.waived).toBe(applies ? 1 : 0);
    expect(r.inScope.high).toBe(applies ? 0 : 1);
    expect(r.waivers.expired).toHaveLength(applies ? 0 : 1);
  });

  it('reports an expired waiver as a warning naming its owner and date, and the finding counts again', () => {
    const r = run([finding()], [waiver({ rule: 'js/sql-injection', owner: 'team-payments', expires: '2026-03-31' })], '2026-04-02T08:00:00Z');
    const expired = r.violations.filter((v) => v.rule === 'findings.waiver-expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]!.level).toBe('warning');
    expect(expired[0]!.message).toContain('team-payments');
    expect(expired[0]!.message).toContain('2026-03-31');
    expect(expired[0]!.message).toContain('findings.waivers[0]');
    expect(r.violations.map((v) => v.rule)).toEqual(['findings.max', 'findings.waiver-expired']);
    expect(r.waivers.expired[0]).toMatchObject({ index: 0, matched: 1, daysLeft: -2 });
    // An expired waiver is not also "unused".
    expect(r.waivers.unused).toEqual([]);
  });

  it.each<[string, number]>([
    ['2026-03-31', 0],
    ['2026-04-01', 1],
    ['2026-03-30', -1],
    ['2026-12-31', 275],
    ['2028-03-31', 731],
  ])('counts days left to %s as %i', (expires, days) => {
    // Reference: python3 -c "import datetime as d; print((d.date(2026,12,31)-d.date(2026,3,31)).days)" → 275; 2028-03-31 → 731.
    expect(daysLeft(expires, new Date('2026-03-31T22:00:00Z'))).toBe(days);
  });

  it('lists live waivers with 14 days or fewer left, not expired ones or ones further out', () => {
    const waivers = [
      waiver({ rule: 'a', expires: '2026-03-24' }), // 14 days after 2026-03-10
      waiver({ rule: 'b', expires: '2026-03-25' }), // 15 days
      waiver({ rule: 'c', expires: '2026-03-10' }), // last day today
      waiver({ rule: 'd', expires: '2026-03-09' }), // expired
    ];
    const r = run([finding({ rule: 'a' }), finding({ rule: 'b' }), finding({ rule: 'c' }), finding({ rule: 'd' })], waivers, IN_FORCE);
    expect(r.waivers.expiringSoon.map((w) => [w.rule, w.daysLeft])).toEqual([
      ['a', 14],
      ['c', 0],
    ]);
    expect(r.violations.filter((v) => v.level === 'error')).toHaveLength(1);
  });
});

describe('unused waivers', () => {
  it('warns about a waiver that matched nothing and says to remove it', () => {
    const r = run([finding()], [waiver({ rule: 'js/sql-injection' }), waiver({ rule: 'py/fixed-long-ago', owner: 'bob' })], IN_FORCE);
    expect(r.waivers.unused.map((w) => w.index)).toEqual([1]);
    const v = r.violations.find((x) => x.rule === 'findings.waiver-unused');
    expect(v).toMatchObject({ level: 'warning' });
    expect(v!.message).toContain('findings.waivers[1]');
    expect(v!.message).toContain('py/fixed-long-ago');
    expect(v!.remediation).toMatch(/remove it/);
  });

  it('rejects, in the policy, a waiver that names nothing to match', () => {
    expect(() => run([finding()], [waiver({})], IN_FORCE)).toThrow(/findings\.waivers\[0\]: needs at least one of rule, fingerprint, path, tool/);
  });

  it('does not call a waiver unused when no report was read, or when its tool was not scanned in this run', () => {
    expect(run(undefined, [waiver({ rule: 'js/sql-injection' })], IN_FORCE).waivers.unused).toEqual([]);
    expect(run([finding()], [waiver({ tool: 'Trivy', rule: 'CVE-2024-0001' })], IN_FORCE).waivers.unused).toEqual([]);
    expect(run([finding()], [waiver({ tool: 'codeql', rule: 'js/gone' })], IN_FORCE).waivers.unused).toHaveLength(1);
  });

  it('counts a clean report as read: its waivers are unused', () => {
    expect(run([], [waiver({ rule: 'js/sql-injection' })], IN_FORCE).waivers.unused).toHaveLength(1);
  });
});
