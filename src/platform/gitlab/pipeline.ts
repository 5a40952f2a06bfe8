/**
 * Which change a GitLab pipeline judges. A merge request pipeline judges the merge request's diff: its
 * diff base to the source branch's tip. Merged-results and merge-train pipelines build a merge commit
 * (CI_COMMIT_SHA) that also contains the target branch's newer work; judging that would blame the
 * request for others' commits, so the source branch's tip is judged instead. A push judges what the
 * push added: the branch's previous tip to the new one, or the last commit for a new branch.
 */
import type { CliOptions } from '../../gather/options.js';
import { commitNamed } from '../../gather/git/object-names.js';
import { resolveRange, type Range } from '../../gather/git/range.js';

export type PipelineKind = 'merge-request' | 'merged-result' | 'merge-train' | 'push' | 'other';

/** What the environment says about the range, before git is asked. */
export interface RangePlan {
  kind: PipelineKind;
  head: string;
  /** Undefined: let git choose (the parent of head, or the empty tree for a root commit). */
  base?: string;
  description: string;
}

const ZERO_SHA = /^0+$/;

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

export function pipelineKind(env: NodeJS.ProcessEnv): PipelineKind {
  if (value(env, 'CI_MERGE_REQUEST_IID')) {
    const type = value(env, 'CI_MERGE_REQUEST_EVENT_TYPE');
    if (type === 'merged_result') return 'merged-result';
    if (type === 'merge_train') return 'merge-train';
    return 'merge-request';
  }
  return value(env, 'CI_PIPELINE_SOURCE') === 'push' ? 'push' : 'other';
}

export function planRange(env: NodeJS.ProcessEnv): RangePlan {
  const kind = pipelineKind(env);
  const commit = value(env, 'CI_COMMIT_SHA') ?? 'HEAD';
  if (kind === 'merge-request' || kind === 'merged-result' || kind === 'merge-train') {
    const iid = value(env, 'CI_MERGE_REQUEST_IID');
    const target = value(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME') ?? 'the target branch';
    const base = value(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA');
    // The merge commit's second parent is the source tip, should the variable be missing.
    const head = kind === 'merge-request' ? commit : (value(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? `${commit}^2`);
    const pipeline = kind === 'merge-request' ? '' : kind === 'merged-result' ? '; merged-results pipeline, so the source branch tip is judged, not the merge commit' : '; merge train, so the source branch tip is judged, not the train\'s merge commit';
    return {
      kind,
      head,
      base,
      description: base ? `diff base of merge request !${iid} into ${target}${pipeline}` : `parent of the source branch tip (no diff base given for !${iid})`,
    };
  }
  const before = value(env, 'CI_COMMIT_BEFORE_SHA');
  if (kind === 'push' && before && !ZERO_SHA.test(before)) {
    const branch = value(env, 'CI_COMMIT_BRANCH') ?? value(env, 'CI_COMMIT_REF_NAME') ?? 'the branch';
    return { kind, head: commit, base: before, description: `previous tip of ${branch} before this push` };
  }
  return { kind, head: commit, description: kind === 'push' ? 'parent of the pushed commit (new branch)' : 'parent of the pipeline commit' };
}

async function exists(repo: string, rev: string): Promise<boolean> {
  return (await commitNamed(repo, rev)) !== undefined;
}

/** Explicit --base/--head win; otherwise the pipeline's own range. */
export async function gitlabRange(options: CliOptions, env: NodeJS.ProcessEnv): Promise<Range> {
  if (options.base !== undefined || options.head !== undefined) return resolveRange(options.repo, { base: options.base, head: options.head });
  const plan = planRange(env);
  let base = plan.base;
  // A force push can leave the previous tip out of the clone; the last commit is then all we can judge.
  let description = plan.description;
  if (plan.kind === 'push' && base && !(await exists(options.repo, base))) {
    base = undefined;
    description = 'parent of the pushed commit (the previous tip is not in the clone: force push?)';
  }
  if (base === undefined) {
    const headOk = await exists(options.repo, plan.head);
    const parent = headOk && (await exists(options.repo, `${plan.head}^1`)) ? `${plan.head}^1` : undefined;
    const r = await resolveRange(options.repo, { head: plan.head, base: parent });
    if (!parent) return r;
    return { ...r, baseReason: 'parent-of-head', baseDescription: description };
  }
  // resolveRange checks both revisions and the shallow clone, and says what to do if either is missing.
  const r = await resolveRange(options.repo, { base, head: plan.head });
  if (r.baseReason === 'merge-base-of-explicit') return { ...r, baseDescription: `${r.baseDescription} (${description})` };
  return { ...r, baseReason: 'platform', baseDescription: description };
}
