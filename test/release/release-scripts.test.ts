/**
 * The release steps both pipelines run, in a dry run on a temporary repository holding this project's
 * release files (the working tree's package.json, lock, Dockerfile, templates, README, bundle and
 * scripts) with vX.Y.Z tags and a bare "origin": the version agreement check, the release notes and
 * outputs, the major tag, and npm publishing against a registry on 127.0.0.1.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { TempRepo } from '../helpers/git-repo.js';
import { leanSpawn } from '../helpers/lean-spawn.js';
import { leanExecFileSync, leanSpawnSync } from '../helpers/lean-exec.js';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const VERSION: string = pkg.version;
const [MAJOR, MINOR, PATCH] = VERSION.split('.').map(Number) as [number, number, number];
const TAG = `v${VERSION}`;
/** A release before this one. */
const PREVIOUS = PATCH > 0 ? `v${MAJOR}.${MINOR}.${PATCH - 1}` : MINOR > 0 ? `v${MAJOR}.${MINOR - 1}.0` : `v${MAJOR - 1}.0.0`;
const RELEASE_FILES = ['package.json', 'package-lock.json', 'Dockerfile', 'README.md', 'LICENSE', 'action.yml', 'templates', 'dist', 'schema', 'scripts'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Like script(), without blocking this process, which serves the test registry. */
function scriptAsync(repo: TempRepo, name: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return leanSpawn(process.execPath, [join(projectRoot, 'scripts/release', name), ...args], { cwd: repo.dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
}

function script(repo: TempRepo, name: string, args: string[], env: Record<string, string> = {}): Run {
  // The scripts of the working tree under test, run in the release repository (their root is the cwd).
  const r = leanSpawnSync(process.execPath, [join(projectRoot, 'scripts/release', name), ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('release scripts', () => {
  let scratch: string;
  let repo: TempRepo;
  let remote: string;
  let releaseCommit: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'gate-release-'));
    repo = new TempRepo('gate-release-repo-');
    // An earlier release, a change after it, then this release.
    repo.write('CHANGELOG-seed.txt', 'first\n');
    repo.commit('Start the project');
    repo.git('tag', `v${MAJOR}.${MINOR}.${PATCH}-not-a-release`);
    repo.git('tag', PREVIOUS);
    repo.write('feature.txt', 'x\n');
    repo.commit('Add the feature this release ships');
    for (const f of RELEASE_FILES) cpSync(join(projectRoot, f), join(repo.dir, f), { recursive: true });
    releaseCommit = repo.commit(`Release ${VERSION}`);
    repo.git('tag', TAG);
    remote = join(scratch, 'origin.git');
    leanExecFileSync('git', ['init', '-q', '--bare', remote]);
    repo.git('remote', 'add', 'origin', remote);
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main', '--tags');
  });

  afterAll(() => {
    repo.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  describe('check-version', () => {
    it('passes when every mention names the tag\'s version, README and template included', () => {
      const r = script(repo, 'check-version.mjs', [TAG, repo.dir]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const count = Number(/all (\d+) version mentions agree/.exec(r.stdout)?.[1]);
      expect(count).toBeGreaterThanOrEqual(7);
    });

    it('names every place that disagrees, with what it says, and exits 1', () => {
      const r = script(repo, 'check-version.mjs', [`v${MAJOR + 1}.0.0`, repo.dir]);
      expect(r.code).toBe(1);
      for (const file of ['package.json', 'package-lock.json', 'Dockerfile', 'templates/ai-governance-gate.yml', 'README.md', 'templates/github/ai-governance.yml']) {
        expect([file, r.stderr.includes(`${file}: `)]).toEqual([file, true]);
      }
      expect(r.stderr).toContain(`package.json: "version" says ${VERSION}, but the tag v${MAJOR + 1}.0.0 releases ${MAJOR + 1}.0.0.`);
      expect(r.stderr).toMatch(new RegExp(`ai-governance-gate@v${MAJOR}\\b says ${MAJOR}, but the tag v${MAJOR + 1}\\.0\\.0 releases v${MAJOR + 1}`));
    });

    it('catches one stale mention among agreeing ones', () => {
      const copy = new TempRepo('gate-release-stale-');
      try {
        for (const f of RELEASE_FILES) cpSync(join(repo.dir, f), join(copy.dir, f), { recursive: true });
        const dockerfile = readFileSync(join(copy.dir, 'Dockerfile'), 'utf8');
        writeFileSync(join(copy.dir, 'Dockerfile'), dockerfile.replace(`image.version="${VERSION}"`, 'image.version="0.0.0-stale"'));
        const r = script(copy, 'check-version.mjs', [TAG, copy.dir]);
        expect(r.code).toBe(1);
        expect(r.stderr.split('\n').filter((l) => l.includes(' says '))).toEqual([`Dockerfile: the org.opencontainers.image.version label says 0.0.0-stale, but the tag ${TAG} releases ${VERSION}.`]);
      } finally {
        copy.cleanup();
      }
    });

    it('refuses a tag that is not vMAJOR.MINOR.PATCH with exit 2', () => {
      for (const bad of [VERSION, `v${MAJOR}.${MINOR}`, `${TAG}-rc.1`, 'latest']) {
        const r = script(repo, 'check-version.mjs', [bad, repo.dir]);
        expect([bad, r.code]).toEqual([bad, 2]);
        expect(r.stderr).toContain('releases are tagged vMAJOR.MINOR.PATCH');
      }
    });
  });

  describe('prepare', () => {
    it('writes the notes since the previous release and the outputs the later steps read', () => {
      const notes = join(scratch, 'notes.md');
      const outputs = join(scratch, 'outputs.env');
      const r = script(repo, 'prepare.mjs', [TAG, '--notes', notes, '--outputs', outputs, '--github-repository', 'acme/ai-governance-gate', '--image', 'ghcr.io/acme/ai-governance-gate']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const previous = PREVIOUS;
      const out = Object.fromEntries(readFileSync(outputs, 'utf8').trim().split('\n').map((l) => l.split('=') as [string, string]));
      expect(out).toEqual({ RELEASE_TAG: TAG, RELEASE_VERSION: VERSION, RELEASE_MAJOR_TAG: `v${MAJOR}`, RELEASE_MOVE_MAJOR: 'true', RELEASE_PREVIOUS_TAG: previous });
      const text = readFileSync(notes, 'utf8');
      expect(text).toContain(`### Changes since ${previous}`);
      expect(text).toContain(`- Add the feature this release ships (`);
      expect(text).toContain(`- Release ${VERSION} (${releaseCommit.slice(0, 7)}`);
      expect(text).not.toContain('Start the project');
      expect(text).toContain(`uses: acme/ai-governance-gate@${TAG}`);
      expect(text).toContain(`ghcr.io/acme/ai-governance-gate:${VERSION}`);
      expect(text).toContain(`npx ai-governance-gate@${VERSION}`);
    });

    it('refuses to release a tag that is not on the commit being built', () => {
      repo.git('checkout', '-q', `${TAG}^`);
      try {
        const r = script(repo, 'prepare.mjs', [TAG]);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(`The tag ${TAG} is on ${releaseCommit.slice(0, 12)}`);
      } finally {
        repo.git('checkout', '-q', TAG);
      }
    });
  });

  describe('move-major-tag', () => {
    const remoteTag = (name: string) => leanSpawnSync('git', ['--git-dir', remote, 'rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`], { encoding: 'utf8' }).stdout.trim();

    it('in a dry run asks the remote and moves nothing', () => {
      const r = script(repo, 'move-major-tag.mjs', [TAG, '--dry-run']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`v${MAJOR} would point at ${TAG}`);
      expect(remoteTag(`v${MAJOR}`)).toBe('');
    });

    it('points the major tag at the release on the remote', () => {
      const r = script(repo, 'move-major-tag.mjs', [TAG]);
      expect(r.code).toBe(0);
      expect(remoteTag(`v${MAJOR}`)).toBe(releaseCommit);
    });

    it('leaves it on a newer release of the same major when an older line is patched', () => {
      repo.write('later.txt', 'later\n');
      const later = repo.commit('A later release');
      const newer = `v${MAJOR}.${MINOR + 1}.0`;
      repo.git('tag', newer);
      try {
        expect(script(repo, 'move-major-tag.mjs', [newer]).code).toBe(0);
        expect(remoteTag(`v${MAJOR}`)).toBe(later);
        const r = script(repo, 'move-major-tag.mjs', [TAG]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`v${MAJOR} stays where it is`);
        expect(remoteTag(`v${MAJOR}`)).toBe(later);
        repo.git('checkout', '-q', TAG);
        const outputs = join(scratch, 'older.env');
        expect(script(repo, 'prepare.mjs', [TAG, '--outputs', outputs]).code).toBe(0);
        expect(readFileSync(outputs, 'utf8')).toContain('RELEASE_MOVE_MAJOR=false\n');
      } finally {
        repo.git('tag', '-d', newer);
        repo.git('checkout', '-q', TAG);
      }
    });
  });

  describe('publish-npm', () => {
    let registry: Server;
    let registryUrl: string;
    let published: string[] = [];
    const seen: string[] = [];

    beforeAll(async () => {
      registry = createServer((req, res) => {
        seen.push(`${req.method} ${req.url}`);
        if (req.method === 'GET' && req.url === `/${pkg.name}` && published.length) {
          const versions = Object.fromEntries(published.map((v) => [v, { name: pkg.name, version: v, dist: { tarball: `${registryUrl}${pkg.name}/-/${pkg.name}-${v}.tgz`, shasum: '0' } }]));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: pkg.name, 'dist-tags': { latest: published.at(-1) }, versions }));
          return;
        }
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found' }));
      });
      await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
      registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
    });
    afterAll(() => new Promise<void>((resolve) => registry.close(() => resolve())));

    const env = () => ({ npm_config_registry: registryUrl, npm_config_fetch_retries: '0', npm_config_cache: join(scratch, 'npm-cache'), GITHUB_REPOSITORY: 'acme/ai-governance-gate', GITHUB_SERVER_URL: 'https://github.com' });

    it('dry run: checks the package, names the repository for provenance, and runs npm publish --dry-run', async () => {
      published = [];
      const r = await scriptAsync(repo, 'publish-npm.mjs', ['--dry-run'], env());
      expect([r.code, r.code === 0 ? '' : r.stderr.slice(-2000)]).toEqual([0, '']);
      expect(r.stdout).toContain('Would set repository.url to git+https://github.com/acme/ai-governance-gate.git for provenance.');
      expect(r.stdout).toContain(`Dry run: would publish ${pkg.name}@${VERSION} with provenance.`);
      expect(r.stderr).toContain(`${pkg.name}@${VERSION}`);
      expect(seen).toContain(`GET /${pkg.name}`);
      expect(seen.filter((s) => s.startsWith('PUT'))).toEqual([]);
      // A dry run changes no file.
      expect(repo.git('status', '--porcelain')).toBe('');
    });

    it('does nothing when the registry already has the version', async () => {
      published = [VERSION];
      const r = await scriptAsync(repo, 'publish-npm.mjs', ['--dry-run'], env());
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${pkg.name}@${VERSION} is already on ${registryUrl}; nothing to publish.`);
    });

    it('stops when the registry cannot be asked', () => {
      const r = script(repo, 'publish-npm.mjs', ['--dry-run'], { ...env(), npm_config_registry: 'http://127.0.0.1:9/' });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Could not ask the registry whether ${pkg.name}@${VERSION} exists`);
      expect(existsSync(join(repo.dir, 'package.json'))).toBe(true);
    });
  });
});
