/**
 * Reading the input in worker threads, one per part (parts.ts), each folding its records into its own
 * aggregator; the parts' states are merged here in input order, so the report is the one a single
 * thread reading everything gives. Where a merge cannot be exact (aggregate.ts `merge`), this says so
 * and the caller reads the input in one thread.
 */
import { Worker } from 'node:worker_threads';
import { OrgAggregator, type AggregateOptions, type AggregatePartial } from '../../core/org-report/aggregate.js';
import type { InputFile } from '../../gather/org-report/inputs.js';
import { planParts, type Piece } from '../../gather/org-report/parts.js';

export interface PartTask {
  pieces: Piece[];
  options: AggregateOptions;
}

export interface PartRead {
  partial: AggregatePartial;
  /** Lines of each piece read as a byte range (0 for whole files). */
  lines: number[];
  /** The piece each listed problem came from. */
  problemPieces: number[];
}

function readPart(task: PartTask): Promise<PartRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./report-worker.js', import.meta.url), { workerData: task });
    let result: PartRead | undefined;
    worker.once('message', (m: PartRead) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`a reading thread stopped (exit code ${code}) before it finished`))));
  });
}

/** A range's problems name lines from its own first line: number them from the file's first. */
function numberLines(parts: readonly Piece[][], reads: readonly PartRead[]): void {
  const before = new Map<string, number>();
  parts.forEach((pieces, k) => {
    const read = reads[k]!;
    const offsets = pieces.map((p, i) => {
      if (!p.range) return 0;
      const offset = before.get(p.path) ?? 0;
      before.set(p.path, offset + read.lines[i]!);
      return offset;
    });
    read.partial.problems.forEach((problem, n) => {
      const offset = offsets[read.problemPieces[n]!]!;
      const prefix = `${pieces[read.problemPieces[n]!]!.path}:`;
      if (offset > 0 && problem.source.startsWith(prefix)) problem.source = `${prefix}${Number(problem.source.slice(prefix.length)) + offset}`;
    });
  });
}

/** The input's records, read by up to `threads` workers; null when the merge could not be exact. */
export async function readInParallel(files: readonly InputFile[], threads: number, options: AggregateOptions): Promise<OrgAggregator | null> {
  const parts = planParts(files, threads);
  const reads = await Promise.all(parts.map((pieces) => readPart({ pieces, options })));
  numberLines(parts, reads);
  const agg = new OrgAggregator(options);
  // What is merged need not stay: the next part's merge has its room.
  for (let read = reads.shift(); read; read = reads.shift()) if (!agg.merge(read.partial)) return null;
  return agg;
}
