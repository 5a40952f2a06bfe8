/**
 * On a push to the default branch: how the merge request it came from was merged, and whether the
 * gate's job passed in the request's last pipeline for its head. Three requests: the merge request
 * (who merged it, squash or merge commit), its pipelines, and that pipeline's jobs.
 */
import { UncheckedError } from '../../core/errors.js';
import type { MergedRequest } from '../../core/model.js';
import type { PostMergeFacts } from '../../core/record/replay-inputs-schema.js';
import { apiFailure, type ApiJob, type ApiMergeRequest, type GitLabApi } from './client.js';
import { isRefusal } from './request.js';
import { missingToken, tokenProblem } from './token-help.js';

type Decision = NonNullable<PostMergeFacts['decision']>;

function mergeFacts(mr: ApiMergeRequest | undefined, merged: MergedRequest, pushedHead: string): Omit<PostMergeFacts, 'decision' | 'problem'> {
  const headSha = mr?.sha ?? merged.request.headSha ?? null;
  const method: PostMergeFacts['method'] = !mr ? 'unknown' : mr.squash ? 'squash' : mr.mergeCommitSha ? 'merge' : 'fast-forward';
  return {
    request: { number: merged.request.number ?? null, url: merged.request.url ?? null, headSha },
    mergedBy: mr?.mergedBy ?? null,
    mergedAt: mr?.mergedAt ?? null,
    mergeCommit: mr ? (mr.mergeCommitSha ?? mr.squashCommitSha ?? mr.sha ?? null) : null,
    method,
    pushedHead,
  };
}

/** The job's status as a decision: only a finished, successful job is a passing decision. */
function decisionOf(job: ApiJob, pipeline: number, iid: number): Decision {
  const state = job.status === 'success' ? 'pass' : ['failed', 'canceled'].includes(job.status) ? 'fail' : job.status === 'skipped' ? 'missing' : 'pending';
  return { state, source: `job ${job.name} (${job.status}) in pipeline #${pipeline} of !${iid}`, url: job.webUrl ?? null, at: job.finishedAt ?? null };
}

async function lastDecision(api: GitLabApi, project: string, iid: number, head: string, jobName: string): Promise<Decision> {
  const pipelines = (await api.mergeRequestPipelines(project, iid)).filter((p) => p.sha === head);
  const last = pipelines[0];
  if (!last) return { state: 'missing', source: `no pipeline of !${iid} ran for its head ${head.slice(0, 12)}`, url: null, at: null };
  const job = (await api.pipelineJobs(project, last.id)).find((j) => j.name === jobName);
  if (!job) return { state: 'missing', source: `pipeline #${last.id} of !${iid} has no job ${jobName}`, url: last.webUrl ?? null, at: null };
  return decisionOf(job, last.id, iid);
}

export async function gitlabPostMerge(api: GitLabApi | undefined, env: NodeJS.ProcessEnv, merged: MergedRequest, pushedHead: string, tokenVariable: string): Promise<PostMergeFacts> {
  const project = env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim() || '';
  const iid = merged.request.number;
  const jobName = env.CI_JOB_NAME?.trim() || 'ai-governance-gate';
  if (!api || iid === undefined) {
    const problem = !api ? missingToken(tokenVariable, 'read', "the gate's decision on the merged request was not read") : 'the merged request has no number';
    return { ...mergeFacts(undefined, merged, pushedHead), decision: null, problem };
  }
  let mr: ApiMergeRequest | undefined;
  try {
    mr = await api.mergeRequest(project, iid);
    const facts = mergeFacts(mr, merged, pushedHead);
    const head = facts.request.headSha;
    if (!head) return { ...facts, decision: null, problem: `GitLab did not say the head commit of !${iid}` };
    return { ...facts, decision: await lastDecision(api, project, iid, head, jobName), problem: null };
  } catch (e) {
    const failure = apiFailure(e);
    if (isRefusal(failure)) {
      return { ...mergeFacts(mr, merged, pushedHead), decision: null, problem: tokenProblem(failure, tokenVariable, 'read', `the pipelines of merge request !${iid} were not read`) };
    }
    throw new UncheckedError(`the pipelines of merge request !${iid}`, failure.detail, 'Re-run the job once GitLab answers; a policy can choose `on-error: fail-open` to decide without these facts.');
  }
}
