/**
 * The change read from the API, for checkouts that lack the history (the default `fetch-depth: 1`,
 * or `pull_request_target` running on the base branch). GitHub caps what it lists: 3,000 files and
 * 250 commits per pull request, and no `patch` text for very large diffs. Whatever was cut is said in
 * a warning, never silently ignored; `fetch-depth: 0` gives the full picture.
 */
import type { Change, ChangedFile, Commit, FilePatch, FileStatus } from '../../core/model.js';
import type { Range } from '../../gather/git/range.js';
import { changeOf } from '../../gather/git/read-change.js';
import { parseTrailers } from '../../core/git-text/trailers.js';
import { addWarning, type GitHubContext } from './context.js';

export const MAX_API_FILES = 3000;
export const MAX_API_COMMITS = 250;
/** Per-commit line counts cost one request each; beyond this many commits they are skipped. */
export const MAX_COMMIT_STATS = 50;

export interface DiffEntry {
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
  commit: { author?: { name?: string; email?: string } | null; committer?: { name?: string; email?: string } | null; message: string };
  parents?: unknown[];
}

const STATUS: Record<string, FileStatus> = { added: 'added', removed: 'deleted', modified: 'modified', renamed: 'renamed', copied: 'copied', changed: 'modified', unchanged: 'modified' };

/**
 * Parses the `patch` of a diff entry: hunks with context lines and no file header. Added lines are
 * counted on the new side, so the ranges hold only added lines, not their context.
 */
export function parseApiPatch(path: string, patch: string): FilePatch {
  const out: FilePatch = { path, added: [], removed: [], addedRanges: [] };
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || text.startsWith('\\')) continue;
    if (text.startsWith('+')) {
      out.added.push(text.slice(1));
      const last = out.addedRanges[out.addedRanges.length - 1];
      if (last && last[1] === line - 1) last[1] = line;
      else out.addedRanges.push([line, line]);
      line++;
    } else if (text.startsWith('-')) {
      out.removed.push(text.slice(1));
    } else {
      line++;
    }
  }
  return out;
}

export function changedFileFromEntry(e: DiffEntry): ChangedFile {
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
    client.paginate(client.rest.pulls.listFiles, where) as Promise<DiffEntry[]>,
    client.paginate(client.rest.pulls.listCommits, where) as Promise<ApiCommit[]>,
  ]);
  addWarning(ctx, `The checkout does not contain the pull request's history, so its files and commits were read from the GitHub API. Set \`fetch-depth: 0\` on actions/checkout to judge the exact commits locally.`);
  if (entries.length >= MAX_API_FILES) {
    addWarning(ctx, `GitHub lists at most ${MAX_API_FILES} files of a pull request; this one has more, so files past the first ${MAX_API_FILES} were not judged. Set \`fetch-depth: 0\` on actions/checkout so the gate reads every file from git.`);
  }
  if (apiCommits.length >= MAX_API_COMMITS) {
    addWarning(ctx, `GitHub lists at most ${MAX_API_COMMITS} commits of a pull request; this one has more, so AI attribution saw only the first ${MAX_API_COMMITS}. Set \`fetch-depth: 0\` on actions/checkout so the gate reads every commit from git.`);
  }

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
  const stats = await Promise.all(withStats.map((c) => client.rest.repos.getCommit({ owner: ctx.owner, repo: ctx.repo, ref: c.sha, per_page: 1 })));
  const bySha = new Map(stats.map((r) => [r.data.sha, r.data.stats]));
  for (const c of commits) {
    const s = bySha.get(c.sha);
    if (s) Object.assign(c, { additions: s.additions ?? 0, deletions: s.deletions ?? 0 });
  }
  if (apiCommits.length > MAX_COMMIT_STATS) {
    addWarning(ctx, `Line counts were read for the first ${MAX_COMMIT_STATS} of ${apiCommits.length} commits only, so the AI share is approximate. Set \`fetch-depth: 0\` on actions/checkout.`);
  }

  return changeOf(`${ctx.owner}/${ctx.repo}`, range, { files, commits, patches });
}
