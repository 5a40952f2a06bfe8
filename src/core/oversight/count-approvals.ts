/**
 * Which approvals count towards one requirement, and why the others do not. The checks run in order of
 * how fundamental they are: who a person is (author, requester, bot, AI) rules them out whatever the
 * set, then membership, then freshness.
 */
import type { Approval } from '../model.js';
import { viaOf } from './approver-set.js';
import type { ApproverSet, CountedApproval, NotCountedApproval, NotCountedReason } from './types.js';

export interface People {
  author?: string;
  requester?: string;
  headSha: string;
  isAiIdentity: (login: string) => boolean;
}

const lower = (s: string): string => s.trim().replace(/^@+/, '').toLowerCase();

function isBotLogin(approval: Approval): boolean {
  return approval.isBot === true || /\[bot\]$/i.test(approval.login.trim());
}

/** A request file written by hand may give a short sha; seven characters or more of the head is the head. */
export function isStale(approval: Approval, headSha: string): boolean {
  if (approval.commitUnknown) return true;
  if (approval.commitSha === undefined) return false;
  const given = approval.commitSha.trim().toLowerCase();
  const head = headSha.toLowerCase();
  return !(given === head || (given.length >= 7 && head.startsWith(given)));
}

/**
 * One approval per person: a platform can list someone twice (approved, pushed, approved again). The
 * approval on the head wins; otherwise the last one listed.
 */
export function latestPerLogin(approvals: Approval[], headSha: string): Approval[] {
  const byLogin = new Map<string, Approval>();
  for (const a of approvals) {
    const key = lower(a.login);
    const prev = byLogin.get(key);
    if (!prev || isStale(prev, headSha) || !isStale(a, headSha)) byLogin.set(key, a);
  }
  return [...byLogin.values()];
}

function personalReason(a: Approval, people: People): NotCountedReason | undefined {
  const login = lower(a.login);
  if (people.author && login === lower(people.author)) return 'author';
  if (people.requester && login === lower(people.requester)) return 'requester';
  if (isBotLogin(a)) return 'bot';
  if (people.isAiIdentity(a.login)) return 'ai-identity';
  return undefined;
}

export function countApprovals(
  approvals: Approval[],
  set: ApproverSet,
  allowStale: boolean,
  people: People,
): { counted: CountedApproval[]; notCounted: NotCountedApproval[] } {
  const counted: CountedApproval[] = [];
  const notCounted: NotCountedApproval[] = [];
  for (const a of latestPerLogin(approvals, people.headSha)) {
    const personal = personalReason(a, people);
    if (personal) {
      notCounted.push({ login: a.login, why: personal });
      continue;
    }
    const via = viaOf(a, set);
    if (!via) notCounted.push({ login: a.login, why: set.anyone ? 'no-write-access' : 'not-in-approver-set' });
    else if (!allowStale && isStale(a, people.headSha)) notCounted.push({ login: a.login, why: 'stale' });
    else counted.push({ login: a.login, via });
  }
  return { counted, notCounted };
}
