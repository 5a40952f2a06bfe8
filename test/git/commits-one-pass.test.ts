/**
 * The commits of a range, read in one `git log --numstat -z` pass, are what asking git commit by commit
 * says: identities, the whole message, and line counts summed from each commit's own diff against its
 * first parent — for messages that look like numstat lines or hold control characters, paths with tabs
 * and newlines, binary files, empty commits, merges (no lines of their own) and a root commit.
 */
import { leanExecFileSync } from '../helpers/lean-exec.js';
import { readCommits } from '../../src/gather/git/commits.js';
import { readChange } from '../../src/gather/git/read-change.js';
import { resolveRange } from '../../src/gather/git/range.js';
import { tempRepos } from '../helpers/git-repo.js';

function gitText(dir: string, args: string[]): string {
  return leanExecFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
}

/** One commit as git reports it when asked about that commit alone. */
function expected(dir: string, sha: string) {
  const field = (f: string) => gitText(dir, ['show', '-s', `--format=${f}`, sha]);
  const parents = field('%P').trim().split(' ').filter(Boolean);
  let additions = 0;
  let deletions = 0;
  // A merge commit's own lines are not counted (git log shows no diff for merges by default).
  if (parents.length <= 1) {
    const args = parents.length ? ['diff', '--numstat', '-z', '--no-renames', parents[0]!, sha] : ['show', '--numstat', '-z', '--no-renames', '--format=', sha];
    for (const record of gitText(dir, args).split('\0')) {
      const m = /^\n?(-|\d+)\t(-|\d+)\t/.exec(record);
      if (!m) continue;
      if (m[1] !== '-') additions += Number(m[1]);
      if (m[2] !== '-') deletions += Number(m[2]);
    }
  }
  return {
    sha,
    author: { name: field('%an').replace(/\n$/, ''), email: field('%ae').replace(/\n$/, '') },
    committer: { name: field('%cn').replace(/\n$/, ''), email: field('%ce').replace(/\n$/, '') },
    authorDate: field('%aI').trim(),
    committerDate: field('%cI').trim(),
    message: field('%B').replace(/\n+$/, ''),
    additions,
    deletions,
  };
}

describe('readCommits in one pass', () => {
  const repo = tempRepos();

  it('agrees with git asked commit by commit', async () => {
    const r = repo();
    r.write('a.txt', 'one\ntwo\nthree\n');
    r.commit('root commit');
    r.write('a.txt', 'one\n2\nthree\nfour\n').write('tab\there.txt', 'x\ny\n').write('new\nline.md', 'z\n');
    r.commit({ message: 'looks like stats\n\n3\t4\tnot-a-file\n-\t-\tbinary\n\x01deadbeef', author: { name: 'Ann \x1f Other', email: 'ann@example.com' } });
    r.write('blob.bin', Buffer.from([0, 1, 2, 3, 0, 255]));
    r.commit('binary only');
    r.commit('empty commit, no lines');
    r.git('checkout', '-q', '-b', 'side', 'HEAD~2');
    r.write('side.txt', 'side\n');
    r.commit('side work\n\nCo-authored-by: Claude <noreply@anthropic.com>');
    r.git('checkout', '-q', 'main');
    r.git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');
    r.remove('a.txt');
    const head = r.commit('delete a');

    const all = await readCommits(r.dir, '', head, true);
    const shas = gitText(r.dir, ['rev-list', head]).trim().split('\n');
    expect(all.map((c) => c.sha)).toEqual(shas);
    for (const c of all) {
      const { trailers, ...rest } = c;
      expect(rest).toEqual(expected(r.dir, c.sha));
      expect(Array.isArray(trailers)).toBe(true);
    }
    expect(all.find((c) => c.message.startsWith('side work'))!.trailers).toEqual([{ key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' }]);

    const root = shas[shas.length - 1]!;
    const range = await readCommits(r.dir, root, head, false);
    expect(range.map((c) => c.sha)).toEqual(gitText(r.dir, ['rev-list', `${root}..${head}`]).trim().split('\n'));
  });

  it('reads a one-commit range from its diff, and any other range from the log, with the same answers', async () => {
    const r = repo();
    r.write('a.txt', 'one\ntwo\nthree\nfour\nfive\nsix\n').write('bin.dat', Buffer.from([0, 1, 2]));
    const root = r.commit('root');
    const cases: Array<{ base?: string; head: string }> = [{ head: root }];
    r.write('a.txt', 'one\nTWO\nthree\n').write('b.txt', 'new\n').write('bin.dat', Buffer.from([0, 9, 9]));
    const plain = r.commit('plain edit');
    cases.push({ base: root, head: plain });
    r.git('mv', 'a.txt', 'renamed.txt');
    r.write('renamed.txt', 'one\nTWO\nthree\nmore\n');
    const renamed = r.commit('rename with an edit');
    cases.push({ base: plain, head: renamed }, { base: root, head: renamed });
    r.git('checkout', '-q', '-b', 'side', root);
    r.write('side.txt', 's\n');
    r.commit('side');
    r.git('checkout', '-q', 'main');
    r.git('merge', '-q', '--no-ff', '-m', 'merge', 'side');
    const merge = r.git('rev-parse', 'HEAD').trim();
    cases.push({ base: renamed, head: merge });
    for (const c of cases) {
      const range = await resolveRange(r.dir, c.base === undefined ? { head: c.head } : { base: c.base, head: c.head });
      const change = await readChange(r.dir, range, () => false, 'repo');
      expect({ case: c, commits: change.commits }).toEqual({ case: c, commits: await readCommits(r.dir, range.base, range.head, range.emptyBase) });
    }
  });
});
