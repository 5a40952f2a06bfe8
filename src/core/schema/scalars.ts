/** Scalar schemas shared by every file format, each with a message that says what is wrong with the value. */
import * as v from 'valibot';

export const nonEmptyText = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

function outOfRange(min: number, max?: number): (issue: v.BaseIssue<number>) => string {
  return (issue) => `${issue.input} is out of range (${min} to ${max ?? '∞'})`;
}

/** A number from `min` to `max`, both included. */
export function numberBetween(min: number, max: number) {
  return v.pipe(v.number(), v.minValue(min, outOfRange(min, max)), v.maxValue(max, outOfRange(min, max)));
}

/** A whole number of at least `min`. */
export function wholeNumberFrom(min: number) {
  return v.pipe(
    v.number(),
    v.integer((issue) => `expected a whole number, got ${issue.input}`),
    v.minValue(min, outOfRange(min)),
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a YYYY-MM-DD day that exists: 2026-02-30 does not, though `Date.parse` rolls it to March. */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A calendar day written YYYY-MM-DD; YAML reads an unquoted 2027-03-31 as this string too. */
export const calendarDate = v.pipe(
  v.string(),
  v.isoDate((issue) => `expected a date like 2027-03-31, got ${JSON.stringify(issue.input)}`),
  // Only for what has the shape of a date, so a malformed value gets one message, not two.
  v.check((text) => !ISO_DATE.test(text) || isCalendarDate(text), (issue) => `${issue.input} is not a date in the calendar`),
);
