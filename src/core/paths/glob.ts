/**
 * Path matching for policy globs. Patterns are gitignore-like: `**` spans directories, a pattern
 * without a slash matches the file name at any depth, and matching ignores case (Dockerfile vs
 * dockerfile) and includes dotfiles. Compiled once per list of patterns (glob-set.ts).
 */
import { GlobSet } from './glob-set.js';

export type Matcher = (path: string) => boolean;

const cache = new Map<string, Matcher>();
/** Policies are few; a long-running caller (tests, fuzzing) must not grow the cache without end. */
const CACHE_LIMIT = 256;

export function globMatcher(patterns: readonly string[]): Matcher {
  const key = patterns.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const set = new GlobSet([patterns]);
  const matcher: Matcher = (path) => set.match(path)[0] === 1;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, matcher);
  return matcher;
}
