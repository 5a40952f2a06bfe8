/**
 * Bench child: the gate's change reading (readChange: range, files with renames and binary flags,
 * commits with trailers and line counts, patches of the files the risk checks read) against
 * `git diff --numstat -z` alone, and the diff with renames and copies that readChange runs (its floor),
 * all started from this one process, alternating, so process start-up and machine noise fall on each
 * alike. Prints the medians.
 *
 * Usage: read-change REPO BASE HEAD RUNS
 */
import { spawn } from 'node:child_process';
import { DIFF_FLAGS } from '../../src/gather/git/changed-files.js';
import { readChange } from '../../src/gather/git/read-change.js';
import { resolveRange } from '../../src/gather/git/range.js';
import { builtInPolicy } from '../../src/gather/policy.js';
import { needsContent } from '../../src/core/risk/destructive.js';
import { sensitiveGroupsOf } from '../../src/core/risk/sensitive.js';
import { median } from '../measure.js';

const [repo, base, head, runsArg] = process.argv.slice(2);
if (repo === undefined || base === undefined || head === undefined) throw new Error('usage: read-change REPO BASE HEAD RUNS');
const runs = Number(runsArg ?? 5);

function gitDiff(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['diff', ...args, base!, head!], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
    let bytes = 0;
    child.stdout.on('data', (d: Buffer) => (bytes += d.length));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(bytes) : reject(new Error(`git diff exited ${code}`))));
  });
}

const numstat = (): Promise<number> => gitDiff(['--numstat', '-z']);
/** The one diff readChange cannot do without: statuses, line counts, renames and copies (the floor of the ratio). */
const filesDiff = (): Promise<number> => gitDiff(['--raw', '--numstat', '-z', '--no-abbrev', ...DIFF_FLAGS]);

const policy = builtInPolicy().policy;
const groupsOf = sensitiveGroupsOf(policy);
const wants = (f: Parameters<typeof needsContent>[0]): boolean => needsContent(f, (p) => groupsOf(p).length > 0);

async function gateRead(): Promise<number> {
  const range = await resolveRange(repo!, { base, head });
  const change = await readChange(repo!, range, wants);
  return change.files.length;
}

const git: number[] = [];
const floor: number[] = [];
const gate: number[] = [];
let files = 0;
// One untimed round warms the page cache and the JIT for both sides.
await numstat();
await filesDiff();
await gateRead();
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  await numstat();
  git.push(performance.now() - t);
  t = performance.now();
  await filesDiff();
  floor.push(performance.now() - t);
  t = performance.now();
  files = await gateRead();
  gate.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ files, gitMs: median(git), floorMs: median(floor), gateMs: median(gate), maxRssKB: process.resourceUsage().maxRSS }) + '\n');
