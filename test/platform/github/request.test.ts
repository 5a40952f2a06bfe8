import { createClient } from '../../../src/platform/github/client.js';
import { platformTiming, type PlatformTiming } from '../../../src/platform/http/timing.js';

import type { GitHubContext } from '../../../src/platform/github/context.js';
import { readInputs } from '../../../src/platform/github/inputs.js';
import { latestApprovals, fetchRequest, NO_TOKEN_WARNING } from '../../../src/platform/github/request.js';
import { defaultPolicy } from '../../../src/core/policy/parse.js';
import type { RequestQuery } from '../../../src/platform/types.js';
import { GitHubApiServer } from './support/api-server.js';
import * as ex from './support/openapi-examples.js';
import { TEST_TOKEN, defaultInputEnv } from './support/run-action.js';

/** Short backoff and a deadline that leaves room for the scripted retries. */
const TIMING = (): PlatformTiming => platformTiming({ AI_GOVERNANCE_BACKOFF_MS: '10' }, '10', 'test');

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, '0')}:00Z`;

describe('latestApprovals', () => {
  const r = (login: string, state: ex.ReviewSpec['state'], minute: number, commitId = HEAD, type: 'User' | 'Bot' = 'User') =>
    ex.review({ id: minute, login, state, commitId, submittedAt: at(minute), type });

  it('keeps each reviewer\'s standing verdict: a later comment does not withdraw an approval, a later change request does', () => {
    const approvals = latestApprovals([
      r('alice', 'APPROVED', 1, OLD),
      r('alice', 'COMMENTED', 2),
      r('bob', 'APPROVED', 3),
      r('bob', 'CHANGES_REQUESTED', 4),
      r('carol', 'CHANGES_REQUESTED', 5),
      r('carol', 'APPROVED', 6),
    ]);
    expect(approvals).toEqual([
      { login: 'alice', at: at(1), commitSha: OLD, isBot: false, canWrite: true },
      { login: 'carol', at: at(6), commitSha: HEAD, isBot: false, canWrite: true },
    ]);
  });

  it('says who can push: owners, members and collaborators can; contributors and outsiders cannot', () => {
    const as = (login: string, association: string) => ex.review({ id: login.length, login, state: 'APPROVED', commitId: HEAD, submittedAt: at(1), association });
    const approvals = latestApprovals([as('owner', 'OWNER'), as('member', 'MEMBER'), as('collab', 'COLLABORATOR'), as('contrib', 'CONTRIBUTOR'), as('first', 'FIRST_TIME_CONTRIBUTOR'), as('none', 'NONE')]);
    expect(Object.fromEntries(approvals.map((a) => [a.login, a.canWrite]))).toEqual({ owner: true, member: true, collab: true, contrib: false, first: false, none: false });
  });

  it('ignores dismissed approvals and reviews of deleted accounts, and marks bots', () => {
    const ghost = { ...r('x', 'APPROVED', 9), user: null };
    const approvals = latestApprovals([r('dave', 'DISMISSED', 1), r('erin', 'APPROVED', 2), r('erin', 'DISMISSED', 3), ghost, r('renovate[bot]', 'APPROVED', 4, HEAD, 'Bot')]);
    expect(approvals).toEqual([{ login: 'renovate[bot]', at: at(4), commitSha: HEAD, isBot: true, canWrite: true }]);
  });

  it('orders by submission time, whatever order the list comes in', () => {
    expect(latestApprovals([r('fay', 'CHANGES_REQUESTED', 8), r('fay', 'APPROVED', 2)])).toEqual([]);
  });
});

describe('fetchRequest against the API', () => {
  let server: GitHubApiServer;
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
  });
  afterEach(() => server.stop());

  const context = (token = TEST_TOKEN): GitHubContext => ({
    env: {},
    inputs: readInputs({ ...defaultInputEnv(token) }, process.cwd()),
    event: { name: 'pull_request_review', pullNumber: 5 },
    owner: 'octo-org',
    repo: 'app',
    client: token ? createClient(token, { GITHUB_API_URL: server.url }, TIMING()).client : undefined,
    timing: TIMING(),
    warnings: [],
  });
  const query = (teams: string[]): RequestQuery => ({ policy: defaultPolicy(), range: { base: OLD, head: HEAD, baseReason: 'platform', baseDescription: '', emptyBase: false }, membershipsFor: (request) => teams.map((team) => ({ team, logins: request.approvals.map((a) => a.login) })), approvalCommitsMatter: () => true });

  const serve = () => {
    server.pulls.set(5, ex.pullRequest({ owner: 'octo-org', repo: 'app', number: 5, baseSha: OLD, headSha: HEAD, author: 'zed', title: 'Add login', body: 'AI-Assisted: yes', labels: ['security', 'ai-assisted'], draft: true }));
    // 130 reviews: two pages at per_page=100; the approval that decides is on the second page.
    const noise = Array.from({ length: 128 }, (_, i) => ex.review({ id: i + 1, login: `commenter${i}`, state: 'COMMENTED', commitId: HEAD, submittedAt: at(1) }));
    server.reviews.set(5, [
      ex.review({ id: 500, login: 'alice', state: 'CHANGES_REQUESTED', commitId: OLD, submittedAt: at(0) }),
      ...noise,
      ex.review({ id: 501, login: 'alice', state: 'APPROVED', commitId: HEAD, submittedAt: at(30) }),
    ]);
  };

  it('reads the pull request fresh, with labels and every page of reviews', async () => {
    serve();
    const facts = await fetchRequest(context(), query([]));
    expect(facts!.request).toEqual(
      expect.objectContaining({ number: 5, author: 'zed', authorIsBot: false, title: 'Add login', body: 'AI-Assisted: yes', labels: ['security', 'ai-assisted'], draft: true, sourceBranch: 'feature', targetBranch: 'main' }),
    );
    // The OpenAPI example's reviewer is a COLLABORATOR: someone who can push.
    expect(facts!.request.approvals).toEqual([{ login: 'alice', at: at(30), commitSha: HEAD, isBot: false, canWrite: true }]);
    expect(facts!.warnings).toEqual([]);
    expect(server.calls()).toEqual(['GET /repos/octo-org/app/pulls/5', 'GET /repos/octo-org/app/pulls/5/reviews', 'GET /repos/octo-org/app/pulls/5/reviews']);
    expect(server.requests.filter((q) => q.path.endsWith('/reviews')).map((q) => q.query.get('per_page'))).toEqual(['100', '100']);
  });

  it('puts an approver in the teams whose active member they are', async () => {
    serve();
    server.visibleTeams.add('octo-org/security').add('octo-org/platform');
    server.memberships.set('octo-org/security/alice', 'active');
    server.memberships.set('octo-org/platform/alice', 'pending');
    const facts = await fetchRequest(context(), query(['octo-org/security', 'octo-org/platform']));
    expect(facts!.request.approvals[0]!.teams).toEqual(['octo-org/security']);
    expect(facts!.warnings).toEqual([]);
  });

  it('says exactly which token is needed when team membership cannot be read', async () => {
    serve();
    server.teamsForbidden = true;
    const facts = await fetchRequest(context(), query(['octo-org/security']));
    expect(facts!.request.approvals[0]!.teams).toEqual([]);
    expect(facts!.warnings).toHaveLength(1);
    const w = facts!.warnings[0]!;
    expect(w).toContain('octo-org/security');
    expect(w).toContain('HTTP 403');
    expect(w).toContain('GITHUB_TOKEN');
    expect(w).toContain('"Members: read" organization permission');
    expect(w).toContain('read:org');
  });

  it('tells a team the token cannot see from a person who is not in it', async () => {
    serve();
    server.visibleTeams.add('octo-org/security');
    const facts = await fetchRequest(context(), query(['octo-org/security', 'octo-org/hidden']));
    expect(facts!.request.approvals[0]!.teams).toEqual([]);
    expect(facts!.warnings).toEqual([expect.stringContaining('octo-org/hidden could not be read (HTTP 404: the team does not exist, or the token cannot see it)')]);
  });

  it('stops when the pull request cannot be read, naming the permission', async () => {
    await expect(fetchRequest(context(), query([]))).rejects.toThrow('Pull request #5 of octo-org/app could not be read (HTTP 404).');
  });

  it('falls back to the payload without a token, and says what is missing', async () => {
    const ctx = context('');
    ctx.event = { name: 'pull_request', pullNumber: 5, pullRequest: { number: 5, baseSha: OLD, baseRef: 'main', headSha: HEAD, headRef: 'f', fromFork: false, payload: ex.pullRequest({ owner: 'o', repo: 'r', number: 5, baseSha: OLD, headSha: HEAD, labels: ['x'] }) } };
    const facts = await fetchRequest(ctx, query([]));
    expect(facts!.request.labels).toEqual(['x']);
    expect(facts!.request.approvals).toEqual([]);
    expect(facts!.warnings).toEqual([NO_TOKEN_WARNING]);
    expect(server.requests).toHaveLength(0);
  });

  it('has no request outside a pull request', async () => {
    const ctx = context();
    ctx.event = { name: 'push', base: OLD, head: HEAD };
    expect(await fetchRequest(ctx, query([]))).toBeUndefined();
  });
});
