/**
 * A `git` first on PATH that notes each command and runs the real git: how many git processes a run of
 * the bundle starts is a promise the README makes, counted here as the API requests are counted.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leanExecFileSync } from './lean-exec.js';

export interface GitCounter {
  /** PATH with the counting git first. */
  path: string;
  /** The commands started so far, one line each (git's arguments). */
  commands(): string[];
  cleanup(): void;
}

export function gitCounter(): GitCounter {
  const real = leanExecFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'gate-git-counter-'));
  const log = join(dir, 'commands.log');
  writeFileSync(log, '');
  const script = join(dir, 'git');
  writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(script, 0o755);
  return {
    path: `${dir}:${process.env.PATH ?? ''}`,
    commands: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
