/**
 * Where a GitLab user looks: the job log (a collapsible, coloured section), the merge request (one
 * sticky note), the merge request widget (the Code Quality report) and later jobs (the dotenv report).
 * The files and the log never depend on the API: without a token, or with GitLab unreachable, they
 * are still written and the log says exactly which token would bring the note.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fitSections } from '../../core/render/fit.js';
import { summarySections } from '../../core/render/markdown.js';
import { STICKY_MARKER, withMarker } from '../../core/render/marker.js';
import { dotenv, gateOutputs } from '../../core/render/outputs.js';
import { renderText, verdictLine } from '../../core/render/text.js';
import { VERSION } from '../../core/version.js';
import { colourWanted, type Terminal } from '../local.js';
import type { Published, RunFailure } from '../types.js';
import { syncApprovalRules, unmetRequirements } from './approval-rules.js';
import { apiFailure, type GitLabApi } from './client.js';
import { codeQualityReport, findingIssues, riskIssues, violationIssues } from './code-quality.js';
import { logSection } from './log-section.js';
import type { GitLabSettings } from './options.js';
import type { MergeRequestRef } from './request.js';
import { upsertStickyNote } from './sticky-note.js';
import { missingToken, tokenProblem } from './token-help.js';

/** GitLab's limit for a note's body, in characters. */
export const NOTE_LIMIT = 1_000_000;

export interface PublishContext {
  settings: GitLabSettings;
  env: NodeJS.ProcessEnv;
  term: Terminal;
  cwd: string;
  api?: GitLabApi;
  ref?: MergeRequestRef;
  userNotesCount?: number;
  clock: () => Date;
}

async function writeReport(cwd: string, file: string, text: string): Promise<void> {
  const full = resolve(cwd, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text);
}

function artifactLink(env: NodeJS.ProcessEnv, file: string): string {
  const job = env.CI_JOB_URL;
  if (!job) return `the job's ${file} artifact`;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `the job's [${file}](${job}/artifacts/file/${path}) artifact`;
}

/** GitLab's widget compares with the target branch's report; without one it shows no comparison. */
export const CODE_QUALITY_NEEDS =
  'The merge request widget shows the Code Quality report only next to one from the target branch\'s latest pipeline; set the component input default-branch: true so the default branch has one.';
const CODE_QUALITY_NEEDS_MD =
  'The Code Quality widget shows these findings only beside a report from the target branch\'s latest pipeline: set the component input `default-branch: true` so the default branch has one.';

/** The note's body: the summary cut to GitLab's limit by the same rules as every platform, marker first. */
export function noteBody(result: Published, ctx: Pick<PublishContext, 'env' | 'settings'>): string {
  const sections = summarySections({ evaluation: result.evaluation, change: result.change, policyInfo: result.policyInfo, version: VERSION, links: result.links });
  const summaryFile = ctx.settings.options.summaryFile ?? 'the summary file';
  // Where the widget cannot compare (no report from the target branch), the note says what it needs.
  const widget = result.evaluation.decision !== 'pass' && ctx.env.AI_GOVERNANCE_DEFAULT_BRANCH !== 'true' ? `\n<sub>${CODE_QUALITY_NEEDS_MD}</sub>\n` : '';
  const fitted = fitSections(sections, { limit: NOTE_LIMIT - STICKY_MARKER.length - 1 - widget.length, unit: 'chars', fullTextAt: artifactLink(ctx.env, summaryFile) });
  return withMarker(fitted.markdown + widget);
}

function wantsNote(mode: GitLabSettings['comment'], decision: string): { post: boolean; create: boolean } {
  if (mode === 'never') return { post: false, create: false };
  // on-violation still updates an earlier note, so a fixed change does not keep showing its old failure.
  return { post: true, create: mode === 'always' || decision !== 'pass' };
}

async function publishNote(result: Published, ctx: PublishContext, log: (line: string) => void): Promise<void> {
  const { settings, api, ref } = ctx;
  const want = wantsNote(settings.comment, result.evaluation.decision);
  if (!want.post) return;
  if (!ref) {
    log('Not a merge request pipeline: no merge request note.');
    return;
  }
  if (!api) {
    log(missingToken(settings.tokenVariable, 'write', 'the summary was not posted on the merge request (the log, the artifacts and the reports are complete)'));
    return;
  }
  try {
    const outcome = await upsertStickyNote(api, ref, noteBody(result, ctx), { create: want.create, userNotesCount: ctx.userNotesCount });
    const where = result.change.request?.url && outcome.noteId ? `: ${result.change.request.url}#note_${outcome.noteId}` : '';
    if (outcome.action === 'created') log(`Merge request note created${where}`);
    else if (outcome.action === 'updated') log(`Merge request note updated${where}`);
    else log('No merge request note: the change passes and comment is on-violation.');
  } catch (e) {
    log(tokenProblem(apiFailure(e), settings.tokenVariable, 'write', 'the summary was not posted on the merge request', `the notes of merge request !${ref.iid}`));
  }
}

async function publishApprovalRules(result: Published, ctx: PublishContext, log: (line: string) => void): Promise<void> {
  const { settings, api, ref } = ctx;
  if (settings.approvalRules !== 'manage' || !ref) return;
  if (!api) {
    log(missingToken(settings.tokenVariable, 'approval-rules', 'no merge request approval rules were written'));
    return;
  }
  const { requirements, skipped } = unmetRequirements(result.evaluation.oversight);
  const r = await syncApprovalRules(api, ref, requirements, settings.tokenVariable);
  const parts = [
    r.created.length ? `created ${r.created.map((n) => `"${n}"`).join(', ')}` : '',
    r.updated.length ? `updated ${r.updated.map((n) => `"${n}"`).join(', ')}` : '',
    r.removed.length ? `removed ${r.removed.map((n) => `"${n}"`).join(', ')}` : '',
    r.unchanged.length ? `${r.unchanged.length} unchanged` : '',
  ].filter(Boolean);
  if (parts.length) log(`Approval rules: ${parts.join('; ')}.`);
  for (const p of [...skipped, ...r.problems]) log(p);
}

export async function publishGitlab(result: Published, ctx: PublishContext): Promise<void> {
  const { settings, term, env } = ctx;
  const started = ctx.clock();
  // A GitLab job log shows colour; FORCE_COLOR=0 or NO_COLOR turns it off.
  const colour = colourWanted(env, true);
  const summaryFile = settings.options.summaryFile ?? '';

  // Files first: they are the record, whatever happens with the API afterwards.
  await writeReport(ctx.cwd, settings.dotenvFile, dotenv(gateOutputs(result.evaluation, { auditFile: settings.options.auditFile, summaryFile, statementFile: settings.options.statementFile })));
  const e = result.evaluation;
  const findings = findingIssues(e.findings?.overThreshold ?? [], result.policyInfo.path);
  await writeReport(ctx.cwd, settings.codeQualityFile, codeQualityReport(violationIssues(e, result.policyInfo), riskIssues(e), findings));

  const text = renderText({ evaluation: result.evaluation, change: result.change, policyInfo: result.policyInfo, version: VERSION }, colour);
  const files = `Audit record: ${settings.options.auditFile} · summary: ${summaryFile} · code quality: ${settings.codeQualityFile} · dotenv: ${settings.dotenvFile}`;
  term.write(logSection([text, files].join('\n'), { name: 'ai_governance', header: 'AI governance gate', start: started, end: ctx.clock() }));
  if (settings.options.format === 'json') term.write(JSON.stringify(result.audit, null, 2) + '\n');
  else if (settings.options.format === 'markdown') term.write(result.markdown);

  const log = (line: string) => term.write(`ai-governance-gate: ${line}\n`);
  await publishNote(result, ctx, log);
  await publishApprovalRules(result, ctx, log);
  if (ctx.ref && env.AI_GOVERNANCE_DEFAULT_BRANCH !== 'true') log(CODE_QUALITY_NEEDS);
  if (ctx.api) log(`GitLab API requests made: ${ctx.api.requests}.`);
  // A job log is read from its end: the verdict is its last line.
  term.write(`${verdictLine(result)}\n`);
}

/**
 * No decision (exit 2): the dotenv report says `error` so later jobs do not read a stale verdict, and
 * the job log says in its own section what could not be checked.
 */
export async function publishGitlabFailure(failure: RunFailure, ctx: PublishContext): Promise<void> {
  const { settings, term } = ctx;
  const summaryFile = settings.options.summaryFile ?? '';
  const line = (k: string, value: string) => `AI_GOVERNANCE_${k}=${value.replace(/[\r\n]+/g, ' ')}`;
  await writeReport(ctx.cwd, settings.dotenvFile, [line('DECISION', 'error'), line('ERROR', failure.message), line('AUDIT_FILE', settings.options.auditFile), line('SUMMARY_FILE', summaryFile)].join('\n') + '\n');
  const what = failure.unchecked ? 'No decision: a fact the policy needs could not be checked.' : 'No decision: the gate could not run with this input.';
  const text = [what, '', ...failure.message.split('\n'), ...(failure.hint ? ['', `→ ${failure.hint}`] : [])].join('\n');
  term.write(logSection(text, { name: 'ai_governance', header: 'AI governance gate: ERROR', start: ctx.clock(), end: ctx.clock() }));
}
