/**
 * git's C-style quoting of unusual paths in patch headers ("a/na\"me", octal escapes for the raw
 * bytes of a UTF-8 name) and the a/ b/ prefixes of `--src-prefix=a/ --dst-prefix=b/`.
 */
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style path quoting of the text between the quotes. */
export function unquoteC(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      const c = String.fromCodePoint(s.codePointAt(i)!);
      bytes.push(...Buffer.from(c, 'utf8'));
      i += c.length - 1;
      continue;
    }
    const next = s[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next]!);
      i += 1;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A `--- a/x` / `+++ b/x` header's path without its prefix; undefined for /dev/null (the side that
 * does not exist). git appends a tab to names holding a space, for patch(1).
 */
export function headerPath(raw: string, prefix: 'a/' | 'b/'): string | undefined {
  const name = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (name === '/dev/null') return undefined;
  const unquoted = name.startsWith('"') && name.endsWith('"') && name.length >= 2 ? unquoteC(name.slice(1, -1)) : name;
  return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
}
