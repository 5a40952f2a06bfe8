/** Small numeric helpers whose definitions the README's SQL repeats, so both give the same numbers. */

/**
 * The discrete quantile: the value at position ⌊(n − 1) · q⌋ of the sorted values (as DuckDB's
 * `quantile_disc` picks it), so a median is always a wait that really happened.
 */
export function quantileDisc(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.floor((sorted.length - 1) * q)]!;
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
