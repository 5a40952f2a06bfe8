import { syncApprovalRules, ruleName, unmetRequirements, RULE_PREFIX } from '../../../src/platform/gitlab/approval-rules.js';
import { gitlabApi } from '../../../src/platform/gitlab/client.js';
import type { OversightResult, Requirement } from '../../../src/core/oversight/types.js';
import { calls, newState, startGitLab, type RunningServer, type User } from './api-server.js';

const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const ALICE: User = { id: 7, username: 'alice' };
const BOB: User = { id: 8, username: 'bob' };
const CAROL: User = { id: 9, username: 'carol' };
const ref = { project: '42', iid: 3 };
const SENIORS = { id: 300, full_path: 'acme/seniors', members: [BOB] };

describe('syncApprovalRules', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startGitLab(
      newState({
        tokens: [{ value: 't', user: BOT, scopes: ['api'] }],
        users: [BOT, ALICE, BOB, CAROL],
        groups: [SENIORS],
        mergeRequests: [{ iid: 3, title: 'x', description: '', labels: [], author: ALICE, source_branch: 'f', target_branch: 'main', sha: 'a'.repeat(40) }],
      }),
    );
  });
  afterEach(() => server.close());
  const api = () => gitlabApi({ host: server.url, token: 't', timeoutMs: 5000 });

  it('creates one rule per unmet requirement, with the policy\'s approvers and count', async () => {
    const r = await syncApprovalRules(api(), ref, [{ name: 'AI changes to infra', approvalsRequired: 2, usernames: ['carol', 'bob'], groupPaths: ['acme/seniors'] }], 'GITLAB_TOKEN');
    expect(r).toEqual({ created: ['AI governance: AI changes to infra'], updated: [], unchanged: [], removed: [], problems: [] });
    const post = server.requests.find((q) => q.method === 'POST')!;
    expect(post.path).toBe('/api/v4/projects/42/merge_requests/3/approval_rules');
    expect(post.body).toEqual({ name: 'AI governance: AI changes to infra', approvals_required: 2, usernames: ['bob', 'carol'], group_ids: [300] });
    const [rule] = server.state.approvalRules.get(3)!;
    expect([rule!.users.map((u) => u.username), rule!.groups.map((g) => g.full_path)]).toEqual([['bob', 'carol'], ['acme/seniors']]);
  });

  it('corrects a rule that drifted, leaves a matching one alone, and removes its rules no longer needed', async () => {
    server.state.approvalRules.set(3, [
      { id: 1, name: ruleName('needs 2'), approvals_required: 1, users: [BOB], groups: [] },
      { id: 2, name: ruleName('same'), approvals_required: 1, users: [CAROL], groups: [] },
      { id: 3, name: ruleName('met by now'), approvals_required: 1, users: [ALICE], groups: [] },
      { id: 4, name: 'Team leads', approvals_required: 1, users: [ALICE], groups: [] },
    ]);
    const r = await syncApprovalRules(
      api(),
      ref,
      [
        { name: 'needs 2', approvalsRequired: 2, usernames: ['bob'], groupPaths: [] },
        { name: 'same', approvalsRequired: 1, usernames: ['Carol'], groupPaths: [] },
      ],
      'GITLAB_TOKEN',
    );
    expect(r).toEqual({ created: [], updated: [ruleName('needs 2')], unchanged: [ruleName('same')], removed: [ruleName('met by now')], problems: [] });
    expect(server.state.approvalRules.get(3)!.map((x) => [x.name, x.approvals_required])).toEqual([
      [ruleName('needs 2'), 2],
      [ruleName('same'), 1],
      ['Team leads', 1],
    ]);
    expect(calls(server)).toEqual([
      'GET /projects/42/merge_requests/3/approval_rules',
      'PUT /projects/42/merge_requests/3/approval_rules/1',
      'DELETE /projects/42/merge_requests/3/approval_rules/3',
    ]);
  });

  it('writes no rule for a group it cannot find: a rule without it would let anyone approve', async () => {
    const r = await syncApprovalRules(api(), ref, [{ name: 'x', approvalsRequired: 1, usernames: [], groupPaths: ['acme/ghosts'] }], 'GITLAB_TOKEN');
    expect(r.created).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('group acme/ghosts could not be found');
    expect(server.state.approvalRules.get(3)).toEqual([]);
  });

  it('on GitLab Free says that approval rules need Premium, and changes nothing', async () => {
    server.state.tier = 'free';
    const r = await syncApprovalRules(api(), ref, [{ name: 'x', approvalsRequired: 1, usernames: ['bob'], groupPaths: [] }], 'GITLAB_TOKEN');
    expect(r.created).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('GitLab Premium or Ultimate');
    expect(r.problems[0]).toContain('HTTP 404');
  });

  it('a read-only token: says which scope writing rules needs', async () => {
    server.state.tokens[0]!.scopes = ['read_api'];
    const r = await syncApprovalRules(api(), ref, [{ name: 'x', approvalsRequired: 1, usernames: ['bob'], groupPaths: [] }], 'GITLAB_TOKEN');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('`api` scope, role Developer or higher');
  });
});

describe('unmetRequirements', () => {
  const requirement = (over: Partial<Requirement>): Requirement => ({
    rules: ['r'],
    approvers: { users: [], teams: [], owners: [], ownedFiles: [], anyone: false, writeAccess: false },
    needed: 1,
    allowStale: false,
    counted: [],
    notCounted: [],
    missing: 1,
    satisfied: false,
    ...over,
  });
  const oversight = (required: Requirement[], applicable = true) => ({ applicable, required }) as unknown as OversightResult;

  it('turns open requirements into rules of users and groups; met ones need none', () => {
    const { requirements, skipped } = unmetRequirements(
      oversight([
        requirement({ rules: ['infra', 'governance-change'], needed: 2, approvers: { users: ['bob'], teams: ['acme/seniors'], owners: [], ownedFiles: [], anyone: false, writeAccess: false } }),
        requirement({ rules: ['met'], satisfied: true, missing: 0 }),
        requirement({ rules: ['anyone'], approvers: { users: [], teams: [], owners: [], ownedFiles: [], anyone: true, writeAccess: false } }),
      ]),
    );
    expect(requirements).toEqual([
      { name: 'infra, governance-change', approvalsRequired: 2, usernames: ['bob'], groupPaths: ['acme/seniors'] },
      { name: 'anyone', approvalsRequired: 1, usernames: [], groupPaths: [] },
    ]);
    expect(skipped).toEqual([]);
  });

  it('leaves code owner requirements to GitLab\'s own code owner approval, and says so', () => {
    const { requirements, skipped } = unmetRequirements(oversight([requirement({ rules: ['owners'], approvers: { users: [], teams: [], owners: ['@acme/web'], ownedFiles: ['a.ts'], anyone: false, writeAccess: false } })]));
    expect(requirements).toEqual([]);
    expect(skipped[0]).toContain('Require approval from code owners');
  });

  it('outside a request there is nothing to write', () => {
    expect(unmetRequirements(oversight([requirement({})], false))).toEqual({ requirements: [], skipped: [] });
  });

  it('names its rules so it can tell them from everyone else\'s', () => {
    expect(ruleName('x')).toBe(`${RULE_PREFIX}x`);
    expect(ruleName('y'.repeat(400))).toHaveLength(255);
  });
});
