/**
 * Scanner findings end to end: a real ESLint run produces SARIF for a change, and dist/index.js gates on
 * it under different policies.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusFile, describeCorpus, itWithCorpus } from '../helpers/corpus.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import { leanSpawnSync } from '../helpers/lean-exec.js';

const require = createRequire(import.meta.url);

function eslintBin(): string {
  const manifest = require.resolve('eslint/package.json');
  const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin as Record<string, string>;
  return join(dirname(manifest), bin.eslint!);
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('findings gate through dist/index.js with real ESLint SARIF', () => {
  let r: TempRepo;
  let evalLine: number;

  beforeAll(() => {
    r = new TempRepo();
    r.write('src/clean.js', 'export const ok = 1;\n');
    r.commit('base');
    const lines = ['export function run(userInput) {', '  const x = 1;', '  return eval(userInput) + x;', '}'];
    evalLine = lines.findIndex((l) => l.includes('eval(')) + 1;
    r.write('src/app.js', lines.join('\n') + '\n');
    r.commit('Add app');
    writeFileSync(
      join(r.dir, 'eslint.config.mjs'),
      `import security from ${JSON.stringify(pathToFileURL(require.resolve('eslint-plugin-security')).href)};\n` +
        `export default [{ files: ['src/**/*.js'], languageOptions: { ecmaVersion: 2022, sourceType: 'module' }, plugins: { security },\n` +
        `  rules: { 'no-eval': 'error', 'security/detect-eval-with-expression': 'error' } }];\n`,
    );
    const lint = leanSpawnSync(
      process.execPath,
      [eslintBin(), '--config', 'eslint.config.mjs', '--format', require.resolve('@microsoft/eslint-formatter-sarif'), '--output-file', 'eslint.sarif', 'src'],
      { cwd: r.dir, encoding: 'utf8' },
    );
    if (lint.status !== 1) throw new Error(`eslint should report findings: ${lint.status} ${lint.stderr}`);
  });
  afterAll(() => r.cleanup());

  const policy = (text: string) => writeFileSync(join(r.dir, 'policy.yml'), `version: 1\n${text}`);

  it('fails on new high findings and points at the line', () => {
    policy('');
    const res = runDist(['--policy', 'policy.yml', '--reports', 'eslint.sarif', '--format', 'markdown'], { cwd: r.dir });
    expect(res.code).toBe(1);
    const f = res.audit!.findings!;
    expect(f.reports).toEqual([expect.objectContaining({ path: 'eslint.sarif', format: 'sarif', tool: 'ESLint', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(f.counts.high).toBe(2);
    expect(f.inScope.high).toBe(2);
    expect(f.overThreshold.map((x) => `${x.rule} ${x.path}:${x.line}`).sort()).toEqual([
      `no-eval src/app.js:${evalLine}`,
      `security/detect-eval-with-expression src/app.js:${evalLine}`,
    ]);
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toContain('findings.max');
    expect(res.stdout).toContain('src/app.js');
  });

  it('scope changed-lines: in a file renamed with an edit, only the line the change added counts', () => {
    const lines = ['export function legacy(input) {', '  return eval(input);', '}'];
    const moved = new TempRepo();
    try {
      moved.write('src/legacy.js', lines.join('\n') + '\n');
      moved.commit('base');
      moved.git('mv', 'src/legacy.js', 'src/kept.js');
      moved.write('src/kept.js', [...lines, 'export const again = (code) => eval(code);'].join('\n') + '\n');
      moved.commit('Move legacy and add a second evaluator');
      writeFileSync(join(moved.dir, 'eslint.config.mjs'), `export default [{ files: ['src/**/*.js'], languageOptions: { ecmaVersion: 2022, sourceType: 'module' }, rules: { 'no-eval': 'error' } }];\n`);
      const lint = leanSpawnSync(process.execPath, [eslintBin(), '--config', 'eslint.config.mjs', '--format', require.resolve('@microsoft/eslint-formatter-sarif'), '--output-file', 'eslint.sarif', 'src'], { cwd: moved.dir, encoding: 'utf8' });
      expect(lint.status).toBe(1);
      writeFileSync(join(moved.dir, 'policy.yml'), 'version: 1\nfindings:\n  scope: changed-lines\n');
      const res = runDist(['--policy', 'policy.yml', '--reports', 'eslint.sarif'], { cwd: moved.dir });
      expect(res.audit!.files.listed).toEqual([expect.objectContaining({ path: 'src/kept.js', status: 'renamed', previousPath: 'src/legacy.js' })]);
      const f = res.audit!.findings!;
      expect(f.counts.high).toBe(2);
      expect(f.inScope.high).toBe(1);
      expect(f.overThreshold.map((x) => `${x.path}:${x.line}`)).toEqual([`src/kept.js:${lines.length + 1}`]);
      expect(res.code).toBe(1);
    } finally {
      moved.cleanup();
    }
  });

  it('passes when owned, unexpired waivers cover the findings, and reports one that matches nothing', () => {
    policy(
      [
        'findings:',
        '  waivers:',
        `    - { rule: no-eval, reason: sandboxed evaluator, owner: security-team, expires: ${day(30)} }`,
        `    - { rule: security/detect-eval-with-expression, reason: same, owner: security-team, expires: ${day(5)} }`,
        `    - { rule: js/never-seen, reason: old, owner: security-team, expires: ${day(60)} }`,
        '',
      ].join('\n'),
    );
    const res = runDist(['--policy', 'policy.yml', '--reports', 'eslint.sarif', '--format', 'markdown'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(res.audit!.decision).toBe('warn');
    expect(res.audit!.findings!.waived).toBe(2);
    expect(res.audit!.findings!.waivers.unused.map((w) => w.rule)).toEqual(['js/never-seen']);
    expect(res.audit!.findings!.waivers.expiringSoon.map((w) => w.rule)).toContain('security/detect-eval-with-expression');
    expect(res.audit!.violations.map((v: { rule: string; level: string }) => `${v.rule}:${v.level}`)).toEqual(['findings.waiver-unused:warning']);
  });

  it('stops applying an expired waiver and says so', () => {
    policy(`findings:\n  waivers:\n    - { rule: no-eval, reason: x, owner: sec, expires: ${day(-1)} }\n`);
    const res = runDist(['--policy', 'policy.yml', '--reports', 'eslint.sarif'], { cwd: r.dir });
    expect(res.code).toBe(1);
    const rules = res.audit!.violations.map((v: { rule: string }) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['findings.max', 'findings.waiver-expired']));
  });

  it('treats a glob that matches nothing as the policy says', () => {
    policy('');
    const fail = runDist(['--policy', 'policy.yml', '--reports', 'reports/*.sarif'], { cwd: r.dir });
    expect(fail.code).toBe(1);
    expect(fail.audit!.violations[0]!.message).toContain('reports/*.sarif');
    policy('findings:\n  missing: warn\n');
    const warn = runDist(['--policy', 'policy.yml', '--reports', 'reports/*.sarif'], { cwd: r.dir });
    expect(warn.code).toBe(0);
    expect(warn.audit!.decision).toBe('warn');
    policy('findings:\n  missing: ignore\n');
    expect(runDist(['--policy', 'policy.yml', '--reports', 'reports/*.sarif'], { cwd: r.dir }).audit!.decision).toBe('pass');
  });
});

describeCorpus('findings gate on corpus reports through dist/index.js', () => {
  let r: TempRepo;
  beforeAll(() => {
    r = new TempRepo();
    r.write('a.txt', '1\n');
    r.commit('base');
    r.write('a.txt', '2\n');
    r.commit('change');
  });
  afterAll(() => r.cleanup());

  it('gates on several formats at once with scope all', () => {
    writeFileSync(join(r.dir, 'policy.yml'), 'version: 1\nfindings:\n  scope: all\n  max: { critical: 0 }\n');
    const res = runDist(
      ['--policy', 'policy.yml', '--reports', `${corpusFile('native/trivy-image-alpine-310.json')},${corpusFile('gitlab/gl-dependency-scanning-report-v3.0.0-many.json')}`],
      { cwd: r.dir },
    );
    expect(res.stderr).toBe('');
    expect(res.audit!.findings!.reports.map((x) => x.format)).toEqual(['trivy', 'gitlab-dependency-scanning']);
    // Trivy: 4 MEDIUM; GitLab dependency scanning: 5 High, 1 Unknown (corpus INDEX.md).
    expect(res.audit!.findings!.counts).toMatchObject({ medium: 4, high: 5, unknown: 1, critical: 0 });
    expect(res.code).toBe(0);
  });

  it('refuses a report over the configured size limit, naming the limit to raise', () => {
    writeFileSync(join(r.dir, 'small.yml'), 'version: 1\nfindings:\n  max-report-bytes: 1000\n');
    const res = runDist(['--policy', 'small.yml', '--reports', corpusFile('native/trivy-image-alpine-310.json')], { cwd: r.dir });
    expect(res.code).toBe(1);
    const v = res.audit!.violations.find((x: { rule: string }) => x.rule === 'findings.report-unreadable');
    expect(v!.message).toContain("trivy-image-alpine-310.json");
    expect(v!.message).toMatch(/the report is \d+ bytes; the policy allows at most 1000 \(findings\.max-report-bytes\)/);
  });

  itWithCorpus(['sarif/sarifsdk-suppressions.sarif'], 'names a file that is not a report and fails closed', () => {
    // A real report cut short, as an upload that stopped half-way leaves it.
    const whole = readFileSync(corpusFile('sarif/sarifsdk-suppressions.sarif'));
    writeFileSync(join(r.dir, 'cut-short.sarif'), whole.subarray(0, whole.length >> 1));
    const res = runDist(['--reports', 'cut-short.sarif'], { cwd: r.dir });
    expect(res.code).toBe(1);
    const v = res.audit!.violations.find((x: { rule: string }) => x.rule === 'findings.report-unreadable');
    expect(v!.message).toContain('cut-short.sarif');
    expect(v!.message).toMatch(/not valid JSON/);
  });
});
