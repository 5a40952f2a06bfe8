/**
 * `report --github-org` through dist/index.js against a local server shaped like GitHub's REST API:
 * repositories and artifacts paged by `Link`, artifacts that are not the gate's, expired, outside the
 * range or deleted before download (410), a repository the token may not read (403), rate limits
 * (429 with retry-after; 403 with x-ratelimit-remaining 0), and downloads redirected (302) to a blob
 * server on another origin that must never see the token. The zips are made by the `zip` tool from
 * records real runs of the gate wrote.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { assertNoSecret } from '../helpers/no-secret.js';
import { BlobServer, GitHubArtifactsServer, zipOf, type GitHubArtifact } from '../helpers/org-report/artifact-servers.js';
import { runReport, type ReportRun } from '../helpers/org-report/run-report.js';
import { seedRecords, type AuditRecord } from '../helpers/org-report/seed-records.js';
import { cleanEnv, distEntry } from '../helpers/run-dist.js';

const TOKEN = 'github_pat_report_test_0123456789abcdef';
let dir: string;
let seeds: AuditRecord[];
let blobs: BlobServer;
let api: GitHubArtifactsServer;

const recordAt = (seed: AuditRecord, repository: string, timestamp: string): AuditRecord => ({ ...seed, repository, timestamp });
let nextId = 100;
function artifact(record: AuditRecord, createdAt: string, extra: Partial<GitHubArtifact> = {}): GitHubArtifact {
  const id = nextId++;
  return {
    id,
    name: `ai-governance-${9000 + id}-1`,
    createdAt,
    zip: zipOf({ 'ai-governance-audit.json': JSON.stringify(record, null, 2), 'ai-governance-summary.md': '## AI governance gate\n' }),
    ...extra,
  };
}

/** Every file the report wrote, for the token check. */
function outputs(out: string, res: ReportRun): Record<string, string> {
  const files: Record<string, string> = { stdout: res.stdout, stderr: res.stderr };
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else files[p] = readFileSync(p, 'utf8');
    }
  };
  walk(out);
  return files;
}

beforeAll(async () => {
  seeds = await seedRecords();
  dir = mkdtempSync(join(tmpdir(), 'gate-collect-github-'));
  blobs = await new BlobServer().start();
  api = await new GitHubArtifactsServer(TOKEN, blobs).start();
  const ai = seeds.filter((s) => s.attribution.aiAssisted);
  api.orgs.set('acme', [
    {
      fullName: 'acme/shop',
      artifacts: [
        artifact(recordAt(ai[0]!, 'acme/shop', '2026-06-20T10:00:00.000Z'), '2026-06-20T10:00:05Z'),
        artifact(recordAt(ai[1]!, 'acme/shop', '2026-06-18T10:00:00.000Z'), '2026-06-18T10:00:05Z'),
        artifact(recordAt(seeds[0]!, 'acme/shop', '2026-06-15T10:00:00.000Z'), '2026-06-15T10:00:05Z', { gone: true }),
        { ...artifact(recordAt(ai[2]!, 'acme/shop', '2026-06-14T10:00:00.000Z'), '2026-06-14T10:00:05Z'), name: 'coverage-report' },
        artifact(recordAt(ai[3]!, 'acme/shop', '2026-06-12T10:00:00.000Z'), '2026-06-12T10:00:05Z', { expired: true }),
        artifact(recordAt(ai[0]!, 'acme/shop', '2026-06-11T10:00:00.000Z'), '2026-06-11T10:00:05Z'),
        // Before --since: listed on a later page that need not be read once the listing is known to be newest first.
        artifact(recordAt(ai[1]!, 'acme/shop', '2026-04-01T10:00:00.000Z'), '2026-04-01T10:00:05Z'),
        artifact(recordAt(ai[1]!, 'acme/shop', '2026-03-01T10:00:00.000Z'), '2026-03-01T10:00:05Z'),
        artifact(recordAt(ai[1]!, 'acme/shop', '2026-02-01T10:00:00.000Z'), '2026-02-01T10:00:05Z'),
        artifact(recordAt(ai[1]!, 'acme/shop', '2026-01-01T10:00:00.000Z'), '2026-01-01T10:00:05Z'),
      ],
    },
    { fullName: 'acme/payments', forbidden: true, artifacts: [] },
    { fullName: 'acme/docs', artifacts: [] },
    { fullName: 'acme/legacy', archived: true, artifacts: [artifact(recordAt(seeds[0]!, 'acme/legacy', '2026-06-20T10:00:00.000Z'), '2026-06-20T10:00:05Z')] },
    { fullName: 'acme/web', artifacts: [artifact(recordAt(ai[2]!, 'acme/web', '2026-06-25T09:00:00.000Z'), '2026-06-25T09:00:05Z')] },
  ]);
}, 240_000);

afterAll(async () => {
  await api.stop();
  await blobs.stop();
  rmSync(dir, { recursive: true, force: true });
});

const args = (out: string, extra: string[] = []) => ['--github-org', 'acme', '--github-api-url', api.url, '--since', '2026-06-01', '--until', '2026-06-30', '--as-of', '2026-06-30', '--rate-limit-fallback', '1', '--out', out, ...extra];

describe('collecting from GitHub workflow artifacts', () => {
  let res: ReportRun;
  beforeAll(async () => {
    api.seen.length = 0;
    blobs.seen.length = 0;
    api.failures.push({ path: /\/repos\/acme\/shop\/actions\/artifacts$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' }, times: 1 });
    api.failures.push({ path: /\/repos\/acme\/web\/actions\/artifacts$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) }, body: { message: 'API rate limit exceeded' }, times: 1 });
    res = await runReport(args('out'), { cwd: dir, out: 'out', env: { GITHUB_TOKEN: TOKEN } });
  }, 240_000);

  it('reads the gate\'s artifacts in the range, and only those', () => {
    expect(res.stderr).not.toMatch(/internal error/);
    expect(res.code).toBe(0);
    const r = res.report!;
    // shop: two in range and downloadable plus one more on the 11th; the deleted one is gone, the coverage
    // report is not the gate's, the expired one is skipped; web: one.
    expect(r.records).toBe(4);
    expect(r.collection).toEqual([{ platform: 'github', scope: 'acme', repositories: 4, artifacts: 5, records: 4, gone: 1, requests: expect.any(Number), rateLimitWaits: 2 }]);
    expect(r.repositories.map((x: { repository: string }) => x.repository).sort()).toEqual(['acme/shop', 'acme/web']);
    // The summary in each artifact is not a record and is not counted as one.
    expect(r.input.unreadable).toBe(0);
  });

  it('lists a repository it could not read, and repositories without a gate run, instead of leaving them out', () => {
    const r = res.report!;
    expect(r.collectionProblems).toEqual([{ platform: 'github', scope: 'acme/payments', message: expect.stringMatching(/403.*Resource not accessible by integration/) }]);
    const coverage = Object.fromEntries(r.coverage.repositories.map((c: { repository: string; state: string }) => [c.repository, c.state]));
    expect(coverage).toEqual({ 'acme/shop': 'recent', 'acme/web': 'recent', 'acme/docs': 'never', 'acme/payments': 'never' });
    expect(res.stderr).toMatch(/1 repositories could not be read \(first: acme\/payments/);
  });

  it('waits out rate limits as GitHub says, pages by Link, and stops paging once past --since', () => {
    const artifactPages = api.seen.filter((s) => s.path === '/repos/acme/shop/actions/artifacts').map((s) => s.query.get('page') ?? '1');
    // Pages of two: 1 (rate-limited, then again), 2, 3, 4 — page 4 ends before June, so 5 is never asked for.
    expect(artifactPages).toEqual(['1', '1', '2', '3', '4']);
    const repoPages = api.seen.filter((s) => s.path === '/orgs/acme/repos').map((s) => s.query.get('page') ?? '1');
    expect(repoPages).toEqual(['1', '2', '3']);
    // Not interactive: each wait is a log line.
    expect(res.stderr).toMatch(/GitHub acme: waiting 1 s \(retry-after\)/);
    expect(res.stderr).toMatch(/GitHub acme: waiting \d s \(primary rate limit\)/);
    expect(res.stderr).toMatch(/GitHub acme: 4 repositories, 5 artifacts, 4 records, \d+ requests, 2 rate-limit waits, 1 not readable\./);
  });

  it('sends the token to the API only: never to the blob storage it is redirected to, never to any output', () => {
    expect(api.seen.every((s) => s.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(blobs.seen).toHaveLength(4);
    expect(blobs.seen.every((s) => s.authorization === undefined && s.query.get('sig') === 'signed')).toBe(true);
    assertNoSecret(TOKEN, outputs(join(dir, 'out'), res));
  });

  it('draws a progress bar on a terminal', async () => {
    if (spawnSync('script', ['--version']).status !== 0) throw new Error('`script` (util-linux) is needed to give the report a terminal');
    const command = [process.execPath, distEntry, 'report', ...args('tty')].map((a) => `'${a}'`).join(' ');
    // Asynchronous: the API server lives in this process and must keep answering.
    const run = await new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: dir, env: { ...cleanEnv({ GITHUB_TOKEN: TOKEN }), COLUMNS: '120' }, timeout: 240_000 });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\r\x1b\[KGitHub acme \[-{24}\] 0\/4 repositories · 0 records/);
    expect(run.stdout).toMatch(/\[#{24}\] 4\/4 repositories · 4 records/);
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('stops with exit 2 when GitHub rejects the token, and says which token to make', async () => {
    const bad = await runReport(args('bad'), { cwd: dir, env: { GITHUB_TOKEN: 'ghp_wrong' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/GitHub rejected the token \(401\) while listing the repositories of the organisation acme/);
    expect(bad.stderr).toMatch(/Actions: read/);
    expect(bad.stderr).not.toContain('ghp_wrong');
  });

  it('collects a list of repositories instead of an organisation', async () => {
    const listed = await runReport(['--github-repos', 'acme/web,acme/docs', '--github-api-url', api.url, '--out', 'listed', '--as-of', '2026-06-30'], { cwd: dir, out: 'listed', env: { GH_TOKEN: TOKEN } });
    expect(listed.code).toBe(0);
    expect(listed.report!.records).toBe(1);
    expect(listed.report!.coverage.repositories.map((c: { repository: string; state: string }) => [c.repository, c.state])).toEqual([['acme/docs', 'never'], ['acme/web', 'recent']]);
  });
});

describe('the scheduled workflow template', () => {
  const template = load(readFileSync(join(projectRoot, 'templates/github/ai-governance-report.yml'), 'utf8')) as Record<string, any>;

  it('runs weekly and by hand, keeps the report as an artifact, and deploys Pages only when asked', () => {
    expect(Object.keys(template.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const steps = template.jobs.report.steps as Array<Record<string, any>>;
    expect(steps.find((s) => /upload-artifact@/.test(s.uses ?? ''))!.with.path).toBe('report/');
    expect(template.jobs.pages.if).toBe("vars.AI_GOVERNANCE_REPORT_PAGES == 'true'");
    expect(template.jobs.report.permissions).toBeUndefined();
    expect(template.permissions).toEqual({ contents: 'read' });
  });

  it('its step builds the report from the organisation\'s artifacts, as the runner would run it', async () => {
    const step = (template.jobs.report.steps as Array<Record<string, any>>).find((s) => typeof s.run === 'string' && s.run.includes(' report '))!;
    const work = mkdtempSync(join(tmpdir(), 'gate-report-workflow-'));
    try {
      mkdirSync(join(work, 'bin'));
      writeFileSync(join(work, 'bin', 'ai-governance-gate'), `#!/bin/sh\nexec "${process.execPath}" "${distEntry}" "$@"\n`);
      chmodSync(join(work, 'bin', 'ai-governance-gate'), 0o755);
      // The runner evaluates the env expressions; here they take the values the runner would give them
      // (and a window wide enough to reach the fixture's artifacts, dated mid-2026).
      const env = { ...cleanEnv(), PATH: `${join(work, 'bin')}:${process.env.PATH}`, GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN, AI_GOVERNANCE_ORG: 'acme', AI_GOVERNANCE_DAYS: '3650' };
      expect(Object.keys(step.env).sort()).toEqual(['AI_GOVERNANCE_DAYS', 'AI_GOVERNANCE_ORG', 'GITHUB_TOKEN']);
      const code = await new Promise<number>((resolve, reject) => {
        const child = spawn('bash', ['-e', '-c', step.run], { cwd: work, env, stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (c) => resolve(c ?? -1));
      });
      expect(code).toBe(0);
      expect(existsSync(join(work, 'report', 'index.html'))).toBe(true);
      const report = JSON.parse(readFileSync(join(work, 'report', 'report.json'), 'utf8'));
      expect(report.collection[0]).toEqual(expect.objectContaining({ platform: 'github', scope: 'acme', repositories: 4 }));
      expect(report.records).toBeGreaterThan(0);
      expect(readFileSync(join(work, 'report', 'records.jsonl'), 'utf8').trim().split('\n').length).toBe(report.records + report.input.duplicates + report.input.outOfRange);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
