/**
 * One part of a large JSON Lines file: the lines that start in a byte range. Ranges cut anywhere meet
 * at line starts (a newline byte is never inside a UTF-8 character), so each line belongs to exactly
 * one range, however the file was cut. Read synchronously into one reused buffer, each line decoded
 * on its own: a worker thread has nothing else to wait for.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { addLine, type RecordSink } from './documents.js';

const READ_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Feeds the sink the lines starting at a byte in [start, end); their source is `name:N`, N counted
 * from 1 at the range's first line. Returns how many lines the range holds.
 */
export function readLineRange(path: string, start: number, end: number, name: string, sink: RecordSink): number {
  if (start >= end) return 0;
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(READ_BYTES);
    /** File offset of buffer[0]. */
    let base = start > 0 ? start - 1 : 0;
    let filled = 0;
    /** Index in the buffer of the current line's first byte; -1 until the range's first line is found. */
    let lineStart = start > 0 ? -1 : 0;
    let lines = 0;
    let eof = false;
    for (;;) {
      if (filled === buffer.length) {
        // Keep the unfinished line: move it to the front, or grow the buffer for a line longer than it.
        const keep = lineStart < 0 ? 0 : lineStart;
        if (keep === 0 && lineStart >= 0) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, filled);
          buffer = grown;
        } else {
          buffer.copy(buffer, 0, keep, filled);
          base += keep;
          filled -= keep;
          if (lineStart >= 0) lineStart = 0;
        }
      }
      const read = eof ? 0 : readSync(fd, buffer, filled, buffer.length - filled, base + filled);
      if (read === 0) eof = true;
      const scanFrom = filled;
      filled += read;
      let at = scanFrom;
      for (;;) {
        const nl = buffer.indexOf(NEWLINE, at);
        if (nl < 0 || nl >= filled) break;
        at = nl + 1;
        if (lineStart >= 0) {
          lines++;
          addLine(buffer.toString('utf8', lineStart, nl), `${name}:${lines}`, sink);
        }
        lineStart = at;
        if (base + lineStart >= end) return lines;
      }
      if (lineStart < 0 && filled === buffer.length) {
        // Still looking for the first line start: nothing before it is kept.
        base += filled;
        filled = 0;
      }
      if (eof) {
        if (lineStart >= 0 && lineStart < filled && base + lineStart < end) {
          lines++;
          addLine(buffer.toString('utf8', lineStart, filled), `${name}:${lines}`, sink);
        }
        return lines;
      }
    }
  } finally {
    closeSync(fd);
  }
}
