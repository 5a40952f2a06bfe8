/**
 * Verdicts through dist/index.js as a user's shell starts it, for inputs that used to give the wrong
 * answer: a base off the head's line, FIFOs where files belong, impossible or overbroad waivers, SARIF
 * results that are not failures or carry levels SARIF does not define, an audit file that cannot be
 * written, and a code-owner rule without a CODEOWNERS file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepos } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import { jest } from '@jest/globals';

// Each case starts the bundle once or twice; on a loaded machine that takes longer than the default minute.
jest.setTimeout(180_000);

const INFRA = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';
const MORE_INFRA = `${INFRA}\nresource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n\nresource "aws_iam_role" "deploy" {\n  name = "deploy"\n}\n`;

function sarif(results: unknown[]): string {
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Scanner', rules: [{ id: 'r1' }] } }, results }] });
}
const result = (extra: Record<string, unknown>) => ({ ruleId: 'r1', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 1 } } }], ...extra });

describe('CLI verdicts (dist/index.js)', () => {
  const repo = tempRepos();

  it('an explicit --base that is not an ancestor of --head is replaced by their merge-base, and the record says so', () => {
    const r = repo();
    r.write('infra/main.tf', INFRA).write('README.md', '# x\n');
    const fork = r.commit('base');
    r.git('checkout', '-q', '-b', 'old-branch');
    r.write('README.md', '# x\n\nOne line.\n');
    r.commit('One line of docs');
    r.git('checkout', '-q', 'main');
    r.write('infra/main.tf', MORE_INFRA);
    r.commit('Upstream infrastructure work');
    const res = runDist(['--base', 'main', '--head', 'old-branch', '--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(res.audit!.change).toMatchObject({ base: fork, baseReason: 'merge-base-of-explicit', files: 1 });
    expect(res.audit!.change.baseDescription).toContain('main is not an ancestor of the head');
    expect(res.audit!.risk.destructive).toEqual([]);
    expect(res.audit!.risk.score).toBeLessThan(25);
  });

  describe('only regular files are read', () => {
    const withFifo = () => {
      const r = repo();
      r.write('src/a.ts', 'export const a = 1;\n');
      r.commit('base');
      r.write('src/a.ts', 'export const a = 2;\n');
      r.commit('change');
      execFileSync('mkfifo', [join(r.dir, 'pipe')]);
      return r;
    };

    it('a FIFO as the policy or the request is refused at once, naming the file', () => {
      for (const flag of ['--policy', '--request']) {
        const r = withFifo();
        const started = Date.now();
        const res = runDist([flag, 'pipe'], { cwd: r.dir });
        expect(Date.now() - started).toBeLessThan(20_000);
        expect(res.code).toBe(2);
        expect(res.stderr).toMatch(/pipe is a FIFO \(named pipe\), not a regular file/);
        expect(res.stderr).not.toMatch(/\n\s+at /);
      }
    });

    it('a FIFO as a report is the report-unreadable violation', () => {
      const r = withFifo();
      const res = runDist(['--reports', 'pipe', '--format', 'json'], { cwd: r.dir });
      expect(res.code).toBe(1);
      const v = res.audit!.violations.find((x: { rule: string }) => x.rule === 'findings.report-unreadable');
      expect(v!.message).toContain('pipe is a FIFO');
    });
  });

  describe('waivers', () => {
    const withPolicy = (policy: string) => {
      const r = repo();
      r.write('.ai-governance.yml', policy).write('src/a.ts', 'export const a = 1;\n');
      r.commit('base');
      r.write('src/a.ts', 'export const a = 2;\n');
      r.commit('change');
      writeFileSync(join(r.dir, 'scan.sarif'), sarif([result({ level: 'error', properties: { 'security-severity': '9.5' } })]));
      return r;
    };

    it('refuses a date that is not in the calendar instead of rolling it over', () => {
      const r = withPolicy('version: 1\nfindings:\n  waivers:\n    - rule: r1\n      reason: accepted\n      owner: sec\n      expires: 2026-02-30\n');
      const res = runDist(['--reports', 'scan.sarif'], { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('findings.waivers[0].expires');
      expect(res.stderr).toContain('2026-02-30 is not a date in the calendar');
    });

    it('warns about, and records, a waiver that matches everything for centuries', () => {
      const r = withPolicy('version: 1\nfindings:\n  waivers:\n    - path: "**"\n      reason: noisy\n      owner: sec\n      expires: 2999-12-31\n');
      const res = runDist(['--reports', 'scan.sarif', '--format', 'json'], { cwd: r.dir, env: {} });
      expect(res.code).toBe(0);
      const rules = res.audit!.violations.map((v: { rule: string; level: string }) => `${v.rule}:${v.level}`);
      expect(rules).toEqual(expect.arrayContaining(['findings.waiver-too-broad:warning', 'findings.waiver-too-long:warning']));
      expect(res.audit!.findings!.waivers.tooBroad).toHaveLength(1);
      expect(res.audit!.findings!.waivers.tooLong).toHaveLength(1);
      expect(res.audit!.decision).toBe('warn');
    });
  });

  it('SARIF: a result that is not a failure is no finding; a level SARIF does not define is unknown, with a note', () => {
    const r = repo();
    r.write('src/a.ts', 'export const a = 1;\n');
    r.commit('base');
    r.write('src/a.ts', 'export const a = 2;\n');
    r.commit('change');
    writeFileSync(join(r.dir, 'scan.sarif'), sarif([result({ kind: 'pass', level: 'error' }), result({ level: 'Error' }), result({ level: 'fatal' })]));
    const res = runDist(['--reports', 'scan.sarif', '--format', 'json'], { cwd: r.dir });
    expect(res.audit!.findings!.counts).toMatchObject({ critical: 0, high: 0, medium: 0, unknown: 2 });
    expect(res.audit!.notes.join(' ')).toContain('2 SARIF results have a level SARIF does not define');
  });

  it('an audit file that cannot be written is exit 2 with the path, and no stack trace', () => {
    const r = repo();
    r.write('a.txt', '1\n');
    r.commit('base');
    r.write('a.txt', '2\n');
    r.commit('change');
    mkdirSync(join(r.dir, 'audit.json'));
    const res = runDist(['--audit-file', 'audit.json'], { cwd: r.dir, auditFile: 'none.json' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('The audit record could not be written to audit.json (EISDIR)');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('a rule asking for code owners without a CODEOWNERS file fails closed, unless the rule says otherwise', () => {
    const rule = (extra: string) => `version: 1\napprovals:\n  rules:\n    - name: owners\n      when: {}\n      require:\n        count: 1\n        codeowners: true\n${extra}`;
    for (const [extra, code] of [['', 1], ['        if-no-codeowners: any-reviewer\n', 0]] as const) {
      const r = repo();
      r.write('.ai-governance.yml', rule(extra)).write('a.txt', '1\n');
      r.commit('base');
      r.write('a.txt', '2\n');
      const head = r.commit('change');
      writeFileSync(join(r.dir, 'request.json'), JSON.stringify({ number: 1, author: 'dev', approvals: [{ login: 'someone', commitSha: head }] }));
      const res = runDist(['--request', 'request.json', '--format', 'json'], { cwd: r.dir });
      expect(res.code).toBe(code);
    }
  });
});
