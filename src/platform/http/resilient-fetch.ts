/**
 * A `fetch` that every platform client goes through. Each try has a time limit that covers the
 * headers AND the body (a server that sends headers and then stalls is cut off), every try and every
 * wait comes out of one deadline, and failures that may pass are retried: rate limits as the platform
 * asks (within the deadline), server errors, dropped connections, time-outs, and a 2xx answer whose
 * JSON body is cut short. Writes are retried only when the platform refused them unprocessed (rate
 * limits), so a note is never posted twice. Messages name the method and path, never a header.
 */
import { Answer, AnswerHeaders } from '../../gather/http/answer.js';
import { DeadlineError, type Deadline } from './deadline.js';
import { isRateLimited, waitFor } from './retry-wait.js';

export interface FetchPolicy {
  deadline: Deadline;
  /** Limit of one try (headers and body), in ms; the deadline can make it shorter. */
  attemptTimeoutMs: number;
  /** Tries in all for one request. */
  maxAttempts: number;
  backoffBaseMs: number;
  /** Called once per try, for the request count. */
  onAttempt?: () => void;
  /** One line for the job log when the gate waits. */
  log?: (line: string) => void;
  random?: () => number;
}

const RETRY_STATUS = new Set([500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A try that failed without an HTTP answer worth returning. */
class TryFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

function describe(input: Parameters<typeof fetch>[0], method: string): string {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    return `${method} ${new URL(raw).pathname}`;
  } catch {
    return method;
  }
}

async function readBody(res: Response, signal: AbortSignal): Promise<Uint8Array> {
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(new TryFailure('the response body stalled past the time limit', true));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined);
  // The signal that marks a stall also ends the request, and with it this read: its error is not the try's.
  const bytes = res.arrayBuffer();
  bytes.catch(() => undefined);
  try {
    return new Uint8Array(await Promise.race([bytes, aborted]));
  } catch (e) {
    throw e instanceof TryFailure ? e : new TryFailure(`the connection broke while reading the answer (${(e as Error).message})`, true);
  }
}

function isJson(res: Response): boolean {
  return /\bjson\b/i.test(res.headers.get('content-type') ?? '');
}

/** A 2xx JSON answer that does not parse is a broken answer, not data. */
function brokenJson(res: Response, body: Uint8Array): boolean {
  if (!res.ok || !isJson(res) || body.length === 0) return false;
  try {
    JSON.parse(new TextDecoder().decode(body));
    return false;
  } catch {
    return true;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function resilientFetch(base: typeof fetch, policy: FetchPolicy): typeof fetch {
  return async (input, init) => {
    // A Request is told by its shape: naming the global `Request` would load Node's undici (answer.ts).
    const method = (init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')).toUpperCase();
    const what = describe(input, method);
    const idempotent = IDEMPOTENT.has(method);
    let last: Response | undefined;
    let lastError = '';
    for (let attempt = 1; ; attempt++) {
      const left = policy.deadline.remaining();
      if (left <= 0) throw new DeadlineError(lastError ? `${what} (${lastError})` : what, policy.deadline.seconds);
      policy.onAttempt?.();
      const timeout = AbortSignal.timeout(Math.min(policy.attemptTimeoutMs, left));
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      let retryable: boolean;
      let headers: Headers | undefined;
      try {
        const res = await base(input, { ...init, signal }).catch((e: unknown) => {
          // A write that may have reached the server is never sent twice.
          throw new TryFailure(timeout.aborted ? 'no answer within the time limit' : `the request failed (${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`, idempotent);
        });
        const body = await readBody(res, signal);
        const copy = new Answer(res.status === 204 || res.status === 304 ? null : body, { status: res.status, statusText: res.statusText, headers: AnswerHeaders.from(res.headers) }) as unknown as Response;
        headers = res.headers;
        if (isRateLimited(res.status, res.headers)) {
          retryable = true;
          lastError = `HTTP ${res.status}, rate limited`;
        } else if (RETRY_STATUS.has(res.status)) {
          retryable = idempotent;
          lastError = `HTTP ${res.status}`;
        } else if (brokenJson(res, body)) {
          retryable = idempotent;
          lastError = `HTTP ${res.status} with a JSON body that is cut short or malformed`;
          if (!retryable || attempt >= policy.maxAttempts) throw new TryFailure(`${what}: the answer was ${lastError.replace(/^HTTP \d+ with /, '')}`, false);
        } else {
          return copy;
        }
        last = copy;
      } catch (e) {
        if (!(e instanceof TryFailure)) throw e;
        if (!e.retryable || attempt >= policy.maxAttempts) {
          if (policy.deadline.remaining() <= 0) throw new DeadlineError(`${what} (${e.message})`, policy.deadline.seconds);
          throw new Error(e.message.startsWith(what) ? e.message : `${what}: ${e.message}`);
        }
        retryable = true;
        lastError = e.message;
        last = undefined;
      }
      if (!retryable || attempt >= policy.maxAttempts) {
        if (last) return last;
        throw new Error(`${what}: ${lastError}`);
      }
      const wait = waitFor(headers, attempt, policy.backoffBaseMs, policy.random);
      if (wait.ms >= policy.deadline.remaining()) {
        // Not waited out: the platform asked for longer than the deadline leaves (or backoff would pass it).
        const asked = wait.asked ? `; the platform asks to wait ${Math.ceil(wait.ms / 1000)} s` : '';
        throw new DeadlineError(`${what} (${lastError}${asked})`, policy.deadline.seconds);
      }
      policy.log?.(`${what}: ${lastError}; trying again in ${(wait.ms / 1000).toFixed(1)} s.`);
      await sleep(wait.ms);
    }
  };
}
