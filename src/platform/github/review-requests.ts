/**
 * Asks the approvers a change still needs for a review, so nobody has to read the summary to know
 * whom to ping. GitHub refuses to request the author's own review, so the author is left out.
 */
import type { GitHubContext } from './context.js';
import { splitTeam } from './teams.js';

export interface ReviewRequest {
  users: string[];
  /** Team slugs (the `org/` part is dropped: GitHub requests teams of the repository's organisation). */
  teams: string[];
}

export function reviewRequest(users: string[], teams: string[], author: string | undefined, owner: string): ReviewRequest {
  const me = author?.toLowerCase();
  return {
    users: [...new Set(users.map((u) => u.replace(/^@/, '')))].filter((u) => u.toLowerCase() !== me),
    teams: [...new Set(teams.map((t) => splitTeam(t, owner)).filter((t) => t.org.toLowerCase() === owner.toLowerCase()).map((t) => t.slug))],
  };
}

/**
 * Requests reviews from `users` and `teams` ("org/slug" or "slug") on the run's pull request. Called
 * with the approvers the oversight rules found missing; does nothing when the input is off, there is
 * no pull request, or nobody is missing.
 */
export async function requestReviews(ctx: GitHubContext, users: string[], teams: string[], author?: string): Promise<ReviewRequest> {
  const number = ctx.event.pullNumber;
  const none = { users: [], teams: [] };
  if (!ctx.inputs.requestReviews || number === undefined || !ctx.client || ctx.event.name === 'merge_group') return none;
  const req = reviewRequest(users, teams, author, ctx.owner);
  if (!req.users.length && !req.teams.length) return none;
  await ctx.client.rest.pulls.requestReviewers({ owner: ctx.owner, repo: ctx.repo, pull_number: number, reviewers: req.users, team_reviewers: req.teams });
  return req;
}
