/**
 * Path matching for policy globs. Patterns are gitignore-like: `**` spans directories, a pattern
 * without a slash matches the file name at any depth, and matching ignores case (Dockerfile vs
 * dockerfile) and includes dotfiles.
 */
import picomatch from 'picomatch';

export type Matcher = (path: string) => boolean;

const cache = new Map<string, Matcher>();

export function globMatcher(patterns: readonly string[]): Matcher {
  const key = patterns.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const withSlash = patterns.filter((p) => p.includes('/'));
  const nameOnly = patterns.filter((p) => !p.includes('/'));
  const full = withSlash.length ? picomatch(withSlash, { dot: true, nocase: true }) : () => false;
  const base = nameOnly.length ? picomatch(nameOnly, { dot: true, nocase: true, basename: true }) : () => false;
  const matcher: Matcher = (path) => full(path) || base(path);
  cache.set(key, matcher);
  return matcher;
}
