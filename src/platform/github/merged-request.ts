/**
 * The pull request a commit on the default branch was merged from, with its commits as they were
 * before the merge. A squash merge can drop the commits' trailers (GitHub keeps them only if the
 * person merging leaves the default message), and a rebase merge rewrites the commits; the pull
 * request still holds what the agent wrote. Two requests: the pulls associated with the commit (for a
 * commit on the default branch GitHub returns the merged pull request that introduced it), then that
 * pull request's commits (GitHub lists at most 250).
 */
import { InputError } from '../../core/errors.js';
import type { Commit, MergedRequest } from '../../core/model.js';
import type { MergedRequestFacts } from '../types.js';
import { askChecked } from '../answers.js';
import type { PlatformTiming } from '../http/timing.js';
import { commitFromApi, MAX_API_COMMITS } from './api-change.js';
import { associatedPullsSchema, commitsSchema } from './answers.js';
import { statusOf, type GitHubClient } from './client.js';
import type { GitHubContext } from './context.js';
import { requestInfoFromPull } from './request.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

/**
 * The merged pull request that introduced `sha` on the default branch, or undefined when it came from
 * none. Both answers are checked: a broken one is an error, never "no pull request".
 */
export async function findMergedPullRequest(client: GitHubClient, where: RepositoryRef, sha: string, timing: PlatformTiming): Promise<MergedRequest | undefined> {
  const pulls = await askChecked(associatedPullsSchema, `GET commits/${sha.slice(0, 12)}/pulls`, timing, async () => (await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...where, commit_sha: sha, per_page: 100 })).data);
  const merged = pulls.filter((p) => p.merged_at);
  const pull = merged.find((p) => p.merge_commit_sha === sha) ?? merged[0];
  if (!pull) return undefined;
  const apiCommits = await askChecked(commitsSchema, `GET pulls/${pull.number}/commits`, timing, () => client.paginate(client.rest.pulls.listCommits, { ...where, pull_number: pull.number, per_page: 100 }));
  const commits: Commit[] = apiCommits.slice(0, MAX_API_COMMITS).map(commitFromApi).reverse();
  return {
    commit: sha,
    request: requestInfoFromPull(pull, []),
    commits,
    source: `GitHub: the merged pull request associated with commit ${sha.slice(0, 7)}`,
  };
}

const NO_TOKEN_MERGED =
  'No token was given, so the pull request this push was merged from could not be read: AI attribution that the merge dropped (squashed trailers, the description) was not checked. Leave the `token` input at its default and grant `pull-requests: read`.';

/** On a push to the default branch, the pull request the pushed commit came from; undefined on other runs. */
export async function mergedRequestOnPush(ctx: GitHubContext, sha: string): Promise<MergedRequestFacts | undefined> {
  if (ctx.event.name !== 'push' || !ctx.event.defaultBranch) return undefined;
  if (!ctx.client) return { warnings: [NO_TOKEN_MERGED] };
  try {
    const mergedRequest = await findMergedPullRequest(ctx.client, { owner: ctx.owner, repo: ctx.repo }, sha, ctx.timing);
    return { ...(mergedRequest ? { mergedRequest } : {}), warnings: [] };
  } catch (e) {
    const status = statusOf(e);
    if (status === 401 || status === 403 || status === 404) {
      throw new InputError(
        `The pull request that commit ${sha.slice(0, 7)} was merged from could not be read (HTTP ${status}).`,
        'Grant the token `pull-requests: read` and `contents: read` under `permissions:` in the workflow, so the attribution of squash-merged pull requests can be checked.',
      );
    }
    throw e;
  }
}
