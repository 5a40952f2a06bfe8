/**
 * What a typical request costs in API calls, counted on the local servers that answer like GitHub and
 * GitLab, through dist/index.js: a pull request reads the pull request and its reviews (2); a merge
 * request reads the merge request, its approvals and — only when the commit an approval was given on
 * can change the verdict — its diff versions (3). Team or group memberships are read only where one
 * can change what a rule decides; where one can, the verdict is the one the membership gives.
 */
import { TempRepo } from '../helpers/git-repo.js';
import { gitCounter } from '../helpers/git-counter.js';
import { GitHubApiServer } from '../platform/github/support/api-server.js';
import * as ex from '../platform/github/support/openapi-examples.js';
import { runAction, type ActionRun } from '../platform/github/support/run-action.js';
import { OWNER, PR_NUMBER, REPO, REPOSITORY, pullPayload, pullScenario, servePull, type PullScenario } from '../platform/github/support/scenario.js';
import { calls, newState, startGitLab, type RunningServer, type User } from '../platform/gitlab/api-server.js';
import { mrPipelineEnv } from '../platform/gitlab/ci-env.js';
import { runGitlab } from '../platform/gitlab/run-gitlab.js';
import { jest } from '@jest/globals';

jest.setTimeout(180_000);

/** A rule naming a team, and one naming a person as well as the team. */
const rule = (approvers: string) => `version: 1\napprovals:\n  rules:\n    - name: seniors\n      when: {}\n      require:\n        count: 1\n${approvers}`;

describe('GitHub: API requests of a pull request (dist/index.js)', () => {
  const API = `/repos/${OWNER}/${REPO}`;
  const TEAM = `${OWNER}/seniors`;
  const READS = [`GET ${API}/pulls/${PR_NUMBER}`, `GET ${API}/pulls/${PR_NUMBER}/reviews`];
  let server: GitHubApiServer;
  const repos: TempRepo[] = [];
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
    server.visibleTeams.add(TEAM);
  });
  afterEach(async () => server.stop());
  afterAll(() => repos.forEach((r) => r.cleanup()));

  const pull = (policy?: string, codeowners?: string): PullScenario => {
    const s = pullScenario((r) => r.write('src/app.ts', 'export const a = 2;\n'), 'Bump a', (r) => {
      if (policy) r.write('.ai-governance.yml', policy);
      if (codeowners) r.write('.github/CODEOWNERS', codeowners);
    });
    repos.push(s.repo);
    servePull(server, s, { author: 'zed' });
    return s;
  };
  const approve = (s: PullScenario, ...logins: string[]) =>
    server.reviews.set(PR_NUMBER, logins.map((login, i) => ex.review({ id: 70 + i, login, state: 'APPROVED', commitId: s.head, submittedAt: '2026-01-02T10:00:00Z' })));
  const run = (s: PullScenario): Promise<ActionRun> => runAction({ workspace: s.repo.dir, event: 'pull_request', payload: pullPayload(s), apiUrl: server.url, repository: REPOSITORY });

  it('and six git processes for an ordinary change', async () => {
    const s = pull();
    const git = gitCounter();
    try {
      const res = await runAction({ workspace: s.repo.dir, event: 'pull_request', payload: pullPayload(s), apiUrl: server.url, repository: REPOSITORY, env: { PATH: git.path } });
      expect(res.code).toBe(0);
      expect(git.commands()).toHaveLength(6);
      expect(git.commands().filter((c) => c.includes('cat-file --batch-check'))).toHaveLength(1);
    } finally {
      git.cleanup();
    }
  });

  it('2 without team rules, approved or not', async () => {
    const s = pull();
    approve(s, 'alice');
    const res = await run(s);
    expect(res.code).toBe(0);
    expect(server.calls().sort()).toEqual(READS);
  });

  it('2 with a team rule when no one has approved yet: the verdict is a missing approval', async () => {
    const s = pull(rule(`        teams: [${TEAM}]\n`));
    const res = await run(s);
    expect(res.code).toBe(1);
    expect(res.audit!.oversight.satisfied).toBe(false);
    expect(server.calls().sort()).toEqual(READS);
  });

  it('2 with a team rule when the approver is named by the rule: their approval counts without a team lookup', async () => {
    const s = pull(rule(`        users: [alice]\n        teams: [${TEAM}]\n`));
    approve(s, 'alice');
    const res = await run(s);
    expect(res.code).toBe(0);
    expect(res.audit!.oversight.required[0]!.counted).toEqual([{ login: 'alice', via: 'user' }]);
    expect(server.calls().sort()).toEqual(READS);
  });

  it('2 with a team rule when only the author approved: no lookup can make that count', async () => {
    const s = pull(rule(`        teams: [${TEAM}]\n`));
    approve(s, 'zed');
    server.memberships.set(`${TEAM}/zed`, 'active');
    const res = await run(s);
    expect(res.code).toBe(1);
    expect(res.audit!.oversight.required[0]!.notCounted).toEqual([{ login: 'zed', why: 'author' }]);
    expect(server.calls().sort()).toEqual(READS);
  });

  it('3 when a code-owner team decides: one membership read, for the one approver it can make count', async () => {
    const s = pull(rule('        codeowners: true\n'), `src/ @${TEAM}\n`);
    approve(s, 'alice');
    server.memberships.set(`${TEAM}/alice`, 'active');
    const res = await run(s);
    expect(res.code).toBe(0);
    expect(res.audit!.oversight.required[0]!.counted).toEqual([{ login: 'alice', via: 'codeowner' }]);
    expect(server.calls().sort()).toEqual([...READS, `GET /orgs/${OWNER}/teams/seniors/memberships/alice`].sort());
    // Not a member: the same one read, and the approval does not count.
    server.memberships.delete(`${TEAM}/alice`);
    server.resetRequests();
    const refused = await run(s);
    expect(refused.code).toBe(1);
    expect(refused.audit!.oversight.required[0]!.notCounted).toEqual([{ login: 'alice', why: 'not-in-approver-set' }]);
    expect(server.calls().filter((c) => c.includes('/memberships/'))).toEqual([`GET /orgs/${OWNER}/teams/seniors/memberships/alice`]);
  });
});

describe('GitLab: API requests of a merge request (dist/index.js)', () => {
  const ALICE: User = { id: 7, username: 'alice' };
  const BOB: User = { id: 8, username: 'bob' };
  const CAROL: User = { id: 9, username: 'carol' };
  const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
  const TOKEN = 'glpat-economy-token-1';
  const READS = ['GET /projects/42/merge_requests/7', 'GET /projects/42/merge_requests/7/approvals'];
  const VERSIONS = 'GET /projects/42/merge_requests/7/versions';
  const servers: RunningServer[] = [];
  const repos: TempRepo[] = [];
  afterAll(async () => {
    repos.forEach((r) => r.cleanup());
    await Promise.all(servers.map((s) => s.close()));
  });

  async function mergeRequest(policy: string | undefined, approvedBy: User[], versions?: Array<{ head: string; created_at: string }>) {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write('src/app.ts', 'export const a = 1;\n');
    if (policy) repo.write('.ai-governance.yml', policy);
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/app.ts', 'export const a = 2;\n');
    const first = repo.commit('Bump a');
    repo.write('src/app.ts', 'export const a = 3;\n');
    const head = repo.commit('Bump a again');
    const at = Object.fromEntries(approvedBy.map((u) => [u.username, '2026-01-01T13:00:00.000Z']));
    const server = await startGitLab(
      newState({
        tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }],
        users: [BOT, ALICE, BOB, CAROL],
        groups: [{ id: 300, full_path: 'acme/seniors', members: [BOB] }],
        mergeRequests: [{ iid: 7, title: 'Bump', description: '', labels: [], author: ALICE, source_branch: 'feature', target_branch: 'main', sha: head, approvedBy, approvedAt: at, versions: versions?.map((v) => ({ ...v, head: v.head === 'first' ? first : head })) }],
      }),
    );
    servers.push(server);
    const res = await runGitlab(repo.dir, { ...mrPipelineEnv({ server, iid: 7, base, head, token: TOKEN }), AI_GOVERNANCE_BACKOFF_MS: '20' });
    return { res, reads: calls(server).filter((c) => c.startsWith('GET')) };
  }
  const pushes = [
    { head: 'first', created_at: '2026-01-01T10:00:00.000Z' },
    { head: 'head', created_at: '2026-01-01T12:00:00.000Z' },
  ];

  it('2 without approval rules: no approval can change the verdict, so no commit is placed', async () => {
    const { res, reads } = await mergeRequest(undefined, [BOB], pushes);
    expect(res.code).toBe(0);
    expect(res.audit!.request!.approvals).toEqual([expect.objectContaining({ login: 'bob', commitUnknown: true })]);
    expect(reads).toEqual(READS);
  });

  it('2 when no one has approved yet', async () => {
    const { res, reads } = await mergeRequest(rule('        teams: [acme/seniors]\n'), []);
    expect(res.code).toBe(1);
    expect(reads).toEqual(READS);
  });

  it('3 when an approval counts only on the latest push: its diff versions are read', async () => {
    const { res, reads } = await mergeRequest(rule('        users: [bob]\n'), [BOB], pushes);
    expect(res.code).toBe(0);
    expect(res.audit!.request!.approvals).toEqual([expect.objectContaining({ login: 'bob', commitSha: expect.stringMatching(/^[0-9a-f]{40}$/) })]);
    expect(reads).toEqual([...READS, VERSIONS]);
  });

  it('3 with a group rule when stale approvals count: the membership is read, the commit is not', async () => {
    const { res, reads } = await mergeRequest(rule('        teams: [acme/seniors]\n        allow-stale: true\n'), [BOB], pushes);
    expect(res.code).toBe(0);
    expect(res.audit!.oversight.required[0]!.counted).toEqual([{ login: 'bob', via: 'team:acme/seniors' }]);
    expect(reads).toEqual([...READS, 'GET /groups/acme/seniors/members/all']);
  });

  it('3 with a group rule when the approver is not in the group: the membership is read, the commit cannot matter', async () => {
    const { res, reads } = await mergeRequest(rule('        teams: [acme/seniors]\n'), [CAROL], pushes);
    expect(res.code).toBe(1);
    expect(reads).toEqual([...READS, 'GET /groups/acme/seniors/members/all']);
  });

  it('4 with a group rule whose member approved, where only the latest push counts: membership and commit both decide', async () => {
    const { res, reads } = await mergeRequest(rule('        teams: [acme/seniors]\n'), [BOB], pushes);
    expect(res.code).toBe(0);
    expect(res.audit!.oversight.required[0]!.counted).toEqual([{ login: 'bob', via: 'team:acme/seniors' }]);
    expect(reads).toEqual([...READS, 'GET /groups/acme/seniors/members/all', VERSIONS]);
  });
});
