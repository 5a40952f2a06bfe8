/**
 * A pull/merge request written as JSON (`--request FILE`): the facts a platform would give, for a dry
 * run of a policy's request rules. The schema is published as schema/request.schema.json.
 */
import * as v from 'valibot';
import { mapping } from './schema/mapping.js';
import { nonEmptyText, wholeNumberFrom } from './schema/scalars.js';

const approval = mapping({
  login: nonEmptyText,
  at: v.optional(v.pipe(v.string(), v.description('ISO-8601 time the approval was given.'))),
  commitSha: v.optional(v.pipe(v.string(), v.description('The head commit the approval was given on.'))),
  teams: v.optional(v.pipe(v.array(v.string()), v.description('Teams (GitHub) or groups (GitLab) the approver belongs to.'))),
  isBot: v.optional(v.boolean()),
  canWrite: v.optional(v.pipe(v.boolean(), v.description('The approver can push to the repository (GitHub: owner, member or collaborator).'))),
});

export const requestSchema = mapping({
  number: v.optional(wholeNumberFrom(0)),
  url: v.optional(v.string()),
  author: v.optional(v.string()),
  authorIsBot: v.optional(v.boolean()),
  title: v.optional(v.string()),
  body: v.optional(v.pipe(v.string(), v.description('The description, where an AI-Assisted declaration is read.'))),
  labels: v.optional(v.array(v.string()), () => []),
  sourceBranch: v.optional(v.string()),
  targetBranch: v.optional(v.string()),
  draft: v.optional(v.boolean()),
  assignees: v.optional(v.array(v.string()), () => []),
  requestedReviewers: v.optional(v.array(v.string()), () => []),
  approvals: v.optional(v.array(approval), () => []),
});
