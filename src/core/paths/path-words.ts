/**
 * The words of a path, for matching on word boundaries rather than substrings: `auth/`, `AuthService`,
 * `oauth_client` and `authz` hold the words auth, oauth, authz; `t7509-commit-authorship.sh` holds
 * none of them. Segments split at `/`, punctuation and camelCase; words are lower-cased, a trailing
 * number and a plural `s` are also tried (`oauth2` → oauth, `sessions` → session).
 */

function camelParts(token: string): string[] {
  return token
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .filter(Boolean)
    .map((p) => p.toLowerCase());
}

function variants(word: string): string[] {
  const out = [word];
  const bare = word.replace(/\d+$/, '');
  if (bare && bare !== word) out.push(bare);
  for (const w of [...out]) if (w.length > 3 && w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}

export function pathWords(path: string): Set<string> {
  const words = new Set<string>();
  for (const token of path.split(/[^A-Za-z0-9]+/)) {
    if (!token) continue;
    const parts = camelParts(token);
    const whole = token.toLowerCase();
    for (const w of variants(whole)) words.add(w);
    for (let i = 0; i < parts.length; i++) {
      for (const w of variants(parts[i]!)) words.add(w);
      // "OAuth" splits into o + auth; the pair is the word a person means.
      if (i + 1 < parts.length) for (const w of variants(parts[i]! + parts[i + 1]!)) words.add(w);
    }
  }
  return words;
}

export function wordMatcher(words: readonly string[]): (path: string) => boolean {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  if (!wanted.size) return () => false;
  return (path) => {
    for (const w of pathWords(path)) if (wanted.has(w)) return true;
    return false;
  };
}
