/**
 * The commits in base..head with identities, full messages, trailers and per-commit line counts, from
 * one `git log --numstat -z` pass: the commit walk and the per-commit diffs are the cost of a long
 * range, so they are paid once.
 */
import { InputError } from '../../core/errors.js';
import type { Commit } from '../../core/model.js';
import { git } from './run.js';
import { parseTrailers } from '../../core/git-text/trailers.js';

/**
 * Each record starts with \x01 and its fields end with NUL. git prints every field as a C string, so
 * none can hold a NUL (a message stored with one is cut there), while any other byte, \x01 and \x1f
 * included, may appear in a name or a message: fields are read by position, never by their content.
 * After the fields come a NUL (-z ends each record's header with one), then the commit's numstat
 * records, `A\tD\tpath` each ended by NUL, the first one after a newline. Merges have none.
 */
const FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'];
const FORMAT = `%x01${FIELDS.map((f) => `${f}%x00`).join('')}`;
const HEADER = /^\n?\x01([0-9a-f]{40}(?:[0-9a-f]{24})?)$/;
/** A numstat record with --no-renames: one path, counts or `-` for binary files. */
const STAT = /^\n?(-|\d+)\t(-|\d+)\t[\s\S]/;

/** A commit as read, with its parents (which only the reader needs: the model has none). */
interface LoggedCommit {
  commit: Commit;
  parents: string[];
}

export function parseLogWithStats(text: string): Commit[] {
  return parseLog(text).map((c) => c.commit);
}

function parseLog(text: string): LoggedCommit[] {
  const tokens = text.split('\0');
  const commits: LoggedCommit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token === '' || token === '\n') {
      i++;
      continue;
    }
    const header = HEADER.exec(token);
    if (header === null || i + FIELDS.length > tokens.length) {
      throw new InputError(`git log printed a record that does not start with a commit id (${JSON.stringify(token.slice(0, 50))}).`, 'Run `git log` in the repository to check it is readable; a corrupt or unusual repository can cause this.');
    }
    const [parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', body = ''] = tokens.slice(i + 1, i + FIELDS.length);
    i += FIELDS.length;
    let additions = 0;
    let deletions = 0;
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t === '') continue;
      const stat = STAT.exec(t);
      if (stat === null) break;
      // Binary files (`-` for both counts) count no lines.
      if (stat[1] !== '-') additions += Number(stat[1]);
      if (stat[2] !== '-') deletions += Number(stat[2]);
    }
    const message = body.replace(/\n+$/, '');
    const commit: Commit = {
      sha: header[1]!,
      author: { name: an, email: ae },
      committer: { name: cn, email: ce },
      ...(ad ? { authorDate: ad } : {}),
      ...(cd ? { committerDate: cd } : {}),
      message,
      trailers: parseTrailers(message),
      additions,
      deletions,
    };
    commits.push({ commit, parents: parents.split(' ').filter(Boolean) });
  }
  return commits;
}

function revisions(base: string, head: string, emptyBase: boolean): string[] {
  return emptyBase ? [head] : [`${base}..${head}`];
}

export async function readCommits(repo: string, base: string, head: string, emptyBase: boolean): Promise<Commit[]> {
  const log = await git(repo, ['log', '-z', `--format=${FORMAT}`, '--numstat', '--no-renames', '--no-ext-diff', '--no-textconv', ...revisions(base, head, emptyBase), '--']);
  return parseLogWithStats(log);
}

/**
 * The range's commit when it holds exactly one whose only parent is the base (or, from the empty tree,
 * one root commit), read without line counts; undefined for any other range. Reading at most two
 * commits of the walk costs little however long the range is.
 */
export async function readOnlyCommit(repo: string, base: string, head: string, emptyBase: boolean): Promise<Commit | undefined> {
  const log = parseLog(await git(repo, ['log', '-z', '--max-count=2', `--format=${FORMAT}`, ...revisions(base, head, emptyBase), '--']));
  if (log.length !== 1) return undefined;
  const { commit, parents } = log[0]!;
  return (emptyBase ? parents.length === 0 : parents.length === 1 && parents[0] === base) ? commit : undefined;
}
