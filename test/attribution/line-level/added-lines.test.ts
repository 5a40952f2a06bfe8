import { readAddedLines } from '../../../src/gather/line-level/read-line-level.js';
import { unquoteC } from '../../../src/core/git-text/quote.js';
import { TempRepo } from '../../helpers/git-repo.js';

const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}\n`).join('');

describe('readAddedLines', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  it('reads the new-side line numbers each commit added, from one log over all commits', async () => {
    repo = new TempRepo();
    repo.write('keep.txt', lines(5, 'k')).write('doomed.txt', lines(2, 'd')).write('tricky.ts', lines(5, 't'));
    const base = repo.commit('base');

    // Inserted after line 2 and appended after line 5 of keep.txt: new lines 3-4 and 8.
    repo.write('keep.txt', 'k 1\nk 2\nnew a\nnew b\nk 3\nk 4\nk 5\nnew c\n');
    // Added lines that read like diff headers ("+++ b/evil.ts" once prefixed) must not be taken for them: the
    // second hunk (line 8) still belongs to tricky.ts.
    repo.write('tricky.ts', 't 1\n++ b/evil.ts\n@@ -1 +1 @@\nt 2\nt 3\nt 4\nt 5\nend\n');
    repo.write('with space.md', lines(3, 's'));
    repo.write('tab\there.txt', lines(2, 't'));
    repo.write('ünïcode.txt', lines(1, 'u'));
    repo.write('no-eol.txt', 'one\ntwo');
    repo.remove('doomed.txt');
    const c1 = repo.commit('many shapes');

    repo.git('mv', 'with space.md', 'moved.md');
    repo.write('moved.md', lines(3, 's') + 'tail\n');
    const c2 = repo.commit('rename and extend');

    const added = await readAddedLines(repo.dir, [c1, c2, base]);
    expect(added.get(c1)).toEqual(
      new Map([
        ['keep.txt', [{ start: 3, end: 4 }, { start: 8, end: 8 }]],
        ['no-eol.txt', [{ start: 1, end: 2 }]],
        ['tab\there.txt', [{ start: 1, end: 2 }]],
        ['tricky.ts', [{ start: 2, end: 3 }, { start: 8, end: 8 }]],
        ['with space.md', [{ start: 1, end: 3 }]],
        ['ünïcode.txt', [{ start: 1, end: 1 }]],
      ]),
    );
    // A rename is read under its new path, with only the appended line added.
    expect(added.get(c2)).toEqual(new Map([['moved.md', [{ start: 4, end: 4 }]]]));
    expect(added.get(base)).toEqual(
      new Map([
        ['doomed.txt', [{ start: 1, end: 2 }]],
        ['keep.txt', [{ start: 1, end: 5 }]],
        ['tricky.ts', [{ start: 1, end: 5 }]],
      ]),
    );
  });
});

describe('unquoteC', () => {
  it('undoes git path quoting, octal bytes included', () => {
    // "\303\251" is the UTF-8 encoding of "é".
    expect(unquoteC('a\\tb\\\\c\\"d\\303\\251')).toBe('a\tb\\c"dé');
  });
});
