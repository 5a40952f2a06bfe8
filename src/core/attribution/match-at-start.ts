/** Whether a pattern matches at the very start of a text: one anchored try, not a scan. */

/** Each pattern's sticky copy without `g`, made once: it matches at `lastIndex` or not at all. */
const STICKY = new WeakMap<RegExp, RegExp>();

export function matchesAtStart(re: RegExp, text: string): boolean {
  let y = STICKY.get(re);
  if (y === undefined) STICKY.set(re, (y = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`)));
  y.lastIndex = 0;
  return y.test(text);
}
