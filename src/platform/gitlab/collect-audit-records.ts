/**
 * Collects audit records from the gate job's artifacts across GitLab projects: the projects of groups
 * (subgroups included, archived ones left out) or a given list, each project's finished jobs with the
 * gate's job name created in the date range, and each job's artifacts archive (a zip file). Pages are
 * followed by `Link` or `x-next-page`, which GitLab sends even where it omits totals.
 *
 * A project that cannot be read is a problem listed in the report; a token GitLab rejects, or a group
 * it cannot see, stops the report.
 */
import { InputError } from '../../core/errors.js';
import { inRange, NewestFirst, walkArtifacts, type CollectRange, type Collected, type CollectorEvents, type RetrySettings } from '../../gather/org-report/collect.js';
import type { RecordSink } from '../../gather/org-report/documents.js';
import { ApiClient, HttpError, nextLink, type RateLimitRule } from '../../gather/org-report/http.js';

export interface GitLabCollectOptions extends CollectRange, RetrySettings {
  /** The instance, e.g. https://gitlab.com; the API is under /api/v4. */
  url: string;
  token: string;
  groups: string[];
  projects: string[];
  /** The gate's job name (the component's `job-name` input). */
  jobName: string;
}

const TOKEN_HINT = 'Use a group access token or personal access token with the read_api scope and at least the Reporter role, in GITLAB_TOKEN or the variable --gitlab-token-env names.';

/** GitLab's 429: `Retry-After` seconds, else `RateLimit-Reset` (epoch seconds), else the fallback. */
const gitlabRateLimit: RateLimitRule = (status, headers, _body, now) => {
  if (status !== 429) return undefined;
  const retryAfter = Number(headers.get('retry-after'));
  if (headers.has('retry-after') && Number.isFinite(retryAfter)) return { waitMs: retryAfter * 1000, reason: 'retry-after' };
  const reset = Number(headers.get('ratelimit-reset'));
  if (headers.has('ratelimit-reset') && Number.isFinite(reset)) return { waitMs: Math.max(0, reset * 1000 - now) + 1000, reason: 'RateLimit-Reset' };
  return { waitMs: undefined, reason: 'rate limited' };
};

/** `Link: rel="next"`, else `x-next-page` on the same URL. */
function nextPage(headers: Headers, url: string): string | undefined {
  const link = nextLink(headers);
  if (link) return link;
  const page = headers.get('x-next-page');
  if (!page) return undefined;
  const u = new URL(url);
  u.searchParams.set('page', page);
  return u.href;
}

interface Project {
  id: number;
  path: string;
}

interface Job {
  id: number;
  createdAt?: number;
}

function fatal(e: unknown, what: string): never {
  if (e instanceof HttpError && e.status === 401) throw new InputError(`GitLab rejected the token (401) while listing ${what}.`, TOKEN_HINT);
  if (e instanceof HttpError && (e.status === 404 || e.status === 403)) throw new InputError(`GitLab could not list ${what}: ${e.message}`, `Check the path, and that the token may see it. ${TOKEN_HINT}`);
  if (e instanceof HttpError) throw new InputError(e.message, 'Try again later, or collect fewer projects at once.');
  throw e;
}

async function listProjects(client: ApiClient, api: string, o: GitLabCollectOptions): Promise<Project[]> {
  const byPath = new Map<string, Project>();
  for (const path of o.projects) {
    try {
      const { body } = await client.json(`${api}/projects/${encodeURIComponent(path)}`);
      const p = body as { id?: unknown; path_with_namespace?: unknown };
      if (typeof p.id === 'number' && typeof p.path_with_namespace === 'string') byPath.set(p.path_with_namespace, { id: p.id, path: p.path_with_namespace });
    } catch (e) {
      fatal(e, `the project ${path}`);
    }
  }
  for (const group of o.groups) {
    try {
      const url = `${api}/groups/${encodeURIComponent(group)}/projects?include_subgroups=true&archived=false&simple=true&order_by=id&sort=asc&per_page=100`;
      for await (const page of client.pages(url, nextPage)) {
        for (const p of Array.isArray(page) ? page : []) {
          const { id, path_with_namespace: path } = p as { id?: unknown; path_with_namespace?: unknown };
          if (typeof id === 'number' && typeof path === 'string') byPath.set(path, { id, path });
        }
      }
    } catch (e) {
      fatal(e, `the projects of the group ${group}`);
    }
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}

function toJob(v: unknown, jobName: string): Job | undefined {
  const j = v as { id?: unknown; name?: unknown; created_at?: unknown; artifacts_file?: unknown; artifacts?: unknown } | null;
  if (!j || typeof j.id !== 'number' || j.name !== jobName) return undefined;
  const hasArchive = (j.artifacts_file !== null && j.artifacts_file !== undefined) || (Array.isArray(j.artifacts) && j.artifacts.some((a) => (a as { file_type?: unknown }).file_type === 'archive'));
  if (!hasArchive) return undefined;
  const created = typeof j.created_at === 'string' ? Date.parse(j.created_at) : NaN;
  return { id: j.id, createdAt: Number.isFinite(created) ? created : undefined };
}

async function gateJobs(client: ApiClient, api: string, o: GitLabCollectOptions, project: Project): Promise<Job[]> {
  const found: Job[] = [];
  const order = new NewestFirst();
  // Success and failed: the gate fails its job on a violation, and keeps the record (artifacts: when: always).
  const url = `${api}/projects/${project.id}/jobs?scope[]=success&scope[]=failed&per_page=100`;
  for await (const page of client.pages(url, nextPage)) {
    for (const v of Array.isArray(page) ? page : []) {
      const created = Date.parse(String((v as { created_at?: unknown }).created_at));
      order.see(Number.isFinite(created) ? created : undefined);
      const job = toJob(v, o.jobName);
      if (job && inRange(job.createdAt, o)) found.push(job);
    }
    if (order.pastStart(o)) break;
  }
  return found;
}

export async function collectFromGitLab(o: GitLabCollectOptions, sink: RecordSink, events: CollectorEvents): Promise<Collected> {
  const api = `${o.url.replace(/\/+$/, '')}/api/v4`;
  const client = new ApiClient({
    name: 'GitLab',
    headers: { 'private-token': o.token, 'user-agent': 'ai-governance-gate-report' },
    rateLimit: gitlabRateLimit,
    fallbackWaitMs: o.fallbackWaitMs,
    maxWaitMs: o.maxWaitMs,
    onWait: (ms, reason) => events.waiting(ms, reason),
  });
  const projects = await listProjects(client, api, o);
  events.repositories(projects.length);
  const walked = await walkArtifacts(
    projects,
    {
      platform: 'gitlab',
      client,
      name: (p) => p.path,
      list: async (p) => (await gateJobs(client, api, o, p)).map((job) => ({ url: `${api}/projects/${p.id}/jobs/${job.id}/artifacts`, source: `gitlab:${p.path}/-/jobs/${job.id}/artifacts` })),
      fatal: (e, p) => {
        if (e instanceof HttpError && e.status === 401) fatal(e, `the jobs of ${p.path}`);
      },
    },
    sink,
    events,
    o.concurrency,
  );
  const scope = [...o.groups, ...(o.projects.length ? [`${o.projects.length} listed projects`] : [])].join(', ');
  return {
    summary: { platform: 'gitlab', scope, repositories: projects.length, artifacts: walked.artifacts, records: walked.records, gone: walked.gone, requests: client.requests, rateLimitWaits: client.rateLimitWaits },
    problems: walked.problems,
    repositories: projects.map((p) => p.path),
  };
}
