/**
 * Sets of line numbers kept as sorted, disjoint, inclusive ranges. Attribution data can claim huge ranges
 * ("1-1000000"), so lines are never expanded one by one: every operation works on the ranges.
 */

/** 1-based, inclusive on both ends. */
export interface LineRange {
  start: number;
  end: number;
}

/** Sorts and merges overlapping or touching ranges, so the result is disjoint and ascending. */
export function normalizeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = ranges.filter((r) => r.end >= r.start).map((r) => ({ ...r })).sort((a, b) => a.start - b.start);
  const out: LineRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) {
      last.end = Math.max(last.end, r.end);
    } else {
      out.push(r);
    }
  }
  return out;
}

export function unionRanges(a: readonly LineRange[], b: readonly LineRange[]): LineRange[] {
  return normalizeRanges([...a, ...b]);
}

export function intersectRanges(a: readonly LineRange[], b: readonly LineRange[]): LineRange[] {
  const x = normalizeRanges(a);
  const y = normalizeRanges(b);
  const out: LineRange[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    const start = Math.max(p.start, q.start);
    const end = Math.min(p.end, q.end);
    if (start <= end) out.push({ start, end });
    if (p.end < q.end) i++;
    else j++;
  }
  return out;
}

/** The lines of `a` that are not in `b`. */
export function subtractRanges(a: readonly LineRange[], b: readonly LineRange[]): LineRange[] {
  const cut = normalizeRanges(b);
  const out: LineRange[] = [];
  for (const r of normalizeRanges(a)) {
    let start = r.start;
    for (const c of cut) {
      if (c.end < start || c.start > r.end) continue;
      if (c.start > start) out.push({ start, end: c.start - 1 });
      start = c.end + 1;
      if (start > r.end) break;
    }
    if (start <= r.end) out.push({ start, end: r.end });
  }
  return out;
}

export function countLines(ranges: readonly LineRange[]): number {
  return normalizeRanges(ranges).reduce((n, r) => n + (r.end - r.start + 1), 0);
}
