/**
 * HTTP servers on 127.0.0.1 shaped like the APIs the report collects from, with their failure modes:
 *
 * - GitHub: `GET /orgs/{org}/repos`, `GET /repos/{o}/{r}/actions/artifacts` (bodies from GitHub's
 *   OpenAPI examples, `Link` pagination, newest first), and `GET …/artifacts/{id}/zip` answering 302
 *   to a blob server on another origin whose URL carries a signature, 410 when gone; 401 for a wrong
 *   token; 403 for a repository the token may not read; scripted 429 / rate-limit 403s.
 * - GitLab: `GET /api/v4/groups/:id/projects` and `GET /api/v4/projects/:id/jobs` paginated the way
 *   GitLab does past 10,000 rows (`x-next-page`, no totals) or with `Link`, and
 *   `GET /api/v4/projects/:id/jobs/:job_id/artifacts` answering the zip; `PRIVATE-TOKEN` checked.
 *
 * Every request is recorded with the headers that matter (is a token sent, and where).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example } from '../../platform/github/support/openapi-examples.js';
import { leanExecFileSync } from '../lean-exec.js';

type Json = Record<string, any>;

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization?: string;
  privateToken?: string;
}

interface Failure {
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
}

/** A zip as the `zip` tool packs a directory of these files. */
export function zipOf(files: Record<string, string>): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'gate-zip-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    leanExecFileSync('zip', ['-q', '-X', 'out.zip', ...Object.keys(files)], { cwd: dir });
    return readFileSync(join(dir, 'out.zip'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

abstract class RecordingServer {
  readonly seen: Seen[] = [];
  readonly failures: Failure[] = [];
  url = '';
  private server?: Server;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      this.seen.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, authorization: req.headers.authorization, privateToken: req.headers['private-token'] as string | undefined });
      const failure = this.failures.find((f) => f.times > 0 && f.path.test(url.pathname));
      if (failure) {
        failure.times--;
        this.json(res, failure.status, failure.body ?? { message: 'scripted failure' }, failure.headers);
        return;
      }
      this.handle(req, res, url);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  protected json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
    res.end(text);
  }

  protected zip(res: ServerResponse, bytes: Buffer): void {
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(bytes.length) });
    res.end(bytes);
  }

  protected abstract handle(req: IncomingMessage, res: ServerResponse, url: URL): void;
}

/** Where GitHub's download redirect points: another origin that needs no token, only the signed URL. */
export class BlobServer extends RecordingServer {
  readonly blobs = new Map<string, Buffer>();

  protected handle(_req: IncomingMessage, res: ServerResponse, url: URL): void {
    const blob = this.blobs.get(url.pathname);
    if (!blob || url.searchParams.get('sig') !== 'signed') this.json(res, 403, { message: 'AuthenticationFailed' });
    else this.zip(res, blob);
  }
}

export interface GitHubArtifact {
  id: number;
  name: string;
  createdAt: string;
  expired?: boolean;
  /** Deleted after it was listed: the download answers 410. */
  gone?: boolean;
  zip: Buffer;
}

export interface GitHubRepo {
  fullName: string;
  archived?: boolean;
  /** The token may not read its artifacts (403). */
  forbidden?: boolean;
  artifacts: GitHubArtifact[];
}

export class GitHubArtifactsServer extends RecordingServer {
  readonly orgs = new Map<string, GitHubRepo[]>();
  /** GitHub allows 100 a page; a smaller page here makes the tests page. */
  pageSize = 2;

  constructor(
    readonly token: string,
    readonly blobs: BlobServer,
  ) {
    super();
  }

  private page(req: URL, items: unknown[]): { slice: unknown[]; headers: Record<string, string> } {
    const perPage = Math.min(this.pageSize, Number(req.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(req.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    const link = (p: number) => {
      const u = new URL(req.href);
      u.searchParams.set('page', String(p));
      return `<${this.url}${u.pathname}${u.search}>`;
    };
    if (page < last) headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
    return { slice: items.slice((page - 1) * perPage, page * perPage), headers };
  }

  private repo(fullName: string): GitHubRepo | undefined {
    for (const repos of this.orgs.values()) for (const r of repos) if (r.fullName === fullName) return r;
    return undefined;
  }

  protected handle(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      this.json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    let m = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (m) {
      const repos = this.orgs.get(decodeURIComponent(m[1]!));
      if (!repos) return this.json(res, 404, { message: 'Not Found', status: '404' });
      const template = example('minimal-repository-items')[0];
      const { slice, headers } = this.page(url, repos.map((r) => ({ ...template, name: r.fullName.split('/')[1], full_name: r.fullName, archived: r.archived ?? false })));
      return this.json(res, 200, slice, headers);
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/actions\/artifacts$/.exec(url.pathname);
    if (m) {
      const repo = this.repo(m[1]!);
      if (!repo) return this.json(res, 404, { message: 'Not Found', status: '404' });
      if (repo.forbidden) return this.json(res, 403, { message: 'Resource not accessible by integration', status: '403' });
      const template = example('artifact');
      const newestFirst = [...repo.artifacts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const items = newestFirst.map((a) => ({
        ...template,
        id: a.id,
        name: a.name,
        size_in_bytes: a.zip.length,
        url: `${this.url}/repos/${repo.fullName}/actions/artifacts/${a.id}`,
        archive_download_url: `${this.url}/repos/${repo.fullName}/actions/artifacts/${a.id}/zip`,
        expired: a.expired ?? false,
        created_at: a.createdAt,
        updated_at: a.createdAt,
      }));
      const { slice, headers } = this.page(url, items);
      return this.json(res, 200, { total_count: items.length, artifacts: slice }, headers);
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
    if (m) {
      const a = this.repo(m[1]!)?.artifacts.find((x) => x.id === Number(m[2]));
      if (!a) return this.json(res, 404, { message: 'Not Found', status: '404' });
      if (a.gone || a.expired) return this.json(res, 410, { message: 'Artifact has expired', status: '410' });
      const path = `/blob/${a.id}.zip`;
      this.blobs.blobs.set(path, a.zip);
      res.writeHead(302, { location: `${this.blobs.url}${path}?sig=signed&se=2026-01-01T00%3A01%3A00Z` });
      res.end();
      return;
    }
    this.json(res, 404, { message: 'Not Found', status: '404' });
  }
}

export interface GitLabJob {
  id: number;
  name: string;
  status: 'success' | 'failed' | 'canceled';
  createdAt: string;
  /** No artifacts archive (the job kept none, or they expired). */
  zip?: Buffer;
}

export interface GitLabProject {
  id: number;
  path: string;
  /** The token may not read its jobs (403). */
  forbidden?: boolean;
  jobs: GitLabJob[];
}

export class GitLabArtifactsServer extends RecordingServer {
  readonly groups = new Map<string, GitLabProject[]>();
  pageSize = 2;

  constructor(readonly token: string) {
    super();
  }

  /** Past 10,000 rows GitLab sends no totals and no `last` link, only `x-next-page`; projects are served that way. */
  private page(url: URL, items: unknown[], style: 'next-page' | 'link'): { slice: unknown[]; headers: Record<string, string> } {
    const perPage = Math.min(this.pageSize, Number(url.searchParams.get('per_page') ?? 20));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const more = page * perPage < items.length;
    const headers: Record<string, string> = { 'x-page': String(page), 'x-per-page': String(perPage), 'x-next-page': more ? String(page + 1) : '', 'x-prev-page': page > 1 ? String(page - 1) : '' };
    if (style === 'link' && more) {
      const u = new URL(url.href);
      u.searchParams.set('page', String(page + 1));
      headers.link = `<${this.url}${u.pathname}${u.search}>; rel="next"`;
    }
    return { slice: items.slice((page - 1) * perPage, page * perPage), headers };
  }

  private project(id: string): GitLabProject | undefined {
    for (const projects of this.groups.values()) for (const p of projects) if (String(p.id) === id || p.path === id) return p;
    return undefined;
  }

  private jobJson(p: GitLabProject, j: GitLabJob): Json {
    const archive = j.zip ? [{ file_type: 'archive', size: j.zip.length, filename: 'artifacts.zip', file_format: 'zip' }, { file_type: 'metadata', size: 150, filename: 'metadata.gz', file_format: 'gzip' }] : [];
    return {
      id: j.id,
      status: j.status,
      stage: 'test',
      name: j.name,
      ref: 'feature',
      tag: false,
      coverage: null,
      allow_failure: false,
      created_at: j.createdAt,
      started_at: j.createdAt,
      finished_at: j.createdAt,
      duration: 12.5,
      user: { id: 7, username: 'alice', name: 'Alice' },
      commit: { id: 'a'.repeat(40), short_id: 'aaaaaaaa', title: 'Change' },
      pipeline: { id: j.id * 10, project_id: p.id, ref: 'feature', sha: 'a'.repeat(40), status: j.status },
      web_url: `${this.url}/${p.path}/-/jobs/${j.id}`,
      artifacts: archive,
      ...(j.zip ? { artifacts_file: { filename: 'artifacts.zip', size: j.zip.length } } : {}),
      artifacts_expire_at: '2027-01-01T00:00:00.000Z',
      tag_list: [],
    };
  }

  protected handle(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.headers['private-token'] !== this.token) {
      this.json(res, 401, { message: '401 Unauthorized' });
      return;
    }
    let m = /^\/api\/v4\/groups\/([^/]+)\/projects$/.exec(url.pathname);
    if (m) {
      const projects = this.groups.get(decodeURIComponent(m[1]!));
      if (!projects) return this.json(res, 404, { message: '404 Group Not Found' });
      const { slice, headers } = this.page(url, projects.map((p) => ({ id: p.id, name: p.path.split('/').pop(), path: p.path.split('/').pop(), path_with_namespace: p.path, web_url: `${this.url}/${p.path}` })), 'next-page');
      return this.json(res, 200, slice, headers);
    }
    m = /^\/api\/v4\/projects\/([^/]+)\/jobs$/.exec(url.pathname);
    if (m) {
      const p = this.project(decodeURIComponent(m[1]!));
      if (!p) return this.json(res, 404, { message: '404 Project Not Found' });
      if (p.forbidden) return this.json(res, 403, { message: '403 Forbidden' });
      const scopes = url.searchParams.getAll('scope[]');
      const jobs = [...p.jobs].filter((j) => scopes.length === 0 || scopes.includes(j.status)).sort((a, b) => b.id - a.id);
      const { slice, headers } = this.page(url, jobs.map((j) => this.jobJson(p, j)), 'link');
      return this.json(res, 200, slice, headers);
    }
    m = /^\/api\/v4\/projects\/([^/]+)\/jobs\/(\d+)\/artifacts$/.exec(url.pathname);
    if (m) {
      const job = this.project(decodeURIComponent(m[1]!))?.jobs.find((j) => j.id === Number(m![2]));
      if (!job?.zip) return this.json(res, 404, { message: '404 Not found' });
      return this.zip(res, job.zip);
    }
    m = /^\/api\/v4\/projects\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const p = this.project(decodeURIComponent(m[1]!));
      if (!p) return this.json(res, 404, { message: '404 Project Not Found' });
      return this.json(res, 200, { id: p.id, path_with_namespace: p.path });
    }
    this.json(res, 404, { message: '404 Not Found' });
  }
}
