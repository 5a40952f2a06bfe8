/**
 * The word matcher answers as reading every word of the path would (pathWords): its text pre-check and
 * per-token memo only skip work, on paths mixing case, camelCase, digits, plurals and punctuation.
 */
import fc from 'fast-check';
import { params, testTimeout } from '../fuzz/support/fuzz.js';
import { pathWords, wordMatcher } from '../../src/core/paths/path-words.js';

const PIECES = ['auth', 'Auth', 'OAuth', 'oauth2', 'sessions', 'Session', 'secret', 'Secrets', 'KEY', 'keys', 'authz', 'x', 'Ab', 'aB', '7', '2fa', 'İ', 'ß', 'é'];
const SEPARATORS = ['/', '-', '_', '.', ' ', ''];
const path = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const words = fc.array(fc.oneof(fc.constantFrom('auth', 'oauth', 'session', 'secret', 'key', 'authz', 'fa', '2fa', 'Auth', 'SECRET', 'ab', 'x'), fc.string({ maxLength: 4 })), { maxLength: 5 });

describe('wordMatcher', () => {
  it('answers as the full set of path words does', () => {
    fc.assert(
      fc.property(words, fc.array(fc.oneof(path, fc.string({ maxLength: 10 })), { minLength: 1, maxLength: 20 }), (wanted, paths) => {
        const match = wordMatcher(wanted);
        const lower = new Set(wanted.map((w) => w.toLowerCase()));
        for (const p of paths) {
          const want = lower.size > 0 && [...pathWords(p)].some((w) => lower.has(w));
          expect({ path: p, hit: match(p) }).toEqual({ path: p, hit: want });
        }
      }),
      params(1000),
    );
  }, testTimeout());
});
