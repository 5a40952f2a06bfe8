/**
 * Runs git with arguments as an array (never through a shell) and returns raw stdout as a Buffer, so
 * NUL-separated output and non-UTF-8 paths survive. Failures become InputError with git's own words.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { InputError } from '../../core/errors.js';

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export function gitRaw(repo: string, args: string[], input?: string, timeoutMs?: number): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotepath=off', '-c', 'color.ui=never', ...args], {
      cwd: repo,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGKILL' as const } : {}),
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    // A working directory that does not exist fails the spawn with the same ENOENT as a missing git.
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code !== 'ENOENT'
          ? e
          : existsSync(repo)
            ? new InputError('git is not installed or not on PATH.', 'Install git (apt-get install git) and run again.')
            : new InputError(`Repository directory ${repo} does not exist.`, 'Run the gate inside a git clone, or pass --repo DIR pointing to one.'),
      ),
    );
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }),
    );
    if (input !== undefined && child.stdin) {
      // git may exit before reading everything; that is its answer, not our error.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
  });
}

/** Runs git and returns stdout as text; a non-zero exit throws InputError carrying git's message. */
const INCOMPLETE_CLONE_HINT =
  'The clone may be incomplete or shallow: on GitHub Actions set `fetch-depth: 0` on actions/checkout, on GitLab CI set `GIT_DEPTH: 0`, locally run `git fetch --unshallow`.';

/** git's own words, one line each, indented under what failed. */
function gitFailure(args: string[], r: GitResult): string {
  const lines = r.stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return `git ${args[0]} failed${lines.length ? ':\n' + lines.map((l) => `    ${l}`).join('\n') : ` (exit code ${r.code})`}`;
}

export async function git(repo: string, args: string[], hint?: string): Promise<string> {
  const r = await gitRaw(repo, args);
  if (r.code !== 0) throw new InputError(gitFailure(args, r), hint ?? INCOMPLETE_CLONE_HINT);
  return r.stdout.toString('utf8');
}
