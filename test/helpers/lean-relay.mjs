// Runs in a worker thread of the Jest worker (see lean-exec.ts): starts the spawn helper and passes its
// messages both ways, so the test's thread can wait for an answer synchronously.
import { spawn } from 'node:child_process';
import { workerData } from 'node:worker_threads';
import { frameReader, frameText } from './frames.mjs';

const { flag, port, script, idleMs } = workerData;
const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
let idle;
const rest = () => {
  idle = setTimeout(() => {
    child.kill();
    process.exit(0);
  }, idleMs);
};
const deliver = (text) => {
  port.postMessage(text);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  rest();
};
rest();
child.stdout.on('data', frameReader(deliver));
child.on('exit', (code) => deliver(JSON.stringify({ status: null, signal: null, stdout: '', stderr: '', error: { message: `the spawn helper exited (${code})`, code: 'HELPER_EXITED' } })));
port.on('message', (text) => {
  clearTimeout(idle);
  child.stdin.write(frameText(text));
});
