/**
 * `report --gitlab-group` through dist/index.js against a local server shaped like GitLab's REST API:
 * group projects paged only by `x-next-page` (as GitLab answers past 10,000 rows, without totals),
 * jobs paged by `Link`, jobs of other names, without artifacts or outside the range, a project whose
 * jobs the token may not read, a 429 that says nothing about how long to wait, and job artifacts as
 * zips made by the `zip` tool from records real runs of the gate wrote. Then the scheduled pipeline
 * template itself, run by gitlab-ci-local, publishing the report to Pages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../helpers/git-repo.js';
import { projectRoot } from '../helpers/corpus.js';
import { assertNoSecret } from '../helpers/no-secret.js';
import { GitLabArtifactsServer, zipOf, type GitLabJob } from '../helpers/org-report/artifact-servers.js';
import { runReport, type ReportRun } from '../helpers/org-report/run-report.js';
import { seedRecords, type AuditRecord } from '../helpers/org-report/seed-records.js';
import { distEntry } from '../helpers/run-dist.js';

const TOKEN = 'glpat-report-test-0123456789';
const GCL = join(projectRoot, 'node_modules/gitlab-ci-local/dist/index.js');
let dir: string;
let seeds: AuditRecord[];
let api: GitLabArtifactsServer;

let nextJob = 500;
function job(record: AuditRecord | undefined, createdAt: string, extra: Partial<GitLabJob> = {}): GitLabJob {
  const artifacts: Record<string, string> = {};
  if (record) {
    artifacts['ai-governance-audit.json'] = JSON.stringify(record, null, 2);
    artifacts['ai-governance-summary.md'] = '## AI governance gate\n';
    artifacts['ai-governance-codequality.json'] = '[]';
  }
  return { id: nextJob++, name: 'ai-governance-gate', status: 'success', createdAt, ...(record ? { zip: zipOf(artifacts) } : {}), ...extra };
}

beforeAll(async () => {
  seeds = await seedRecords();
  dir = mkdtempSync(join(tmpdir(), 'gate-collect-gitlab-'));
  api = await new GitLabArtifactsServer(TOKEN).start();
  const at = (seed: AuditRecord, repository: string, timestamp: string): AuditRecord => ({ ...seed, repository, timestamp });
  const [human, claude, copilot] = [seeds[0]!, seeds[1]!, seeds[2]!];
  api.groups.set('acme', [
    {
      id: 11,
      path: 'acme/shop',
      // Oldest first, so job ids grow with time as GitLab's do.
      jobs: [
        job(at(claude, 'acme/shop', '2026-05-01T10:00:00.000Z'), '2026-05-01T09:59:00Z'),
        job(at(human, 'acme/shop', '2026-06-16T10:00:00.000Z'), '2026-06-16T09:59:00Z', { status: 'canceled' }),
        job(at(human, 'acme/shop', '2026-06-17T10:00:00.000Z'), '2026-06-17T09:59:00Z', { name: 'unit-tests' }),
        job(undefined, '2026-06-18T09:59:00Z'),
        job(at(copilot, 'acme/shop', '2026-06-19T10:00:00.000Z'), '2026-06-19T09:59:00Z', { status: 'failed' }),
        job(at(claude, 'acme/shop', '2026-06-20T10:00:00.000Z'), '2026-06-20T09:59:00Z'),
      ],
    },
    { id: 12, path: 'acme/platform/infra', jobs: [job(at(claude, 'acme/platform/infra', '2026-06-21T10:00:00.000Z'), '2026-06-21T09:59:00Z')] },
    { id: 13, path: 'acme/platform/secret', forbidden: true, jobs: [] },
    { id: 14, path: 'acme/docs', jobs: [] },
    { id: 15, path: 'acme/tools', jobs: [job(at(human, 'acme/tools', '2026-06-22T10:00:00.000Z'), '2026-06-22T09:59:00Z')] },
  ]);
}, 240_000);

afterAll(async () => {
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('collecting from GitLab job artifacts', () => {
  let res: ReportRun;
  beforeAll(async () => {
    api.seen.length = 0;
    api.failures.push({ path: /\/projects\/11\/jobs$/, status: 429, body: { message: 'Retry later' }, times: 1 });
    res = await runReport(['--gitlab-group', 'acme', '--gitlab-url', api.url, '--since', '2026-06-01', '--until', '2026-06-30', '--as-of', '2026-06-30', '--rate-limit-fallback', '1', '--out', 'out'], {
      cwd: dir,
      out: 'out',
      env: { GITLAB_TOKEN: TOKEN },
    });
  }, 240_000);

  it('reads the gate job\'s artifacts of every project in the range, passed or failed', () => {
    expect(res.code).toBe(0);
    const r = res.report!;
    expect(r.records).toBe(4);
    expect(r.collection).toEqual([{ platform: 'gitlab', scope: 'acme', repositories: 5, artifacts: 4, records: 4, gone: 0, requests: expect.any(Number), rateLimitWaits: 1 }]);
    expect(r.repositories.map((x: { repository: string }) => x.repository).sort()).toEqual(['acme/platform/infra', 'acme/shop', 'acme/tools']);
    // The Code Quality report beside each record is another file, not a record.
    expect(r.input.otherFiles).toBe(4);
    expect(r.input.unreadable).toBe(0);
  });

  it('pages projects by x-next-page and jobs by Link, and waits when a 429 says nothing', () => {
    const projectPages = api.seen.filter((s) => s.path === '/api/v4/groups/acme/projects').map((s) => s.query.get('page') ?? '1');
    expect(projectPages).toEqual(['1', '2', '3']);
    const shopJobs = api.seen.filter((s) => s.path === '/api/v4/projects/11/jobs').map((s) => s.query.get('page') ?? '1');
    // Pages of two, newest first: page 3 reaches May, so there is no page 4 to ask for anyway.
    expect(shopJobs).toEqual(['1', '1', '2', '3']);
    expect(api.seen.filter((s) => s.path === '/api/v4/projects/11/jobs')[0]!.query.getAll('scope[]')).toEqual(['success', 'failed']);
    expect(res.stderr).toMatch(/GitLab acme: waiting 1 s \(rate limited\)/);
    expect(api.seen.every((s) => s.privateToken === TOKEN)).toBe(true);
    assertNoSecret(TOKEN, { stdout: res.stdout, stderr: res.stderr, 'report.json': JSON.stringify(res.report), 'report.html': readFileSync(join(dir, 'out', 'report.html'), 'utf8') });
  });

  it('names the project it could not read and the projects without a gate run', () => {
    const r = res.report!;
    expect(r.collectionProblems).toEqual([{ platform: 'gitlab', scope: 'acme/platform/secret', message: expect.stringMatching(/403/) }]);
    const coverage = Object.fromEntries(r.coverage.repositories.map((c: { repository: string; state: string }) => [c.repository, c.state]));
    expect(coverage).toEqual({ 'acme/shop': 'recent', 'acme/platform/infra': 'recent', 'acme/tools': 'recent', 'acme/docs': 'never', 'acme/platform/secret': 'never' });
  });

  it('stops with exit 2 for a group it cannot see', async () => {
    const missing = await runReport(['--gitlab-group', 'nope', '--gitlab-url', api.url, '--out', 'x'], { cwd: dir, env: { GITLAB_TOKEN: TOKEN } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/GitLab could not list the projects of the group nope: .*404 Group Not Found/);
    expect(missing.stderr).toMatch(/read_api/);
  });
});

// gitlab-ci-local copies artifacts with rsync.
const hasRsync = spawnSync('rsync', ['--version']).status === 0;

describe('the scheduled pipeline template under gitlab-ci-local', () => {
  it('builds the report on a schedule and hands it to Pages as public/', async () => {
    // Without rsync this fails, saying what to install, rather than skipping.
    if (!hasRsync) throw new Error('rsync is not installed; gitlab-ci-local needs it to copy artifacts (apt-get install -y rsync).');
    const repo = new TempRepo('gate-report-gcl-');
    const scratch = mkdtempSync(join(tmpdir(), 'gate-report-gcl-bin-'));
    try {
      copyFileSync(join(projectRoot, 'templates/gitlab/ai-governance-report.gitlab-ci.yml'), join(repo.dir, '.gitlab-ci.yml'));
      repo.commit('governance project');
      repo.git('remote', 'add', 'origin', 'git@gitlab.example.com:acme/governance.git');
      // The job's `ai-governance-gate` command is this bundle, as an image with the gate provides it.
      mkdirSync(join(scratch, 'bin'));
      mkdirSync(join(scratch, 'home'));
      writeFileSync(join(scratch, 'bin', 'ai-governance-gate'), `#!/bin/sh\nexec "${process.execPath}" "${distEntry}" "$@"\n`);
      chmodSync(join(scratch, 'bin', 'ai-governance-gate'), 0o755);
      const variables = { CI_PIPELINE_SOURCE: 'schedule', CI_SERVER_URL: api.url, GITLAB_TOKEN: TOKEN, AI_GOVERNANCE_DAYS: '3650' };
      const argv = [GCL, '--force-shell-executor', '--no-color', '--ignore-predefined-vars', Object.keys(variables).join(',')];
      for (const [k, v] of Object.entries(variables)) argv.push('--variable', `${k}=${v}`);
      const output = await new Promise<{ code: number; log: string }>((resolve, reject) => {
        const child = spawn(process.execPath, argv, { cwd: repo.dir, env: { PATH: `${join(scratch, 'bin')}:${process.env.PATH}`, HOME: join(scratch, 'home'), LANG: 'C.UTF-8' }, timeout: 240_000 });
        let log = '';
        child.stdout.on('data', (d: Buffer) => (log += d.toString('utf8')));
        child.stderr.on('data', (d: Buffer) => (log += d.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? -1, log }));
      });
      expect(output.log).toMatch(/PASS\s+pages/);
      expect(output.code).toBe(0);
      const published = join(repo.dir, '.gitlab-ci-local/artifacts/pages/public');
      expect(existsSync(join(published, 'index.html'))).toBe(true);
      const report = JSON.parse(readFileSync(join(published, 'report.json'), 'utf8'));
      // The template collects the project's own namespace (acme) and the gate's default job name.
      expect(report.collection[0]).toEqual(expect.objectContaining({ platform: 'gitlab', scope: 'acme', repositories: 5 }));
      expect(report.records).toBeGreaterThan(0);
      expect(readFileSync(join(published, 'records.jsonl'), 'utf8').trim().split('\n')).toHaveLength(report.records + report.input.duplicates + report.input.outOfRange);
      assertNoSecret(TOKEN, { 'the job log': output.log, 'report.json': JSON.stringify(report) });
    } finally {
      repo.cleanup();
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 300_000);
});
