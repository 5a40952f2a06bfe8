/**
 * Post-merge accountability end to end: dist/index.js run for a push to the default branch, as the
 * Actions runner and a GitLab push pipeline start it, against local servers answering like GitHub
 * (the merged pull request, the gate's check runs on its head) and GitLab (the merge request, its
 * pipelines, their jobs). A merge without a passing decision is a `bypass` error naming who merged it
 * and how; one after a passing decision is not; a token that may not look is a warning, never a pass.
 */
import { TempRepo } from '../helpers/git-repo.js';
import { GitHubApiServer } from '../platform/github/support/api-server.js';
import * as ex from '../platform/github/support/openapi-examples.js';
import { runAction, webhookExample } from '../platform/github/support/run-action.js';
import { OWNER, REPO, REPOSITORY } from '../platform/github/support/scenario.js';
import { calls, newState, startGitLab, type MergeRequest, type RunningServer, type User } from '../platform/gitlab/api-server.js';
import { runGitlab } from '../platform/gitlab/run-gitlab.js';

const HEAD = 'c'.repeat(40);
const GATE = 'AI governance gate';

/** main: a base, then the commit a merge left on it. */
function mergedRepo(): { repo: TempRepo; base: string; merged: string } {
  const repo = new TempRepo();
  repo.write('README.md', '# billing\n');
  const base = repo.commit('base');
  repo.write('src/invoice.ts', 'export const due = 30;\n');
  const merged = repo.commit('Invoices are due in 30 days (#12)');
  return { repo, base, merged };
}

const rulesOf = (audit: { violations: Array<{ rule: string }> } | undefined) => audit!.violations.map((v) => v.rule);

describe('merges that skipped the gate are caught on the default branch (GitHub)', () => {
  let server: GitHubApiServer;
  const repos: TempRepo[] = [];
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
  });
  afterEach(() => server.stop());
  afterAll(() => repos.forEach((r) => r.cleanup()));

  /** The pull request #12 merged by `mergedBy` into the commit `mergeCommit`, and the gate's check runs on its head. */
  function scenario(opts: { mergeCommit?: string; runs: Array<{ status: string; conclusion: string | null }> }) {
    const s = mergedRepo();
    repos.push(s.repo);
    const pull = {
      ...ex.pullRequest({ owner: OWNER, repo: REPO, number: 12, baseSha: s.base, headSha: HEAD, headRef: 'invoice-terms' }),
      state: 'closed',
      merged_at: '2026-03-04T05:06:07Z',
      merge_commit_sha: opts.mergeCommit ?? s.merged,
      merged_by: { ...ex.pullRequest({ owner: OWNER, repo: REPO, number: 12, baseSha: s.base, headSha: HEAD }).user, login: 'release-admin' },
    };
    server.commitPulls.set(s.merged, [pull]);
    server.commits.set(12, [ex.commitItem({ sha: HEAD, message: 'Invoices are due in 30 days\n', author: { name: 'Dev', email: 'dev@example.com' } })]);
    server.pulls.set(12, pull);
    server.checkRuns.set(
      HEAD,
      opts.runs.map((r, i) => ex.checkRun({ id: 10 + i, name: GATE, headSha: HEAD, status: r.status, conclusion: r.conclusion, completedAt: r.status === 'completed' ? `2026-03-04T05:0${i}:00Z` : null })),
    );
    const payload: Record<string, any> = { ...webhookExample('push', (e) => e.ref === 'refs/heads/master'), ref: 'refs/heads/main', before: s.base, after: s.merged, created: false };
    payload.repository = { ...payload.repository, default_branch: 'main' };
    const env = { GITHUB_RUN_ATTEMPT: '2', GITHUB_WORKFLOW: 'AI governance', GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ai-governance.yml@refs/heads/main`, GITHUB_JOB: 'gate', GITHUB_ACTOR: 'release-admin', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: s.merged };
    return { s, run: () => runAction({ workspace: s.repo.dir, event: 'push', payload, apiUrl: server.url, repository: REPOSITORY, env }) };
  }

  it('a merge after the gate passed on the head records no bypass, in four requests', async () => {
    const { s, run } = scenario({ runs: [{ status: 'completed', conclusion: 'success' }] });
    const res = await run();
    expect([res.code, res.stderr]).toEqual([0, '']);
    expect(rulesOf(res.audit)).not.toContain('bypass');
    expect(server.calls()).toEqual([
      `GET /repos/${OWNER}/${REPO}/commits/${s.merged}/pulls`,
      `GET /repos/${OWNER}/${REPO}/pulls/12/commits`,
      `GET /repos/${OWNER}/${REPO}/pulls/12`,
      `GET /repos/${OWNER}/${REPO}/commits/${HEAD}/check-runs`,
    ]);
    expect(server.requests.at(-1)!.query.get('check_name')).toBe(GATE);
    // Which run decided: a re-run is told apart by its attempt, and the URL opens that attempt.
    expect(res.audit!.run).toEqual({
      id: '4242',
      attempt: 2,
      jobId: null,
      url: `https://github.com/${REPOSITORY}/actions/runs/4242/attempts/2`,
      workflow: 'AI governance',
      workflowRef: `${REPOSITORY}/.github/workflows/ai-governance.yml@refs/heads/main`,
      job: 'gate',
      actor: 'release-admin',
      event: 'push',
      ref: 'refs/heads/main',
      sha: s.merged,
      repositoryUrl: `https://github.com/${REPOSITORY}`,
    });
    expect(res.audit!.inputs!.postMerge).toEqual(expect.objectContaining({ mergedBy: 'release-admin', mergeCommit: s.merged, pushedHead: s.merged, decision: expect.objectContaining({ state: 'pass' }) }));
  });

  it('a merge while the gate failed is a bypass error naming who merged it, in the record and the summary', async () => {
    const { run } = scenario({ runs: [{ status: 'completed', conclusion: 'failure' }] });
    const res = await run();
    expect(res.code).toBe(1);
    const bypass = res.audit!.violations.find((v) => v.rule === 'bypass')!;
    expect(bypass.level).toBe('error');
    expect(bypass.message).toBe(`Request #12 had a failing decision of the gate for its head ${HEAD.slice(0, 12)} (check run "${GATE}" (failure) on ${HEAD.slice(0, 12)}), and was merged by release-admin.`);
    // The summary escapes what the platform said before Markdown renders it.
    // A reason on the first screen, and the rule by its id in the collapsed policy rules.
    expect(res.summary.split('<details>')[0]).toMatch(/^- Request .*12 had a failing decision of the gate.*merged by release\\-admin/m);
    expect(res.summary).toMatch(/❌ `bypass`: Request .*12 had a failing decision of the gate/);
    expect(res.summary).toContain('merged by release\\-admin');
  });

  it('a merge with no decision at all (the check never ran), or before it finished, is a bypass', async () => {
    const none = await scenario({ runs: [] }).run();
    expect(none.code).toBe(1);
    expect(none.audit!.violations.find((v) => v.rule === 'bypass')!.message).toContain('had no decision of the gate');
    const pending = await scenario({ runs: [{ status: 'in_progress', conclusion: null }] }).run();
    expect(pending.code).toBe(1);
    expect(pending.audit!.violations.find((v) => v.rule === 'bypass')!.message).toContain('was merged before the gate decided');
  });

  it('a pushed head that is not the commit the merge made (a direct or forced push) is a bypass even when the check passed', async () => {
    const { s, run } = scenario({ mergeCommit: 'd'.repeat(40), runs: [{ status: 'completed', conclusion: 'success' }] });
    const res = await run();
    expect(res.code).toBe(1);
    expect(res.audit!.violations.find((v) => v.rule === 'bypass')!.message).toContain(`The pushed head ${s.merged.slice(0, 12)} is not the commit request #12 produced`);
  });

  it('a token that may not read check runs is a warning that says so, never a pass without a word', async () => {
    const { run } = scenario({ runs: [{ status: 'completed', conclusion: 'failure' }] });
    server.failures.push({ method: 'GET', path: /\/check-runs$/, status: 403, body: ex.basicError('Resource not accessible by integration'), times: 1 });
    const res = await run();
    expect(res.code).toBe(0);
    expect(res.audit!.decision).toBe('warn');
    const unchecked = res.audit!.violations.find((v) => v.rule === 'bypass.unchecked')!;
    expect(unchecked.level).toBe('warning');
    expect(unchecked.message).toContain('checks: read');
  });
});

describe('merges that skipped the gate are caught on the default branch (GitLab)', () => {
  const TOKEN = 'glpat-bypasstesttoken00000';
  const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
  const DEV: User = { id: 12, username: 'dev' };
  const MAINTAINER: User = { id: 13, username: 'maintainer' };
  let gl: RunningServer;
  const repos: TempRepo[] = [];
  afterEach(() => gl.close());
  afterAll(() => repos.forEach((r) => r.cleanup()));

  async function run(jobStatus: string | undefined, opts: { refusePipelines?: boolean } = {}) {
    const s = mergedRepo();
    repos.push(s.repo);
    const mr: MergeRequest = {
      iid: 12,
      title: 'Invoices are due in 30 days',
      description: '',
      labels: [],
      author: DEV,
      source_branch: 'invoice-terms',
      target_branch: 'main',
      sha: HEAD,
      state: 'merged',
      squash: true,
      squash_commit_sha: s.merged,
      mergedBy: MAINTAINER,
      commits: [{ id: HEAD, message: 'Invoices are due in 30 days\n', author_name: 'Dev', author_email: 'dev@example.com' }],
      pipelines: jobStatus === undefined ? [] : [{ id: 300, sha: HEAD, status: jobStatus, jobs: [{ name: 'ai-governance-gate', status: jobStatus }] }],
    };
    gl = await startGitLab(
      newState({
        tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }],
        users: [BOT, DEV, MAINTAINER],
        mergeRequests: [mr],
        ...(opts.refusePipelines ? { failing: { path: /\/pipelines$/, status: 403 } } : {}),
      }),
    );
    const env: Record<string, string> = {
      CI: 'true',
      GITLAB_CI: 'true',
      CI_SERVER_URL: gl.url,
      CI_API_V4_URL: `${gl.url}/api/v4`,
      CI_PROJECT_ID: String(gl.state.projectId),
      CI_PROJECT_PATH: gl.state.projectPath,
      CI_PROJECT_URL: `${gl.url}/${gl.state.projectPath}`,
      CI_PIPELINE_SOURCE: 'push',
      CI_PIPELINE_ID: '777',
      CI_JOB_ID: '7771',
      CI_JOB_NAME: 'ai-governance-gate',
      CI_JOB_URL: `${gl.url}/${gl.state.projectPath}/-/jobs/7771`,
      CI_COMMIT_SHA: s.merged,
      CI_COMMIT_BEFORE_SHA: s.base,
      CI_COMMIT_BRANCH: 'main',
      CI_COMMIT_REF_NAME: 'main',
      CI_DEFAULT_BRANCH: 'main',
      GITLAB_TOKEN: TOKEN,
    };
    return { s, res: await runGitlab(s.repo.dir, env) };
  }

  it('a merge after the gate\'s job passed in the request\'s last pipeline records no bypass, and the run it came from', async () => {
    const { res } = await run('success');
    expect([res.code, res.stderr]).toEqual([0, '']);
    expect(rulesOf(res.audit)).not.toContain('bypass');
    expect(calls(gl).filter((c) => !c.includes('/notes'))).toEqual(expect.arrayContaining(['GET /projects/42/merge_requests/12/pipelines', 'GET /projects/42/pipelines/300/jobs']));
    expect(res.audit!.run).toEqual(expect.objectContaining({ id: '777', jobId: '7771', event: 'push', job: 'ai-governance-gate', ref: 'main' }));
  });

  it('a merge while the gate\'s job failed is a bypass naming who squashed it in', async () => {
    const { res } = await run('failed');
    expect(res.code).toBe(1);
    const bypass = res.audit!.violations.find((v: { rule: string }) => v.rule === 'bypass')!;
    expect(bypass.message).toBe(`Request #12 had a failing decision of the gate for its head ${HEAD.slice(0, 12)} (job ai-governance-gate (failed) in pipeline #300 of !12), and was merged by maintainer (squash).`);
  });

  it('a merge request with no pipeline for its head is a bypass', async () => {
    const { res } = await run(undefined);
    expect(res.code).toBe(1);
    expect(res.audit!.violations.find((v: { rule: string }) => v.rule === 'bypass')!.message).toContain(`no pipeline of !12 ran for its head ${HEAD.slice(0, 12)}`);
  });

  it('a token that may not read the request\'s pipelines is a warning naming the token to give, never a silent pass', async () => {
    const { res } = await run('failed', { refusePipelines: true });
    expect(res.code).toBe(0);
    expect(res.audit!.decision).toBe('warn');
    const unchecked = res.audit!.violations.find((v: { rule: string }) => v.rule === 'bypass.unchecked')!;
    expect(unchecked.message).toContain('GITLAB_TOKEN');
    expect(rulesOf(res.audit)).not.toContain('bypass');
  });
});
