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
import { reviewersToAsk } from '../../core/oversight/approvers-to-ask.js';
import { renderText, verdictLine } from '../../core/render/text.js';
import { colourWanted } from '../local.js';
import { verdictReason } from '../../core/render/summary-model.js';
import { VERSION } from '../../core/version.js';
import type { Published, RunFailure } from '../types.js';
import { mdText } from '../../core/render/escape.js';
import { pickAnnotations } from './annotations.js';
import { statusOf } from './client.js';
import type { GitHubContext } from './context.js';
import { syncLabels } from './labels.js';
import { requestReviews } from './review-requests.js';
import { upsertStickyComment } from './sticky-comment.js';
import { fitStepSummary, githubSections, joinSections } from './summary.js';

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
function logResult(result: Published, env: NodeJS.ProcessEnv, write: (text: string) => void): void {
  const token = randomUUID();
  write(`::stop-commands::${token}\n`);
  write(renderText({ evaluation: result.evaluation, change: result.change, policyInfo: result.policyInfo, version: VERSION }, colourWanted(env, false)));
  write(`::${token}::\n`);
}

/** A file the runner reads could not be written: said as a warning, the decision stands. */
async function guardedFile(what: string, step: () => unknown): Promise<void> {
  try {
    await step();
  } catch (e) {
    core.warning(`Could not write ${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). The decision is unaffected.`, { title: 'AI governance gate' });
  }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

export async function publishGitHub(ctx: GitHubContext, result: Published, write: (text: string) => void): Promise<void> {
  const summaryFile = result.options.summaryFile!;
  const sections = githubSections(result, ctx.warnings);
  await guardedFile(`the summary file ${summaryFile}`, async () => {
    await mkdir(dirname(summaryFile), { recursive: true });
    await writeFile(summaryFile, joinSections(sections));
  });

  logResult(result, ctx.env, write);

  if (ctx.env.GITHUB_STEP_SUMMARY) {
    await guardedFile('the step summary', () => core.summary.addRaw(fitStepSummary(sections, summaryFile).markdown).write({ overwrite: false }));
  }

  for (const w of ctx.warnings) core.warning(w, { title: 'AI governance gate' });

  if (ctx.inputs.annotations) {
    const emit = { error: core.error, warning: core.warning, notice: core.notice };
    for (const a of pickAnnotations(result.evaluation, result.change).annotations) {
      emit[a.level](a.message, { title: a.title, ...(a.file ? { file: a.file, startLine: a.line } : {}) });
    }
  }

  const run = runUrl(ctx.env, ctx.owner, ctx.repo);
  const fullTextAt = run ? `the [job summary](${run})` : 'the job summary';
  await guarded(ctx, 'write the pull request comment', 'pull-requests: write', () => upsertStickyComment(ctx, result, sections, fullTextAt));
  await guarded(ctx, 'label the pull request', 'pull-requests: write', () => syncLabels(ctx, result));
  const missing = reviewersToAsk(result.evaluation.oversight);
  await guarded(ctx, 'request reviews', 'pull-requests: write', () => requestReviews(ctx, missing.users, missing.teams, result.change.request?.author));

  const outputs = gateOutputs(result.evaluation, { auditFile: result.options.auditFile, summaryFile, statementFile: result.options.statementFile });
  await guardedFile('the step outputs', () => setOutputs({ ...outputs }));

  // The log is read from its end: the verdict is its last line (with the failure GitHub adds after it).
  write(`${verdictLine(result)}\n`);
  if (result.exitCode === 1) {
    core.setFailed(`AI governance gate: FAIL — ${verdictReason(result.evaluation)}. The job summary says what blocks the change and what to do.`);
  }
}

/**
 * No decision (exit 2): the step summary and the outputs still say so, with decision `error`, so a
 * later step or a reader of the run does not take a missing verdict for a pass.
 */
export async function publishGitHubFailure(env: NodeJS.ProcessEnv, failure: RunFailure, files: { auditFile?: string; summaryFile?: string } = {}): Promise<void> {
  const what = failure.unchecked ? 'a fact the policy needs could not be checked' : 'the gate could not run with this input';
  const body = [`## ⚠️ AI governance gate: ERROR`, '', `No decision: ${what}.`, '', ...failure.message.split('\n').map((l) => `> ${mdText(l)}`), ...(failure.hint ? ['', mdText(failure.hint)] : [])].join('\n') + '\n';
  if (env.GITHUB_STEP_SUMMARY) await guardedFile('the step summary', () => core.summary.addRaw(body).write({ overwrite: false }));
  await guardedFile('the step outputs', () => setOutputs({ decision: 'error', error: failure.message.replace(/\s+/g, ' '), 'audit-file': files.auditFile ?? '', 'summary-file': files.summaryFile ?? '' }));
}
