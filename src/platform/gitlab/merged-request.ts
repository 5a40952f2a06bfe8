/**
 * The merge request a commit on the default branch was merged from, with its commits as they were
 * before the merge. A squash merge writes its own message (by default the merge request's title), so
 * the trailers an agent put on each commit survive only in the merge request. Two requests: the merge
 * requests of the commit, then the merged one's commits.
 */
import { UncheckedError } from '../../core/errors.js';
import type { Commit, MergedRequest } from '../../core/model.js';
import { parseTrailers } from '../../core/git-text/trailers.js';
import type { MergedRequestFacts } from '../types.js';
import { apiFailure, MAX_COMMIT_PAGES, type ApiCommit, type GitLabApi } from './client.js';
import { fromApi, isRefusal } from './request.js';
import { missingToken, tokenProblem } from './token-help.js';

function commitOf(c: ApiCommit): Commit {
  const message = c.message.replace(/\n+$/, '');
  return {
    sha: c.id,
    author: { name: c.authorName, email: c.authorEmail },
    committer: { name: c.committerName, email: c.committerEmail },
    message,
    trailers: parseTrailers(message),
    additions: 0,
    deletions: 0,
  };
}

/**
 * The merged merge request that brought `sha` in (its merge, squash or own commit), or undefined when
 * none did. `warnings` receives what could not be read when the token may read the request but not
 * its commits.
 */
export async function findMergedMergeRequest(api: GitLabApi, project: string, sha: string, warnings: string[], tokenVariable: string): Promise<MergedRequest | undefined> {
  const all = await api.commitMergeRequests(project, sha);
  const merged = all.filter((m) => m.state === 'merged');
  const mr = merged.find((m) => m.mergeCommitSha === sha || m.squashCommitSha === sha) ?? merged[0];
  if (!mr) return undefined;
  let commits: Commit[] = [];
  try {
    const list = await api.mergeRequestCommits(project, mr.iid);
    commits = list.map(commitOf);
    if (list.length >= MAX_COMMIT_PAGES * 100) warnings.push(`Merge request !${mr.iid} has more than ${list.length} commits; attribution read the newest ${list.length}.`);
  } catch (e) {
    const failure = apiFailure(e);
    if (!isRefusal(failure)) throw e;
    warnings.push(tokenProblem(failure, tokenVariable, 'read', `the commits of merge request !${mr.iid}, which this push was merged from, were not read for AI attribution`));
  }
  return { commit: sha, request: fromApi(mr, []), commits, source: `GitLab: the merged merge request of commit ${sha.slice(0, 7)}` };
}

/** On a push pipeline of the default branch, the merge request the pushed commit came from. */
export async function mergedRequestOnPush(api: GitLabApi | undefined, env: NodeJS.ProcessEnv, sha: string, tokenVariable: string): Promise<MergedRequestFacts | undefined> {
  const branch = env.CI_COMMIT_BRANCH?.trim();
  const project = env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim();
  if (env.CI_PIPELINE_SOURCE !== 'push' || !branch || branch !== env.CI_DEFAULT_BRANCH?.trim() || !project) return undefined;
  if (!api) return { warnings: [missingToken(tokenVariable, 'read', 'the merge request this push was merged from could not be read, and AI attribution the merge dropped was not checked')] };
  const warnings: string[] = [];
  try {
    const mergedRequest = await findMergedMergeRequest(api, project, sha, warnings, tokenVariable);
    return { ...(mergedRequest ? { mergedRequest } : {}), warnings };
  } catch (e) {
    const failure = apiFailure(e);
    if (isRefusal(failure)) {
      return { warnings: [tokenProblem(failure, tokenVariable, 'read', 'the merge request this push was merged from could not be read, and AI attribution the merge dropped was not checked')] };
    }
    throw new UncheckedError(`the merge request commit ${sha.slice(0, 7)} was merged from`, failure.detail, 'Re-run the job once GitLab answers; a policy can choose `on-error: fail-open` to decide without these facts.');
  }
}
