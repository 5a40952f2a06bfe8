/**
 * Tells the result where GitHub users look: the job summary, annotations on the diff, a sticky pull
 * request comment, labels, review requests, step outputs and the step's status. Publishing never
 * changes the decision: a comment GitHub refuses (a fork's read-only token) is a warning, and the
 * exit code stays the evaluation's.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { gateOutputs } from '../../core/render/outputs.js';
import { renderText } from '../../core/render/text.js';
import { verdictReason } from '../../core/render/summary-model.js';
import { VERSION } from '../../core/version.js';
import type { Published } from '../types.js';
import { MAX_ANNOTATIONS, pickAnnotations } from './annotations.js';
import { statusOf } from './client.js';
import type { GitHubContext } from './context.js';
import { syncLabels } from './labels.js';
import { requestReviews } from './review-requests.js';
import { upsertStickyComment } from './sticky-comment.js';
import { fitStepSummary, githubSections, joinSections } from './summary.js';

/**
 * Whom to ask for a review: the named approvers of every unmet requirement (users, teams, and code
 * owners as written in CODEOWNERS), less those whose approval already counted. A requirement that any
 * reviewer can meet names nobody.
 */
export function missingApprovers(result: Published): { users: string[]; teams: string[] } {
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const r of result.evaluation.oversight?.required ?? []) {
    if (r.satisfied) continue;
    const counted = new Set(r.counted.map((c) => c.login.toLowerCase()));
    for (const u of r.approvers.users) if (!counted.has(u.replace(/^@/, '').toLowerCase())) users.add(u.replace(/^@/, ''));
    for (const t of r.approvers.teams) teams.add(t.replace(/^@/, ''));
    for (const owner of r.approvers.owners) {
      if (/^@[^/\s]+\/\S+$/.test(owner)) teams.add(owner.slice(1));
      else if (/^@[^/\s@]+$/.test(owner) && !counted.has(owner.slice(1).toLowerCase())) users.add(owner.slice(1));
    }
  }
  return { users: [...users].sort(), teams: [...teams].sort() };
}

function failureWarning(ctx: GitHubContext, what: string, permission: string, error: unknown): string {
  const status = statusOf(error);
  if (status === 403 && ctx.event.pullRequest?.fromFork) {
    return `Could not ${what} (HTTP 403): workflows triggered by pull requests from forks get a read-only token. The decision is unaffected; it is in the job summary.`;
  }
  if (status === 403 || status === 401) {
    return `Could not ${what} (HTTP ${status}): the token lacks the \`${permission}\` permission. Add it under \`permissions:\` in the workflow. The decision is unaffected.`;
  }
  return `Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(error as Error)?.message ?? String(error)}. The decision is unaffected.`;
}

async function guarded(ctx: GitHubContext, what: string, permission: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (e) {
    core.warning(failureWarning(ctx, what, permission, e));
  }
}

function runUrl(env: NodeJS.ProcessEnv, owner: string, repo: string): string | undefined {
  if (!env.GITHUB_RUN_ID) return undefined;
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
}

/** The run's log: the plain-text summary, with workflow commands switched off so no commit message can issue one. */
function logResult(result: Published, write: (text: string) => void): void {
  const token = randomUUID();
  write(`::stop-commands::${token}\n`);
  write(renderText({ evaluation: result.evaluation, change: result.change, policyInfo: result.policyInfo, version: VERSION }, false));
  write(`::${token}::\n`);
}

export async function publishGitHub(ctx: GitHubContext, result: Published, commitUrl: (sha: string) => string, write: (text: string) => void): Promise<void> {
  const summaryFile = result.options.summaryFile!;
  const sections = githubSections(result, ctx.warnings, commitUrl);
  await mkdir(dirname(summaryFile), { recursive: true });
  await writeFile(summaryFile, joinSections(sections));

  logResult(result, write);

  if (ctx.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(fitStepSummary(sections, summaryFile).markdown).write({ overwrite: false });
  }

  for (const w of ctx.warnings) core.warning(w, { title: 'AI governance gate' });

  if (ctx.inputs.annotations) {
    const { annotations, omitted } = pickAnnotations(result.evaluation, result.change);
    for (const a of annotations) {
      (a.level === 'error' ? core.error : core.warning)(a.message, { title: a.title, file: a.file, startLine: a.line });
    }
    if (omitted) core.warning(`${omitted} more annotation${omitted === 1 ? '' : 's'} left out (at most ${MAX_ANNOTATIONS} are shown); the job summary and the audit record have the rest.`, { title: 'AI governance gate' });
  }

  const run = runUrl(ctx.env, ctx.owner, ctx.repo);
  const fullTextAt = run ? `the [job summary](${run})` : 'the job summary';
  await guarded(ctx, 'write the pull request comment', 'pull-requests: write', () => upsertStickyComment(ctx, result, sections, fullTextAt));
  await guarded(ctx, 'label the pull request', 'pull-requests: write', () => syncLabels(ctx, result));
  const missing = missingApprovers(result);
  await guarded(ctx, 'request reviews', 'pull-requests: write', () => requestReviews(ctx, missing.users, missing.teams, result.change.request?.author));

  const outputs = gateOutputs(result.evaluation, { auditFile: result.options.auditFile, summaryFile });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  if (result.exitCode === 1) {
    core.setFailed(`AI governance gate: FAIL — ${verdictReason(result.evaluation)}. The job summary says what blocks the change and what to do.`);
  }
}
