/**
 * Verdicts in the flows teams run every day on GitHub, through dist/index.js as the runner starts it,
 * against a local server that answers like api.github.com — including the ways it fails: merge
 * queues, a policy committed after the branch was cut, broken and stalled answers, rate limits, a
 * change past the API's caps, inputs that try to relax the policy, a symlinked workspace, suppressions
 * the change adds itself, and files the runner cannot write.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TempRepo } from '../helpers/git-repo.js';
import { advanceOrigin } from '../helpers/upstream.js';
import { GitHubApiServer } from '../platform/github/support/api-server.js';
import * as ex from '../platform/github/support/openapi-examples.js';
import { runAction, webhookExample, TEST_TOKEN, type ActionRun } from '../platform/github/support/run-action.js';
import { OWNER, PR_NUMBER, REPO, REPOSITORY, pullPayload, pullScenario, servePull, type PullScenario } from '../platform/github/support/scenario.js';
import { jest } from '@jest/globals';
import { leanExecFileSync } from '../helpers/lean-exec.js';

// Each case starts the bundle once or twice; on a loaded machine that takes longer than the default minute.
jest.setTimeout(180_000);

const API = `/repos/${OWNER}/${REPO}`;
const ONE_APPROVAL = 'version: 1\napprovals:\n  rules:\n    - name: peer review\n      when: {}\n      require:\n        count: 1\n';
/** Short waits, so retries and deadlines are tested in seconds; production defaults stay as documented. */
const FAST = { AI_GOVERNANCE_BACKOFF_MS: '20' };

describe('GitHub verdicts in real flows (dist/index.js)', () => {
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
  afterEach(async () => server.stop());
  afterAll(() => cleanup.forEach((f) => f()));

  const run = (workspace: string, opts: { event?: string; payload: Record<string, any>; inputs?: Record<string, string>; env?: Record<string, string>; files?: { summary?: string; output?: string } }): Promise<ActionRun> =>
    runAction({ workspace, event: opts.event ?? 'pull_request', payload: opts.payload, apiUrl: server.url, repository: REPOSITORY, inputs: opts.inputs, env: { ...FAST, ...opts.env }, files: opts.files });

  /** A depth-1 clone of the feature branch: the change must come from the API. */
  const shallowFeature = (s: PullScenario): string => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-shallow-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    leanExecFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${s.repo.dir}`, join(dir, 'ws')]);
    return join(dir, 'ws');
  };
  const docsChange = (setup?: (r: TempRepo) => void) => scenario((r) => r.write('README.md', '# Hello\n\nHow to run it.\n'), 'Document how to run it', setup);
  const approval = (login: string, commitId: string, id = 80) => ex.review({ id, login, state: 'APPROVED', commitId, submittedAt: '2026-01-02T10:00:00Z' });

  describe('merge queue', () => {
    /** The queue's commit: main's tip with the pull request merged, on a gh-readonly-queue branch. */
    const queued = (s: PullScenario) => {
      s.repo.git('checkout', '-q', 'main');
      s.repo.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
      const groupHead = s.repo.git('rev-parse', 'HEAD').trim();
      s.repo.git('reset', '-q', '--hard', s.baseTip);
      const payload = webhookExample('merge_group');
      payload.merge_group.base_sha = s.baseTip;
      payload.merge_group.base_ref = 'refs/heads/main';
      payload.merge_group.head_sha = groupHead;
      payload.merge_group.head_ref = `refs/heads/gh-readonly-queue/main/pr-${PR_NUMBER}-${'9'.repeat(40)}`;
      return { payload, groupHead };
    };

    it('counts approvals given on the queued pull request\'s own head, not the queue\'s merge commit', async () => {
      const s = docsChange((r) => r.write('.ai-governance.yml', ONE_APPROVAL));
      const { payload, groupHead } = queued(s);
      servePull(server, s, { author: 'zed' });
      server.reviews.set(PR_NUMBER, [approval('alice', s.head)]);
      const res = await run(s.repo.dir, { event: 'merge_group', payload });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      expect(res.audit!.change.head).toBe(groupHead);
      expect(res.audit!.request).toMatchObject({ number: PR_NUMBER, headSha: s.head });
      expect(res.audit!.oversight.required[0]!.counted).toEqual([{ login: 'alice', via: 'any-reviewer' }]);
      // The summary says which request the result belongs to, and on which of its commits.
      expect(res.summary).toMatch(new RegExp(`Approvals of request \\\\#\\u200b?${PR_NUMBER}, judged on its own head ${s.head.slice(0, 12)}`));
    });

    it('still refuses an approval of an older commit of the pull request', async () => {
      const s = docsChange((r) => r.write('.ai-governance.yml', ONE_APPROVAL));
      const { payload } = queued(s);
      servePull(server, s, { author: 'zed' });
      server.reviews.set(PR_NUMBER, [approval('alice', s.forkPoint)]);
      const res = await run(s.repo.dir, { event: 'merge_group', payload });
      expect(res.code).toBe(1);
      expect(res.audit!.oversight.required[0]!.notCounted).toEqual([{ login: 'alice', why: 'stale' }]);
    });
  });

  it('judges a branch cut before the policy was committed by the target\'s current policy, not the built-in default', async () => {
    const s = docsChange();
    // The policy lands on main after the branch was cut: the merge-base has none, main's tip does.
    s.repo.git('checkout', '-q', 'main');
    s.repo.write('.ai-governance.yml', ONE_APPROVAL);
    const tip = s.repo.commit('Adopt the governance policy');
    servePull(server, { baseTip: tip, head: s.head }, { author: 'zed' });
    const res = await run(s.repo.dir, { payload: pullPayload({ baseTip: tip, head: s.head }) });
    expect(res.code).toBe(1);
    expect(res.audit!.change.base).toBe(s.forkPoint);
    expect(res.audit!.policy).toMatchObject({ ref: 'main', commit: tip });
    expect(res.audit!.policy.source).toContain('.ai-governance.yml at main');
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toContain('approvals.required');
  });

  it('reads the target\'s tip from the clone\'s remote when the event\'s base is stale', async () => {
    const s = docsChange();
    // A re-run: the event still names the old tip; main has since committed a policy upstream.
    const newTip = advanceOrigin(s.repo, { '.ai-governance.yml': ONE_APPROVAL }, cleanup);
    servePull(server, s, { author: 'zed' });
    const res = await run(s.repo.dir, { payload: pullPayload(s) });
    expect(res.code).toBe(1);
    expect(res.audit!.policy).toMatchObject({ ref: 'main', commit: newTip });
    expect(res.audit!.policy.source).toBe(`.ai-governance.yml at main at ${newTip.slice(0, 12)}`);
  });

  it('a `mode: warn` input does not relax a committed enforce policy, and says so', async () => {
    const s = docsChange((r) => r.write('.ai-governance.yml', ONE_APPROVAL));
    servePull(server, s, { author: 'zed' });
    const res = await run(s.repo.dir, { payload: pullPayload(s), inputs: { mode: 'warn' } });
    expect(res.code).toBe(1);
    expect(res.audit!.mode).toBe('enforce');
    expect(res.outputs.decision).toBe('fail');
    expect(res.audit!.notes.join(' ')).toContain('inputs may only make it stricter');
    // The policy can opt in.
    const opted = docsChange((r) => r.write('.ai-governance.yml', `${ONE_APPROVAL}inputs-may-weaken: true\n`));
    servePull(server, opted, { author: 'zed' });
    const relaxed = await run(opted.repo.dir, { payload: pullPayload(opted), inputs: { mode: 'warn' } });
    expect(relaxed.code).toBe(0);
    expect(relaxed.outputs.decision).toBe('warn');
  });

  it('a symlinked workspace still reads an in-repository policy input from the target, not the pull request\'s copy', async () => {
    const strict = 'version: 1\nrisk:\n  fail-at: low\n';
    const s = scenario((r) => r.write('governance/policy.yml', 'version: 1\nrisk:\n  fail-at: never\n'), 'Relax the policy', (r) => r.write('governance/policy.yml', strict));
    const links = mkdtempSync(join(tmpdir(), 'gate-link-'));
    cleanup.push(() => rmSync(links, { recursive: true, force: true }));
    const workspace = join(links, 'ws');
    symlinkSync(s.repo.dir, workspace);
    servePull(server, s);
    const res = await run(workspace, { payload: pullPayload(s), inputs: { policy: 'governance/policy.yml' }, env: { GITHUB_WORKSPACE: workspace } });
    expect(res.code).toBe(1);
    expect(res.audit!.policy.source).toContain('governance/policy.yml at main');
    expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toContain('risk.fail-at');
  });

  describe('broken answers are never empty facts', () => {
    const LABEL_POLICY = 'version: 1\napprovals:\n  rules:\n    - name: needs review when labelled\n      when:\n        labels: [needs-review]\n      require:\n        count: 1\n';
    const cases: Array<[string, RegExp, string]> = [
      ['a body cut short', /\/pulls\/\d+$/, '{"number": 2, "user": {"login": "zed"'],
      ['a {"message"} body with status 200', /\/pulls\/\d+$/, '{"message": "Server Error"}'],
      ['a cut reviews list', /\/pulls\/\d+\/reviews$/, '[{"id": 1, "user": {"login": "al'],
      ['reviews as an object', /\/pulls\/\d+\/reviews$/, '{"message": "Not Found"}'],
    ];
    for (const [what, path, raw] of cases) {
      it(`${what} (${path.source}): no decision in enforce mode, a platform.unchecked warning in warn mode`, async () => {
        const s = docsChange((r) => r.write('.ai-governance.yml', LABEL_POLICY));
        servePull(server, s, { author: 'zed', labels: ['needs-review'] });
        server.failures.push({ method: 'GET', path, status: 200, raw, times: 100 });
        const res = await run(s.repo.dir, { payload: pullPayload(s) });
        expect(res.code).toBe(2);
        expect(res.stderr).toContain('Could not check');
        expect(res.outputs.decision).toBe('error');
        // Asked again like a server error before giving up.
        expect(server.requests.filter((r) => path.test(r.path)).length).toBeGreaterThan(1);

        const w = docsChange((r) => r.write('.ai-governance.yml', `${LABEL_POLICY}mode: warn\n`));
        servePull(server, w, { author: 'zed', labels: ['needs-review'] });
        const warned = await run(w.repo.dir, { payload: pullPayload(w) });
        expect(warned.code).toBe(0);
        expect(warned.audit!.violations[0]).toMatchObject({ rule: 'platform.unchecked', level: 'warning' });
      });
    }

    it('the same for the files and commits of an API-built change', async () => {
      const s = docsChange();
      servePull(server, s);
      server.files.set(PR_NUMBER, [ex.diffEntry({ filename: 'README.md', status: 'modified', additions: 2, deletions: 0, patch: '@@ -1 +1,3 @@\n # Hello\n+\n+How to run it.' })]);
      server.failures.push({ method: 'GET', path: /\/pulls\/\d+\/commits$/, status: 200, raw: '[{"sha": "abc", "commit": {"mess', times: 100 });
      const res = await run(shallowFeature(s), { payload: pullPayload(s) });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('Could not check the change');
    });
  });

  it('fails closed on a change past the API\'s 3,000-file cap rather than judge part of it', async () => {
    const s = docsChange();
    servePull(server, s);
    // 3,001 files changed; GitHub lists the first 3,000 (the server caps as GitHub does).
    server.files.set(PR_NUMBER, Array.from({ length: 3001 }, (_, i) => ex.diffEntry({ filename: `gen/f${i}.txt`, status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x' })));
    server.commits.set(PR_NUMBER, [ex.commitItem({ sha: s.head, message: 'Generate', author: { name: 'Test Human', email: 'human@example.com' }, parents: [s.forkPoint] })]);
    const res = await run(shallowFeature(s), { payload: pullPayload(s) });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('at most 3,000 files');
    expect(res.stderr).toContain('fetch-depth: 0');
    expect(res.outputs.decision).toBe('error');
  });

  it('waits as a 429\'s retry-after says before trying again, then decides', async () => {
    const s = docsChange();
    servePull(server, s);
    server.failures.push({ method: 'GET', path: /\/pulls\/\d+$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' }, times: 1 });
    const res = await run(s.repo.dir, { payload: pullPayload(s) });
    expect(res.code).toBe(0);
    const tries = server.requests.filter((r) => r.path === `${API}/pulls/${PR_NUMBER}`).map((r) => r.at);
    expect(tries).toHaveLength(2);
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(950);
    expect(tries[1]! - tries[0]!).toBeLessThan(5000);
  });

  it('a stalled answer fails closed within the platform deadline, and the summary and outputs say what was not checked', async () => {
    const s = docsChange();
    servePull(server, s);
    server.failures.push({ method: 'GET', path: /\/pulls\/\d+$/, status: 200, stall: true, times: 100 });
    const res = await run(s.repo.dir, { payload: pullPayload(s), inputs: { 'platform-deadline': '1.5' } });
    expect(res.code).toBe(2);
    expect(res.ms).toBeLessThan(15_000);
    expect(res.stderr).toContain('platform deadline of 1.5 s');
    expect(res.summary).toContain('AI governance gate: ERROR');
    expect(res.outputs.decision).toBe('error');
  });

  it('refuses a token with a line break without printing any of it', async () => {
    const s = docsChange();
    servePull(server, s);
    const token = `${TEST_TOKEN}\r\nX-Injected: yes`;
    const res = await run(s.repo.dir, { payload: pullPayload(s), env: { INPUT_TOKEN: token } });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('line break');
    expect(res.outputs.decision).toBe('error');
    expect(res.summary).toContain('AI governance gate: ERROR');
    const unmasked = res.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const part of [TEST_TOKEN, 'X-Injected: yes']) {
      expect(unmasked).not.toContain(part);
      expect(res.stderr).not.toContain(part);
      expect(res.summary).not.toContain(part);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('a step summary or outputs file the runner cannot write never changes the decision', async () => {
    const s = docsChange();
    servePull(server, s);
    const dir = mkdtempSync(join(tmpdir(), 'gate-unwritable-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'summary-is-a-directory'));
    mkdirSync(join(dir, 'output-is-a-directory'));
    const res = await run(s.repo.dir, { payload: pullPayload(s), files: { summary: join(dir, 'summary-is-a-directory'), output: join(dir, 'output-is-a-directory') } });
    expect(res.code).toBe(0);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(res.commands.filter((c) => c.command === 'warning').map((c) => c.message).join(' ')).toContain('Could not write the step summary');
  });

  it('an audit file that cannot be written is exit 2 with a clear message, no stack trace', async () => {
    const s = docsChange();
    servePull(server, s);
    mkdirSync(join(s.repo.dir, 'audit-dir'), { recursive: true });
    const res = await run(s.repo.dir, { payload: pullPayload(s), inputs: { 'audit-file': 'audit-dir' } });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('The audit record could not be written to');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('looks up no team that no applying rule needs, and warns about none', async () => {
    const policy = 'version: 1\napprovals:\n  rules:\n    - name: security\n      when:\n        labels: [security]\n      require:\n        count: 1\n        teams: [Codertocat/security]\n';
    const s = docsChange((r) => r.write('.ai-governance.yml', policy));
    servePull(server, s, { author: 'zed' });
    server.reviews.set(PR_NUMBER, [approval('alice', s.head)]);
    server.teamsForbidden = true;
    const res = await run(s.repo.dir, { payload: pullPayload(s) });
    expect(res.code).toBe(0);
    expect(server.calls().sort()).toEqual([`GET ${API}/pulls/${PR_NUMBER}`, `GET ${API}/pulls/${PR_NUMBER}/reviews`]);
    expect(res.audit!.notes.join(' ')).not.toContain('Team membership');
  });

  describe('the built-in sign-off on a dropped table', () => {
    const dropTable = () =>
      scenario((r) => r.write('db/migrations/0002_drop_users.sql', '-- retire the legacy table\nDROP TABLE users;\n'), 'Retire the users table\n\nCo-authored-by: Claude <noreply@anthropic.com>\n');
    const review = (login: string, commitId: string, association: string, id: number) =>
      ex.review({ id, login, state: 'APPROVED', commitId, submittedAt: '2026-01-02T10:00:00Z', association });

    it('fails until someone with write access approves, names who on the first screen, links the file at the head, and asks GitHub twice', async () => {
      const s = dropTable();
      servePull(server, s, { author: 'zed' });
      server.reviews.set(PR_NUMBER, [review('zed', s.head, 'OWNER', 1), review('drive-by', s.head, 'CONTRIBUTOR', 2)]);
      const res = await run(s.repo.dir, { payload: pullPayload(s) });
      expect(res.code).toBe(1);
      expect(server.calls().sort()).toEqual([`GET ${API}/pulls/${PR_NUMBER}`, `GET ${API}/pulls/${PR_NUMBER}/reviews`]);
      const req = res.audit!.oversight.required;
      expect(req).toHaveLength(1);
      expect(req[0]!.notCounted).toEqual([
        { login: 'drive-by', why: 'no-write-access' },
        { login: 'zed', why: 'author' },
      ]);
      expect(res.audit!.violations.map((v: { rule: string }) => v.rule)).toEqual(['approvals.required']);
      const firstScreen = res.summary.slice(0, res.summary.indexOf('<details>'));
      expect(firstScreen).toContain('## ❌ AI governance gate: FAIL — needs sign\\-off');
      // The statement links to its line at the head commit.
      expect(firstScreen).toContain(`- **\`DROP TABLE users\`** in [\`db/migrations/0002_drop_users.sql:2\`](https://github.com/${REPOSITORY}/blob/${s.head}/db/migrations/0002_drop_users.sql#L2), with no down step`);
      expect(firstScreen).toContain('**Next:** Get 1 approval on the latest commit from someone with write access to the repository other than `zed` (the author).');
      // The annotation on the statement's own line comes right after the one that blocks the change.
      const errors = res.commands.filter((c) => c.command === 'error');
      expect(errors[0]!.message).toMatch(/^Needs 1 approval from ai-assisted-high-risk \(anyone with write access other than the author and the requester\); has 0\./);
      expect(errors[1]).toMatchObject({ properties: { file: 'db/migrations/0002_drop_users.sql', line: '2' } });
      // The log ends with the verdict, then the failure GitHub shows on the step.
      const log = res.stdout.trimEnd().split('\n');
      expect(log[log.length - 2]).toBe('❌ AI governance gate: FAIL — needs sign-off');
      expect(log[log.length - 1]).toMatch(/^::error::AI governance gate: FAIL — needs sign-off\./);
    });

    it('passes once a collaborator approves the head', async () => {
      const s = dropTable();
      servePull(server, s, { author: 'zed' });
      server.reviews.set(PR_NUMBER, [review('senior', s.head, 'COLLABORATOR', 3)]);
      const res = await run(s.repo.dir, { payload: pullPayload(s) });
      expect(res.audit!.violations).toEqual([]);
      expect(res.code).toBe(0);
      expect(res.audit!.oversight.required[0]!.counted).toEqual([{ login: 'senior', via: 'write-access' }]);
      expect(res.summary.split('\n')[0]).toBe('## ✅ AI governance gate: PASS — signed off by senior');
      expect(res.summary).toContain('**Signed off:** by `senior` (write access).');
    });
  });

  it('suppressions the change adds itself do not hide its new findings', async () => {
    const code = 'const q = "SELECT * FROM t WHERE id = " + id; // nosemgrep\n';
    const s = scenario((r) => r.write('src/db.js', code), 'Add a query');
    const sarif = {
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'Semgrep', rules: [{ id: 'sql-injection', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.8' } }] } },
        results: [{ ruleId: 'sql-injection', level: 'error', message: { text: 'SQL built from input' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.js' }, region: { startLine: 1 } } }], suppressions: [{ kind: 'inSource' }] }],
      }],
    };
    writeFileSync(join(s.repo.dir, 'semgrep.sarif'), JSON.stringify(sarif));
    servePull(server, s);
    const res = await run(s.repo.dir, { payload: pullPayload(s), inputs: { reports: 'semgrep.sarif' } });
    expect(res.code).toBe(1);
    expect(res.audit!.findings!.suppressionsNotHonoured).toEqual([expect.objectContaining({ rule: 'sql-injection', path: 'src/db.js', line: 1, severity: 'critical' })]);
    expect(res.summary).toContain('Suppressions added by this change (not honoured)');
    // A policy may honour them.
    const honour = scenario((r) => r.write('src/db.js', code), 'Add a query', (r) => r.write('.ai-governance.yml', 'version: 1\nfindings:\n  suppressions: all\n'));
    writeFileSync(join(honour.repo.dir, 'semgrep.sarif'), JSON.stringify(sarif));
    servePull(server, honour);
    const honoured = await run(honour.repo.dir, { payload: pullPayload(honour), inputs: { reports: 'semgrep.sarif' } });
    expect(honoured.code).toBe(0);
    expect(honoured.audit!.findings!.suppressed).toBe(1);
  });
});
