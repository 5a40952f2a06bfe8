/**
 * The merge request as it is now. Labels, approvals and the author come from the API, because the
 * CI_MERGE_REQUEST_* variables were frozen when the pipeline was created (a label added since, or an
 * approval given since a retry, would otherwise be missed). Without a usable token the variables are
 * the fallback, and each fact that could not be read becomes a warning naming the token that would fix it.
 */
import type { Approval, RequestInfo } from '../../core/model.js';
import type { RequestFacts, RequestQuery } from '../types.js';
import { apiFailure, type ApiMergeRequest, type ApiUser, type GitLabApi } from './client.js';
import { missingToken, tokenProblem } from './token-help.js';
import { UncheckedError } from '../../core/errors.js';

export interface MergeRequestRef {
  /** Numeric id of the project the merge request belongs to (the target project). */
  project: string;
  iid: number;
}

export function mergeRequestRef(env: NodeJS.ProcessEnv): MergeRequestRef | undefined {
  const iid = Number(env.CI_MERGE_REQUEST_IID);
  const project = env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID;
  if (!Number.isInteger(iid) || iid <= 0 || !project) return undefined;
  return { project, iid };
}

function csv(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What the pipeline's variables say; the author and approvals are not among them. */
export function requestFromEnv(env: NodeJS.ProcessEnv, ref: MergeRequestRef): RequestInfo {
  const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL;
  return {
    number: ref.iid,
    url: projectUrl ? `${projectUrl}/-/merge_requests/${ref.iid}` : undefined,
    title: env.CI_MERGE_REQUEST_TITLE,
    body: env.CI_MERGE_REQUEST_DESCRIPTION,
    labels: csv(env.CI_MERGE_REQUEST_LABELS),
    sourceBranch: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME,
    targetBranch: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
    draft: env.CI_MERGE_REQUEST_DRAFT === undefined ? undefined : env.CI_MERGE_REQUEST_DRAFT === 'true',
    assignees: csv(env.CI_MERGE_REQUEST_ASSIGNEES),
    requestedReviewers: [],
    approvals: [],
  };
}

export function fromApi(mr: ApiMergeRequest, approvals: Approval[]): RequestInfo {
  return {
    number: mr.iid,
    url: mr.webUrl,
    author: mr.author?.username,
    authorIsBot: mr.author?.bot,
    title: mr.title,
    body: mr.description,
    labels: mr.labels,
    sourceBranch: mr.sourceBranch,
    targetBranch: mr.targetBranch,
    draft: mr.draft,
    assignees: mr.assignees.map((u) => u.username),
    requestedReviewers: mr.reviewers.map((u) => u.username),
    approvals,
  };
}

/** The server answered and said no (auth, scope, visibility): the token is the problem, not the API. */
export function isRefusal(f: { status?: number }): boolean {
  return f.status !== undefined && f.status >= 400 && f.status < 500 && f.status !== 408 && f.status !== 429;
}

/** Groups each approver belongs to, one request per group, asking only about the approvers. */
async function groupsOf(api: GitLabApi, groups: string[], approvers: ApiUser[], warnings: string[], tokenVariable: string): Promise<Map<number, string[]>> {
  const byUser = new Map<number, string[]>();
  if (!approvers.length) return byUser;
  const ids = approvers.map((u) => u.id);
  await Promise.all(
    [...new Set(groups)].map(async (group) => {
      try {
        for (const member of await api.groupMembers(group, ids)) {
          if (!ids.includes(member.id)) continue;
          byUser.set(member.id, [...(byUser.get(member.id) ?? []), group]);
        }
      } catch (e) {
        warnings.push(tokenProblem(apiFailure(e), tokenVariable, 'read', `membership of group ${group} is unknown and its approvals do not count`));
      }
    }),
  );
  for (const list of byUser.values()) list.sort();
  return byUser;
}

export async function readRequest(
  api: GitLabApi | undefined,
  ref: MergeRequestRef,
  env: NodeJS.ProcessEnv,
  query: RequestQuery,
  tokenVariable: string,
): Promise<RequestFacts & { userNotesCount?: number }> {
  const warnings: string[] = [];
  const fallback = (): RequestInfo => {
    if (env.CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED === 'true') {
      warnings.push('The merge request description in CI_MERGE_REQUEST_DESCRIPTION is truncated; declarations near its end may be missed.');
    }
    return requestFromEnv(env, ref);
  };
  if (!api) {
    warnings.push(missingToken(tokenVariable, 'read', 'labels are as they were when the pipeline was created, and the author, reviewers and approvals are unknown'));
    return { request: fallback(), warnings };
  }
  const [mr, approvedBy] = await Promise.allSettled([api.mergeRequest(ref.project, ref.iid), api.approvedBy(ref.project, ref.iid)]);
  // A token that may not read is a configuration fact to report; an API that does not answer leaves
  // the request unchecked, which the engine turns into "no decision" (or a warning when failing open).
  for (const r of [mr, approvedBy]) {
    if (r.status === 'rejected' && !isRefusal(apiFailure(r.reason))) {
      throw new UncheckedError(`merge request !${ref.iid} from the GitLab API`, apiFailure(r.reason).detail, 'Re-run the job once GitLab answers; a policy can choose `on-error: fail-open` to decide without these facts.');
    }
  }
  let approvers: ApiUser[] = [];
  if (approvedBy.status === 'fulfilled') approvers = approvedBy.value;
  else warnings.push(tokenProblem(apiFailure(approvedBy.reason), tokenVariable, 'read', 'approvals are unknown and count as none'));
  const teams = query.teams.length ? await groupsOf(api, query.teams, approvers, warnings, tokenVariable) : new Map<number, string[]>();
  const approvals: Approval[] = approvers.map((u) => ({
    login: u.username,
    isBot: u.bot,
    ...(query.teams.length ? { teams: teams.get(u.id) ?? [] } : {}),
  }));
  if (mr.status === 'rejected') {
    warnings.push(tokenProblem(apiFailure(mr.reason), tokenVariable, 'read', 'labels are as they were when the pipeline was created and the author is unknown'));
    return { request: { ...fallback(), approvals }, warnings };
  }
  return { request: fromApi(mr.value, approvals), warnings, userNotesCount: mr.value.userNotesCount };
}
