/**
 * Verdicts in the flows teams run every day on GitLab, through dist/index.js with the variables GitLab
 * sets, against a local server that answers like GitLab's REST API — including the ways it fails:
 * approvals given before the latest push, group lookups that fail, broken and stalled answers, rate
 * limits, the job token, a policy committed after the branch was cut, and inputs that try to relax it.
 */
import { TempRepo } from '../helpers/git-repo.js';
import { advanceOrigin } from '../helpers/upstream.js';
import { calls, newState, startGitLab, type RunningServer, type User } from '../platform/gitlab/api-server.js';
import { mrPipelineEnv, type MrPipeline } from '../platform/gitlab/ci-env.js';
import { runGitlab } from '../platform/gitlab/run-gitlab.js';
import { jest } from '@jest/globals';

// Each case starts the bundle once or twice; on a loaded machine that takes longer than the default minute.
jest.setTimeout(180_000);

const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const ALICE: User = { id: 7, username: 'alice' };
const BOB: User = { id: 8, username: 'bob' };
const TOKEN = 'glpat-secret-value-123';
const FAST = { AI_GOVERNANCE_BACKOFF_MS: '20' };
const ONE_APPROVAL = 'version: 1\napprovals:\n  rules:\n    - name: peer review\n      when: {}\n      require:\n        count: 1\n';
const SENIORS = 'version: 1\napprovals:\n  rules:\n    - name: senior review\n      when: {}\n      require:\n        count: 1\n        teams: [acme/seniors]\n';

describe('GitLab verdicts in real flows (dist/index.js)', () => {
  const cleanup: Array<() => void> = [];
  const servers: RunningServer[] = [];
  afterAll(async () => {
    cleanup.forEach((f) => f());
    await Promise.all(servers.map((s) => s.close()));
  });

  /** main holds `baseFiles`; the merge request's branch documents how to run the shop. */
  async function setup(baseFiles: Record<string, string> = {}, mr: { approvedBy?: User[]; approvedAt?: Record<string, string>; versions?: Array<{ head: string; created_at: string }> } = {}) {
    const repo = new TempRepo();
    cleanup.push(() => repo.cleanup());
    repo.write('README.md', '# shop\n').write('src/app.ts', 'export const a = 1;\n');
    for (const [p, c] of Object.entries(baseFiles)) repo.write(p, c);
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('README.md', '# shop\n\nHow to run it.\n');
    const first = repo.commit('Document it');
    repo.write('README.md', '# shop\n\nHow to run it, and test it.\n');
    const head = repo.commit('Document testing');
    const server = await startGitLab(
      newState({
        tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }, { value: 'job-token-value', user: BOT, scopes: ['read_api'], job: true }],
        users: [BOT, ALICE, BOB],
        groups: [{ id: 300, full_path: 'acme/seniors', members: [BOB] }],
        mergeRequests: [{ iid: 7, title: 'Docs', description: 'Please review.', labels: [], author: ALICE, source_branch: 'feature', target_branch: 'main', sha: head, ...mr }],
      }),
    );
    servers.push(server);
    const pipeline: MrPipeline = { server, iid: 7, base, head, token: TOKEN };
    return { repo, base, first, head, server, env: { ...mrPipelineEnv(pipeline), ...FAST } };
  }

  describe('approvals and the latest push', () => {
    const pushes = (first: string, head: string) => [
      { head: first, created_at: '2026-01-01T10:00:00.000Z' },
      { head, created_at: '2026-01-01T12:00:00.000Z' },
    ];

    it('an approval given before the latest push does not count; one given after it does', async () => {
      const before = await setup({ '.ai-governance.yml': ONE_APPROVAL });
      before.server.state.mergeRequests[0]!.versions = pushes(before.first, before.head);
      before.server.state.mergeRequests[0]!.approvedBy = [BOB];
      before.server.state.mergeRequests[0]!.approvedAt = { bob: '2026-01-01T11:00:00.000Z' };
      const stale = await runGitlab(before.repo.dir, before.env);
      expect(stale.code).toBe(1);
      expect(stale.audit!.request!.approvals).toEqual([expect.objectContaining({ login: 'bob', commitSha: before.first })]);
      expect(stale.audit!.oversight.required[0]!.notCounted).toEqual([{ login: 'bob', why: 'stale' }]);
      // Three reads: the request, its approvals, its diff versions.
      expect(calls(before.server).filter((c) => c.startsWith('GET'))).toEqual([
        'GET /projects/42/merge_requests/7',
        'GET /projects/42/merge_requests/7/approvals',
        'GET /projects/42/merge_requests/7/versions',
      ]);

      before.server.state.mergeRequests[0]!.approvedAt = { bob: '2026-01-01T13:00:00.000Z' };
      const fresh = await runGitlab(before.repo.dir, before.env);
      expect(fresh.code).toBe(0);
      expect(fresh.audit!.request!.approvals).toEqual([expect.objectContaining({ login: 'bob', commitSha: before.head })]);
    });

    it('without approval times, counts approvals only when the project resets them on push, and says why otherwise', async () => {
      const s = await setup({ '.ai-governance.yml': ONE_APPROVAL }, { approvedBy: [BOB] });
      s.server.state.mergeRequests[0]!.versions = pushes(s.first, s.head);
      const unknown = await runGitlab(s.repo.dir, s.env);
      expect(unknown.code).toBe(1);
      expect(unknown.audit!.request!.approvals).toEqual([expect.objectContaining({ login: 'bob', commitUnknown: true })]);
      expect(unknown.audit!.notes.join(' ')).toContain('did not say when each approval was given');
      s.server.state.resetApprovalsOnPush = true;
      const reset = await runGitlab(s.repo.dir, s.env);
      expect(reset.code).toBe(0);
      expect(calls(s.server)).toContain('GET /projects/42/approvals');
    });

    it('allow-stale rules still count an approval of an earlier push', async () => {
      const s = await setup({ '.ai-governance.yml': ONE_APPROVAL.replace('count: 1', 'count: 1\n        allow-stale: true') }, { approvedBy: [BOB], approvedAt: { bob: '2026-01-01T11:00:00.000Z' } });
      s.server.state.mergeRequests[0]!.versions = pushes(s.first, s.head);
      const res = await runGitlab(s.repo.dir, s.env);
      expect(res.code).toBe(0);
    });
  });

  describe('group membership', () => {
    it('a 500 from the group members API is "could not check", not "missing approvals"', async () => {
      const s = await setup({ '.ai-governance.yml': SENIORS }, { approvedBy: [BOB], approvedAt: { bob: '2026-02-01T00:00:00.000Z' } });
      s.server.state.failing = { path: /\/groups\/.*\/members\/all$/, status: 500 };
      const res = await runGitlab(s.repo.dir, s.env);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('Could not check membership of group acme/seniors');
      expect(res.dotenv.AI_GOVERNANCE_DECISION).toBe('error');
      const open = await setup({ '.ai-governance.yml': `${SENIORS}on-error: fail-open\n` }, { approvedBy: [BOB], approvedAt: { bob: '2026-02-01T00:00:00.000Z' } });
      open.server.state.failing = { path: /\/groups\/.*\/members\/all$/, status: 500 };
      const warned = await runGitlab(open.repo.dir, open.env);
      expect(warned.code).toBe(0);
      expect(warned.audit!.violations[0]).toMatchObject({ rule: 'platform.unchecked', level: 'warning' });
      expect(warned.audit!.violations.map((v: { rule: string }) => v.rule)).not.toContain('approvals.required');
    });

    it('asks about no group when no rule that applies names one', async () => {
      const policy = SENIORS.replace('when: {}', 'when:\n        labels: [security]');
      const s = await setup({ '.ai-governance.yml': policy }, { approvedBy: [BOB], approvedAt: { bob: '2026-02-01T00:00:00.000Z' } });
      const res = await runGitlab(s.repo.dir, s.env);
      expect(res.code).toBe(0);
      expect(calls(s.server).some((c) => c.includes('/groups/'))).toBe(false);
    });
  });

  describe('broken and slow answers', () => {
    const bodies: Array<[string, RegExp, string]> = [
      ['a merge request body cut short', /\/merge_requests\/7$/, '{"iid": 7, "title": "Do'],
      ['{"message"} with status 200 for the merge request', /\/merge_requests\/7$/, '{"message": "500 Internal Server Error"}'],
      ['an approvals body cut short', /\/merge_requests\/7\/approvals$/, '{"approved_by": [{"user": {"id": 8'],
      ['{"message"} with status 200 for the approvals', /\/merge_requests\/7\/approvals$/, '{"message": "oops"}'],
    ];
    for (const [what, path, raw] of bodies) {
      it(`${what}: no decision in enforce mode, platform.unchecked in warn mode`, async () => {
        const s = await setup({ '.ai-governance.yml': ONE_APPROVAL });
        s.server.state.failing = { path, status: 200, raw };
        const res = await runGitlab(s.repo.dir, s.env);
        expect(res.code).toBe(2);
        expect(res.stderr).toContain('Could not check');
        expect(s.server.requests.filter((r) => path.test(r.path)).length).toBeGreaterThan(1);
        const w = await setup({ '.ai-governance.yml': `${ONE_APPROVAL}mode: warn\n` });
        w.server.state.failing = { path, status: 200, raw };
        const warned = await runGitlab(w.repo.dir, w.env);
        expect(warned.code).toBe(0);
        expect(warned.audit!.violations[0]).toMatchObject({ rule: 'platform.unchecked', level: 'warning' });
      });
    }

    it('waits as Retry-After says on a 429, then decides', async () => {
      const s = await setup();
      s.server.state.failing = { path: /\/merge_requests\/7$/, status: 429, times: 1, headers: { 'Retry-After': '1' } };
      const started = Date.now();
      const res = await runGitlab(s.repo.dir, s.env);
      expect(res.code).toBe(0);
      const tries = s.server.requests.filter((r) => r.path.endsWith('/merge_requests/7'));
      expect(tries).toHaveLength(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    });

    it('a stalled answer fails closed within the platform deadline', async () => {
      const s = await setup();
      s.server.state.stallBody = /\/merge_requests\/7$/;
      const res = await runGitlab(s.repo.dir, { ...s.env, AI_GOVERNANCE_PLATFORM_DEADLINE: '1.5' });
      expect(res.code).toBe(2);
      expect(res.ms).toBeLessThan(15_000);
      expect(res.stderr).toContain('platform deadline of 1.5 s');
      expect(res.dotenv.AI_GOVERNANCE_DECISION).toBe('error');
    });
  });

  it('with CI_JOB_TOKEN: the advice names what the job token may not read, and a variable one can create', async () => {
    const s = await setup();
    const env = { ...s.env, AI_GOVERNANCE_TOKEN_VARIABLE: 'CI_JOB_TOKEN', CI_JOB_TOKEN: 'job-token-value' };
    delete (env as Record<string, string>).GITLAB_TOKEN;
    const res = await runGitlab(s.repo.dir, env);
    const log = res.stdout.replace(/\s+/g, ' ') + ' ' + res.audit!.notes.join(' ');
    expect(log).toContain('CI_JOB_TOKEN may not access the approvals of merge request !7');
    expect(log).not.toContain('cannot see the project or merge request');
    expect(log).not.toMatch(/variable named CI_JOB_TOKEN/);
    expect(log).toContain('masked variable named GITLAB_TOKEN');
    expect(log).toContain('token-variable: GITLAB_TOKEN');
  });

  it('judges a branch cut before the policy existed by the target\'s current policy, fetched from the clone\'s remote', async () => {
    const s = await setup();
    // The runner's clone: its origin has main with a policy committed after the branch point.
    const tip = advanceOrigin(s.repo, { '.ai-governance.yml': ONE_APPROVAL }, cleanup);
    const res = await runGitlab(s.repo.dir, s.env);
    expect(res.code).toBe(1);
    expect(res.audit!.policy).toMatchObject({ ref: 'main', commit: tip });
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toContain('approvals.required');
  });

  it('--mode warn from the component does not relax a committed enforce policy', async () => {
    const s = await setup({ '.ai-governance.yml': ONE_APPROVAL });
    const res = await runGitlab(s.repo.dir, s.env, ['--mode', 'warn']);
    expect(res.code).toBe(1);
    expect(res.dotenv.AI_GOVERNANCE_DECISION).toBe('fail');
  });

  it('refuses a token variable holding a line break, without printing it', async () => {
    const s = await setup();
    const res = await runGitlab(s.repo.dir, { ...s.env, GITLAB_TOKEN: `${TOKEN}\nPRIVATE-TOKEN: other` });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('line break');
    expect(res.stderr + res.stdout).not.toContain(TOKEN);
    expect(s.server.requests).toHaveLength(0);
  });
});
