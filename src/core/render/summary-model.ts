/**
 * What a summary says, independent of how it is drawn. The Markdown and terminal renderers both read
 * this, so they never disagree on the verdict or the facts.
 */
import type { Change } from '../model.js';
import type { Evaluation, PolicyInfo } from '../evaluation.js';

export interface SummaryInput {
  evaluation: Evaluation;
  change: Change;
  policyInfo: PolicyInfo;
  version: string;
  /** Commit URL builder when the platform gives one. */
  commitUrl?: (sha: string) => string;
}

export const HEADLINE = {
  pass: { icon: '✅', word: 'PASS' },
  warn: { icon: '⚠️', word: 'WARN' },
  fail: { icon: '❌', word: 'FAIL' },
} as const;

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export function totals(change: Change): { additions: number; deletions: number } {
  return change.files.reduce(
    (t, f) => ({ additions: t.additions + f.additions, deletions: t.deletions + f.deletions }),
    { additions: 0, deletions: 0 },
  );
}

/** The headline's one-line explanation, e.g. "2 violations" or "no violations". */
export function verdictReason(e: Evaluation): string {
  const errors = e.violations.filter((v) => v.level === 'error').length;
  const warnings = e.violations.length - errors;
  const parts: string[] = [];
  if (errors) parts.push(`${errors} violation${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  if (!parts.length) return 'no violations';
  const reason = parts.join(', ');
  return e.decision === 'warn' && errors ? `${reason} (warn mode: not blocking)` : reason;
}

export function attributionLine(e: Evaluation): string {
  const a = e.attribution;
  if (!a.aiAssisted) return 'no AI markers found';
  const method = a.shareMethod === 'commits' ? 'of added lines, from AI-attributed commits' : a.shareMethod === 'request' ? 'of added lines: the request was opened by an AI agent' : `of added lines, from ${a.shareMethod} line data`;
  return `AI-assisted (${a.tools.join(', ') || 'unspecified tool'}; ${percent(a.aiShare)} ${method})`;
}
