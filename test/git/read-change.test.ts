import { appendFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { DIFF_FLAGS, readChangedFiles } from '../../src/gather/git/changed-files.js';
import { readCommits } from '../../src/gather/git/commits.js';
import { parsePatch, readPatches } from '../../src/gather/git/patches.js';
import { readChange } from '../../src/gather/git/read-change.js';
import { needsContent } from '../../src/core/risk/destructive.js';
import { gitCounter } from '../helpers/git-counter.js';
import { resolveRange } from '../../src/gather/git/range.js';
import { tempRepos } from '../helpers/git-repo.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

const AWKWARD = ['with space.txt', 'quote"d.txt', 'new\nline.txt', 'ünïcødé/файл.ts', '-leading-dash.md', 'tab\there.txt', 'bidi\u202etxt.exe'];

describe('git reader', () => {
  const repo = tempRepos();

  it('reads awkward file names intact, with statuses and line counts', async () => {
    const r = repo();
    r.write('keep.txt', 'a\nb\nc\nd\ne\nf\ng\nh\n').write('gone.txt', 'x\n').write('old-name.ts', 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n');
    const base = r.commit('base');
    for (const name of AWKWARD) r.write(name, 'one\ntwo\n');
    r.write('keep.txt', 'a\nb\nc\nd\ne\nf\ng\nh\ni\n');
    r.git('rm', '-q', 'gone.txt');
    r.git('mv', 'old-name.ts', 'new-name.ts');
    r.write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 255]));
    const head = r.commit('head');
    const files = await readChangedFiles(r.dir, base, head);
    const byPath = new Map(files.map((f) => [f.path, f]));
    for (const name of AWKWARD) expect(byPath.get(name)).toMatchObject({ status: 'added', additions: 2, deletions: 0, binary: false });
    expect(byPath.get('keep.txt')).toMatchObject({ status: 'modified', additions: 1, deletions: 0 });
    expect(byPath.get('gone.txt')).toMatchObject({ status: 'deleted', deletions: 1 });
    expect(byPath.get('new-name.ts')).toMatchObject({ status: 'renamed', previousPath: 'old-name.ts', additions: 0, deletions: 0 });
    expect(byPath.get('image.png')).toMatchObject({ status: 'added', binary: true, additions: 0 });
    // Cross-check the file count with git itself.
    const names = leanExecFileSync('git', ['diff', '--name-only', '-z', '-M', base, head], { cwd: r.dir, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files).toHaveLength(names.length);
  });

  it('reads commits with identities, full messages, trailers and per-commit additions', async () => {
    const r = repo();
    r.write('a.txt', '1\n');
    const base = r.commit('base');
    r.write('b.txt', '1\n2\n3\n');
    const message = 'Add b\n\nBody line with "quotes"\nand\ttabs.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nSigned-off-by: Dev <dev@example.com>\n';
    const sha = r.commit({ message, author: { name: 'Dev Person', email: 'dev@example.com' }, committer: { name: 'Committer', email: 'c@example.com' } });
    r.write('c.txt', 'x\n');
    r.commit('second\n');
    const commits = await readCommits(r.dir, base, 'HEAD', false);
    expect(commits).toHaveLength(2);
    const c = commits.find((x) => x.sha === sha)!;
    expect(c.author).toEqual({ name: 'Dev Person', email: 'dev@example.com' });
    expect(c.committer).toEqual({ name: 'Committer', email: 'c@example.com' });
    expect(c.message).toBe(message.trimEnd());
    expect(c.additions).toBe(3);
    expect(c.trailers.map((t) => t.key.toLowerCase())).toEqual(['co-authored-by', 'signed-off-by']);
  });

  it('reads added and removed lines of selected files, including quoted names', async () => {
    const r = repo();
    r.write('infra/main.tf', 'resource "aws_s3_bucket" "logs" {\n  bucket = "x"\n}\n').write('we"ird.sql', 'SELECT 1;\n');
    const base = r.commit('base');
    r.write('infra/main.tf', '# nothing left\n').write('we"ird.sql', 'DROP TABLE users;\n');
    const head = r.commit('head');
    const patches = await readPatches(r.dir, base, head, ['infra/main.tf', 'we"ird.sql']);
    const tf = patches.find((p) => p.path === 'infra/main.tf')!;
    expect(tf.removed).toContain('resource "aws_s3_bucket" "logs" {');
    expect(tf.added).toEqual(['# nothing left']);
    expect(patches.find((p) => p.path === 'we"ird.sql')?.added).toEqual(['DROP TABLE users;']);
  });

  it('reads the patches of many files in calls at once, as one call reads them, renames paired', async () => {
    const r = repo();
    const FILES = 300;
    for (let i = 0; i < FILES; i++) r.write(`db/m_${i}.sql`, `CREATE TABLE t${i} (id int);\nINSERT INTO t${i} VALUES (1);\nINSERT INTO t${i} VALUES (2);\n`);
    const base = r.commit('base');
    for (let i = 0; i < FILES; i++) {
      // Two files in three are renamed with an edit: a patch shows only the edit when git pairs the two paths.
      const path = i % 3 === 0 ? `db/m_${i}.sql` : `db/m_${i}.moved.sql`;
      if (path !== `db/m_${i}.sql`) renameSync(join(r.dir, `db/m_${i}.sql`), join(r.dir, path));
      r.write(path, `CREATE TABLE t${i} (id int);\nINSERT INTO t${i} VALUES (1);\nDROP TABLE t${i};\n`);
    }
    const head = r.commit('head');
    const counter = gitCounter();
    const path = process.env.PATH;
    process.env.PATH = counter.path;
    try {
      const change = await readChange(r.dir, await resolveRange(r.dir, { base, head }), (f) => needsContent(f, () => false));
      const calls = counter.commands().filter((c) => / diff -U0 /.test(c)).map((c) => new Set(c.split(' ')));
      if (availableParallelism() > 1) expect(calls.length).toBeGreaterThan(1);
      for (const f of change.files) if (f.previousPath) expect(calls.filter((c) => c.has(f.previousPath!) && c.has(f.path))).toHaveLength(1);
      const wanted = change.files.flatMap((f) => (f.previousPath ? [f.previousPath, f.path] : [f.path]));
      expect(change.files.filter((f) => f.status === 'renamed')).toHaveLength(FILES - FILES / 3);
      expect(wanted).toHaveLength(FILES + FILES - FILES / 3);
      const oneCall = leanExecFileSync('git', ['--literal-pathspecs', 'diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...DIFF_FLAGS, base, head, '--', ...wanted], { cwd: r.dir, encoding: 'utf8' });
      expect(change.patches).toEqual(parsePatch(oneCall));
      expect(change.patches).toHaveLength(FILES);
      for (const p of change.patches) expect(p.added).toHaveLength(1);
    } finally {
      process.env.PATH = path;
      counter.cleanup();
    }
  });

  it('reads the files its diff calls added and deleted as added and deleted, though git would pair them among fewer files', async () => {
    const r = repo();
    // Past diff.renameLimit git stops looking for renames with edits: here, past one candidate of each side.
    appendFileSync(join(r.dir, '.git', 'config'), '[diff]\n\trenameLimit = 1\n');
    const lines = (name: string): string => Array.from({ length: 12 }, (_, i) => `-- ${name} line ${i}`).join('\n') + '\n';
    const content = { 'db/old.sql': `DROP TABLE audit_log;\n${lines('sql')}`, 'notes/a.txt': lines('a'), 'notes/b.txt': lines('b') };
    for (const [path, text] of Object.entries(content)) r.write(path, text);
    const base = r.commit('base');
    for (const [from, to] of [['db/old.sql', 'db/migrations/new.sql'], ['notes/a.txt', 'notes/a2.txt'], ['notes/b.txt', 'notes/b2.txt']] as const) {
      r.write(to, `${content[from]}-- one more line\n`);
      rmSync(join(r.dir, from));
    }
    const head = r.commit('move with edits');
    const change = await readChange(r.dir, await resolveRange(r.dir, { base, head }), (f) => needsContent(f, () => false));
    expect(change.files.filter((f) => f.path.endsWith('.sql')).map((f) => [f.path, f.status])).toEqual([['db/migrations/new.sql', 'added'], ['db/old.sql', 'deleted']]);
    // Alone, the two SQL files are a rename with one line added; the checks read them as the list shows them.
    const alone = parsePatch(leanExecFileSync('git', ['diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...DIFF_FLAGS, base, head, '--', 'db/old.sql', 'db/migrations/new.sql'], { cwd: r.dir, encoding: 'utf8' }));
    expect(alone.map((p) => [p.path, p.added])).toEqual([['db/migrations/new.sql', ['-- one more line']]]);
    expect(change.patches.find((p) => p.path === 'db/migrations/new.sql')?.added).toContain('DROP TABLE audit_log;');
    expect(change.patches.find((p) => p.path === 'db/old.sql')?.removed).toContain('DROP TABLE audit_log;');
  });

  it('reads a changed file that is also the source of a copy once, and the copy against it, in one call\'s order', async () => {
    const r = repo();
    const body = Array.from({ length: 20 }, (_, i) => `INSERT INTO t VALUES (${i});`).join('\n') + '\n';
    r.write('db/a.sql', body).write('db/z.sql', 'SELECT 1;\n');
    const base = r.commit('base');
    r.write('db/a.sql', `${body}DELETE FROM t;\n`).write('db/copy.sql', `${body}TRUNCATE t;\n`).write('db/z.sql', 'SELECT 2;\n');
    const head = r.commit('copy and edit');
    const change = await readChange(r.dir, await resolveRange(r.dir, { base, head }), (f) => needsContent(f, () => false));
    expect(change.files.find((f) => f.path === 'db/copy.sql')).toMatchObject({ status: 'copied', previousPath: 'db/a.sql' });
    const oneCall = leanExecFileSync('git', ['diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...DIFF_FLAGS, base, head, '--', 'db/a.sql', 'db/a.sql', 'db/copy.sql', 'db/z.sql'], { cwd: r.dir, encoding: 'utf8' });
    expect(change.patches).toEqual(parsePatch(oneCall));
    expect(change.patches.map((p) => [p.path, p.added])).toEqual([['db/a.sql', ['DELETE FROM t;']], ['db/copy.sql', ['TRUNCATE t;']], ['db/z.sql', ['SELECT 2;']]]);
  });

  describe('base selection', () => {
    it('uses the parent of HEAD when there is no remote', async () => {
      const r = repo();
      r.write('a', '1\n');
      const first = r.commit('one');
      r.write('a', '2\n');
      r.commit('two');
      const range = await resolveRange(r.dir, {});
      expect(range).toMatchObject({ base: first, baseReason: 'parent-of-head' });
    });

    it('uses the empty tree for a root commit', async () => {
      const r = repo();
      r.write('a', '1\n');
      r.commit('root');
      const range = await resolveRange(r.dir, {});
      expect(range.baseReason).toBe('empty-tree');
      expect(range.emptyBase).toBe(true);
      expect((await readChangedFiles(r.dir, range.base, range.head)).map((f) => f.path)).toEqual(['a']);
    });

    it('uses the merge-base with the remote default branch, or the parent when HEAD is its tip', async () => {
      const upstream = repo();
      upstream.write('a', '1\n');
      upstream.commit('one');
      upstream.write('a', '2\n');
      const tip = upstream.commit('two');
      const dir = mkdtempSync(join(tmpdir(), 'gate-clone-'));
      try {
        leanExecFileSync('git', ['clone', '-q', upstream.dir, dir]);
        const onTip = await resolveRange(dir, {});
        expect(onTip.baseReason).toBe('parent-of-head');
        expect(onTip.baseDescription).toContain('origin/main');
        leanExecFileSync('git', ['checkout', '-q', '-b', 'feature'], { cwd: dir });
        leanExecFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@example.com', 'commit', '-q', '--allow-empty', '-m', 'f1'], { cwd: dir });
        leanExecFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@example.com', 'commit', '-q', '--allow-empty', '-m', 'f2'], { cwd: dir });
        const feature = await resolveRange(dir, {});
        expect(feature).toMatchObject({ base: tip, baseReason: 'merge-base', baseDescription: 'merge-base with origin/main' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('explains a shallow clone with the exact fix', async () => {
      const upstream = repo();
      for (let i = 0; i < 3; i++) {
        upstream.write('a', `${i}\n`);
        upstream.commit(`c${i}`);
      }
      const dir = mkdtempSync(join(tmpdir(), 'gate-shallow-'));
      try {
        leanExecFileSync('git', ['clone', '-q', '--depth', '1', `file://${upstream.dir}`, dir]);
        await expect(resolveRange(dir, {})).rejects.toThrow(InputError);
        await resolveRange(dir, {}).catch((e: InputError) => {
          expect(e.hint).toContain('fetch-depth: 0');
          expect(e.hint).toContain('GIT_DEPTH: 0');
          expect(e.hint).toContain('git fetch --unshallow');
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('rejects an unknown base and a directory that is not a repository', async () => {
      const r = repo();
      r.write('a', '1\n');
      r.commit('one');
      await expect(resolveRange(r.dir, { base: 'no-such-ref' })).rejects.toThrow(/Base revision "no-such-ref" was not found/);
      const plain = mkdtempSync(join(tmpdir(), 'gate-plain-'));
      try {
        await expect(resolveRange(plain, {})).rejects.toThrow(/not a git repository/);
      } finally {
        rmSync(plain, { recursive: true, force: true });
      }
    });
  });
});
