/**
 * `npm run bench`: the gate against baselines measured in the same run, on seeded inputs.
 *
 *   npm run bench              full run (about ten minutes on two cores, most of it jq on 1M results)
 *   npm run bench -- --quick   a subset for a fast check (about a minute)
 *   npm run bench -- --huge    also a 2 GiB SARIF file, read in parts (several minutes more)
 *   npm run bench -- --runs N  repetitions per measurement (medians are reported)
 *   npm run bench -- --only change,start   only some suites (start, pull, sarif, gitlab, cli, change, huge, shapes, codeql, change-shapes, report)
 *
 * Prints a table of ratios with their targets and writes bench/results/latest.json.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { constants as bufferConstants } from 'node:buffer';
import { auditRecordsInput, cacheDir, codeqlSarifInput, flatAddInput, gitlabInput, historyInput, repoInput, sarifInput } from './inputs.js';
import { manyGroupsPolicy } from './generate/issue-shapes.js';
import { seedRecords } from '../test/helpers/org-report/seed-records.js';
import { runnerEnv } from '../test/platform/github/support/run-action.js';
import { OWNER, PR_NUMBER, REPO, REPOSITORY, pullPayload, pullScenario } from '../test/platform/github/support/scenario.js';
import { hasGnuTime, interleaved, run, type Summary } from './measure.js';
import { printTable, type Row } from './table.js';
import type { GeneratedReport } from './generate/sarif.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.env.GATE_BENCH_ROOT ?? join(here, '../../../..');
const dist = join(root, 'dist/index.js');
const entry = (name: string): string => join(here, `${name}.mjs`);
const node = process.execPath;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const huge = args.includes('--huge');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 3 : 5;
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1]!.split(',')) : undefined;
const wanted = (suite: string): boolean => only === undefined || only.has(suite);

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const rows: Row[] = [];
const notes: string[] = [];
const started = performance.now();

function ensureJq(): boolean {
  if (spawnSync('jq', ['--version']).status === 0) return true;
  log('jq is missing: installing it from Debian (apt-get install -y jq) …');
  const r = spawnSync('apt-get', ['install', '-y', '-q', 'jq'], { stdio: 'inherit' });
  if (r.status === 0 && spawnSync('jq', ['--version']).status === 0) return true;
  notes.push('jq could not be installed (apt-get needs root and network); the jq rows are missing.');
  return false;
}

function warnIfDistStale(): void {
  const built = statSync(dist).mtimeMs;
  const newer: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && statSync(p).mtimeMs > built) newer.push(p);
    }
  };
  walk(join(root, 'src'));
  if (newer.length) notes.push(`dist/index.js is older than ${newer.length} source file(s): run \`npm run build\` first for the CLI rows to measure the current code.`);
}

const reportRuns = (bytes: number): number => (bytes > 300 * 2 ** 20 ? Math.min(RUNS, 3) : RUNS);
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;
const kilo = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

interface ReaderReport {
  results: number;
  readMs: number;
  evaluateMs: number;
  readMaxRssKB: number;
  maxRssKB: number;
}

/** The last line of a child's stdout, as JSON. */
function report<T>(s: Pick<Summary, 'stdout'>): T {
  return JSON.parse(s.stdout.trim().split('\n').pop()!) as T;
}

/** What a user scripts instead; the SARIF filter is the one of `../shared/perf/jq-count.sh`, behind the figures. */
const jqFilter = (kind: 'sarif' | 'gitlab'): string =>
  kind === 'sarif'
    ? '[.runs[].results[] | .level // "warning"] | group_by(.) | map({(.[0]): length}) | add'
    : '[.vulnerabilities[] | .severity] | group_by(.) | map({(.[0]): length}) | add';

const perResult: Array<{ label: string; results: number; usPerResult: number; readUsPerResult: number }> = [];
/** Changes of each size: the whole gate's time per file in process (no start-up), and readChange's. */
const perFile: Array<{ size: number; usPerFile: number; readUsPerFile: number }> = [];

function reportSuite(kind: 'sarif' | 'gitlab', input: GeneratedReport, jq: boolean, whole: boolean, shape = ''): void {
  const label = `${shape}${kind === 'sarif' ? 'SARIF' : 'GitLab SAST'} ${kilo(input.results)} results (${mib(input.bytes)})`;
  const runs = reportRuns(input.bytes);
  log(`${label}: ${runs} runs …`);
  const bareFits = input.bytes <= bufferConstants.MAX_STRING_LENGTH;
  const commands: Record<string, () => ReturnType<typeof run>> = { gate: () => run(node, [entry('read-report'), input.path]) };
  if (bareFits) commands.bare = () => run(node, [entry('bare-parse'), input.path]);
  if (jq) commands.jq = () => run('jq', ['-c', jqFilter(kind), input.path]);
  // The floor against jq for a gate that must record which report it judged: the bare parse and the file's SHA-256.
  if (jq && bareFits) commands.digest = () => run(node, [entry('bare-parse'), input.path, '--digest']);
  if (whole) commands.whole = () => run(node, [entry('read-report'), input.path, String(Number.MAX_SAFE_INTEGER)]);
  const m = interleaved(commands, runs);
  const gate = m.gate!;
  const r = report<ReaderReport>(gate);
  if (r.results !== input.results) throw new Error(`${label}: the gate read ${r.results} results, the generator wrote ${input.results}`);
  if (!shape) perResult.push({ label, results: r.results, usPerResult: ((r.readMs + r.evaluateMs) * 1000) / r.results, readUsPerResult: (r.readMs * 1000) / r.results });
  const bare = m.bare;
  if (bare) {
    const b = report<{ results: number }>(bare);
    if (b.results !== input.results) throw new Error(`${label}: the bare baseline counted ${b.results} results`);
    rows.push({ group: 'report', what: `${label}: time, gate ÷ bare JSON.parse`, ours: gate.ms, base: bare.ms, unit: 'ms', target: 1.25 });
    rows.push({ group: 'report', what: `${label}: peak RSS, gate ÷ bare JSON.parse`, ours: gate.rssKB, base: bare.rssKB, unit: 'KiB', target: 1.5 });
    if (gate.cpuMs !== undefined) rows.push({ group: 'report', what: `${label}: CPU time, gate ÷ bare JSON.parse`, ours: gate.cpuMs, base: bare.cpuMs, unit: 'ms', target: 1.25 });
  } else {
    rows.push({ group: 'report', what: `${label}: time, gate (bare JSON.parse cannot: over V8's string limit)`, ours: gate.ms, unit: 'ms' });
    rows.push({ group: 'report', what: `${label}: peak RSS, gate`, ours: gate.rssKB, unit: 'KiB' });
  }
  if (m.jq) {
    rows.push({ group: 'report', what: `${label}: time, gate ÷ jq`, ours: gate.ms, base: m.jq.ms, unit: 'ms', target: 0.5 });
    rows.push({ group: 'report', what: `${label}: peak RSS, gate ÷ jq`, ours: gate.rssKB, base: m.jq.rssKB, unit: 'KiB' });
    if (gate.cpuMs !== undefined) rows.push({ group: 'report', what: `${label}: CPU time, gate ÷ jq`, ours: gate.cpuMs, base: m.jq.cpuMs, unit: 'ms', target: 0.5 });
    if (bare?.cpuMs !== undefined) rows.push({ group: 'report', what: `${label}: the floor, bare JSON.parse's CPU time ÷ jq`, ours: bare.cpuMs, base: m.jq.cpuMs, unit: 'ms' });
    if (m.digest?.cpuMs !== undefined) rows.push({ group: 'report', what: `${label}: the floor with the report's SHA-256 (the audit record's), CPU time ÷ jq`, ours: m.digest.cpuMs, base: m.jq.cpuMs, unit: 'ms' });
  }
  if (m.whole && bare) {
    rows.push({ group: 'report', what: `${label}: time, gate read whole (no parts) ÷ bare`, ours: m.whole.ms, base: bare.ms, unit: 'ms' });
    rows.push({ group: 'report', what: `${label}: peak RSS, gate read whole (no parts) ÷ bare`, ours: m.whole.rssKB, base: bare.rssKB, unit: 'KiB' });
  }
}

/**
 * One row per measure and size past the smallest: its value at that size against the best value at a
 * smaller one (target ≤ 1.25×: time per unit flat or falling as the input grows).
 */
function againstSmallerSizes<T>(points: readonly T[], sizeOf: (p: T) => number, measures: ReadonlyArray<{ what: (size: string) => string; of: (p: T) => number }>): void {
  const sorted = [...points].sort((a, b) => sizeOf(a) - sizeOf(b));
  for (let i = 1; i < sorted.length; i++) {
    const size = kilo(sizeOf(sorted[i]!));
    for (const m of measures) {
      rows.push({ group: 'linear', what: `${m.what(size)} ÷ best smaller size`, ours: m.of(sorted[i]!), base: Math.min(...sorted.slice(0, i).map(m.of)), unit: 'µs', target: 1.25 });
    }
  }
}

function linearity(): void {
  againstSmallerSizes(
    perResult.filter((p) => p.label.startsWith('SARIF')),
    (p) => p.results,
    [
      { what: (size) => `SARIF time per result, read + evaluate, ${size}`, of: (p) => p.usPerResult },
      { what: (size) => `SARIF time per result, reading alone, ${size}`, of: (p) => p.readUsPerResult },
    ],
  );
  for (const p of perResult) notes.push(`${p.label}: ${p.usPerResult.toFixed(2)} µs per result in process (${p.readUsPerResult.toFixed(2)} reading, the rest evaluating).`);
  againstSmallerSizes(
    perFile,
    (p) => p.size,
    [
      { what: (size) => `change time per file, whole gate in process, ${size} files`, of: (p) => p.usPerFile },
      { what: (size) => `change time per file, readChange alone, ${size} files`, of: (p) => p.readUsPerFile },
    ],
  );
  for (const p of [...perFile].sort((a, b) => a.size - b.size)) notes.push(`change of ${kilo(p.size)} files: ${p.usPerFile.toFixed(1)} µs per file for the whole gate in process (${p.readUsPerFile.toFixed(1)} reading the change).`);
}

function coldStart(): void {
  const runs = quick ? 7 : 15;
  log(`cold start: ${runs} runs …`);
  const m = interleaved({ gate: () => run(node, [dist, '--version']), bare: () => run(node, ['-e', '0']) }, runs);
  rows.push({ group: 'start', what: 'cold start, node dist/index.js --version ÷ node -e 0', ours: m.gate!.ms, base: m.bare!.ms, unit: 'ms', target: 1.3 });
  rows.push({ group: 'start', what: 'cold start peak RSS, gate ÷ node -e 0', ours: m.gate!.rssKB, base: m.bare!.rssKB, unit: 'KiB' });
  const bytes = readFileSync(dist);
  rows.push({ group: 'start', what: 'bundle size, dist/index.js (gzip beside it)', ours: bytes.length / 1024, base: gzipSync(bytes).length / 1024, unit: 'KiB', plain: true });
}

/** A pull request's run as the Action, against a local server answering like GitHub, beside `node -e 0`. */
async function pullSuite(): Promise<void> {
  const runs = quick ? 7 : 15;
  log(`a pull request on GitHub: ${runs} runs …`);
  const s = pullScenario((r) => {
    for (let i = 0; i < 4; i++) r.write(`src/module${i}.ts`, `export const value${i} = ${i * 10};\n`);
  }, 'Change four modules');
  const server = spawn(node, [entry('github-api'), OWNER, REPO, String(PR_NUMBER), s.baseTip, s.head], { stdio: ['ignore', 'pipe', 'inherit'] });
  const files = mkdtempSync(join(tmpdir(), 'gate-bench-pull-'));
  try {
    const exited = once(server, 'exit').then(() => Promise.reject(new Error('the bench API server exited before it listened')));
    const [port] = (await Promise.race([once(server.stdout, 'data'), exited])) as [Buffer];
    const apiUrl = `http://127.0.0.1:${port.toString().trim()}`;
    const { env } = runnerEnv({ workspace: s.repo.dir, event: 'pull_request', payload: pullPayload(s), apiUrl, repository: REPOSITORY, inputs: { comment: 'never' } }, files);
    const m = interleaved({ gate: () => run(node, [dist], { cwd: s.repo.dir, env }), bare: () => run(node, ['-e', '0']) }, runs);
    const what = 'a pull request on GitHub (history cloned, 2 API requests, no comment)';
    rows.push({ group: 'pull', what: `${what}: CPU time, the Action's run ÷ node -e 0`, ours: m.gate!.cpuMs, base: m.bare!.cpuMs, unit: 'ms' });
    rows.push({ group: 'pull', what: `${what}: time, the Action's run ÷ node -e 0`, ours: m.gate!.ms, base: m.bare!.ms, unit: 'ms' });
  } finally {
    server.kill();
    s.repo.cleanup();
    rmSync(files, { recursive: true, force: true });
  }
}

function changeSuite(files: number): void {
  const repo = repoInput(files, log);
  const label = `change of ${kilo(files)} files`;
  log(`${label}: ${RUNS} runs …`);
  const inProcess = run(node, [entry('read-change'), repo.dir, repo.base, repo.head, String(RUNS)]);
  const r = report<{ files: number; gitMs: number; floorMs: number; gateMs: number }>(inProcess);
  if (r.files !== files) {
    // Past diff.renameLimit git skips inexact rename detection, so an edited rename counts as a delete and an add.
    notes.push(`${label}: git reports ${r.files} changed paths (renames with edits are a delete and an add once the change passes diff.renameLimit).`);
  }
  rows.push({ group: 'change', what: `${label}: readChange ÷ git diff --numstat -z (in one process)`, ours: r.gateMs, base: r.gitMs, unit: 'ms', target: 1.5 });
  // Below the target only if the one diff readChange needs (renames and copies found) is: its floor.
  rows.push({ group: 'change', what: `${label}: floor, the diff readChange needs (renames and copies) ÷ git diff --numstat -z`, ours: r.floorMs, base: r.gitMs, unit: 'ms' });
  const audit = mkdtempSync(join(tmpdir(), 'gate-bench-audit-'));
  try {
    const whole = report<{ files: number; gateMs: number }>(run(node, [entry('run-change'), repo.dir, repo.base, repo.head, audit, String(RUNS)]));
    if (whole.files !== r.files) throw new Error(`${label}: the gate judged ${whole.files} files, readChange read ${r.files}`);
    perFile.push({ size: files, usPerFile: (whole.gateMs * 1000) / whole.files, readUsPerFile: (r.gateMs * 1000) / r.files });
    const m = interleaved(
      {
        gate: () => run(node, [dist, '--repo', repo.dir, '--base', repo.base, '--head', repo.head, '--audit-file', join(audit, 'a.json'), '--mode', 'warn'], { cwd: audit }),
        git: () => run('git', ['diff', '--numstat', '-z', repo.base, repo.head], { cwd: repo.dir }),
      },
      RUNS,
    );
    rows.push({ group: 'change', what: `${label}: whole gate CLI, no reports ÷ git diff --numstat -z`, ours: m.gate!.ms, base: m.git!.ms, unit: 'ms' });
    rows.push({ group: 'change', what: `${label}: peak RSS, whole gate CLI ÷ git diff --numstat -z`, ours: m.gate!.rssKB, base: m.git!.rssKB, unit: 'KiB' });
  } finally {
    rmSync(audit, { recursive: true, force: true });
  }
}

function cliWithReport(input: GeneratedReport): void {
  const repo = repoInput(10, log);
  const label = `SARIF ${kilo(input.results)} results`;
  log(`whole gate CLI with ${label}: ${RUNS} runs …`);
  const audit = mkdtempSync(join(tmpdir(), 'gate-bench-audit-'));
  try {
    const m = interleaved(
      {
        gate: () => run(node, [dist, '--repo', repo.dir, '--base', repo.base, '--head', repo.head, '--reports', input.path, '--audit-file', join(audit, 'a.json'), '--mode', 'warn'], { cwd: audit }),
        bare: () => run(node, [entry('bare-parse'), input.path]),
      },
      RUNS,
    );
    rows.push({ group: 'report', what: `whole gate CLI, tiny repo, ${label}: time ÷ bare JSON.parse`, ours: m.gate!.ms, base: m.bare!.ms, unit: 'ms' });
    rows.push({ group: 'report', what: `whole gate CLI, tiny repo, ${label}: peak RSS ÷ bare JSON.parse`, ours: m.gate!.rssKB, base: m.bare!.rssKB, unit: 'KiB' });
  } finally {
    rmSync(audit, { recursive: true, force: true });
  }
}

function hugeSuite(): void {
  const input = sarifInput(1_600_000, log, 'flows');
  const label = `SARIF ${(input.results / 1e6).toFixed(1)}M results with code flows (${(input.bytes / 2 ** 30).toFixed(2)} GiB)`;
  const runs = Math.min(RUNS, 2);
  log(`${label}: ${runs} runs …`);
  const m = interleaved({ gate: () => run(node, [entry('read-report'), input.path]) }, runs);
  const r = report<ReaderReport>(m.gate!);
  if (r.results !== input.results) throw new Error(`${label}: the gate read ${r.results} results`);
  const GiB = 1024 * 1024;
  rows.push({ group: 'huge', what: `${label}: peak RSS of reading (in parts), vs 1 GiB`, ours: r.readMaxRssKB, base: GiB, unit: 'KiB', target: 1 });
  rows.push({ group: 'huge', what: `${label}: peak RSS of reading + evaluation, vs 1 GiB`, ours: m.gate!.rssKB, base: GiB, unit: 'KiB', target: 1 });
  rows.push({ group: 'huge', what: `${label}: time, reading + evaluation`, ours: m.gate!.ms, unit: 'ms' });
  notes.push(`${label}: ${((r.readMs * 1000) / r.results).toFixed(2)} µs per result reading, ${((r.evaluateMs * 1000) / r.results).toFixed(2)} µs evaluating.`);
}

/** Bytes of the chunks only `report` loads: reachable from its dynamic import, not from the gate's start-up. */
function reportChunkBytes(): { report: number; charts: number } {
  const chunks = join(root, 'dist/chunks');
  const closure = (file: string, seen: Set<string>, dynamic: boolean): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const pattern = dynamic ? /(?:from |import\()"\.\/(?:chunks\/)?([^"]+)"/g : /from "\.\/(?:chunks\/)?([^"]+)"/g;
    for (const m of text.matchAll(pattern)) closure(join(chunks, m[1]!), seen, dynamic);
    return seen;
  };
  const gate = closure(dist, new Set(), false);
  const reportEntry = readdirSync(chunks).find((f) => f.startsWith('run-report-'))!;
  const all = closure(join(chunks, reportEntry), new Set(), true);
  const own = [...all].filter((f) => !gate.has(f));
  const size = (files: string[]): number => files.reduce((n, f) => n + statSync(f).size, 0);
  const charts = own.filter((f) => /vega|build-/.test(f) || readFileSync(f, 'utf8').includes('vega-'));
  return { report: size(own), charts: size(charts) };
}

async function orgReportSuite(): Promise<void> {
  const seeds = await seedRecords();
  const out = mkdtempSync(join(tmpdir(), 'gate-bench-report-'));
  try {
    const small = auditRecordsInput(seeds, 1_000, log);
    const big = auditRecordsInput(seeds, quick ? 100_000 : 1_000_000, log);
    const label = `report of ${kilo(big.records)} audit records (${mib(big.bytes)} of JSON Lines)`;
    const runs = Math.min(RUNS, 3);
    log(`${label}: ${runs} runs …`);
    // The report as it runs by default (a thread per core), in one thread (--threads 1), and the bare read.
    const m = interleaved(
      {
        gate: () => run(node, [dist, 'report', big.path, '--out', join(out, 'big'), '--as-of', '2026-06-30']),
        one: () => run(node, [dist, 'report', big.path, '--out', join(out, 'one'), '--as-of', '2026-06-30', '--threads', '1']),
        bare: () => run(node, [entry('bare-lines'), big.path]),
      },
      runs,
    );
    for (const dir of ['big', 'one']) {
      const counted = JSON.parse(readFileSync(join(out, dir, 'report.json'), 'utf8')) as { records: number; input: { duplicates: number } };
      if (counted.records + counted.input.duplicates !== big.records) throw new Error(`${label}: the report counted ${counted.records} records, the generator wrote ${big.records}`);
    }
    const threads = availableParallelism();
    rows.push({ group: 'org-report', what: `${label}: time, report (${threads} threads) ÷ bare JSON.parse per line`, ours: m.gate!.ms, base: m.bare!.ms, unit: 'ms', target: 1.5 });
    rows.push({ group: 'org-report', what: `${label}: CPU time (all threads), report ÷ bare JSON.parse per line`, ours: m.gate!.cpuMs, base: m.bare!.cpuMs, unit: 'ms' });
    rows.push({ group: 'org-report', what: `${label}: time, report in 1 thread ÷ bare JSON.parse per line`, ours: m.one!.ms, base: m.bare!.ms, unit: 'ms' });
    rows.push({ group: 'org-report', what: `${label}: CPU time, report in 1 thread ÷ bare JSON.parse per line`, ours: m.one!.cpuMs, base: m.bare!.cpuMs, unit: 'ms' });
    rows.push({ group: 'org-report', what: `${label}: peak RSS, report (${threads} threads) ÷ bare JSON.parse per line`, ours: m.gate!.rssKB, base: m.bare!.rssKB, unit: 'KiB' });
    rows.push({ group: 'org-report', what: `${label}: peak RSS, report in 1 thread ÷ bare JSON.parse per line`, ours: m.one!.rssKB, base: m.bare!.rssKB, unit: 'KiB' });
    rows.push({ group: 'org-report', what: `${label}: time, report (${threads} threads) vs 60 s`, ours: m.gate!.ms / 1000, base: 60, unit: 's', target: 1 });
    rows.push({ group: 'org-report', what: `${label}: peak RSS (all threads), vs 500 MiB`, ours: m.gate!.rssKB, base: 500 * 1024, unit: 'KiB', target: 1 });
    const s = interleaved({ gate: () => run(node, [dist, 'report', small.path, '--out', join(out, 'small')]) }, runs);
    rows.push({ group: 'org-report', what: 'report of 1k records: time (start-up, loading Vega, rendering 11 charts)', ours: s.gate!.ms, unit: 'ms' });
    const chunks = reportChunkBytes();
    rows.push({ group: 'org-report', what: 'chunks only `report` loads: all (of them Vega + Vega-Lite)', ours: chunks.report / 1024, base: chunks.charts / 1024, unit: 'KiB', plain: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The whole CLI against a git baseline over the same range: wall and CPU time, peak RSS. */
function gateVersusGit(label: string, repo: { dir: string; base: string; head: string }, git: string[], target: number, extra: string[] = []): Record<string, Summary> {
  const audit = mkdtempSync(join(tmpdir(), 'gate-bench-audit-'));
  try {
    const m = interleaved(
      {
        gate: () => run(node, [dist, '--repo', repo.dir, '--base', repo.base, '--head', repo.head, '--audit-file', join(audit, 'a.json'), '--mode', 'warn', ...extra], { cwd: audit }),
        git: () => run('git', git, { cwd: repo.dir }),
        floor: () => run(node, [entry('bare-change'), join(audit, 'bare.json'), repo.dir, ...git]),
        node: () => run(node, ['-e', '0']),
      },
      RUNS,
    );
    const what = `${label}: whole gate CLI ÷ git ${git[0]} ${git.slice(1, 3).join(' ')}`;
    rows.push({ group: 'shapes', what: `${what}, time`, ours: m.gate!.ms, base: m.git!.ms, unit: 'ms', target });
    if (m.gate!.cpuMs !== undefined) rows.push({ group: 'shapes', what: `${what}, CPU time`, ours: m.gate!.cpuMs, base: m.git!.cpuMs, unit: 'ms', target });
    // The physical floor: Node's own start, and a Node program doing only the git command and the JSON list.
    if (m.node!.cpuMs !== undefined) rows.push({ group: 'shapes', what: `${label}: floor, node -e 0 ÷ the git command, CPU time`, ours: m.node!.cpuMs, base: m.git!.cpuMs, unit: 'ms' });
    if (m.floor!.cpuMs !== undefined) {
      rows.push({ group: 'shapes', what: `${label}: floor, a bare Node program (same git command, entries parsed and written as JSON) ÷ the git command, CPU time`, ours: m.floor!.cpuMs, base: m.git!.cpuMs, unit: 'ms' });
      rows.push({ group: 'shapes', what: `${label}: whole gate CLI ÷ that bare Node program, CPU time`, ours: m.gate!.cpuMs!, base: m.floor!.cpuMs, unit: 'ms' });
    }
    rows.push({ group: 'shapes', what: `${label}: peak RSS, gate ÷ git`, ours: m.gate!.rssKB, base: m.git!.rssKB, unit: 'KiB' });
    m.gate!.stdout = readFileSync(join(audit, 'a.json'), 'utf8');
    return m;
  } finally {
    rmSync(audit, { recursive: true, force: true });
  }
}

/** The shapes the performance figures were first taken on (bench/generate/issue-shapes.ts). */
function shapesSuite(jq: boolean): void {
  codeqlSuite(jq);
  changeShapesSuite();
}

/** The CodeQL-shaped SARIF alone, beside the bare parse and `jq`. */
function codeqlSuite(jq: boolean): void {
  reportSuite('sarif', codeqlSarifInput(quick ? 15_000 : 150_000, log), jq, false, 'CodeQL-shaped ');
}

/** The change shapes alone: a 20,000-file commit and an 80,000-commit history, each beside its floors. */
function changeShapesSuite(): void {
  const files = quick ? 2_000 : 20_000;
  const flat = flatAddInput(files, log);
  log(`a commit adding ${kilo(files)} files: ${RUNS} runs …`);
  const numstat = ['diff', '--numstat', '-z', flat.base, flat.head];
  gateVersusGit(`a commit adding ${kilo(files)} one-line files`, flat, numstat, 3);
  const policy = join(mkdtempSync(join(tmpdir(), 'gate-bench-policy-')), 'many-groups.yml');
  writeFileSync(policy, manyGroupsPolicy(100));
  gateVersusGit(`the same commit, a policy of 100 path groups`, flat, numstat, 3, ['--policy', policy]);
  const commits = quick ? 8_000 : 80_000;
  const history = historyInput(commits, log);
  log(`a history of ${kilo(commits)} commits: ${RUNS} runs …`);
  const m = gateVersusGit(`a history of ${kilo(commits)} commits`, history, ['log', '--numstat', `${history.base}..${history.head}`], 1.2);
  const record = m.gate!.stdout;
  const attribution = (JSON.parse(record) as { attribution: { commitDetail: { total: number; aiAssisted: number } } }).attribution.commitDetail;
  if (attribution.total !== commits || attribution.aiAssisted !== history.aiAssisted) {
    throw new Error(`a history of ${kilo(commits)} commits: the record counts ${attribution.total} commits (${attribution.aiAssisted} AI-assisted), the generator wrote ${commits} (${history.aiAssisted})`);
  }
  rows.push({ group: 'shapes', what: `a history of ${kilo(commits)} commits: audit record size (per-commit detail capped at 2000)`, ours: Buffer.byteLength(record) / 1024, unit: 'KiB' });
}

function environment(): Record<string, string> {
  const version = (cmd: string, a: string[]): string => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8' }).trim().split('\n')[0]!;
    } catch {
      return 'missing';
    }
  };
  return {
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    git: version('git', ['--version']),
    jq: version('jq', ['--version']),
    gnuTime: hasGnuTime ? 'yes' : 'no (peak RSS from the Node children only)',
    mode: quick ? 'quick' : huge ? 'full + huge' : 'full',
    runs: String(RUNS),
    inputs: cacheDir,
  };
}

warnIfDistStale();
const jq = wanted('sarif') || wanted('gitlab') || wanted('shapes') || wanted('codeql') ? ensureJq() : false;
if (wanted('start')) coldStart();
if (wanted('pull')) await pullSuite();
if (wanted('sarif')) {
  reportSuite('sarif', sarifInput(1_000, log), jq, !quick);
  reportSuite('sarif', sarifInput(100_000, log), jq, !quick);
  if (!quick) reportSuite('sarif', sarifInput(1_000_000, log), jq, false);
}
if (wanted('gitlab')) reportSuite('gitlab', gitlabInput(quick ? 10_000 : 100_000, log), jq, !quick);
if (wanted('cli') && !quick) cliWithReport(sarifInput(100_000, log));
if (wanted('change')) {
  changeSuite(1_000);
  // Three sizes, so the time per file shows its trend past the fixed costs that dominate the smallest.
  if (!quick) changeSuite(5_000);
  if (!quick) changeSuite(20_000);
}
linearity();
if (huge || only?.has('huge')) hugeSuite();
if (wanted('shapes')) shapesSuite(jq);
else {
  if (only?.has('codeql')) codeqlSuite(jq);
  if (only?.has('change-shapes')) changeShapesSuite();
}
if (wanted('report')) await orgReportSuite();

const env = environment();
const seconds = (performance.now() - started) / 1000;
printTable(rows, env, notes, seconds);
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), seconds, environment: env, rows, notes }, null, 2) + '\n');
log(`wrote ${join(out, 'latest.json')}`);
