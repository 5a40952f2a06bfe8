/**
 * The Action on each event it supports, and on a checkout without the history (the API fallback),
 * run as the runner runs it against a real local API server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubApiServer } from '../platform/github/support/api-server.js';
import * as ex from '../platform/github/support/openapi-examples.js';
import { runAction, webhookExample, type ActionRun } from '../platform/github/support/run-action.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';
import {
  AI_MESSAGE, OWNER, PR_NUMBER, REPO, REPOSITORY, STOP_AI_AT_HIGH, TERRAFORM, TERRAFORM_DESTROYED,
  pullPayload, pullScenario, servePull, type PullScenario,
} from '../platform/github/support/scenario.js';

const API = `/repos/${OWNER}/${REPO}`;
const git = (dir: string, ...args: string[]) => leanExecFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

describe('GitHub Action events and fallbacks (dist/index.js)', () => {
  let server: GitHubApiServer;
  const cleanup: Array<() => void> = [];
  const scenario = (...args: Parameters<typeof pullScenario>): PullScenario => {
    const s = pullScenario(...args);
    cleanup.push(() => s.repo.cleanup());
    return s;
  };
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
  });
  afterEach(() => server.stop());
  afterAll(() => cleanup.forEach((f) => f()));

  const run = (workspace: string, event: string, payload: Record<string, any>, inputs?: Record<string, string>): Promise<ActionRun> =>
    runAction({ workspace, event, payload, apiUrl: server.url, repository: REPOSITORY, inputs });

  it('push: judges before..after and needs no API request', async () => {
    const s = scenario((r) => r.write('src/app.ts', 'export const a = 2;\n'), 'Bump a');
    const payload = { ...webhookExample('push', (e) => e.ref === 'refs/heads/master'), ref: 'refs/heads/feature', before: s.forkPoint, after: s.head, created: false };
    const res = await run(s.repo.dir, 'push', payload);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect([res.audit!.change.base, res.audit!.change.head, res.audit!.change.files]).toEqual([s.forkPoint, s.head, 1]);
    expect(res.audit!.change.baseDescription).toBe('previous tip of feature (before the push)');
    expect(server.requests).toHaveLength(0);
  });

  it('merge_group: judges the queue commit against its base and reads the queued pull request', async () => {
    const s = scenario((r) => r.write('infra/main.tf', TERRAFORM_DESTROYED), AI_MESSAGE, (r) => r.write('infra/main.tf', TERRAFORM).write('.ai-governance.yml', STOP_AI_AT_HIGH));
    const payload = webhookExample('merge_group');
    payload.merge_group.base_sha = s.forkPoint;
    payload.merge_group.head_sha = s.head;
    server.pulls.set(104, ex.pullRequest({ owner: OWNER, repo: REPO, number: 104, baseSha: s.forkPoint, headSha: s.head }));
    const res = await run(s.repo.dir, 'merge_group', payload, { comment: 'always', labels: 'true' });
    expect(res.code).toBe(1);
    expect([res.audit!.change.base, res.audit!.change.head]).toEqual([s.forkPoint, s.head]);
    expect(res.audit!.request!.number).toBe(104);
    // A merge group has no conversation to comment on or label.
    expect(server.calls().sort()).toEqual([`GET ${API}/pulls/104`, `GET ${API}/pulls/104/reviews`]);
  });

  it('workflow_dispatch: judges the run\'s commit against its parent', async () => {
    const s = scenario((r) => r.write('src/app.ts', 'export const a = 3;\n'), 'Bump a');
    const res = await runAction({ workspace: s.repo.dir, event: 'workflow_dispatch', payload: webhookExample('workflow_dispatch'), apiUrl: server.url, repository: REPOSITORY, env: { GITHUB_SHA: s.head } });
    expect(res.code).toBe(0);
    expect([res.audit!.change.base, res.audit!.change.head]).toEqual([git(s.repo.dir, 'rev-parse', `${s.head}^`), s.head]);
  });

  it('pull_request then pull_request_review: asks the missing approver, labels the change, and passes once they approve', async () => {
    const policy = 'version: 1\napprovals:\n  rules:\n    - name: security review\n      when: {}\n      require:\n        count: 1\n        users: [alice]\n        teams: [Codertocat/security]\n';
    const s = scenario((r) => r.write('src/app.ts', 'export const a = 4;\n'), 'Bump a', (r) => r.write('.ai-governance.yml', policy));
    servePull(server, s, { author: 'zed', labels: ['risk:high'] });
    server.visibleTeams.add('Codertocat/security');
    const inputs = { 'request-reviews': 'true', labels: 'true' };

    const before = await run(s.repo.dir, 'pull_request', pullPayload(s), inputs);
    expect(before.code).toBe(1);
    const asked = server.requests.find((q) => q.method === 'POST' && q.path === `${API}/pulls/${PR_NUMBER}/requested_reviewers`);
    expect(asked?.body).toEqual({ reviewers: ['alice'], team_reviewers: ['security'] });
    // The stale risk label goes, the current one is added (a human change: no ai-assisted label).
    const level = before.audit!.risk.level;
    expect(server.requests.find((q) => q.method === 'POST' && q.path.endsWith('/labels'))?.body).toEqual({ labels: [`risk:${level}`] });
    expect(server.calls()).toContain(`DELETE ${API}/issues/${PR_NUMBER}/labels/${encodeURIComponent('risk:high')}`);
    expect(server.pulls.get(PR_NUMBER)!.labels.map((l: { name: string }) => l.name)).toEqual([`risk:${level}`]);

    server.reviews.set(PR_NUMBER, [ex.review({ id: 1, login: 'alice', state: 'APPROVED', commitId: s.head, submittedAt: '2024-05-01T10:00:00Z' })]);
    server.memberships.set('Codertocat/security/alice', 'active');
    server.resetRequests();
    const after = await run(s.repo.dir, 'pull_request_review', pullPayload(s, { event: 'pull_request_review' }), inputs);
    expect(after.code).toBe(0);
    // alice counts by name, so her team membership cannot change the verdict and is not read.
    expect(after.audit!.request!.approvals).toEqual([{ login: 'alice', at: '2024-05-01T10:00:00Z', commitSha: s.head, isBot: false, canWrite: true }]);
    expect(after.audit!.oversight.required[0]!.counted).toEqual([{ login: 'alice', via: 'user' }]);
    expect(after.audit!.oversight.satisfied).toBe(true);
    expect(server.calls().filter((c) => c.includes('/memberships/'))).toEqual([]);
    expect(server.calls()).not.toContain(`POST ${API}/pulls/${PR_NUMBER}/requested_reviewers`);
  });

  describe('a checkout without the pull request\'s history', () => {
    /** A depth-1 clone of `branch`: main is what pull_request_target checks out; feature lacks the base. */
    const shallow = (s: PullScenario, branch: 'main' | 'feature'): string => {
      const dir = mkdtempSync(join(tmpdir(), 'gate-shallow-'));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
      leanExecFileSync('git', ['clone', '-q', '--depth', '1', '--branch', branch, `file://${s.repo.dir}`, join(dir, 'ws')]);
      return join(dir, 'ws');
    };
    /** The API's answers, made from git's own output for the pull request's files and commits. */
    const serveFromGit = (s: PullScenario) => {
      const dir = s.repo.dir;
      const numstat = git(dir, 'diff', '--numstat', s.forkPoint, s.head).split('\n').map((l) => l.split('\t'));
      server.files.set(PR_NUMBER, numstat.map(([a, d, path]) => {
        const diff = git(dir, 'diff', s.forkPoint, s.head, '--', path!);
        return ex.diffEntry({ filename: path!, status: 'modified', additions: Number(a), deletions: Number(d), patch: diff.slice(diff.indexOf('\n@@') + 1) });
      }));
      server.commits.set(PR_NUMBER, [ex.commitItem({ sha: s.head, message: git(dir, 'log', '-1', '--format=%B', s.head), author: { name: 'Test Human', email: 'human@example.com' }, parents: [s.forkPoint] })]);
      const [a, d] = numstat.reduce(([x, y], [na, nd]) => [x + Number(na), y + Number(nd)], [0, 0]);
      server.commitStats.set(s.head, ex.commitWithStats(s.head, a, d));
    };

    it('pull_request_target on the base branch: reads files and commits from the API and reaches the same decision as with the history', async () => {
      const s = scenario((r) => r.write('infra/main.tf', TERRAFORM_DESTROYED), AI_MESSAGE, (r) => r.write('infra/main.tf', TERRAFORM).write('.ai-governance.yml', STOP_AI_AT_HIGH));
      servePull(server, s);
      serveFromGit(s);
      const full = await run(s.repo.dir, 'pull_request', pullPayload(s));
      server.resetRequests();
      const res = await run(shallow(s, 'main'), 'pull_request_target', pullPayload(s));
      expect(res.stderr).toBe('');
      expect(res.code).toBe(full.code);
      expect(res.outputs.decision).toBe(full.outputs.decision);
      expect(res.audit!.risk).toEqual(full.audit!.risk);
      expect(res.audit!.attribution.aiShare).toBe(full.audit!.attribution.aiShare);
      expect(res.summary).toContain('read from the GitHub API');
      // The base is in the clone, so the policy is read there by git; only the change comes from the API.
      expect(server.calls().sort()).toEqual(
        [`GET ${API}/pulls/${PR_NUMBER}`, `GET ${API}/pulls/${PR_NUMBER}/reviews`, `GET ${API}/pulls/${PR_NUMBER}/files`, `GET ${API}/pulls/${PR_NUMBER}/commits`, `GET ${API}/commits/${s.head}`].sort(),
      );
    });

    it('reads the policy at the base through the API when the checkout lacks the base commit', async () => {
      const s = scenario((r) => r.write('src/app.ts', 'export const a = 5;\n'), 'Bump a', (r) => r.write('.ai-governance.yml', 'version: 1\n'));
      servePull(server, s);
      serveFromGit(s);
      // The base's policy is strict; the checkout (the head) has a lenient one that must not be used.
      server.contents.set(`${s.baseTip}:.ai-governance.yml`, 'version: 1\nrisk:\n  fail-at: low\n');
      // Without a remote to fetch main's tip from, the event's base.sha is read through the API.
      const ws = shallow(s, 'feature');
      leanExecFileSync('git', ['-C', ws, 'remote', 'remove', 'origin']);
      const res = await run(ws, 'pull_request', pullPayload(s));
      expect(res.stderr).toBe('');
      expect(res.code).toBe(1);
      expect(res.audit!.policy.source).toBe(`.ai-governance.yml at main at ${s.baseTip.slice(0, 12)} (its tip when the run started)`);
      expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toContain('risk.fail-at');
    });
  });
});
