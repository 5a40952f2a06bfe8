import { platformTiming, type PlatformTiming } from '../../../src/platform/http/timing.js';

import { MAX_API_COMMITS, MAX_API_FILES, MAX_COMMIT_STATS, fetchChange, parseApiPatch } from '../../../src/platform/github/api-change.js';
import { createClient } from '../../../src/platform/github/client.js';
import type { GitHubContext } from '../../../src/platform/github/context.js';
import { readInputs } from '../../../src/platform/github/inputs.js';
import { readChange } from '../../../src/gather/git/read-change.js';
import { readPatches } from '../../../src/gather/git/patches.js';
import type { Range } from '../../../src/gather/git/range.js';
import { TempRepo } from '../../helpers/git-repo.js';
import { GitHubApiServer } from './support/api-server.js';
import * as ex from './support/openapi-examples.js';
import { TEST_TOKEN, defaultInputEnv } from './support/run-action.js';
import { leanExecFileSync } from '../../helpers/lean-exec.js';

/** Short backoff and a deadline that leaves room for the scripted retries. */
const TIMING = (): PlatformTiming => platformTiming({ AI_GOVERNANCE_BACKOFF_MS: '10' }, '10', 'test');

const git = (repo: TempRepo, ...args: string[]) => leanExecFileSync('git', args, { cwd: repo.dir, encoding: 'utf8' });

/** The `patch` GitHub puts in a diff entry: git's unified diff of the file (3 context lines) without its header. */
function apiPatch(repo: TempRepo, base: string, head: string, path: string): string | undefined {
  const diff = git(repo, 'diff', base, head, '--', path);
  const at = diff.indexOf('\n@@');
  return at < 0 ? undefined : diff.slice(at + 1).replace(/\n$/, '');
}

function buildRepo(): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo();
  const lines = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);
  repo.write('src/long.ts', lines.join('\n') + '\n').write('old/name.txt', 'keep me\n').write('gone.txt', 'bye\n');
  const base = repo.commit('base');
  const edited = [...lines];
  edited.splice(2, 1, 'changed 3');
  edited.splice(20, 0, 'inserted a', 'inserted b');
  edited.splice(35, 2);
  repo.write('src/long.ts', edited.join('\n') + '\n');
  repo.commit('Edit long');
  repo.remove('old/name.txt');
  repo.write('new/name.txt', 'keep me\n');
  repo.remove('gone.txt');
  repo.write('infra/db.sql', 'DROP TABLE users;\n');
  const head = repo.commit({ message: 'Move and drop\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' });
  return { repo, base, head };
}

describe('parseApiPatch', () => {
  it('reads the same added lines, line numbers and removed lines as git -U0, from a patch with context', async () => {
    const { repo, base, head } = buildRepo();
    try {
      const fromApi = parseApiPatch('src/long.ts', apiPatch(repo, base, head, 'src/long.ts')!);
      const [fromGit] = await readPatches(repo.dir, base, head, ['src/long.ts']);
      expect(fromApi).toEqual(fromGit);
      expect(fromApi.addedRanges.length).toBeGreaterThan(1);
    } finally {
      repo.cleanup();
    }
  });
});

describe('fetchChange', () => {
  let server: GitHubApiServer;
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
  });
  afterEach(() => server.stop());

  const context = (): GitHubContext => ({
    env: {},
    inputs: readInputs(defaultInputEnv(TEST_TOKEN), process.cwd()),
    event: { name: 'pull_request', pullNumber: 9 },
    owner: 'o',
    repo: 'r',
    client: createClient(TEST_TOKEN, { GITHUB_API_URL: server.url }, TIMING()).client,
    timing: TIMING(),
    warnings: [],
  });
  const rangeOf = (base: string, head: string): Range => ({ base, head, baseReason: 'platform', baseDescription: 'main', emptyBase: false });

  it('builds the same files, commits and patches from the API as git reads from the clone', async () => {
    const { repo, base, head } = buildRepo();
    try {
      // The API's view, made from git's own output: name-status and numstat per file, log per commit.
      const status = git(repo, 'diff', '--name-status', '-M', base, head).trim().split('\n').map((l) => l.split('\t'));
      const numstat = new Map(git(repo, 'diff', '--numstat', '-M', base, head).trim().split('\n').map((l) => {
        const [a, d, ...p] = l.split('\t');
        return [p.join('\t').replace(/^(.*)\{(.*) => (.*)\}(.*)$/, '$1$3$4').replace(/^.* => /, ''), [Number(a), Number(d)]] as const;
      }));
      const words: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed' };
      server.files.set(9, status.map(([code, a, b]) => {
        const path = b ?? a!;
        const [add, del] = numstat.get(path)!;
        return ex.diffEntry({ filename: path, status: words[code![0]!]!, additions: add, deletions: del, patch: apiPatch(repo, base, head, path), previous: b ? a : undefined });
      }));
      const shas = git(repo, 'rev-list', '--reverse', `${base}..${head}`).trim().split('\n');
      server.commits.set(9, shas.map((sha) => ex.commitItem({ sha, message: git(repo, 'log', '-1', '--format=%B', sha), author: { name: 'Test Human', email: 'human@example.com' }, parents: [git(repo, 'rev-parse', `${sha}^`).trim()] })));
      for (const sha of shas) {
        const [adds, dels] = git(repo, 'show', '--numstat', '--format=', '--no-renames', sha).trim().split('\n').reduce(([x, y], l) => [x + Number(l.split('\t')[0]), y + Number(l.split('\t')[1])], [0, 0]);
        server.commitStats.set(sha, ex.commitWithStats(sha, adds, dels));
      }

      const ctx = context();
      const wants = (f: { path: string }) => f.path.endsWith('.sql') || f.path.endsWith('.ts');
      const api = await fetchChange(ctx, rangeOf(base, head), wants);
      const local = await readChange(repo.dir, rangeOf(base, head), wants, 'o/r');

      const shape = (files: typeof api.files) => files.map((f) => ({ path: f.path, previousPath: f.previousPath, status: f.status, additions: f.additions, deletions: f.deletions, binary: f.binary })).sort((x, y) => x.path.localeCompare(y.path));
      expect(shape(api.files)).toEqual(shape(local.files));
      expect(api.commits.map((c) => ({ sha: c.sha, message: c.message, trailers: c.trailers, additions: c.additions, deletions: c.deletions }))).toEqual(
        local.commits.map((c) => ({ sha: c.sha, message: c.message, trailers: c.trailers, additions: c.additions, deletions: c.deletions })),
      );
      expect([...api.patches].sort((x, y) => x.path.localeCompare(y.path))).toEqual([...local.patches].sort((x, y) => x.path.localeCompare(y.path)));
      expect(ctx.warnings).toEqual([expect.stringContaining('read from the GitHub API')]);
      expect(server.requests.filter((q) => q.path.endsWith('/files') || q.path.endsWith('/commits')).every((q) => q.query.get('per_page') === '100')).toBe(true);
    } finally {
      repo.cleanup();
    }
  });

  it('refuses to judge a change cut at GitHub\'s file or commit cap, rather than judge part of it', async () => {
    server.files.set(9, Array.from({ length: MAX_API_FILES + 100 }, (_, i) => ex.diffEntry({ filename: `f/${i}.txt`, status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x' })));
    server.commits.set(9, [ex.commitItem({ sha: 'a'.repeat(40), message: 'c', author: { name: 'n', email: 'e@x' } })]);
    await expect(fetchChange(context(), rangeOf('1'.repeat(40), '2'.repeat(40)), () => false)).rejects.toThrow(/at most 3,000 files of a pull request/);
    // 30 pages of files: all GitHub lists, read before the cap was known to be hit.
    expect(server.requests.filter((q) => q.path.endsWith('/files'))).toHaveLength(30);

    server.files.set(9, [ex.diffEntry({ filename: 'a.txt', status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x' })]);
    const shas = Array.from({ length: MAX_API_COMMITS + 10 }, (_, i) => i.toString(16).padStart(40, '0'));
    server.commits.set(9, shas.map((sha) => ex.commitItem({ sha, message: `c ${sha}`, author: { name: 'n', email: 'e@x' } })));
    await expect(fetchChange(context(), rangeOf('1'.repeat(40), '2'.repeat(40)), () => false)).rejects.toThrow(new RegExp(`at most ${MAX_API_COMMITS} commits`));
  });

  it('says when line counts were read for only some commits', async () => {
    server.files.set(9, [ex.diffEntry({ filename: 'a.txt', status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x' })]);
    const shas = Array.from({ length: MAX_COMMIT_STATS + 10 }, (_, i) => i.toString(16).padStart(40, '0'));
    server.commits.set(9, shas.map((sha) => ex.commitItem({ sha, message: `c ${sha}`, author: { name: 'n', email: 'e@x' } })));
    for (const sha of shas) server.commitStats.set(sha, ex.commitWithStats(sha, 1, 0));
    const ctx = context();
    const change = await fetchChange(ctx, rangeOf('1'.repeat(40), '2'.repeat(40)), () => false);
    expect(change.commits).toHaveLength(MAX_COMMIT_STATS + 10);
    expect(change.commits.filter((c) => c.additions === 1)).toHaveLength(MAX_COMMIT_STATS);
    expect(ctx.warnings).toEqual(expect.arrayContaining([expect.stringContaining(`Line counts were read for the first ${MAX_COMMIT_STATS} of ${MAX_COMMIT_STATS + 10} commits`)]));
    expect(server.requests.filter((q) => /\/commits\/[0-9a-f]{40}$/.test(q.path))).toHaveLength(MAX_COMMIT_STATS);
  });

  it('says which files GitHub sent no diff for when their content matters', async () => {
    server.files.set(9, [ex.diffEntry({ filename: 'db/big.sql', status: 'modified', additions: 5000, deletions: 10 })]);
    server.commits.set(9, []);
    const ctx = context();
    const change = await fetchChange(ctx, rangeOf('1'.repeat(40), '2'.repeat(40)), () => true);
    expect(change.files[0]).toEqual(expect.objectContaining({ path: 'db/big.sql', binary: false, additions: 5000 }));
    expect(change.patches).toEqual([]);
    expect(ctx.warnings).toContainEqual(expect.stringContaining('GitHub sent no diff for 1 file whose content the checks read (db/big.sql)'));
  });
});
