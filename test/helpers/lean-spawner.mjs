// The small process that starts the tests' child processes for them (see lean-exec.ts and lean-spawn.ts):
// forking a process costs time in proportion to its memory, and a Jest worker holds hundreds of
// megabytes, this one a few dozen. Requests and answers are length-prefixed JSON on stdin and stdout.
// Without arguments it runs one command at a time with spawnSync; with --async it runs many at once and
// answers each under its request's id when it ends. Either leaves when its input ends.
import { spawn, spawnSync } from 'node:child_process';
import { frame, frameReader } from './frames.mjs';

const ASYNC = process.argv.includes('--async');

const answer = (value) => process.stdout.write(frame(value));

const base64 = (b) => (b ? b.toString('base64') : '');
const input = (request) => (request.input === undefined ? undefined : Buffer.from(request.input, 'base64'));

function runSync(request) {
  const r = spawnSync(request.file, request.args, {
    cwd: request.cwd,
    env: request.env,
    input: input(request),
    maxBuffer: request.maxBuffer,
    timeout: request.timeout,
    windowsHide: true,
  });
  answer({
    status: r.status,
    signal: r.signal,
    stdout: base64(r.stdout),
    stderr: base64(r.stderr),
    error: r.error ? { message: r.error.message, code: r.error.code } : undefined,
  });
}

function runAsync(request) {
  const stdout = [];
  const stderr = [];
  let answered = false;
  let timer;
  const finish = (status, signal, error) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    answer({ id: request.id, status, signal, stdout: base64(Buffer.concat(stdout)), stderr: base64(Buffer.concat(stderr)), error });
  };
  const data = input(request);
  const child = spawn(request.file, request.args, { cwd: request.cwd, env: request.env, stdio: [data === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], windowsHide: true });
  child.stdout.on('data', (c) => stdout.push(c));
  child.stderr.on('data', (c) => stderr.push(c));
  // A child that exits without reading its input must not take the helper with it.
  child.stdin?.on('error', () => {});
  child.stdin?.end(data);
  if (request.timeout) timer = setTimeout(() => child.kill(request.killSignal ?? 'SIGTERM'), request.timeout);
  child.on('error', (e) => finish(null, null, { message: e.message, code: e.code }));
  child.on('close', (status, signal) => finish(status, signal, undefined));
}

process.stdin.on(
  'data',
  frameReader((text) => {
    const request = JSON.parse(text);
    if (ASYNC) runAsync(request);
    else runSync(request);
  }),
);
process.stdin.on('end', () => process.exit(0));
