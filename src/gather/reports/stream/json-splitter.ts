/**
 * Splits one JSON document, fed as UTF-8 chunks, into a *skeleton* and a stream of array elements.
 * The handler chooses, by path, the arrays whose elements it wants one at a time (SARIF's
 * `runs[i].results`, GitLab's `vulnerabilities`); each element is parsed on its own with JSON.parse and
 * left out of the skeleton, which keeps everything else with those arrays emptied (`"results":[]`).
 *
 * Why this shape: V8's native JSON.parse is many times faster than any parser written in JavaScript,
 * but it needs the whole text as one string, and strings stop near 512 MiB. Here JSON.parse still does
 * the parsing, one element at a time, and the scanner only finds where elements begin and end, so the
 * live heap holds one element and the findings rather than the whole document.
 *
 * Validity: every byte goes either to the skeleton or to an element, and both are parsed by JSON.parse;
 * the scanner itself checks only what neither sees — the commas between elements and the closing `]`.
 * A document is accepted exactly when JSON.parse would accept it whole.
 */

export type PathStep = string | number;

export interface SplitHandler {
  /** Each key of an object within `shallow` levels of the root; `path` is the object's own path. */
  key(path: readonly PathStep[], key: string): void;
  /**
   * Called at the `[` of every array within `shallow` levels of the root. Return true to receive its
   * elements through `element` instead of keeping them in the skeleton. `prefix()` is the skeleton of
   * the enclosing container from its opening bracket up to this array, e.g. `{"tool":{…},"results":`.
   */
  arrayOpens(path: readonly PathStep[], prefix: () => Buffer): boolean;
  /** One element of a streamed array, parsed. */
  element(path: readonly PathStep[], index: number, value: unknown): void;
}

/** Bytes left out of the skeleton: `removed` bytes of the stream were at skeleton offset `at`. */
export interface Elision {
  at: number;
  removed: number;
}

/**
 * Where the document stops being JSON. The scanner knows only which piece failed; finding the exact
 * spot and wording it is left to the caller, which has the whole-document syntax checker.
 */
export class StreamSyntaxError extends Error {
  constructor(
    /** An element parsed on its own, the skeleton, or the commas and brackets between elements. */
    readonly piece: 'element' | 'skeleton' | 'separator',
    /** Byte offset in the UTF-8 stream of the piece's first byte (of the separator itself). */
    readonly offset: number,
    /** The piece's text (empty for a separator). */
    readonly text: string,
    /** For an element or separator: the skeleton up to there, which may hold an earlier problem. */
    readonly skeletonBefore: string | undefined,
    /** For the skeleton: where elements were left out, to map its offsets back to the stream's. */
    readonly elisions: readonly Elision[],
    message: string,
  ) {
    super(message);
    this.name = 'StreamSyntaxError';
  }
}

/** The stream offset of a skeleton offset. */
export function streamOffset(skeletonOffset: number, elisions: readonly Elision[]): number {
  let offset = skeletonOffset;
  for (const e of elisions) if (e.at <= skeletonOffset) offset += e.removed;
  return offset;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Worded as the whole-document syntax checker words it. */
const EXPECTED_VALUE = 'expected a value (object, array, string, number, true, false or null)';

const OBJECT = 0;
const ARRAY = 1;

/** Byte classes for the scanning loop: 0 = nothing to do, else the structural byte itself. */
const CLASS = new Uint8Array(256);
for (const c of [QUOTE, COMMA, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET]) CLASS[c] = c;
/** Bytes that may start a JSON value; anything else where an element should start is an error. */
const VALUE_START = new Uint8Array(256);
for (const c of '{["-0123456789tfn') VALUE_START[c.charCodeAt(0)] = 1;
const WHITESPACE = new Uint8Array(256);
for (const c of ' \t\r\n') WHITESPACE[c.charCodeAt(0)] = 1;

/** How many backslashes stand right before `end`, not looking before `floor`. */
function backslashesBefore(chunk: Buffer, end: number, floor: number): number {
  let k = end - 1;
  while (k >= floor && chunk[k] === BACKSLASH) k -= 1;
  return end - 1 - k;
}

export interface SplitOptions {
  /** How many levels below the root are tracked by path (arrays deeper than this are never streamed). */
  shallow: number;
  /** False for a second pass that needs only the elements. */
  keepSkeleton: boolean;
}

export class JsonSplitter {
  /** Absolute offset of the current chunk's first byte. */
  private base = 0;
  private depth = 0;
  /** Per open container (index depth-1): OBJECT or ARRAY. */
  private readonly kinds: number[] = [];
  /** Per shallow level: the key (objects) or element index (arrays) of the value being read. */
  private readonly path: PathStep[] = [];
  /** Per shallow level: skeleton length at the container's opening bracket. */
  private readonly starts: number[] = [];
  /** The innermost shallow object awaits a key (after `{` or `,`). */
  private expectKey = false;

  private inString = false;
  /** A backslash ended the previous chunk inside a string: the next byte is escaped. */
  private escapePending = false;
  /** Bytes of a shallow key being read, when a key spans chunks. */
  private keyParts: Buffer[] | undefined;
  private keyStart = -1;

  /** Depth of the streamed array being read; 0 when none. */
  private streamDepth = 0;
  private streamPath: PathStep[] = [];
  private elementIndex = 0;
  /** Chunk offset where the pending element starts; -1 when none is pending. */
  private elementStart = -1;
  private elementOffset = 0;
  private elementParts: Buffer[] = [];
  /** A comma was read and the next element has not started. */
  private afterComma = false;
  /** Directly inside a streamed array, between elements: the next value byte starts one. */
  private awaitingElement = false;
  /** Stream offset of the streamed array's `[`. */
  private streamOpenedAt = 0;
  readonly elisions: Elision[] = [];

  private skeleton: Buffer = Buffer.allocUnsafe(1 << 16);
  private skeletonLength = 0;
  /** Chunk offset from which bytes are still to be copied to the skeleton; -1 while streaming elements. */
  private copyFrom = 0;
  private chunk: Buffer = Buffer.alloc(0);

  constructor(
    private readonly handler: SplitHandler,
    private readonly options: SplitOptions,
  ) {}

  write(chunk: Buffer): void {
    this.chunk = chunk;
    const n = chunk.length;
    if (this.copyFrom >= 0) this.copyFrom = 0;
    if (this.elementStart >= 0) this.elementStart = 0;
    if (this.keyParts !== undefined) this.keyStart = 0;
    let i = this.inString ? this.skipString(chunk, 0) : 0;
    while (i < n) {
      const b = chunk[i]!;
      const c = CLASS[b]!;
      if (c === 0) {
        if (this.awaitingElement && WHITESPACE[b] === 0) this.startElement(i);
        i += 1;
      } else if (c === QUOTE) {
        if (this.awaitingElement) this.startElement(i);
        else if (this.expectKey) this.beginKey(i + 1);
        i = this.skipString(chunk, i + 1);
      } else {
        if (c === COMMA) this.comma(i);
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.open(c, i);
        else this.close(c, i);
        i += 1;
      }
    }
    // The chunk's memory is reused after this call: copy what is still pending.
    if (this.copyFrom >= 0) this.flushTo(n);
    if (this.elementStart >= 0) this.elementParts.push(Buffer.from(chunk.subarray(this.elementStart)));
    if (this.keyParts !== undefined) this.keyParts.push(Buffer.from(chunk.subarray(this.keyStart)));
    this.base += n;
  }

  /** The skeleton, after the whole document was written. */
  end(): Buffer {
    if (this.streamDepth !== 0) {
      if (this.elementStart >= 0) {
        // The file ends inside an element: the element's text runs to the end, so its own error says where.
        const text = Buffer.concat(this.elementParts).toString('utf8');
        throw this.syntaxError('element', this.elementOffset, text, 'the file ends inside an element');
      }
      this.elisions.push({ at: this.skeletonLength, removed: this.base - this.streamOpenedAt - 1 });
    }
    return this.skeleton.subarray(0, this.skeletonLength);
  }

  /** The skeleton so far as text. */
  skeletonText(): string {
    return this.skeleton.toString('utf8', 0, this.skeletonLength);
  }

  private syntaxError(piece: 'element' | 'separator', offset: number, text: string, message: string): StreamSyntaxError {
    return new StreamSyntaxError(piece, offset, text, this.options.keepSkeleton ? this.skeletonText() : undefined, this.elisions, message);
  }

  private inStream(): boolean {
    return this.streamDepth !== 0 && this.depth >= this.streamDepth;
  }

  /**
   * Returns the index after the closing quote, or the chunk's length when the string goes on. Short
   * strings (keys, ids) are walked byte by byte; long ones (messages) jump from quote to quote.
   */
  private skipString(chunk: Buffer, from: number): number {
    const n = chunk.length;
    let j = from;
    if (this.escapePending) {
      j += 1;
      this.escapePending = false;
    }
    const walk = Math.min(n, j + 32);
    while (j < walk) {
      const c = chunk[j]!;
      if (c === QUOTE) return this.stringEnds(chunk, j);
      j += c === BACKSLASH ? 2 : 1;
    }
    // j is clean here: never in the middle of an escape.
    while (j < n) {
      const q = chunk.indexOf(QUOTE, j);
      if (q === -1) {
        this.escapePending = (backslashesBefore(chunk, n, j) & 1) === 1;
        break;
      }
      if ((backslashesBefore(chunk, q, j) & 1) === 0) return this.stringEnds(chunk, q);
      j = q + 1;
    }
    if (j > n) this.escapePending = true;
    this.inString = true;
    return n;
  }

  private stringEnds(chunk: Buffer, quote: number): number {
    this.inString = false;
    if (this.keyParts !== undefined) this.endKey(chunk, quote);
    return quote + 1;
  }

  private beginKey(at: number): void {
    this.expectKey = false;
    this.keyParts = [];
    this.keyStart = at;
  }

  private endKey(chunk: Buffer, end: number): void {
    const parts = this.keyParts!;
    parts.push(chunk.subarray(this.keyStart, end));
    this.keyParts = undefined;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    let key: string | undefined;
    if (!bytes.includes(BACKSLASH)) key = bytes.toString('utf8');
    else {
      try {
        key = JSON.parse(`"${bytes.toString('utf8')}"`) as string;
      } catch {
        // A malformed key fails the skeleton's parse; it never names a streamed array.
        key = undefined;
      }
    }
    this.path[this.depth - 1] = key ?? '';
    if (key !== undefined) this.handler.key(this.path.slice(0, this.depth - 1), key);
  }

  private open(c: number, i: number): void {
    if (this.inStream()) {
      if (this.awaitingElement) this.startElement(i);
      this.depth += 1;
      return;
    }
    this.depth += 1;
    const kind = c === OPEN_BRACE ? OBJECT : ARRAY;
    this.kinds[this.depth - 1] = kind;
    if (this.depth > this.options.shallow) return;
    this.starts[this.depth - 1] = this.skeletonLength + (i - this.copyFrom);
    this.expectKey = kind === OBJECT;
    this.path[this.depth - 1] = kind === ARRAY ? 0 : '';
    if (kind === ARRAY) {
      const path = this.path.slice(0, this.depth - 1);
      if (this.handler.arrayOpens(path, () => this.prefix(i))) {
        this.flushTo(i + 1);
        this.copyFrom = -1;
        this.streamDepth = this.depth;
        this.streamOpenedAt = this.base + i;
        this.streamPath = path;
        this.elementIndex = 0;
        this.afterComma = false;
        this.awaitingElement = true;
      }
    }
  }

  private close(c: number, i: number): void {
    if (this.streamDepth !== 0) {
      if (this.depth > this.streamDepth) {
        this.depth -= 1;
        return;
      }
      // The streamed array itself closes.
      if (c !== CLOSE_BRACKET) this.separatorError(i, "expected ',' or ']'");
      if (this.elementStart >= 0) this.finishElement(i);
      else if (this.afterComma) this.separatorError(i, EXPECTED_VALUE);
      this.streamDepth = 0;
      this.awaitingElement = false;
      this.copyFrom = i;
      this.elisions.push({ at: this.skeletonLength, removed: this.base + i - this.streamOpenedAt - 1 });
    }
    if (this.depth === 0) return; // a stray closer: the skeleton's parse reports it
    this.depth -= 1;
    // Back in the parent: a value just ended, so no key is expected until the next comma.
    this.expectKey = false;
  }

  private comma(i: number): void {
    if (this.streamDepth !== 0) {
      if (this.depth !== this.streamDepth) return;
      if (this.elementStart < 0) this.separatorError(i, EXPECTED_VALUE);
      this.finishElement(i);
      this.afterComma = true;
      this.awaitingElement = true;
      return;
    }
    if (this.depth === 0 || this.depth > this.options.shallow) return;
    if (this.kinds[this.depth - 1] === OBJECT) this.expectKey = true;
    else this.path[this.depth - 1] = (this.path[this.depth - 1] as number) + 1;
  }

  private startElement(i: number): void {
    if (VALUE_START[this.chunk[i]!] === 0) this.separatorError(i, EXPECTED_VALUE);
    this.elementStart = i;
    this.elementOffset = this.base + i;
    this.afterComma = false;
    this.awaitingElement = false;
  }

  private finishElement(end: number): void {
    const chunk = this.chunk;
    let text: string;
    if (this.elementParts.length === 0) {
      text = chunk.toString('utf8', this.elementStart, end);
    } else {
      this.elementParts.push(chunk.subarray(0, end));
      text = Buffer.concat(this.elementParts).toString('utf8');
      this.elementParts = [];
    }
    this.elementStart = -1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw this.syntaxError('element', this.elementOffset, text, (e as Error).message);
    }
    this.handler.element(this.streamPath, this.elementIndex, value);
    this.elementIndex += 1;
  }

  private separatorError(i: number, expected: string): never {
    // The character as the whole-document checker shows it: one UTF-16 unit of the decoded text.
    const found = this.chunk.toString('utf8', i, Math.min(i + 4, this.chunk.length))[0]!;
    throw this.syntaxError('separator', this.base + i, '', `${expected}, found ${JSON.stringify(found)}`);
  }

  /** The skeleton of the innermost container that encloses the array opening at chunk offset `i`. */
  private prefix(i: number): Buffer {
    this.flushTo(i);
    return this.skeleton.subarray(this.starts[this.depth - 2] ?? 0, this.skeletonLength);
  }

  private flushTo(end: number): void {
    if (!this.options.keepSkeleton || this.copyFrom < 0) {
      if (this.copyFrom >= 0) this.copyFrom = end;
      return;
    }
    const length = end - this.copyFrom;
    if (length <= 0) return;
    if (this.skeletonLength + length > this.skeleton.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.skeleton.length * 2, this.skeletonLength + length));
      this.skeleton.copy(grown, 0, 0, this.skeletonLength);
      this.skeleton = grown;
    }
    this.chunk.copy(this.skeleton, this.skeletonLength, this.copyFrom, end);
    this.skeletonLength += length;
    this.copyFrom = end;
  }
}
