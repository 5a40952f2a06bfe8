/**
 * The record's evidence lists an auditor reads without replaying anything: the commits with their
 * people and dates, the changed files, every waiver with the findings it excused, and each approver
 * with how their membership was established.
 */
import type { Change, FileStatus } from '../model.js';
import type { Evaluation } from '../evaluation.js';
import type { AppliedWaiver } from '../findings/result.js';

/** Files listed in `files.listed`; `files.total` always counts them all. */
const LISTED_FILES_CAP = 1000;
/** Commits listed in `commits`; `change.commits` always counts them all. */
export const LISTED_COMMITS_CAP = 1000;

type Membership = 'verified-through-api' | 'declared-in-policy' | 'code-owner-at-base' | 'any-reviewer' | 'declared-in-request-file';

export interface RecordCommit {
  sha: string;
  author: { name: string; email: string };
  authorDate: string | null;
  committer: { name: string; email: string };
  committerDate: string | null;
}

export interface RecordFile {
  path: string;
  previousPath: string | null;
  status: FileStatus;
  additions: number;
  deletions: number;
  binary: boolean;
}

export interface RecordApprover {
  login: string;
  at: string | null;
  commitSha: string | null;
  counted: boolean;
  membership: Array<{ kind: Membership; via: string; detail: string }>;
}

export function commitsField(change: Change): RecordCommit[] {
  return change.commits.slice(0, LISTED_COMMITS_CAP).map((c) => ({
    sha: c.sha,
    author: { name: c.author.name, email: c.author.email },
    authorDate: c.authorDate ?? null,
    committer: { name: c.committer.name, email: c.committer.email },
    committerDate: c.committerDate ?? null,
  }));
}

export function filesField(change: Change): { total: number; listed: RecordFile[] } {
  return {
    total: change.files.length,
    listed: change.files.slice(0, LISTED_FILES_CAP).map((f) => ({
      path: f.path,
      previousPath: f.previousPath ?? null,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      binary: f.binary,
    })),
  };
}

/** The waivers that matched a finding in this run; the unused ones are listed under findings.waivers.unused. */
export function waiversField(e: Evaluation): AppliedWaiver[] {
  return (e.findings?.applied ?? []).filter((w) => w.matched > 0).map((w) => ({ ...w }));
}

/**
 * How an approver came to count: a team the platform's API confirmed they belong to, a login the
 * policy names, an owner in CODEOWNERS as it is on the target branch, or any reviewer. On a laptop the
 * teams come from the request file, which only declares them.
 */
function membershipOf(via: string, platform: string, codeowners: string | undefined): { kind: Membership; via: string; detail: string } {
  if (via.startsWith('team:')) {
    const team = via.slice('team:'.length);
    return platform === 'local'
      ? { kind: 'declared-in-request-file', via, detail: `member of ${team} as the request file says` }
      : { kind: 'verified-through-api', via, detail: `member of ${team} as the ${platform === 'github' ? 'GitHub' : 'GitLab'} API answered during the run` };
  }
  if (via === 'user') return { kind: 'declared-in-policy', via, detail: 'named in the policy' };
  if (via === 'codeowner') return { kind: 'code-owner-at-base', via, detail: codeowners ? `owner in ${codeowners}` : 'owner in CODEOWNERS at the target branch' };
  return { kind: 'any-reviewer', via, detail: 'any reviewer counts for this requirement' };
}

export function approversField(e: Evaluation, platform: string, change: Change, codeowners: { path: string; rev: string } | null): RecordApprover[] {
  const where = codeowners ? `${codeowners.path} at ${codeowners.rev.slice(0, 12)}` : undefined;
  const observed = e.oversight.observed.length ? e.oversight.observed : (change.request?.approvals ?? []);
  const seen = new Set<string>();
  const out: RecordApprover[] = [];
  for (const a of observed) {
    if (seen.has(a.login)) continue;
    seen.add(a.login);
    const vias = new Set<string>();
    for (const r of e.oversight.required) for (const c of r.counted) if (c.login === a.login) vias.add(c.via);
    out.push({
      login: a.login,
      at: a.at ?? null,
      commitSha: a.commitSha ?? null,
      counted: vias.size > 0,
      membership: [...vias].sort().map((via) => membershipOf(via, platform, where)),
    });
  }
  return out;
}
