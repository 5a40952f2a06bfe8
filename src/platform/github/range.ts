/**
 * Base and head per event. Explicit `base:`/`head:` inputs win; otherwise the payload names them:
 *
 * - pull_request, pull_request_target, pull_request_review: head is `pull_request.head.sha` (the
 *   author's commit, never the `refs/pull/N/merge` commit the runner checks out, which is GitHub's
 *   speculative merge and would attribute base-branch commits to the pull request). Base is the
 *   merge-base of `pull_request.base.sha` and the head when both are in the clone: `base.sha` is the
 *   base branch tip at event time, so diffing against it directly would count every commit that landed
 *   on the base branch since the branch point as part of this change (and show them reverted). The
 *   merge-base is what GitHub's own "Files changed" tab compares against. Without the history, the
 *   base tip is kept and the change comes from the API (`local: false`).
 * - merge_group: `merge_group.base_sha` → `merge_group.head_sha`: the queue's parent and the merge
 *   commit the queue will fast-forward to.
 * - push: `before` → `after`; a push that created the branch has no `before`, so the local reader's
 *   default (merge-base with the default branch) applies to `after`.
 * - workflow_dispatch (and other events with explicit inputs): the local reader's default for
 *   GITHUB_SHA.
 */
import { InputError } from '../../core/errors.js';
import { resolveRange, SHALLOW_HINT, type Range } from '../../gather/git/range.js';
import { gitRaw } from '../../gather/git/run.js';
import { commitNamed } from '../../gather/git/object-names.js';
import type { GitHubEvent } from './event.js';

export interface EventRange {
  range: Range;
  /** False when the clone lacks base or head, so the change must be read from the API. */
  local: boolean;
  /**
   * The base commit is in the clone, so the policy and CODEOWNERS can be read at it by git (true for
   * `pull_request_target`, whose checkout is the base branch, even when the head is missing).
   */
  baseLocal: boolean;
}

async function hasCommit(repo: string, sha: string): Promise<boolean> {
  return (await commitNamed(repo, sha)) !== undefined;
}

async function mergeBase(repo: string, a: string, b: string): Promise<string | undefined> {
  const r = await gitRaw(repo, ['merge-base', '--end-of-options', a, b]);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

const short = (sha: string) => sha.slice(0, 12);

export async function eventRange(repo: string, event: GitHubEvent, explicit: { base?: string; head?: string }): Promise<EventRange> {
  if (explicit.base !== undefined || explicit.head !== undefined) {
    const head = explicit.head ?? event.pullRequest?.headSha ?? event.head ?? event.sha;
    const range = await resolveRange(repo, { base: explicit.base, head: head && (await hasCommit(repo, head)) ? head : explicit.head });
    return { range, local: true, baseLocal: true };
  }

  const pr = event.pullRequest;
  if (pr) {
    const [haveBase, haveHead] = await Promise.all([hasCommit(repo, pr.baseSha), hasCommit(repo, pr.headSha)]);
    if (haveBase && haveHead) {
      const mb = await mergeBase(repo, pr.baseSha, pr.headSha);
      if (mb) {
        return {
          range: { base: mb, head: pr.headSha, baseReason: 'platform', baseDescription: `merge-base with ${pr.baseRef} (tip ${short(pr.baseSha)})`, emptyBase: false },
          local: true,
          baseLocal: true,
        };
      }
    }
    return {
      range: { base: pr.baseSha, head: pr.headSha, baseReason: 'platform', baseDescription: `${pr.baseRef} at ${short(pr.baseSha)}; files and commits from the GitHub API`, emptyBase: false },
      local: false,
      baseLocal: haveBase,
    };
  }

  if (event.head && event.base) {
    const [haveBase, haveHead] = await Promise.all([hasCommit(repo, event.base), hasCommit(repo, event.head)]);
    if (!haveBase || !haveHead) {
      throw new InputError(
        `The ${event.name} event names ${short(event.base)}..${short(event.head)}, but ${!haveHead ? 'the head' : 'the base'} commit is not in the clone.`,
        SHALLOW_HINT,
      );
    }
    return { range: { base: event.base, head: event.head, baseReason: 'platform', baseDescription: event.baseLabel ?? 'from the event', emptyBase: false }, local: true, baseLocal: true };
  }

  // A created branch or a manual run: judge the commit the workflow runs on, based as a laptop would.
  const head = event.head ?? event.sha;
  return { range: await resolveRange(repo, { head: head && (await hasCommit(repo, head)) ? head : undefined }), local: true, baseLocal: true };
}
