/**
 * The pull request as GitHub knows it now. Metadata and labels come from the API rather than the
 * event payload: a `pull_request_review` or re-run carries the payload of its own moment, and labels
 * added since would be missed. Reviews are reduced to each reviewer's standing verdict, the way
 * GitHub's merge box counts them.
 */
import { InputError } from '../../core/errors.js';
import type { Approval, RequestInfo } from '../../core/model.js';
import { statusOf } from './client.js';
import type { RequestFacts, RequestQuery } from '../types.js';
import { pullSchema, reviewsSchema, type PullAnswer } from './answers.js';
import { addWarning, ask, type GitHubContext } from './context.js';
import { resolveTeams } from './teams.js';

interface UserLike {
  login?: string;
  type?: string;
}

export interface ReviewLike {
  user?: UserLike | null;
  state?: string;
  submitted_at?: string | null;
  commit_id?: string | null;
  author_association?: string;
}

/** Author associations of people who can push: the repository's owner, organisation members, collaborators. */
const WRITE_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/**
 * Each reviewer's latest approving or blocking review decides. A COMMENTED (or PENDING) review does
 * not withdraw an earlier approval; a DISMISSED review — GitHub rewrites a dismissed review's state —
 * withdraws it. Only reviewers whose standing verdict is APPROVED are returned, with the commit the
 * approval was given on, so rules can ignore approvals of an older head.
 */
export function latestApprovals(reviews: ReviewLike[]): Approval[] {
  const ordered = reviews
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.submitted_at ?? '').localeCompare(b.r.submitted_at ?? '') || a.i - b.i)
    .map((x) => x.r);
  const standing = new Map<string, ReviewLike>();
  for (const review of ordered) {
    const login = review.user?.login;
    if (!login) continue; // a deleted account ("ghost") cannot be held to anything
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED') standing.set(login.toLowerCase(), review);
  }
  const approvals: Approval[] = [];
  for (const review of standing.values()) {
    if (review.state !== 'APPROVED') continue;
    approvals.push({
      login: review.user!.login!,
      ...(review.submitted_at ? { at: review.submitted_at } : {}),
      ...(review.commit_id ? { commitSha: review.commit_id } : {}),
      isBot: review.user?.type === 'Bot',
      ...(review.author_association ? { canWrite: WRITE_ASSOCIATIONS.has(review.author_association) } : {}),
    });
  }
  return approvals.sort((a, b) => a.login.localeCompare(b.login));
}

type Json = Record<string, unknown>;

const logins = (v: unknown): string[] => (Array.isArray(v) ? v.map((u) => (u as UserLike | null)?.login).filter((l): l is string => typeof l === 'string') : []);

/** Maps a pull request object (REST `pulls.get`, or the event payload's copy) to the request facts. */
export function requestInfoFromPull(pr: Json, approvals: Approval[]): RequestInfo {
  const user = pr.user as UserLike | null | undefined;
  const head = pr.head as Json | undefined;
  const base = pr.base as Json | undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    number: typeof pr.number === 'number' ? pr.number : undefined,
    url: str(pr.html_url),
    author: user?.login,
    authorIsBot: user ? user.type === 'Bot' : undefined,
    title: str(pr.title),
    body: str(pr.body),
    labels: Array.isArray(pr.labels) ? pr.labels.map((l) => (typeof l === 'string' ? l : (l as { name?: string })?.name)).filter((l): l is string => typeof l === 'string') : [],
    sourceBranch: str(head?.ref),
    targetBranch: str(base?.ref),
    draft: typeof pr.draft === 'boolean' ? pr.draft : undefined,
    assignees: logins(pr.assignees),
    requestedReviewers: logins(pr.requested_reviewers),
    approvals,
  };
}

export const NO_TOKEN_WARNING =
  'No token was given, so the pull request\'s approvals and current labels could not be read (the event payload was used instead). Leave the `token` input at its default (`${{ github.token }}`) and grant `pull-requests: read`.';

/**
 * Fetches the pull request and its reviews: two requests (more only past 100 reviews), plus a team
 * lookup only where a membership can change what a rule that applies decides. In a merge queue the pull request is the one the
 * queue branch names, and its approvals are judged against its own head, not the queue's merge commit.
 */
export async function fetchRequest(ctx: GitHubContext, query: RequestQuery): Promise<RequestFacts | undefined> {
  const number = ctx.event.pullNumber;
  if (number === undefined) return undefined;
  if (!ctx.client) {
    const payload = ctx.event.pullRequest?.payload;
    addWarning(ctx, NO_TOKEN_WARNING);
    return payload ? { request: requestInfoFromPull(payload, []), warnings: [...ctx.warnings] } : { request: { number, labels: [], assignees: [], requestedReviewers: [], approvals: [] }, warnings: [...ctx.warnings] };
  }
  const client = ctx.client;
  const where = { owner: ctx.owner, repo: ctx.repo, pull_number: number };
  let pr: PullAnswer, reviews;
  try {
    [pr, reviews] = await Promise.all([
      ask(ctx, pullSchema, `GET pulls/${number}`, async () => (await client.rest.pulls.get(where)).data),
      ask(ctx, reviewsSchema, `GET pulls/${number}/reviews`, () => client.paginate(client.rest.pulls.listReviews, { ...where, per_page: 100 })),
    ]);
  } catch (e) {
    const status = statusOf(e);
    // Without the request's approvals no sign-off rule can be decided: stop rather than guess.
    if (status === 401 || status === 403 || status === 404) {
      throw new InputError(
        `Pull request #${number} of ${ctx.owner}/${ctx.repo} could not be read (HTTP ${status}).`,
        'Grant the token `pull-requests: read` (and `contents: read`) under `permissions:` in the workflow, or pass a token that can read this repository as the `token` input.',
      );
    }
    throw e;
  }
  const request = requestInfoFromPull(pr, latestApprovals(reviews));
  if (ctx.event.name === 'merge_group') request.headSha = pr.head.sha.toLowerCase();
  request.approvals = await resolveTeams(ctx, request.approvals, query.membershipsFor(request));
  return { request, warnings: [...ctx.warnings] };
}
