/**
 * This project's own .gitlab-ci.yml: valid for GitLab, one pipeline per change (no duplicate branch and
 * merge request pipelines), the gate judging its own merge requests through the component at the same
 * commit by the bundle route, and the tag pipeline of a release vX.Y.Z — checked by its rules under
 * gitlab-ci-local, and run there in part: the release-prepare job for real (the build check, the
 * version check, the notes) and the catalog job reading what it handed on.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../helpers/corpus.js';
import { TempRepo } from '../helpers/git-repo.js';
import { gitlabCiValidator } from '../platform/gitlab/ci-schema.js';
import { runGitlabCiLocal } from '../helpers/gitlab-ci-local.js';
import { leanSpawn } from '../helpers/lean-spawn.js';

type Json = Record<string, any>;
const ci = load(readFileSync(join(projectRoot, '.gitlab-ci.yml'), 'utf8'), { schema: YAML11_SCHEMA }) as Json;
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const RELEASE_JOBS = ['release-prepare', 'release-image', 'release-npm', 'release-catalog'];
const tagRule = (job: string) => new RegExp(/^\$CI_COMMIT_TAG =~ \/(.*)\/$/.exec(ci['.release'].rules[0].if)![1]!).test(job);

const gcl = (cwd: string, args: string[], vars: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  runGitlabCiLocal(cwd, args, vars, { PATH: process.env.PATH, HOME: cwd, ...env });

describe('.gitlab-ci.yml', () => {
  it('is valid against GitLab\'s CI JSON Schema', () => {
    expect(gitlabCiValidator()(ci)).toEqual([]);
  });

  it('includes the component from this project at the commit under test, on the bundle route', () => {
    expect(ci.include).toEqual([expect.objectContaining({ component: '$CI_SERVER_FQDN/$CI_PROJECT_PATH/ai-governance-gate@$CI_COMMIT_SHA' })]);
    expect(ci.stages).toContain(ci.include[0].inputs.stage);
    expect(ci.include[0].inputs.runner).toBe('bundle');
    expect(ci['ai-governance-gate'].variables).toEqual({ AI_GOVERNANCE_GATE_PROJECT: '$CI_PROJECT_PATH' });
  });

  it('runs the release jobs for vX.Y.Z tags only, after the tests', () => {
    expect(['v1.2.3', 'v0.1.0'].map(tagRule)).toEqual([true, true]);
    expect(['1.2.3', 'v1.2', 'main', 'v1.2.3-rc.1'].map(tagRule)).toEqual([false, false, false, false]);
    for (const job of RELEASE_JOBS) expect([job, ci[job].extends]).toEqual([job, '.release']);
    // npm is published from the one project that sets PUBLISH_NPM, never from a mirror.
    expect(ci['release-npm'].rules).toEqual([{ if: `${ci['.release'].rules[0].if} && $PUBLISH_NPM == "true"` }]);
    expect(ci['release-prepare'].needs).toEqual(['test']);
  });

  it('checks the bundle and the versions and writes the notes before the rest, which read its dotenv', () => {
    const prepare = ci['release-prepare'];
    expect(prepare.script).toEqual(expect.arrayContaining(['scripts/check-build.sh', expect.stringMatching(/^node scripts\/release\/prepare\.mjs "\$CI_COMMIT_TAG" .*--outputs release\.env/)]));
    expect(prepare.artifacts.reports.dotenv).toBe('release.env');
    for (const job of ['release-image', 'release-npm', 'release-catalog']) expect(ci[job].needs).toContain('release-prepare');
  });

  it('builds the image with buildah, unprivileged and without a Docker service, tagged with the version', () => {
    const image = ci['release-image'];
    expect(image.image).toMatch(/^quay\.io\/buildah\/stable:v\d+\.\d+\.\d+$/);
    expect(image.services).toBeUndefined();
    expect(image.variables).toEqual(expect.objectContaining({ STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' }));
    expect(image.script.join('\n')).toContain('buildah push "$CI_REGISTRY_IMAGE:$RELEASE_VERSION"');
  });

  it('publishes to npm with provenance from the job\'s OIDC identity', () => {
    const npm = ci['release-npm'];
    expect(npm.id_tokens).toEqual({ NPM_ID_TOKEN: { aud: 'npm:registry.npmjs.org' }, SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
    expect(npm.script).toContain('node scripts/release/publish-npm.mjs');
  });

  it('publishes the catalog release X.Y.Z with the notes, and a pipeline for that tag is not created', () => {
    const release = ci['release-catalog'].release;
    expect(release).toEqual(expect.objectContaining({ tag_name: '$RELEASE_VERSION', ref: '$CI_COMMIT_SHA', description: './release-notes.md' }));
    expect(ci.workflow.rules[0]).toEqual({ if: '$CI_COMMIT_TAG =~ /^\\d+\\.\\d+\\.\\d+$/', when: 'never' });
  });

  describe('under gitlab-ci-local', () => {
    let repo: TempRepo;
    beforeAll(() => {
      // A copy of what the pipeline reads, with this working tree's release files, in a repository whose
      // remote names the same project, tagged as a release.
      repo = new TempRepo('gate-own-ci-');
      for (const f of ['.gitlab-ci.yml', 'package.json', 'package-lock.json', 'Dockerfile', 'README.md', 'LICENSE', 'action.yml', 'tsconfig.json']) copyFileSync(join(projectRoot, f), join(repo.dir, f));
      for (const d of ['templates', 'dist', 'schema', 'scripts', 'src']) cpSync(join(projectRoot, d), join(repo.dir, d), { recursive: true });
      repo.write('.gitignore', 'node_modules/\n.gitlab-ci-local/\nrelease-notes.md\nrelease.env\n');
      repo.commit('Release');
      repo.git('tag', `v${pkg.version}`);
      repo.git('remote', 'add', 'origin', 'git@gitlab.example.com:acme/ai-governance-gate.git');
    });
    afterAll(() => repo.cleanup());

    async function jobs(vars: Record<string, string>): Promise<Record<string, string>> {
      const res = await gcl(repo.dir, ['--list-json'], vars);
      return Object.fromEntries((JSON.parse(res.stdout.slice(res.stdout.indexOf('['))) as Array<{ name: string; when: string }>).map((j) => [j.name, j.when]));
    }

    it('a merge request pipeline: the tests and the gate, no release', async () => {
      const mr = await jobs({ CI_PIPELINE_SOURCE: 'merge_request_event' });
      // The signing job stays off: this project does not turn `sign` on.
      expect(mr).toEqual({ test: 'on_success', 'ai-governance-gate': 'on_success', 'ai-governance-gate-sign': 'never', ...Object.fromEntries(RELEASE_JOBS.map((j) => [j, 'never'])) });
      // The project's own job settings merge into the component's job.
      const expanded = load(readFileSync(join(repo.dir, '.gitlab-ci-local/expanded-gitlab-ci.yml'), 'utf8')) as Json;
      const gate = expanded['ai-governance-gate'];
      expect(gate.variables).toEqual(expect.objectContaining({ AI_GOVERNANCE_RUNNER: 'bundle', AI_GOVERNANCE_GATE_PROJECT: '$CI_PROJECT_PATH' }));
      expect(gate.stage).toBe('gate');
    });

    it('a release tag pipeline: the tests and every release job', async () => {
      const tagged = await jobs({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: `v${pkg.version}`, PUBLISH_NPM: 'true' });
      for (const job of ['test', ...RELEASE_JOBS]) expect([job, tagged[job]]).toEqual([job, 'on_success']);
      // A mirror, which does not set PUBLISH_NPM, releases everything but the npm package.
      const mirror = await jobs({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: `v${pkg.version}` });
      expect(RELEASE_JOBS.map((j) => [j, mirror[j]])).toEqual(RELEASE_JOBS.map((j) => [j, j === 'release-npm' ? 'never' : 'on_success']));
    });

    it('runs release-prepare for real and hands the version to the catalog release job', async () => {
      // npm ci would reinstall from the registry: this run links the project's installed modules. The
      // bundle built from a linked node_modules names other paths and so differs byte for byte, so the
      // build itself is left to .ci/run, which runs scripts/check-build.sh in a clean clone; here its
      // comparison runs against the committed bundle.
      const bin = join(repo.dir, '.bin');
      mkdirSync(bin);
      const realNpm = (await leanSpawn('sh', ['-c', 'command -v npm'])).stdout.trim();
      writeFileSync(
        join(bin, 'npm'),
        `#!/bin/sh\ncase "$*" in ci*) ln -sfn "${join(projectRoot, 'node_modules')}" node_modules; exit 0 ;; *' build') echo 'build left to .ci/run'; exit 0 ;; esac\nexec "${realNpm}" "$@"\n`,
      );
      chmodSync(join(bin, 'npm'), 0o755);
      symlinkSync(process.execPath, join(bin, 'node'));
      const vars = { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: `v${pkg.version}`, CI_PROJECT_PATH: 'acme/ai-governance-gate', CI_REGISTRY_IMAGE: 'registry.gitlab.example.com/acme/ai-governance-gate' };
      const res = await gcl(repo.dir, ['--force-shell-executor', '--no-color', '--job', 'release-prepare', 'release-catalog'], vars, { PATH: `${bin}:${process.env.PATH}` });
      expect([res.code, res.code === 0 ? '' : res.output.slice(-3000)]).toEqual([0, '']);
      expect(res.output).toContain('build left to .ci/run');
      expect(res.output).toContain('dist/ and schema/ are what src/ builds.');
      expect(res.output).toContain(`Release v${pkg.version}: version ${pkg.version}`);
      expect(res.output).toContain(`Releasing ${pkg.version} to the CI/CD catalog`);
      const notes = readFileSync(join(repo.dir, '.gitlab-ci-local/artifacts/release-prepare/release-notes.md'), 'utf8');
      expect(notes).toContain(`component: $CI_SERVER_FQDN/acme/ai-governance-gate/ai-governance-gate@${pkg.version}`);
      expect(notes).toContain(`registry.gitlab.example.com/acme/ai-governance-gate:${pkg.version}`);
    }, 180_000);
  });
});
