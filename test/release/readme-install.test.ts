/**
 * The README's Installation, Rollout at scale and Releases sections are runnable as written: every
 * shell block there is run here (against local repositories standing in for GitHub, GitLab and your
 * mirror: only the `UPSTREAM=`, `MIRROR=` and `VERSION=` assignments are replaced), and every YAML block
 * is valid GitLab CI.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../helpers/corpus.js';
import { TempRepo } from '../helpers/git-repo.js';
import { gitlabCiValidator } from '../platform/gitlab/ci-schema.js';
import { leanExecFileSync, leanSpawnSync } from '../helpers/lean-exec.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

function section(start: string, end: string): string {
  const from = readme.indexOf(`\n## ${start}\n`);
  const to = readme.indexOf(`\n## ${end}\n`, from + 1);
  expect([start, from >= 0 && to > from]).toEqual([start, true]);
  return readme.slice(from, to);
}

const sections = {
  installation: section('Installation', 'GitHub Action'),
  rollout: section('Rollout at scale', 'Releases'),
  releases: section('Releases', 'Policy'),
};
const blocks = (text: string, lang: string) => [...text.matchAll(new RegExp('^ *```' + lang + '\\n([\\s\\S]*?)^ *```', 'gm'))].map((m) => m[1]!.replace(/^ {3}/gm, ''));

/** Runs a README shell block with some of its `NAME=value` lines replaced. */
function runBlock(block: string, assignments: Record<string, string>, cwd: string) {
  let script = block;
  for (const [name, value] of Object.entries(assignments)) {
    const line = new RegExp(`^${name}=.*$`, 'm');
    expect([name, line.test(script)]).toEqual([name, true]);
    script = script.replace(line, `${name}=${JSON.stringify(value)}`);
  }
  const r = leanSpawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Release', GIT_AUTHOR_EMAIL: 'release@example.com', GIT_COMMITTER_NAME: 'Release', GIT_COMMITTER_EMAIL: 'release@example.com' } });
  return { code: r.status, out: r.stdout + r.stderr };
}

const refs = (gitDir: string) => leanExecFileSync('git', ['--git-dir', gitDir, 'for-each-ref', '--format=%(refname) %(objectname)'], { encoding: 'utf8' }).trim().split('\n').sort();

describe('README: Installation, Rollout at scale, Releases', () => {
  let scratch: string;
  let upstream: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'gate-readme-'));
    // "Upstream": a repository like this one, with its bundle and a release tag and major tag.
    const src = new TempRepo('gate-readme-upstream-');
    cpSync(join(projectRoot, 'dist'), join(src.dir, 'dist'), { recursive: true });
    cpSync(join(projectRoot, 'action.yml'), join(src.dir, 'action.yml'));
    src.commit('Release');
    src.git('tag', `v${pkg.version}`);
    src.git('tag', `v${pkg.version.split('.')[0]}`);
    upstream = join(scratch, 'upstream.git');
    leanExecFileSync('git', ['clone', '-q', '--bare', src.dir, upstream]);
    src.cleanup();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has the mirror commands for GitHub and GitLab, and the release commands', () => {
    expect(blocks(sections.installation, 'sh')).toHaveLength(2);
    expect(blocks(sections.releases, 'sh')).toHaveLength(1);
  });

  it.each(blocks(sections.installation, 'sh').map((b, i) => [i === 0 ? 'GitHub' : 'GitLab', b] as const))('the %s mirror commands copy every branch and tag', (_platform, block) => {
    const cwd = mkdtempSync(join(scratch, 'mirror-'));
    const mirror = join(cwd, 'your-mirror.git');
    leanExecFileSync('git', ['init', '-q', '--bare', mirror]);
    const r = runBlock(block, { UPSTREAM: upstream, MIRROR: mirror }, cwd);
    expect([r.code, r.out]).toEqual([0, expect.any(String)]);
    expect(refs(mirror)).toEqual(refs(upstream));
    expect(refs(mirror).some((l) => l.startsWith(`refs/tags/v${pkg.version} `))).toBe(true);
    // The action runs from the mirror as it is: the bundle is there.
    expect(leanExecFileSync('git', ['--git-dir', mirror, 'cat-file', '-t', `v${pkg.version}:dist/index.js`], { encoding: 'utf8' }).trim()).toBe('blob');
  });

  it('the release commands set, check, commit, tag and push a release', () => {
    const [major, minor] = pkg.version.split('.').map(Number) as [number, number];
    const next = `${major}.${minor + 1}.0`;
    const repo = new TempRepo('gate-readme-release-');
    try {
      for (const f of ['package.json', 'package-lock.json', 'Dockerfile', 'README.md', 'templates', 'scripts']) cpSync(join(projectRoot, f), join(repo.dir, f), { recursive: true });
      repo.commit(`Release ${pkg.version}`);
      const origin = join(scratch, 'release-origin.git');
      leanExecFileSync('git', ['init', '-q', '--bare', origin]);
      repo.git('remote', 'add', 'origin', origin);
      const r = runBlock(blocks(sections.releases, 'sh')[0]!, { VERSION: next }, repo.dir);
      expect([r.code, r.out]).toEqual([0, expect.stringContaining(`v${next}: all`)]);
      const tagged = leanExecFileSync('git', ['--git-dir', origin, 'rev-parse', `v${next}^{commit}`], { encoding: 'utf8' }).trim();
      expect(tagged).toBe(repo.git('rev-parse', 'HEAD').trim());
      expect(JSON.parse(leanExecFileSync('git', ['--git-dir', origin, 'show', `v${next}:package.json`], { encoding: 'utf8' })).version).toBe(next);
      expect(leanExecFileSync('git', ['--git-dir', origin, 'show', `v${next}:Dockerfile`], { encoding: 'utf8' })).toContain(`org.opencontainers.image.version="${next}"`);
    } finally {
      repo.cleanup();
    }
  });

  it('its GitLab CI snippets are valid GitLab CI', () => {
    const yaml = [...blocks(sections.installation, 'yaml'), ...blocks(sections.rollout, 'yaml'), ...blocks(sections.releases, 'yaml')];
    expect(yaml.length).toBeGreaterThan(0);
    const validate = gitlabCiValidator();
    for (const block of yaml) expect(validate(load(block, { schema: YAML11_SCHEMA }))).toEqual([]);
  });

  it('names only releases the version check knows: the README\'s versions are the package\'s', () => {
    const exact = [...readme.matchAll(/ai-governance-gate[@:]v?(\d+\.\d+\.\d+)\b/g)].map((m) => m[1]);
    expect(exact.length).toBeGreaterThan(3);
    expect(new Set(exact)).toEqual(new Set([pkg.version]));
  });
});
