/**
 * One comment per pull request, edited in place on every run so it never goes stale and never piles
 * up. It is found by the hidden marker AND by being written by the token's own account: anyone can
 * paste the marker into a comment, and the gate must never edit (or be steered by) someone else's.
 * GraphQL's `viewerDidAuthor` answers "mine?" for users, PATs and GitHub App tokens alike (REST
 * `GET /user` refuses installation tokens), in the same request that lists the comments.
 */
import { STICKY_MARKER, isStickyBody } from '../../core/render/marker.js';
import { fitSections } from '../../core/render/fit.js';
import type { Section } from '../../core/render/markdown.js';
import type { Published } from '../types.js';
import { commentsPageSchema } from './answers.js';
import { ask, type GitHubContext } from './context.js';
import { COMMENT_LIMIT } from './summary.js';

const STATE = (failing: boolean) => `<!-- ai-governance-gate:state=${failing ? 'violation' : 'ok'} -->`;
const MAX_PAGES = 30;

export const RESOLVED_BANNER = '> [!TIP]\n> **Resolved:** the violations this comment reported earlier are fixed.\n\n';

export interface StickyComment {
  id: number;
  body: string;
}

function hasViolation(result: Published): boolean {
  return result.evaluation.violations.some((v) => v.level === 'error');
}

export function wasFailing(body: string): boolean {
  return body.includes(STATE(true));
}

export function commentBody(sections: Section[], failing: boolean, previous: StickyComment | undefined, fullTextAt: string): string {
  const resolved = previous !== undefined && !failing && wasFailing(previous.body);
  const prefix = `${STICKY_MARKER}\n${STATE(failing)}\n${resolved ? RESOLVED_BANNER : ''}`;
  return fitSections(sections, { limit: COMMENT_LIMIT, unit: 'chars', fullTextAt }, prefix).markdown;
}

const QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { databaseId viewerDidAuthor body }
      }
    }
  }
}`;

interface CommentsPage {
  repository: {
    pullRequest: {
      comments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ databaseId: number | null; viewerDidAuthor: boolean; body: string } | null> };
    } | null;
  } | null;
}

/** The oldest comment that carries the marker and was written by the token's own account. */
async function findStickyComment(ctx: GitHubContext, number: number): Promise<StickyComment | undefined> {
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const client = ctx.client!;
    const data: CommentsPage = await ask(ctx, commentsPageSchema, `GraphQL comments of pull request #${number}`, () => client.graphql<CommentsPage>(QUERY, { owner: ctx.owner, repo: ctx.repo, number, cursor }));
    const comments = data.repository?.pullRequest?.comments;
    if (!comments) return undefined;
    const mine = comments.nodes.find((n) => n && n.viewerDidAuthor && n.databaseId !== null && isStickyBody(n.body));
    if (mine) return { id: mine.databaseId!, body: mine.body };
    if (!comments.pageInfo.hasNextPage) return undefined;
    cursor = comments.pageInfo.endCursor;
  }
  return undefined;
}

export type CommentAction = 'created' | 'updated' | 'skipped';

export async function upsertStickyComment(ctx: GitHubContext, result: Published, sections: Section[], fullTextAt: string): Promise<CommentAction> {
  const number = ctx.event.pullNumber;
  const mode = ctx.inputs.comment;
  if (mode === 'never' || number === undefined || !ctx.client || ctx.event.name === 'merge_group') return 'skipped';
  const failing = hasViolation(result);
  const previous = await findStickyComment(ctx, number);
  // on-violation: a new comment only when there is something to fix; an existing one is always kept
  // current, so it can say the problem is resolved.
  if (!previous && mode === 'on-violation' && !failing) return 'skipped';
  const body = commentBody(sections, failing, previous, fullTextAt);
  if (previous) {
    await ctx.client.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: previous.id, body });
    return 'updated';
  }
  await ctx.client.rest.issues.createComment({ owner: ctx.owner, repo: ctx.repo, issue_number: number, body });
  return 'created';
}
