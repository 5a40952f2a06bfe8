/** Small numeric helpers whose definitions the README's SQL repeats, so both give the same numbers. */

/**
 * The nearest-rank quantile: the ⌈n · q⌉-th smallest value (as DuckDB's `quantile_disc` picks it), so
 * a median is always a wait that really happened.
 */
export function quantileDisc(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(sorted.length * q) - 1)]!;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A share rounded to four digits, or null when there is nothing to share. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole, 4) : null;
}

export function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
