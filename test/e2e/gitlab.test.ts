/**
 * The bundle on a GitLab merge request pipeline: dist/index.js started with the variables GitLab sets,
 * talking to a real HTTP server that answers like GitLab's REST API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startConnectProxy } from '../helpers/connect-proxy.js';
import { TempRepo } from '../helpers/git-repo.js';
import { calls, newState, startGitLab, type RunningServer, type User } from '../platform/gitlab/api-server.js';
import { mrPipelineEnv, type MrPipeline } from '../platform/gitlab/ci-env.js';
import { runGitlab } from '../platform/gitlab/run-gitlab.js';
import { codeQualityProblems } from '../platform/gitlab/code-quality-shape.js';
import { CODE_QUALITY_NEEDS } from '../../src/platform/gitlab/publish.js';

const STICKY = '<!-- ai-governance-gate:sticky -->';
const TERRAFORM = 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';
const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const ALICE: User = { id: 7, username: 'alice' };
const BOB: User = { id: 8, username: 'bob' };

/** main: infrastructure and docs; the merge request's branch: what `change` writes, in one commit. */
/** Risk alone refuses nothing by default; these pipelines run under a policy that stops AI-assisted changes at high risk. */
const STOP_AI_AT_HIGH = { '.ai-governance.yml': 'version: 1\nai:\n  fail-at-risk: high\n' };

function mergeRequestRepo(change: (r: TempRepo) => void, message: string, baseFiles: Record<string, string> = STOP_AI_AT_HIGH): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo();
  repo.write('infra/main.tf', TERRAFORM).write('README.md', '# shop\n').write('src/app.ts', 'export const a = 1;\n');
  for (const [path, content] of Object.entries(baseFiles)) repo.write(path, content);
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  change(repo);
  const head = repo.commit(message);
  return { repo, base, head };
}

const AI_DESTRUCTIVE = (r: TempRepo) => r.write('infra/main.tf', 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n  force_destroy = true\n}\n');
const AI_MESSAGE = 'Recreate the environment\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';
const HUMAN_DOCS = (r: TempRepo) => r.write('README.md', '# shop\n\nHow to run it.\n');

describe('GitLab merge request pipeline (dist/index.js)', () => {
  const repos: TempRepo[] = [];
  const servers: RunningServer[] = [];
  afterAll(async () => {
    repos.forEach((r) => r.cleanup());
    await Promise.all(servers.map((s) => s.close()));
  });

  async function setup(
    change: (r: TempRepo) => void,
    message: string,
    mr: { labels?: string[]; approvedBy?: User[] } = {},
    scopes: Array<'api' | 'read_api'> = ['api'],
    baseFiles: Record<string, string> = STOP_AI_AT_HIGH,
  ) {
    const { repo, base, head } = mergeRequestRepo(change, message, baseFiles);
    repos.push(repo);
    const state = newState({
      tokens: [{ value: 'glpat-secret-value-123', user: BOT, scopes }],
      users: [BOT, ALICE, BOB],
      groups: [{ id: 300, full_path: 'acme/seniors', members: [BOB] }],
      mergeRequests: [{ iid: 7, title: 'Recreate the environment', description: 'Please review.', labels: mr.labels ?? [], author: ALICE, source_branch: 'feature', target_branch: 'main', sha: head, approvedBy: mr.approvedBy }],
    });
    const server = await startGitLab(state);
    servers.push(server);
    const pipeline: MrPipeline = { server, iid: 7, base, head, token: 'glpat-secret-value-123' };
    return { repo, base, head, server, pipeline };
  }

  it('fails an AI-assisted destructive change, posts one note, and writes the reports', async () => {
    const { repo, base, head, server, pipeline } = await setup(AI_DESTRUCTIVE, AI_MESSAGE);
    const res = await runGitlab(repo.dir, mrPipelineEnv(pipeline));
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    expect(res.audit!.platform).toBe('gitlab');
    expect(res.audit!.decision).toBe('fail');
    expect(res.audit!.change).toEqual(expect.objectContaining({ base, head, baseReason: 'platform', commits: 1 }));
    expect(res.audit!.change.baseDescription).toContain('diff base of merge request !7 into main');

    // The first pipeline of a request: the request, its approvals, one new note; no note search (none exist).
    expect(calls(server)).toEqual(['GET /projects/42/merge_requests/7', 'GET /projects/42/merge_requests/7/approvals', 'POST /projects/42/merge_requests/7/notes']);
    const notes = server.state.notes.get(7)!;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.startsWith(STICKY + '\n## ❌ AI governance gate: FAIL')).toBe(true);
    expect(notes[0]!.author.id).toBe(BOT.id);
    expect(res.stdout).toContain(`Merge request note created: ${server.url}/acme/shop/-/merge_requests/7#note_${notes[0]!.id}`);
    // Without default-branch runs the widget has nothing to compare with: the note says what it needs.
    expect(notes[0]!.body).toMatch(/Code Quality widget .* `default-branch: true`/);

    // dotenv carries the same facts as the audit record.
    const errors = res.audit!.violations.filter((v: { level: string }) => v.level === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(res.dotenv).toEqual(
      expect.objectContaining({
        AI_GOVERNANCE_DECISION: 'fail',
        AI_GOVERNANCE_RISK_SCORE: String(res.audit!.risk.score),
        AI_GOVERNANCE_RISK_LEVEL: res.audit!.risk.level,
        AI_GOVERNANCE_AI_ASSISTED: 'true',
        AI_GOVERNANCE_VIOLATIONS: String(errors),
        AI_GOVERNANCE_AUDIT_FILE: 'ai-governance-audit.json',
        AI_GOVERNANCE_SUMMARY_FILE: 'ai-governance-summary.md',
      }),
    );
    // Code Quality: valid, one blocker per error violation, and the Terraform file flagged.
    expect(codeQualityProblems(res.codeQuality)).toEqual([]);
    const checks = res.codeQuality.map((i: { check_name: string }) => i.check_name);
    for (const v of res.audit!.violations) expect(checks).toContain(`ai-governance/${v.rule}`);
    expect(res.codeQuality.filter((i: { severity: string }) => i.severity === 'blocker')).toHaveLength(errors);
    expect(res.codeQuality.some((i: any) => i.location.path === 'infra/main.tf')).toBe(true);
    // The full summary is an artefact too, and the log folds the summary into a section.
    expect(readFileSync(join(repo.dir, 'ai-governance-summary.md'), 'utf8')).toMatch(/^## ❌ AI governance gate: FAIL/);
    expect(res.stdout).toMatch(/\u001b\[0Ksection_start:\d+:ai_governance\[collapsed=false\]\r\u001b\[0KAI governance gate\n/);
    expect(res.stdout).toMatch(/\u001b\[0Ksection_end:\d+:ai_governance\r\u001b\[0K\n/);
    expect(res.stdout).toContain('\u001b[31m'); // red verdict
    // A job log is read from its end: the verdict is its last line.
    expect(res.stdout.replace(/\u001b\[[0-9;]*m/g, '').trimEnd().split('\n').pop()).toMatch(/^❌ AI governance gate: FAIL — /);
    expect(res.stdout).not.toContain('glpat-secret-value-123');
  });

  it('edits its own note on the next pipeline instead of adding one, and leaves look-alikes alone', async () => {
    const { repo, server, pipeline } = await setup(AI_DESTRUCTIVE, AI_MESSAGE);
    // Someone pasted the marker into their own comment; it must not be taken over.
    server.state.notes.set(7, [{ id: 1, body: `${STICKY}\nfake verdict`, author: ALICE, system: false }]);
    const env = mrPipelineEnv(pipeline);
    const first = await runGitlab(repo.dir, env);
    expect(first.code).toBe(1);
    const afterFirst = server.state.notes.get(7)!.map((n) => ({ ...n }));
    expect(afterFirst).toHaveLength(2);
    expect(afterFirst[0]!.body).toBe(`${STICKY}\nfake verdict`);
    server.requests.length = 0;

    const second = await runGitlab(repo.dir, env);
    expect(second.code).toBe(1);
    const notes = server.state.notes.get(7)!;
    expect(notes).toHaveLength(2);
    expect(notes[1]!.id).toBe(afterFirst[1]!.id);
    expect(second.stdout).toContain(`Merge request note updated: ${server.url}/acme/shop/-/merge_requests/7#note_${notes[1]!.id}`);
    expect(calls(server)).toEqual([
      'GET /projects/42/merge_requests/7',
      'GET /projects/42/merge_requests/7/approvals',
      'GET /projects/42/merge_requests/7/notes',
      'GET /user',
      `PUT /projects/42/merge_requests/7/notes/${notes[1]!.id}`,
    ]);
    expect(second.stdout).toContain('GitLab API requests made: 5.');
    // The widget needs a report from the target branch: said while the default branch writes none.
    expect(second.stdout).toContain(CODE_QUALITY_NEEDS);
    expect((await runGitlab(repo.dir, { ...env, AI_GOVERNANCE_DEFAULT_BRANCH: 'true' })).stdout).not.toContain(CODE_QUALITY_NEEDS);
  });

  it('passes a small human change and counts labels added after the pipeline started', async () => {
    const { repo, server, pipeline } = await setup(HUMAN_DOCS, 'Document how to run it', { labels: ['docs', 'ai-generated'], approvedBy: [BOB] });
    const res = await runGitlab(repo.dir, mrPipelineEnv({ ...pipeline, labels: ['docs'] }));
    expect(res.code).toBe(0);
    // The label came from the API, not from CI_MERGE_REQUEST_LABELS (frozen without it).
    expect(res.audit!.attribution.aiAssisted).toBe(true);
    expect(res.audit!.attribution.requestEvidence).toEqual([expect.objectContaining({ signal: 'label', value: 'ai-generated' })]);
    expect(res.dotenv.AI_GOVERNANCE_DECISION).toBe(res.audit!.decision);
    expect(['pass', 'warn']).toContain(res.audit!.decision);
    expect(server.state.notes.get(7)).toHaveLength(1);
  });

  it('reaches the API through the proxy the job names (HTTP_PROXY), directly on loopback and for hosts and domains no_proxy lists, not address ranges', async () => {
    const { repo, server, pipeline } = await setup(HUMAN_DOCS, 'Document how to run it');
    const port = Number(new URL(server.url).port);
    const proxy = await startConnectProxy(port);
    try {
      const env = mrPipelineEnv(pipeline);
      const viaName = `http://gitlab.test:${port}/api/v4`;
      const res = await runGitlab(repo.dir, { ...env, CI_API_V4_URL: viaName, HTTP_PROXY: proxy.url, no_proxy: 'example.com' });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      expect(calls(server)).toEqual(['GET /projects/42/merge_requests/7', 'GET /projects/42/merge_requests/7/approvals', 'POST /projects/42/merge_requests/7/notes']);
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([`gitlab.test:${port}`]));

      // The same API on loopback: never proxied, whatever http_proxy says.
      const before = proxy.tunnels.length;
      const direct = await runGitlab(repo.dir, { ...env, http_proxy: proxy.url });
      expect(direct.code).toBe(0);
      expect(proxy.tunnels.length).toBe(before);

      // A host no_proxy lists is addressed directly: here a name nothing resolves, so nothing could be checked.
      const bypassed = await runGitlab(repo.dir, { ...env, CI_API_V4_URL: viaName, http_proxy: proxy.url, no_proxy: 'example.com,gitlab.test', AI_GOVERNANCE_BACKOFF_MS: '20' });
      expect(bypassed.code).toBe(2);
      expect(bypassed.stderr).toMatch(/ENOTFOUND|EAI_AGAIN/);
      expect(proxy.tunnels.length).toBe(before);

      // A domain covers its subdomains; an address range is not read, so the name still goes through the proxy.
      const byDomain = await runGitlab(repo.dir, { ...env, CI_API_V4_URL: viaName, http_proxy: proxy.url, no_proxy: 'test', AI_GOVERNANCE_BACKOFF_MS: '20' });
      expect(byDomain.code).toBe(2);
      expect(byDomain.stderr).toMatch(/ENOTFOUND|EAI_AGAIN/);
      expect(proxy.tunnels.length).toBe(before);
      const byRange = await runGitlab(repo.dir, { ...env, CI_API_V4_URL: viaName, http_proxy: proxy.url, no_proxy: '127.0.0.0/8,0.0.0.0/0' });
      expect(byRange.code).toBe(0);
      expect(proxy.tunnels.length).toBeGreaterThan(before);
    } finally {
      await proxy.close();
    }
  });

  it('retries a read that met a server error, and the decision is unaffected', async () => {
    const { repo, server, pipeline } = await setup(HUMAN_DOCS, 'Document how to run it');
    server.state.failing = { path: /\/merge_requests\/7$/, status: 500, times: 1 };
    const res = await runGitlab(repo.dir, mrPipelineEnv(pipeline));
    expect(res.code).toBe(0);
    expect(calls(server).filter((c) => c === 'GET /projects/42/merge_requests/7')).toHaveLength(2);
  });

  it('fails closed when GitLab does not answer, and fails open only when the policy says so', async () => {
    const policy = { '.ai-governance.yml': 'version: 1\non-error: fail-open\n' };
    const closed = await setup(HUMAN_DOCS, 'Document how to run it');
    closed.server.state.failing = { path: /\/merge_requests\/7$/, status: 503 };
    // The outcome after the last retry is under test, not the waits between retries.
    const fast = { AI_GOVERNANCE_BACKOFF_MS: '20' };
    const res = await runGitlab(closed.repo.dir, { ...mrPipelineEnv(closed.pipeline), ...fast });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Could not check merge request !7 from the GitLab API');
    const open = await setup(HUMAN_DOCS, 'Document how to run it', {}, ['api'], policy);
    open.server.state.failing = { path: /\/merge_requests\/7$/, status: 503 };
    const passed = await runGitlab(open.repo.dir, { ...mrPipelineEnv(open.pipeline), ...fast });
    expect(passed.code).toBe(0);
    expect(passed.audit!.decision).toBe('warn');
    expect(passed.audit!.violations[0]).toMatchObject({ rule: 'platform.unchecked', level: 'warning' });
  });

  it('flags a merge request that edits the pipeline running the gate, and asks for sign-off', async () => {
    const { repo, pipeline } = await setup((r) => r.write('.gitlab-ci.yml', 'stages: [test]\n'), 'Simplify the pipeline', {}, ['api'], { '.gitlab-ci.yml': 'include:\n  - component: x/y/ai-governance-gate@1\n' });
    const res = await runGitlab(repo.dir, mrPipelineEnv(pipeline));
    expect(res.audit!.notes.join(' ')).toContain('edits .gitlab-ci.yml, which runs this gate');
    expect(res.audit!.oversight.required.flatMap((r: { rules: string[] }) => r.rules)).toContain('governance-change');
    expect(res.code).toBe(1);
  });

  it('with comment: on-violation, a passing change gets no note', async () => {
    const { repo, server, pipeline } = await setup(HUMAN_DOCS, 'Document how to run it');
    const res = await runGitlab(repo.dir, { ...mrPipelineEnv(pipeline), AI_GOVERNANCE_COMMENT: 'on-violation' });
    expect(res.code).toBe(0);
    expect(res.audit!.decision).toBe('pass');
    expect(server.state.notes.get(7) ?? []).toHaveLength(0);
    expect(calls(server).filter((c) => c.startsWith('POST'))).toEqual([]);
    expect(res.stdout).toContain('No merge request note: the change passes and comment is on-violation.');
  });

  it('without a token: decides, logs and writes every file, and says which token to create and where', async () => {
    const { repo, server, pipeline } = await setup(AI_DESTRUCTIVE, AI_MESSAGE);
    const res = await runGitlab(repo.dir, mrPipelineEnv({ ...pipeline, token: undefined }));
    expect(res.code).toBe(1);
    expect(server.requests).toHaveLength(0);
    expect(res.audit!.decision).toBe('fail');
    expect(res.dotenv.AI_GOVERNANCE_DECISION).toBe('fail');
    expect(codeQualityProblems(res.codeQuality)).toEqual([]);
    const log = res.stdout.replace(/\s+/g, ' ');
    expect(log).toContain('No API token in the CI/CD variable GITLAB_TOKEN, so the summary was not posted on the merge request');
    expect(log).toContain('project or group access token with `api` scope');
    expect(log).toContain('Settings → CI/CD → Variables as a masked variable named GITLAB_TOKEN');
    // The request facts fell back to the pipeline's variables, with a warning.
    expect(res.audit!.notes.join(' ')).toContain('GITLAB_TOKEN');
  });

  it('names the token variable the component was given', async () => {
    const { repo, pipeline } = await setup(HUMAN_DOCS, 'Docs');
    const env = { ...mrPipelineEnv({ ...pipeline, token: undefined }), AI_GOVERNANCE_TOKEN_VARIABLE: 'GATE_API_TOKEN' };
    const res = await runGitlab(repo.dir, env);
    expect(res.code).toBe(0);
    expect(res.stdout.replace(/\s+/g, ' ')).toContain('No API token in the CI/CD variable GATE_API_TOKEN');
    const withToken = await runGitlab(repo.dir, { ...env, GATE_API_TOKEN: 'glpat-secret-value-123' });
    expect(withToken.stdout).toContain('Merge request note created');
  });

  it('a read_api token reads the request but cannot post: the log says the scope it needs', async () => {
    const { repo, server, pipeline } = await setup(AI_DESTRUCTIVE, AI_MESSAGE, {}, ['read_api']);
    const res = await runGitlab(repo.dir, mrPipelineEnv(pipeline));
    expect(res.code).toBe(1);
    expect(server.requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(0);
    expect(res.stdout).toContain('is not allowed to access the notes of merge request !7 (HTTP 403');
    expect(res.stdout).toContain('It needs `api` scope');
    expect(server.state.notes.get(7)).toHaveLength(0);
  });

  it('in a merged-results pipeline judges the source branch tip, not the merge commit', async () => {
    const { repo, base, head, server, pipeline } = await setup(HUMAN_DOCS, 'Docs');
    // The target branch moved on; GitLab merges the source into it for the pipeline.
    repo.git('checkout', '-q', 'main');
    repo.write('src/other.ts', 'export const other = 2;\n');
    repo.commit('someone else on main');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
    const merge = repo.git('rev-parse', 'HEAD').trim();
    const res = await runGitlab(repo.dir, mrPipelineEnv({ ...pipeline, head: merge, eventType: 'merged_result', sourceSha: head }));
    expect(res.code).toBe(0);
    expect(res.audit!.change).toEqual(expect.objectContaining({ base, head, files: 1, commits: 1 }));
    expect(res.audit!.change.baseDescription).toContain('merged-results pipeline');
    expect(server.state.notes.get(7)).toHaveLength(1);
  });

  it('warn mode from the component never fails the job, and says so in the dotenv', async () => {
    // The component's inputs are part of the merge request: they relax only a policy that allows it.
    const weakenable = { '.ai-governance.yml': `${STOP_AI_AT_HIGH['.ai-governance.yml']}inputs-may-weaken: true\n` };
    const { repo, pipeline } = await setup(AI_DESTRUCTIVE, AI_MESSAGE, {}, ['api'], weakenable);
    const res = await runGitlab(repo.dir, mrPipelineEnv(pipeline), ['--mode', 'warn', '--audit-file', 'ai-governance-audit.json']);
    expect(res.code).toBe(0);
    expect(res.dotenv.AI_GOVERNANCE_DECISION).toBe('warn');
    // A violation that does not fail the job is not a blocker in the widget.
    expect(res.codeQuality.some((i: { severity: string }) => i.severity === 'blocker')).toBe(false);
  });

  it('with default-branch runs, the note does not ask for them', async () => {
    const { repo, server, pipeline } = await setup(AI_DESTRUCTIVE, AI_MESSAGE);
    const res = await runGitlab(repo.dir, { ...mrPipelineEnv(pipeline), AI_GOVERNANCE_DEFAULT_BRANCH: 'true' });
    expect(res.code).toBe(1);
    expect(server.state.notes.get(7)![0]!.body).not.toContain('Code Quality widget');
    expect(res.stdout).not.toContain('Code Quality report only next to one');
  });

  it('warn mode from the component does not relax a committed policy that does not allow it', async () => {
    const { repo, pipeline } = await setup(AI_DESTRUCTIVE, AI_MESSAGE);
    const res = await runGitlab(repo.dir, mrPipelineEnv(pipeline), ['--mode', 'warn']);
    expect(res.code).toBe(1);
    expect(res.dotenv.AI_GOVERNANCE_DECISION).toBe('fail');
    expect(res.stdout).toContain('inputs may only make it stricter');
  });

  it('rejects a bad component setting with exit 2 and the input to fix', async () => {
    const { repo, pipeline } = await setup(HUMAN_DOCS, 'Docs');
    const res = await runGitlab(repo.dir, { ...mrPipelineEnv(pipeline), AI_GOVERNANCE_COMMENT: 'sometimes' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('The component input "comment" (job variable AI_GOVERNANCE_COMMENT) must be one of always, on-violation, never; got "sometimes".');
  });

  it('approval-rules: manage makes GitLab require the policy\'s approvers, and lifts the rule once they approved', async () => {
    const policy = 'version: 1\napprovals:\n  rules:\n    - name: senior review\n      when:\n        ai-assisted: true\n      require:\n        count: 1\n        teams: [acme/seniors]\n';
    const docs = (r: TempRepo) => r.write('README.md', '# shop\n\nHow to run it.\n');
    const { repo, server, pipeline } = await setup(docs, 'Document it\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', {}, ['api'], { '.ai-governance.yml': policy });
    const env = { ...mrPipelineEnv(pipeline), AI_GOVERNANCE_APPROVAL_RULES: 'manage' };

    const first = await runGitlab(repo.dir, env);
    expect(first.code).toBe(1);
    expect(first.audit!.oversight.satisfied).toBe(false);
    const post = server.requests.find((r) => r.method === 'POST' && r.path.endsWith('/approval_rules'))!;
    expect(post.body).toEqual({ name: 'AI governance: senior review', approvals_required: 1, usernames: [], group_ids: [300] });
    expect(first.stdout).toContain('Approval rules: created "AI governance: senior review".');

    // Bob, a member of acme/seniors, approves; the next pipeline sees it through the group lookup.
    server.state.mergeRequests[0]!.approvedBy = [BOB];
    // After the merge request's only push (its one diff version), so the approval is on its head.
    server.state.mergeRequests[0]!.approvedAt = { bob: '2024-01-02T00:00:00.000Z' };
    server.requests.length = 0;
    const second = await runGitlab(repo.dir, env);
    expect(second.code).toBe(0);
    expect(second.audit!.oversight.satisfied).toBe(true);
    expect(calls(server)).toContain('GET /groups/acme/seniors/members/all');
    expect(server.state.approvalRules.get(7)).toEqual([]);
    expect(second.stdout).toContain('Approval rules: removed "AI governance: senior review".');
  });
});
