/**
 * gitbeaker's requester over the shared resilient fetch, built as @gitbeaker/rest builds its own over
 * plain fetch: gitbeaker's resource classes make the URL, query, headers and body; this sends them and
 * hands back the answer. Retries, time limits and rate-limit waits belong to the resilient fetch, so
 * gitbeaker's own (a retry loop for 429 and 502 with no deadline, a client-side rate limiter) are not
 * used. A refusal becomes GitLabApiError: the HTTP status and GitLab's own short message, never the
 * body as it came, nor a header (the token travels in one).
 */
import { createRequesterFn, type FormattedResponse, type RequesterType, type RequestOptions, type ResourceOptions, type ResponseBodyTypes } from '@gitbeaker/requester-utils';
import { DeadlineError } from '../http/deadline.js';

/** A refused or failed call: the HTTP status and GitLab's own short message, never the request. */
export class GitLabApiError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly detail: string,
  ) {
    super(status ? `HTTP ${status}: ${detail}` : detail);
    this.name = 'GitLabApiError';
  }
}

/** GitLab's error text (`message` or `error`), one short line: an error body is never printed raw. */
function errorDetail(status: number, text: string): string {
  let said: unknown;
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    said = body.message ?? body.error;
  } catch {
    said = undefined;
  }
  const words = typeof said === 'string' ? said : said !== undefined ? JSON.stringify(said) : `status ${status}`;
  const line = words.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * The body as data: JSON when it parses, else the text, which no answer schema accepts. An empty body
 * is no data (gitbeaker's own requester makes `{}` of it, which would let a list read as one object).
 */
function bodyOf(status: number, text: string): unknown {
  if (status === 204 || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function send(http: typeof fetch, endpoint: string, options: RequestOptions): Promise<FormattedResponse> {
  const { prefixUrl = '', searchParams, method = 'GET', headers, body, signal } = options;
  const url = new URL(endpoint, prefixUrl.endsWith('/') ? prefixUrl : `${prefixUrl}/`);
  url.search = searchParams ?? '';
  let res: Response;
  try {
    res = await http(url, { method, headers: { accept: 'application/json', ...headers }, ...(body === undefined ? {} : { body }), ...(signal ? { signal } : {}) });
  } catch (e) {
    if (e instanceof DeadlineError) throw e;
    throw new GitLabApiError(undefined, e instanceof Error ? e.message : String(e));
  }
  const text = await res.text();
  if (!res.ok) throw new GitLabApiError(res.status, errorDetail(res.status, text));
  // Unchecked here: every caller checks the answer against the shape it relies on.
  return { body: bodyOf(res.status, text) as ResponseBodyTypes, headers: Object.fromEntries(res.headers.entries()), status: res.status };
}

/** The `requesterFn` for gitbeaker's resource classes, sending every request through `http`. */
export function fetchRequester(http: typeof fetch): (resource: ResourceOptions) => RequesterType {
  return createRequesterFn(
    (_resource, options) => Promise.resolve(options),
    (endpoint, options) => send(http, endpoint, options ?? {}),
  );
}
