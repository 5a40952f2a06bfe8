/**
 * The shapes of GitHub's answers the gate relies on, from GitHub's REST description: only the fields
 * the gate reads, each as required as the gate needs it. Anything else in an answer is ignored.
 */
import * as v from 'valibot';

const login = v.object({ login: v.string(), type: v.optional(v.string()) });
const nullableText = v.nullish(v.string());

export const pullSchema = v.object({
  number: v.number(),
  html_url: v.optional(v.string()),
  user: login,
  title: v.string(),
  body: nullableText,
  labels: v.array(v.union([v.string(), v.object({ name: v.string() })])),
  head: v.object({ sha: v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/i)), ref: v.string() }),
  base: v.object({ sha: v.string(), ref: v.string() }),
  draft: v.optional(v.boolean()),
  assignees: v.nullish(v.array(login)),
  requested_reviewers: v.nullish(v.array(v.object({ login: v.optional(v.string()) }))),
});
export type PullAnswer = v.InferOutput<typeof pullSchema>;

/** Pull requests associated with a commit: each a pull, and whether and how it was merged. */
export const associatedPullsSchema = v.array(
  v.object({ ...pullSchema.entries, merged_at: nullableText, merge_commit_sha: nullableText }),
);

export const reviewsSchema = v.array(
  v.object({
    user: v.nullable(login),
    state: v.string(),
    submitted_at: nullableText,
    commit_id: nullableText,
    // OWNER, MEMBER or COLLABORATOR: the reviewer can push (the built-in sign-off asks for write access).
    author_association: v.optional(v.string()),
  }),
);

export const filesSchema = v.array(
  v.object({
    filename: v.string(),
    previous_filename: v.optional(v.string()),
    status: v.string(),
    additions: v.number(),
    deletions: v.number(),
    changes: v.number(),
    patch: v.optional(v.string()),
  }),
);

const person = v.nullish(v.object({ name: v.optional(v.string()), email: v.optional(v.string()), date: v.optional(v.string()) }));
export const commitsSchema = v.array(
  v.object({
    sha: v.string(),
    commit: v.object({ author: person, committer: person, message: v.string() }),
    parents: v.optional(v.array(v.unknown())),
  }),
);

export const commitStatsSchema = v.object({
  sha: v.string(),
  stats: v.optional(v.object({ additions: v.optional(v.number()), deletions: v.optional(v.number()) })),
});

export const contentSchema = v.union([
  v.object({ type: v.string(), content: v.optional(v.string()), encoding: v.optional(v.string()) }),
  // A directory answers with a list; that is "no file here", not a broken answer.
  v.array(v.unknown()),
]);

export const membershipSchema = v.object({ state: v.string() });
export const teamSchema = v.object({ slug: v.string() });

export const commentsPageSchema = v.object({
  repository: v.nullable(
    v.object({
      pullRequest: v.nullable(
        v.object({
          comments: v.object({
            pageInfo: v.object({ hasNextPage: v.boolean(), endCursor: v.nullable(v.string()) }),
            nodes: v.array(v.nullable(v.object({ databaseId: v.nullable(v.number()), viewerDidAuthor: v.boolean(), body: v.string() }))),
          }),
        }),
      ),
    }),
  ),
});
