/**
 * A real HTTP server on 127.0.0.1 that answers the REST and GraphQL requests the gate makes, the way
 * api.github.com answers them: OpenAPI example bodies, `Link` pagination, GitHub's error bodies. It
 * keeps state (comments written, labels added) so a second run sees what the first one did, and
 * records every request so tests can count and inspect them. Failures (5xx, 429 with retry-after,
 * 403) are scripted per route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ex from './openapi-examples.js';

type Json = Record<string, any>;

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  body: any;
  token?: string;
  /** Milliseconds since the server started. */
  at: number;
}

export interface ScriptedFailure {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Sent byte for byte instead of `body` (a body cut short, say), with a JSON content type. */
  raw?: string;
  /** Sends the headers and the start of a body, then never finishes (a stalled answer). */
  stall?: boolean;
  /** How many matching requests fail; afterwards the route answers normally. */
  times: number;
}

export interface StoredComment {
  comment: Json;
  /** The token that wrote it: GraphQL's viewerDidAuthor compares it with the caller's. */
  authorToken: string;
}

export class GitHubApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly failures: ScriptedFailure[] = [];
  readonly pulls = new Map<number, Json>();
  readonly reviews = new Map<number, Json[]>();
  readonly files = new Map<number, Json[]>();
  readonly commits = new Map<number, Json[]>();
  readonly commitStats = new Map<string, Json>();
  /** Commit sha → the pull requests GitHub associates with it (`GET /repos/{o}/{r}/commits/{sha}/pulls`). */
  readonly commitPulls = new Map<string, Json[]>();
  /** Commit sha → its check runs (`GET /repos/{o}/{r}/commits/{ref}/check-runs`, filtered by `check_name`). */
  readonly checkRuns = new Map<string, Json[]>();
  readonly comments: StoredComment[] = [];
  /** `${org}/${slug}/${login}` → membership state. */
  readonly memberships = new Map<string, 'active' | 'pending'>();
  /** Teams the token may see (`org/slug`); membership of any other team answers 404. */
  readonly visibleTeams = new Set<string>();
  /** When true, every team endpoint answers 403 as it does for the default GITHUB_TOKEN. */
  teamsForbidden = false;
  /** `${ref}:${path}` → file text. */
  readonly contents = new Map<string, string>();
  /** Which account each token belongs to. */
  readonly accounts = new Map<string, { login: string; type: 'User' | 'Bot' }>();
  private server?: Server;
  private readonly stalled: ServerResponse[] = [];
  private started = 0;
  private nextCommentId = 9000;
  url = '';

  async start(): Promise<this> {
    this.started = Date.now();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const r of this.stalled) r.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests other than the scripted failures' own retries, as "METHOD /path". */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  resetRequests(): void {
    this.requests.length = 0;
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json', ...headers });
    res.end(text);
  }

  private paginate(req: RecordedRequest, res: ServerResponse, items: unknown[], host: string): void {
    const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30));
    const page = Math.max(1, Number(req.query.get('page') ?? 1));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    const last = Math.max(1, Math.ceil(items.length / perPage));
    if (page < last) {
      const link = (p: number) => `<http://${host}${req.path}?per_page=${perPage}&page=${p}>`;
      headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
    }
    this.send(res, 200, slice, headers);
  }

  private notFound(res: ServerResponse): void {
    this.send(res, 404, ex.basicError('Not Found'));
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = req.headers.authorization;
    const token = auth?.replace(/^(token|bearer)\s+/i, '');
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const rec: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body, token, at: Date.now() - this.started };
    this.requests.push(rec);

    const failure = this.failures.find((f) => f.times > 0 && f.method === rec.method && f.path.test(rec.path));
    if (failure) {
      failure.times--;
      if (failure.stall) {
        res.writeHead(failure.status, { 'content-type': 'application/json; charset=utf-8', ...failure.headers });
        res.write('{"number": ');
        this.stalled.push(res);
        return;
      }
      if (failure.raw !== undefined) {
        res.writeHead(failure.status, { 'content-type': 'application/json; charset=utf-8', ...failure.headers });
        res.end(failure.raw);
        return;
      }
      this.send(res, failure.status, failure.body ?? ex.basicError('Server Error'), failure.headers);
      return;
    }
    this.route(rec, res, req.headers.host ?? '127.0.0.1');
  }

  private route(req: RecordedRequest, res: ServerResponse, host: string): void {
    const m = (method: string, pattern: RegExp) => (req.method === method ? pattern.exec(req.path) : null);
    let g: RegExpExecArray | null;

    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/))) {
      const pr = this.pulls.get(Number(g[1]));
      return pr ? this.send(res, 200, pr) : this.notFound(res);
    }
    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/))) return this.paginate(req, res, this.reviews.get(Number(g[1])) ?? [], host);
    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/))) return this.paginate(req, res, (this.files.get(Number(g[1])) ?? []).slice(0, 3000), host);
    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/commits$/))) return this.paginate(req, res, (this.commits.get(Number(g[1])) ?? []).slice(0, 250), host);
    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/pulls$/))) return this.paginate(req, res, this.commitPulls.get(g[1]!) ?? [], host);
    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/check-runs$/))) {
      const name = req.query.get('check_name');
      const runs = (this.checkRuns.get(g[1]!) ?? []).filter((r) => name === null || r.name === name);
      return this.send(res, 200, { total_count: runs.length, check_runs: runs });
    }
    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})$/))) {
      const c = this.commitStats.get(g[1]!);
      return c ? this.send(res, 200, c) : this.notFound(res);
    }
    if ((g = m('GET', /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      const text = this.contents.get(`${req.query.get('ref') ?? ''}:${decodeURIComponent(g[1]!)}`);
      return text === undefined ? this.notFound(res) : this.send(res, 200, ex.fileContent(decodeURIComponent(g[1]!), text));
    }
    if ((g = m('POST', /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const account = this.accounts.get(req.token ?? '') ?? { login: 'github-actions[bot]', type: 'Bot' as const };
      const comment = ex.issueComment(this.nextCommentId++, String(req.body?.body ?? ''), account.login, account.type);
      this.comments.push({ comment, authorToken: req.token ?? '' });
      return this.send(res, 201, comment);
    }
    if ((g = m('PATCH', /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const stored = this.comments.find((c) => c.comment.id === Number(g![1]));
      if (!stored) return this.notFound(res);
      stored.comment = { ...stored.comment, body: String(req.body?.body ?? '') };
      return this.send(res, 200, stored.comment);
    }
    if ((g = m('POST', /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/))) {
      const pr = this.pulls.get(Number(g[1]));
      if (!pr) return this.notFound(res);
      const names = [...new Set([...pr.labels.map((l: Json) => l.name), ...(req.body?.labels ?? [])])];
      pr.labels = ex.labels(names);
      return this.send(res, 200, pr.labels);
    }
    if ((g = m('DELETE', /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels\/(.+)$/))) {
      const pr = this.pulls.get(Number(g[1]));
      if (!pr) return this.notFound(res);
      pr.labels = pr.labels.filter((l: Json) => l.name !== decodeURIComponent(g![2]!));
      return this.send(res, 200, pr.labels);
    }
    if (m('POST', /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/requested_reviewers$/)) return this.send(res, 201, ex.reviewRequested());
    if ((g = m('GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/))) {
      if (this.teamsForbidden) return this.send(res, 403, ex.basicError('Resource not accessible by integration'));
      const state = this.memberships.get(`${g[1]}/${g[2]}/${g[3]}`);
      return state && this.visibleTeams.has(`${g[1]}/${g[2]}`) ? this.send(res, 200, ex.teamMembership(state)) : this.notFound(res);
    }
    if ((g = m('GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)$/))) {
      if (this.teamsForbidden) return this.send(res, 403, ex.basicError('Resource not accessible by integration'));
      return this.visibleTeams.has(`${g[1]}/${g[2]}`) ? this.send(res, 200, ex.teamFull(g[2]!)) : this.notFound(res);
    }
    if (m('POST', /^\/(api\/)?graphql$/)) return this.graphql(req, res);
    this.notFound(res);
  }

  /** The one GraphQL query the gate sends: a pull request's comments with viewerDidAuthor. */
  private graphql(req: RecordedRequest, res: ServerResponse): void {
    const query = String(req.body?.query ?? '');
    const vars = (req.body?.variables ?? {}) as { number?: number; cursor?: string | null };
    if (!/viewerDidAuthor/.test(query)) return this.send(res, 200, { data: null, errors: [{ type: 'INTERNAL', message: 'unexpected query' }] });
    if (!this.pulls.has(Number(vars.number))) {
      return this.send(res, 200, { data: { repository: { pullRequest: null } }, errors: [{ type: 'NOT_FOUND', path: ['repository', 'pullRequest'], message: `Could not resolve to a PullRequest with the number of ${vars.number}.` }] });
    }
    const first = Number(/comments\(first:\s*(\d+)/.exec(query)?.[1] ?? 100);
    const offset = vars.cursor ? Number(Buffer.from(vars.cursor, 'base64').toString('utf8').replace('cursor:', '')) : 0;
    const page = this.comments.slice(offset, offset + first);
    const end = offset + page.length;
    this.send(res, 200, {
      data: {
        repository: {
          pullRequest: {
            comments: {
              pageInfo: { hasNextPage: end < this.comments.length, endCursor: page.length ? Buffer.from(`cursor:${end}`).toString('base64') : null },
              nodes: page.map((c) => ({ databaseId: c.comment.id, viewerDidAuthor: c.authorToken === req.token, body: c.comment.body })),
            },
          },
        },
      },
    });
  }
}
