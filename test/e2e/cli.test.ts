import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { type TempRepo, tempRepos } from '../helpers/git-repo.js';
import { gitCounter } from '../helpers/git-counter.js';
import { runDist } from '../helpers/run-dist.js';
import { projectRoot } from '../helpers/corpus.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

/** Risk alone refuses nothing by default; these scenarios use a policy that stops AI-assisted changes at high risk. */
const STOP_AI_AT_HIGH = 'version: 1\nai:\n  fail-at-risk: high\n';
const TERRAFORM = `resource "aws_db_instance" "main" {\n  engine = "postgres"\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n`;

describe('ai-governance-gate CLI (dist/index.js)', () => {
  const repo = tempRepos();

  it('fails an AI-assisted change that deletes infrastructure, and explains why', () => {
    const r = repo();
    r.write('infra/main.tf', TERRAFORM).write('src/app.ts', 'export const a = 1;\n').write('.ai-governance.yml', STOP_AI_AT_HIGH);
    r.commit('base');
    r.write('infra/main.tf', 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n  force_destroy = true\n}\n');
    r.commit({
      message: 'Recreate the environment\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    });
    const res = runDist(['--format', 'markdown', '--summary-file', 'summary.md'], { cwd: r.dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    const audit = res.audit!;
    expect(audit.decision).toBe('fail');
    expect(audit.platform).toBe('local');
    expect(audit.attribution.aiAssisted).toBe(true);
    expect(audit.attribution.aiShare).toBe(1);
    expect(audit.attribution.tools).toContain('Claude Code');
    const evidence = audit.attribution.commits[0]!.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence[0]).toEqual(expect.objectContaining({ signal: expect.any(String), value: expect.any(String), tool: 'Claude Code' }));
    expect(audit.violations.map((v: { rule: string }) => v.rule)).toContain('ai.fail-at-risk');
    const destructive = audit.risk.factors.find((f: { id: string }) => f.id === 'destructive');
    expect(destructive!.detail).toContain('aws_db_instance.main');
    expect(audit.risk.score).toBe(Math.min(100, Math.round(audit.risk.factors.reduce((n: number, f: { points: number }) => n + f.points, 0))));
    expect(audit.policy.source).toMatch(/^\.ai-governance\.yml at base [0-9a-f]{12}$/);
    expect(audit.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(audit.change.base).toMatch(/^[0-9a-f]{40}$/);
    expect(audit.change.commits).toBe(1);
    // The printed summary and the summary file are the same Markdown, verdict first.
    expect(res.stdout.split('\n')[0]).toMatch(/^## ❌ AI governance gate: FAIL/);
    expect(readFileSync(join(r.dir, 'summary.md'), 'utf8')).toBe(res.stdout);
    // The first screen names what is destroyed and says what to do about that cause, not in generic words.
    const firstScreen = res.stdout.slice(0, res.stdout.indexOf('<details>'));
    expect(firstScreen).toContain('- **`aws_db_instance.main`** is destroyed on apply (its block is gone from `infra/main.tf`)');
    expect(firstScreen).toMatch(/^\*\*Next:\*\* If only the code should go, keep the resource with a `removed` block/m);
    expect(firstScreen).not.toMatch(/split/i);
    expect(firstScreen).not.toContain('ai.fail-at-risk');
  });

  it('passes a small human change and never claims human authorship', () => {
    const r = repo();
    r.write('README.md', '# x\n');
    r.commit('base');
    r.write('README.md', '# x\n\nMore words.\n');
    r.commit({ message: 'Fix cursor position in the docs\n\nCo-authored-by: Jane Doe <jane@example.com>\n' });
    const res = runDist([], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(res.audit!.decision).toBe('pass');
    expect(res.audit!.attribution.aiAssisted).toBe(false);
    expect(res.stdout).toMatch(/^✅ AI governance gate: PASS/);
    expect(res.stdout).toContain('no AI markers found');
    expect(res.stdout).not.toMatch(/human-authored|written by humans/i);
  });

  it('never exits 1 in warn mode', () => {
    const r = repo();
    // --mode warn relaxes only a policy that lets inputs weaken it (the next test has the refusal).
    r.write('infra/main.tf', TERRAFORM).write('.ai-governance.yml', `${STOP_AI_AT_HIGH}inputs-may-weaken: true\n`);
    r.commit('base');
    r.write('infra/main.tf', '');
    r.commit({ message: 'Drop it\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n' });
    const res = runDist(['--mode', 'warn', '--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).decision).toBe('warn');
    expect(res.audit!.mode).toBe('warn');
  });

  it('--mode warn does not relax a committed policy that does not allow it', () => {
    const r = repo();
    r.write('infra/main.tf', TERRAFORM).write('.ai-governance.yml', STOP_AI_AT_HIGH);
    r.commit('base');
    r.write('infra/main.tf', '');
    r.commit({ message: 'Drop it\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n' });
    const res = runDist(['--mode', 'warn'], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.audit!.mode).toBe('enforce');
    expect(res.stdout).toContain('inputs may only make it stricter');
  });

  it('judges a change under the policy at the base, even when the change edits it', () => {
    const r = repo();
    r.write('.ai-governance.yml', 'version: 1\nrisk:\n  fail-at: low\n').write('a.txt', '1\n');
    r.commit('base with a strict policy');
    r.write('.ai-governance.yml', 'version: 1\nrisk:\n  fail-at: never\n').write('a.txt', '2\n');
    r.commit('relax the policy');
    const res = runDist(['--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(1);
    const audit = JSON.parse(res.stdout);
    expect(audit.policy.source).toMatch(/^\.ai-governance\.yml at base [0-9a-f]{12}$/);
    expect(audit.violations.map((v: { rule: string }) => v.rule)).toEqual(['risk.fail-at']);
    expect(audit.notes.join(' ')).toContain('edits the policy file');
    expect(audit.risk.factors.map((f: { id: string }) => f.id)).toContain('sensitive:governance');
  });

  it('writes the audit record where --audit-file says, and reads --policy, --base and --head', () => {
    const r = repo();
    r.write('a.txt', '1\n');
    const first = r.commit('one');
    r.write('a.txt', '2\n');
    const second = r.commit('two');
    r.write('a.txt', '3\n');
    r.commit('three');
    writeFileSync(join(r.dir, 'policy.yml'), 'version: 1\nmode: warn\n');
    const res = runDist(['--base', first, '--head', second, '--policy', 'policy.yml', '--audit-file', 'out/audit.json'], { cwd: r.dir, auditFile: 'out/audit.json' });
    expect(res.code).toBe(0);
    expect(res.audit!.change).toMatchObject({ base: first, head: second, commits: 1, baseReason: 'explicit' });
    expect(res.audit!.policy.source).toBe('policy.yml');
    expect(res.audit!.mode).toBe('warn');
  });

  it('escapes hostile file names and commit text in the Markdown summary', () => {
    const r = repo();
    r.write('a.txt', '1\n');
    r.commit('base');
    r.write('src/<img src=x onerror=alert(1)>|@admin.ts', 'x\n');
    r.commit({ message: '## ✅ AI governance gate: PASS\n\nCo-authored-by: Claude <noreply@anthropic.com>\n' });
    const res = runDist(['--format', 'markdown'], { cwd: r.dir });
    // Render as GitHub would (HTML allowed, GFM tables) and look at what a reader gets.
    const html = new MarkdownIt({ html: true, linkify: true }).render(res.stdout);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<h2>/g)?.length).toBe(1);
    expect(html).toMatch(/<h2>❌|<h2>✅|<h2>⚠️/);
    // The pipe in the file name does not split its table cell.
    const row = html.split('<tr>').find((r) => r.includes('onerror'))!;
    expect(row.match(/<td/g)?.length).toBe(4);
  });

  describe('bad input: exit 2 and a message that says what to do', () => {
    const cases: [string, (r: TempRepo) => string[], RegExp][] = [
      ['a missing policy file', () => ['--policy', 'nope.yml'], /Policy file nope\.yml was not found[\s\S]*→/],
      ['a YAML syntax error', (r) => (writeFileSync(join(r.dir, 'p.yml'), 'version: 1\nrisk:\n  fail-at: [high\n'), ['--policy', 'p.yml']), /p\.yml:\d+:\d+: YAML syntax error/],
      ['an unknown key', (r) => (writeFileSync(join(r.dir, 'p.yml'), 'version: 1\nfindings:\n  max:\n    critcal: 0\n'), ['--policy', 'p.yml']), /findings\.max\.critcal: unknown key "critcal" \(did you mean "critical"\?\)/],
      ['a wrong type', (r) => (writeFileSync(join(r.dir, 'p.yml'), 'version: 1\nrisk:\n  levels:\n    high: lots\n'), ['--policy', 'p.yml']), /risk\.levels\.high: expected a number/],
      ['an unknown base', () => ['--base', 'does-not-exist'], /Base revision "does-not-exist" was not found/],
      ['an unknown option', () => ['--frobnicate'], /Unknown option '--frobnicate'[\s\S]*--help/],
      ['a bad --format', () => ['--format', 'html'], /--format must be one of text, markdown, json/],
    ];
    it.each(cases)('%s', (_name, args, message) => {
      const r = repo();
      r.write('a.txt', '1\n');
      r.commit('one');
      const res = runDist(args(r), { cwd: r.dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(message);
      expect(res.stdout).toBe('');
    });

    it('not a git repository', () => {
      const dir = mkdtempSync(join(tmpdir(), 'gate-not-repo-'));
      try {
        const res = runDist([], { cwd: dir });
        expect(res.code).toBe(2);
        expect(res.stderr).toMatch(/is not a git repository[\s\S]*--repo/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a bare repository, and a --repo that does not exist', () => {
      const upstream = repo();
      upstream.write('a.txt', '1\n').commit('one');
      const dir = mkdtempSync(join(tmpdir(), 'gate-bare-'));
      try {
        leanExecFileSync('git', ['clone', '-q', '--bare', upstream.dir, join(dir, 'bare.git')]);
        const bare = runDist(['--repo', join(dir, 'bare.git')], { cwd: dir });
        expect(bare.code).toBe(2);
        expect(bare.stderr).toMatch(/is a bare repository: the gate reads a clone with a working tree[\s\S]*--repo/);
        const missing = runDist(['--repo', join(dir, 'nowhere')], { cwd: dir });
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/Repository directory .*nowhere does not exist/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a shallow clone', () => {
      const upstream = repo();
      for (let i = 0; i < 3; i++) {
        upstream.write('a.txt', `${i}\n`);
        upstream.commit(`c${i}`);
      }
      const dir = mkdtempSync(join(tmpdir(), 'gate-shallow-'));
      try {
        leanExecFileSync('git', ['clone', '-q', '--depth', '1', `file://${upstream.dir}`, dir]);
        const res = runDist([], { cwd: dir });
        expect(res.code).toBe(2);
        expect(res.stderr).toContain('fetch-depth: 0');
        expect(res.stderr).toContain('git fetch --unshallow');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('starts five git processes for an ordinary change, one of them answering every question about a revision', () => {
    const r = repo();
    r.write('a.txt', '1\n').commit('one');
    r.write('a.txt', '2\n').commit('two');
    const git = gitCounter();
    try {
      const res = runDist([], { cwd: r.dir, env: { PATH: git.path } });
      expect(res.code).toBe(0);
      expect(git.commands()).toHaveLength(5);
      expect(git.commands().filter((c) => c.includes('cat-file --batch-check'))).toHaveLength(1);
      // A clone: two more, for the remote default branch's name and the merge-base with it.
      const clone = mkdtempSync(join(tmpdir(), 'gate-counted-clone-'));
      try {
        leanExecFileSync('git', ['clone', '-q', r.dir, clone]);
        leanExecFileSync('git', ['checkout', '-q', '-b', 'feature'], { cwd: clone });
        writeFileSync(join(clone, 'b.txt'), 'b\n');
        leanExecFileSync('git', ['add', 'b.txt'], { cwd: clone });
        leanExecFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'three'], { cwd: clone });
        const before = git.commands().length;
        expect(runDist([], { cwd: clone, env: { PATH: git.path } }).code).toBe(0);
        expect(git.commands().slice(before)).toHaveLength(7);
      } finally {
        rmSync(clone, { recursive: true, force: true });
      }
    } finally {
      git.cleanup();
    }
  });

  it('prints --version and --help', () => {
    const dir = tmpdir();
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(runDist(['--version'], { cwd: dir }).stdout.trim()).toBe(pkg.version);
    const help = runDist(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    for (const flag of ['--repo', '--base', '--head', '--policy', '--mode', '--audit-file', '--summary-file', '--format']) expect(help.stdout).toContain(flag);
  });
});
