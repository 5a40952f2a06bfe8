/**
 * Plain-text words for requirements, shared by violation messages and the renderers (which escape
 * them for their medium). Everything here may contain hostile logins and paths: never emit it raw
 * into Markdown.
 */
import type { ApproverSet, NotCountedApproval, NotCountedReason, Requirement } from './types.js';

export const WHY_WORDS: Record<NotCountedReason, string> = {
  author: 'author',
  requester: 'requester',
  bot: 'bot',
  'ai-identity': 'AI identity',
  stale: 'approved an older commit',
  'not-in-approver-set': 'not in the approver set',
  'no-write-access': 'no write access',
};

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const FILES_SHOWN = 3;

function listFiles(files: string[]): string {
  const shown = files.slice(0, FILES_SHOWN).join(', ');
  return files.length > FILES_SHOWN ? `${shown} and ${files.length - FILES_SHOWN} more` : shown;
}

/** "team org/platform-seniors", "users alice, bob", "code owners of src/db/x.sql (@org/dba)". */
export function approverParts(set: ApproverSet): string[] {
  if (set.anyone) return [set.writeAccess ? 'anyone with write access other than the author and the requester' : 'any reviewer other than the author and the requester'];
  const parts: string[] = [];
  if (set.users.length) parts.push(`${set.users.length === 1 ? 'user' : 'users'} ${set.users.join(', ')}`);
  if (set.teams.length) parts.push(`${set.teams.length === 1 ? 'team' : 'teams'} ${set.teams.join(', ')}`);
  if (set.owners.length) parts.push(`code owners of ${listFiles(set.ownedFiles)} (${set.owners.join(', ')})`);
  if (set.noOwnersFile) parts.push('code owners (none: the target branch has no CODEOWNERS file)');
  return parts;
}

export function describeApprovers(set: ApproverSet): string {
  return approverParts(set).join(' or ');
}

function describeNotCounted(list: NotCountedApproval[]): string {
  return list.map((n) => `${n.login} (${WHY_WORDS[n.why]})`).join(', ');
}

/** "Needs 2 approvals from platform-seniors (team org/platform-seniors); has 1 (alice). Not counted: bob (author)." */
export function requirementMessage(r: Requirement): string {
  const has = r.counted.length ? `${r.counted.length} (${r.counted.map((c) => c.login).join(', ')})` : '0';
  const notCounted = r.notCounted.length ? ` Not counted: ${describeNotCounted(r.notCounted)}.` : '';
  return `Needs ${plural(r.needed, 'approval')} from ${r.rules.join(' + ')} (${describeApprovers(r.approvers)}); has ${has}.${notCounted}`;
}

export function requirementRemediation(r: Requirement): string {
  const stale = r.notCounted.filter((n) => n.why === 'stale').map((n) => n.login);
  const excluded = r.notCounted.filter((n) => n.why === 'author' || n.why === 'requester').map((n) => n.login);
  const ask = `Get ${plural(r.missing, 'more approval')} from ${describeApprovers(r.approvers)}`;
  const not = excluded.length ? ` (not ${excluded.join(' or ')}: authors and requesters cannot approve their own change)` : '';
  const again = stale.length ? `; ${stale.join(', ')} can re-approve the latest commit` : '';
  return `${ask}${not}${again}.`;
}
