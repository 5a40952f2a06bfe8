/**
 * The REST/GraphQL client: @actions/github's Octokit (proxy settings of the runner included) with
 * retries for transient failures (5xx, timeouts) and GitHub's rate-limit rules (wait as `retry-after`
 * or the reset time says, within bounds). Every attempt has a timeout, so a hung connection cannot
 * hold a required check for the job's whole time limit.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** One attempt's limit; retries come on top, so a dead API costs about a few minutes at most. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** The longest rate-limit wait the gate accepts; a longer one fails the request with GitHub's message. */
export const MAX_RATE_LIMIT_WAIT_S = 60;
const MAX_RATE_LIMIT_RETRIES = 2;

type Fetch = typeof fetch;

function withTimeout(base: Fetch, ms: number): Fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return base(input, { ...init, signal });
  };
}

export function apiUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL && env.GITHUB_API_URL.trim()) || 'https://api.github.com';
}

function onLimit(kind: string) {
  return (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
    const retryable = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    core.info(`GitHub ${kind} for ${options.method ?? 'GET'} ${options.url ?? ''}: ${retryable ? `retrying in ${retryAfter}s` : 'giving up'}.`);
    return retryable;
  };
}

export function createClient(token: string, env: NodeJS.ProcessEnv): GitHubClient {
  const baseFetch = ((defaults.request as { fetch?: Fetch } | undefined)?.fetch ?? fetch);
  return getOctokit(
    token,
    {
      baseUrl: apiUrl(env),
      request: { fetch: withTimeout(baseFetch, REQUEST_TIMEOUT_MS) },
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      // 429 is left to the throttling plugin, which waits as `retry-after` or the rate-limit reset says;
      // the retry plugin would otherwise retry it first on its own fixed backoff, too early.
      retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => core.info(m), error: (m: string) => core.info(m) },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, or undefined for network errors and bugs. */
export function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
