/**
 * An asynchronous spawn for the processes tests start while servers in the test's own process answer
 * them (the bundle's runs, `report`, gitlab-ci-local), started from the small helper process
 * (lean-spawner.mjs --async) instead of the Jest worker. Forking a worker of a few hundred megabytes
 * copies its page tables, and every page it writes afterwards faults once more: tens of milliseconds
 * per child, paid again in the worker's own time. Each test file starts one helper when it first needs
 * one; the helper is let go after a few idle seconds, and never keeps the worker alive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from './corpus.js';
import { frame, frameReader } from './frames.mjs';

export interface LeanSpawnOptions {
  cwd?: string;
  /** The whole environment of the child (as spawn's `env`); the test process's when left out. */
  env?: NodeJS.ProcessEnv;
  /** Written to the child's standard input, which is then closed; without it, stdin is /dev/null. */
  input?: string | Buffer;
  /** Milliseconds after which the child is sent `killSignal`. */
  timeout?: number;
  killSignal?: NodeJS.Signals;
}

export interface LeanRun {
  /** The exit code, or null when a signal ended the child. */
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

interface Answer {
  id: number;
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  error?: { message: string; code?: string };
}

interface Helper {
  child: ChildProcess;
  waiting: Map<number, (a: Answer) => void>;
  next: number;
  idle?: NodeJS.Timeout;
}

const IDLE_MS = 3_000;
let current: Helper | undefined;

/** While answers are awaited the helper holds the event loop like any child would; idle, it does not. */
function hold(h: Helper, on: boolean): void {
  const streams = [h.child.stdout, h.child.stdin] as unknown as Socket[];
  if (on) {
    h.child.ref();
    streams.forEach((s) => s.ref());
  } else {
    h.child.unref();
    streams.forEach((s) => s.unref());
  }
}

function started(): Helper {
  if (current) return current;
  const child = spawn(process.execPath, [join(projectRoot, 'test/helpers/lean-spawner.mjs'), '--async'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const h: Helper = { child, waiting: new Map(), next: 1 };
  child.stdout.on(
    'data',
    frameReader((text) => {
      const a = JSON.parse(text) as Answer;
      h.waiting.get(a.id)?.(a);
      h.waiting.delete(a.id);
      if (h.waiting.size === 0) letGo(h);
    }),
  );
  child.on('exit', (code) => {
    if (current === h) current = undefined;
    for (const [id, deliver] of h.waiting) deliver({ id, status: null, signal: null, stdout: '', stderr: '', error: { message: `the spawn helper exited (${code})`, code: 'HELPER_EXITED' } });
    h.waiting.clear();
  });
  current = h;
  return h;
}

/** Unused for IDLE_MS, the helper's input is closed and it leaves; the next call starts another. */
function letGo(h: Helper): void {
  hold(h, false);
  h.idle = setTimeout(() => {
    if (current === h) current = undefined;
    h.child.stdin!.end();
  }, IDLE_MS);
  h.idle.unref();
}

/** Runs `file args` to its end through the helper; rejects only when the child cannot be started. */
export function leanSpawn(file: string, args: string[], options: LeanSpawnOptions = {}): Promise<LeanRun> {
  const h = started();
  clearTimeout(h.idle);
  hold(h, true);
  const id = h.next++;
  const request = {
    id,
    file,
    args,
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.input === undefined ? undefined : Buffer.from(options.input).toString('base64'),
    timeout: options.timeout,
    killSignal: options.killSignal,
  };
  return new Promise((resolve, reject) => {
    h.waiting.set(id, (a) => {
      if (a.error) reject(Object.assign(new Error(`${file} ${args.join(' ')}: ${a.error.message}`), { code: a.error.code }));
      else resolve({ code: a.status, signal: a.signal, stdout: Buffer.from(a.stdout, 'base64').toString('utf8'), stderr: Buffer.from(a.stderr, 'base64').toString('utf8') });
    });
    h.child.stdin!.write(frame(request));
  });
}
