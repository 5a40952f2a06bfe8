import { gitlabApi } from '../../../src/platform/gitlab/client.js';
import { mergeRequestRef, readRequest } from '../../../src/platform/gitlab/request.js';
import type { RequestInfo } from '../../../src/core/model.js';
import type { RequestQuery } from '../../../src/platform/types.js';
import { calls, newState, startGitLab, type RunningServer, type User } from './api-server.js';

const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const ALICE: User = { id: 7, username: 'alice' };
const BOB: User = { id: 8, username: 'bob' };
const CAROL: User = { id: 9, username: 'carol' };
const ref = { project: '42', iid: 3 };
/** Every approver looked up in every team named, and every approval placed on its commit. */
const query = (teams: string[] = []) =>
  ({ membershipsFor: (request: RequestInfo) => teams.map((team) => ({ team, logins: request.approvals.map((a) => a.login) })), approvalCommitsMatter: () => true }) as unknown as RequestQuery;
const AT = '2024-02-01T00:00:00.000Z';
const HEAD = 'a'.repeat(40);

const frozen: NodeJS.ProcessEnv = {
  CI_MERGE_REQUEST_IID: '3',
  CI_MERGE_REQUEST_PROJECT_ID: '42',
  CI_MERGE_REQUEST_PROJECT_URL: 'https://gitlab.example.com/acme/shop',
  CI_MERGE_REQUEST_TITLE: 'Old title',
  CI_MERGE_REQUEST_DESCRIPTION: 'Old body',
  CI_MERGE_REQUEST_LABELS: 'backend, needs-review',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'claude/fix',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
  CI_MERGE_REQUEST_ASSIGNEES: 'alice,bob',
  CI_MERGE_REQUEST_DRAFT: 'true',
};

describe('readRequest', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startGitLab(
      newState({
        tokens: [
          { value: 'good', user: BOT, scopes: ['read_api'] },
        ],
        users: [BOT, ALICE, BOB, CAROL],
        mergeRequests: [
          {
            iid: 3,
            title: 'Fresh title',
            description: 'AI-Assisted: yes',
            labels: ['backend', 'ai-generated'],
            author: ALICE,
            draft: false,
            source_branch: 'claude/fix',
            target_branch: 'main',
            sha: 'a'.repeat(40),
            assignees: [BOB],
            reviewers: [CAROL],
            approvedBy: [BOB, CAROL],
            approvedAt: { bob: AT, carol: AT },
          },
        ],
        groups: [
          { id: 300, full_path: 'acme/seniors', members: [BOB] },
          { id: 301, full_path: 'acme/security', members: [BOB, CAROL] },
        ],
      }),
    );
  });
  afterEach(() => server.close());

  const api = (token = 'good') => gitlabApi({ host: server.url, token, timeoutMs: 5000 });

  it('reads the merge request as it is now, not as the pipeline variables froze it', async () => {
    const facts = await readRequest(api(), ref, frozen, query(), 'GITLAB_TOKEN');
    expect(facts.warnings).toEqual([]);
    expect(facts.request).toEqual({
      number: 3,
      url: `${server.url}/acme/shop/-/merge_requests/3`,
      author: 'alice',
      authorIsBot: false,
      title: 'Fresh title',
      body: 'AI-Assisted: yes',
      labels: ['backend', 'ai-generated'],
      sourceBranch: 'claude/fix',
      targetBranch: 'main',
      draft: false,
      assignees: ['bob'],
      requestedReviewers: ['carol'],
      approvals: [
        { login: 'bob', isBot: false, canWrite: true, at: AT, commitSha: HEAD },
        { login: 'carol', isBot: false, canWrite: true, at: AT, commitSha: HEAD },
      ],
    });
    expect(calls(server)).toEqual(['GET /projects/42/merge_requests/3', 'GET /projects/42/merge_requests/3/approvals', 'GET /projects/42/merge_requests/3/versions']);
  });

  it('resolves each asked-for group once, asking only about the approvers', async () => {
    const facts = await readRequest(api(), ref, frozen, query(['acme/seniors', 'acme/security']), 'GITLAB_TOKEN');
    expect(facts.request.approvals).toEqual([
      { login: 'bob', isBot: false, canWrite: true, at: AT, commitSha: HEAD, teams: ['acme/security', 'acme/seniors'] },
      { login: 'carol', isBot: false, canWrite: true, at: AT, commitSha: HEAD, teams: ['acme/security'] },
    ]);
    const memberCalls = server.requests.filter((r) => r.path.endsWith('/members/all'));
    expect(memberCalls.map((r) => r.path).sort()).toEqual(['/api/v4/groups/acme/security/members/all', '/api/v4/groups/acme/seniors/members/all']);
    for (const r of memberCalls) expect(r.query.getAll('user_ids[]')).toEqual(['8', '9']);
  });

  it('a group the token cannot see costs its approvals, with a warning that says so', async () => {
    const facts = await readRequest(api(), ref, frozen, query(['acme/hidden']), 'GITLAB_TOKEN');
    expect(facts.request.approvals.map((a) => a.teams)).toEqual([[], []]);
    expect(facts.warnings).toHaveLength(1);
    expect(facts.warnings[0]).toContain('membership of group acme/hidden is unknown');
  });

  it('without a token falls back to the pipeline variables, and warns which token would read the rest', async () => {
    const facts = await readRequest(undefined, ref, frozen, query(), 'MY_TOKEN');
    expect(facts.request).toEqual({
      number: 3,
      url: 'https://gitlab.example.com/acme/shop/-/merge_requests/3',
      title: 'Old title',
      body: 'Old body',
      labels: ['backend', 'needs-review'],
      sourceBranch: 'claude/fix',
      targetBranch: 'main',
      draft: true,
      assignees: ['alice', 'bob'],
      requestedReviewers: [],
      approvals: [],
    });
    expect(facts.warnings).toHaveLength(1);
    expect(facts.warnings[0]).toContain('No API token in the CI/CD variable MY_TOKEN');
    expect(facts.warnings[0]).toContain('`read_api` scope');
    expect(server.requests).toHaveLength(0);
  });

  it('a rejected token: the fallback, and a warning naming the 401', async () => {
    const facts = await readRequest(api('glpat-wrong-value'), ref, { ...frozen, CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED: 'true' }, query(), 'GITLAB_TOKEN');
    expect(facts.request.title).toBe('Old title');
    expect(facts.warnings.join('\n')).toContain('The token in GITLAB_TOKEN was rejected (HTTP 401');
    expect(facts.warnings.join('\n')).toContain('CI_MERGE_REQUEST_DESCRIPTION is truncated');
    expect(facts.warnings.join('\n')).not.toContain('glpat-wrong-value');
  });

  it('finds the merge request from the pipeline variables', () => {
    expect(mergeRequestRef(frozen)).toEqual({ project: '42', iid: 3 });
    expect(mergeRequestRef({ CI_PROJECT_ID: '42' })).toBeUndefined();
    expect(mergeRequestRef({ CI_MERGE_REQUEST_IID: '3', CI_PROJECT_ID: '17' })).toEqual({ project: '17', iid: 3 });
  });
});
