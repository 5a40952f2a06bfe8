import type { ChangedFile, FilePatch } from '../../src/core/model.js';
import { defaultPolicy, parsePolicy } from '../../src/core/policy/parse.js';
import { assessRisk, levelFor } from '../../src/core/risk/score.js';
import { detectDestructive as detectFacts } from '../../src/core/risk/destructive.js';
import { describeRisk, operationDetail } from '../../src/core/render/risk-words.js';

const detectDestructive = (...args: Parameters<typeof detectFacts>) => detectFacts(...args).map((op) => ({ ...op, detail: operationDetail(op) }));

function file(path: string, additions = 10, deletions = 0, extra: Partial<ChangedFile> = {}): ChangedFile {
  return { path, status: 'modified', additions, deletions, binary: false, ...extra };
}

const policy = defaultPolicy();
const assess = (files: ChangedFile[], patches: FilePatch[] = [], aiAssisted = false, p = policy) =>
  describeRisk(assessRisk({ policy: p, files, patches, aiShare: aiAssisted ? 1 : 0 }), 'n/a');

describe('risk score', () => {
  it('scores a small documented change low, with nothing to explain but size', () => {
    const r = assess([file('docs/guide.md', 12, 2)]);
    expect(r.level).toBe('low');
    expect(r.factors.map((f) => f.id)).toEqual(['size', 'spread']);
    // sqrt(14/2000) * 20 = 1.67 → 1.7
    expect(r.factors[0]!.points).toBeCloseTo(1.7, 5);
  });

  it('explains every point: the score is the rounded sum of the factors', () => {
    const r = assess([file('infra/main.tf', 300, 20), file('.github/workflows/ci.yml', 5, 5), file('src/app.ts', 200, 10)]);
    const sum = r.factors.reduce((n, f) => n + f.points, 0);
    expect(r.score).toBe(Math.min(100, Math.round(sum)));
    const ids = r.factors.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['sensitive:infrastructure', 'sensitive:ci-cd', 'missing-tests']));
    expect(r.factors.find((f) => f.id === 'sensitive:infrastructure')!.files).toEqual(['infra/main.tf']);
    expect(r.factors.find((f) => f.id === 'missing-tests')!.files).toEqual(['src/app.ts']);
  });

  it('caps sensitive paths and says so', () => {
    const r = assess([file('main.tf'), file('.github/workflows/x.yml'), file('CODEOWNERS'), file('.env.production')]);
    const sensitive = r.factors.filter((f) => f.id.startsWith('sensitive:'));
    expect(sensitive.reduce((n, f) => n + f.points, 0)).toBe(policy.risk.factors['sensitive-paths']['max-points']);
    expect(sensitive.some((f) => f.detail.includes('capped'))).toBe(true);
  });

  it('does not count a test-only or test-accompanied change as missing tests', () => {
    expect(assess([file('src/a.ts'), file('src/a.test.ts')]).factors.map((f) => f.id)).not.toContain('missing-tests');
    expect(assess([file('tests/test_a.py')]).questions.testing).toMatch(/Only tests changed/);
  });

  it('applies the AI multiplier as an explained factor', () => {
    const human = assess([file('main.tf', 400)]);
    const ai = assess([file('main.tf', 400)], [], true);
    const extra = ai.factors.find((f) => f.id === 'ai-assisted')!;
    expect(extra.points).toBeCloseTo(Math.round(human.factors.reduce((n, f) => n + f.points, 0) * 0.25 * 10) / 10, 5);
    expect(ai.score).toBeGreaterThan(human.score);
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
    const r = assess([file('services/payments/charge.go'), file('package.json')], [], false, p);
    expect(r.factors.find((f) => f.id === 'sensitive:payments')?.points).toBe(30);
    expect(r.factors.find((f) => f.id === 'sensitive:dependencies')).toBeUndefined();
  });
});

describe('destructive operations', () => {
  const none = () => [] as string[];
  it('finds removed Terraform resources but not moved ones', () => {
    const ops = detectDestructive(
      [file('main.tf', 1, 6)],
      [{ path: 'main.tf', addedRanges: [], removed: ['resource "aws_db_instance" "main" {', 'resource "aws_s3_bucket" "moved" {'], added: ['resource "aws_s3_bucket" "moved" {'] }],
      none,
    );
    expect(ops.map((o) => o.detail)).toEqual(['Terraform resource aws_db_instance.main removed (destroyed on apply)']);
  });

  it('finds prevent_destroy removal and force_destroy', () => {
    const ops = detectDestructive(
      [file('s3.tf')],
      [{ path: 's3.tf', addedRanges: [], removed: ['    prevent_destroy = true'], added: ['  force_destroy = true'] }],
      none,
    );
    expect(ops.map((o) => o.kind).sort()).toEqual(['terraform-force-destroy', 'terraform-prevent-destroy-removed']);
  });

  it('finds destructive SQL in migrations and notes a missing down step', () => {
    const ops = detectDestructive(
      [file('db/migrations/004_drop.sql', 3, 0, { status: 'added' })],
      [{ path: 'db/migrations/004_drop.sql', addedRanges: [], removed: [], added: ['DROP TABLE IF EXISTS users;', '-- DROP TABLE comments_are_ignored;', 'DELETE FROM sessions;', 'DELETE FROM audit WHERE at < now();'] }],
      none,
    );
    expect(ops.map((o) => o.detail)).toEqual(['DROP TABLE users (no down step)', 'DELETE FROM sessions without WHERE (no down step)']);
    expect(ops.every((o) => !o.reversible)).toBe(true);
  });

  it('finds deleted Kubernetes manifests and deleted sensitive files', () => {
    const ops = detectDestructive(
      [file('deploy/app.yaml', 0, 10, { status: 'deleted' }), file('.github/workflows/release.yml', 0, 10, { status: 'deleted' })],
      [
        { path: 'deploy/app.yaml', addedRanges: [], removed: ['apiVersion: apps/v1', 'kind: Deployment'], added: [] },
        { path: '.github/workflows/release.yml', addedRanges: [], removed: ['on: push'], added: [] },
      ],
      (p) => (p.startsWith('.github/') ? ['ci-cd'] : []),
    );
    expect(ops.map((o) => o.kind)).toEqual(['kubernetes-manifest-deleted', 'sensitive-file-deleted']);
  });
});
