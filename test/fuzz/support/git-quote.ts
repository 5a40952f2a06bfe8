/**
 * git's C-style quoting of a path (quote.c, quote_c_style with core.quotepath on), written out again
 * from git's rules so the parser's unquoting is checked against an independent implementation.
 */
const NAMED: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };

/** Whether git would quote this name in a patch header. */
export function needsQuoting(name: string): boolean {
  return [...Buffer.from(name, 'utf8')].some((b) => b < 0x20 || b === 0x22 || b === 0x5c || b >= 0x7f);
}

/** The text between the quotes: named escapes, octal for other control bytes and every byte >= 0x7f. */
export function cQuote(name: string): string {
  let out = '';
  for (const b of Buffer.from(name, 'utf8')) {
    const named = NAMED[b];
    if (named !== undefined) out += `\\${named}`;
    else if (b < 0x20 || b >= 0x7f) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return out;
}

/** True when the JS string survives a trip through UTF-8 (no lone surrogates). */
export function isWellFormed(s: string): boolean {
  return Buffer.from(s, 'utf8').toString('utf8') === s;
}
