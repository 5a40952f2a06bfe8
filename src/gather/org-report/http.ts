/**
 * The HTTP side of collecting records from a platform API: a GET that retries what is worth retrying
 * (network errors and 5xx a few times, rate limits as long as the platform says, within a bound),
 * `Link`-header pagination, and artifact downloads that follow the platform's redirect to blob storage
 * without sending the token to another origin. The platform decides what a rate-limited answer looks like; the
 * token travels only in headers and no message quotes it.
 */
import { nodeFetch } from '../http/node-fetch.js';

const send = nodeFetch();

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** What a rate-limited answer says: wait this long (undefined: it does not say, use the fallback). */
interface RateLimited {
  waitMs: number | undefined;
  reason: string;
}

/** Reads a 403/429 answer: rate-limited (and how long to wait), or not (a permission problem). */
export type RateLimitRule = (status: number, headers: Headers, body: string, now: number) => RateLimited | undefined;

export interface ApiClientOptions {
  /** "GitHub" or "GitLab", for messages. */
  name: string;
  headers: Record<string, string>;
  rateLimit: RateLimitRule;
  /** Wait when a rate-limited answer says not how long; doubled on each further wait. */
  fallbackWaitMs: number;
  /** A longer wait than this fails the request instead of stalling the report. */
  maxWaitMs: number;
  timeoutMs?: number;
  onWait?: (ms: number, reason: string) => void;
}

const TRANSIENT_RETRIES = 3;
const RATE_LIMIT_RETRIES = 8;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The URL as it may be shown: no query string (a signed blob URL carries its signature there). */
function shown(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

function messageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    const m = parsed.message ?? parsed.error;
    if (typeof m === 'string') return m;
    if (m !== undefined) return JSON.stringify(m);
  } catch {
    // Not JSON: the text itself, shortened.
  }
  return body.slice(0, 200);
}

/** The `rel="next"` URL of a `Link` header. */
export function nextLink(headers: Headers): string | undefined {
  const link = headers.get('link');
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

export class ApiClient {
  requests = 0;
  rateLimitWaits = 0;

  constructor(private readonly o: ApiClientOptions) {}

  private async once(url: string, headers: Record<string, string>): Promise<Response> {
    this.requests++;
    return send(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(this.o.timeoutMs ?? 60_000) });
  }

  /**
   * A GET answered with 2xx or 3xx. Throws HttpError for anything else once retries are spent:
   * status 0 for a network failure, the status and the platform's message otherwise.
   */
  async get(url: string, auth = true): Promise<Response> {
    const headers = auth ? this.o.headers : {};
    let transient = 0;
    let limited = 0;
    for (;;) {
      let res: Response;
      try {
        res = await this.once(url, headers);
      } catch (e) {
        if (transient++ < TRANSIENT_RETRIES) {
          await sleep(1000 * 2 ** (transient - 1));
          continue;
        }
        throw new HttpError(0, `${this.o.name} did not answer ${shown(url)}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (res.status < 400) return res;
      const body = await res.text();
      if (res.status >= 500 && transient++ < TRANSIENT_RETRIES) {
        await sleep(1000 * 2 ** (transient - 1));
        continue;
      }
      const rate = res.status === 403 || res.status === 429 ? this.o.rateLimit(res.status, res.headers, body, Date.now()) : undefined;
      if (rate) {
        const wait = rate.waitMs ?? this.o.fallbackWaitMs * 2 ** limited;
        if (limited++ >= RATE_LIMIT_RETRIES || wait > this.o.maxWaitMs) {
          throw new HttpError(res.status, `${this.o.name} rate limit (${rate.reason}) on ${shown(url)}: waiting ${Math.ceil(wait / 1000)} s is more than allowed (--max-rate-limit-wait ${Math.round(this.o.maxWaitMs / 1000)})`);
        }
        this.rateLimitWaits++;
        this.o.onWait?.(wait, rate.reason);
        await sleep(wait);
        continue;
      }
      throw new HttpError(res.status, `${this.o.name} answered ${res.status} for ${shown(url)}: ${messageOf(body)}`);
    }
  }

  async json(url: string): Promise<{ body: unknown; headers: Headers }> {
    const res = await this.get(url);
    if (res.status >= 300) throw new HttpError(res.status, `${this.o.name} answered ${res.status} for ${shown(url)} where JSON was expected`);
    const text = await res.text();
    try {
      return { body: JSON.parse(text), headers: res.headers };
    } catch {
      throw new HttpError(res.status, `${this.o.name} answered ${shown(url)} with something that is not JSON`);
    }
  }

  /** Every page, following `next` (the platform's way of saying where the next page is). */
  async *pages(first: string, next: (headers: Headers, url: string) => string | undefined = (h) => nextLink(h)): AsyncGenerator<unknown> {
    let url: string | undefined = first;
    while (url !== undefined) {
      const { body, headers } = await this.json(url);
      yield body;
      url = next(headers, url);
    }
  }

  /**
   * An archive's bytes. The API answers with the file or a redirect to blob storage, which is fetched
   * without the token. Undefined when it is gone (expired or deleted since it was listed).
   */
  async download(url: string): Promise<Uint8Array | undefined> {
    let res: Response;
    try {
      res = await this.get(url);
      for (let hops = 0; res.status >= 300 && res.status < 400; hops++) {
        const location = res.headers.get('location');
        await res.body?.cancel();
        if (!location || hops >= 5) throw new HttpError(res.status, `${this.o.name} redirected ${shown(url)} ${location ? 'too often' : 'without a Location'}`);
        const target = new URL(location, url);
        // Blob storage gets no token: the redirect URL carries its own short-lived signature.
        res = await this.get(target.href, target.origin === new URL(url).origin);
      }
    } catch (e) {
      if (e instanceof HttpError && (e.status === 404 || e.status === 410)) return undefined;
      throw e;
    }
    return new Uint8Array(await res.arrayBuffer());
  }
}
