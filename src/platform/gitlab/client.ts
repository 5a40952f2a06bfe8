/**
 * The few GitLab REST calls the gate makes, behind one small interface, through @gitbeaker/rest.
 * Responses are narrowed to the fields the gate reads, so a surprise in a response becomes a missing
 * fact, not a crash. Every call is counted (the job log says how many were made), every call has a
 * time limit, and the token is only ever handed to the HTTP header: no message quotes it.
 */
import { Commits, GitbeakerRequestError, GitbeakerRetryError, GitbeakerTimeoutError, Groups, GroupMembers, MergeRequestApprovals, MergeRequestNotes, MergeRequests, Users } from '@gitbeaker/rest';

export interface ApiUser {
  id: number;
  username: string;
  bot: boolean;
}

export interface ApiMergeRequest {
  iid: number;
  title: string;
  description: string;
  labels: string[];
  author?: ApiUser;
  draft: boolean;
  sourceBranch?: string;
  targetBranch?: string;
  webUrl?: string;
  assignees: ApiUser[];
  reviewers: ApiUser[];
  /** Non-system notes on the request; 0 means there is no note to look for. */
  userNotesCount?: number;
  /** `opened`, `merged`, `closed`; and the commits a merge made, when it is merged. */
  state?: string;
  mergeCommitSha?: string;
  squashCommitSha?: string;
}

export interface ApiCommit {
  id: string;
  message: string;
  authorName: string;
  authorEmail: string;
  committerName: string;
  committerEmail: string;
}

export interface ApiNote {
  id: number;
  body: string;
  system: boolean;
  author?: ApiUser;
}

export interface ApiApprovalRule {
  id: number;
  name: string;
  ruleType: string;
  approvalsRequired: number;
  usernames: string[];
  groupIds: number[];
}

export interface ApprovalRuleFields {
  name: string;
  approvalsRequired: number;
  usernames: string[];
  groupIds: number[];
}

export interface GitLabApi {
  /** HTTP requests made so far (pages count one each). */
  readonly requests: number;
  mergeRequest(project: string, iid: number): Promise<ApiMergeRequest>;
  approvedBy(project: string, iid: number): Promise<ApiUser[]>;
  notes(project: string, iid: number): Promise<ApiNote[]>;
  currentUser(): Promise<ApiUser>;
  createNote(project: string, iid: number, body: string): Promise<ApiNote>;
  editNote(project: string, iid: number, noteId: number, body: string): Promise<ApiNote>;
  /** The given users that are members of the group, directly or through a parent group. */
  groupMembers(group: string, userIds: number[]): Promise<ApiUser[]>;
  groupId(group: string): Promise<number>;
  approvalRules(project: string, iid: number): Promise<ApiApprovalRule[]>;
  createApprovalRule(project: string, iid: number, rule: ApprovalRuleFields): Promise<ApiApprovalRule>;
  editApprovalRule(project: string, iid: number, ruleId: number, rule: ApprovalRuleFields): Promise<ApiApprovalRule>;
  removeApprovalRule(project: string, iid: number, ruleId: number): Promise<void>;
  /** Merge requests that contain a commit (`GET /projects/:id/repository/commits/:sha/merge_requests`). */
  commitMergeRequests(project: string, sha: string): Promise<ApiMergeRequest[]>;
  /** A merge request's commits, newest first, at most MAX_COMMIT_PAGES pages of 100. */
  mergeRequestCommits(project: string, iid: number): Promise<ApiCommit[]>;
}

export interface ApiConnection {
  /** The instance URL (what CI_SERVER_URL holds); the client appends /api/v4. */
  host: string;
  token: string;
  /** CI_JOB_TOKEN travels in its own header; any other token is a private token. */
  kind?: 'private' | 'job';
  /** Per request, milliseconds. */
  timeoutMs?: number;
}

/** Bounded: a stuck instance must not hold the job until the runner's own timeout. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** At most this many pages of 100 notes are searched for the sticky note. */
export const MAX_NOTE_PAGES = 10;
/** At most this many pages of 100 commits of a merged request are read for attribution. */
export const MAX_COMMIT_PAGES = 5;

/** Where the API lives: CI_API_V4_URL is exact (it keeps a relative URL root); CI_SERVER_URL is the fallback. */
export function apiHost(env: NodeJS.ProcessEnv): string | undefined {
  const v4 = env.CI_API_V4_URL?.trim();
  if (v4) return v4.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
  const server = env.CI_SERVER_URL?.trim();
  return server ? server.replace(/\/+$/, '') : undefined;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

// Project and group access tokens act as bot users named project_<id>_bot_<hash> / group_<id>_bot_<hash>.
const BOT_USERNAME = /^(project|group)_\d+_bot(_|$)|^service_account_/;

export function toUser(v: unknown): ApiUser | undefined {
  const o = obj(v);
  const id = num(o.id);
  const username = str(o.username);
  if (id === undefined || username === undefined) return undefined;
  return { id, username, bot: o.bot === true || BOT_USERNAME.test(username) };
}

function users(v: unknown): ApiUser[] {
  return list(v).map(toUser).filter((u): u is ApiUser => u !== undefined);
}

function toMergeRequest(v: unknown): ApiMergeRequest {
  const o = obj(v);
  return {
    iid: num(o.iid) ?? 0,
    title: str(o.title) ?? '',
    description: str(o.description) ?? '',
    labels: list(o.labels).map((l) => (typeof l === 'string' ? l : str(obj(l).name))).filter((l): l is string => !!l),
    author: toUser(o.author),
    draft: o.draft === true || o.work_in_progress === true,
    sourceBranch: str(o.source_branch),
    targetBranch: str(o.target_branch),
    webUrl: str(o.web_url),
    assignees: users(o.assignees),
    reviewers: users(o.reviewers),
    userNotesCount: num(o.user_notes_count),
    state: str(o.state),
    mergeCommitSha: str(o.merge_commit_sha),
    squashCommitSha: str(o.squash_commit_sha),
  };
}

function toCommit(v: unknown): ApiCommit {
  const o = obj(v);
  return {
    id: str(o.id) ?? '',
    message: str(o.message) ?? str(o.title) ?? '',
    authorName: str(o.author_name) ?? '',
    authorEmail: str(o.author_email) ?? '',
    committerName: str(o.committer_name) ?? '',
    committerEmail: str(o.committer_email) ?? '',
  };
}

function toNote(v: unknown): ApiNote {
  const o = obj(v);
  return { id: num(o.id) ?? 0, body: str(o.body) ?? '', system: o.system === true, author: toUser(o.author) };
}

function toRule(v: unknown): ApiApprovalRule {
  const o = obj(v);
  return {
    id: num(o.id) ?? 0,
    name: str(o.name) ?? '',
    ruleType: str(o.rule_type) ?? '',
    approvalsRequired: num(o.approvals_required) ?? 0,
    usernames: users(o.users).map((u) => u.username),
    groupIds: list(o.groups).map((g) => num(obj(g).id)).filter((id): id is number => id !== undefined),
  };
}

const TRANSIENT_STATUS = new Set([500, 503, 504]);
/** Backoff between attempts of a read: three attempts in all. */
const READ_RETRY_DELAYS_MS = [500, 1500];

/** What went wrong with a request, in words for the job log; never the request itself (it holds the token). */
export interface ApiFailure {
  status?: number;
  detail: string;
}

export function apiFailure(e: unknown): ApiFailure {
  if (e instanceof GitbeakerRequestError) {
    const response = (e.cause as { response?: { status?: number } } | undefined)?.response;
    return { status: response?.status, detail: e.message || 'request refused' };
  }
  if (e instanceof GitbeakerTimeoutError) return { detail: 'the request timed out' };
  if (e instanceof GitbeakerRetryError) return { detail: e.message };
  const cause = (e as { cause?: { code?: string } } | undefined)?.cause?.code;
  return { detail: cause ? `${(e as Error).message} (${cause})` : e instanceof Error ? e.message : String(e) };
}

export function gitlabApi(conn: ApiConnection): GitLabApi {
  const auth = conn.kind === 'job' ? { jobToken: conn.token } : { token: conn.token };
  const common = { host: conn.host, ...auth, queryTimeout: conn.timeoutMs ?? DEFAULT_TIMEOUT_MS };
  const mrs = new MergeRequests(common);
  const approvals = new MergeRequestApprovals(common);
  const notes = new MergeRequestNotes(common);
  const userApi = new Users(common);
  const members = new GroupMembers(common);
  const groups = new Groups(common);
  const commits = new Commits(common);
  let requests = 0;
  // Reads are retried on a server error (gitbeaker itself retries 429 and 502); writes are not, so a
  // note is never posted twice. Timeouts are not retried: each attempt is already bounded.
  const counted = async <T>(call: () => Promise<T>, retry = false): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      requests++;
      try {
        return await call();
      } catch (e) {
        const status = apiFailure(e).status;
        if (!retry || attempt >= READ_RETRY_DELAYS_MS.length || status === undefined || !TRANSIENT_STATUS.has(status)) throw e;
        await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAYS_MS[attempt]));
      }
    }
  };
  const read = <T>(call: () => Promise<T>): Promise<T> => counted(call, true);
  return {
    get requests() {
      return requests;
    },
    mergeRequest: async (project, iid) => toMergeRequest(await read(() => mrs.show(project, iid))),
    approvedBy: async (project, iid) => {
      const body = obj(await read(() => approvals.showConfiguration(project, { mergerequestIId: iid })));
      return list(body.approved_by).map((a) => toUser(obj(a).user)).filter((u): u is ApiUser => u !== undefined);
    },
    notes: async (project, iid) => {
      const out: ApiNote[] = [];
      // Oldest first: the sticky note is written by the first pipeline, so it is on the first page.
      for (let page = 1; page <= MAX_NOTE_PAGES; page++) {
        const res = await read(() => notes.all(project, iid, { sort: 'asc', orderBy: 'created_at', perPage: 100, page, showExpanded: true }));
        out.push(...list(res.data).map(toNote));
        if (!res.paginationInfo.next) break;
      }
      return out;
    },
    currentUser: async () => {
      const u = toUser(await read(() => userApi.showCurrentUser()));
      if (!u) throw new Error('GET /user returned no user');
      return u;
    },
    createNote: async (project, iid, body) => toNote(await counted(() => notes.create(project, iid, body))),
    editNote: async (project, iid, noteId, body) => toNote(await counted(() => notes.edit(project, iid, noteId, { body }))),
    // Arrays are copied: gitbeaker's key converter tests `instanceof Array`, which an array from
    // another realm (a parsed response inside a test VM) fails, turning it into an object.
    groupMembers: async (group, userIds) => users(await read(() => members.all(group, { includeInherited: true, userIds: [...userIds], perPage: 100, maxPages: 1 }))),
    groupId: async (group) => {
      const id = num(obj(await read(() => groups.show(group))).id);
      if (id === undefined) throw new Error(`GET /groups/${group} returned no id`);
      return id;
    },
    approvalRules: async (project, iid) => list(await read(() => approvals.allApprovalRules(project, { mergerequestIId: iid }))).map(toRule),
    createApprovalRule: async (project, iid, r) =>
      toRule(await counted(() => approvals.createApprovalRule(project, r.name, r.approvalsRequired, { mergerequestIId: iid, usernames: [...r.usernames], groupIds: [...r.groupIds] }))),
    editApprovalRule: async (project, iid, ruleId, r) =>
      toRule(await counted(() => approvals.editApprovalRule(project, ruleId, r.name, r.approvalsRequired, { mergerequestIId: iid, usernames: [...r.usernames], groupIds: [...r.groupIds] }))),
    removeApprovalRule: async (project, iid, ruleId) => {
      await counted(() => approvals.removeApprovalRule(project, ruleId, { mergerequestIId: iid }));
    },
    commitMergeRequests: async (project, sha) => list(await read(() => commits.allMergeRequests(project, sha))).map(toMergeRequest),
    mergeRequestCommits: async (project, iid) => {
      const out: ApiCommit[] = [];
      for (let page = 1; page <= MAX_COMMIT_PAGES; page++) {
        const res = await read(() => mrs.allCommits(project, iid, { perPage: 100, page, showExpanded: true }));
        out.push(...list(res.data).map(toCommit));
        if (!res.paginationInfo.next) break;
      }
      return out;
    },
  };
}
