/**
 * Runs a command as a child process and measures it from outside: wall time around the spawn, and peak
 * resident memory from GNU time (`/usr/bin/time -f %M`) when it is installed — the one number that
 * counts for jq, git and Node alike. Without GNU time, a Node child's own report is used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  ms: number;
  /** Peak RSS in KiB, when known. */
  rssKB: number | undefined;
  /** User + system CPU time of the command, from GNU time (all its threads), when known. */
  cpuMs: number | undefined;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);
let scratch: string | undefined;

function timeFile(): string {
  if (scratch === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'gate-bench-time-'));
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    scratch = made;
  }
  return join(scratch, 'time.txt');
}

export function run(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const out = timeFile();
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', out, command, ...args]] : [command, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: opts.cwd, env: opts.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${r.status ?? r.signal}: ${(r.stderr ?? '').slice(-2000)}`);
  }
  let rssKB: number | undefined;
  let cpuMs: number | undefined;
  if (hasGnuTime) {
    const [rss, user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    rssKB = rss;
    cpuMs = (user! + sys!) * 1000;
  } else rssKB = fromChild(r.stdout);
  return { ms, rssKB, cpuMs, stdout: r.stdout };
}

function fromChild(stdout: string): number | undefined {
  try {
    const parsed = JSON.parse(stdout.trim().split('\n').pop() ?? '') as { maxRssKB?: number };
    return parsed.maxRssKB;
  } catch {
    return undefined;
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Summary {
  ms: number;
  rssKB: number | undefined;
  cpuMs: number | undefined;
  runs: number;
  /** The last run's stdout, for the child's own report. */
  stdout: string;
}

/**
 * Several commands measured `runs` times, interleaved (A B C, A B C, …) rather than one after the
 * other, so a noisy neighbour slows every side of a ratio alike. Medians of each.
 */
export function interleaved(commands: Record<string, () => Run>, runs: number): Record<string, Summary> {
  const all: Record<string, Run[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, f] of Object.entries(commands)) all[name]!.push(f());
  return Object.fromEntries(
    Object.entries(all).map(([name, rs]) => {
      const rss = rs.map((r) => r.rssKB).filter((x): x is number => x !== undefined);
      const cpu = rs.map((r) => r.cpuMs).filter((x): x is number => x !== undefined);
      return [name, { ms: median(rs.map((r) => r.ms)), rssKB: rss.length ? median(rss) : undefined, cpuMs: cpu.length ? median(cpu) : undefined, runs: rs.length, stdout: rs[rs.length - 1]!.stdout }];
    }),
  );
}
