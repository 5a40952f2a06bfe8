/**
 * An HTTP answer in the shape of fetch's `Response`, as far as the platform clients read one: status,
 * headers, and the body as text, JSON, bytes, a blob or a web stream. Node's own `Response` and
 * `Headers` live in its bundled undici, and the first use of either makes Node compile it: about 40 ms
 * on Node 20 and 50 ms on Node 24, a tenth of a pull request's run. These are small and read-only.
 */

/** Where an answer's bytes come from: `start` is called once, at once, and reports every chunk, then the end or the error that cut it short. */
export interface BodySource {
  start(sink: { chunk(bytes: Uint8Array): void; end(error?: Error): void }): void;
  /** The reader lost interest: stop and let the connection go. */
  cancel(): void;
}

/** A header name fetch accepts (an HTTP token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** HTTP whitespace, trimmed from a value's ends as fetch does. */
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const FORBIDDEN_IN_VALUE = /[\0\r\n]/;

/** A header as fetch keeps it: the name in lower case and the value trimmed; undefined for one fetch refuses. */
export function headerPair(name: string, value: string): [string, string] | undefined {
  const v = value.replace(EDGE_WHITESPACE, '');
  return TOKEN.test(name) && !FORBIDDEN_IN_VALUE.test(v) ? [name.toLowerCase(), v] : undefined;
}

/** A response's headers, read-only: names matched without case; repeated headers joined with ", " as fetch joins them. */
export class AnswerHeaders implements Iterable<[string, string]> {
  private readonly byName = new Map<string, string[]>();

  /** From alternating names and values (`IncomingMessage.rawHeaders`); a header fetch would refuse is left out. */
  static fromRaw(raw: readonly string[]): AnswerHeaders {
    const h = new AnswerHeaders();
    for (let i = 0; i + 1 < raw.length; i += 2) h.add(raw[i]!, raw[i + 1]!);
    return h;
  }

  /** From any headers that iterate as name and value pairs (a `Headers`, say). */
  static from(pairs: Iterable<[string, string]>): AnswerHeaders {
    if (pairs instanceof AnswerHeaders) return pairs;
    const h = new AnswerHeaders();
    for (const [name, value] of pairs) h.add(name, value);
    return h;
  }

  private add(name: string, value: string): void {
    const pair = headerPair(name, value);
    if (pair === undefined) return;
    const [key, v] = pair;
    const list = this.byName.get(key);
    if (list) list.push(v);
    else this.byName.set(key, [v]);
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase())?.join(', ') ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  getSetCookie(): string[] {
    return [...(this.byName.get('set-cookie') ?? [])];
  }

  /** In fetch's order: by name; `set-cookie` once per value, every other name once. */
  *entries(): IterableIterator<[string, string]> {
    for (const name of [...this.byName.keys()].sort()) {
      const list = this.byName.get(name)!;
      if (name === 'set-cookie') for (const v of list) yield [name, v];
      else yield [name, list.join(', ')];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: string, name: string, headers: AnswerHeaders) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

const unusable = () => new TypeError('Body is unusable: Body has already been read');

export interface AnswerInit {
  status: number;
  statusText?: string;
  headers: AnswerHeaders;
  url?: string;
}

/**
 * The body's chunks are taken as they arrive, from construction on, as fetch's body stream takes them;
 * they wait here until the body is read, as text, bytes or a stream.
 */
export class Answer {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: AnswerHeaders;
  readonly url: string;
  readonly redirected = false;
  readonly type = 'basic';
  private used = false;
  private readonly chunks: Uint8Array[] = [];
  private ended = false;
  private failure: Error | undefined;
  /** Set while a reader waits: the body's next chunk or its end goes there instead of the queue. */
  private forward: { chunk(bytes: Uint8Array): void; end(error?: Error): void } | undefined;
  private settled: (() => void) | undefined;
  private stream: ReadableStream<Uint8Array> | undefined;
  private readonly source: BodySource | undefined;
  private readonly hasBody: boolean;

  constructor(
    body: BodySource | Uint8Array | null,
    init: AnswerInit,
  ) {
    this.status = init.status;
    this.statusText = init.statusText ?? '';
    this.ok = init.status >= 200 && init.status <= 299;
    this.headers = init.headers;
    this.url = init.url ?? '';
    this.source = body instanceof Uint8Array || body === null ? undefined : body;
    if (body === null) this.ended = true;
    else if (body instanceof Uint8Array) {
      this.chunks.push(body);
      this.ended = true;
    } else {
      body.start({
        chunk: (bytes) => (this.forward ? this.forward.chunk(bytes) : this.chunks.push(bytes)),
        end: (error) => {
          if (this.forward) return this.forward.end(error);
          this.ended = true;
          this.failure = error;
          this.settled?.();
        },
      });
    }
    this.hasBody = body !== null;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /** The body as a web stream, made on first use (a web stream costs Node a module of its own too). */
  get body(): ReadableStream<Uint8Array> | null {
    if (!this.hasBody) return null;
    if (this.stream) return this.stream;
    const queued = this.chunks.splice(0);
    this.stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        for (const c of queued) controller.enqueue(c);
        const end = (error?: Error) => (error === undefined ? controller.close() : controller.error(error));
        if (this.ended) end(this.failure);
        else this.forward = { chunk: (bytes) => controller.enqueue(bytes), end };
      },
      cancel: () => {
        this.forward = { chunk: () => undefined, end: () => undefined };
        this.source?.cancel();
      },
    });
    return this.stream;
  }

  async bytes(): Promise<Uint8Array> {
    if (this.used || this.stream?.locked) throw unusable();
    this.used = true;
    if (this.stream) return Buffer.concat(await readAll(this.stream));
    if (!this.ended) await new Promise<void>((resolve) => (this.settled = resolve));
    if (this.failure !== undefined) throw this.failure;
    return Buffer.concat(this.chunks.splice(0));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = await this.bytes();
    // A copy unless the bytes fill their buffer alone: Buffer.concat may hand out part of a shared pool.
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? (b.buffer as ArrayBuffer) : new Uint8Array(b).buffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const next = await reader.read();
    if (next.done) return chunks;
    chunks.push(next.value);
  }
}
