/**
 * The merge request as it is now. Labels, approvals and the author come from the API, because the
 * CI_MERGE_REQUEST_* variables were frozen when the pipeline was created (a label added since, or an
 * approval given since a retry, would otherwise be missed). Without a usable token the variables are
 * the fallback, and each fact that could not be read becomes a warning naming the token that would fix it.
 */
import type { Approval, RequestInfo } from '../../core/model.js';
import type { RequestFacts, RequestQuery } from '../types.js';
import type { MembershipLookup } from '../../core/oversight/memberships-to-resolve.js';
import { apiFailure, type ApiApproval, type ApiMergeRequest, type ApiUser, type GitLabApi } from './client.js';
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
function requestFromEnv(env: NodeJS.ProcessEnv, ref: MergeRequestRef): RequestInfo {
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

const UNCHECKED_HINT = 'Re-run the job once GitLab answers; a policy can choose `on-error: fail-open` to decide without these facts.';

function unchecked(what: string, e: unknown): UncheckedError {
  return new UncheckedError(what, apiFailure(e).detail, UNCHECKED_HINT);
}

/**
 * Groups each approver belongs to, one request per group, asking only about the approvers whose
 * membership can change what is decided. A group
 * the token may not read costs its approvals, with a warning; a group GitLab fails to answer for is
 * "could not check", never "not a member".
 */
async function groupsOf(api: GitLabApi, lookups: MembershipLookup[], approvers: ApiUser[], warnings: string[], tokenVariable: string): Promise<Map<number, string[]>> {
  const byUser = new Map<number, string[]>();
  await Promise.all(
    lookups.map(async ({ team: group, logins }) => {
      const wanted = new Set(logins);
      const ids = approvers.filter((u) => wanted.has(u.username)).map((u) => u.id);
      if (!ids.length) return;
      try {
        for (const member of await api.groupMembers(group, ids)) {
          if (!ids.includes(member.id)) continue;
          byUser.set(member.id, [...(byUser.get(member.id) ?? []), group]);
        }
      } catch (e) {
        if (!isRefusal(apiFailure(e))) throw unchecked(`membership of group ${group}`, e);
        warnings.push(tokenProblem(apiFailure(e), tokenVariable, 'read', `membership of group ${group} is unknown and its approvals do not count`, `the members of group ${group}`));
      }
    }),
  );
  for (const list of byUser.values()) list.sort();
  return byUser;
}

/**
 * Which commit each approval was given on. GitLab records no commit with an approval, but each push
 * makes a diff version with a time, and newer GitLab says when each approval was given: an approval
 * belongs to the newest version created before it. Without approval times, the project's "reset
 * approvals on push" setting decides (every approval listed is then on the latest push); otherwise the
 * commit is unknown and the approval counts only where the policy allows older approvals.
 */
async function placeApprovals(api: GitLabApi, ref: MergeRequestRef, list: ApiApproval[], warnings: string[], tokenVariable: string): Promise<Approval[]> {
  // GitLab lets only members eligible to approve (the Developer role or above, or those a rule names) approve.
  const plain = (a: ApiApproval): Approval => ({ login: a.user.username, isBot: a.user.bot, canWrite: true, ...(a.approvedAt ? { at: a.approvedAt } : {}) });
  if (!list.length) return [];
  let versions;
  try {
    versions = await api.versions(ref.project, ref.iid);
  } catch (e) {
    if (!isRefusal(apiFailure(e))) throw unchecked(`the diff versions of merge request !${ref.iid}`, e);
    warnings.push(tokenProblem(apiFailure(e), tokenVariable, 'read', 'it is unknown which commit each approval was given on, so approvals count only where the policy allows approvals of older commits', `the diff versions of merge request !${ref.iid}`));
    return list.map((a) => ({ ...plain(a), commitUnknown: true }));
  }
  const ordered = [...versions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const latest = ordered[0];
  if (!latest) return list.map(plain);
  let resets: boolean | undefined;
  if (list.some((a) => !a.approvedAt)) {
    try {
      resets = await api.resetsApprovalsOnPush(ref.project);
    } catch (e) {
      if (!isRefusal(apiFailure(e))) throw unchecked(`the approval settings of project ${ref.project}`, e);
      resets = undefined;
    }
    if (!resets) {
      warnings.push(
        'GitLab did not say when each approval was given (approval times need a recent GitLab) and the project does not reset approvals on push, so it is unknown whether approvals were given on the latest push: they count only where the policy allows approvals of older commits. Turn on "Remove all approvals when commits are added to the source branch" in the project\'s merge request approval settings, or upgrade GitLab.',
      );
    }
  }
  return list.map((a) => {
    if (!a.approvedAt) return resets ? { ...plain(a), commitSha: latest.headSha } : { ...plain(a), commitUnknown: true };
    const at = Date.parse(a.approvedAt);
    const on = ordered.find((version) => Date.parse(version.createdAt) <= at);
    return on ? { ...plain(a), commitSha: on.headSha } : { ...plain(a), commitUnknown: true };
  });
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
  const [mr, approvedBy] = await Promise.allSettled([api.mergeRequest(ref.project, ref.iid), api.approvals(ref.project, ref.iid)]);
  // A token that may not read is a configuration fact to report; an API that does not answer (or
  // answers garbage) leaves the request unchecked, which the engine turns into "no decision".
  for (const r of [mr, approvedBy]) {
    if (r.status === 'rejected' && !isRefusal(apiFailure(r.reason))) throw unchecked(`merge request !${ref.iid} from the GitLab API`, r.reason);
  }
  const listed = approvedBy.status === 'fulfilled' ? approvedBy.value : [];
  if (approvedBy.status === 'rejected') warnings.push(tokenProblem(apiFailure(approvedBy.reason), tokenVariable, 'read', 'approvals are unknown and count as none', `the approvals of merge request !${ref.iid}`));
  // Approvals as given, commit not yet placed: the memberships are read first, since whether the
  // commit matters can depend on who counts.
  const given = listed.map((a): Approval => ({ login: a.user.username, isBot: a.user.bot, ...(a.approvedAt ? { at: a.approvedAt } : {}) }));
  const request = mr.status === 'fulfilled' ? fromApi(mr.value, given) : { ...fallback(), approvals: given };
  if (mr.status === 'rejected') {
    warnings.push(tokenProblem(apiFailure(mr.reason), tokenVariable, 'read', 'labels are as they were when the pipeline was created and the author is unknown', `merge request !${ref.iid}`));
  }
  const lookups = listed.length ? query.membershipsFor(request) : [];
  const byUser = lookups.length ? await groupsOf(api, lookups, listed.map((a) => a.user), warnings, tokenVariable) : new Map<number, string[]>();
  const teamsOf = (login: string): string[] => byUser.get(listed.find((a) => a.user.username === login)?.user.id ?? -1) ?? [];
  if (lookups.length) request.approvals = request.approvals.map((a) => ({ ...a, teams: teamsOf(a.login) }));
  // Which commit each approval was given on costs one or two more requests; where it cannot change
  // what the rules decide, it is not asked, and the approvals say their commit is unknown.
  if (listed.length) {
    const placed = query.approvalCommitsMatter(request)
      ? await placeApprovals(api, ref, listed, warnings, tokenVariable)
      : request.approvals.map((a) => ({ ...a, commitUnknown: true }));
    request.approvals = placed.map((a) => (lookups.length ? { ...a, teams: teamsOf(a.login) } : a));
  }
  return { request, warnings, ...(mr.status === 'fulfilled' ? { userNotesCount: mr.value.userNotesCount } : {}) };
}
