/** The commits in base..head with identities, full messages, trailers and per-commit line counts. */
import { InputError } from '../../core/errors.js';
import type { Commit } from '../../core/model.js';
import { git } from './run.js';
import { readNumstat, splitNul } from '../../core/git-text/numstat.js';
import { parseTrailers } from '../../core/git-text/trailers.js';

/**
 * Fields end with NUL. git prints every field as a C string, so none can hold a NUL (a message stored
 * with one is cut there), while any other byte, \x1f included, may appear in a name or a message.
 * tformat adds a newline after each record, which the next record's sha then starts with.
 */
const FIELDS = ['%H', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'];
const FORMAT = FIELDS.map((f) => `${f}%x00`).join('');
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function parseLog(text: string): Commit[] {
  const tokens = text.split('\0');
  const commits: Commit[] = [];
  for (let i = 0; i + FIELDS.length <= tokens.length; i += FIELDS.length) {
    const [rawSha = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', body = ''] = tokens.slice(i, i + FIELDS.length);
    const sha = rawSha.replace(/^\n/, '');
    if (!SHA.test(sha)) {
      throw new InputError(`git log printed a record that does not start with a commit id (${JSON.stringify(sha.slice(0, 50))}).`, 'Run `git log` in the repository to check it is readable; a corrupt or unusual repository can cause this.');
    }
    const message = body.replace(/\n+$/, '');
    commits.push({
      sha,
      author: { name: an, email: ae },
      committer: { name: cn, email: ce },
      ...(ad ? { authorDate: ad } : {}),
      ...(cd ? { committerDate: cd } : {}),
      message,
      trailers: parseTrailers(message),
      additions: 0,
      deletions: 0,
    });
  }
  return commits;
}

/** Parses `git log --format=%x01%H --numstat -z` into added/removed line totals per commit. */
export function parseLogNumstat(text: string): Map<string, { additions: number; deletions: number }> {
  const totals = new Map<string, { additions: number; deletions: number }>();
  const tokens = splitNul(text);
  let current: { additions: number; deletions: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const header = /^\n?\x01([0-9a-f]+)$/.exec(token);
    if (header) {
      current = { additions: 0, deletions: 0 };
      totals.set(header[1]!, current);
      i++;
      continue;
    }
    // The first record after a header carries the newline git puts between header and stats.
    if (token.startsWith('\n') && /^\n[-\d]/.test(token)) tokens[i] = token.slice(1);
    const n = readNumstat(tokens, i);
    if (!n) {
      i++;
      continue;
    }
    if (current) {
      current.additions += n.entry.additions;
      current.deletions += n.entry.deletions;
    }
    i = n.next;
  }
  return totals;
}

export async function readCommits(repo: string, base: string, head: string, emptyBase: boolean): Promise<Commit[]> {
  const range = emptyBase ? [head] : [`${base}..${head}`];
  const [log, stats] = await Promise.all([
    git(repo, ['log', `--format=${FORMAT}`, ...range, '--']),
    git(repo, ['log', '-z', '--format=%x01%H', '--numstat', '--no-renames', '--no-ext-diff', '--no-textconv', ...range, '--']),
  ]);
  const totals = parseLogNumstat(stats);
  return parseLog(log).map((c) => ({ ...c, ...(totals.get(c.sha) ?? { additions: 0, deletions: 0 }) }));
}
