/**
 * `execFileSync` for the many short git commands tests run to build repositories, started from a
 * small helper process instead of the Jest worker. Forking copies the parent's page tables, so each
 * child of a worker holding a few hundred megabytes costs several times what it costs from a process of
 * a few dozen; with thousands of git commands per run that was a large part of `npm test`. The calls
 * stay synchronous: the worker thread relays each request to the helper (lean-spawner.mjs) while this
 * thread waits on a shared flag, then takes the answer from the message port.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { join } from 'node:path';
import { projectRoot } from './corpus.js';

export interface LeanExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  encoding?: 'utf8';
  /** Milliseconds; the child is killed after it, as execFileSync does. */
  timeout?: number;
  maxBuffer?: number;
}

interface Answer {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  error?: { message: string; code?: string };
}


const WAIT_MS = 300_000;
/** A relay ends itself after this long unused, and is not reused after most of it has passed. */
const IDLE_MS = 5_000;

interface Relay {
  flag: Int32Array;
  port: MessagePort;
  lastUsed: number;
}

/**
 * Where the relay is kept: on the worker_threads module, which every test file a Jest worker runs shares
 * (each file has its own copy of this module). Files run one after another, so they take turns with one
 * relay instead of each starting a thread and a helper process of its own.
 */
const KEPT = Symbol.for('ai-governance-gate.lean-exec.relay');
const shared = Worker as unknown as { [KEPT]?: Relay };

function started(): Relay {
  const kept = shared[KEPT];
  if (kept && Date.now() - kept.lastUsed < IDLE_MS - 1_500) return kept;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(projectRoot, 'test/helpers/lean-relay.mjs'), { workerData: { flag, port: port2, script: join(projectRoot, 'test/helpers/lean-spawner.mjs'), idleMs: IDLE_MS }, transferList: [port2] });
  // Neither the thread nor the port may keep the process alive: unused, the relay ends itself.
  worker.unref();
  port1.unref();
  const relay = { flag, port: port1, lastUsed: Date.now() };
  shared[KEPT] = relay;
  return relay;
}

export interface LeanSpawnResult<T extends string | Buffer> {
  status: number | null;
  signal: string | null;
  stdout: T;
  stderr: T;
  /** Set when the process could not be started or was killed for its timeout, as spawnSync reports it. */
  error?: { message: string; code?: string };
}

/** spawnSync's answer (the exit status, never an exception for a failing command), through the helper. */
export function leanSpawnSync(file: string, args: string[], options: LeanExecOptions & { encoding: 'utf8' }): LeanSpawnResult<string>;
export function leanSpawnSync(file: string, args: string[], options?: LeanExecOptions): LeanSpawnResult<Buffer>;
export function leanSpawnSync(file: string, args: string[], options: LeanExecOptions = {}): LeanSpawnResult<string | Buffer> {
  const current = started();
  const { flag, port } = current;
  Atomics.store(flag, 0, 0);
  const input = options.input === undefined ? undefined : Buffer.from(options.input).toString('base64');
  port.postMessage(JSON.stringify({ file, args, cwd: options.cwd, env: options.env ?? process.env, input, timeout: options.timeout, maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024 }));
  if (Atomics.wait(flag, 0, 0, WAIT_MS) === 'timed-out') throw new Error(`${file} ${args.join(' ')}: no answer from the spawn helper within ${WAIT_MS / 1000} s`);
  current.lastUsed = Date.now();
  const received = receiveMessageOnPort(port);
  if (!received) throw new Error(`${file} ${args.join(' ')}: the spawn helper signalled without an answer`);
  const a = JSON.parse(received.message as string) as Answer;
  // A helper that died answers nothing more: the next call starts a new one.
  if (a.error?.code === 'HELPER_EXITED' && shared[KEPT] === current) delete shared[KEPT];
  const out = (text: string) => (options.encoding ? Buffer.from(text, 'base64').toString(options.encoding) : Buffer.from(text, 'base64'));
  return { status: a.status, signal: a.signal, stdout: out(a.stdout), stderr: out(a.stderr), ...(a.error ? { error: a.error } : {}) };
}

/** execFileSync's contract: stdout, or an exception carrying status, stdout and stderr when the command fails. */
export function leanExecFileSync(file: string, args: string[], options: LeanExecOptions & { encoding: 'utf8' }): string;
export function leanExecFileSync(file: string, args: string[], options?: LeanExecOptions): Buffer;
export function leanExecFileSync(file: string, args: string[], options: LeanExecOptions = {}): string | Buffer {
  const r = leanSpawnSync(file, args, options);
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`;
    throw Object.assign(new Error(`Command failed: ${file} ${args.join(' ')} (${why})\n${r.stderr.toString()}`), {
      status: r.status,
      signal: r.signal,
      code: r.error?.code,
      stdout: r.stdout,
      stderr: r.stderr,
    });
  }
  return r.stdout;
}
