/**
 * Reads audit records from files: JSON (a record, or an array of them), JSON Lines (streamed line by
 * line, so a file of any size reads in bounded memory), either gzip-compressed, and zip archives such
 * as downloaded workflow artifacts. `-` reads JSON Lines from standard input.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, gunzipSync } from 'node:zlib';
import { addDocuments, addLine, isLinesName, type RecordSink } from './documents.js';
import { addArchive } from './archive.js';
import { readLineRange } from './read-range.js';

/** JSON files up to this size are parsed whole (to accept a pretty-printed record); larger ones as lines. */
export const WHOLE_FILE_LIMIT = 256 * 2 ** 20;

/** Streams lines to the sink; the source of each is `name:line`. */
export async function streamLines(input: Readable, name: string, sink: RecordSink): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 1;
  const flush = (text: string): void => {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      addLine(text.slice(start, end), `${name}:${line++}`, sink);
      start = end + 1;
    }
    rest = text.slice(start);
  };
  for await (const chunk of input) flush(rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)));
  flush(rest + decoder.end());
  if (rest !== '') addLine(rest, `${name}:${line}`, sink);
}

const isGzip = (name: string): boolean => /\.gz$/i.test(name);

/**
 * One file. `strict` when the user named it: a JSON document in it that is not a record is a problem.
 * Read errors (permissions, a corrupt archive) are problems of that file, not of the whole report.
 */
export async function readRecordFile(path: string, sink: RecordSink, strict: boolean): Promise<void> {
  try {
    if (/\.zip$/i.test(path)) {
      addArchive(readFileSync(path), path, sink);
      return;
    }
    const inner = isGzip(path) ? path.slice(0, -3) : path;
    const size = statSync(path).size;
    if (isLinesName(inner) || size > WHOLE_FILE_LIMIT) {
      // A plain file is read as the reading threads read their ranges: one reused buffer, each line
      // decoded on its own (a fraction of a stream's system time).
      if (!isGzip(path)) {
        readLineRange(path, 0, Number.POSITIVE_INFINITY, path, sink);
        return;
      }
      // 64 KiB reads keep each chunk's text out of V8's large-object space: 4 MiB reads doubled peak memory.
      await streamLines(createReadStream(path, { highWaterMark: 64 * 1024 }).pipe(createGunzip()), path, sink);
      return;
    }
    const bytes = readFileSync(path);
    const text = (isGzip(path) ? gunzipSync(bytes) : bytes).toString('utf8');
    addDocuments(text, inner, path, sink, strict);
  } catch (e) {
    sink.problem(path, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}
