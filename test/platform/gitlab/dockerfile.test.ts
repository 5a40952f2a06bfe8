/**
 * The image cannot be built here (no container engine), so the Dockerfile is checked by reading it:
 * its base, its pinned version, that every COPY source exists, and that the layout it creates runs:
 * the same files are laid out in a temporary directory the way the image lays them out, and the
 * `ai-governance-gate` command it links is started from there.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../helpers/corpus.js';

interface Instruction {
  op: string;
  args: string;
}

/** Dockerfile instructions: comments dropped, backslash continuations joined. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(\w+)\s+(.*)$/.exec(l)!;
      return { op: m[1]!.toUpperCase(), args: m[2]! };
    });
}

const dockerfile = instructions(readFileSync(join(projectRoot, 'Dockerfile'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const copies = dockerfile.filter((i) => i.op === 'COPY').map((i) => i.args.split(/\s+/) as [string, string]);

describe('Dockerfile', () => {
  it('builds on a Node 24 image with git', () => {
    expect(dockerfile[0]).toEqual({ op: 'FROM', args: expect.stringMatching(/^node:24\.\d+\.\d+-(alpine\d+\.\d+|bookworm-slim|trixie-slim)$/) });
    expect(dockerfile.some((i) => i.op === 'RUN' && /\b(apk add|apt-get install)\b.*\bgit\b/.test(i.args))).toBe(true);
  });

  it('is labelled with the release it carries', () => {
    const label = dockerfile.find((i) => i.op === 'LABEL')!.args;
    expect(label).toContain(`org.opencontainers.image.version="${pkg.version}"`);
  });

  it('copies files that exist, including the bundle and the package.json that makes it an ES module', () => {
    expect(copies.length).toBeGreaterThan(0);
    for (const [src] of copies) expect([src, existsSync(join(projectRoot, src))]).toEqual([src, true]);
    // The whole dist/ folder: the entry loads its chunks by relative path.
    const bundle = copies.find(([src]) => src === 'dist/')!;
    const manifest = copies.find(([src]) => src === 'package.json')!;
    expect(dirname(bundle[1])).toBe(dirname(manifest[1]));
    expect(pkg.type).toBe('module');
    expect(readFileSync(join(projectRoot, 'dist/index.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('has no ENTRYPOINT, so GitLab can run the job script in it', () => {
    expect(dockerfile.some((i) => i.op === 'ENTRYPOINT')).toBe(false);
  });

  it('lays out a command that runs', () => {
    const root = mkdtempSync(join(tmpdir(), 'gate-image-'));
    try {
      for (const [src, dest] of copies) {
        mkdirSync(dirname(join(root, dest)), { recursive: true });
        // COPY of a folder copies its contents into the destination folder, as cpSync does.
        if (src.endsWith('/')) cpSync(join(projectRoot, src), join(root, dest), { recursive: true });
        else copyFileSync(join(projectRoot, src), join(root, dest));
      }
      const link = /ln -s (\S+) (\S+)/.exec(dockerfile.filter((i) => i.op === 'RUN').map((i) => i.args).join(' '))!;
      mkdirSync(dirname(join(root, link[2]!)), { recursive: true });
      symlinkSync(join(root, link[1]!), join(root, link[2]!));
      const r = spawnSync(process.execPath, [join(root, link[2]!), '--version'], { encoding: 'utf8', cwd: root });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(pkg.version);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
