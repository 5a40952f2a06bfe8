/**
 * The shapes of GitLab's REST v4 answers the gate relies on (GitLab's API documentation): only the
 * fields it reads, each as required as the gate needs it.
 */
import * as v from 'valibot';

export const userSchema = v.object({ id: v.number(), username: v.string(), bot: v.optional(v.boolean()) });

export const mergeRequestSchema = v.object({
  iid: v.number(),
  title: v.string(),
  description: v.nullish(v.string()),
  labels: v.array(v.union([v.string(), v.object({ name: v.string() })])),
  author: userSchema,
  draft: v.optional(v.boolean()),
  work_in_progress: v.optional(v.boolean()),
  source_branch: v.optional(v.string()),
  target_branch: v.optional(v.string()),
  web_url: v.optional(v.string()),
  sha: v.nullish(v.string()),
  assignees: v.nullish(v.array(userSchema)),
  reviewers: v.nullish(v.array(userSchema)),
  user_notes_count: v.optional(v.number()),
  state: v.optional(v.string()),
  merge_commit_sha: v.nullish(v.string()),
  squash_commit_sha: v.nullish(v.string()),
  squash: v.nullish(v.boolean()),
  merged_at: v.nullish(v.string()),
  merge_user: v.nullish(userSchema),
  merged_by: v.nullish(userSchema),
});
export const mergeRequestsSchema = v.array(mergeRequestSchema);

/** A merge request's pipelines, newest first (`GET .../merge_requests/:iid/pipelines`). */
export const pipelinesSchema = v.array(
  v.object({ id: v.number(), sha: v.string(), status: v.string(), web_url: v.nullish(v.string()), created_at: v.nullish(v.string()) }),
);

/** A pipeline's jobs (`GET /projects/:id/pipelines/:pipeline_id/jobs`). */
export const jobsSchema = v.array(
  v.object({ id: v.number(), name: v.string(), status: v.string(), web_url: v.nullish(v.string()), finished_at: v.nullish(v.string()) }),
);

/** A merge request's commits (`GET .../merge_requests/:iid/commits`). */
export const commitsSchema = v.array(
  v.object({
    id: v.string(),
    title: v.nullish(v.string()),
    message: v.nullish(v.string()),
    author_name: v.nullish(v.string()),
    author_email: v.nullish(v.string()),
    committer_name: v.nullish(v.string()),
    committer_email: v.nullish(v.string()),
  }),
);

export const approvalsSchema = v.object({
  approved_by: v.array(v.object({ user: userSchema, approved_at: v.nullish(v.string()) })),
});

/** Newest first; every push makes one. */
export const versionsSchema = v.array(v.object({ id: v.number(), head_commit_sha: v.string(), created_at: v.string() }));

export const projectApprovalsSchema = v.object({ reset_approvals_on_push: v.optional(v.boolean()) });

export const noteSchema = v.object({ id: v.number(), body: v.string(), system: v.optional(v.boolean()), author: v.optional(userSchema) });
export const notesSchema = v.array(noteSchema);

export const membersSchema = v.array(userSchema);
export const groupSchema = v.object({ id: v.number() });

export const approvalRuleSchema = v.object({
  id: v.number(),
  name: v.string(),
  rule_type: v.optional(v.string()),
  approvals_required: v.number(),
  users: v.nullish(v.array(userSchema)),
  groups: v.nullish(v.array(v.object({ id: v.number() }))),
});
export const approvalRulesSchema = v.array(approvalRuleSchema);
