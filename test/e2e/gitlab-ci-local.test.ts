/**
 * The component as GitLab runs it, through gitlab-ci-local (shell executor, offline): a project that
 * includes `component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/ai-governance-gate@$CI_COMMIT_SHA` (this very
 * commit of the component, resolved locally because the project's remote names the same project),
 * with spec:inputs, rules, artifacts and the dotenv report interpreted by gitlab-ci-local. The job's
 * `ai-governance-gate` command is the bundle, as the gate's image provides it; the API is a local
 * server that answers like GitLab.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../helpers/git-repo.js';
import { assertNoSecret } from '../helpers/no-secret.js';
import { projectRoot } from '../helpers/corpus.js';
import { distEntry } from '../helpers/run-dist.js';
import { readAuditRecord } from '../helpers/audit-record.js';
import { mergeRequestPipeline, runGitlabCiLocal, type GclRun } from '../helpers/gitlab-ci-local.js';
import { calls, newState, startGitLab, type RunningServer, type User } from '../platform/gitlab/api-server.js';
import { codeQualityProblems } from '../platform/gitlab/code-quality-shape.js';
import { jest } from '@jest/globals';

// Each test runs whole pipelines (a container-less runner, git, the bundle); on a loaded 2-core
// machine one can take over a minute, and a test cut short keeps talking to the next test's server.
jest.setTimeout(180_000);

const STICKY = '<!-- ai-governance-gate:sticky -->';
const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const ALICE: User = { id: 7, username: 'alice' };
const TOKEN = 'glpat-component-test-token';
const TERRAFORM = 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n';

/** A project that uses the component the way the documentation shows, plus a job that reads its dotenv. */
const CONSUMER_CI = `stages: [test, report]

include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/ai-governance-gate@$CI_COMMIT_SHA
    inputs:
      default-branch: true

after-gate:
  stage: report
  needs:
    - job: ai-governance-gate
      optional: true
  rules:
    - when: always
  script:
    - echo "seen decision=$AI_GOVERNANCE_DECISION level=$AI_GOVERNANCE_RISK_LEVEL violations=$AI_GOVERNANCE_VIOLATIONS"
`;

// gitlab-ci-local copies artifacts and dotenv reports with rsync.
const hasRsync = spawnSync('rsync', ['--version']).status === 0;

// Without rsync the suite fails, saying what to install, rather than skipping: no test is skipped silently.
if (!hasRsync) {
  it('needs rsync for gitlab-ci-local', () => {
    throw new Error('rsync is not installed; gitlab-ci-local needs it to copy artifacts (apt-get install -y rsync).');
  });
}

if (hasRsync) describe('the component under gitlab-ci-local', () => {
  let scratch: string;
  let bin: string;
  let home: string;
  const repos: TempRepo[] = [];
  let server: RunningServer;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'gate-gcl-'));
    bin = join(scratch, 'bin');
    home = join(scratch, 'home');
    mkdirSync(bin);
    mkdirSync(home);
    writeFileSync(join(bin, 'ai-governance-gate'), `#!/bin/sh\nexec "${process.execPath}" "${distEntry}" "$@"\n`);
    chmodSync(join(bin, 'ai-governance-gate'), 0o755);
    server = await startGitLab(newState({ tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }], users: [BOT, ALICE] }));
  });
  afterAll(async () => {
    repos.forEach((r) => r.cleanup());
    rmSync(scratch, { recursive: true, force: true });
    await server.close();
  });

  function project(): { repo: TempRepo; base: string } {
    const repo = new TempRepo('gate-gcl-project-');
    repos.push(repo);
    mkdirSync(join(repo.dir, 'templates'));
    copyFileSync(join(projectRoot, 'templates/ai-governance-gate.yml'), join(repo.dir, 'templates/ai-governance-gate.yml'));
    // Risk alone refuses nothing by default; this project stops AI-assisted changes at high risk.
    repo.write('.gitlab-ci.yml', CONSUMER_CI).write('infra/main.tf', TERRAFORM).write('README.md', '# shop\n').write('.ai-governance.yml', 'version: 1\nai:\n  fail-at-risk: high\n');
    const base = repo.commit('base');
    repo.git('remote', 'add', 'origin', 'git@gitlab.example.com:acme/shop.git');
    return { repo, base };
  }

  async function run(cwd: string, variables: Record<string, string>): Promise<GclRun> {
    const env: NodeJS.ProcessEnv = { PATH: `${bin}:${process.env.PATH}`, HOME: home, LANG: process.env.LANG ?? 'C.UTF-8' };
    const res = await runGitlabCiLocal(cwd, ['--force-shell-executor', '--no-color'], variables, env);
    const artifacts = ['ai-governance-audit.json', 'ai-governance-summary.md', 'ai-governance.env', 'ai-governance-codequality.json'];
    const at = (f: string) => join(cwd, '.gitlab-ci-local/artifacts/ai-governance-gate', f);
    const files = Object.fromEntries(artifacts.map((f) => [f, existsSync(at(f)) ? readFileSync(at(f), 'utf8') : undefined]));
    assertNoSecret(variables.GITLAB_TOKEN, { 'the job log': res.output, ...files });
    return res;
  }

  function mrVariables(iid: number, base: string, head: string, token = true): Record<string, string> {
    return {
      ...mergeRequestPipeline(server.state.projectId, iid, base, head),
      CI_SERVER_URL: server.url,
      CI_API_V4_URL: `${server.url}/api/v4`,
      ...(token ? { GITLAB_TOKEN: TOKEN } : {}),
    };
  }

  function openMergeRequest(iid: number, head: string): void {
    server.state.mergeRequests.push({ iid, title: `Change ${iid}`, description: '', labels: [], author: ALICE, source_branch: `feature-${iid}`, target_branch: 'main', sha: head });
  }

  const artifact = (repo: TempRepo, file: string) => join(repo.dir, '.gitlab-ci-local/artifacts/ai-governance-gate', file);

  it('fails the pipeline on an AI-assisted destructive change, posts the note, and hands the dotenv on', async () => {
    const { repo, base } = project();
    repo.git('checkout', '-q', '-b', 'feature-11');
    repo.write('infra/main.tf', '');
    const head = repo.commit({ message: 'Drop the database\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' });
    openMergeRequest(11, head);
    const res = await run(repo.dir, mrVariables(11, base, head));
    expect(res.code).toBe(1);
    expect(res.output).toMatch(/FAIL\s+ai-governance-gate/);

    const notes = server.state.notes.get(11)!;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.startsWith(`${STICKY}\n## ❌ AI governance gate: FAIL`)).toBe(true);

    const audit = readAuditRecord(readFileSync(artifact(repo, 'ai-governance-audit.json'), 'utf8'), 'artifact of the merge request pipeline');
    expect(audit).toEqual(expect.objectContaining({ platform: 'gitlab', decision: 'fail', repository: 'acme/shop' }));
    expect(audit.change.base).toBe(base);
    // The later job received the gate's facts through the dotenv report.
    const errors = audit.violations.filter((v: { level: string }) => v.level === 'error').length;
    expect(res.output).toContain(`seen decision=fail level=${audit.risk.level} violations=${errors}`);
    const quality = JSON.parse(readFileSync(artifact(repo, 'ai-governance-codequality.json'), 'utf8'));
    expect(codeQualityProblems(quality)).toEqual([]);
    expect(quality.some((i: { location: { path: string } }) => i.location.path === 'infra/main.tf')).toBe(true);
    const dotenv = readFileSync(artifact(repo, '.gitlab-ci-reports/dotenv/ai-governance.env'), 'utf8');
    expect(dotenv).toContain('AI_GOVERNANCE_DECISION=fail\n');
    expect(readFileSync(artifact(repo, 'ai-governance-summary.md'), 'utf8')).toBe(notes[0]!.body.slice(STICKY.length + 1));
  });

  it('passes a human change, and the next pipeline edits the same note', async () => {
    const { repo, base } = project();
    repo.git('checkout', '-q', '-b', 'feature-12');
    repo.write('README.md', '# shop\n\nHow to run it.\n');
    const head = repo.commit('Document how to run it');
    openMergeRequest(12, head);
    const first = await run(repo.dir, mrVariables(12, base, head));
    expect(first.code).toBe(0);
    expect(first.output).toContain('seen decision=pass');
    const noteId = server.state.notes.get(12)![0]!.id;
    server.requests.length = 0;

    const second = await run(repo.dir, mrVariables(12, base, head));
    expect(second.code).toBe(0);
    expect(server.state.notes.get(12)!.map((n) => n.id)).toEqual([noteId]);
    expect(calls(server)).toContain(`PUT /projects/42/merge_requests/12/notes/${noteId}`);
  });

  it('without a token still decides and reports, and says which token to create', async () => {
    const { repo, base } = project();
    repo.git('checkout', '-q', '-b', 'feature-13');
    repo.write('README.md', '# shop\n\nMore.\n');
    const head = repo.commit('More docs');
    openMergeRequest(13, head);
    server.requests.length = 0;
    const res = await run(repo.dir, mrVariables(13, base, head, false));
    expect(res.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(res.output.replace(/\s+/g, ' ')).toContain('No API token in the CI/CD variable GITLAB_TOKEN, so the summary was not posted');
    expect(res.output).toContain('seen decision=pass');
    expect(existsSync(artifact(repo, 'ai-governance-codequality.json'))).toBe(true);
  });

  it('runs on a push to the default branch (default-branch: true), judging what the push added', async () => {
    const { repo, base } = project();
    repo.write('README.md', '# shop\n\nPushed.\n');
    const head = repo.commit('Pushed to main');
    server.requests.length = 0;
    const res = await run(repo.dir, { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BEFORE_SHA: base, CI_COMMIT_SHA: head, GITLAB_TOKEN: TOKEN, CI_SERVER_URL: server.url, CI_API_V4_URL: `${server.url}/api/v4` });
    expect(res.code).toBe(0);
    const audit = readAuditRecord(readFileSync(artifact(repo, 'ai-governance-audit.json'), 'utf8'), 'artifact of the push pipeline');
    expect(audit.change).toEqual(expect.objectContaining({ base, head, baseReason: 'platform', commits: 1 }));
    // Not a merge request: the one read asks which merge request the pushed commit came from (none here); nothing is written.
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([expect.stringMatching(new RegExp(`^GET /api/v4/projects/[^/]+/repository/commits/${head}/merge_requests$`))]);
    expect(audit.attribution.mergedRequest).toBeNull();
    expect(res.output).toContain('Not a merge request pipeline: no merge request note.');

    // A push to any other branch is left to its merge request.
    repo.git('checkout', '-q', '-b', 'topic');
    repo.write('README.md', '# shop\n\nTopic.\n');
    const topic = repo.commit('Topic work');
    rmSync(join(repo.dir, '.gitlab-ci-local'), { recursive: true, force: true });
    const other = await run(repo.dir, { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BEFORE_SHA: head, CI_COMMIT_SHA: topic });
    expect(other.code).toBe(0);
    expect(other.output).not.toMatch(/ai-governance-gate +starting/);
    expect(existsSync(artifact(repo, 'ai-governance-audit.json'))).toBe(false);
  });
});

describe('the schema check of the pipelines gitlab-ci-local runs', () => {
  it('refuses a pipeline GitLab\'s CI schema refuses, as gitlab-ci-local\'s own check does, naming the key', async () => {
    const repo = new TempRepo('gate-gcl-schema-');
    try {
      repo.write('.gitlab-ci.yml', 'job:\n  script: [echo hi]\n  bogus_key: 1\n');
      repo.commit('A job with a key GitLab does not know');
      const env = { PATH: process.env.PATH, HOME: repo.dir };
      await expect(runGitlabCiLocal(repo.dir, ['--list'], {}, env)).rejects.toThrow(/not valid against GitLab's CI schema:\n\/job must NOT have additional properties/);
      repo.write('.gitlab-ci.yml', 'job:\n  script: [echo hi]\n');
      repo.commit('The same job, valid');
      expect((await runGitlabCiLocal(repo.dir, ['--list'], {}, env)).code).toBe(0);
    } finally {
      repo.cleanup();
    }
  });
});
