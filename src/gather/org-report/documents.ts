/**
 * JSON documents out of a file's text: one record (as the gate writes it, pretty-printed), an array of
 * records, or JSON Lines. Where records are only expected — a directory walked, an artifact opened —
 * a JSON file that holds no record (the summary's data, a Code Quality report) is counted as another
 * file; a file named on the command line and every JSON Lines line must be a record, or it is a problem.
 */
import { looksLikeRecord } from '../../core/org-report/facts.js';

export interface RecordSink {
  add(value: unknown, source: string): void;
  problem(source: string, reason: string): void;
  other(): void;
}

const LINES_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;

export function isLinesName(name: string): boolean {
  return LINES_NAME.test(name);
}

function parseError(e: unknown): string {
  return `invalid JSON: ${e instanceof Error ? e.message : String(e)}`;
}

/** One JSON Lines line; blank lines are allowed. */
export function addLine(line: string, source: string, sink: RecordSink): void {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    // JSON.parse allows the whitespace a blank or CRLF-ended line has around a value; a blank line fails.
    if (line.trim() === '') return;
    sink.problem(source, parseError(e));
    return;
  }
  sink.add(value, source);
}

function addLines(text: string, source: string, sink: RecordSink): void {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    addLine(text.slice(start, end), `${source}:${line}`, sink);
    start = end + 1;
    line++;
  }
}

function firstLineParses(text: string): boolean {
  const trimmed = text.trimStart();
  const end = trimmed.indexOf('\n');
  if (end < 0) return false;
  try {
    JSON.parse(trimmed.slice(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * `strict`: the file was named on the command line (not found by walking a directory or an archive),
 * so a document that is not a record is a problem rather than another file.
 */
export function addDocuments(text: string, name: string, source: string, sink: RecordSink, strict: boolean): void {
  if (isLinesName(name)) {
    addLines(text, source, sink);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Records concatenated one per line in a file named .json are still JSON Lines.
    if (firstLineParses(text)) addLines(text, source, sink);
    else sink.problem(source, parseError(e));
    return;
  }
  if (Array.isArray(value)) {
    if (!strict && !value.some(looksLikeRecord)) {
      sink.other();
      return;
    }
    value.forEach((v, i) => sink.add(v, `${source}[${i}]`));
    return;
  }
  if (!strict && !looksLikeRecord(value)) {
    sink.other();
    return;
  }
  sink.add(value, source);
}
