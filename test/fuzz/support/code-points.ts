/**
 * fast-check's `unit: 'binary'` — any code point but the surrogate halves — drawing the same values from
 * the same seed. fast-check finds the way back from a character to its draw (which it needs even before
 * the first run, to seed strings with `__proto__` and the like) in a table of all 1.1 million characters,
 * built again in every test file: two seconds and 80 MB per suite. Here the way back is arithmetic.
 */
import fc from 'fast-check';

const SURROGATES_FROM = 0xd800;
const SURROGATES = 0x800;

function fromDraw(i: number): string {
  return String.fromCodePoint(i < SURROGATES_FROM ? i : i + SURROGATES);
}

/** Throws for what the unit cannot draw, as fast-check's unmappers do. */
function toDraw(value: unknown): number {
  const cp = typeof value === 'string' ? value.codePointAt(0) : undefined;
  if (cp === undefined || String.fromCodePoint(cp) !== value) throw new Error('not a single code point');
  if (cp >= SURROGATES_FROM && cp < SURROGATES_FROM + SURROGATES) throw new Error('a lone surrogate half');
  return cp < SURROGATES_FROM ? cp : cp - SURROGATES;
}

/** One code point of the whole of Unicode; use as `fc.string({ unit: anyCodePoint })`. */
export const anyCodePoint: fc.Arbitrary<string> = fc.nat({ max: 0x10ffff - SURROGATES }).map(fromDraw, toDraw);
