/**
 * Hostile file names, commit messages and identities through a real repository and back: what the git
 * reader returns is exactly what was committed. Names hold newlines, quotes, backslashes, tabs, leading
 * dashes, glob and pathspec characters, unicode and bidi controls. Each run builds a repository, so the
 * default run count is small.
 */
import fc from 'fast-check';
import { readChangedFiles } from '../../src/gather/git/changed-files.js';
import { readCommits } from '../../src/gather/git/commits.js';
import { readPatches } from '../../src/gather/git/patches.js';
import { TempRepo } from '../helpers/git-repo.js';
import { NASTY_PIECES } from './support/hostile.js';
import { params, testTimeout } from './support/fuzz.js';
import { isWellFormed } from './support/git-quote.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

const NAME_PIECES = [
  ...NASTY_PIECES.filter((p) => !p.includes('/') && !p.includes('\0')),
  '-rf', '--', '-', ':(glob)', ':!x', '*', '?', '[a]', '\\', '"', "'", ' ', '\t', '\n', '\r', 'é', 'ü', '日本', '\u202e', '\u2066', '\u200f', '.hidden', '~', '#', 'a b',
];

/** One path segment git and the filesystem both accept: no '/', no NUL, not '.', '..' or '.git', at most 200 bytes. */
const segment = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAME_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 5 })
  .map((p) => p.join('').replace(/[/\0]/g, '_'))
  .filter((s) => s !== '' && s !== '.' && s !== '..' && s.toLowerCase() !== '.git' && isWellFormed(s) && Buffer.byteLength(s) <= 200);

const filePath = fc.oneof({ weight: 3, arbitrary: segment }, { weight: 1, arbitrary: fc.tuple(segment, segment).map(([d, f]) => `${d}/${f}`) });

/** Distinct paths where none is a directory of another, and none differs from another only by case. */
const pathSet = fc.uniqueArray(filePath, { minLength: 1, maxLength: 6, selector: (p) => p.split('/')[0]!.toLowerCase() });

const messageText = fc
  .array(fc.oneof(fc.constantFrom(...NASTY_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 20 })
  .map((p) => p.join('').replace(/\0/g, ''))
  .filter((m) => isWellFormed(m) && m.trim() !== '');

/** Names git keeps as given: no '<', '>' or newline, and nothing git trims from the ends. */
const identityName = fc
  .array(fc.oneof(fc.constantFrom('Alice', 'Bob', '@octocat', '\x1f', '\x01', '"', "'", 'é', '\u202e', '(aider)', 'Claude', 'x'), fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((p) => `N ${p.join('').replace(/[<>\n\0]/g, '')} N`)
  .filter(isWellFormed);

/** A line-per-index file body, so git's line counts are known without running the code under test. */
const body = (lines: number, tag: string) => Array.from({ length: lines }, (_, i) => `${tag} line ${i + 1}`).join('\n') + '\n';

interface Rename {
  from: string;
  to: string;
}

describe('the git reader returns hostile names and messages exactly as committed', () => {
  it(
    'added, modified, deleted and renamed files with hostile names',
    async () => {
      await fc.assert(
        fc.asyncProperty(pathSet, fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }), async (paths, sizes) => {
          const repo = new TempRepo('gate-fuzz-names-');
          try {
            repo.write('README.md', 'base\n');
            const base = repo.commit('base');
            paths.forEach((p, i) => repo.write(p, body(sizes[i]!, `file ${i}`)));
            const head = repo.commit('add hostile names');

            // Added: every name, with the number of lines written.
            const added = await readChangedFiles(repo.dir, base, head);
            expect(added.map((f) => f.path).sort()).toEqual([...paths].sort());
            for (const f of added) {
              expect(f.status).toBe('added');
              expect(f.additions).toBe(sizes[paths.indexOf(f.path)]);
            }
            const patches = await readPatches(repo.dir, base, head, paths);
            expect(patches.map((p) => p.path).sort()).toEqual([...paths].sort());
            for (const p of patches) expect(p.added).toEqual(body(sizes[paths.indexOf(p.path)]!, `file ${paths.indexOf(p.path)}`).trimEnd().split('\n'));

            // Then: the first is modified, the second renamed (same content), the third deleted.
            const [modified, renamedFrom, deleted] = paths;
            const renames: Rename[] = [];
            if (modified !== undefined) repo.write(modified, body(sizes[0]!, 'file 0') + 'one more\n');
            if (renamedFrom !== undefined) {
              const to = `renamed-${renamedFrom.replace(/\//g, '_')}`;
              // Literal pathspecs: a name such as ':(glob)x' is a file here, not pathspec magic.
              repo.git('--literal-pathspecs', 'mv', '--', renamedFrom, to);
              renames.push({ from: renamedFrom, to });
            }
            if (deleted !== undefined) repo.git('--literal-pathspecs', 'rm', '-q', '--', deleted);
            const next = repo.commit('modify, rename, delete');
            const changed = await readChangedFiles(repo.dir, head, next);
            const byPath = new Map(changed.map((f) => [f.path, f]));
            if (modified !== undefined) expect(byPath.get(modified)).toMatchObject({ status: 'modified', additions: 1, deletions: 0 });
            for (const r of renames) expect(byPath.get(r.to)).toMatchObject({ status: 'renamed', previousPath: r.from });
            if (deleted !== undefined) expect(byPath.get(deleted)).toMatchObject({ status: 'deleted', deletions: sizes[2] });
            expect(changed).toHaveLength([modified, renamedFrom, deleted].filter((x) => x !== undefined).length);
          } finally {
            repo.cleanup();
          }
        }),
        params(10),
      );
    },
    testTimeout(120_000),
  );

  it(
    'commit messages and author and committer names',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(messageText, identityName, identityName), { minLength: 1, maxLength: 3 }), async (commits) => {
          const repo = new TempRepo('gate-fuzz-log-');
          try {
            const base = repo.commit('base');
            for (const [i, [message, author, committer]] of commits.entries()) {
              repo.write(`f${i}.txt`, body(i + 1, 'x'));
              repo.git('add', '-A');
              // --cleanup=verbatim keeps the message byte for byte; the default would strip comment lines.
              leanExecFileSync('git', ['commit', '-q', '--cleanup=verbatim', '-F', '-'], {
                cwd: repo.dir,
                input: message,
                env: { ...process.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: committer, GIT_COMMITTER_EMAIL: 'c@example.com' },
              });
            }
            const head = repo.git('rev-parse', 'HEAD').trim();
            const read = await readCommits(repo.dir, base, head, false);
            // git log lists newest first.
            const expected = [...commits].reverse();
            expect(read).toHaveLength(commits.length);
            read.forEach((c, i) => {
              const [message, author, committer] = expected[i]!;
              expect(c.sha).toMatch(/^[0-9a-f]{40}$/);
              expect(c.message).toBe(message.replace(/\n+$/, ''));
              expect(c.author).toEqual({ name: author, email: 'a@example.com' });
              expect(c.committer).toEqual({ name: committer, email: 'c@example.com' });
              expect(c.additions).toBe(commits.length - i);
            });
          } finally {
            repo.cleanup();
          }
        }),
        params(12),
      );
    },
    testTimeout(120_000),
  );
});
