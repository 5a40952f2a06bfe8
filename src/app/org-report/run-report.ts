/**
 * `ai-governance-gate report`: read audit records (files, and the platforms' artifacts when asked),
 * fold them into the organisation's numbers, and write the page, the JSON, the CSV files and the
 * chart specifications. Records stream through one at a time; nothing keeps them all.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { OrgAggregator } from '../../core/org-report/aggregate.js';
import { reportCharts } from '../../core/org-report/charts.js';
import { toCsv } from '../../core/org-report/csv.js';
import { looksLikeRecord } from '../../core/org-report/facts.js';
import { renderHtml } from '../../core/org-report/html.js';
import { DAY } from '../../core/org-report/periods.js';
import type { CollectionProblem, CollectionSummary, OrgReport } from '../../core/org-report/report-model.js';
import { summarize } from '../../core/org-report/summarize.js';
import { reportTables } from '../../core/org-report/tables.js';
import type { Collected, CollectRange } from '../../gather/org-report/collect.js';
import type { RecordSink } from '../../gather/org-report/documents.js';
import { expandInputs, type InputFile } from '../../gather/org-report/inputs.js';
import { parseReportOptions, REPORT_HELP, tokenFrom, type ReportOptions } from '../../gather/org-report/options.js';
import { Progress, type ProgressStream } from '../../gather/org-report/progress.js';
import { readRecordFile, streamLines } from '../../gather/org-report/read-files.js';
import { inputBytes } from '../../gather/org-report/parts.js';
import { readInParallel } from './read-parallel.js';
import { renderCharts } from './render-svg.js';

export interface ReportContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  stdin: Readable;
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

/** Records saved as JSON Lines for a warehouse, written in large blocks. */
class RecordWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
  }

  write(value: unknown): void {
    const line = `${JSON.stringify(value)}\n`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 2 ** 20) this.flush();
  }

  flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function sinkFor(agg: OrgAggregator, writer: RecordWriter | undefined): RecordSink {
  if (!writer) return agg;
  return {
    add(value, source) {
      if (looksLikeRecord(value)) writer.write(value);
      agg.add(value, source);
    },
    problem: (source, reason) => agg.problem(source, reason),
    other: () => agg.other(),
  };
}

async function collect(o: ReportOptions, ctx: ReportContext, sink: RecordSink, range: CollectRange): Promise<Collected[]> {
  const progress = new Progress(ctx.stderr);
  const events = { repositories: (n: number) => progress.repositories(n), repositoryDone: (name: string, n: number) => progress.repositoryDone(name, n), waiting: (ms: number, why: string) => progress.wait(ms, why) };
  const retry = { fallbackWaitMs: o.fallbackWaitSeconds * 1000, maxWaitMs: o.maxWaitSeconds * 1000, concurrency: o.concurrency };
  const done: Collected[] = [];
  const say = (c: Collected): void =>
    progress.finish(`${c.summary.platform === 'github' ? 'GitHub' : 'GitLab'} ${c.summary.scope}: ${c.summary.repositories} repositories, ${c.summary.artifacts} artifacts, ${c.summary.records} records, ${c.summary.requests} requests${c.summary.rateLimitWaits ? `, ${c.summary.rateLimitWaits} rate-limit waits` : ''}${c.problems.length ? `, ${c.problems.length} not readable` : ''}.`);
  if (o.github) {
    const token = tokenFrom(o.github.tokenEnv, ctx.env, 'GitHub');
    const { collectFromGitHub } = await import('../../platform/github/collect-audit-records.js');
    progress.start(`GitHub ${[...o.github.orgs, ...o.github.repositories].join(', ')}`);
    const c = await collectFromGitHub({ ...o.github, token, ...range, ...retry }, sink, events);
    say(c);
    done.push(c);
  }
  if (o.gitlab) {
    const token = tokenFrom(o.gitlab.tokenEnv, ctx.env, 'GitLab');
    const { collectFromGitLab } = await import('../../platform/gitlab/collect-audit-records.js');
    progress.start(`GitLab ${[...o.gitlab.groups, ...o.gitlab.projects].join(', ')}`);
    const c = await collectFromGitLab({ ...o.gitlab, token, ...range, ...retry }, sink, events);
    say(c);
    done.push(c);
  }
  return done;
}

/** Below this much input, starting threads costs more than it saves. */
const PARALLEL_FROM_BYTES = 64 * 2 ** 20;

/** How many threads read the files: 1 for standard input or --save-records (both need input order). */
function threadsFor(o: ReportOptions, files: readonly InputFile[]): number {
  if (files.some((f) => f.path === '-') || o.saveRecords) return 1;
  if (o.threads !== undefined) return o.threads;
  return inputBytes(files) >= PARALLEL_FROM_BYTES ? availableParallelism() : 1;
}

async function writeReport(dir: string, report: OrgReport): Promise<void> {
  const charts = reportCharts(report);
  report.charts = charts.map((c) => ({ id: c.id, title: c.title }));
  const rendered = await renderCharts(charts);
  const tables = reportTables(report);
  mkdirSync(join(dir, 'charts'), { recursive: true });
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  for (const t of tables) writeFileSync(join(dir, `${t.id}.csv`), toCsv(t));
  for (const c of charts) writeFileSync(join(dir, 'charts', `${c.id}.vl.json`), `${JSON.stringify(c.spec, null, 2)}\n`);
  writeFileSync(join(dir, 'report.html'), renderHtml(report, rendered, tables));
}

export async function runReport(argv: string[], ctx: ReportContext): Promise<number> {
  const o = parseReportOptions(argv, ctx.env, ctx.now);
  if (o.help) {
    ctx.stdout.write(REPORT_HELP);
    return 0;
  }
  // --until names the last day included.
  const range: CollectRange = {};
  if (o.since) range.since = o.since.getTime();
  if (o.until) range.until = o.until.getTime() + (o.until.getTime() % DAY === 0 ? DAY : 1);
  const files = expandInputs(o.inputs, ctx.cwd);
  const threads = threadsFor(o, files);
  // Read in threads when it pays; a merge that cannot be exact reads the files again in this one.
  const parallel = threads > 1 && files.length > 0 ? await readInParallel(files, threads, range) : undefined;
  if (parallel === null) ctx.stderr.write('ai-governance-gate report: note: a run key appears with different contents in two parts of the input read by different threads; the files were read again in one thread, so that the first copy counts.\n');
  const agg = parallel ?? new OrgAggregator(range);
  const writer = o.saveRecords ? new RecordWriter(resolve(ctx.cwd, o.saveRecords)) : undefined;
  const sink = sinkFor(agg, writer);
  let collected: Collected[];
  try {
    for (const f of parallel ? [] : files) {
      if (f.path === '-') await streamLines(ctx.stdin, 'stdin', sink);
      else await readRecordFile(f.path, sink, f.named);
    }
    collected = await collect(o, ctx, sink, range);
  } finally {
    writer?.close();
  }
  const report = summarize(agg, {
    title: o.title,
    generatedAt: ctx.now,
    asOf: o.asOf ?? ctx.now,
    period: o.period,
    staleDays: o.staleDays,
    since: o.since,
    until: o.until,
    knownRepositories: collected.flatMap((c) => c.repositories),
    collection: collected.map((c): CollectionSummary => c.summary),
    collectionProblems: collected.flatMap((c): CollectionProblem[] => c.problems),
  });
  const dir = resolve(ctx.cwd, o.out);
  await writeReport(dir, report);
  const notes: string[] = [];
  if (report.input.newerSchemaVersions.length) notes.push(`records of schema version ${report.input.newerSchemaVersions.join(', ')} are newer than this version knows; the fields it knows were used`);
  if (report.input.unreadable) notes.push(`${report.input.unreadable} documents could not be read as audit records (first: ${report.input.problems[0]!.source}: ${report.input.problems[0]!.reason}); they are listed in report.json and the page`);
  if (report.collectionProblems.length) notes.push(`${report.collectionProblems.length} repositories could not be read (first: ${report.collectionProblems[0]!.scope}: ${report.collectionProblems[0]!.message})`);
  if (report.records === 0) notes.push('no audit records were found: the report shows no changes');
  for (const n of notes) ctx.stderr.write(`ai-governance-gate report: warning: ${n}.\n`);
  ctx.stdout.write(`Read ${report.records} audit records (${report.changes} changes, ${report.repositories.length} repositories) → ${join(dir, 'report.html')}\n`);
  return 0;
}
