/**
 * What a summary says, independent of how it is drawn. The Markdown and terminal renderers both read
 * this, so they never disagree on the verdict or the facts.
 */
import type { Change } from '../model.js';
import { grouped } from './grouped.js';
import type { Evaluation, PolicyInfo } from '../evaluation.js';
import type { Links } from './links.js';
import type { Violation } from '../violation.js';
import { plural } from './words.js';

export interface SummaryInput {
  evaluation: Evaluation;
  change: Change;
  policyInfo: PolicyInfo;
  version: string;
  /** Web addresses of files, commits and the policy, when the platform has them. */
  links?: Links;
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

export function subject(message: string): string {
  return message.split('\n', 1)[0] ?? '';
}

export function totals(change: Change): { additions: number; deletions: number } {
  return change.files.reduce(
    (t, f) => ({ additions: t.additions + f.additions, deletions: t.deletions + f.deletions }),
    { additions: 0, deletions: 0 },
  );
}

/** "3 files, +12 −4". */
export function sizeWords(change: Change): string {
  const t = totals(change);
  return `${plural(change.files.length, 'file')}, +${grouped(t.additions)} −${grouped(t.deletions)}`;
}

/** A violation in the few words of a headline. */
function label(v: Violation, e: Evaluation): string {
  if (v.rule === 'approvals.required') return 'needs sign-off';
  if (v.rule === 'findings.max' || v.rule === 'findings.tools.max') {
    const n = e.findings?.overThresholdTotal ?? 0;
    return n ? `${plural(n, 'finding')} over the limit` : 'findings over the limit';
  }
  if (v.rule === 'ai.fail-at-risk') return `AI-assisted change at ${e.risk.level} risk`;
  if (v.rule === 'risk.fail-at') return `${e.risk.level} risk`;
  if (v.rule.startsWith('plans.') && v.rule.endsWith('-destroy')) return 'the plans destroy stateful resources';
  if (v.rule.startsWith('plans.max-')) return 'the plans destroy more than the policy allows';
  if (v.rule === 'declarations.required') return 'no AI-Assisted declaration';
  if (v.rule === 'declarations.contradicted') return 'the declaration contradicts the evidence';
  if (v.rule.startsWith('findings.waiver-')) return v.rule.endsWith('expired') ? 'a waiver expired' : 'an unused waiver';
  if (v.rule.startsWith('findings.report-') || v.rule.startsWith('plans.plan-')) return 'an input could not be read';
  if (v.rule === 'platform.unchecked') return 'the request could not be checked';
  return 'a policy rule is not met';
}

function labels(list: readonly Violation[], e: Evaluation): string {
  const words = [...new Set(list.map((v) => label(v, e)))];
  return words.length > 2 ? `${words.slice(0, 2).join(', ')} and ${words.length - 2} more` : words.join(' and ');
}

/** The headline's few words after the verdict, in plain text (the caller escapes them). */
export function verdictReason(e: Evaluation): string {
  const errors = e.violations.filter((v) => v.level === 'error');
  const warnings = e.violations.filter((v) => v.level === 'warning');
  if (errors.length) return e.decision === 'warn' ? `${labels(errors, e)} (warn mode: not blocking)` : labels(errors, e);
  if (warnings.length) return labels(warnings, e);
  const o = e.oversight;
  const signed = o.applicable ? o.required.flatMap((r) => r.counted.map((c) => c.login.trim()).filter(Boolean)) : [];
  if (signed.length) return `signed off by ${[...new Set(signed)].join(', ')}`;
  if (!o.applicable && o.wouldNeed.length) return 'would need sign-off in a pull or merge request';
  return e.risk.level === 'low' && !e.risk.destructive.length ? 'low risk, nothing to review' : 'nothing blocks this change';
}

/** "**AI-assisted** (Claude Code, 100% of added lines)", unescaped parts for the caller to escape. */
export function attributionFacts(e: Evaluation): { ai: boolean; tools: string; share: string } {
  const a = e.attribution;
  const share = a.shareMethod === 'request' ? 'opened by an AI agent' : `${percent(a.aiShare)} of added lines`;
  return { ai: a.aiAssisted, tools: a.tools.join(', ') || 'unspecified tool', share };
}
