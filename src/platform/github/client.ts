/**
 * The REST/GraphQL client: @actions/github's Octokit over the shared resilient fetch and the node:http
 * transport, through the runner's proxy where one applies. Every try is time-limited (headers and body),
 * rate limits are waited out as GitHub asks (`retry-after`, `x-ratelimit-reset`) within the platform
 * deadline, server errors and cut bodies are retried with jittered backoff, and nothing outlives the
 * deadline.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { nodeFetch } from '../../gather/http/node-fetch.js';
import { resilientFetch } from '../http/resilient-fetch.js';
import { runnerProxy } from '../http/runner-proxy.js';
import type { PlatformTiming } from '../http/timing.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

function apiUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL && env.GITHUB_API_URL.trim()) || 'https://api.github.com';
}

export interface CountedClient {
  client: GitHubClient;
  /** HTTP tries made so far. */
  requests(): number;
}

export function createClient(token: string, env: NodeJS.ProcessEnv, timing: PlatformTiming): CountedClient {
  let requests = 0;
  const fetchWithRules = resilientFetch(nodeFetch(runnerProxy), {
    ...timing,
    onAttempt: () => requests++,
    log: (line) => core.info(`GitHub API ${line}`),
  });
  const client = getOctokit(token, {
    baseUrl: apiUrl(env),
    request: { fetch: fetchWithRules },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => core.info(m), error: (m: string) => core.info(m) },
  });
  return { client, requests: () => requests };
}

/** The HTTP status of an Octokit error, or undefined for network errors and bugs. */
export function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
