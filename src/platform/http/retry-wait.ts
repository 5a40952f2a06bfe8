/**
 * How long to wait before the next try, as the platform asks: `Retry-After` (seconds or an HTTP date),
 * GitHub's `x-ratelimit-reset` and GitLab's `RateLimit-Reset` (epoch seconds) when the remaining quota
 * is 0; otherwise exponential backoff with full jitter, so many jobs hitting one limit do not retry
 * in lockstep.
 */
export interface WaitAdvice {
  ms: number;
  /** The platform named the wait (as opposed to our own backoff). */
  asked: boolean;
}

function header(headers: Headers, name: string): string | undefined {
  const v = headers.get(name);
  return v === null || v.trim() === '' ? undefined : v.trim();
}

function retryAfterMs(value: string, now: number): number | undefined {
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function resetMs(headers: Headers, prefix: 'x-ratelimit' | 'ratelimit', now: number): number | undefined {
  if (header(headers, `${prefix}-remaining`) !== '0') return undefined;
  const reset = header(headers, `${prefix}-reset`);
  if (!reset || !/^\d+$/.test(reset)) return undefined;
  return Math.max(0, Number(reset) * 1000 - now);
}

/** The wait a response asks for, if it names one. */
function askedWait(headers: Headers, now = Date.now()): number | undefined {
  const after = header(headers, 'retry-after');
  const fromAfter = after === undefined ? undefined : retryAfterMs(after, now);
  return fromAfter ?? resetMs(headers, 'x-ratelimit', now) ?? resetMs(headers, 'ratelimit', now);
}

/** Backoff for the given retry (1 = first retry): between half and all of base·2^(n-1). */
export function backoffMs(retry: number, baseMs: number, random: () => number = Math.random): number {
  const cap = baseMs * 2 ** Math.max(0, retry - 1);
  return Math.round(cap / 2 + random() * (cap / 2));
}

export function waitFor(headers: Headers | undefined, retry: number, baseMs: number, random?: () => number): WaitAdvice {
  const asked = headers ? askedWait(headers) : undefined;
  return asked !== undefined ? { ms: asked, asked: true } : { ms: backoffMs(retry, baseMs, random), asked: false };
}

/** GitHub answers a rate limit with 403 as well as 429; a 403 without these signals is a permission problem. */
export function isRateLimited(status: number, headers: Headers): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  return header(headers, 'retry-after') !== undefined || header(headers, 'x-ratelimit-remaining') === '0' || header(headers, 'ratelimit-remaining') === '0';
}
