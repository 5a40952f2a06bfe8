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

const TOKEN_SEPARATOR = /[^A-Za-z0-9]+/;

/** The runs of letters and digits a path's words come from; words never span two of them. */
function pathTokens(path: string): string[] {
  return path.split(TOKEN_SEPARATOR).filter(Boolean);
}

/** The words of one token (see pathTokens). */
function tokenWords(token: string): Set<string> {
  // Without capitals there are no camelCase parts: the token is its one part.
  if (!/[A-Z]/.test(token)) return new Set(variants(token));
  const words = new Set<string>();
  const parts = camelParts(token);
  for (const w of variants(token.toLowerCase())) words.add(w);
  for (let i = 0; i < parts.length; i++) {
    for (const w of variants(parts[i]!)) words.add(w);
    // "OAuth" splits into o + auth; the pair is the word a person means.
    if (i + 1 < parts.length) for (const w of variants(parts[i]! + parts[i + 1]!)) words.add(w);
  }
  return words;
}

export function pathWords(path: string): Set<string> {
  const words = new Set<string>();
  for (const token of pathTokens(path)) for (const w of tokenWords(token)) words.add(w);
  return words;
}

/** Tokens repeat across the paths of a change (directory names, extensions): each is read once. */
const TOKEN_MEMO_LIMIT = 100_000;

export function wordMatcher(words: readonly string[]): (path: string) => boolean {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  if (!wanted.size) return () => false;
  // Every word of a path is a piece of its lower-cased text, so a path that holds none of the wanted
  // words as text holds none as a word: most paths are answered by this one expression.
  const anyText = new RegExp([...wanted].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const hits = new Map<string, boolean>();
  const tokenHits = (token: string): boolean => {
    let hit = hits.get(token);
    if (hit === undefined) {
      hit = false;
      for (const w of tokenWords(token)) if (wanted.has(w)) hit = true;
      if (hits.size >= TOKEN_MEMO_LIMIT) hits.clear();
      hits.set(token, hit);
    }
    return hit;
  };
  return (path) => anyText.test(path.toLowerCase()) && pathTokens(path).some(tokenHits);
}
