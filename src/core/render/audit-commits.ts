/**
 * Per-commit detail in the audit record, bounded: a range of a hundred thousand commits would otherwise
 * write tens of megabytes, most of it commits with no AI evidence. Past the cap the AI-assisted commits
 * are kept first (their evidence is what a replay of the attribution needs), in the range's order, and
 * the totals say how many there were.
 */
import type { CommitAttribution } from '../attribution/types.js';

export const DEFAULT_MAX_AUDIT_COMMITS = 2000;

export interface CommitDetail {
  total: number;
  aiAssisted: number;
  recorded: number;
  cap: number;
}

export function recordedCommits(commits: readonly CommitAttribution[], cap = DEFAULT_MAX_AUDIT_COMMITS): { commits: CommitAttribution[]; detail: CommitDetail } {
  const aiAssisted = commits.filter((c) => c.aiAssisted).length;
  if (commits.length <= cap) return { commits: [...commits], detail: { total: commits.length, aiAssisted, recorded: commits.length, cap } };
  let aiSlots = Math.min(cap, aiAssisted);
  let otherSlots = cap - aiSlots;
  const kept = commits.filter((c) => {
    if (c.aiAssisted ? aiSlots === 0 : otherSlots === 0) return false;
    if (c.aiAssisted) aiSlots -= 1;
    else otherSlots -= 1;
    return true;
  });
  return { commits: kept, detail: { total: commits.length, aiAssisted, recorded: kept.length, cap } };
}
