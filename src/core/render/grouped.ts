/**
 * A count with thousands separators, as `n.toLocaleString('en-US')` writes it (12,345) — without
 * waking up the locale data behind toLocaleString, which costs more than the rest of a small run's
 * rendering. Anything but a plain integer is left to toLocaleString.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
