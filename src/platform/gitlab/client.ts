/**
 * The few GitLab REST calls the gate makes, behind one small interface: gitbeaker's resource classes
 * (`@gitbeaker/rest`, the GitLab client the design names) over the shared resilient fetch (see
 * requester.ts) and the node:http transport, through the runner's proxy where one applies. Every try is
 * time-limited (headers and body), `Retry-After` and `RateLimit-Reset` are honoured within the platform
 * deadline, server errors and cut bodies are retried with jittered backoff, and every answer is checked
 * against the shape the gate relies on (a broken answer is never empty data). Every try is counted (the
 * job log says how many were made), and the token is only ever handed to the HTTP header: no message
 * quotes it, nor an error body verbatim.
 */
import { Commits, GroupMembers, Groups, Jobs, MergeRequestApprovals, MergeRequestNotes, MergeRequests, Users } from '@gitbeaker/rest';
import type * as v from 'valibot';
import { askChecked } from '../answers.js';
import { deadlineIn, DeadlineError } from '../http/deadline.js';
import { nodeFetch } from '../../gather/http/node-fetch.js';
import { resilientFetch } from '../http/resilient-fetch.js';
import { runnerProxy } from '../http/runner-proxy.js';
import type { PlatformTiming } from '../http/timing.js';
import {
  approvalRuleSchema,
  approvalRulesSchema,
  approvalsSchema,
  groupSchema,
  membersSchema,
  mergeRequestSchema,
  mergeRequestsSchema,
  commitsSchema,
  noteSchema,
  notesSchema,
  projectApprovalsSchema,
  userSchema,
  versionsSchema,
  pipelinesSchema,
  jobsSchema,
} from './answers.js';
import { fetchRequester, GitLabApiError } from './requester.js';

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
  /** The source branch's head commit. */
  sha?: string;
  assignees: ApiUser[];
  reviewers: ApiUser[];
  /** Non-system notes on the request; 0 means there is no note to look for. */
  userNotesCount?: number;
  /** `opened`, `merged`, `closed`; and the commits a merge made, when it is merged. */
  state?: string;
  mergeCommitSha?: string;
  squashCommitSha?: string;
  /** Whether it was (or will be) squashed, when it was merged, and who merged it. */
  squash?: boolean;
  mergedAt?: string;
  mergedBy?: string;
}

interface ApiPipeline {
  id: number;
  sha: string;
  status: string;
  webUrl?: string;
  createdAt?: string;
}

export interface ApiJob {
  id: number;
  name: string;
  status: string;
  webUrl?: string;
  finishedAt?: string;
}

export interface ApiCommit {
  id: string;
  message: string;
  authorName: string;
  authorEmail: string;
  committerName: string;
  committerEmail: string;
}

export interface ApiApproval {
  user: ApiUser;
  /** When the approval was given; older GitLab versions do not say. */
  approvedAt?: string;
}

interface ApiVersion {
  headSha: string;
  createdAt: string;
}

interface ApiNote {
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
  /** HTTP requests made so far (pages and retries count one each). */
  readonly requests: number;
  mergeRequest(project: string, iid: number): Promise<ApiMergeRequest>;
  /** Merge requests that contain a commit (`GET /projects/:id/repository/commits/:sha/merge_requests`). */
  commitMergeRequests(project: string, sha: string): Promise<ApiMergeRequest[]>;
  /** A merge request's commits, newest first, at most MAX_COMMIT_PAGES pages of 100. */
  mergeRequestCommits(project: string, iid: number): Promise<ApiCommit[]>;
  approvals(project: string, iid: number): Promise<ApiApproval[]>;
  /** The merge request's diff versions, newest first (one per push). */
  versions(project: string, iid: number): Promise<ApiVersion[]>;
  /** The project's "reset approvals on push" setting. */
  resetsApprovalsOnPush(project: string): Promise<boolean>;
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
  /** The merge request's pipelines, newest first (the first page of 100). */
  mergeRequestPipelines(project: string, iid: number): Promise<ApiPipeline[]>;
  /** The jobs of a pipeline, retried ones left out (the first page of 100). */
  pipelineJobs(project: string, pipelineId: number): Promise<ApiJob[]>;
}

export interface ApiConnection {
  /** The instance URL (what CI_SERVER_URL holds); the client appends /api/v4. */
  host: string;
  token: string;
  /** CI_JOB_TOKEN travels in its own header; any other token is a private token. */
  kind?: 'private' | 'job';
  /** Deadline and retry settings of the platform phase. */
  timing?: PlatformTiming;
  /** Per try, milliseconds (default: the timing's). */
  timeoutMs?: number;
}

/** Bounded: a stuck instance must not hold the job until the runner's own timeout. */
const DEFAULT_TIMEOUT_MS = 20_000;
/** At most this many pages of 100 notes are searched for the sticky note. */
const MAX_NOTE_PAGES = 10;
/** At most this many pages of 100 commits of a merged request are read for attribution. */
export const MAX_COMMIT_PAGES = 5;

/** Where the API lives: CI_API_V4_URL is exact (it keeps a relative URL root); CI_SERVER_URL is the fallback. */
export function apiHost(env: NodeJS.ProcessEnv): string | undefined {
  const v4 = env.CI_API_V4_URL?.trim();
  if (v4) return v4.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
  const server = env.CI_SERVER_URL?.trim();
  return server ? server.replace(/\/+$/, '') : undefined;
}

// Project and group access tokens act as bot users named project_<id>_bot_<hash> / group_<id>_bot_<hash>.
const BOT_USERNAME = /^(project|group)_\d+_bot(_|$)|^service_account_/;

function toUser(u: v.InferOutput<typeof userSchema>): ApiUser {
  return { id: u.id, username: u.username, bot: u.bot === true || BOT_USERNAME.test(u.username) };
}

/** What went wrong with a request, in words for the job log. */
export interface ApiFailure {
  status?: number;
  detail: string;
}

export function apiFailure(e: unknown): ApiFailure {
  if (e instanceof GitLabApiError) return e.status === undefined ? { detail: e.detail } : { status: e.status, detail: e.detail };
  if (e instanceof DeadlineError) return { detail: e.message };
  return { detail: e instanceof Error ? e.message : String(e) };
}

export function gitlabApi(conn: ApiConnection): GitLabApi {
  const timing: PlatformTiming = conn.timing ?? { deadline: deadlineIn(60), backoffBaseMs: 1000, attemptTimeoutMs: DEFAULT_TIMEOUT_MS, maxAttempts: 4 };
  let requests = 0;
  const http = resilientFetch(nodeFetch(runnerProxy), { ...timing, attemptTimeoutMs: conn.timeoutMs ?? timing.attemptTimeoutMs, onAttempt: () => requests++ });
  const resource = {
    host: conn.host.replace(/\/+$/, ''),
    requesterFn: fetchRequester(http),
    // The resilient fetch limits every try and the platform deadline the whole phase; gitbeaker's own
    // query timeout and client-side rate limiters would only add timers of their own.
    queryTimeout: null,
    rateLimits: {},
    // gitbeaker sends a job token as JOB-TOKEN and any other as PRIVATE-TOKEN.
    ...(conn.kind === 'job' ? { jobToken: conn.token } : { token: conn.token }),
  };
  const mergeRequests = new MergeRequests(resource);
  const mrApprovals = new MergeRequestApprovals(resource);
  const mrNotes = new MergeRequestNotes(resource);
  const commits = new Commits(resource);
  const groups = new Groups(resource);
  const groupMembers = new GroupMembers(resource);
  const users = new Users(resource);
  const jobs = new Jobs(resource);

  /** A read whose answer is checked, and asked again while it is broken. */
  const read = <S extends v.GenericSchema>(schema: S, path: string, ask: () => Promise<unknown>): Promise<v.InferOutput<S>> => askChecked(schema, `GET ${path}`, timing, ask);
  /** A write, or one page of a list: checked, never asked again. */
  const once = <S extends v.GenericSchema>(schema: S, what: string, ask: () => Promise<unknown>): Promise<v.InferOutput<S>> => askChecked(schema, what, { ...timing, tries: 1 }, ask);
  /**
   * Pages of a list from the first, while GitLab names a next page (`x-next-page`), at most `maxPages`.
   * A broken page is an error, never the end of the list.
   */
  const pages = async <T>(schema: v.GenericSchema<unknown, T[]>, path: string, maxPages: number, ask: (page: number) => Promise<{ data: unknown; paginationInfo?: { next: number | null } }>): Promise<T[]> => {
    const out: T[] = [];
    for (let page = 1; page <= maxPages; page++) {
      let next: number | null = null;
      const list = await once(schema, `GET ${path}`, async () => {
        const answer = await ask(page);
        next = answer.paginationInfo?.next ?? null;
        return answer.data;
      });
      out.push(...list);
      if (!next) break;
    }
    return out;
  };
  // gitbeaker follows every `Link: rel="next"` of a list unless told a page; these lists are read one page.
  const firstPage = { page: 1 } as const;
  const firstHundred = { perPage: 100, maxPages: 1 } as const;
  const enc = encodeURIComponent;
  const mr = (project: string, iid: number) => `/projects/${enc(project)}/merge_requests/${iid}`;
  const toRule = (r: v.InferOutput<typeof approvalRuleSchema>): ApiApprovalRule => ({
    id: r.id,
    name: r.name,
    ruleType: r.rule_type ?? '',
    approvalsRequired: r.approvals_required,
    usernames: (r.users ?? []).map((u) => u.username),
    groupIds: (r.groups ?? []).map((g) => g.id),
  });
  const toMergeRequest = (m: v.InferOutput<typeof mergeRequestSchema>): ApiMergeRequest => ({
    iid: m.iid,
    title: m.title,
    description: m.description ?? '',
    labels: m.labels.map((l) => (typeof l === 'string' ? l : l.name)),
    author: toUser(m.author),
    draft: m.draft === true || m.work_in_progress === true,
    sourceBranch: m.source_branch,
    targetBranch: m.target_branch,
    webUrl: m.web_url,
    ...(m.sha ? { sha: m.sha } : {}),
    assignees: (m.assignees ?? []).map(toUser),
    reviewers: (m.reviewers ?? []).map(toUser),
    userNotesCount: m.user_notes_count,
    ...(m.state ? { state: m.state } : {}),
    ...(m.merge_commit_sha ? { mergeCommitSha: m.merge_commit_sha } : {}),
    ...(m.squash_commit_sha ? { squashCommitSha: m.squash_commit_sha } : {}),
    ...(typeof m.squash === 'boolean' ? { squash: m.squash } : {}),
    ...(m.merged_at ? { mergedAt: m.merged_at } : {}),
    ...((m.merge_user ?? m.merged_by) ? { mergedBy: (m.merge_user ?? m.merged_by)!.username } : {}),
  });
  const toCommit = (c: v.InferOutput<typeof commitsSchema>[number]): ApiCommit => ({
    id: c.id,
    message: c.message ?? c.title ?? '',
    authorName: c.author_name ?? '',
    authorEmail: c.author_email ?? '',
    committerName: c.committer_name ?? '',
    committerEmail: c.committer_email ?? '',
  });
  const toNote = (n: v.InferOutput<typeof noteSchema>): ApiNote => ({ id: n.id, body: n.body, system: n.system === true, ...(n.author ? { author: toUser(n.author) } : {}) });
  const ruleFields = (iid: number, r: ApprovalRuleFields) => ({ mergerequestIId: iid, usernames: [...r.usernames], groupIds: [...r.groupIds] });

  return {
    get requests() {
      return requests;
    },
    mergeRequest: async (project, iid) => toMergeRequest(await read(mergeRequestSchema, mr(project, iid), () => mergeRequests.show(project, iid))),
    commitMergeRequests: async (project, sha) =>
      (await read(mergeRequestsSchema, `/projects/${enc(project)}/repository/commits/${enc(sha)}/merge_requests`, () => commits.allMergeRequests(project, sha, firstPage))).map(toMergeRequest),
    mergeRequestCommits: async (project, iid) =>
      (await pages(commitsSchema, `${mr(project, iid)}/commits`, MAX_COMMIT_PAGES, (page) => mergeRequests.allCommits(project, iid, { perPage: 100, page, showExpanded: true }))).map(toCommit),
    approvals: async (project, iid) =>
      (await read(approvalsSchema, `${mr(project, iid)}/approvals`, () => mrApprovals.showConfiguration(project, { mergerequestIId: iid }))).approved_by.map((a) => ({
        user: toUser(a.user),
        ...(a.approved_at ? { approvedAt: a.approved_at } : {}),
      })),
    versions: async (project, iid) =>
      // GitLab pages this list; gitbeaker's type for the call leaves the pagination options out.
      (await read(versionsSchema, `${mr(project, iid)}/versions`, () => mergeRequests.allDiffVersions(project, iid, firstHundred as { showExpanded?: false }))).map((x) => ({ headSha: x.head_commit_sha, createdAt: x.created_at })),
    resetsApprovalsOnPush: async (project) => (await read(projectApprovalsSchema, `/projects/${enc(project)}/approvals`, () => mrApprovals.showConfiguration(project))).reset_approvals_on_push === true,
    notes: async (project, iid) =>
      // Oldest first: the sticky note is written by the first pipeline, so it is on the first page.
      (await pages(notesSchema, `${mr(project, iid)}/notes`, MAX_NOTE_PAGES, (page) => mrNotes.all(project, iid, { sort: 'asc', orderBy: 'created_at', perPage: 100, page, showExpanded: true }))).map(toNote),
    currentUser: async () => toUser(await read(userSchema, '/user', () => users.showCurrentUser())),
    createNote: async (project, iid, body) => toNote(await once(noteSchema, `POST ${mr(project, iid)}/notes`, () => mrNotes.create(project, iid, body))),
    editNote: async (project, iid, noteId, body) => toNote(await once(noteSchema, `PUT ${mr(project, iid)}/notes/${noteId}`, () => mrNotes.edit(project, iid, noteId, { body }))),
    groupMembers: async (group, userIds) =>
      (await read(membersSchema, `/groups/${enc(group)}/members/all`, () => groupMembers.all(group, { includeInherited: true, userIds, ...firstHundred }))).map(toUser),
    groupId: async (group) => (await read(groupSchema, `/groups/${enc(group)}`, () => groups.show(group))).id,
    approvalRules: async (project, iid) => (await read(approvalRulesSchema, `${mr(project, iid)}/approval_rules`, () => mrApprovals.allApprovalRules(project, { mergerequestIId: iid, ...firstPage }))).map(toRule),
    createApprovalRule: async (project, iid, r) =>
      toRule(await once(approvalRuleSchema, `POST ${mr(project, iid)}/approval_rules`, () => mrApprovals.createApprovalRule(project, r.name, r.approvalsRequired, ruleFields(iid, r)))),
    editApprovalRule: async (project, iid, ruleId, r) =>
      toRule(await once(approvalRuleSchema, `PUT ${mr(project, iid)}/approval_rules/${ruleId}`, () => mrApprovals.editApprovalRule(project, ruleId, r.name, r.approvalsRequired, ruleFields(iid, r)))),
    removeApprovalRule: async (project, iid, ruleId) => {
      await mrApprovals.removeApprovalRule(project, ruleId, { mergerequestIId: iid });
    },
    mergeRequestPipelines: async (project, iid) =>
      (await read(pipelinesSchema, `${mr(project, iid)}/pipelines`, () => mergeRequests.allPipelines(project, iid, firstHundred))).map((p) => ({
        id: p.id,
        sha: p.sha,
        status: p.status,
        ...(p.web_url ? { webUrl: p.web_url } : {}),
        ...(p.created_at ? { createdAt: p.created_at } : {}),
      })),
    pipelineJobs: async (project, pipelineId) =>
      (await read(jobsSchema, `/projects/${enc(project)}/pipelines/${pipelineId}/jobs`, () => jobs.all(project, { pipelineId, includeRetried: false, ...firstHundred }))).map((j) => ({
        id: j.id,
        name: j.name,
        status: j.status,
        ...(j.web_url ? { webUrl: j.web_url } : {}),
        ...(j.finished_at ? { finishedAt: j.finished_at } : {}),
      })),
  };
}
