/**
 * What the risk checks ask of a path, answered once per path: its sensitive-path groups (by glob or by
 * word, see paths/path-words.ts; documentation only in a group that takes prose, the policy file is
 * governance), and whether
 * it is documentation, left out of the size, source, or a test. Every glob of the policy is compiled
 * into one GlobSet, so a path is matched once against all of them rather than once per group.
 *
 * The gate asks twice per path (which patches to read, then the score), so answers are kept per
 * policy: the classifier is cached by the policy's content, never by object identity, so a policy
 * edited in place is a new policy.
 */
import type { Policy } from '../policy/schema.js';
import { GlobSet } from '../paths/glob-set.js';
import { wordMatcher } from '../paths/path-words.js';

interface PathClass {
  /** Sensitive-path groups, in the policy's order. Shared: never modify it. */
  groups: readonly string[];
  documentation: boolean;
  /** Left out of the size (`risk.factors.size.ignore-paths`). */
  ignored: boolean;
  source: boolean;
  test: boolean;
}

export type PathClassifier = (path: string) => PathClass;

type ClassifiedPolicy = Pick<Policy, 'risk' | 'sensitive-paths'>;

const DOCUMENTATION = 0;
const IGNORED = 1;
const SOURCE = 2;
const TEST = 3;
const FIRST_GROUP = 4;

const NONE: readonly string[] = Object.freeze([]);

/** Enough for the largest change the gate reads twice; past it answers are recomputed, not wrong. */
const MEMO_LIMIT = 500_000;
const CACHE_LIMIT = 8;
const cache = new Map<string, PathClassifier>();

export function pathClassifier(policy: ClassifiedPolicy, policyPath?: string): PathClassifier {
  const f = policy.risk.factors;
  const groups = Object.entries(policy['sensitive-paths']).filter(([, g]) => g.paths.length > 0 || (g.words?.length ?? 0) > 0);
  const governance = policy['sensitive-paths'].governance !== undefined;
  const key = JSON.stringify([
    policy.risk['documentation-paths'],
    f.size['ignore-paths'],
    f['missing-tests']['source-paths'],
    f['missing-tests']['test-paths'],
    groups.map(([name, g]) => [name, g.paths, g.words ?? [], g.documentation === true]),
    governance,
    policyPath ?? null,
  ]);
  const hit = cache.get(key);
  if (hit) return hit;

  const globs = new GlobSet([
    policy.risk['documentation-paths'],
    f.size['ignore-paths'],
    f['missing-tests']['source-paths'],
    f['missing-tests']['test-paths'],
    ...groups.map(([, g]) => g.paths),
  ]);
  const byWord = groups.map(([, g]) => wordMatcher(g.words ?? []));
  const prose = groups.map(([, g]) => g.documentation === true);
  const memo = new Map<string, PathClass>();
  const found = new Uint8Array(globs.lists.length);
  const classify = (path: string): PathClass => {
    globs.matchInto(path, found);
    const documentation = found[DOCUMENTATION] === 1;
    const names: string[] = [];
    for (let i = 0; i < groups.length; i++) {
      if ((prose[i] || !documentation) && (found[FIRST_GROUP + i] === 1 || byWord[i]!(path))) names.push(groups[i]![0]);
    }
    if (policyPath && path === policyPath && governance && !names.includes('governance')) names.push('governance');
    return { groups: names.length ? names : NONE, documentation, ignored: found[IGNORED] === 1, source: found[SOURCE] === 1, test: found[TEST] === 1 };
  };
  const classifier: PathClassifier = (path) => {
    let c = memo.get(path);
    if (c === undefined) {
      c = classify(path);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(path, c);
    }
    return c;
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, classifier);
  return classifier;
}
