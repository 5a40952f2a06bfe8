/**
 * Which team or group memberships could still change what the approval rules decide, so that a
 * platform reads no membership whose answer cannot matter (each is a request). A membership matters
 * only for a requirement not met yet that names the team (directly or as a code owner), and only for
 * an approver the requirement does not count already and rules out for no other reason: not the
 * author, the requester, a bot or an AI identity, and not stale where stale approvals do not count.
 * An approval whose commit is not known yet (GitLab, before its diff versions are read) is taken as
 * fresh here, so it is looked up.
 */
import type { Approval } from '../model.js';
import { isStale, latestPerLogin } from './count-approvals.js';
import { isTeamOwner, teamName } from './owner-kind.js';
import type { OversightResult } from './types.js';

export interface MembershipLookup {
  /** The team or group, as the platform's API takes it ("org/team", "group/sub"). */
  team: string;
  /** The approvers whose membership of it is needed, as the approvals name them. */
  logins: string[];
}

const lower = (s: string): string => s.trim().replace(/^@+/, '').toLowerCase();

export function membershipsToResolve(oversight: OversightResult, approvals: readonly Approval[], headSha: string): MembershipLookup[] {
  const latest = new Map(latestPerLogin([...approvals], headSha).map((a) => [lower(a.login), a]));
  // By lower-cased team: the team as first spelled, and the approvers to ask about (by lower-cased login).
  const byTeam = new Map<string, { team: string; logins: Map<string, string> }>();
  for (const r of oversight.required) {
    if (r.satisfied || r.approvers.anyone) continue;
    const candidates = r.notCounted
      .filter((n) => n.why === 'not-in-approver-set')
      .map((n) => latest.get(lower(n.login)))
      .filter((a): a is Approval => a !== undefined && (r.allowStale || !isStale(a, headSha)));
    if (!candidates.length) continue;
    for (const team of [...r.approvers.teams, ...r.approvers.owners.filter(isTeamOwner)].map(teamName)) {
      const entry = byTeam.get(team.toLowerCase()) ?? { team, logins: new Map<string, string>() };
      for (const a of candidates) entry.logins.set(lower(a.login), a.login);
      byTeam.set(team.toLowerCase(), entry);
    }
  }
  return [...byTeam.values()]
    .map(({ team, logins }) => ({ team, logins: [...logins.values()].sort() }))
    .sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
}
