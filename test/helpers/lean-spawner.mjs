// The small process that starts the tests' child processes for them (see lean-exec.ts and lean-spawn.ts):
// forking a process costs time in proportion to its memory, and a Jest worker holds hundreds of
// megabytes, this one a few dozen. Requests and answers are length-prefixed JSON on stdin and stdout.
// Without arguments it runs one command at a time with spawnSync; with --async it runs many at once and
// answers each under its request's id when it ends. Either leaves when its input ends.
import { spawn, spawnSync } from 'node:child_process';

const ASYNC = process.argv.includes('--async');


function answer(value) {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  process.stdout.write(Buffer.concat([head, body]));
}

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

// Chunks are joined once a whole request is in: joining at every chunk copies a large input over and over.
let chunks = [];
let buffered = 0;
let expected = -1;
const joined = () => {
  if (chunks.length > 1) chunks = [Buffer.concat(chunks, buffered)];
  return chunks[0];
};
process.stdin.on('data', (chunk) => {
  chunks.push(chunk);
  buffered += chunk.length;
  for (;;) {
    if (expected < 0) {
      if (buffered < 4) return;
      expected = joined().readUInt32BE(0);
    }
    if (buffered < 4 + expected) return;
    const all = joined();
    const request = JSON.parse(all.subarray(4, 4 + expected).toString('utf8'));
    const remainder = all.subarray(4 + expected);
    chunks = remainder.length > 0 ? [remainder] : [];
    buffered = remainder.length;
    expected = -1;
    if (ASYNC) runAsync(request);
    else runSync(request);
  }
});
process.stdin.on('end', () => process.exit(0));
