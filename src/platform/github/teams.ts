/**
 * Which of the policy's teams each approver belongs to. GitHub shows team membership only to tokens
 * that may read the organisation's members: the default GITHUB_TOKEN never can, so a 403 (or a team
 * that is invisible to the token) becomes a warning naming the token that would work, and the
 * approvals simply carry no team. Whether an approval without a team still counts is the oversight
 * rules' decision, not this file's.
 */
import type { Approval } from '../../core/model.js';
import type { MembershipLookup } from '../../core/oversight/memberships-to-resolve.js';
import { statusOf } from './client.js';
import { membershipSchema, teamSchema } from './answers.js';
import { addWarning, ask, type GitHubContext } from './context.js';

const TEAM_TOKEN_HINT =
  'The default GITHUB_TOKEN cannot read team membership. Pass a token that can as the `token` input: a fine-grained personal access token or a GitHub App installation token with the "Members: read" organization permission, or a classic personal access token with the read:org scope.';

function teamUnreadableWarning(team: string, status: number | undefined): string {
  const why = status === 404 ? 'HTTP 404: the team does not exist, or the token cannot see it' : `HTTP ${status ?? 'error'}`;
  return `Team membership of ${team} could not be read (${why}), so no approval counts as coming from that team. ${TEAM_TOKEN_HINT}`;
}

/** "org/slug" → parts; a bare slug belongs to the repository owner's organisation. */
export function splitTeam(team: string, owner: string): { org: string; slug: string } {
  const t = team.replace(/^@/, '');
  const i = t.indexOf('/');
  return i < 0 ? { org: owner, slug: t } : { org: t.slice(0, i), slug: t.slice(i + 1) };
}

type Membership = 'member' | 'not-member' | 'unreadable';

async function membership(ctx: GitHubContext, org: string, slug: string, username: string): Promise<{ state: Membership; status?: number }> {
  try {
    const client = ctx.client!;
    const r = await ask(ctx, membershipSchema, `GET teams/${slug}/memberships/${username}`, async () => (await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username })).data);
    // A pending invitation is not membership yet.
    return { state: r.state === 'active' ? 'member' : 'not-member' };
  } catch (e) {
    const status = statusOf(e);
    if (status === 404) return { state: 'not-member', status };
    if (status === 403 || status === 401) return { state: 'unreadable', status };
    throw e;
  }
}

/**
 * Returns the approvals with `teams` filled in, asking only about the approvers each lookup names (one
 * request each). A 404 is ambiguous (not a member, or a team the token cannot see), so the team itself
 * is looked up once to tell the two apart.
 */
export async function resolveTeams(ctx: GitHubContext, approvals: Approval[], lookups: MembershipLookup[]): Promise<Approval[]> {
  if (!ctx.client || !lookups.length || !approvals.length) return approvals;
  const result = approvals.map((a) => ({ ...a, teams: [...(a.teams ?? [])] }));
  for (const { team, logins } of lookups) {
    const { org, slug } = splitTeam(team, ctx.owner);
    const wanted = new Set(logins.map((l) => l.toLowerCase()));
    const asked = result.filter((a) => wanted.has(a.login.toLowerCase()));
    if (!asked.length) continue;
    const answers = await Promise.all(asked.map((a) => membership(ctx, org, slug, a.login)));
    const unreadable = answers.find((x) => x.state === 'unreadable');
    if (unreadable) {
      addWarning(ctx, teamUnreadableWarning(team, unreadable.status));
      continue;
    }
    if (answers.some((x) => x.status === 404)) {
      try {
        const client = ctx.client;
        await ask(ctx, teamSchema, `GET teams/${slug}`, async () => (await client.rest.teams.getByName({ org, team_slug: slug })).data);
      } catch (e) {
        const status = statusOf(e);
        if (status === 404 || status === 403 || status === 401) {
          addWarning(ctx, teamUnreadableWarning(team, status));
          continue;
        }
        throw e;
      }
    }
    answers.forEach((x, i) => {
      if (x.state === 'member') asked[i]!.teams.push(`${org}/${slug}`);
    });
  }
  return result;
}
