/**
 * What a CODEOWNERS owner names, decided in one place for every platform: `@org/team` (GitHub) or
 * `@group/sub` (GitLab) is a team or group; `@name` is a user (or, on GitLab, a top-level group);
 * `@@role` is a GitLab role and an address is an email, neither of which an approval carries.
 */
export type OwnerKind = 'team' | 'user' | 'role' | 'email';

export function ownerKind(owner: string): OwnerKind {
  const o = owner.trim();
  if (o.startsWith('@@')) return 'role';
  if (/^@[^/\s@]+\/\S+$/.test(o)) return 'team';
  if (/^@[^/\s@]+$/.test(o)) return 'user';
  return 'email';
}

export function isTeamOwner(owner: string): boolean {
  return ownerKind(owner) === 'team';
}

/** The team name without its `@`, as platforms' APIs take it. */
export function teamName(owner: string): string {
  return owner.trim().replace(/^@/, '');
}
