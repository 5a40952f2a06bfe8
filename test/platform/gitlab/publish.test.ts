/**
 * What the adapter writes for a real evaluation: the engine judges a real repository, then the GitLab
 * renderers turn the result into a note, a Code Quality report and a log section.
 */
import { join } from 'node:path';
import { parseCli } from '../../../src/gather/options.js';
import { codeQualityReport, findingIssues, riskIssues, violationIssues } from '../../../src/platform/gitlab/code-quality.js';
import { logSection } from '../../../src/platform/gitlab/log-section.js';
import { gitlabSettings } from '../../../src/platform/gitlab/options.js';
import { NOTE_LIMIT, noteBody } from '../../../src/platform/gitlab/publish.js';
import { localPlatform } from '../../../src/platform/local.js';
import type { Published } from '../../../src/platform/types.js';
import { STICKY_MARKER } from '../../../src/core/render/marker.js';
import { runGate } from '../../../src/app/run-gate.js';
import { TempRepo } from '../../helpers/git-repo.js';
import { codeQualityProblems } from './code-quality-shape.js';

const TERRAFORM = 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';

async function judge(repo: TempRepo): Promise<Published> {
  const out: string[] = [];
  const term = { write: (t: string) => void out.push(t), isTTY: false, env: {} };
  const options = { ...parseCli(['--audit-file', join(repo.dir, 'audit.json')]), repo: repo.dir };
  return runGate(localPlatform(options, term), { cwd: repo.dir, now: new Date('2025-01-02T03:04:05Z') });
}

describe('GitLab renderings of a real result', () => {
  const repo = new TempRepo();
  let result: Published;
  beforeAll(async () => {
    // Risk alone refuses nothing by default; this result comes from a policy that stops AI-assisted changes at high risk.
    repo.write('infra/main.tf', TERRAFORM).write('README.md', '# x\n').write('.ai-governance.yml', 'version: 1\nai:\n  fail-at-risk: high\n');
    repo.commit('base');
    repo.write('infra/main.tf', 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n  force_destroy = true\n}\n');
    repo.commit({ message: 'Recreate\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' });
    result = await judge(repo);
  });
  afterAll(() => repo.cleanup());

  const ctx = { env: { CI_JOB_URL: 'https://gitlab.example.com/acme/shop/-/jobs/77' }, settings: gitlabSettings([], {}) };

  it('the note is the Markdown summary behind the sticky marker', () => {
    expect(result.evaluation.decision).toBe('fail');
    // With default-branch runs the note is the summary itself; without, a line says what the widget needs.
    expect(noteBody(result, { ...ctx, env: { ...ctx.env, AI_GOVERNANCE_DEFAULT_BRANCH: 'true' } })).toBe(`${STICKY_MARKER}\n${result.markdown}`);
    expect(noteBody(result, ctx).startsWith(`${STICKY_MARKER}\n${result.markdown}`)).toBe(true);
    expect(noteBody(result, ctx)).toMatch(/<sub>The Code Quality widget .*<\/sub>\n$/);
  });

  it('a summary over GitLab\'s note limit is cut to it, verdict and blockers first, pointing at the artifact', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({ rule: `findings.max`, message: `Finding ${i} `.padEnd(60, 'x'), remediation: 'Fix it.', level: 'error' as const }));
    const big: Published = { ...result, evaluation: { ...result.evaluation, violations: [...result.evaluation.violations, ...many] } };
    const body = noteBody(big, ctx);
    expect(body.length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(body.length).toBeGreaterThan(NOTE_LIMIT - 1000);
    expect(body.startsWith(`${STICKY_MARKER}\n## ❌ AI governance gate: FAIL`)).toBe(true);
    expect(body).toContain('cut to fit the size limit');
  });

  it('a summary a little over the limit drops optional sections and links the full text', () => {
    // Violations sized so the essentials fit but not the evidence sections after them.
    const full = noteBody(result, ctx).length;
    const pad = NOTE_LIMIT - full + 200;
    const filler = { rule: 'pad', message: 'p'.repeat(pad - 100), remediation: 'r', level: 'warning' as const };
    const body = noteBody({ ...result, evaluation: { ...result.evaluation, violations: [...result.evaluation.violations, filler] } }, ctx);
    expect(body.length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(body).toContain('[ai-governance-summary.md](https://gitlab.example.com/acme/shop/-/jobs/77/artifacts/file/ai-governance-summary.md)');
    expect(body).not.toContain('### Risk-based review');
  });

  it('the Code Quality report is valid and flags the Terraform file and every violation', () => {
    const e = result.evaluation;
    const json = JSON.parse(codeQualityReport(violationIssues(e, result.policyInfo), riskIssues(e)));
    expect(codeQualityProblems(json)).toEqual([]);
    expect(json.filter((i: { check_name: string }) => i.check_name.startsWith('ai-governance/') && !i.check_name.includes('/risk/') && !i.check_name.includes('/destructive/'))).toHaveLength(e.violations.length);
    // One issue per destructive operation; the irreversible one (a dropped database) is critical.
    const destructive = json.filter((i: { check_name: string }) => i.check_name.startsWith('ai-governance/destructive/'));
    expect(destructive).toHaveLength(e.risk.destructive.length);
    expect(destructive.map((i: { severity: string }) => i.severity).sort()).toEqual(e.risk.destructive.map((d) => (d.reversible ? 'major' : 'critical')).sort());
    expect(destructive.every((i: { location: { path: string } }) => i.location.path === 'infra/main.tf')).toBe(true);
  });

  it('fingerprints stay put when scores and messages change, and differ between issues', () => {
    const e = result.evaluation;
    const first = violationIssues(e, result.policyInfo).map((i) => i.fingerprint);
    const reworded = { ...e, violations: e.violations.map((v) => ({ ...v, message: v.message + ' (score changed)' })) };
    expect(violationIssues(reworded, result.policyInfo).map((i) => i.fingerprint)).toEqual(first);
    const all = [...first, ...riskIssues(e).map((i) => i.fingerprint)];
    expect(new Set(all).size).toBe(all.length);
    for (const f of all) expect(f).toMatch(/^[0-9a-f]{64}$/);
  });

  it('maps scanner findings over the threshold onto GitLab\'s severities', () => {
    const issues = findingIssues(
      [
        { tool: 'semgrep', rule: 'sql-injection', severity: 'critical', message: 'SQL built from input', path: 'src/db.ts', line: 12 },
        { tool: 'trivy', rule: 'CVE-2024-1', severity: 'high', message: 'vulnerable lib', fingerprint: 'abc' },
        { tool: 'x', rule: 'y', severity: 'unknown', message: 'm', path: './src/a.ts' },
      ],
      '.ai-governance.yml',
    );
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['semgrep/sql-injection', 'blocker', 'src/db.ts', 12],
      ['trivy/CVE-2024-1', 'critical', '.ai-governance.yml', 1],
      ['x/y', 'info', 'src/a.ts', 1],
    ]);
    expect(codeQualityProblems(JSON.parse(codeQualityReport(issues)))).toEqual([]);
  });
});

describe('logSection', () => {
  it('wraps the text in GitLab\'s collapsible section markers', () => {
    const text = logSection('line 1\nline 2', { name: 'ai_governance', header: 'AI governance gate', start: new Date(1700000000123), end: new Date(1700000002999) });
    expect(text).toBe(
      '\u001b[0Ksection_start:1700000000:ai_governance[collapsed=false]\r\u001b[0KAI governance gate\n' + 'line 1\nline 2\n' + '\u001b[0Ksection_end:1700000002:ai_governance\r\u001b[0K\n',
    );
    expect(logSection('x\n', { name: 'a', header: 'h', collapsed: true, start: new Date(0), end: new Date(0) })).toContain('section_start:0:a[collapsed=true]');
    expect(() => logSection('x', { name: 'bad name', header: 'h', start: new Date(0), end: new Date(0) })).toThrow();
  });
});
