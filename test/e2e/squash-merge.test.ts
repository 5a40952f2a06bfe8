/**
 * A squash merge keeps the change but may drop the trailers that carried its AI attribution. On a push
 * to the default branch the gate reads the pull or merge request the pushed commit was merged from
 * and keeps its attribution: dist/index.js run as the Actions runner and as a GitLab push pipeline
 * run it, against local servers that answer like GitHub's and GitLab's APIs.
 */
import { TempRepo } from '../helpers/git-repo.js';
import { GitHubApiServer } from '../platform/github/support/api-server.js';
import * as ex from '../platform/github/support/openapi-examples.js';
import { runAction, webhookExample } from '../platform/github/support/run-action.js';
import { OWNER, REPO, REPOSITORY } from '../platform/github/support/scenario.js';
import { calls, newState, startGitLab, type RunningServer, type User } from '../platform/gitlab/api-server.js';
import { runGitlab } from '../platform/gitlab/run-gitlab.js';

const API = `/repos/${OWNER}/${REPO}`;
const JANE = { name: 'Jane Dev', email: 'jane@example.com' };
/** The pull request's own commits: the agent's trailers are on the second one only. */
const BRANCH_COMMITS = [
  { sha: 'a'.repeat(40), message: 'Add the retry queue\n', author: JANE },
  {
    sha: 'b'.repeat(40),
    message: 'Retry with backoff\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n',
    author: JANE,
  },
];

/** main: a base commit, then the squash commit GitHub or GitLab wrote, whose message kept no trailer. */
function squashedRepo(): { repo: TempRepo; base: string; squash: string } {
  const repo = new TempRepo();
  repo.write('README.md', '# shop\n').write('src/app.ts', 'export const a = 1;\n');
  const base = repo.commit('base');
  repo.write('src/queue.ts', 'export const retries = 3;\nexport const backoff = 2;\n');
  const squash = repo.commit({ message: 'Add the retry queue (#7)\n', author: JANE, committer: { name: 'GitHub', email: 'noreply@github.com' } });
  return { repo, base, squash };
}

describe('a squash merge keeps its AI attribution on the default branch (GitHub)', () => {
  let server: GitHubApiServer;
  const repos: TempRepo[] = [];
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
  });
  afterEach(() => server.stop());
  afterAll(() => repos.forEach((r) => r.cleanup()));

  const push = (s: { repo: TempRepo; base: string; squash: string }, ref = 'refs/heads/main', inputs?: Record<string, string>) => {
    const payload: Record<string, any> = { ...webhookExample('push', (e) => e.ref === 'refs/heads/master'), ref, before: s.base, after: s.squash, created: false };
    payload.repository = { ...payload.repository, default_branch: 'main' };
    return runAction({ workspace: s.repo.dir, event: 'push', payload, apiUrl: server.url, repository: REPOSITORY, inputs });
  };

  const mergedPull = (s: { squash: string }) =>
    ({ ...ex.pullRequest({ owner: OWNER, repo: REPO, number: 7, baseSha: s.squash, headSha: 'b'.repeat(40), headRef: 'codex/add-retry-queue' }), merged_at: '2026-01-02T03:04:05Z', merge_commit_sha: s.squash, state: 'closed' });

  it('reads the merged pull request\'s commits and description and records where the attribution came from', async () => {
    const s = squashedRepo();
    repos.push(s.repo);
    server.commitPulls.set(s.squash, [mergedPull(s)]);
    server.commits.set(7, BRANCH_COMMITS.map((c) => ex.commitItem(c)));
    // The pull request merged after the gate passed on its head: no bypass.
    server.pulls.set(7, mergedPull(s));
    server.checkRuns.set('b'.repeat(40), [ex.checkRun({ id: 1, name: 'AI governance gate', headSha: 'b'.repeat(40), status: 'completed', conclusion: 'success', completedAt: '2026-01-02T03:00:00Z' })]);

    const res = await push(s);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(server.calls()).toEqual([`GET ${API}/commits/${s.squash}/pulls`, `GET ${API}/pulls/7/commits`, `GET ${API}/pulls/7`, `GET ${API}/commits/${'b'.repeat(40)}/check-runs`]);
    expect(res.audit!.violations.map((v) => v.rule)).not.toContain('bypass');

    const a = res.audit!.attribution;
    expect(a.aiAssisted).toBe(true);
    expect(a.aiShare).toBe(1);
    expect(a.tools).toEqual(['Claude Code', 'OpenAI Codex']);
    expect(a.models).toEqual(['Claude Opus 4.6']);
    expect(a.mergedRequest).toEqual({ number: 7, url: `https://github.com/${OWNER}/${REPO}/pull/7`, source: `GitHub: the merged pull request associated with commit ${s.squash.slice(0, 7)}`, commits: 2, aiAssisted: true });
    const evidence = a.commits[0]!.evidence;
    expect(a.commits[0]!.sha).toBe(s.squash);
    expect(evidence).toEqual([
      {
        signal: 'co-author-trailer',
        value: 'Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>',
        tool: 'Claude Code',
        model: 'Claude Opus 4.6',
        commit: s.squash,
        source: `merged pull request #7, commit bbbbbbb (commit trailer)`,
      },
      { signal: 'branch-prefix', value: 'codex/add-retry-queue', tool: 'OpenAI Codex', model: null, commit: s.squash, source: 'merged pull request #7 (source branch)' },
    ]);
    expect(res.summary).toMatch(/Merged from \[\\#\u200b7\]\(https:\/\/github.com\/Codertocat\/Hello-World\/pull\/7\)/);
  });

  it('a direct push with no pull request behind it is judged on its own commits', async () => {
    const s = squashedRepo();
    repos.push(s.repo);
    const res = await push(s);
    expect(res.code).toBe(0);
    expect(server.calls()).toEqual([`GET ${API}/commits/${s.squash}/pulls`]);
    expect(res.audit!.attribution.aiAssisted).toBe(false);
    expect(res.audit!.attribution.mergedRequest).toBeNull();
  });

  it('a push to another branch asks nothing', async () => {
    const s = squashedRepo();
    repos.push(s.repo);
    server.commitPulls.set(s.squash, [mergedPull(s)]);
    const res = await push(s, 'refs/heads/feature');
    expect(res.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(res.audit!.attribution.aiAssisted).toBe(false);
  });

  it('without a token says the merged pull request was not read, and still decides', async () => {
    const s = squashedRepo();
    repos.push(s.repo);
    const res = await push(s, 'refs/heads/main', { token: '' });
    expect(res.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(res.audit!.notes.join('\n')).toContain('the pull request this push was merged from could not be read');
    expect(res.summary).toContain('could not be read');
  });

  it('stops without a decision when the token may not read pull requests, and says which permission to grant', async () => {
    const s = squashedRepo();
    repos.push(s.repo);
    server.failures.push({ method: 'GET', path: /\/commits\/[0-9a-f]{40}\/pulls$/, status: 403, body: ex.basicError('Resource not accessible by integration'), times: 1 });
    const res = await push(s);
    expect(res.code).toBe(2);
    expect(res.stdout + res.stderr).toContain('pull-requests: read');
  });
});

describe('a squash merge keeps its AI attribution on the default branch (GitLab)', () => {
  const TOKEN = 'glpat-squashtesttoken0000';
  const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
  const AGENT: User = { id: 12, username: 'duo-developer' };
  let gl: RunningServer;
  const repos: TempRepo[] = [];
  afterEach(() => gl.close());
  afterAll(() => repos.forEach((r) => r.cleanup()));

  const pushEnv = (s: { base: string; squash: string }, branch = 'main'): Record<string, string> => ({
    CI: 'true',
    GITLAB_CI: 'true',
    CI_SERVER_URL: gl.url,
    CI_API_V4_URL: `${gl.url}/api/v4`,
    CI_PROJECT_ID: String(gl.state.projectId),
    CI_PROJECT_PATH: gl.state.projectPath,
    CI_PROJECT_URL: `${gl.url}/${gl.state.projectPath}`,
    CI_PIPELINE_SOURCE: 'push',
    CI_COMMIT_SHA: s.squash,
    CI_COMMIT_BEFORE_SHA: s.base,
    CI_COMMIT_BRANCH: branch,
    CI_DEFAULT_BRANCH: 'main',
    GITLAB_TOKEN: TOKEN,
  });

  it('reads the merged merge request and its commits', async () => {
    const s = squashedRepo();
    repos.push(s.repo);
    gl = await startGitLab(
      newState({
        tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }],
        users: [BOT, AGENT],
        mergeRequests: [
          {
            iid: 7,
            title: 'Add the retry queue',
            description: 'Adds a retry queue.\n\nAssisted-by: Claude:claude-opus-4-6\n',
            labels: [],
            author: AGENT,
            source_branch: 'retry-queue',
            target_branch: 'main',
            sha: 'b'.repeat(40),
            state: 'merged',
            squash_commit_sha: s.squash,
            squash: true,
            commits: [...BRANCH_COMMITS].reverse().map((c) => ({ id: c.sha, message: c.message, author_name: c.author.name, author_email: c.author.email })),
            // The gate's job passed on the request's head before the merge: no bypass.
            pipelines: [{ id: 300, sha: 'b'.repeat(40), status: 'success', jobs: [{ name: 'ai-governance-gate', status: 'success' }] }],
          },
        ],
      }),
    );
    const res = await runGitlab(s.repo.dir, pushEnv(s));
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(calls(gl).filter((c) => !c.includes('/notes'))).toEqual([
      `GET /projects/42/repository/commits/${s.squash}/merge_requests`,
      'GET /projects/42/merge_requests/7/commits',
      'GET /projects/42/merge_requests/7',
      'GET /projects/42/merge_requests/7/pipelines',
      'GET /projects/42/pipelines/300/jobs',
    ]);
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).not.toContain('bypass');
    const a = res.audit!.attribution;
    expect(a.aiAssisted).toBe(true);
    expect(a.mergedRequest).toEqual(expect.objectContaining({ number: 7, commits: 2, aiAssisted: true }));
    expect(a.commits[0]!.evidence.map((e: any) => [e.signal, e.tool, e.model, e.source])).toEqual([
      ['co-author-trailer', 'Claude Code', 'Claude Opus 4.6', 'merged merge request #7, commit bbbbbbb (commit trailer)'],
      ['request-author', 'GitLab Duo', null, 'merged merge request #7 (merge request author)'],
      ['body-marker', 'Claude', 'claude-opus-4-6', 'merged merge request #7 (merge request description)'],
    ]);
    expect(a.models).toEqual(['Claude Opus 4.6', 'claude-opus-4-6']);
  });

  it('a push to another branch asks nothing', async () => {
    const s = squashedRepo();
    repos.push(s.repo);
    gl = await startGitLab(newState({ tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }], users: [BOT] }));
    const res = await runGitlab(s.repo.dir, pushEnv(s, 'feature'));
    expect(res.code).toBe(0);
    expect(calls(gl)).toEqual([]);
  });
});
