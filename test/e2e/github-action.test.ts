/**
 * The Action as the runner starts it: `node dist/index.js` with GITHUB_* and INPUT_* variables, an
 * event payload from GitHub's webhook examples (with the SHAs of a real repository), and the API at a
 * real local server that answers with GitHub's OpenAPI examples.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { startConnectProxy } from '../helpers/connect-proxy.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { STICKY_MARKER } from '../../src/core/render/marker.js';
import { GitHubApiServer } from '../platform/github/support/api-server.js';
import { issueComment } from '../platform/github/support/openapi-examples.js';
import { runAction, type ActionRun } from '../platform/github/support/run-action.js';
import { DECISION_PREDICATE_TYPE } from '../../src/core/record/statement.js';
import {
  AI_MESSAGE, OWNER, PR_NUMBER, REPO, REPOSITORY, STOP_AI_AT_HIGH, TERRAFORM, TERRAFORM_DESTROYED,
  firstAddedLineByGit, pullPayload, pullScenario, servePull, type PullScenario,
} from '../platform/github/support/scenario.js';

const API = `/repos/${OWNER}/${REPO}`;

describe('GitHub Action (dist/index.js under the runner environment)', () => {
  let server: GitHubApiServer;
  const repos: TempRepo[] = [];
  const scenario = (...args: Parameters<typeof pullScenario>): PullScenario => {
    const s = pullScenario(...args);
    repos.push(s.repo);
    return s;
  };
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
  });
  afterEach(async () => server.stop());
  afterAll(() => repos.forEach((r) => r.cleanup()));

  const run = (s: PullScenario, opts: { inputs?: Record<string, string>; fork?: boolean; event?: string; payload?: Record<string, any>; env?: Record<string, string> } = {}): Promise<ActionRun> =>
    runAction({
      workspace: s.repo.dir,
      event: opts.event ?? 'pull_request',
      payload: opts.payload ?? pullPayload(s, { fork: opts.fork }),
      apiUrl: server.url,
      repository: REPOSITORY,
      inputs: opts.inputs,
      env: opts.env,
    });

  // A passing human change, shared by the cases that only read it (each run writes only untracked files).
  let human: PullScenario | undefined;
  const humanChange = () => (human ??= scenario((r) => r.write('src/app.ts', 'export const a = 2;\n'), 'Bump a'));
  const destructiveChange = () =>
    scenario((r) => r.write('infra/main.tf', TERRAFORM_DESTROYED), AI_MESSAGE, (r) => r.write('infra/main.tf', TERRAFORM).write('.ai-governance.yml', STOP_AI_AT_HIGH));

  it('judges a pull request from its merge-base to its head with two API requests, and publishes summary and outputs', async () => {
    const s = humanChange();
    servePull(server, s);
    const res = await run(s);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    // base.sha is main's tip, which moved on after the branch point; the change is judged from the fork point.
    expect(res.audit!.change.base).toBe(s.forkPoint);
    expect(res.audit!.change.head).toBe(s.head);
    expect(res.audit!.change.files).toBe(1);
    expect(res.audit!.platform).toBe('github');
    expect(res.audit!.repository).toBe(REPOSITORY);
    // Typical pull request with history present: the pull request and its reviews, nothing else.
    expect(server.calls().sort()).toEqual([`GET ${API}/pulls/${PR_NUMBER}`, `GET ${API}/pulls/${PR_NUMBER}/reviews`]);
    expect(server.requests.every((r) => r.token === 'ghs_testtoken000000000000000000000000')).toBe(true);

    expect(res.summary.split('\n')[0]).toMatch(/^## ✅ AI governance gate: PASS/);
    expect(res.summaryFile!.trim()).toBe(res.summary.trim());
    expect(res.outputs).toEqual({
      decision: 'pass',
      'risk-score': String(res.audit!.risk.score),
      'risk-level': res.audit!.risk.level,
      'ai-assisted': 'false',
      'ai-share': '0',
      violations: '0',
      'findings-in-scope': '0',
      'audit-file': join(s.repo.dir, 'ai-governance-audit.json'),
      'summary-file': join(s.repo.dir, 'ai-governance-summary.md'),
      'statement-file': join(s.repo.dir, 'ai-governance-statement.intoto.json'),
      'predicate-type': DECISION_PREDICATE_TYPE,
    });
    // The token is registered as a secret, so the runner masks it in logs.
    expect(res.commands).toContainEqual({ command: 'add-mask', properties: {}, message: 'ghs_testtoken000000000000000000000000' });
  });

  it('reaches the API through the proxy the runner names (http_proxy), and directly on loopback', async () => {
    const s = humanChange();
    servePull(server, s);
    // The gate must address a host that is not loopback (loopback always bypasses a proxy) and never resolve it itself.
    const proxy = await startConnectProxy(Number(new URL(server.url).port));
    try {
      const apiHost = `api.github.test:${new URL(server.url).port}`;
      const res = await runAction({
        workspace: s.repo.dir, event: 'pull_request', payload: pullPayload(s), apiUrl: `http://${apiHost}`, repository: REPOSITORY,
        env: { http_proxy: proxy.url, no_proxy: 'example.com' },
      });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      expect(server.calls().sort()).toEqual([`GET ${API}/pulls/${PR_NUMBER}`, `GET ${API}/pulls/${PR_NUMBER}/reviews`]);
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([apiHost]));

      // The same API reached directly: loopback is never proxied, whatever http_proxy says.
      const before = proxy.tunnels.length;
      const direct = await run(s, { env: { http_proxy: proxy.url } });
      expect(direct.code).toBe(0);
      expect(proxy.tunnels.length).toBe(before);
    } finally {
      await proxy.close();
    }
  });

  it('fails an AI-assisted destructive change: annotations on the line, setFailed, sticky comment created then edited', async () => {
    const s = destructiveChange();
    servePull(server, s);
    // Someone else's comment carrying the marker must never be taken for the gate's own.
    server.accounts.set('ghp_mallory', { login: 'mallory', type: 'User' });
    server.comments.push({ comment: issueComment(77, `${STICKY_MARKER}\nfake all clear`, 'mallory', 'User'), authorToken: 'ghp_mallory' });

    const first = await run(s, { inputs: { comment: 'always' } });
    expect(first.code).toBe(1);
    expect(first.outputs.decision).toBe('fail');
    expect(Number(first.outputs.violations)).toBe(first.audit!.violations.filter((v: { level: string }) => v.level === 'error').length);
    const line = firstAddedLineByGit(s.repo, s.forkPoint, s.head, 'infra/main.tf');
    const errors = first.commands.filter((c) => c.command === 'error');
    expect(errors).toContainEqual({
      command: 'error',
      properties: { title: 'Destructive change (a revert will not undo it)', file: 'infra/main.tf', line: String(line) },
      message: expect.stringContaining('aws_db_instance.main'),
    });
    // setFailed: a file-less error naming the verdict.
    expect(errors.some((c) => !c.properties.file && /^AI governance gate: FAIL/.test(c.message))).toBe(true);
    expect(server.calls()).toEqual(
      expect.arrayContaining([`GET ${API}/pulls/${PR_NUMBER}`, `GET ${API}/pulls/${PR_NUMBER}/reviews`, 'POST /graphql', `POST ${API}/issues/${PR_NUMBER}/comments`]),
    );
    expect(server.requests.length).toBeLessThanOrEqual(4);
    expect(server.comments.map((c) => c.comment.id)).toEqual([77, 9000]);
    const created = server.comments[1]!.comment.body as string;
    expect(created.startsWith(STICKY_MARKER)).toBe(true);
    expect(created).toContain('AI governance gate: FAIL');
    expect(server.comments[0]!.comment.body).toBe(`${STICKY_MARKER}\nfake all clear`);

    server.resetRequests();
    const second = await run(s, { inputs: { comment: 'always' } });
    expect(second.code).toBe(1);
    expect(server.calls().filter((c) => c.startsWith('POST /repos'))).toEqual([]);
    expect(server.calls()).toContain(`PATCH ${API}/issues/comments/9000`);
    expect(server.requests.length).toBeLessThanOrEqual(4);
    expect(server.comments).toHaveLength(2);

    // The author fixes the change: the same comment now says the violation is resolved.
    s.repo.git('checkout', '-q', 'feature');
    s.repo.write('infra/main.tf', TERRAFORM);
    const fixed = { ...s, head: s.repo.commit('Restore the database') };
    s.repo.git('checkout', '-q', 'main');
    servePull(server, fixed);
    server.resetRequests();
    const third = await run(fixed, { inputs: { comment: 'on-violation' } });
    expect(third.code).toBe(0);
    expect(server.calls()).toContain(`PATCH ${API}/issues/comments/9000`);
    const resolved = server.comments[1]!.comment.body as string;
    expect(resolved).toContain('**Resolved:**');
    expect(resolved).not.toContain('AI governance gate: FAIL');
    expect(server.comments).toHaveLength(2);
  });

  it('does not create a comment in on-violation mode when the change passes', async () => {
    const s = humanChange();
    servePull(server, s);
    const res = await run(s, { inputs: { comment: 'on-violation' } });
    expect(res.code).toBe(0);
    expect(server.comments).toHaveLength(0);
    expect(server.calls()).not.toContain(`POST ${API}/issues/${PR_NUMBER}/comments`);
  });

  it('turns a 403 on the comment of a fork pull request into a warning; the exit code stays the decision', async () => {
    const s = humanChange();
    servePull(server, s);
    server.failures.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' }, times: 1 });
    const res = await run(s, { inputs: { comment: 'always' }, fork: true });
    expect(res.code).toBe(0);
    expect(res.outputs.decision).toBe('pass');
    const warning = res.commands.find((c) => c.command === 'warning' && /comment/.test(c.message));
    expect(warning?.message).toMatch(/HTTP 403.*forks get a read-only token/);
    expect(res.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it('retries a 5xx answer, and waits as a 429 retry-after says before trying again', async () => {
    const s = humanChange();
    servePull(server, s);
    server.failures.push({ method: 'GET', path: /\/pulls\/\d+$/, status: 502, body: { message: 'Server Error' }, times: 1 });
    server.failures.push({
      method: 'GET',
      path: /\/pulls\/\d+\/reviews$/,
      status: 429,
      // Two seconds: longer than any fixed backoff's first step (one second), so only the header explains the wait.
      headers: { 'retry-after': '2' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      times: 1,
    });
    const res = await run(s);
    expect(res.code).toBe(0);
    expect(server.calls().filter((c) => c === `GET ${API}/pulls/${PR_NUMBER}`)).toHaveLength(2);
    const reviews = server.requests.filter((r) => r.path === `${API}/pulls/${PR_NUMBER}/reviews`);
    expect(reviews).toHaveLength(2);
    const waited = reviews[1]!.at - reviews[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(1950);
    expect(waited).toBeLessThan(3000);
  });

  describe('when the API keeps failing after its retries', () => {
    // One persistent outage, three policies: stop without a decision, or report and pass.
    const outage = () => server.failures.push({ method: 'GET', path: /\/pulls\/\d+$/, status: 503, body: { message: 'Service Unavailable' }, times: 100 });
    // The outcome after the last retry is under test, not the waits between retries (the case above times those).
    const FAST = { AI_GOVERNANCE_BACKOFF_MS: '20' };

    it('fails closed in enforce mode: exit 2 and what could not be checked', async () => {
      const s = humanChange();
      servePull(server, s);
      outage();
      const res = await run(s, { env: FAST });
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/Could not check the pull or merge request/);
      expect(res.commands.find((c) => c.command === 'error')?.message).toMatch(/Could not check/);
      // No decision, and the outputs say so rather than leave a later step to guess.
      expect(res.outputs.decision).toBe('error');
      expect(res.summary).toContain('AI governance gate: ERROR');
    });

    it('reports and passes in warn mode, with the unchecked facts as a warning', async () => {
      const s = humanChange();
      servePull(server, s);
      outage();
      const res = await run(s, { inputs: { mode: 'warn' }, env: FAST });
      expect(res.code).toBe(0);
      expect(res.outputs.decision).toBe('warn');
      expect(res.audit!.violations[0]).toMatchObject({ rule: 'platform.unchecked', level: 'warning' });
      expect(res.summary).toContain('Could not check');
    });
  });

  it('reads a policy input inside the repository at the base too, and flags its edit', async () => {
    const basePolicy = 'version: 1\nrisk:\n  fail-at: medium\n';
    const s = scenario(
      (r) => r.write('governance/policy.yml', 'version: 1\nrisk:\n  fail-at: never\n'),
      'Relax the custom policy',
      (r) => r.write('governance/policy.yml', basePolicy),
    );
    servePull(server, s);
    const res = await run(s, { inputs: { policy: 'governance/policy.yml' } });
    expect(res.code).toBe(1);
    // From main's tip (the event's base.sha: this clone has no remote to ask for a newer one).
    expect(res.audit!.policy.source).toBe(`governance/policy.yml at main at ${s.baseTip.slice(0, 12)} (its tip when the run started)`);
    expect(res.audit!.policy).toMatchObject({ ref: 'main', commit: s.baseTip });
    expect(res.audit!.policy.sha256).toBe(createHash('sha256').update(basePolicy).digest('hex'));
    expect(res.audit!.notes).toContainEqual(expect.stringContaining('edits the policy file governance/policy.yml'));
  });

  it('judges a pull request that edits the policy under the base policy', async () => {
    const basePolicy = 'version: 1\nrisk:\n  fail-at: medium\n';
    const s = scenario(
      (r) => r.write('.ai-governance.yml', 'version: 1\nrisk:\n  fail-at: never\n'),
      'Relax the gate',
      (r) => r.write('.ai-governance.yml', basePolicy),
    );
    servePull(server, s);
    const res = await run(s);
    // risk.fail-at exists only under the base's policy (fail-at: medium); the head's says never.
    expect(res.code).toBe(1);
    expect(res.outputs.decision).toBe('fail');
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toContain('risk.fail-at');
    expect(res.audit!.policy.sha256).toBe(createHash('sha256').update(basePolicy).digest('hex'));
    expect(res.audit!.policy.source).toContain(s.baseTip.slice(0, 12));
    expect(res.audit!.notes).toContainEqual(expect.stringContaining('edits the policy file .ai-governance.yml'));
    // Editing the policy needs a human sign-off of its own.
    expect(res.audit!.oversight.required.map((r: { rules: string[] }) => r.rules).flat()).toContain('governance-change');
    expect(res.summary).toContain('judged under the policy from');
  });

  it('rejects an event it cannot judge, naming it and the events it supports', async () => {
    const s = humanChange();
    const res = await run(s, { event: 'issues', payload: { action: 'opened' } });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('"issues"');
    expect(res.stderr).toContain('pull_request, pull_request_target, pull_request_review, merge_group, push, workflow_dispatch');
    expect(server.requests).toHaveLength(0);
  });
});
