/**
 * Collects audit records from the gate's workflow artifacts across GitHub repositories: the
 * repositories of organisations (or a given list), each repository's artifacts whose name starts
 * with the gate's prefix (the template names them `ai-governance-<run id>-<attempt>`), created in the
 * date range, downloaded as zip files. Rate limits are waited out as GitHub's headers say.
 *
 * A repository that cannot be read (no access, Actions disabled) is a problem listed in the report;
 * a token GitHub rejects, or an organisation it cannot see, stops the report.
 */
import { InputError } from '../../core/errors.js';
import { inRange, NewestFirst, walkArtifacts, type CollectRange, type Collected, type CollectorEvents, type RetrySettings } from '../../gather/org-report/collect.js';
import type { RecordSink } from '../../gather/org-report/documents.js';
import { ApiClient, HttpError, type RateLimitRule } from '../../gather/org-report/http.js';

export interface GitHubCollectOptions extends CollectRange, RetrySettings {
  apiUrl: string;
  token: string;
  orgs: string[];
  repositories: string[];
  /** Artifacts whose name starts with this hold audit records. */
  artifactPrefix: string;
}

const TOKEN_HINT =
  'Use a fine-grained token or GitHub App with "Actions: read" and "Metadata: read" on the repositories (a classic token needs `repo`), in GITHUB_TOKEN or the variable --github-token-env names.';

/**
 * GitHub's rules: the primary limit is a 403/429 with `x-ratelimit-remaining: 0` (wait until
 * `x-ratelimit-reset`); a secondary limit says so in its message, with `retry-after` or without.
 */
const githubRateLimit: RateLimitRule = (status, headers, body, now) => {
  const retryAfter = Number(headers.get('retry-after'));
  if (headers.has('retry-after') && Number.isFinite(retryAfter)) return { waitMs: retryAfter * 1000, reason: 'retry-after' };
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    return { waitMs: Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : undefined, reason: 'primary rate limit' };
  }
  if (status === 429 || /rate limit/i.test(body)) return { waitMs: undefined, reason: 'secondary rate limit' };
  return undefined;
};

interface Artifact {
  id: number;
  name: string;
  expired: boolean;
  createdAt?: number;
  url: string;
}

/** The token goes only to the API's own origin: a download URL elsewhere is not followed with it. */
function downloadUrl(given: unknown, api: string, repo: string, id: number): string {
  const own = `${api}/repos/${repo}/actions/artifacts/${id}/zip`;
  if (typeof given !== 'string') return own;
  try {
    return new URL(given).origin === new URL(api).origin ? given : own;
  } catch {
    return own;
  }
}

function toArtifact(v: unknown, api: string, repo: string): Artifact | undefined {
  const o = v as { id?: unknown; name?: unknown; expired?: unknown; created_at?: unknown; archive_download_url?: unknown } | null;
  if (!o || typeof o.id !== 'number' || typeof o.name !== 'string') return undefined;
  const created = typeof o.created_at === 'string' ? Date.parse(o.created_at) : NaN;
  return {
    id: o.id,
    name: o.name,
    expired: o.expired === true,
    createdAt: Number.isFinite(created) ? created : undefined,
    url: downloadUrl(o.archive_download_url, api, repo, o.id),
  };
}

function fatal(e: unknown, what: string): never {
  if (e instanceof HttpError && e.status === 401) throw new InputError(`GitHub rejected the token (401) while listing ${what}.`, TOKEN_HINT);
  if (e instanceof HttpError && (e.status === 404 || e.status === 403)) throw new InputError(`GitHub could not list ${what}: ${e.message}`, `Check the name, and that the token may see it. ${TOKEN_HINT}`);
  if (e instanceof HttpError) throw new InputError(e.message, 'Try again later, or collect fewer repositories at once.');
  throw e;
}

async function listRepositories(client: ApiClient, o: GitHubCollectOptions): Promise<string[]> {
  const names = new Set<string>();
  for (const repo of o.repositories) {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) throw new InputError(`--github-repos: "${repo}" is not owner/name.`, 'List repositories as owner/name, separated by commas.');
    names.add(repo);
  }
  for (const org of o.orgs) {
    try {
      for await (const page of client.pages(`${o.apiUrl}/orgs/${encodeURIComponent(org)}/repos?type=all&per_page=100`)) {
        for (const r of Array.isArray(page) ? page : []) {
          const full = (r as { full_name?: unknown; archived?: unknown }).full_name;
          if (typeof full === 'string' && (r as { archived?: unknown }).archived !== true) names.add(full);
        }
      }
    } catch (e) {
      fatal(e, `the repositories of the organisation ${org}`);
    }
  }
  return [...names].sort();
}

async function gateArtifacts(client: ApiClient, o: GitHubCollectOptions, repo: string): Promise<Artifact[]> {
  const found: Artifact[] = [];
  const order = new NewestFirst();
  const url = `${o.apiUrl}/repos/${repo}/actions/artifacts?per_page=100`;
  for await (const page of client.pages(url)) {
    const artifacts = ((page as { artifacts?: unknown[] } | null)?.artifacts ?? []).map((a) => toArtifact(a, o.apiUrl, repo)).filter((a): a is Artifact => a !== undefined);
    for (const a of artifacts) {
      order.see(a.createdAt);
      if (a.name.startsWith(o.artifactPrefix) && !a.expired && inRange(a.createdAt, o)) found.push(a);
    }
    if (order.pastStart(o)) break;
  }
  return found;
}

export async function collectFromGitHub(o: GitHubCollectOptions, sink: RecordSink, events: CollectorEvents): Promise<Collected> {
  const client = new ApiClient({
    name: 'GitHub',
    headers: { authorization: `Bearer ${o.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'ai-governance-gate-report' },
    rateLimit: githubRateLimit,
    fallbackWaitMs: o.fallbackWaitMs,
    maxWaitMs: o.maxWaitMs,
    onWait: (ms, reason) => events.waiting(ms, reason),
  });
  const repositories = await listRepositories(client, o);
  events.repositories(repositories.length);
  const walked = await walkArtifacts(
    repositories,
    {
      platform: 'github',
      client,
      name: (repo) => repo,
      list: async (repo) => (await gateArtifacts(client, o, repo)).map((a) => ({ url: a.url, source: `github:${repo}/actions/artifacts/${a.id} (${a.name})` })),
      fatal: (e, repo) => {
        if (e instanceof HttpError && e.status === 401) fatal(e, `the artifacts of ${repo}`);
      },
    },
    sink,
    events,
    o.concurrency,
  );
  const scope = [...o.orgs, ...(o.repositories.length ? [`${o.repositories.length} listed repositories`] : [])].join(', ');
  return {
    summary: { platform: 'github', scope, repositories: repositories.length, artifacts: walked.artifacts, records: walked.records, gone: walked.gone, requests: client.requests, rateLimitWaits: client.rateLimitWaits },
    problems: walked.problems,
    repositories,
  };
}
