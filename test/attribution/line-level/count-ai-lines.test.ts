import type { AddedLines } from '../../../src/core/attribution/line-level/added-lines.js';
import { countAiLines, type LineClaim } from '../../../src/core/attribution/line-level/count-ai-lines.js';

const r = (start: number, end: number) => ({ start, end });
const C1 = 'a'.repeat(40);
const C2 = 'b'.repeat(40);

function added(entries: [string, string, { start: number; end: number }[]][]): AddedLines {
  const m: AddedLines = new Map();
  for (const [commit, path, ranges] of entries) {
    const files = m.get(commit) ?? new Map();
    files.set(path, ranges);
    m.set(commit, files);
  }
  return m;
}

describe('countAiLines', () => {
  it('counts only claimed lines the claiming commit added', () => {
    // C1 added lines 1-10 of a.ts; the claim says 1-20, so 10 lines count.
    const claims: LineClaim[] = [{ commit: C1, path: 'a.ts', kind: 'ai', ranges: [r(1, 20)], tool: 'cursor' }];
    const out = countAiLines(claims, new Map([['a.ts', 40]]), added([[C1, 'a.ts', [r(1, 10)]]]));
    expect(out.aiLines).toBe(10);
    expect(out.totalAddedLines).toBe(40);
    expect(out.share).toBe(0.25);
    expect(out.files).toEqual([{ path: 'a.ts', aiLines: 10, tools: ['cursor'] }]);
  });

  it('lets a later human claim take lines back from an earlier AI claim', () => {
    const claims: LineClaim[] = [
      { commit: C1, path: 'a.ts', kind: 'ai', ranges: [r(1, 10)], tool: 'cursor' },
      { commit: C1, path: 'a.ts', kind: 'human', ranges: [r(4, 6)] },
    ];
    // 10 claimed minus 3 taken back.
    expect(countAiLines(claims, new Map([['a.ts', 10]])).aiLines).toBe(7);
  });

  it('credits the later AI tool where two claims overlap', () => {
    const claims: LineClaim[] = [
      { commit: C1, path: 'a.ts', kind: 'ai', ranges: [r(1, 5)], tool: 'cursor', model: 'm1' },
      { commit: C1, path: 'a.ts', kind: 'ai', ranges: [r(1, 5)], tool: 'claude', model: 'm2' },
    ];
    const out = countAiLines(claims, new Map([['a.ts', 5]]));
    expect(out.aiLines).toBe(5);
    expect(out.tools).toEqual(['claude']);
    expect(out.models).toEqual(['m2']);
  });

  it('sums commits per file and clamps to the change\'s added lines', () => {
    const claims: LineClaim[] = [
      { commit: C1, path: 'a.ts', kind: 'ai', ranges: [r(1, 6)] },
      { commit: C2, path: 'a.ts', kind: 'ai', ranges: [r(1, 6)] },
      { commit: C2, path: 'gone.ts', kind: 'ai', ranges: [r(1, 3)] },
    ];
    // 6 + 6 claimed for a.ts but the change adds only 8 there; gone.ts is not in the change at all.
    const out = countAiLines(claims, new Map([['a.ts', 8], ['b.ts', 2]]));
    expect(out.aiLines).toBe(8);
    expect(out.files.map((f) => f.path)).toEqual(['a.ts']);
    expect(out.share).toBe(0.8);
  });

  it('ignores claims on files a commit did not add to', () => {
    const claims: LineClaim[] = [{ commit: C1, path: 'b.ts', kind: 'ai', ranges: [r(1, 3)] }];
    const out = countAiLines(claims, new Map([['b.ts', 3]]), added([[C1, 'a.ts', [r(1, 3)]]]));
    expect(out.aiLines).toBe(0);
    expect(out.files).toEqual([]);
  });

  it('has no share when nothing was added', () => {
    expect(countAiLines([], new Map()).share).toBeUndefined();
  });
});
