/**
 * Turns one report file into findings: read the bytes, fingerprint them for the audit record, decode,
 * parse once, and hand the document to the first reader that recognises it. Every way a file can be
 * wrong ends in an InputError that names the file and says what to do.
 *
 * A file larger than the streaming threshold is read in parts instead (./stream): SARIF results and
 * GitLab vulnerabilities one at a time, with the same per-result code, so memory follows the findings
 * rather than the file — and files beyond what one JavaScript string can hold still read.
 */
import { createHash } from 'node:crypto';
import { constants as bufferConstants } from 'node:buffer';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { readLimited } from '../files/read-limited.js';
import type { LoadedReport } from '../../core/findings/report.js';
import type { ReadContext } from './reader.js';
import { READERS } from './readers/index.js';
import { streamOffset, StreamSyntaxError } from './stream/json-splitter.js';
import { streamReport } from './stream/stream-report.js';
import { positionInStream } from './stream/utf8-chunks.js';


export interface LoadContext extends Omit<ReadContext, 'report'> {
  /** Files larger than this many bytes are read in parts; default STREAM_ABOVE. */
  streamAbove?: number;
  /** Largest report accepted (policy findings.max-report-bytes); default MAX_REPORT_BYTES. */
  maxBytes?: number;
}

/** Default size limit of one report: large enough for a monorepo's CodeQL SARIF, small enough to stop a runaway file. */
const MAX_REPORT_BYTES = 4 * 1024 ** 3;

function tooLarge(path: string, size: number | undefined, limit: number): InputError {
  return new InputError(
    `${path}: the report is ${size === undefined ? `more than ${limit}` : size} bytes; the policy allows at most ${limit} (findings.max-report-bytes).`,
    'Check that the path names the scanner report, or raise findings.max-report-bytes in the policy.',
  );
}

/**
 * Above this size a report is read in parts. Measured (npm run bench): from about 8 MiB on, reading in
 * parts is faster than one JSON.parse of the whole file — the heap never holds the whole document, so
 * garbage collection stays cheap — and needs a fraction of the memory. Below it, whole-file parsing wins
 * because the scanner has not warmed up yet.
 */
const STREAM_ABOVE = 8 * 1024 * 1024;

/** The longest string V8 can make: a UTF-8 file larger than this cannot be decoded whole. */
const MAX_STRING = bufferConstants.MAX_STRING_LENGTH;

/** Reads `path` (relative to `cwd`, default the process directory) and parses it as a report. */
export async function readReport(path: string, ctx: LoadContext, cwd?: string): Promise<LoadedReport> {
  const file = cwd === undefined ? path : resolve(cwd, path);
  const size = await regularFileSize(file);
  const limit = ctx.maxBytes ?? MAX_REPORT_BYTES;
  if (size !== undefined && size > limit) throw tooLarge(path, size, limit);
  if (size !== undefined && size > Math.min(ctx.streamAbove ?? STREAM_ABOVE, MAX_STRING)) return readInParts(path, file, size, ctx);
  let bytes: Uint8Array;
  try {
    // Not a regular file (a pipe, a device): read up to the limit so an endless stream ends in an error.
    const read = await readLimited(file, size === undefined ? Math.min(limit, MAX_STRING) : size + 1);
    if (!read.ok) throw tooLarge(path, undefined, Math.min(limit, MAX_STRING));
    bytes = read.bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fileError(path, e);
  }
  return parseReport(path, bytes, ctx);
}

/** The pure core of readReport, for callers that already hold the bytes. */
export function parseReport(path: string, bytes: Uint8Array, ctx: LoadContext): LoadedReport {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return readText(path, decode(bytes), bytes.length, sha256, ctx);
}

function readText(path: string, text: string, byteLength: number, sha256: string, ctx: LoadContext): LoadedReport {
  if (text.trim() === '') {
    throw new InputError(
      `${path}: the report is empty (${byteLength === 0 ? '0 bytes' : 'only whitespace'}).`,
      'The scanner wrote no output: check that its step ran and succeeded before the gate, and that it writes its report to this path.',
    );
  }
  const doc = parseJson(path, text);
  const reader = READERS.find((r) => r.detect(doc));
  if (reader === undefined) {
    throw new InputError(
      `${path}: not a supported report format (the file is ${shape(doc)}). Supported formats: ${READERS.map((r) => r.format).join(', ')}.`,
      'Ask the scanner for SARIF 2.1.0 output (most have --format sarif) or one of the listed formats, or stop passing this file to the gate.',
    );
  }
  const { tool, findings } = reader.read(doc, { ...ctx, report: path });
  return { path, format: reader.format, tool, sha256, results: findings.length, findings };
}

async function regularFileSize(file: string): Promise<number | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined; // readFile meets the same problem and words it
  }
}

async function readInParts(path: string, file: string, size: number, ctx: LoadContext): Promise<LoadedReport> {
  let outcome;
  try {
    outcome = await streamReport(file, { ...ctx, report: path });
  } catch (e) {
    if (e instanceof StreamSyntaxError) throw await syntaxErrorInParts(path, file, e);
    throw fileError(path, e);
  }
  switch (outcome.kind) {
    case 'read':
      return { path, format: outcome.format, tool: outcome.tool, sha256: outcome.sha256, results: outcome.findings.length, findings: outcome.findings };
    case 'whole':
      return readText(path, outcome.text, size, outcome.sha256, ctx);
    case 'other':
      if (size <= MAX_STRING) {
        const whole = await readLimited(file, size + 1);
        if (whole.ok) return parseReport(path, whole.bytes, ctx);
      }
      throw new InputError(
        `${path}: the report is ${(size / 2 ** 30).toFixed(1)} GiB, more than can be read whole, and only SARIF and GitLab security reports are read in parts.`,
        'Ask the scanner for SARIF output, or split its report (for example one report per scanned project).',
      );
  }
}

/** The whole-document syntax checker run on the piece that failed, its offset carried back to the file. */
export async function syntaxErrorInParts(path: string, file: string, e: StreamSyntaxError): Promise<InputError> {
  const found = locateInParts(e);
  if (found === undefined) return new InputError(`${path}: not valid JSON (${e.message}).`);
  const { line, column } = await positionInStream(file, found.offset);
  return new InputError(`${path}: not valid JSON at line ${line}, column ${column}: ${found.problem}.`, found.hint);
}

function locateInParts(e: StreamSyntaxError): SyntaxProblem | undefined {
  // The skeleton before the failing piece comes first in the file; a problem there is the first one.
  if (e.skeletonBefore !== undefined) {
    const earlier = findSyntaxError(e.skeletonBefore);
    if (earlier !== undefined && earlier.hint !== TRUNCATED_HINT) return inSkeleton(e.skeletonBefore, earlier, e);
  }
  if (e.piece === 'separator') return { offset: e.offset, problem: e.message };
  const found = findSyntaxError(e.text);
  if (found === undefined) return undefined;
  if (e.piece === 'skeleton') return inSkeleton(e.text, found, e);
  const offset = e.offset + Buffer.byteLength(e.text.slice(0, found.offset));
  // An element is checked as if it were a document; what follows it in the file is an array's.
  if (found.problem.startsWith('expected the end of the file')) return { offset, problem: `expected ',' or ']', found ${quote(e.text[found.offset]!)}` };
  return { ...found, offset };
}

function inSkeleton(text: string, found: SyntaxProblem, e: StreamSyntaxError): SyntaxProblem {
  return { ...found, offset: streamOffset(Buffer.byteLength(text.slice(0, found.offset)), e.elisions) };
}

function fileError(path: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return new InputError(`${path}: report file not found.`, 'Check the path and that the scanner step ran before the gate.');
  }
  if (code === 'EISDIR') {
    return new InputError(`${path}: is a directory, not a report file.`, `Name the report files inside it, or use a glob such as ${path.replace(/\/$/, '')}/*.sarif.`);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError(`${path}: the report cannot be read (permission denied).`, 'Make the file readable by the user that runs the gate.');
  }
  return e;
}

/** UTF-8 with or without a BOM, and the UTF-16 that Windows PowerShell redirection writes. */
function decode(bytes: Uint8Array): string {
  // TextDecoder drops the byte order mark it recognises, so the BOM never reaches JSON.parse.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // Only a failed parse pays for the second pass that finds where and why.
    const found = findSyntaxError(text);
    if (found === undefined) throw new InputError(`${path}: not valid JSON (${(e as Error).message}).`);
    const { line, column } = lineAndColumn(text, found.offset);
    throw new InputError(`${path}: not valid JSON at line ${line}, column ${column}: ${found.problem}.`, found.hint);
  }
}

/** What a JSON document is, in a few words: for "not a supported format" messages. */
export function shape(doc: unknown): string {
  if (Array.isArray(doc)) return `a JSON array of ${doc.length} item${doc.length === 1 ? '' : 's'}`;
  if (doc !== null && typeof doc === 'object') {
    const keys = Object.keys(doc);
    if (keys.length === 0) return 'an empty JSON object';
    const shown = keys.slice(0, 6).map((k) => JSON.stringify(k)).join(', ');
    return `a JSON object with keys ${shown}${keys.length > 6 ? ', …' : ''}`;
  }
  return `a single JSON ${doc === null ? 'null' : typeof doc}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

interface SyntaxProblem {
  offset: number;
  problem: string;
  hint?: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const TRUNCATED_HINT = 'The file ends early: the scanner was probably interrupted, or the artifact was cut. Re-run the scanner.';

/**
 * Where JSON.parse gave up and what it expected there. V8's messages on Node 20 do not always carry a
 * position, so this walks the text once more, iteratively (no recursion limit on deep nesting).
 */
export function findSyntaxError(text: string): SyntaxProblem | undefined {
  const stack: string[] = [];
  type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';
  let state: State = 'value';
  let i = 0;
  const afterValue = (): State => (stack.length === 0 ? 'end' : 'comma-or-close');
  const atEnd = (expected: string): SyntaxProblem => ({ offset: i, problem: `expected ${expected}, but the file ends`, hint: TRUNCATED_HINT });

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
    const ch = text[i];
    switch (state) {
      case 'end':
        if (ch === undefined) return undefined;
        return { offset: i, problem: 'expected the end of the file after the top-level value, found more text', hint: 'A report holds one JSON document; write each scanner run to its own file.' };
      case 'value-or-close':
      case 'value': {
        if (state === 'value-or-close' && ch === ']') {
          stack.pop();
          i += 1;
          state = afterValue();
          break;
        }
        if (ch === undefined) return atEnd('a value');
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          i += 1;
          state = ch === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        if (ch === '"') {
          const bad = scanString();
          if (bad !== undefined) return bad;
          state = afterValue();
          break;
        }
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        const literal = LITERALS.find((l) => text.startsWith(l, i));
        if (number !== null || literal !== undefined) {
          i += number !== null ? number[0].length : literal!.length;
          state = afterValue();
          break;
        }
        return notAValue(ch);
      }
      case 'key-or-close':
      case 'key':
        if (state === 'key-or-close' && ch === '}') {
          stack.pop();
          i += 1;
          state = afterValue();
          break;
        }
        if (ch === undefined) return atEnd('a property name');
        if (ch !== '"') return { offset: i, problem: `expected a property name in double quotes, found ${quote(ch)}` };
        {
          const bad = scanString();
          if (bad !== undefined) return bad;
        }
        state = 'colon';
        break;
      case 'colon':
        if (ch === undefined) return atEnd("':'");
        if (ch !== ':') return { offset: i, problem: `expected ':' after the property name, found ${quote(ch)}` };
        i += 1;
        state = 'value';
        break;
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (ch === undefined) return atEnd(`',' or '${close}'`);
        if (ch === ',') {
          i += 1;
          state = close === '}' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i += 1;
          state = afterValue();
        } else {
          return { offset: i, problem: `expected ',' or '${close}', found ${quote(ch)}` };
        }
        break;
      }
    }
  }

  function notAValue(ch: string): SyntaxProblem {
    if (stack.length === 0) {
      const looks = ch === '<' ? 'XML or HTML' : 'plain text';
      return {
        offset: i,
        problem: `expected a SARIF 2.1.0 or other supported JSON report; this looks like ${looks}`,
        hint: "The scanner's console output was saved instead of its report: run it with its SARIF or JSON output option (e.g. --format sarif) writing to this file.",
      };
    }
    return { offset: i, problem: `expected a value (object, array, string, number, true, false or null), found ${quote(ch)}` };
  }

  function scanString(): SyntaxProblem | undefined {
    const start = i;
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (Number.isNaN(c)) {
        i = j;
        return { offset: start, problem: 'expected a closing \'"\' for the string that starts here, but the file ends', hint: TRUNCATED_HINT };
      }
      if (c === 0x22) {
        i = j + 1;
        return undefined;
      }
      if (c < 0x20) return { offset: j, problem: 'expected no raw control character (such as a line break) inside a string; escape it' };
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 6;
        else if (e !== undefined && ESCAPES.has(e)) j += 2;
        else return { offset: j, problem: `expected a valid escape after '\\', found ${e === undefined ? 'the end of the file' : quote(e)}` };
      } else {
        j += 1;
      }
    }
  }
}

function quote(ch: string): string {
  return JSON.stringify(ch);
}
