/**
 * Who the approval rules still need, decided once for every platform: whom to ask for the approvals
 * still missing (which memberships must be read: memberships-to-resolve.ts). Adapters only
 * translate these into their API calls (review requests, approval rules).
 */
import { isTeamOwner, ownerKind, teamName } from './owner-kind.js';
import type { OversightResult } from './types.js';

export interface OpenRequirement {
  /** The rule names, joined: one requirement per set of people. */
  name: string;
  missing: number;
  needed: number;
  users: string[];
  teams: string[];
  /** Code owners as users and as teams; emails and roles are left out (no API takes them). */
  ownerUsers: string[];
  ownerTeams: string[];
  /** Any reviewer other than the author and the requester may approve. */
  anyone: boolean;
  /** Logins whose approval already counted. */
  counted: string[];
}

/** The requirements not met yet, with the people named for each, less those whose approval already counted. */
export function openRequirements(oversight: OversightResult): OpenRequirement[] {
  if (!oversight.applicable) return [];
  return oversight.required
    .filter((r) => !r.satisfied)
    .map((r) => {
      const owners = r.approvers.owners;
      return {
        name: r.rules.join(', '),
        missing: r.missing,
        needed: r.needed,
        users: r.approvers.users.map((u) => u.replace(/^@/, '')),
        teams: r.approvers.teams.map(teamName),
        ownerUsers: owners.filter((o) => ownerKind(o) === 'user').map((o) => o.slice(1)),
        ownerTeams: owners.filter(isTeamOwner).map(teamName),
        anyone: r.approvers.anyone,
        counted: r.counted.map((c) => c.login),
      };
    });
}

/** Everyone to ask for a review: named users and teams, code owners included, less those who already approved. */
export function reviewersToAsk(oversight: OversightResult): { users: string[]; teams: string[] } {
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const r of openRequirements(oversight)) {
    const counted = new Set(r.counted.map((c) => c.toLowerCase()));
    for (const u of [...r.users, ...r.ownerUsers]) if (!counted.has(u.toLowerCase())) users.add(u);
    for (const t of [...r.teams, ...r.ownerTeams]) teams.add(t);
  }
  return { users: [...users].sort(), teams: [...teams].sort() };
}
