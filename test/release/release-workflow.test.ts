/**
 * The GitHub release workflow (actionlint runs over it with every workflow, in
 * test/platform/github/workflows.test.ts): it runs on release tags only, checks before it publishes,
 * and its steps are the release scripts the dry-run suite exercises, wired to the outputs those
 * scripts write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { projectRoot } from '../helpers/corpus.js';

type Json = Record<string, any>;
const text = readFileSync(join(projectRoot, '.github/workflows/release.yml'), 'utf8');
const wf = load(text) as Json;
const prepareSource = readFileSync(join(projectRoot, 'scripts/release/prepare.mjs'), 'utf8');

/** GitHub's filter pattern syntax for tags (`+`, `*`, `?`, `[...]`), as a regular expression. */
function filterPattern(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '[') {
      const end = pattern.indexOf(']', i);
      re += pattern.slice(i, end + 1);
      i = end;
    } else if (c === '*') re += pattern[i + 1] === '*' ? '.*' : '[^/]*';
    else if (c === '+' || c === '?') re += c;
    else re += c.replace(/[.\\^$(){}|]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const runs = (job: string): string[] => (wf.jobs[job].steps as Json[]).flatMap((s) => (typeof s.run === 'string' ? [s.run] : []));

describe('.github/workflows/release.yml', () => {
  it('runs for vX.Y.Z tags and nothing else', () => {
    expect(Object.keys(wf.on)).toEqual(['push']);
    expect(wf.on.push.branches).toBeUndefined();
    const patterns = (wf.on.push.tags as string[]).map(filterPattern);
    const matches = (tag: string) => patterns.some((p) => p.test(tag));
    expect(['v0.1.0', 'v1.22.333'].map(matches)).toEqual([true, true]);
    expect(['v1.2', '1.2.3', 'v1.2.3-rc.1', 'v1', 'main'].map(matches)).toEqual([false, false, false, false, false]);
  });

  it('checks the bundle and the versions before anything is published', () => {
    expect(runs('prepare')).toEqual(expect.arrayContaining(['scripts/check-build.sh', expect.stringMatching(/^node scripts\/release\/prepare\.mjs "\$TAG" /)]));
    for (const job of ['github-release', 'npm', 'image']) expect([job, wf.jobs[job].needs]).toEqual([job, 'prepare']);
  });

  it('reads only outputs the prepare script writes', () => {
    const read = [...text.matchAll(/steps\.prepare\.outputs\.(\w+)/g)].map((m) => m[1]!);
    expect(read.length).toBeGreaterThan(0);
    for (const key of read) expect([key, prepareSource.includes(`${key}:`)]).toEqual([key, true]);
    const jobOutputs = [...text.matchAll(/needs\.prepare\.outputs\.([\w-]+)/g)].map((m) => m[1]!);
    for (const key of jobOutputs) expect([key, key in wf.jobs.prepare.outputs]).toEqual([key, true]);
  });

  it('calls scripts that exist: the release, the major tag, npm with provenance', () => {
    const all = Object.keys(wf.jobs).flatMap(runs).join('\n');
    const scripts = [...all.matchAll(/(scripts\/[\w/.-]+)/g)].map((m) => m[1]!);
    expect(scripts).toEqual(expect.arrayContaining(['scripts/release/prepare.mjs', 'scripts/release/move-major-tag.mjs', 'scripts/release/publish-npm.mjs']));
    for (const s of scripts) expect([s, existsSync(join(projectRoot, s))]).toEqual([s, true]);
    expect(runs('github-release').join('\n')).toMatch(/gh release create "\$TAG" --verify-tag .*--notes-file release-notes\.md/);
  });

  it('pushes the image to the owner\'s registry, tagged with the version, from the Dockerfile', () => {
    const build = (wf.jobs.image.steps as Json[]).find((s) => /^docker\/build-push-action@v\d+$/.test(s.uses ?? ''))!;
    expect(build.with).toEqual(expect.objectContaining({ context: '.', push: true, tags: '${{ steps.name.outputs.image }}:${{ needs.prepare.outputs.version }}' }));
    expect(runs('image').join('\n')).toContain('ghcr.io/${OWNER,,}/ai-governance-gate');
    expect(wf.jobs.image.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect(wf.jobs.npm.permissions['id-token']).toBe('write');
    expect(wf.jobs.npm.if).toBe("vars.PUBLISH_NPM == 'true'");
  });
});
