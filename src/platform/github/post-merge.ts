/**
 * On a push to the default branch: who merged the pull request it came from, and whether the gate's
 * check run on the pull request's head passed. Two requests: the pull request (merged_by, the merge
 * commit, the head), then the check runs of that head with the gate's check name. GitHub does not say
 * which merge method was used, so it is recorded as unknown.
 */
import * as v from 'valibot';
import type { MergedRequest } from '../../core/model.js';
import type { PostMergeFacts } from '../../core/record/replay-inputs-schema.js';
import { statusOf } from './client.js';
import { ask, type GitHubContext } from './context.js';

const nullableText = v.nullish(v.string());

const mergedPullSchema = v.object({
  number: v.number(),
  html_url: v.optional(v.string()),
  head: v.object({ sha: v.string() }),
  merged_at: nullableText,
  merge_commit_sha: nullableText,
  merged_by: v.nullish(v.object({ login: v.string() })),
});

const checkRunsSchema = v.object({
  total_count: v.number(),
  check_runs: v.array(
    v.object({ name: v.string(), status: v.string(), conclusion: nullableText, html_url: nullableText, completed_at: nullableText }),
  ),
});

type Decision = NonNullable<PostMergeFacts['decision']>;

function decisionOf(runs: v.InferOutput<typeof checkRunsSchema>['check_runs'], name: string, head: string): Decision {
  // Newest first: the last word of the gate on this head (a re-run after an approval replaces a failure).
  const run = [...runs].sort((a, b) => String(b.completed_at ?? '9').localeCompare(String(a.completed_at ?? '9')))[0];
  if (!run) return { state: 'missing', source: `no check run "${name}" on the head ${head.slice(0, 12)}`, url: null, at: null };
  const state = run.status !== 'completed' ? 'pending' : run.conclusion === 'success' ? 'pass' : run.conclusion === 'skipped' ? 'missing' : 'fail';
  const said = run.status === 'completed' ? (run.conclusion ?? 'no conclusion') : run.status;
  return { state, source: `check run "${run.name}" (${said}) on ${head.slice(0, 12)}`, url: run.html_url ?? null, at: run.completed_at ?? null };
}

export async function githubPostMerge(ctx: GitHubContext, merged: MergedRequest, pushedHead: string): Promise<PostMergeFacts> {
  const number = merged.request.number;
  const base = {
    request: { number: number ?? null, url: merged.request.url ?? null, headSha: merged.request.headSha ?? null },
    mergedBy: null,
    mergedAt: null,
    mergeCommit: null,
    method: 'unknown' as const,
    pushedHead,
  };
  if (!ctx.client || number === undefined) {
    return { ...base, decision: null, problem: !ctx.client ? 'no token was given, so the check runs of the merged pull request were not read' : 'the merged pull request has no number' };
  }
  const client = ctx.client;
  const where = { owner: ctx.owner, repo: ctx.repo };
  const name = ctx.inputs.checkName;
  try {
    const pull = await ask(ctx, mergedPullSchema, `GET pulls/${number}`, async () => (await client.rest.pulls.get({ ...where, pull_number: number })).data);
    const facts = {
      ...base,
      request: { ...base.request, url: pull.html_url ?? base.request.url, headSha: pull.head.sha },
      mergedBy: pull.merged_by?.login ?? null,
      mergedAt: pull.merged_at ?? null,
      mergeCommit: pull.merge_commit_sha ?? null,
    };
    const runs = await ask(ctx, checkRunsSchema, `GET commits/${pull.head.sha.slice(0, 12)}/check-runs`, async () =>
      (await client.rest.checks.listForRef({ ...where, ref: pull.head.sha, check_name: name, filter: 'latest', per_page: 100 })).data,
    );
    return { ...facts, decision: decisionOf(runs.check_runs.filter((r) => r.name === name), name, pull.head.sha), problem: null };
  } catch (e) {
    const status = statusOf(e);
    if (status === 401 || status === 403 || status === 404) {
      return { ...base, decision: null, problem: `GitHub refused to show pull request #${number} or its check runs (HTTP ${status}); grant the token \`checks: read\` and \`pull-requests: read\`` };
    }
    throw e;
  }
}
