/**
 * gitbeaker is bundled into the GitLab chunk alone, and only a GitLab run loads that chunk: `--version`
 * and the local CLI start without parsing it. Which files a run loads is recorded by a module hook in
 * the started process, so the test sees what Node really loaded, not what the bundle seems to import.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectRoot } from '../../helpers/corpus.js';
import { tempRepos } from '../../helpers/git-repo.js';
import { cleanEnv, distEntry } from '../../helpers/run-dist.js';
import { leanSpawnSync } from '../../helpers/lean-exec.js';

const chunkDir = join(projectRoot, 'dist/chunks');
// Strings only gitbeaker's code holds: its base resource's check and its rate limiter's queue.
const GITBEAKER_MARKERS = ['requesterFn must be passed', 'RateLimiterQueue'];

/** The files of dist/ that a run of the bundle loads, in load order. */
function loadedBy(args: string[], cwd: string, env: Record<string, string> = {}): { code: number; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'gate-loads-'));
  try {
    const log = join(dir, 'loaded.txt');
    writeFileSync(log, '');
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
    const r = leanSpawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, distEntry, ...args], { cwd, env: cleanEnv(env), encoding: 'utf8', timeout: 60_000 });
    const dist = join(projectRoot, 'dist');
    const files = readFileSync(log, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u))
      .filter((p) => p.startsWith(dist))
      .map((p) => basename(p));
    return { code: r.status ?? -1, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isGitLabChunk = (f: string) => /^gitlab-[A-Z0-9]+\.js$/.test(f);
const isGitHubChunk = (f: string) => /^github-[A-Z0-9]+\.js$/.test(f);

describe('the GitLab client in the bundle', () => {
  const repo = tempRepos();

  it('is in the GitLab chunk and nowhere else', () => {
    const files = ['../index.js', ...readdirSync(chunkDir)];
    const holding = files.filter((f) => {
      const text = readFileSync(join(chunkDir, f), 'utf8');
      return GITBEAKER_MARKERS.some((m) => text.includes(m));
    });
    expect(holding).toHaveLength(1);
    expect(isGitLabChunk(holding[0]!)).toBe(true);
  });

  it('is not loaded by --version', () => {
    const run = loadedBy(['--version'], projectRoot);
    expect(run.code).toBe(0);
    expect(run.files).toContain('index.js');
    expect(run.files.filter(isGitLabChunk)).toEqual([]);
    expect(run.files.filter(isGitHubChunk)).toEqual([]);
  });

  it('is not loaded by a local run, and is loaded by a GitLab one', () => {
    const r = repo();
    r.write('src/app.ts', 'export const a = 1;\n').commit('base');
    r.write('src/app.ts', 'export const a = 2;\n').commit('change');
    const local = loadedBy(['--format', 'text'], r.dir);
    expect(local.code).toBe(0);
    expect(local.files.some((f) => f.startsWith('run-gate-'))).toBe(true);
    expect(local.files.filter(isGitLabChunk)).toEqual([]);
    // Without the job's variables the GitLab run stops with a usage error, after loading its platform.
    const gitlab = loadedBy([], r.dir, { GITLAB_CI: 'true' });
    expect(gitlab.files.filter(isGitLabChunk)).toHaveLength(1);
    expect(gitlab.files.filter(isGitHubChunk)).toEqual([]);
  });
});
