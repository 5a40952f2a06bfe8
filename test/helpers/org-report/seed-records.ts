/**
 * Audit records made by real runs of the bundled gate (`dist/index.js`), never written by hand: local
 * CLI runs on temporary repositories (human and AI-assisted changes, sign-off given and missing, real
 * ESLint SARIF with waivers), a pull request as the Actions runner starts the gate against a local
 * GitHub API, and a merge request pipeline against a local GitLab API. The organisation-report tests
 * read them, and the seeded generator derives volume from them.
 *
 * No Jest globals here: the benchmark imports this file too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../corpus.js';
import { TempRepo } from '../git-repo.js';
import { cleanEnv, distEntry, runDist } from '../run-dist.js';
import { leanSpawnSync } from '../lean-exec.js';
import { leanSpawn } from '../lean-spawn.js';

export type AuditRecord = Record<string, any>;

const SENIORS = 'acme/platform-seniors';
const DAY_MS = 86_400_000;

const POLICY = (waiverDays: { soon: string; expired: string; far: string }) => `version: 1
mode: enforce
risk:
  fail-at: never
ai:
  fail-at-risk: never
findings:
  scope: all
  max: { high: 0 }
  waivers:
    - { rule: no-eval, reason: "sandboxed interpreter", owner: security-team, expires: ${waiverDays.soon} }
    - { rule: security/detect-non-literal-regexp, reason: "patterns come from config", owner: appsec, expires: ${waiverDays.expired} }
    - { rule: never-reported-rule, reason: "kept for the legacy build", owner: platform-team, expires: ${waiverDays.far} }
approvals:
  rules:
    - name: ai-high-risk
      when: { ai-assisted: true, risk-at-least: high }
      require: { count: 2, teams: [${SENIORS}] }
    - name: ai-any
      when: { ai-assisted: true }
      require: { count: 1 }
`;

const TERRAFORM = 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n';
const CLAUDE = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const COPILOT = { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' };
const CURSOR = 'Co-authored-by: Cursor Agent <cursoragent@cursor.com>';
const AIDER = { name: 'aider (gpt-4o)', email: 'aider@aider.chat' };

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Real ESLint over the scanner fixture, written as SARIF by @microsoft/eslint-formatter-sarif. */
function eslintSarif(target: string): void {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('eslint/package.json');
  const bin = join(dirname(manifest), (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin.eslint!);
  const dir = join(projectRoot, 'test/fixtures/scanners/eslint');
  const run = leanSpawnSync(process.execPath, [bin, '--config', 'eslint.config.mjs', '--no-warn-ignored', 'src', '--format', '@microsoft/eslint-formatter-sarif', '--output-file', target], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint exited ${String(run.status)}: ${run.stderr}`);
}

function repoWithPolicy(now: number): TempRepo {
  const r = new TempRepo('gate-seed-');
  r.write('.ai-governance.yml', POLICY({ soon: day(now + 7 * DAY_MS), expired: day(now - 30 * DAY_MS), far: day(now + 200 * DAY_MS) }));
  r.write('infra/main.tf', TERRAFORM).write('src/app.ts', 'export const a = 1;\n').write('docs/guide.md', '# Guide\n');
  r.commit('base');
  return r;
}

function run(r: TempRepo, args: string[], request?: object): AuditRecord {
  if (request) writeFileSync(join(r.dir, 'request.json'), JSON.stringify(request));
  const res = runDist([...(request ? ['--request', 'request.json'] : []), ...args], { cwd: r.dir });
  if (!res.audit) throw new Error(`the gate wrote no audit record (exit ${res.code}): ${res.stderr}`);
  return res.audit;
}

/** Local CLI runs: five changes, the shapes a governance report has to tell apart. */
function localSeedRecords(): AuditRecord[] {
  const now = Date.now();
  const records: AuditRecord[] = [];
  const repos: TempRepo[] = [];
  const fresh = (): TempRepo => {
    const r = repoWithPolicy(now);
    repos.push(r);
    return r;
  };
  try {
    // A person's change, outside a request: nothing AI, sign-off not applicable.
    let r = fresh();
    r.write('src/app.ts', 'export const a = 2;\n');
    r.commit('Bump a');
    records.push(run(r, []));

    // Claude Code, infrastructure and a migration (high risk), two seniors approved: signed off.
    r = fresh();
    r.write('infra/main.tf', `${TERRAFORM}\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n  force_destroy = true\n}\n`).write('db/migrations/002_drop.sql', 'DROP TABLE legacy_orders;\n');
    let head = r.commit(`Rework storage\n\n${CLAUDE}\n`);
    records.push(
      run(r, [], {
        number: 41,
        author: 'dana',
        approvals: [
          { login: 'erin', at: new Date(now - 20 * 3_600_000).toISOString(), commitSha: head, teams: [SENIORS] },
          { login: 'frank', at: new Date(now - 2 * 3_600_000).toISOString(), commitSha: head, teams: [SENIORS] },
        ],
      }),
    );

    // Copilot's agent, high risk, one approval from outside the seniors: sign-off missing, fails.
    r = fresh();
    r.write('infra/main.tf', '# removed\n').write('.github/workflows/deploy.yml', 'on: push\n');
    head = r.commit({ message: 'Rework infra\n\nCo-authored-by: dana <dana@example.com>\n', author: COPILOT });
    records.push(run(r, [], { number: 42, author: 'Copilot', authorIsBot: true, assignees: ['dana'], approvals: [{ login: 'gina', at: new Date(now - 3_600_000).toISOString(), commitSha: head, teams: ['acme/frontend'] }] }));

    // Cursor, with real ESLint findings over threshold and three waivers (expiring soon, expired, unused).
    r = fresh();
    r.write('src/unsafe.js', readFileSync(join(projectRoot, 'test/fixtures/scanners/eslint/src/unsafe.js'), 'utf8'));
    head = r.commit(`Add the script runner\n\n${CURSOR}\n`);
    eslintSarif(join(r.dir, 'eslint.sarif'));
    records.push(run(r, ['--reports', 'eslint.sarif'], { number: 43, author: 'henry', approvals: [{ login: 'erin', at: new Date(now - 5 * 3_600_000).toISOString(), commitSha: head, teams: [SENIORS] }] }));

    // aider, a documentation change outside a request: low risk, AI-assisted.
    r = fresh();
    r.write('docs/guide.md', '# Guide\n\nHow to run it.\n');
    r.commit({ message: 'Document running', author: AIDER });
    records.push(run(r, []));
  } finally {
    repos.forEach((x) => x.cleanup());
  }
  return records;
}

/** A pull request as the Actions runner starts the gate, against a local GitHub API: approved by one reviewer. */
async function githubRecord(): Promise<AuditRecord> {
  const { GitHubApiServer } = await import('../../platform/github/support/api-server.js');
  const { runAction } = await import('../../platform/github/support/run-action.js');
  const { REPOSITORY, PR_NUMBER, AI_MESSAGE, pullPayload, pullScenario, servePull } = await import('../../platform/github/support/scenario.js');
  const ex = await import('../../platform/github/support/openapi-examples.js');
  const server = await new GitHubApiServer().start();
  const s = pullScenario((r) => r.write('src/app.ts', 'export const a = 3;\n'), AI_MESSAGE, (r) => r.write('.ai-governance.yml', 'version: 1\napprovals:\n  rules:\n    - { name: ai-any, when: { ai-assisted: true }, require: { count: 1 } }\n'));
  try {
    servePull(server, s);
    server.reviews.set(PR_NUMBER, [ex.review({ id: 80, login: 'hubot', state: 'APPROVED', commitId: s.head, submittedAt: new Date(Date.now() - 4 * 3_600_000).toISOString() })]);
    const res = await runAction({ workspace: s.repo.dir, event: 'pull_request', payload: pullPayload(s), apiUrl: server.url, repository: REPOSITORY });
    if (!res.audit) throw new Error(`the Action wrote no audit record (exit ${res.code}): ${res.stderr}`);
    return res.audit;
  } finally {
    await server.stop();
    s.repo.cleanup();
  }
}

/** A merge request pipeline against a local GitLab API: approved by a member of the required group. */
async function gitlabRecord(): Promise<AuditRecord> {
  const { newState, startGitLab } = await import('../../platform/gitlab/api-server.js');
  const { mrPipelineEnv } = await import('../../platform/gitlab/ci-env.js');
  const repo = new TempRepo('gate-seed-');
  repo.write('.ai-governance.yml', 'version: 1\nrisk: { fail-at: never }\nai: { fail-at-risk: never }\napprovals:\n  rules:\n    - { name: ai-seniors, when: { ai-assisted: true }, require: { count: 1, teams: [acme/seniors] } }\n');
  repo.write('infra/main.tf', TERRAFORM);
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('infra/main.tf', '# gone\n');
  const head = repo.commit(`Recreate the environment\n\n${CLAUDE}\n`);
  const bot = { id: 99, username: 'project_42_bot_5f3a' };
  const alice = { id: 7, username: 'alice' };
  const bob = { id: 8, username: 'bob' };
  const server = await startGitLab(
    newState({
      tokens: [{ value: 'glpat-seed-token-0000', user: bot, scopes: ['api'] }],
      users: [bot, alice, bob],
      groups: [{ id: 300, full_path: 'acme/seniors', members: [bob] }],
      mergeRequests: [{ iid: 7, title: 'Recreate the environment', description: 'Please review.', labels: [], author: alice, source_branch: 'feature', target_branch: 'main', sha: head, approvedBy: [bob] }],
    }),
  );
  try {
    const env = { ...cleanEnv(), ...mrPipelineEnv({ server, iid: 7, base, head, token: 'glpat-seed-token-0000' }) };
    const code = (await leanSpawn(process.execPath, [distEntry], { cwd: repo.dir, env })).code ?? -1;
    const path = join(repo.dir, 'ai-governance-audit.json');
    if (!existsSync(path)) throw new Error(`the GitLab job wrote no audit record (exit ${code})`);
    return JSON.parse(readFileSync(path, 'utf8')) as AuditRecord;
  } finally {
    await server.close();
    repo.cleanup();
  }
}

async function platformSeedRecords(): Promise<AuditRecord[]> {
  return [await githubRecord(), await gitlabRecord()];
}

/**
 * Every seed record, made once per build of the gate and kept in the temporary directory (keyed by
 * the bundle's hash), so the suites and the benchmark share one set of runs.
 */
export async function seedRecords(): Promise<AuditRecord[]> {
  const hash = createHash('sha256').update(readFileSync(distEntry)).update(readFileSync(new URL(import.meta.url))).digest('hex').slice(0, 16);
  const cache = join(tmpdir(), 'ai-governance-gate-seeds', `${hash}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as AuditRecord[];
  const records = [...localSeedRecords(), ...(await platformSeedRecords())];
  mkdirSync(dirname(cache), { recursive: true });
  const partial = mkdtempSync(join(dirname(cache), 'partial-'));
  writeFileSync(join(partial, 'seeds.json'), JSON.stringify(records));
  renameSync(join(partial, 'seeds.json'), cache);
  rmSync(partial, { recursive: true, force: true });
  return records;
}
