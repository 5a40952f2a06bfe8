/**
 * A worker thread of `report`: reads its part of the input (whole files and byte ranges of JSON Lines
 * files, in order) into its own aggregator and sends the state back to be merged. The reading and
 * folding are the ones the main thread uses when it reads alone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { OrgAggregator, type AggregateOptions } from '../../core/org-report/aggregate.js';
import type { Piece } from '../../gather/org-report/parts.js';
import { readLineRange } from '../../gather/org-report/read-range.js';
import { readRecordFile } from '../../gather/org-report/read-files.js';
import type { PartRead, PartTask } from './read-parallel.js';

async function readPart(pieces: readonly Piece[], options: AggregateOptions): Promise<PartRead> {
  const agg = new OrgAggregator({ ...options, logRuns: true });
  const lines: number[] = [];
  /** For each listed problem, the piece it came from. */
  const problemPieces: number[] = [];
  for (const [i, p] of pieces.entries()) {
    const listed = agg.problems.length;
    if (p.range) {
      try {
        lines.push(readLineRange(p.path, p.range.start, p.range.end, p.path, agg));
      } catch (e) {
        lines.push(0);
        agg.problem(p.path, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else {
      lines.push(0);
      await readRecordFile(p.path, agg, p.named);
    }
    for (let k = listed; k < agg.problems.length; k++) problemPieces.push(i);
  }
  return { partial: agg.partial(), lines, problemPieces };
}

const task = workerData as PartTask;
const read = await readPart(task.pieces, task.options);
// The typed arrays move to the main thread rather than being copied.
const columns = [...Object.values(read.partial.runs as unknown as Record<string, unknown>), ...Object.values(read.partial.changes as unknown as Record<string, unknown>)].filter((v): v is Uint8Array => ArrayBuffer.isView(v));
parentPort!.postMessage(read, columns.map((a) => a.buffer as ArrayBuffer));
