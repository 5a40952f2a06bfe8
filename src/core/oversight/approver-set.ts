/**
 * Approver sets: who may satisfy a requirement, and how a given approval belongs to one. Logins and
 * team names compare case-insensitively and a leading `@` is ignored, so `@Org/Team`, `org/team` and
 * `ORG/TEAM` are one team. A CODEOWNERS owner `@name` can be a user or (on GitLab) a top-level group,
 * so it matches either; `@org/team` matches only a team; an email owner matches no login and never
 * counts (the platform does not say which login an address belongs to), nor does a GitLab role
 * (`@@maintainer`), which the approval does not carry.
 */
import type { Approval } from '../model.js';
import type { ApproverSet, CountedVia } from './types.js';
import { ownerKind } from './owner-kind.js';

const norm = (s: string): string => s.trim().replace(/^@+/, '').toLowerCase();

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const k = v.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

export function approverSet(users: string[], teams: string[], owners: string[], ownedFiles: string[], writeAccess = false): ApproverSet {
  const set = {
    users: unique(users.map((u) => u.trim().replace(/^@+/, ''))),
    teams: unique(teams.map((t) => t.trim().replace(/^@+/, ''))),
    owners: unique(owners),
    ownedFiles: unique(ownedFiles),
  };
  const anyone = set.users.length + set.teams.length + set.owners.length === 0;
  return { ...set, anyone, writeAccess: anyone && writeAccess };
}

/** Two tiers with the same key ask the same people and merge into one requirement. */
export function approverSetKey(set: ApproverSet): string {
  if (set.anyone) return set.writeAccess ? 'anyone-with-write-access' : 'anyone';
  const sorted = (xs: string[]) => xs.map(norm).sort();
  return JSON.stringify([sorted(set.users), sorted(set.teams), sorted(set.owners), set.noOwnersFile === true]);
}

/** Merges the files of two sets with the same key. */
export function mergeApproverSets(a: ApproverSet, b: ApproverSet): ApproverSet {
  return { ...a, ownedFiles: unique([...a.ownedFiles, ...b.ownedFiles]) };
}

function ownerMatches(owner: string, login: string, teams: string[]): boolean {
  const kind = ownerKind(owner);
  if (kind === 'role' || kind === 'email') return false;
  const o = norm(owner);
  // `@name` is a user, or on GitLab a top-level group; `@org/team` only a team.
  return (kind === 'user' && o === login) || teams.includes(o);
}

/** How the approval belongs to the set, or undefined when it does not. Users first, then teams, then owners. */
export function viaOf(approval: Approval, set: ApproverSet): CountedVia | undefined {
  if (set.anyone && set.writeAccess) return approval.canWrite === true ? 'write-access' : undefined;
  if (set.anyone) return 'any-reviewer';
  const login = norm(approval.login);
  const teams = (approval.teams ?? []).map(norm);
  if (set.users.some((u) => norm(u) === login)) return 'user';
  const team = set.teams.find((t) => teams.includes(norm(t)));
  if (team !== undefined) return `team:${team}`;
  if (set.owners.some((o) => ownerMatches(o, login, teams))) return 'codeowner';
  return undefined;
}
