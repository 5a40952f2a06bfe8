/**
 * Bench child: the whole gate on a change, run in this one process as the CLI runs it (range, change,
 * attribution, risk, evaluation, summary, audit record and statement written), after one untimed run
 * that loads its modules and warms the JIT. Without Node's start-up and module loading, what is left
 * grows with the change, so its time per file shows whether the gate stays linear from small to large.
 * Prints the median.
 *
 * Usage: run-change REPO BASE HEAD OUT-DIR RUNS
 */
import { join } from 'node:path';
import { runGate } from '../../src/app/run-gate.js';
import { selectPlatform } from '../../src/platform/select.js';
import { median } from '../measure.js';

const [repo, base, head, out, runsArg] = process.argv.slice(2);
if (repo === undefined || base === undefined || head === undefined || out === undefined) throw new Error('usage: run-change REPO BASE HEAD OUT-DIR RUNS');
const runs = Number(runsArg ?? 5);
const argv = ['--repo', repo, '--base', base, '--head', head, '--mode', 'warn', '--audit-file', join(out, 'a.json'), '--statement-file', join(out, 's.json')];
// What the CLI would print goes nowhere: the terminal is not what is measured.
const term = { write: (): void => undefined, isTTY: false, env: {} };

async function once(): Promise<number> {
  const result = await runGate(await selectPlatform(argv, {}, term), { cwd: out!, now: new Date() });
  return result.change.files.length;
}

let files = await once();
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  files = await once();
  times.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ files, gateMs: median(times), maxRssKB: process.resourceUsage().maxRSS }) + '\n');
