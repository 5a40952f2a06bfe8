import type { ChangedFile, FilePatch } from '../../src/core/model.js';
import { defaultPolicy, parsePolicy } from '../../src/core/policy/parse.js';
import { assessRisk, levelFor } from '../../src/core/risk/score.js';
import { FACTORS, logShare } from '../../src/core/risk/factors.js';
import { riskViolations } from '../../src/core/risk/risk-rules.js';
import { sensitiveGroupsOf } from '../../src/core/risk/sensitive.js';
import { pathWords } from '../../src/core/paths/path-words.js';
import { describeRisk } from '../../src/core/render/risk-words.js';

function file(path: string, additions = 10, deletions = 0, extra: Partial<ChangedFile> = {}): ChangedFile {
  return { path, status: 'modified', additions, deletions, binary: false, ...extra };
}

const policy = defaultPolicy();
const assess = (files: ChangedFile[], patches: FilePatch[] = [], aiShare = 0, p = policy) => describeRisk(assessRisk({ policy: p, files, patches, aiShare }), 'n/a');
const points = (r: ReturnType<typeof assess>, id: string) => r.factors.find((f) => f.id === id)?.points ?? 0;

describe('risk factors as a table', () => {
  it('has one row per template, the AI row last because it scales the others', () => {
    expect(FACTORS.map((f) => f.template)).toEqual(['size', 'spread', 'sensitive', 'destructive', 'missing-tests', 'ai-assisted']);
  });

  it('explains every point: the score is the rounded sum of the factors, each with its facts and a sentence', () => {
    const r = assess([file('infra/main.tf', 300, 20), file('.github/workflows/ci.yml', 5, 5), file('src/app.ts', 200, 10)]);
    const sum = r.factors.reduce((n, f) => n + f.points, 0);
    expect(r.score).toBe(Math.min(100, Math.round(sum)));
    expect(r.factors.map((f) => f.id)).toEqual(['size', 'spread', 'sensitive:infrastructure', 'sensitive:ci-cd', 'missing-tests']);
    expect(r.factors.find((f) => f.id === 'sensitive:infrastructure')!.files).toEqual(['infra/main.tf']);
    expect(r.factors.find((f) => f.id === 'missing-tests')).toEqual(expect.objectContaining({ files: ['src/app.ts'], facts: { sources: 1 }, detail: '1 source file changed and no test changed' }));
    expect(r.factors[0]!.facts).toEqual({ lines: 540, maxPoints: 20, saturateLines: 50000 });
    expect(r.factors[0]!.detail).toBe('540 lines changed (points grow with the logarithm of the lines, all 20 at 50,000; generated files and lockfiles not counted)');
  });

  it('caps sensitive paths and says so', () => {
    const r = assess([file('main.tf'), file('.github/workflows/x.yml'), file('CODEOWNERS'), file('.env.production')]);
    const sensitive = r.factors.filter((f) => f.id.startsWith('sensitive:'));
    expect(sensitive.reduce((n, f) => n + f.points, 0)).toBe(policy.risk.factors['sensitive-paths']['max-points']);
    expect(sensitive.some((f) => f.detail.includes('capped'))).toBe(true);
  });

  it('uses the policy thresholds for levels', () => {
    const levels = policy.risk.levels;
    expect(levelFor(levels.medium - 1, levels)).toBe('low');
    expect(levelFor(levels.medium, levels)).toBe('medium');
    expect(levelFor(levels.high, levels)).toBe('high');
    expect(levelFor(levels.critical, levels)).toBe('critical');
  });

  it('honours a policy-defined group and a disabled built-in group', () => {
    const p = parsePolicy('version: 1\nsensitive-paths:\n  payments: { points: 30, paths: ["services/payments/**"] }\n  dependencies: { points: 0, paths: [] }\n', 'p.yml').policy;
    const r = assess([file('services/payments/charge.go'), file('package.json')], [], 0, p);
    expect(points(r, 'sensitive:payments')).toBe(30);
    expect(r.factors.find((f) => f.id === 'sensitive:dependencies')).toBeUndefined();
  });
});

describe('size and spread grow with the logarithm, so large changes still differ', () => {
  const lines = (n: number) => assess([file('src/a.ts', n), file('src/a.test.ts', 1)]);

  it('each tenfold adds about the same points until saturation', () => {
    const [p100, p1k, p10k] = [100, 1000, 10000].map((n) => points(lines(n - 1), 'size'));
    expect(p1k! - p100!).toBeCloseTo(p10k! - p1k!, 0);
    const max = policy.risk.factors.size['max-points'];
    expect(points(lines(policy.risk.factors.size['saturate-lines']), 'size')).toBe(max);
    // Independent check of the formula: max × ln(1 + n/10) / ln(1 + saturate/10).
    const expected = Math.round(max * (Math.log(1 + 1000 / 10) / Math.log(1 + policy.risk.factors.size['saturate-lines'] / 10)) * 10) / 10;
    expect(points(lines(999), 'size')).toBe(expected);
  });

  it('20 files and 2,000 files score differently on spread', () => {
    const many = (n: number, dirs: number) => Array.from({ length: n }, (_, i) => file(`d${i % dirs}/f${i}.txt`, 1));
    const small = points(assess(many(20, 5)), 'spread');
    const large = points(assess(many(2000, 300)), 'spread');
    expect(large).toBe(policy.risk.factors.spread['max-points']);
    expect(small).toBeLessThan(large / 2);
    expect(logShare(0, 10)).toBe(0);
  });
});

describe('paths on word boundaries, documentation never code, tests as ecosystems name them', () => {
  const groups = sensitiveGroupsOf(policy);

  it.each([
    ['src/auth/login.ts', true],
    ['pkg/authz/policy.go', true],
    ['lib/oauth_client.py', true],
    ['src/main/java/com/acme/OAuth2Client.java', true],
    ['app/services/AuthService.java', true],
    ['internal/session/store.go', true],
    ['t/t7509-commit-authorship.sh', false],
    ['builtin/author.c', false],
    ['src/AuthorList.tsx', false],
    ['docs/auth/setup.md', false],
    ['SECURITY.md', false],
    ['Documentation/config/credential.txt', false],
  ])('%s is security code: %s', (path, expected) => {
    expect(groups(path).includes('security')).toBe(expected);
  });

  it('splits camelCase and keeps the joined pair', () => {
    expect([...pathWords('src/OAuth2Client.java')]).toEqual(expect.arrayContaining(['oauth', 'oauth2', 'client', 'java']));
    expect(pathWords('t/t7509-commit-authorship.sh').has('auth')).toBe(false);
  });

  it.each([
    't/t7509-commit-authorship.sh',
    'tests/test_api.py',
    'pkg/server/server_test.go',
    'src/__tests__/app.tsx',
    'src/app.test.ts',
    'spec/models/user_spec.rb',
    'src/test/java/com/acme/UserServiceTest.java',
    'Tests/ParserTests.cs',
    'test_utils.py',
  ])('%s counts as a test', (path) => {
    const r = assess([file('src/app.go'), file(path)]);
    expect(r.factors.find((f) => f.id === 'missing-tests')).toBeUndefined();
    expect(r.questions.testing).toMatch(/1 test file changed alongside 1 source file/);
  });

  it('documentation is neither sensitive nor source that needs tests', () => {
    const r = assess([file('docs/security/oauth.md', 40), file('README.md', 3)]);
    expect(r.factors.map((f) => f.id)).toEqual(['size', 'spread']);
    expect(r.questions.testing).toBe('No source code changed.');
  });
});

describe('the AI factor weighs the AI share of the change', () => {
  const files = [file('main.tf', 400)];
  const base = assess(files).factors.reduce((n, f) => n + f.points, 0);
  const multiplier = policy.risk.factors['ai-multiplier'];

  it.each([1, 0.5, 0.005])('share %p adds base × (multiplier − 1) × share', (share) => {
    const extra = assess(files, [], share).factors.find((f) => f.id === 'ai-assisted')!;
    expect(extra.points).toBeCloseTo(Math.round(base * (multiplier - 1) * share * 10) / 10, 5);
    expect(extra.facts).toEqual({ share, multiplier, applied: Math.round((1 + (multiplier - 1) * share) * 1000) / 1000 });
  });

  it('one AI commit among two hundred barely moves the score; a wholly AI change takes the full multiplier', () => {
    const human = assess(files).score;
    expect(assess(files, [], 1 / 200).score - human).toBeLessThanOrEqual(1);
    expect(assess(files, [], 1).score).toBe(Math.min(100, Math.round(base * multiplier)));
    expect(assess(files).factors.find((f) => f.id === 'ai-assisted')).toBeUndefined();
  });
});

describe('risk alone never refuses by default, and one risk is one violation', () => {
  const high = { level: 'critical' as const, score: 90, factors: [] };

  it('the defaults of risk.fail-at and ai.fail-at-risk are never', () => {
    expect(policy.risk['fail-at']).toBe('never');
    expect(policy.ai['fail-at-risk']).toBe('never');
    expect(riskViolations(high, true, policy)).toEqual([]);
    expect(riskViolations(high, false, policy)).toEqual([]);
  });

  it('a policy that sets both reports ai.fail-at-risk for an AI-assisted change and risk.fail-at otherwise, never both', () => {
    const both = parsePolicy('version: 1\nrisk:\n  fail-at: high\nai:\n  fail-at-risk: high\n', 'p.yml').policy;
    expect(riskViolations(high, true, both).map((v) => v.rule)).toEqual(['ai.fail-at-risk']);
    expect(riskViolations(high, false, both).map((v) => v.rule)).toEqual(['risk.fail-at']);
  });

  it('an AI-assisted change below ai.fail-at-risk can still meet risk.fail-at', () => {
    const p = parsePolicy('version: 1\nrisk:\n  fail-at: high\nai:\n  fail-at-risk: critical\n', 'p.yml').policy;
    expect(riskViolations({ level: 'high', score: 60, factors: [] }, true, p).map((v) => v.rule)).toEqual(['risk.fail-at']);
  });
});

describe('the worked examples in the README', () => {
  it.each([
    [10, 1.6],
    [100, 5.6],
    [1000, 10.8],
    [10000, 16.2],
    [50000, 20],
  ])('%p lines earn %p size points', (lines, expected) => {
    expect(points(assess([file('a.txt', lines)]), 'size')).toBe(expected);
  });

  it.each([
    [1, 1, 1.1],
    [20, 8, 3.9],
    [200, 50, 6.9],
    [2000, 300, 10],
  ])('%p files in %p directories earn %p spread points', (files, dirs, expected) => {
    const list = Array.from({ length: files }, (_, i) => file(`d${i % dirs}/f${i}.txt`, 1));
    expect(points(assess(list), 'spread')).toBe(expected);
  });
});
