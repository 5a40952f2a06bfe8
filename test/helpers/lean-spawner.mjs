// The small process that starts the tests' git commands for them (see lean-exec.ts): forking a process
// costs time in proportion to its memory, and a Jest worker holds hundreds of megabytes, this one a few
// dozen. Requests and answers are length-prefixed JSON on stdin and stdout, one at a time.
import { spawnSync } from 'node:child_process';

let pending = Buffer.alloc(0);

function answer(value) {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  process.stdout.write(Buffer.concat([head, body]));
}

function run(request) {
  const r = spawnSync(request.file, request.args, {
    cwd: request.cwd,
    env: request.env,
    input: request.input === undefined ? undefined : Buffer.from(request.input, 'base64'),
    maxBuffer: request.maxBuffer,
    timeout: request.timeout,
    windowsHide: true,
  });
  answer({
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ? r.stdout.toString('base64') : '',
    stderr: r.stderr ? r.stderr.toString('base64') : '',
    error: r.error ? { message: r.error.message, code: r.error.code } : undefined,
  });
}

process.stdin.on('data', (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  while (pending.length >= 4) {
    const size = pending.readUInt32BE(0);
    if (pending.length < 4 + size) break;
    const request = JSON.parse(pending.subarray(4, 4 + size).toString('utf8'));
    pending = pending.subarray(4 + size);
    run(request);
  }
});
process.stdin.on('end', () => process.exit(0));
