/**
 * Where the policy and CODEOWNERS are read: the target branch's CURRENT tip, the protected ref the
 * change will merge into. Not the change (it must not judge itself) and not an old merge-base (a
 * branch cut before the policy was committed would otherwise be judged by the built-in default).
 * In order: the clone's remote-tracking branch, a fetch of the branch from the clone's own remote,
 * then the tip the event or pipeline reported; outside a request, the range's base.
 */
import type { Range } from './git/range.js';
import { commitNamed, forgetObjectNames } from './git/object-names.js';
import { gitRaw } from './git/run.js';

export interface TargetSource {
  /** The branch, when there is one. */
  ref?: string;
  commit: string;
  /** Words for the summary: which ref at which commit, and how it was found. */
  description: string;
  /** False when the commit is not in the clone (files are then read through the platform). */
  inClone: boolean;
}

const FETCH_TIMEOUT_MS = 20_000;
const short = (sha: string) => sha.slice(0, 12);

/** The host a remote URL points at (`https://host/…`, `ssh://git@host/…`, `git@host:…`); undefined for a local path. */
export function remoteHost(url: string): string | undefined {
  const u = url.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(u);
  if (withScheme) {
    if (/^file:/i.test(u)) return undefined;
    try {
      return new URL(u).hostname.toLowerCase();
    } catch {
      return '';
    }
  }
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):/.exec(u);
  return scp ? scp[1]!.toLowerCase() : undefined;
}

/**
 * Fetches the branch tip from the clone's remote (the runner leaves its credentials there), but only
 * from the platform's own server (or a local path): the gate never reaches out to a host the run does
 * not already trust.
 */
async function fetchTip(repo: string, ref: string, server: string | undefined): Promise<string | undefined> {
  if (!/^[A-Za-z0-9._/-]+$/.test(ref) || ref.startsWith('-') || ref.includes('..')) return undefined;
  const remote = await gitRaw(repo, ['remote', 'get-url', 'origin']);
  if (remote.code !== 0) return undefined;
  const host = remoteHost(remote.stdout.toString('utf8'));
  if (host !== undefined && host !== server?.toLowerCase()) return undefined;
  const shallow = (await gitRaw(repo, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim() === 'true';
  const args = ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), 'origin', `+refs/heads/${ref}:refs/remotes/origin/${ref}`];
  const r = await gitRaw(repo, args, undefined, FETCH_TIMEOUT_MS);
  forgetObjectNames(repo);
  return r.code === 0 ? commitNamed(repo, `refs/remotes/origin/${ref}`) : undefined;
}

export async function targetSource(repo: string, target: { ref: string; fallbackSha?: string; server?: string } | undefined, range: Range): Promise<TargetSource> {
  if (!target) {
    return { commit: range.base, description: `base ${short(range.base)}`, inClone: !range.emptyBase };
  }
  const { ref } = target;
  const fetched = (await fetchTip(repo, ref, target.server)) ?? (await commitNamed(repo, `refs/remotes/origin/${ref}`));
  if (fetched) return { ref, commit: fetched, description: `${ref} at ${short(fetched)}`, inClone: true };
  if (target.fallbackSha) {
    const inClone = (await commitNamed(repo, target.fallbackSha)) !== undefined;
    return { ref, commit: target.fallbackSha, description: `${ref} at ${short(target.fallbackSha)} (its tip when the run started)`, inClone };
  }
  return { ref, commit: range.base, description: `base ${short(range.base)} (the tip of ${ref} could not be read)`, inClone: !range.emptyBase };
}
