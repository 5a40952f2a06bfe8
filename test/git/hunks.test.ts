/**
 * One hunk reader serves git's -U0 diffs, git's diffs with context, zero-context logs (line-level
 * attribution) and the GitHub API's patches: all four must agree on which lines a change added.
 */
import { parseAddedLines } from '../../src/core/attribution/line-level/added-lines.js';
import { parseHunkHeader, readHunk } from '../../src/core/git-text/hunks.js';
import { parsePatch } from '../../src/gather/git/patches.js';
import { parseApiPatch } from '../../src/platform/github/api-change.js';
import { tempRepos } from '../helpers/git-repo.js';

/** The new-side line numbers whose text differs from the old file, computed without any diff parser. */
function addedLineNumbers(oldText: string, newText: string, diffPlusLines: string[]): number[] {
  // Every added line's text appears among the "+" lines git printed; count each new line once per use.
  const pool = new Map<string, number>();
  for (const l of diffPlusLines) pool.set(l, (pool.get(l) ?? 0) + 1);
  const oldLines = new Set(oldText.split('\n'));
  const out: number[] = [];
  newText.split('\n').forEach((line, i) => {
    if (!oldLines.has(line) && (pool.get(line) ?? 0) > 0) {
      out.push(i + 1);
      pool.set(line, pool.get(line)! - 1);
    }
  });
  return out;
}

function expand(ranges: Array<[number, number]>): number[] {
  return ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
}

describe('hunk reader', () => {
  const repo = tempRepos();

  it('reads header counts, including the implicit count of one', () => {
    expect(parseHunkHeader('@@ -3 +4,2 @@ fn()')).toEqual({ oldStart: 3, oldLines: 1, newStart: 4, newLines: 2, context: 'fn()' });
    expect(parseHunkHeader('@@ -0,0 +1 @@')).toEqual({ oldStart: 0, oldLines: 0, newStart: 1, newLines: 1, context: '' });
    expect(parseHunkHeader('+@@ -1 +1 @@')).toBeUndefined();
  });

  it('takes body lines that look like headers for what they are', () => {
    const lines = ['+++ not a header', '+@@ -1 +1 @@', '-old', '\\ No newline at end of file', 'diff --git a/x b/x'];
    const sink = { addedRanges: [] as Array<[number, number]>, added: [] as string[], removed: [] as string[] };
    const next = readHunk(lines, 0, { oldStart: 1, oldLines: 1, newStart: 7, newLines: 2, context: '' }, sink);
    expect(sink).toEqual({ addedRanges: [[7, 8]], added: ['++ not a header', '@@ -1 +1 @@'], removed: ['old'] });
    expect(lines[next]).toBe('diff --git a/x b/x');
  });

  it('agrees with real git on -U0, -U3, a zero-context log and an API-style patch', () => {
    const r = repo();
    const before = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    r.write('f.txt', before);
    const base = r.commit('base');
    const lines = before.split('\n');
    lines.splice(3, 1, 'changed 4', '++ plus-plus', '@@ -1 +1 @@ looks like a hunk');
    lines.splice(20, 0, 'inserted 21', ' ');
    lines.splice(35, 2);
    const after = lines.join('\n');
    r.write('f.txt', after);
    const head = r.commit('head');

    const u0 = r.git('diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', base, head);
    const u3 = r.git('diff', '-U3', '--src-prefix=a/', '--dst-prefix=b/', base, head);
    const plus = u0.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++ b/')).map((l) => l.slice(1));
    const expected = addedLineNumbers(before, after, plus);
    expect(expected.length).toBe(5);

    const [fromU0] = parsePatch(u0);
    const [fromU3] = parsePatch(u3);
    expect(expand(fromU0!.addedRanges)).toEqual(expected);
    expect(expand(fromU3!.addedRanges)).toEqual(expected);
    expect(fromU3!.added).toEqual(fromU0!.added);
    expect(fromU3!.removed).toEqual(fromU0!.removed);

    // The API sends one file's hunks without the file header.
    const apiPatch = u3.slice(u3.indexOf('\n@@') + 1).replace(/\n$/, '');
    const fromApi = parseApiPatch('f.txt', apiPatch);
    expect(expand(fromApi.addedRanges)).toEqual(expected);
    // git names the block above each -U0 hunk; the API's context lines must lead to the same names.
    expect(fromU0!.hunkContexts?.length).toBeGreaterThan(0);
    expect(fromApi.hunkContexts).toEqual(fromU0!.hunkContexts);

    const log = r.git('log', '--no-walk=unsorted', '-p', '-U0', '--format=%x00%H', '--src-prefix=a/', '--dst-prefix=b/', head);
    const ranges = parseAddedLines(log).get(head)!.get('f.txt')!;
    expect(ranges.flatMap(({ start, end }) => expand([[start, end]]))).toEqual(expected);
  });
});
