/**
 * A real HTTP server on 127.0.0.1 that answers the GitLab REST API v4 endpoints the gate calls, with
 * the response shapes, status codes, pagination headers and token rules of GitLab's API documentation
 * (merge requests, merge request approvals and approval rules, notes, users, groups and members).
 * Tests point CI_SERVER_URL / CI_API_V4_URL at it and inspect the requests it received.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface User {
  id: number;
  username: string;
  name?: string;
}

interface Token {
  value: string;
  user: User;
  /** `api` (read and write) or `read_api`. */
  scopes: Array<'api' | 'read_api'>;
  /** A CI_JOB_TOKEN: sent as JOB-TOKEN, and it may read only the merge request itself (GitLab's job token permissions). */
  job?: boolean;
}

interface Note {
  id: number;
  body: string;
  author: User;
  system: boolean;
}

export interface MergeRequest {
  iid: number;
  title: string;
  description: string;
  labels: string[];
  author: User;
  draft?: boolean;
  source_branch: string;
  target_branch: string;
  sha: string;
  assignees?: User[];
  reviewers?: User[];
  approvedBy?: User[];
  /** When each approval in approvedBy was given (approved_at); missing entries are left out, as older GitLab does. */
  approvedAt?: Record<string, string>;
  /** Diff versions, one per push: the head commit and when it was pushed. */
  versions?: Array<{ head: string; created_at: string }>;
  /** `opened` unless told; a `merged` request names the commits its merge made. */
  state?: 'opened' | 'merged' | 'closed';
  merge_commit_sha?: string;
  squash_commit_sha?: string;
  /** The request's commits, newest first, as `GET …/merge_requests/:iid/commits` lists them. */
  commits?: MrCommit[];
  /** Who merged it (`merge_user`, and the older `merged_by`), and whether it was squashed. */
  mergedBy?: User;
  squash?: boolean;
  /** Its pipelines, oldest first, with their jobs (`GET …/merge_requests/:iid/pipelines`, `GET /projects/:id/pipelines/:id/jobs`). */
  pipelines?: Array<{ id: number; sha: string; status: string; jobs: Array<{ name: string; status: string }> }>;
}

interface MrCommit {
  id: string;
  message: string;
  author_name: string;
  author_email: string;
  committer_name?: string;
  committer_email?: string;
}

interface Group {
  id: number;
  full_path: string;
  /** Members, including those inherited from parent groups. */
  members: User[];
}

interface ApprovalRule {
  id: number;
  name: string;
  approvals_required: number;
  users: User[];
  groups: Group[];
}

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  headers: IncomingMessage['headers'];
}

export interface GitLabState {
  projectId: number;
  projectPath: string;
  tokens: Token[];
  users: User[];
  mergeRequests: MergeRequest[];
  notes: Map<number, Note[]>;
  groups: Group[];
  approvalRules: Map<number, ApprovalRule[]>;
  /** free: the Premium-only approval rules API does not exist (404). */
  tier: 'free' | 'premium';
  /** Paths whose requests hang without an answer (to test time limits). */
  hang?: RegExp;
  /**
   * Paths whose requests fail with this status (an outage), as GitLab answers a 503; `raw` replaces the
   * body byte for byte (a cut body, `{"message": …}` with 200), `headers` adds headers (Retry-After).
   */
  failing?: { path: RegExp; status: number; times?: number; raw?: string; headers?: Record<string, string> };
  /** Paths whose answers send headers and part of a body, then stall. */
  stallBody?: RegExp;
  /** The project's "reset approvals on push" setting. */
  resetApprovalsOnPush?: boolean;
}

export interface RunningServer {
  url: string;
  state: GitLabState;
  requests: Recorded[];
  close(): Promise<void>;
}

export function newState(partial: Partial<GitLabState> = {}): GitLabState {
  return {
    projectId: 42,
    projectPath: 'acme/shop',
    tokens: [],
    users: [],
    mergeRequests: [],
    notes: new Map(),
    groups: [],
    approvalRules: new Map(),
    tier: 'premium',
    ...partial,
  };
}

function userJson(u: User, base: string) {
  return { id: u.id, username: u.username, name: u.name ?? u.username, state: 'active', locked: false, avatar_url: null, web_url: `${base}/${u.username}` };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  return (req.headers['content-type'] ?? '').includes('application/json') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
}

/** Serves a request other than the REST API (git over HTTP, for one) when it returns true. */
export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export async function startGitLab(state: GitLabState, extra?: ExtraRoutes): Promise<RunningServer> {
  const requests: Recorded[] = [];
  let base = '';
  let nextId = 1000;
  const pending: ServerResponse[] = [];

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    if (extra?.(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    requests.push({ method, path: '/' + segments.join('/'), query: url.searchParams, body, headers: req.headers });
    if (state.hang?.test(url.pathname)) {
      pending.push(res);
      return;
    }
    if (state.stallBody?.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id": ');
      pending.push(res);
      return;
    }
    if (state.failing?.path.test(url.pathname) && (state.failing.times === undefined || state.failing.times-- > 0)) {
      if (state.failing.raw !== undefined) {
        res.writeHead(state.failing.status, { 'content-type': 'application/json', ...state.failing.headers });
        return res.end(state.failing.raw);
      }
      return send(res, state.failing.status, { message: `${state.failing.status} Service Unavailable` }, state.failing.headers);
    }
    if (segments[0] !== 'api' || segments[1] !== 'v4') return send(res, 404, { error: '404 Not Found' });
    const jobToken = state.tokens.find((t) => t.job && t.value === req.headers['job-token']);
    if (jobToken && !(method === 'GET' && /^\/api\/v4\/projects\/[^/]+\/merge_requests\/\d+$/.test(url.pathname))) {
      return send(res, 404, { message: '404 Not Found' });
    }
    const token = jobToken ?? state.tokens.find((t) => !t.job && t.value === req.headers['private-token']);
    if (!token) return send(res, 401, { message: '401 Unauthorized' });
    if (method !== 'GET' && !token.scopes.includes('api')) {
      return send(res, 403, {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the access token.',
        scope: 'api',
      });
    }
    const me = token.user;
    const rest = segments.slice(2);
    const u = (x: User) => userJson(x, base);

    if (rest[0] === 'user' && rest.length === 1) return send(res, 200, { ...u(me), bot: /_bot_/.test(me.username) });

    if (rest[0] === 'groups') {
      const group = state.groups.find((g) => String(g.id) === rest[1] || g.full_path === rest[1]);
      if (!group) return send(res, 404, { message: '404 Group Not Found' });
      if (rest.length === 2) return send(res, 200, { id: group.id, name: group.full_path.split('/').pop(), path: group.full_path.split('/').pop(), full_path: group.full_path, web_url: `${base}/groups/${group.full_path}` });
      if (rest[2] === 'members' && rest[3] === 'all') {
        const ids = url.searchParams.getAll('user_ids[]').map(Number);
        const members = group.members.filter((m) => !ids.length || ids.includes(m.id));
        return send(res, 200, members.map((m) => ({ ...u(m), access_level: 30, created_at: '2024-01-01T00:00:00.000Z', expires_at: null })), {
          'x-page': '1',
          'x-per-page': url.searchParams.get('per_page') ?? '20',
          'x-total': String(members.length),
          'x-total-pages': '1',
        });
      }
    }

    if (rest[0] === 'projects' && (rest[1] === String(state.projectId) || rest[1] === state.projectPath) && rest[2] === 'approvals' && rest.length === 3 && method === 'GET') {
      return send(res, 200, { approvals_before_merge: 0, reset_approvals_on_push: state.resetApprovalsOnPush ?? false, disable_overriding_approvers_per_merge_request: false, merge_requests_author_approval: false });
    }

    const mrJson = (mr: MergeRequest) => ({
      id: 5000 + mr.iid,
      iid: mr.iid,
      project_id: state.projectId,
      title: mr.title,
      description: mr.description,
      state: mr.state ?? 'opened',
      labels: mr.labels,
      draft: mr.draft ?? false,
      work_in_progress: mr.draft ?? false,
      source_branch: mr.source_branch,
      target_branch: mr.target_branch,
      author: u(mr.author),
      assignees: (mr.assignees ?? []).map(u),
      reviewers: (mr.reviewers ?? []).map(u),
      sha: mr.sha,
      merge_commit_sha: mr.merge_commit_sha ?? null,
      squash_commit_sha: mr.squash_commit_sha ?? null,
      squash: mr.squash ?? false,
      merge_user: mr.mergedBy ? u(mr.mergedBy) : null,
      merged_by: mr.mergedBy ? u(mr.mergedBy) : null,
      merged_at: mr.state === 'merged' ? '2024-01-03T00:00:00.000Z' : null,
      web_url: `${base}/${state.projectPath}/-/merge_requests/${mr.iid}`,
    });

    // GET /projects/:id/pipelines/:pipeline_id/jobs: the jobs of a merge request's pipeline.
    if (method === 'GET' && rest[0] === 'projects' && (rest[1] === String(state.projectId) || rest[1] === state.projectPath) && rest[2] === 'pipelines' && rest[4] === 'jobs') {
      const pipeline = state.mergeRequests.flatMap((m) => m.pipelines ?? []).find((p) => String(p.id) === rest[3]);
      if (!pipeline) return send(res, 404, { message: '404 Not found' });
      return send(res, 200, pipeline.jobs.map((j, i) => ({ id: pipeline.id * 100 + i, name: j.name, status: j.status, stage: 'test', web_url: `${base}/${state.projectPath}/-/jobs/${pipeline.id * 100 + i}`, finished_at: '2024-01-02T00:00:00.000Z', pipeline: { id: pipeline.id, sha: pipeline.sha } })));
    }

    // GET /projects/:id/repository/commits/:sha/merge_requests: requests whose commits, merge or squash commit it is.
    if (method === 'GET' && rest[0] === 'projects' && (rest[1] === String(state.projectId) || rest[1] === state.projectPath) && rest[2] === 'repository' && rest[3] === 'commits' && rest[5] === 'merge_requests') {
      const sha = rest[4];
      const found = state.mergeRequests.filter((m) => m.merge_commit_sha === sha || m.squash_commit_sha === sha || m.sha === sha || (m.commits ?? []).some((c) => c.id === sha));
      return send(res, 200, found.map(mrJson));
    }

    if (rest[0] === 'projects' && (rest[1] === String(state.projectId) || rest[1] === state.projectPath) && rest[2] === 'merge_requests') {
      const mr = state.mergeRequests.find((m) => String(m.iid) === rest[3]);
      if (!mr) return send(res, 404, { message: '404 Not found' });
      const sub = rest[4];
      const notes = state.notes.get(mr.iid) ?? [];
      state.notes.set(mr.iid, notes);

      if (sub === undefined && method === 'GET') {
        return send(res, 200, { ...mrJson(mr), user_notes_count: notes.filter((n) => !n.system).length, merge_status: 'can_be_merged' });
      }

      if (sub === 'pipelines' && method === 'GET') {
        const list = [...(mr.pipelines ?? [])].reverse();
        return send(res, 200, list.map((p) => ({ id: p.id, iid: p.id, project_id: state.projectId, sha: p.sha, ref: `refs/merge-requests/${mr.iid}/head`, status: p.status, source: 'merge_request_event', created_at: '2024-01-02T00:00:00.000Z', updated_at: '2024-01-02T00:00:00.000Z', web_url: `${base}/${state.projectPath}/-/pipelines/${p.id}` })));
      }

      if (sub === 'commits' && method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 20);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = (mr.commits ?? []).map((c) => ({ ...c, short_id: c.id.slice(0, 8), title: c.message.split('\n')[0], committer_name: c.committer_name ?? c.author_name, committer_email: c.committer_email ?? c.author_email, created_at: '2024-01-01T00:00:00.000Z' }));
        const totalPages = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = { 'x-page': String(page), 'x-per-page': String(perPage), 'x-total': String(all.length), 'x-total-pages': String(totalPages), 'x-next-page': page < totalPages ? String(page + 1) : '', 'x-prev-page': page > 1 ? String(page - 1) : '' };
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
      }

      if (sub === 'versions' && method === 'GET') {
        const versions = [...(mr.versions ?? [{ head: mr.sha, created_at: '2024-01-01T00:00:00.000Z' }])].reverse();
        return send(
          res,
          200,
          versions.map((v, i) => ({ id: 100 + versions.length - i, head_commit_sha: v.head, base_commit_sha: 'b'.repeat(40), start_commit_sha: 'c'.repeat(40), created_at: v.created_at, merge_request_id: 5000 + mr.iid, state: 'collected', real_size: '1' })),
        );
      }

      if (sub === 'approvals' && method === 'GET') {
        const approved = mr.approvedBy ?? [];
        return send(res, 200, {
          id: 5000 + mr.iid,
          iid: mr.iid,
          project_id: state.projectId,
          title: mr.title,
          description: mr.description,
          state: 'opened',
          created_at: '2024-01-01T00:00:00.000Z',
          updated_at: '2024-01-02T00:00:00.000Z',
          merge_status: 'can_be_merged',
          approvals_required: 0,
          approvals_left: 0,
          approved_by: approved.map((x) => ({ user: u(x), ...(mr.approvedAt?.[x.username] ? { approved_at: mr.approvedAt[x.username] } : {}) })),
        });
      }

      if (sub === 'notes') {
        const noteJson = (n: Note) => ({ id: n.id, type: null, body: n.body, author: u(n.author), created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z', system: n.system, noteable_id: 5000 + mr.iid, noteable_type: 'MergeRequest', noteable_iid: mr.iid, resolvable: false, confidential: false, internal: false });
        if (method === 'GET' && rest.length === 5) {
          const perPage = Number(url.searchParams.get('per_page') ?? 20);
          const page = Number(url.searchParams.get('page') ?? 1);
          const sorted = url.searchParams.get('sort') === 'asc' ? notes : [...notes].reverse();
          const totalPages = Math.max(1, Math.ceil(sorted.length / perPage));
          const slice = sorted.slice((page - 1) * perPage, page * perPage);
          const headers: Record<string, string> = { 'x-page': String(page), 'x-per-page': String(perPage), 'x-total': String(sorted.length), 'x-total-pages': String(totalPages), 'x-next-page': page < totalPages ? String(page + 1) : '', 'x-prev-page': page > 1 ? String(page - 1) : '' };
          if (page < totalPages) {
            const next = new URL(url.href);
            next.searchParams.set('page', String(page + 1));
            headers.link = `<${base}${next.pathname}${next.search}>; rel="next"`;
          }
          return send(res, 200, slice.map(noteJson), headers);
        }
        if (method === 'POST' && rest.length === 5) {
          const text = String(body?.body ?? '');
          if (!text) return send(res, 400, { message: '400 Bad request - body is missing' });
          if (text.length > 1_000_000) return send(res, 400, { message: { note: ['is too long (maximum is 1000000 characters)'] } });
          const note: Note = { id: nextId++, body: text, author: me, system: false };
          notes.push(note);
          return send(res, 201, noteJson(note));
        }
        if (method === 'PUT' && rest.length === 6) {
          const note = notes.find((n) => String(n.id) === rest[5]);
          if (!note) return send(res, 404, { message: '404 Note Not Found' });
          if (note.author.id !== me.id) return send(res, 403, { message: '403 Forbidden' });
          const text = String(body?.body ?? '');
          if (text.length > 1_000_000) return send(res, 400, { message: { note: ['is too long (maximum is 1000000 characters)'] } });
          note.body = text;
          return send(res, 200, noteJson(note));
        }
      }

      if (sub === 'approval_rules') {
        if (state.tier === 'free') return send(res, 404, { error: '404 Not Found' });
        const rules = state.approvalRules.get(mr.iid) ?? [];
        state.approvalRules.set(mr.iid, rules);
        const ruleJson = (r: ApprovalRule) => ({
          id: r.id,
          name: r.name,
          rule_type: 'regular',
          eligible_approvers: [...r.users, ...r.groups.flatMap((g) => g.members)].map(u),
          approvals_required: r.approvals_required,
          source_rule: null,
          users: r.users.map(u),
          groups: r.groups.map((g) => ({ id: g.id, name: g.full_path.split('/').pop(), full_path: g.full_path })),
          contains_hidden_groups: false,
          overridden: false,
        });
        const fill = (r: ApprovalRule, b: any): string | undefined => {
          if (b.name !== undefined) r.name = String(b.name);
          if (b.approvals_required !== undefined) r.approvals_required = Number(b.approvals_required);
          if (b.usernames !== undefined) {
            const found = (b.usernames as string[]).map((n) => state.users.find((x) => x.username === n));
            if (found.some((x) => !x)) return 'unknown username';
            r.users = found as User[];
          }
          if (b.group_ids !== undefined) {
            const found = (b.group_ids as number[]).map((id) => state.groups.find((g) => g.id === Number(id)));
            if (found.some((x) => !x)) return 'unknown group';
            r.groups = found as Group[];
          }
          return undefined;
        };
        if (method === 'GET' && rest.length === 5) return send(res, 200, rules.map(ruleJson));
        if (method === 'POST' && rest.length === 5) {
          if (!body?.name || body.approvals_required === undefined) return send(res, 400, { error: 'name, approvals_required are missing' });
          const rule: ApprovalRule = { id: nextId++, name: '', approvals_required: 0, users: [], groups: [] };
          const problem = fill(rule, body);
          if (problem) return send(res, 400, { message: problem });
          rules.push(rule);
          return send(res, 201, ruleJson(rule));
        }
        const rule = rules.find((r) => String(r.id) === rest[5]);
        if (!rule) return send(res, 404, { message: '404 Not found' });
        if (method === 'PUT') {
          const problem = fill(rule, body ?? {});
          if (problem) return send(res, 400, { message: problem });
          return send(res, 200, ruleJson(rule));
        }
        if (method === 'DELETE') {
          rules.splice(rules.indexOf(rule), 1);
          res.writeHead(204);
          return res.end();
        }
      }
    }
    return send(res, 404, { error: '404 Not Found' });
  };

  const server = createServer((req, res) => {
    handler(req, res).catch((e) => send(res, 500, { message: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of pending) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Requests to the API, as "METHOD /path" without the /api/v4 prefix. */
export function calls(server: RunningServer): string[] {
  return server.requests.map((r) => `${r.method} ${r.path.replace(/^\/api\/v4/, '')}`);
}
