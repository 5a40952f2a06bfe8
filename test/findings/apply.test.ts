import { applyFindingsPolicy, type ApplyInput } from '../../src/core/findings/apply.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import type { ChangedFile, Finding, Severity } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy/parse.js';

const NOW = new Date('2026-03-10T12:00:00Z');

function policy(findings: Record<string, unknown> = {}): ApplyInput['policy'] {
  return parsePolicy(JSON.stringify({ version: 1, findings }), 'policy.yml').policy;
}

function finding(over: Partial<Finding> & { path?: string; line?: number; end?: number } = {}): Finding {
  const { path, line, end, ...rest } = over;
  const location: Finding['location'] = {};
  if (path !== undefined) location.path = path;
  if (line !== undefined) location.startLine = line;
  if (end !== undefined) location.endLine = end;
  return { tool: 'Scanner', rule: 'R1', severity: 'high', message: 'problem', location, suppressed: false, baselineState: 'unknown', report: 'r.json', ...rest };
}

function report(findings: Finding[], path = 'r.json'): LoadedReport {
  return { path, format: 'sarif', tool: findings[0]?.tool ?? 'Scanner', sha256: '0'.repeat(64), results: findings.length, findings };
}

type Ranges = Array<[number, number]>;
function file(path: string, status: ChangedFile['status'] = 'modified', addedRanges?: Ranges): ChangedFile {
  const f: ChangedFile & { addedRanges?: Ranges } = { path, status, additions: 1, deletions: 0, binary: false };
  if (addedRanges !== undefined) f.addedRanges = addedRanges;
  return f;
}

function run(findings: Finding[], opts: { findings?: Record<string, unknown>; files?: ChangedFile[]; baseline?: Finding[]; roots?: string[] } = {}) {
  const input: ApplyInput = { reports: [report(findings)], change: { files: opts.files ?? [] }, policy: policy(opts.findings), now: NOW };
  if (opts.baseline) input.baseline = opts.baseline;
  if (opts.roots) input.roots = opts.roots;
  return applyFindingsPolicy(input);
}

function total(counts: Record<Severity, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

describe('finding states', () => {
  it('counts each finding in exactly one state, in order: suppressed, absent, duplicate, then scope', () => {
    const r = run([
      finding({ suppressed: true, baselineState: 'absent', severity: 'critical' }),
      finding({ baselineState: 'absent', severity: 'critical' }),
      finding({ path: 'a.ts', line: 3 }),
      finding({ path: 'a.ts', line: 3 }),
      finding({ path: 'a.ts', line: 3, baselineState: 'unchanged', severity: 'low', rule: 'R2' }),
    ]);
    expect(r.suppressed).toBe(1);
    expect(r.suppressedBySeverity.critical).toBe(1);
    expect(r.absent).toBe(1);
    expect(r.duplicates).toBe(1);
    // counts: active as read, duplicates included, suppressed and absent not.
    expect(r.counts).toEqual({ critical: 0, high: 2, medium: 0, low: 1, info: 0, unknown: 0 });
    expect(r.inScope).toEqual({ critical: 0, high: 1, medium: 0, low: 0, info: 0, unknown: 0 });
    expect(r.outOfScope).toEqual({ critical: 0, high: 0, medium: 0, low: 1, info: 0, unknown: 0 });
    expect(r.suppressed + r.absent + r.duplicates + r.waived + total(r.inScope) + total(r.outOfScope)).toBe(5);
  });

  it.each<[string, Partial<Finding> & { path?: string; line?: number }, Partial<Finding> & { path?: string; line?: number }, number]>([
    ['identical findings', { path: 'a.ts', line: 1 }, { path: 'a.ts', line: 1 }, 1],
    ['same fingerprint and place, reworded message', { path: 'a.ts', line: 1, fingerprint: 'f1', message: 'x' }, { path: 'a.ts', line: 1, fingerprint: 'f1', message: 'y' }, 1],
    ['same place, different fingerprints', { path: 'a.ts', line: 1, fingerprint: 'f1' }, { path: 'a.ts', line: 1, fingerprint: 'f2' }, 0],
    ['same place, no fingerprint, distinct messages', { path: 'a.ts', line: 1, message: 'missing phase name' }, { path: 'a.ts', line: 1, message: 'missing phase id' }, 0],
    ['different line', { path: 'a.ts', line: 1 }, { path: 'a.ts', line: 2 }, 0],
    ['different tool', { path: 'a.ts', line: 1 }, { path: 'a.ts', line: 1, tool: 'Other' }, 0],
    ['different rule', { path: 'a.ts', line: 1 }, { path: 'a.ts', line: 1, rule: 'R9' }, 0],
    ['same file written two ways', { path: './a.ts', line: 1 }, { path: 'a.ts', line: 1 }, 1],
  ])('duplicates: %s', (_name, a, b, duplicates) => {
    const r = run([finding(a), finding(b)]);
    expect(r.duplicates).toBe(duplicates);
    expect(r.inScope.high).toBe(2 - duplicates);
  });

  it('finds a duplicate of any earlier finding that shares its fingerprint or message, not only the first', () => {
    const r = run([
      finding({ path: 'a.ts', line: 1 }),
      finding({ path: 'a.ts', line: 2 }),
      finding({ path: 'a.ts', line: 3 }),
      finding({ path: 'a.ts', line: 2 }),
      finding({ path: 'a.ts', line: 1 }),
      finding({ path: 'b.ts', line: 1, fingerprint: 'f1' }),
      finding({ path: 'b.ts', line: 1, fingerprint: 'f1', rule: 'R2' }),
      finding({ path: 'b.ts', line: 1, fingerprint: 'f1', rule: 'R3' }),
      finding({ path: 'b.ts', line: 1, fingerprint: 'f1', rule: 'R2' }),
    ]);
    expect(r.duplicates).toBe(3);
    expect(r.inScope.high).toBe(6);
  });

  it('in a report of thousands with few identities, counts as duplicates exactly the findings an earlier one equals', () => {
    // A seeded mix: few fingerprints and messages, so identities repeat at many places and the same
    // place holds several identities; some findings have no fingerprint and are told apart by message.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const findings = Array.from({ length: 4000 }, () => {
      const f = finding({ path: `src/f${next(5)}.ts`, line: 1 + next(4), rule: `R${next(3)}`, message: `problem ${next(6)}` });
      if (next(3) > 0) f.fingerprint = `fp${next(8)}`;
      return f;
    });
    const key = (f: Finding): string => JSON.stringify([f.tool, f.rule, f.location.path, f.location.startLine, f.fingerprint ?? null, f.fingerprint === undefined ? f.message : null]);
    const expected = findings.length - new Set(findings.map(key)).size;
    expect(expected).toBeGreaterThan(1000);
    const r = run(findings);
    expect(r.duplicates).toBe(expected);
    expect(total(r.inScope)).toBe(findings.length - expected);
  });

  it('keeps the first of two duplicates, so its state is the one that counts', () => {
    const r = run([finding({ path: 'a.ts', line: 1, baselineState: 'unchanged' }), finding({ path: 'a.ts', line: 1, baselineState: 'new' })]);
    expect(r.duplicates).toBe(1);
    expect(r.outOfScope.high).toBe(1);
    expect(r.inScope.high).toBe(0);
  });

  it.each<[Finding['baselineState'], 'in' | 'out']>([
    ['new', 'in'],
    ['unknown', 'in'],
    ['unchanged', 'out'],
    ['updated', 'out'],
  ])('scope new without a baseline: baselineState %s is %s of scope', (baselineState, where) => {
    const r = run([finding({ baselineState, path: 'untouched.ts', line: 1 })]);
    expect(r.inScope.high).toBe(where === 'in' ? 1 : 0);
    expect(r.outOfScope.high).toBe(where === 'out' ? 1 : 0);
  });
});

describe('scopes', () => {
  const files = [
    file('src/a.ts', 'modified', [
      [10, 12],
      [20, 20],
    ]),
    file('src/new.ts', 'added', [[1, 30]]),
    file('src/gone.ts', 'deleted', []),
    file('src/only-deletions.ts', 'modified', []),
    file('src/no-ranges.ts', 'modified'),
    file('src/renamed.ts', 'renamed', [[5, 5]]),
  ];

  it.each<[string, string, boolean, Partial<Finding> & { path?: string; line?: number; end?: number }]>([
    ['changed-files', 'a changed file', true, { path: 'src/a.ts', line: 1 }],
    ['changed-files', 'an added file', true, { path: 'src/new.ts' }],
    ['changed-files', 'a deleted file', false, { path: 'src/gone.ts', line: 1 }],
    ['changed-files', 'an untouched file', false, { path: 'src/other.ts', line: 11 }],
    ['changed-files', 'no location', false, {}],
    ['changed-files', 'an existing finding in a changed file', true, { path: 'src/a.ts', line: 1, baselineState: 'unchanged' }],
    ['changed-lines', 'the first added line', true, { path: 'src/a.ts', line: 10 }],
    ['changed-lines', 'the last line of a range', true, { path: 'src/a.ts', line: 12 }],
    ['changed-lines', 'the line after a range', false, { path: 'src/a.ts', line: 13 }],
    ['changed-lines', 'the line before a range', false, { path: 'src/a.ts', line: 9 }],
    ['changed-lines', 'a span ending inside a range', true, { path: 'src/a.ts', line: 5, end: 10 }],
    ['changed-lines', 'a span covering a range', true, { path: 'src/a.ts', line: 13, end: 25 }],
    ['changed-lines', 'a span between ranges', false, { path: 'src/a.ts', line: 13, end: 19 }],
    ['changed-lines', 'a one-line range', true, { path: 'src/a.ts', line: 20 }],
    ['changed-lines', 'no line, file with added lines', true, { path: 'src/a.ts' }],
    ['changed-lines', 'no line, file with only deletions', false, { path: 'src/only-deletions.ts' }],
    ['changed-lines', 'a changed file without line data', true, { path: 'src/no-ranges.ts', line: 400 }],
    ['changed-lines', 'a deleted file', false, { path: 'src/gone.ts', line: 1 }],
    ['changed-lines', 'an untouched file', false, { path: 'src/other.ts', line: 10 }],
    ['changed-lines', 'a renamed file at its added line', true, { path: 'src/renamed.ts', line: 5 }],
    ['changed-lines', 'an existing finding on an added line', true, { path: 'src/a.ts', line: 11, baselineState: 'unchanged' }],
    ['all', 'an existing finding in an untouched file', true, { path: 'src/other.ts', baselineState: 'unchanged' }],
    ['all', 'no location', true, {}],
    ['new', 'a new finding in an untouched file', true, { path: 'src/other.ts', baselineState: 'new' }],
    ['new', 'an existing finding on an added line', false, { path: 'src/a.ts', line: 11, baselineState: 'unchanged' }],
  ])('%s: %s → in scope: %s', (scope, _name, expected, where) => {
    const r = run([finding(where)], { findings: { scope }, files });
    expect(r.scope).toBe(scope);
    expect([r.inScope.high, r.outOfScope.high]).toEqual(expected ? [1, 0] : [0, 1]);
  });

  it.each<[string, string, string[] | undefined]>([
    ['a file:// URI', 'file:///home/ci/work/repo/src/a.ts', ['/home/ci/work/repo']],
    ['a root with a trailing slash', '/home/ci/work/repo/src/a.ts', ['/home/ci/work/repo/']],
    ['a leading ./', './src/a.ts', undefined],
    ['Windows separators', 'src\\a.ts', undefined],
    ['a Windows file URI', 'file:///C:/agent/_work/1/s/src/a.ts', ['C:\\agent\\_work\\1\\s']],
    ['a container workspace', '/github/workspace/src/a.ts', undefined],
    ['an unknown absolute root, recognised by the changed file it ends with', '/tmp/scan-123/checkout/src/a.ts', undefined],
    ['a percent-encoded URI', 'file:///home/ci/repo/src/a%2Ets', ['/home/ci/repo']],
  ])('normalises %s to the repository path', (_name, path, roots) => {
    const opts: Parameters<typeof run>[1] = { findings: { scope: 'changed-files' }, files };
    if (roots) opts.roots = roots;
    const r = run([finding({ path, line: 1 })], opts);
    expect(r.inScope.high).toBe(1);
    expect(r.overThreshold[0]!.path).toBe('src/a.ts');
  });

  it('does not take a file for a changed one that merely shares its name', () => {
    const r = run([finding({ path: '/tmp/x/lib/src/a.ts.bak', line: 1 }), finding({ path: '/tmp/x/othersrc/a.ts', line: 1 })], {
      findings: { scope: 'changed-files' },
      files,
    });
    expect(r.inScope.high).toBe(0);
  });
});

describe('thresholds', () => {
  it('reports one violation per exceeded severity, with the count, the limit and a way out', () => {
    const r = run(
      [
        finding({ severity: 'high', rule: 'A' }),
        finding({ severity: 'high', rule: 'B' }),
        finding({ severity: 'high', rule: 'C' }),
        finding({ severity: 'critical', rule: 'D' }),
        finding({ severity: 'medium', rule: 'E' }),
        finding({ severity: 'unknown', rule: 'F' }),
      ],
      { findings: { max: { critical: 1, high: 0, unknown: 0 } } },
    );
    expect(r.violations.map((v) => [v.rule, v.level, v.message])).toEqual([
      ['findings.max', 'error', '3 high findings in the reports (no baseline to tell new from old); the policy allows 0.'],
      ['findings.max', 'error', '1 finding of unknown severity in the reports (no baseline to tell new from old); the policy allows 0.'],
    ]);
    expect(r.violations[0]!.remediation).toMatch(/waiver/);
    expect(r.overThreshold.map((f) => f.rule)).toEqual(['A', 'B', 'C', 'F']);
    expect(r.limits).toEqual({ critical: 1, high: 0, unknown: 0 });
  });

  it('applies the default limits (critical 0, high 0) and leaves unlisted severities unlimited', () => {
    const many = Array.from({ length: 50 }, (_, i) => finding({ severity: 'medium', rule: `M${i}` }));
    expect(run(many).violations).toEqual([]);
    expect(run([finding({ severity: 'critical' })]).violations.map((v) => v.message)).toEqual(['1 critical finding in the reports (no baseline to tell new from old); the policy allows 0.']);
  });

  it.each<[string, string]>([
    ['changed-lines', '2 high findings on lines this change adds; the policy allows 0.'],
    ['changed-files', '2 high findings in files this change touches; the policy allows 0.'],
    ['all', '2 high findings; the policy allows 0.'],
  ])('words the message for scope %s', (scope, message) => {
    const files = [file('a.ts', 'modified', [[1, 100]])];
    const r = run([finding({ path: 'a.ts', line: 1 }), finding({ path: 'a.ts', line: 2 })], { findings: { scope }, files });
    expect(r.violations.map((v) => v.message)).toEqual([message]);
  });

  it('applies per-tool limits to that tool only, whatever the case of its name', () => {
    const findings = [
      finding({ tool: 'Semgrep', severity: 'medium', rule: 'S1' }),
      finding({ tool: 'semgrep', severity: 'medium', rule: 'S2' }),
      finding({ tool: 'Trivy', severity: 'medium', rule: 'T1' }),
      finding({ tool: 'Trivy', severity: 'medium', rule: 'T2' }),
    ];
    const r = run(findings, { findings: { tools: { SEMGREP: { max: { medium: 1 } } } } });
    expect(r.violations).toEqual([
      expect.objectContaining({ rule: 'findings.tools.max', level: 'error', message: '2 medium findings from SEMGREP in the reports (no baseline to tell new from old); the policy allows 1 (findings.tools.SEMGREP.max.medium).' }),
    ]);
    expect(r.overThreshold.map((f) => f.rule)).toEqual(['S1', 'S2']);
  });

  it('lists findings over the threshold most severe first, ties by tool, rule, path and line, capped at 100', () => {
    const findings: Finding[] = [];
    for (let i = 150; i > 0; i -= 1) findings.push(finding({ severity: i % 3 === 0 ? 'critical' : 'high', tool: i % 2 ? 'B' : 'A', rule: `R${i % 4}`, path: `f${i % 5}.ts`, line: i }));
    const r = run(findings);
    expect(r.overThresholdTotal).toBe(150);
    expect(r.overThreshold).toHaveLength(100);
    // Counted independently: i in 1..150 divisible by 3 → 50 critical.
    expect(r.overThreshold.slice(0, 50).every((f) => f.severity === 'critical')).toBe(true);
    expect(r.overThreshold[50]!.severity).toBe('high');
    const key = (f: (typeof r.overThreshold)[number]) => [f.severity === 'critical' ? 0 : 1, f.tool, f.rule, f.path, String(f.line).padStart(4, '0')].join(' ');
    const keys = r.overThreshold.map(key);
    expect(keys).toEqual([...keys].sort());
  });

  it('is deterministic whatever order the reports come in', () => {
    const a = [finding({ tool: 'A', rule: 'x', path: 'p.ts', line: 2 }), finding({ tool: 'A', rule: 'x', path: 'p.ts', line: 1 })];
    const b = [finding({ tool: 'B', rule: 'x', severity: 'critical' })];
    const one = applyFindingsPolicy({ reports: [report(a, 'a'), report(b, 'b')], change: { files: [] }, policy: policy(), now: NOW });
    const two = applyFindingsPolicy({ reports: [report(b, 'b'), report(a, 'a')], change: { files: [] }, policy: policy(), now: NOW });
    expect(two.overThreshold).toEqual(one.overThreshold);
    expect(one.overThreshold.map((f) => `${f.tool}:${f.line ?? '-'}`)).toEqual(['B:-', 'A:1', 'A:2']);
  });

  it('does not modify its input', () => {
    const findings = [finding({ tool: 'Semgrep', nativeSeverity: 'WARNING', severity: 'medium', path: './a.ts' })];
    const input: ApplyInput = { reports: [report(findings)], change: { files: [file('a.ts')] }, policy: policy({ tools: { semgrep: { severity: { warning: 'critical' } } } }), now: NOW };
    const before = structuredClone(input);
    const r = applyFindingsPolicy(input);
    expect(r.inScope.critical).toBe(1);
    expect(input).toEqual(before);
  });
});

describe('severity overrides', () => {
  it.each<[string, Partial<Finding>, Severity]>([
    ['a native word, any case', { tool: 'Semgrep', nativeSeverity: 'WARNING', severity: 'medium' }, 'high'],
    ['a rule id, which wins over the native word', { tool: 'Semgrep', rule: 'noisy.rule', nativeSeverity: 'WARNING', severity: 'medium' }, 'info'],
    ['the tool name in another case', { tool: 'SEMGREP', nativeSeverity: 'warning', severity: 'medium' }, 'high'],
    ['another tool is untouched', { tool: 'Trivy', nativeSeverity: 'WARNING', severity: 'medium' }, 'medium'],
    ['no native word and no rule key', { tool: 'Semgrep', severity: 'low' }, 'low'],
  ])('%s', (_name, f, expected) => {
    const r = run([finding(f)], { findings: { scope: 'all', max: {}, tools: { semgrep: { severity: { warning: 'high', 'noisy.rule': 'info' } } } } });
    expect(r.counts[expected]).toBe(1);
    expect(r.inScope[expected]).toBe(1);
  });

  it('counts the overridden severity against the limits', () => {
    const r = run([finding({ tool: 'Semgrep', rule: 'sql', severity: 'medium', nativeSeverity: 'WARNING' })], { findings: { tools: { semgrep: { severity: { sql: 'critical' } } } } });
    expect(r.violations.map((v) => v.message)).toEqual(['1 critical finding in the reports (no baseline to tell new from old); the policy allows 0.']);
  });
});

describe('baseline', () => {
  it('matches by fingerprint, whatever the line or message, and the baseline decides over the report state', () => {
    const baseline = [finding({ fingerprint: 'abc', path: 'a.ts', line: 40, message: 'old wording' })];
    const r = run([finding({ fingerprint: 'abc', path: 'a.ts', line: 3, message: 'new wording', baselineState: 'new' }), finding({ fingerprint: 'def', path: 'a.ts', line: 3, baselineState: 'unchanged' })], {
      baseline,
    });
    expect(r.outOfScope.high).toBe(1);
    expect(r.inScope.high).toBe(1);
    expect(r.overThreshold.map((f) => [f.fingerprint, f.state])).toEqual([['def', 'new']]);
  });

  it('matches a fingerprint in a renamed file, but never across rules', () => {
    const baseline = [finding({ fingerprint: 'h1', path: 'old/a.ts', rule: 'R1' }), finding({ fingerprint: 'h2', path: 'a.ts', rule: 'R1' })];
    const r = run([finding({ fingerprint: 'h1', path: 'new/a.ts', rule: 'R1' }), finding({ fingerprint: 'h2', path: 'a.ts', rule: 'R2' })], { baseline });
    expect(r.overThreshold.map((f) => [f.rule, f.fingerprint])).toEqual([['R2', 'h2']]);
  });

  it('matches by tool, rule, path and message key when there is no fingerprint: line, digits and spacing may differ', () => {
    const baseline = [finding({ tool: 'eslint', path: 'a.ts', line: 10, message: 'Function has 12 statements  (max 10)' })];
    const r = run([finding({ tool: 'ESLint', path: './a.ts', line: 14, message: 'function has 15 statements (max 10)' })], { baseline });
    expect(r.inScope.high).toBe(0);
    expect(r.outOfScope.high).toBe(1);
  });

  it.each<[string, Partial<Finding> & { path?: string }]>([
    ['another rule', { rule: 'R2' }],
    ['another path', { path: 'b.ts' }],
    ['another message', { message: 'something else' }],
    ['another tool', { tool: 'Other' }],
  ])('does not match %s', (_name, change) => {
    const baseline = [finding({ path: 'a.ts', message: 'problem' })];
    const r = run([finding({ path: 'a.ts', message: 'problem', ...change })], { baseline });
    expect(r.inScope.high).toBe(1);
  });

  it('uses each baseline finding once: a second copy added in the change is new, and it is the one on a new line', () => {
    const baseline = [finding({ path: 'a.ts', line: 20 })];
    const r = run([finding({ path: 'a.ts', line: 5 }), finding({ path: 'a.ts', line: 20 })], { baseline });
    expect(r.inScope.high).toBe(1);
    expect(r.overThreshold.map((f) => f.line)).toEqual([5]);
  });

  it('does not pair two findings whose fingerprints differ by their message', () => {
    const r = run([finding({ path: 'a.ts', fingerprint: 'new-one' })], { baseline: [finding({ path: 'a.ts', fingerprint: 'old-one' })] });
    expect(r.inScope.high).toBe(1);
  });

  it('ignores baseline entries the baseline report itself calls absent', () => {
    const r = run([finding({ path: 'a.ts' })], { baseline: [finding({ path: 'a.ts', baselineState: 'absent' })] });
    expect(r.inScope.high).toBe(1);
  });

  it('with an empty baseline every finding is new, even one the report calls unchanged', () => {
    const r = run([finding({ path: 'a.ts', baselineState: 'unchanged' })], { baseline: [] });
    expect(r.inScope.high).toBe(1);
  });
});
