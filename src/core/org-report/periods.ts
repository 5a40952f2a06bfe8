/**
 * Calendar buckets for trends, in UTC so every reader of the report gets the same buckets: ISO weeks
 * (`2026-W07`, Monday to Sunday, the week holding the year's first Thursday is week 1) or months.
 */
export type Period = 'week' | 'month';

const DAY_MS = 86_400_000;

export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - day * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function month(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export function periodKey(period: Period, ms: number): string {
  return period === 'week' ? isoWeek(ms) : month(ms);
}

/** Weeks for up to half a year of data, months beyond: a trend line of 8–30 points either way. */
export function choosePeriod(first: number, last: number): Period {
  return last - first <= 183 * DAY_MS ? 'week' : 'month';
}

/** Every bucket from the first to the last time, with none missing, so a gap shows as zero. */
export function periodRange(period: Period, first: number, last: number): string[] {
  const keys: string[] = [];
  const step = period === 'week' ? 7 * DAY_MS : DAY_MS;
  let t = first;
  let prev = '';
  const end = periodKey(period, last);
  for (;;) {
    const key = periodKey(period, t);
    if (key !== prev) keys.push(key);
    prev = key;
    if (key === end) break;
    t += step;
  }
  return keys;
}

export const DAY = DAY_MS;
