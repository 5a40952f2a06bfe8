/** The commits in base..head with identities, full messages, trailers and per-commit line counts. */
import type { Commit } from '../model.js';
import { git } from './run.js';
import { readNumstat, splitNul } from './numstat.js';
import { parseTrailers } from './trailers.js';

const FIELD = '\x1f';
const FORMAT = ['%H', '%an', '%ae', '%cn', '%ce', '%B'].join('%x1f');

export function parseLog(text: string): Commit[] {
  return splitNul(text).map((record) => {
    const parts = record.replace(/^\n/, '').split(FIELD);
    const [sha = '', an = '', ae = '', cn = '', ce = ''] = parts;
    const message = parts.slice(5).join(FIELD).replace(/\n+$/, '');
    return {
      sha,
      author: { name: an, email: ae },
      committer: { name: cn, email: ce },
      message,
      trailers: parseTrailers(message),
      additions: 0,
      deletions: 0,
    };
  });
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
    git(repo, ['log', '-z', `--format=${FORMAT}`, ...range, '--']),
    git(repo, ['log', '-z', '--format=%x01%H', '--numstat', '--no-renames', '--no-ext-diff', ...range, '--']),
  ]);
  const totals = parseLogNumstat(stats);
  return parseLog(log).map((c) => ({ ...c, ...(totals.get(c.sha) ?? { additions: 0, deletions: 0 }) }));
}
