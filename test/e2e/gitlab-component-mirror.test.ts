/**
 * The component with its default inputs on an instance that only mirrored this project: gitlab-ci-local
 * (shell executor, offline) runs a consumer project whose pipeline includes
 * `$CI_SERVER_FQDN/tools/ai-governance-gate/ai-governance-gate@<version>` from a mirror served on
 * 127.0.0.1 over git's smart HTTP, next to the GitLab API. The job's image has node and git but no gate
 * and no npm registry is reachable, so the default route fetches the bundle from the mirror at the exact
 * commit the pipeline included, with the job token; the only setting is the instance-wide variable
 * naming the mirror's path.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TempRepo } from '../helpers/git-repo.js';
import { assertNoSecret } from '../helpers/no-secret.js';
import { projectRoot } from '../helpers/corpus.js';
import { mergeRequestPipeline, runGitlabCiLocal, type GclRun } from '../helpers/gitlab-ci-local.js';
import { newState, startGitLab, type RunningServer, type User } from '../platform/gitlab/api-server.js';
import { gitHosting, type GitHosting } from '../platform/gitlab/git-http.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const ALICE: User = { id: 7, username: 'alice' };
const API_TOKEN = 'glpat-mirror-test-api-token';
const JOB_TOKEN = 'glcbt-mirror-test-job-token';
// What the instance itself uses to read the component project when it resolves the include.
const INCLUDE_TOKEN = 'glpat-mirror-test-include-token';
const MIRROR = 'tools/ai-governance-gate';

describe('the component from a mirror on the instance, default inputs, no registry', () => {
  let scratch: string;
  let home: string;
  let bin: string;
  let hosting: GitHosting;
  let server: RunningServer;
  let mirrorSha: string;
  const repos: TempRepo[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'gate-mirror-'));
    home = join(scratch, 'home');
    bin = join(scratch, 'bin');
    mkdirSync(home);
    mkdirSync(bin);
    // The job image's tools: node and git, no ai-governance-gate, no npm.
    symlinkSync(process.execPath, join(bin, 'node'));
    symlinkSync(leanExecFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), join(bin, 'git'));

    // The mirror: what a release of this project holds that the component needs — its template, the
    // bundle and package.json — tagged with the catalog version.
    const mirror = new TempRepo('gate-mirror-src-');
    repos.push(mirror);
    mkdirSync(join(mirror.dir, 'templates'));
    copyFileSync(join(projectRoot, 'templates/ai-governance-gate.yml'), join(mirror.dir, 'templates/ai-governance-gate.yml'));
    cpSync(join(projectRoot, 'dist'), join(mirror.dir, 'dist'), { recursive: true });
    copyFileSync(join(projectRoot, 'package.json'), join(mirror.dir, 'package.json'));
    mirrorSha = mirror.commit(`Release ${pkg.version}`);
    mirror.git('tag', pkg.version);
    const bare = join(scratch, 'git', `${MIRROR.split('/')[1]}.git`);
    mkdirSync(dirname(bare), { recursive: true });
    leanExecFileSync('git', ['clone', '-q', '--bare', mirror.dir, bare]);
    // Fetching one commit by its id, and the partial clone gitlab-ci-local makes, as GitLab allows both.
    leanExecFileSync('git', ['-C', bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);
    leanExecFileSync('git', ['-C', bare, 'config', 'uploadpack.allowFilter', 'true']);

    hosting = gitHosting(new Map([[MIRROR, { dir: bare, tokens: [JOB_TOKEN, INCLUDE_TOKEN] }]]));
    server = await startGitLab(newState({ tokens: [{ value: API_TOKEN, user: BOT, scopes: ['api'] }], users: [BOT, ALICE] }), (req, res) => hosting.handle(req, res));
    // gitlab-ci-local fetches included components with the git of the machine it runs on.
    writeFileSync(join(home, '.git-credentials'), `${server.url.replace('://', `://include:${INCLUDE_TOKEN}@`)}\n`);
    writeFileSync(join(home, '.gitconfig'), `[credential]\n\thelper = store --file=${join(home, '.git-credentials')}\n`);
  });

  afterAll(async () => {
    repos.forEach((r) => r.cleanup());
    rmSync(scratch, { recursive: true, force: true });
    await server?.close();
  });

  function consumer(iid: number): { repo: TempRepo; base: string; head: string } {
    const repo = new TempRepo('gate-mirror-consumer-');
    repos.push(repo);
    repo.write('.gitlab-ci.yml', `include:\n  - component: $CI_SERVER_FQDN/${MIRROR}/ai-governance-gate@${pkg.version}\n`).write('README.md', '# shop\n');
    const base = repo.commit('base');
    repo.git('remote', 'add', 'origin', `${server.url}/acme/shop.git`);
    repo.git('checkout', '-q', '-b', `feature-${iid}`);
    repo.write('README.md', '# shop\n\nHow to run it.\n');
    const head = repo.commit('Document how to run it');
    server.state.mergeRequests.push({ iid, title: `Change ${iid}`, description: '', labels: [], author: ALICE, source_branch: `feature-${iid}`, target_branch: 'main', sha: head });
    return { repo, base, head };
  }

  async function run(cwd: string, variables: Record<string, string>): Promise<GclRun> {
    // No npm registry: a route that tried one would fail, not pass.
    const env: NodeJS.ProcessEnv = { PATH: `${bin}:/usr/bin:/bin`, HOME: home, LANG: 'C.UTF-8', npm_config_registry: 'http://127.0.0.1:9/' };
    const res = await runGitlabCiLocal(cwd, ['--force-shell-executor', '--no-color'], variables, env);
    assertNoSecret(JOB_TOKEN, { 'the job log': res.output });
    assertNoSecret(API_TOKEN, { 'the job log': res.output });
    return res;
  }

  const mrVariables = (iid: number, base: string, head: string, jobToken = JOB_TOKEN) => ({
    ...mergeRequestPipeline(server.state.projectId, iid, base, head),
    CI_JOB_TOKEN: jobToken,
    GITLAB_TOKEN: API_TOKEN,
    // Set once by the instance's administrator: where the mirror lives.
    AI_GOVERNANCE_GATE_PROJECT: MIRROR,
  });

  it('fetches the bundle at the included commit with the job token, and the job passes', async () => {
    const { repo, base, head } = consumer(21);
    hosting.requests.length = 0;
    const res = await run(repo.dir, mrVariables(21, base, head));
    expect([res.code, res.output.slice(-3000)]).toEqual([0, expect.anything()]);
    expect(res.output).toContain(`ai-governance-gate ${pkg.version}, bundle route`);
    expect(res.output).toMatch(/PASS\s+ai-governance-gate/);
    // gitlab-ci-local read the template with the instance's credentials; the job fetched the bundle
    // from the same project with its own token.
    const fetches = hosting.requests.filter((r) => r.project === MIRROR && r.service === 'git-upload-pack' && r.token !== undefined);
    expect(fetches.map((r) => r.token)).toEqual(expect.arrayContaining([INCLUDE_TOKEN, JOB_TOKEN]));
    const audit = JSON.parse(readFileSync(join(repo.dir, '.gitlab-ci-local/artifacts/ai-governance-gate/ai-governance-audit.json'), 'utf8'));
    expect(audit).toEqual(expect.objectContaining({ platform: 'gitlab', decision: 'pass', tool: { name: 'ai-governance-gate', version: pkg.version } }));
    expect(audit.change.base).toBe(base);
    expect(server.state.notes.get(21)).toHaveLength(1);
    expect(mirrorSha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('a job token the mirror does not accept is exit 2 with what to allow, and nothing is decided', async () => {
    const { repo, base, head } = consumer(22);
    const res = await run(repo.dir, mrVariables(22, base, head, 'glcbt-not-on-the-allowlist'));
    expect(res.code).not.toBe(0);
    expect(res.output).toContain(`ai-governance-gate could not start: could not fetch ${MIRROR} at ${mirrorSha}`);
    expect(res.output).toContain('Job token permissions');
    // gitlab-ci-local prints the job's exit code after FAIL.
    // gitlab-ci-local pads job names to the longest one in the pipeline (the component's signing job).
    expect(res.output).toMatch(/ai-governance-gate +finished in [^\n]*FAIL 2\b/);
    expect(existsSync(join(repo.dir, '.gitlab-ci-local/artifacts/ai-governance-gate/ai-governance-audit.json'))).toBe(false);
    expect(server.state.notes.get(22)).toBeUndefined();
  });
});
