/**
 * The change read from the API, for checkouts that lack the history (the default `fetch-depth: 1`,
 * or `pull_request_target` running on the base branch). GitHub caps what it lists: 3,000 files and
 * 250 commits per pull request, and no `patch` text for very large diffs. A change that reaches a cap
 * is "could not check" (a part of a change is not judged as the whole); a missing patch is a warning;
 * `fetch-depth: 0` gives the full picture.
 */
import type { Change, ChangedFile, Commit, FilePatch, FileStatus } from '../../core/model.js';
import type { Range } from '../../gather/git/range.js';
import { changeOf } from '../../gather/git/read-change.js';
import { parseTrailers } from '../../core/git-text/trailers.js';
import { UncheckedError } from '../../core/errors.js';
import { commitStatsSchema, commitsSchema, filesSchema } from './answers.js';
import { addWarning, ask, type GitHubContext } from './context.js';
import { parseHunkHeader, readHunk } from '../../core/git-text/hunks.js';

export const MAX_API_FILES = 3000;
export const MAX_API_COMMITS = 250;
/** Per-commit line counts cost one request each; beyond this many commits they are skipped. */
export const MAX_COMMIT_STATS = 50;

interface DiffEntry {
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

export interface ApiCommit {
  sha: string;
  commit: { author?: { name?: string; email?: string; date?: string } | null; committer?: { name?: string; email?: string; date?: string } | null; message: string };
  parents?: unknown[];
}

const STATUS: Record<string, FileStatus> = { added: 'added', removed: 'deleted', modified: 'modified', renamed: 'renamed', copied: 'copied', changed: 'modified', unchanged: 'modified' };

/**
 * Parses the `patch` of a diff entry: hunks with context lines and no file header. Added lines are
 * counted on the new side, so the ranges hold only added lines, not their context.
 */
export function parseApiPatch(path: string, patch: string): FilePatch {
  const out: FilePatch = { path, added: [], removed: [], addedRanges: [] };
  const lines = patch.split('\n');
  for (let i = 0; i < lines.length; ) {
    const header = parseHunkHeader(lines[i]!);
    i = header ? readHunk(lines, i + 1, header, out, true) : i + 1;
  }
  return out;
}

function changedFileFromEntry(e: DiffEntry): ChangedFile {
  const status = STATUS[e.status] ?? 'modified';
  // GitHub sends no patch for binary files (and for huge text diffs, which still count lines).
  const binary = e.patch === undefined && e.changes === 0 && e.additions === 0 && e.deletions === 0 && status !== 'renamed' && status !== 'copied';
  const file: ChangedFile = { path: e.filename, status, additions: e.additions, deletions: e.deletions, binary };
  if (e.previous_filename && (status === 'renamed' || status === 'copied')) file.previousPath = e.previous_filename;
  if (e.patch !== undefined) file.addedRanges = parseApiPatch(e.filename, e.patch).addedRanges;
  return file;
}

export function commitFromApi(c: ApiCommit): Commit {
  const message = c.commit.message.replace(/\n+$/, '');
  return {
    sha: c.sha,
    author: { name: c.commit.author?.name ?? '', email: c.commit.author?.email ?? '' },
    committer: { name: c.commit.committer?.name ?? '', email: c.commit.committer?.email ?? '' },
    ...(c.commit.author?.date ? { authorDate: c.commit.author.date } : {}),
    ...(c.commit.committer?.date ? { committerDate: c.commit.committer.date } : {}),
    message,
    trailers: parseTrailers(message),
    additions: 0,
    deletions: 0,
  };
}

export async function fetchChange(ctx: GitHubContext, range: Range, needsContent: (file: ChangedFile) => boolean): Promise<Change> {
  const number = ctx.event.pullNumber;
  const client = ctx.client;
  if (number === undefined || !client) {
    throw new Error('fetchChange needs a pull request and a token; the range should have been read locally.');
  }
  const where = { owner: ctx.owner, repo: ctx.repo, pull_number: number, per_page: 100 };
  const [entries, apiCommits] = await Promise.all([
    ask(ctx, filesSchema, `GET pulls/${number}/files`, () => client.paginate(client.rest.pulls.listFiles, where)),
    ask(ctx, commitsSchema, `GET pulls/${number}/commits`, () => client.paginate(client.rest.pulls.listCommits, where)),
  ]);
  // A change cut at GitHub's caps would be judged on part of itself: the rest is what could hide the risk.
  if (entries.length >= MAX_API_FILES || apiCommits.length >= MAX_API_COMMITS) {
    const cut = entries.length >= MAX_API_FILES ? `${MAX_API_FILES.toLocaleString('en-US')} files` : `${MAX_API_COMMITS} commits`;
    throw new UncheckedError(
      `the whole change of pull request #${number}`,
      `GitHub's API lists at most ${cut} of a pull request and this one reaches that cap, so the rest cannot be read from the API and the change was not judged on a part of it.`,
      'Set `fetch-depth: 0` on actions/checkout so the gate reads every file and commit from git.',
    );
  }
  addWarning(ctx, `The checkout does not contain the pull request's history, so its files and commits were read from the GitHub API. Set \`fetch-depth: 0\` on actions/checkout to judge the exact commits locally.`);

  const files = entries.map(changedFileFromEntry);
  const patches: FilePatch[] = [];
  const tooLarge: string[] = [];
  entries.forEach((e, i) => {
    if (!needsContent(files[i]!)) return;
    if (e.patch === undefined) tooLarge.push(e.filename);
    else patches.push(parseApiPatch(e.filename, e.patch));
  });
  if (tooLarge.length) {
    addWarning(ctx, `GitHub sent no diff for ${tooLarge.length} file${tooLarge.length === 1 ? '' : 's'} whose content the checks read (${tooLarge.slice(0, 5).join(', ')}${tooLarge.length > 5 ? ', …' : ''}): their content was not checked. Set \`fetch-depth: 0\` on actions/checkout.`);
  }

  // git log order: newest first.
  const commits = apiCommits.map(commitFromApi).reverse();
  const withStats = apiCommits.filter((c) => (c.parents?.length ?? 1) <= 1).slice(0, MAX_COMMIT_STATS);
  const stats = await Promise.all(
    withStats.map((c) => ask(ctx, commitStatsSchema, `GET commits/${c.sha.slice(0, 12)}`, async () => (await client.rest.repos.getCommit({ owner: ctx.owner, repo: ctx.repo, ref: c.sha, per_page: 1 })).data)),
  );
  const bySha = new Map(stats.map((r) => [r.sha, r.stats]));
  for (const c of commits) {
    const s = bySha.get(c.sha);
    if (s) Object.assign(c, { additions: s.additions ?? 0, deletions: s.deletions ?? 0 });
  }
  if (apiCommits.length > MAX_COMMIT_STATS) {
    addWarning(ctx, `Line counts were read for the first ${MAX_COMMIT_STATS} of ${apiCommits.length} commits only, so the AI share is approximate. Set \`fetch-depth: 0\` on actions/checkout.`);
  }

  return changeOf(`${ctx.owner}/${ctx.repo}`, range, { files, commits, patches });
}
