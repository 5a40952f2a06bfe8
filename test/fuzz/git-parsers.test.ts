/**
 * The parsers of git's output on arbitrary text: they never throw and never produce nonsense, and the
 * path unquoting agrees with git's quoting rules for every name. Trailers are held to git itself on
 * generated messages. (Round trips of hostile names through a real repository are in git-roundtrip.)
 */
import { leanExecFileSync } from '../helpers/lean-exec.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseRawNumstat } from '../../src/gather/git/changed-files.js';
import { parseLogWithStats } from '../../src/gather/git/commits.js';
import { readNumstat, readRaw, splitNul } from '../../src/core/git-text/numstat.js';
import { parsePatch } from '../../src/gather/git/patches.js';
import { headerPath, unquoteC } from '../../src/core/git-text/quote.js';
import { parseTrailers } from '../../src/core/git-text/trailers.js';
import type { Trailer } from '../../src/core/model.js';
import { anyCodePoint } from './support/code-points.js';
import { hostileString } from './support/hostile.js';
import { onlyInputErrors, params, testTimeout } from './support/fuzz.js';
import { cQuote, isWellFormed, needsQuoting } from './support/git-quote.js';
import { firstNonPlain } from './support/shape.js';

const STATUSES = ['added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed'];

/** Text that looks like git output: its separators and prefixes, digits, and hostile names. */
function gitish(pieces: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: hostileString(3) }), { maxLength: 40 })
    .map((p) => p.join(''));
}

const RAW_PIECES = ['\0', '\t', '\n', ':100644 100644 ', 'abc1234 ', 'def5678 ', 'M', 'A', 'D', 'R100', 'C075', 'T', 'X', ':', '1', '0', '-', '12', '99999999999999999999999', 'a.txt', 'dir/b', ' '];
const LOG_PIECES = ['\0', '\x1f', '\x01', '\n', 'a'.repeat(40), '0123456789abcdef0123456789abcdef01234567', 'Alice', 'a@example.com', 'Subject', '\n\nCo-authored-by: Claude <noreply@anthropic.com>', '1\t2\tf', '-\t-\tbin', '\t', ''];
const PATCH_PIECES = [
  'diff --git a/x b/x\n', '--- a/x\n', '+++ b/x\n', '--- /dev/null\n', '+++ /dev/null\n', '@@ -1 +1 @@\n', '@@ -0,0 +1,3 @@\n', '@@ -5,2 +0,0 @@\n',
  '@@ -1,99999999999 +1,99999999999 @@\n', '+added\n', '-removed\n', '+@@ -1 +1 @@\n', '\\ No newline at end of file\n', '--- "a/q\\"uoted\\303\\251"\n',
  '+++ "b/q\\"uoted\\303\\251"\n', '+++ b/with space\t\n', '"', '\\', '\\1', '\\400', '\n',
];

describe('git output parsers never throw and stay well-typed', () => {
  it(
    'parseRawNumstat',
    () => {
      fc.assert(
        fc.property(gitish(RAW_PIECES), (text) => {
          const r = onlyInputErrors(() => parseRawNumstat(text));
          if (!r.ok) return;
          expect(firstNonPlain(r.value)).toBeUndefined();
          for (const f of r.value) {
            expect(STATUSES).toContain(f.status);
            expect(typeof f.path).toBe('string');
            expect(f.additions).toBeGreaterThanOrEqual(0);
            expect(f.deletions).toBeGreaterThanOrEqual(0);
          }
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'readRaw and readNumstat at any token',
    () => {
      fc.assert(
        fc.property(gitish(RAW_PIECES), fc.nat({ max: 50 }), (text, i) => {
          const tokens = splitNul(text);
          const raw = onlyInputErrors(() => readRaw(tokens, i));
          const num = onlyInputErrors(() => readNumstat(tokens, i));
          for (const r of [raw, num]) if (r.ok && r.value) expect(r.value.next).toBeGreaterThan(i);
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'parseLogWithStats',
    () => {
      fc.assert(
        fc.property(gitish(LOG_PIECES), (text) => {
          const log = onlyInputErrors(() => parseLogWithStats(text));
          if (log.ok) {
            expect(firstNonPlain(log.value)).toBeUndefined();
            for (const c of log.value) {
              for (const t of c.trailers) expect(typeof t.key === 'string' && typeof t.value === 'string').toBe(true);
              expect(c.additions >= 0 && c.deletions >= 0).toBe(true);
            }
          }
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'parsePatch',
    () => {
      fc.assert(
        fc.property(gitish(PATCH_PIECES), (text) => {
          const r = onlyInputErrors(() => parsePatch(text));
          if (!r.ok) return;
          expect(firstNonPlain(r.value)).toBeUndefined();
          for (const p of r.value) {
            for (const [start, end] of p.addedRanges) {
              expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
              expect(start).toBeLessThanOrEqual(end);
            }
          }
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'parseTrailers',
    () => {
      fc.assert(
        fc.property(hostileString(20), (message) => {
          const r = onlyInputErrors(() => parseTrailers(message));
          if (!r.ok) return;
          for (const t of r.value) {
            expect(t.key).not.toBe('');
            expect(t.value).not.toContain('\n');
          }
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'unquoteC and headerPath on arbitrary text',
    () => {
      fc.assert(
        fc.property(gitish(PATCH_PIECES), (text) => {
          expect(typeof onlyInputErrors(() => unquoteC(text))).toBe('object');
          onlyInputErrors(() => headerPath(text, 'a/'));
        }),
        params(150),
      );
    },
    testTimeout(),
  );
});

describe('path unquoting agrees with git quoting rules', () => {
  const name = fc.oneof(hostileString(6), fc.string({ unit: anyCodePoint, minLength: 1, maxLength: 30 })).filter((s) => s !== '' && isWellFormed(s) && !s.includes('\0'));

  it(
    'unquoteC(cQuote(name)) is the name',
    () => {
      fc.assert(fc.property(name, (n) => expect(unquoteC(cQuote(n))).toBe(n)), params(150));
    },
    testTimeout(),
  );

  it(
    'headerPath reads every header git writes, with core.quotepath on or off',
    () => {
      fc.assert(
        fc.property(name, fc.constantFrom<'a/' | 'b/'>('a/', 'b/'), fc.boolean(), (n, prefix, quotePathOn) => {
          const full = prefix + n;
          // With core.quotepath off only control characters, quotes and backslashes force quoting.
          const quoted = quotePathOn ? needsQuoting(full) : /[\u0000-\u001f"\\\u007f]/.test(full);
          const header = quoted ? `"${quotePathOn ? cQuote(full) : cQuote(full).replace(/(\\[23][0-7]{2})+/g, (m) => decodeOctal(m))}"` : full + (full.includes(' ') ? '\t' : '');
          expect(headerPath(header, prefix)).toBe(n);
        }),
        params(150),
      );
    },
    testTimeout(),
  );
});

/** Turns a run of octal escapes of UTF-8 bytes >= 0x80 back into the characters (git with quotepath off). */
function decodeOctal(run: string): string {
  const bytes = run.split('\\').filter(Boolean).map((o) => parseInt(o, 8));
  return Buffer.from(bytes).toString('utf8');
}

describe('parseTrailers agrees with git interpret-trailers on generated messages', () => {
  const home = mkdtempSync(join(tmpdir(), 'gate-fuzz-trailers-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, 'gitconfig'), LC_ALL: 'C' };
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  function gitParse(message: string): Trailer[] {
    const out = leanExecFileSync('git', ['interpret-trailers', '--parse', '--no-divider'], { input: message, encoding: 'utf8', env });
    return out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const i = l.indexOf(':');
        return { key: l.slice(0, i), value: l.slice(i + 1).replace(/^ /, '') };
      });
  }

  // Lines a commit message is made of, hostile ones included. Two documented departures from plain
  // interpret-trailers are left out: a `---` line and blank lines before the subject.
  const line = fc.oneof(
    fc.constantFrom(
      'Subject line', '', ' ', 'Co-authored-by: Claude <noreply@anthropic.com>', 'Signed-off-by: A <a@example.com>', 'Assisted-by: Copilot',
      'AI-Assisted: yes', 'Key : spaced', 'Key:', '  continued', '\tcontinued', '# comment', 'Conflicts:', '\tsrc/a.c', 'prose line', 'http://x: y',
      '(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)', 'Über: x', '-lead: dash', 'A B: two words', '**AI-Assisted:** yes',
      '# ------------------------ >8 ------------------------',
    ),
    hostileString(3).map((s) => s.replace(/[\r\n\0]/g, '')),
  );
  // Stored messages end with a newline, and git only takes a "Conflicts:" line as the old conflicts list
  // when the newline follows it; so every generated message ends with one, as a commit's does.
  const message = fc
    .tuple(fc.constantFrom('Subject', 'Fix: the thing', 'x'), fc.array(line, { maxLength: 12 }))
    .map(([subject, lines]) => [subject, ...lines].filter((l) => !/^-{3,}/.test(l)).join('\n') + '\n')
    .filter(isWellFormed);

  it(
    'the same trailers as git',
    () => {
      fc.assert(fc.property(message, (m) => expect(parseTrailers(m)).toEqual(gitParse(m))), params(75));
    },
    testTimeout(),
  );
});
