import {
  countLines,
  intersectRanges,
  normalizeRanges,
  subtractRanges,
  unionRanges,
} from '../../../src/core/attribution/line-level/line-ranges.js';

const r = (start: number, end: number) => ({ start, end });

describe('line ranges', () => {
  it('merges overlapping and touching ranges and drops inverted ones', () => {
    expect(normalizeRanges([r(10, 12), r(1, 3), r(4, 5), r(11, 20), r(9, 2)])).toEqual([r(1, 5), r(10, 20)]);
  });

  it('counts lines without double-counting overlaps', () => {
    // 1..5 and 3..8 cover 1..8: eight lines; 20..20 adds one.
    expect(countLines([r(1, 5), r(3, 8), r(20, 20)])).toBe(9);
  });

  it('counts huge ranges without expanding them', () => {
    expect(countLines([r(1, 1_000_000_000)])).toBe(1_000_000_000);
  });

  it('intersects', () => {
    expect(intersectRanges([r(1, 10), r(20, 30)], [r(5, 25)])).toEqual([r(5, 10), r(20, 25)]);
    expect(intersectRanges([r(1, 3)], [r(4, 6)])).toEqual([]);
  });

  it('subtracts', () => {
    expect(subtractRanges([r(1, 10)], [r(3, 4), r(8, 20)])).toEqual([r(1, 2), r(5, 7)]);
    expect(subtractRanges([r(5, 6)], [r(1, 10)])).toEqual([]);
    expect(subtractRanges([r(1, 3), r(7, 9)], [])).toEqual([r(1, 3), r(7, 9)]);
  });

  it('unites', () => {
    expect(unionRanges([r(1, 2)], [r(3, 4), r(9, 9)])).toEqual([r(1, 4), r(9, 9)]);
  });
});
