/**
 * The run's small questions about revisions go to one `git cat-file --batch-check` per repository; the
 * answers must be git's own (as `git rev-parse` gives them), in order under concurrency, fresh after a
 * ref moves, and never lost when the question process cannot run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitNamed, forgetObjectNames, objectNamed } from '../../src/gather/git/object-names.js';
import { tempRepos } from '../helpers/git-repo.js';

describe('object names through one git process', () => {
  const repo = tempRepos();

  it('answers as git rev-parse does: commits, trees, tags peeled, and nothing for what does not exist', async () => {
    const r = repo();
    const first = r.write('a.txt', 'a\n').write('docs/b.md', 'b\n').commit('first');
    r.git('tag', '-a', '-m', 'release', 'v1');
    const second = r.write('a.txt', 'A\n').commit('second');
    expect(await commitNamed(r.dir, 'HEAD')).toBe(second);
    expect(await commitNamed(r.dir, 'HEAD~1')).toBe(first);
    expect(await commitNamed(r.dir, 'v1')).toBe(first);
    expect(await commitNamed(r.dir, first.slice(0, 10))).toBe(first);
    expect(await objectNamed(r.dir, 'HEAD:docs')).toEqual({ oid: r.git('rev-parse', 'HEAD:docs').trim(), type: 'tree' });
    expect(await objectNamed(r.dir, 'HEAD^{tree}')).toEqual({ oid: r.git('rev-parse', 'HEAD^{tree}').trim(), type: 'tree' });
    expect(await objectNamed(r.dir, 'HEAD:missing')).toBeUndefined();
    expect(await commitNamed(r.dir, 'refs/remotes/origin/main')).toBeUndefined();
    expect(await commitNamed(r.dir, 'HEAD:a.txt')).toBeUndefined();
    expect(await commitNamed(r.dir, '--output=x')).toBeUndefined();
    // A line break would split the question in two; it names nothing.
    expect(await commitNamed(r.dir, `HEAD\n${first}`)).toBeUndefined();
    expect(await commitNamed(r.dir, 'HEAD')).toBe(second);
  });

  it('answers many questions asked at once, each with its own answer', async () => {
    const r = repo();
    const shas = [1, 2, 3, 4, 5, 6].map((i) => r.write('n.txt', `${i}\n`).commit(`commit ${i}`));
    const names = [...shas.map((_, i) => `HEAD~${shas.length - 1 - i}`), 'nope', 'HEAD:n.txt', 'HEAD'];
    const answers = await Promise.all(names.map((n) => objectNamed(r.dir, n)));
    expect(answers.map((a) => a?.oid)).toEqual([...shas, undefined, r.git('rev-parse', 'HEAD:n.txt').trim(), shas[5]]);
  });

  it('sees a ref where it is after it moved, once told', async () => {
    const r = repo();
    const a = r.write('x', '1\n').commit('a');
    const b = r.write('x', '2\n').commit('b');
    r.git('update-ref', 'refs/remotes/origin/main', a);
    expect(await commitNamed(r.dir, 'refs/remotes/origin/main')).toBe(a);
    r.git('update-ref', 'refs/remotes/origin/main', b);
    forgetObjectNames(r.dir);
    expect(await commitNamed(r.dir, 'refs/remotes/origin/main')).toBe(b);
  });

  it('outside a repository answers nothing, the same as git rev-parse, rather than failing or hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-not-a-repo-'));
    try {
      expect(await commitNamed(dir, 'HEAD')).toBeUndefined();
      expect(await commitNamed(dir, 'HEAD')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
