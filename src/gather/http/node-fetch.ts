/**
 * The platform clients' transport: `fetch`'s shape over node:http and node:https. Node's `fetch` (undici)
 * parses answers with llhttp compiled to WebAssembly; on Node 20 compiling it costs a pull request's run
 * about a quarter of its CPU, more than its requests. node:http parses with the llhttp built into Node,
 * and on Node 22 and 24 both cost the same. What the clients rely on behaves as `fetch` does: redirects
 * are followed (the token is not sent to another origin), gzip, deflate and brotli answers are decoded,
 * an abort signal ends the request and its body, and a failure rejects with `TypeError('fetch failed')`
 * whose `cause` says why. The body errors when the connection ends early. Answers are `Answer`s, not
 * Node's `Response`, whose first use compiles Node's bundled undici (answer.ts).
 */
import http from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Answer, AnswerHeaders, headerPair, type BodySource } from './answer.js';

/** The agent for a URL (a proxy's, say); undefined: a direct connection. */
export type AgentFor = (url: URL) => Promise<http.Agent | undefined>;

const MAX_REDIRECTS = 20;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** Fetch drops these on a redirect to another origin. */
const ORIGIN_BOUND = ['authorization', 'proxy-authorization', 'cookie'];
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

// Kept-alive connections: a platform client sends its requests one after another to one host.
// Idle sockets of an Agent are unref'd, so they never keep the process alive.
const direct = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

const failed = (cause: unknown) => new TypeError('fetch failed', { cause });

/** Why a request was aborted: the reason its signal carries (a DOMException for timeouts and plain aborts). */
const reasonOf = (signal: AbortSignal) => signal.reason as Error;

function urlOf(input: Parameters<typeof fetch>[0]): URL {
  return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
}

/** The request's headers by lower-case name, from the shapes fetch takes: a record, pairs, or a `Headers`. */
function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined || headers === null) return out;
  const pairs: Iterable<readonly [string, string]> =
    Symbol.iterator in headers ? (headers as Iterable<readonly [string, string]>) : Object.entries(headers as Record<string, string>);
  for (const [name, value] of pairs) {
    const pair = headerPair(name, String(value));
    if (pair === undefined) throw new TypeError(`invalid header ${JSON.stringify(name)}`);
    const [key, v] = pair;
    out[key] = key in out ? `${out[key]}, ${v}` : v;
  }
  return out;
}

function bodyBytes(body: RequestInit['body']): Buffer | undefined {
  if (body === null || body === undefined) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('this transport sends string or byte bodies only');
}

function decoder(encoding: string | undefined): NodeJS.ReadWriteStream | undefined {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/** The answer's bytes as they arrive: the end, or an error when the answer is cut short. */
function bodySource(res: http.IncomingMessage, signal: AbortSignal | undefined): BodySource {
  const decode = decoder(res.headers['content-encoding']);
  const source: Readable | NodeJS.ReadWriteStream = decode ? pipeline(res, decode, () => undefined) : res;
  return {
    start(sink) {
      // Open until the first of: the end, an error, a cut connection, the reader's cancel.
      let open = true;
      const settle = (e?: Error) => {
        if (!open) return;
        open = false;
        // An abort ends the body as it ends fetch's: with the signal's reason.
        sink.end(e === undefined ? undefined : signal?.aborted ? reasonOf(signal) : failed(e));
      };
      source.on('data', (chunk: Buffer) => {
        if (open) sink.chunk(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
      source.on('end', () => settle());
      source.on('error', (e: Error) => settle(e));
      res.on('close', () => {
        if (!res.complete) settle(new Error('the connection closed before the answer was complete'));
      });
    },
    cancel() {
      res.destroy();
    },
  };
}

function answer(res: http.IncomingMessage, method: string, signal: AbortSignal | undefined): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) throw failed(new Error(`the answer's status ${status} is not an HTTP status fetch accepts`));
  const noBody = method === 'HEAD' || status === 204 || status === 205 || status === 304;
  if (noBody) res.resume();
  const headers = AnswerHeaders.fromRaw(res.rawHeaders);
  // The clients read what they read of a Response; the rest of its shape they never touch.
  return new Answer(noBody ? null : bodySource(res, signal), { status, statusText: res.statusMessage ?? '', headers }) as unknown as Response;
}

interface Outgoing {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  redirect: NonNullable<RequestInit['redirect']>;
  signal: AbortSignal | undefined;
}

/** The request fetch sends after a redirect `status` to `to`. */
function redirected(req: Outgoing, status: number, to: URL): Outgoing {
  const headers = { ...req.headers };
  let { method, body } = req;
  if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
    method = 'GET';
    body = undefined;
    for (const h of BODY_HEADERS) delete headers[h];
  }
  if (to.origin !== req.url.origin) for (const h of ORIGIN_BOUND) delete headers[h];
  return { ...req, url: to, method, headers, body };
}

function send(req: Outgoing, agentFor: AgentFor, redirects: number): Promise<Response> {
  return agentFor(req.url).then(
    (agent) =>
      new Promise<Response>((resolve, reject) => {
        const { url, signal } = req;
        if (signal?.aborted) return reject(reasonOf(signal));
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject(failed(new Error(`${url.protocol} URLs are not supported`)));
        const headers = { ...req.headers };
        if (req.body) headers['content-length'] = String(req.body.length);
        const client = (url.protocol === 'https:' ? https : http).request(url, { method: req.method, headers, agent: agent ?? direct[url.protocol] });
        const onAbort = () => client.destroy(reasonOf(signal!));
        signal?.addEventListener('abort', onAbort, { once: true });
        client.on('error', (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(signal?.aborted ? reasonOf(signal) : failed(e));
        });
        client.on('response', (res) => {
          res.on('close', () => signal?.removeEventListener('abort', onAbort));
          // A connection that breaks reaches the reader through the body stream; unheard, it would end the process.
          res.on('error', () => undefined);
          const status = res.statusCode ?? 0;
          const location = res.headers.location;
          if (REDIRECT.has(status) && location !== undefined && req.redirect !== 'manual') {
            res.resume();
            if (req.redirect === 'error') return reject(failed(new Error(`redirected with status ${status}`)));
            if (redirects >= MAX_REDIRECTS) return reject(failed(new Error('too many redirects')));
            let to: URL;
            try {
              to = new URL(location, url);
            } catch {
              return reject(failed(new Error('the redirect names no valid URL')));
            }
            return resolve(send(redirected(req, status, to), agentFor, redirects + 1));
          }
          try {
            resolve(answer(res, req.method, signal));
          } catch (e) {
            res.destroy();
            reject(e instanceof Error ? e : failed(e));
          }
        });
        client.end(req.body);
      }),
  );
}

const noAgent: AgentFor = () => Promise.resolve(undefined);

/** A `fetch` over node:http and node:https; `agentFor` picks each request's agent (a proxy's, say). */
export function nodeFetch(agentFor: AgentFor = noAgent): typeof fetch {
  return (input, init) => {
    try {
      const headers = headerRecord(init?.headers);
      if (!('accept-encoding' in headers)) headers['accept-encoding'] = 'gzip, deflate, br';
      // As fetch labels a text body sent without a type.
      if (typeof init?.body === 'string' && !('content-type' in headers)) headers['content-type'] = 'text/plain;charset=UTF-8';
      const method = (init?.method ?? 'GET').toUpperCase();
      return send({ url: urlOf(input), method, headers, body: bodyBytes(init?.body), redirect: init?.redirect ?? 'follow', signal: init?.signal ?? undefined }, agentFor, 0);
    } catch (e) {
      return Promise.reject(e instanceof TypeError ? e : failed(e));
    }
  };
}
