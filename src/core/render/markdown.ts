/**
 * The Markdown summary, built for the five-second read. The first screen is the verdict, the few
 * reasons in plain words with their objects named and the advice that fits each, and the one next
 * action. Everything else — sign-off details, plans, findings, the risk score, attribution evidence,
 * the review questions, the rules broken — is collapsed below it, most important first. Built from
 * small sections so platforms can cut sections to fit their size limits.
 */
import type { Evaluation } from '../evaluation.js';
import { attributionMarkdown } from './attribution-section.js';
import { details } from './details.js';
import { mdCode, mdText } from './escape.js';
import { findingsMarkdown } from './findings-section.js';
import { mdLink } from './links.js';
import { nextAction } from './next-action.js';
import { plansMarkdown } from './plans-section.js';
import { reasons as findReasons, SHOWN_REASONS, type Reason } from './reasons.js';
import { reviewMarkdown, riskMarkdown, type Shown } from './risk-section.js';
import { signoffMarkdown } from './signoff-section.js';
import { HEADLINE, attributionFacts, shortSha, sizeWords, verdictReason, type SummaryInput } from './summary-model.js';
import { markdownWords, plural } from './words.js';

export interface Section {
  id: 'headline' | 'notes' | 'signoff' | 'plans' | 'findings' | 'risk' | 'attribution' | 'review' | 'rules' | 'details' | 'footer';
  /** Kept when a platform must shorten the summary. */
  essential: boolean;
  markdown: string;
}

/** The first screen's facts: who wrote it, how risky, how big. */
function facts({ evaluation: e, change }: SummaryInput): string {
  const a = attributionFacts(e);
  const ai = a.ai ? `**AI-assisted** (${mdText(a.tools)}, ${mdText(a.share)})` : 'no AI markers found';
  const risk = e.risk.level === 'high' || e.risk.level === 'critical' ? `**${e.risk.level} risk**` : `${e.risk.level} risk`;
  return `${ai} · ${risk} · ${sizeWords(change)}`;
}

function headline(input: SummaryInput, shown: readonly Reason[], hidden: number): string {
  const e = input.evaluation;
  const h = HEADLINE[e.decision];
  const w = markdownWords(input.links);
  const lines = [`## ${h.icon} AI governance gate: ${h.word} — ${mdText(verdictReason(e))}`, '', facts(input), ''];
  if (shown.length) {
    lines.push(...shown.map((r) => `- ${r.what(w)} — ${r.todo(w)}.`));
    if (hidden) lines.push(`- …and ${plural(hidden, 'more reason')}, in the details below.`);
    lines.push('');
  }
  const next = nextAction(e, input.change, shown);
  if (next) lines.push(`**${next.label}:** ${next.text(w)}`, '');
  return lines.join('\n');
}

/** Notes of the evaluation that no collapsed section shows (sign-off notes are in the sign-off details). */
function notes({ evaluation: e }: SummaryInput): string {
  const inSignoff = new Set(e.oversight.notes);
  const list = e.notes.filter((n) => !inSignoff.has(n));
  if (!list.length) return '';
  return `> [!IMPORTANT]\n${list.map((n) => `> ${mdText(n)}`).join('\n>\n')}\n`;
}

function rules({ evaluation: e }: SummaryInput): string {
  if (!e.violations.length) return '';
  const items = e.violations.map((v) => `- ${v.level === 'error' ? '❌' : '⚠️'} ${mdCode(v.rule)}: ${mdText(v.message)}`);
  return details(`Policy rules: ${plural(e.violations.length, 'violation')}`, items.join('\n'));
}

function footer({ evaluation: e, change, policyInfo, version, links = {} }: SummaryInput): string {
  const commit = (sha: string) => mdLink(mdCode(shortSha(sha)), links.commit?.(sha));
  const policy = mdLink(mdText(policyInfo.source), links.policy);
  return (
    `<sub>Base ${commit(change.base)} (${mdText(change.baseDescription)}) → head ${commit(change.head)} · ` +
    `policy ${policy} (sha256 ${mdCode(policyInfo.sha256.slice(0, 12))}) · mode ${e.mode} · ai-governance-gate ${mdText(version)}</sub>\n`
  );
}

/** Sign-off is shown for a request, or when rules would apply to this change in one. */
export function showsSignoff({ evaluation: e }: Pick<SummaryInput, 'evaluation'>): boolean {
  return e.oversight.applicable ? e.oversight.required.length > 0 || e.oversight.notes.length > 0 : e.oversight.wouldNeed.length > 0;
}

/** The reasons of the first screen, and how many more there are. */
export function firstScreenReasons(e: Evaluation): { shown: Reason[]; hidden: number } {
  const all = findReasons(e);
  return { shown: all.slice(0, SHOWN_REASONS), hidden: Math.max(0, all.length - SHOWN_REASONS) };
}

/** Details refer to what the first screen named rather than say it again: every operation, or the tests. */
export function saidAtTheTop(e: Evaluation, shown: readonly Reason[]): Shown {
  return {
    operations: e.risk.destructive.length > 0 && shown.filter((r) => r.kind === 'operation').length === e.risk.destructive.length,
    tests: shown.some((r) => r.kind === 'tests'),
  };
}

/** Nothing to say beyond the verdict: the evidence goes into one collapsed section. */
function isQuiet(e: Evaluation, reasonCount: number, input: SummaryInput): boolean {
  return e.decision === 'pass' && reasonCount === 0 && !showsSignoff(input) && notes(input) === '' && !e.findings?.reports.length && !e.plans;
}

export function summarySections(input: SummaryInput): Section[] {
  const e = input.evaluation;
  const { shown, hidden } = firstScreenReasons(e);
  const said = saidAtTheTop(e, shown);
  const evidence: Section[] = [
    { id: 'risk', essential: false, markdown: riskMarkdown(e, said) },
    { id: 'attribution', essential: false, markdown: attributionMarkdown(input) },
    { id: 'review', essential: false, markdown: reviewMarkdown(e, said) },
  ];
  const quiet = isQuiet(e, shown.length, input);
  const sections: Section[] = [
    { id: 'headline', essential: true, markdown: headline(input, shown, hidden) },
    { id: 'notes', essential: true, markdown: notes(input) },
    { id: 'signoff', essential: true, markdown: showsSignoff(input) ? signoffMarkdown(e.oversight) : '' },
    { id: 'plans', essential: false, markdown: plansMarkdown(e.plans) },
    { id: 'findings', essential: false, markdown: e.findings ? findingsMarkdown(e.findings, input.links) : '' },
    ...(quiet ? [{ id: 'details' as const, essential: false, markdown: details('Details: risk score, attribution, review questions', evidence.map((s) => s.markdown).join('\n')) }] : evidence),
    { id: 'rules', essential: true, markdown: rules(input) },
    { id: 'footer', essential: true, markdown: footer(input) },
  ];
  return sections.filter((s) => s.markdown !== '');
}

export function renderMarkdown(input: SummaryInput): string {
  return summarySections(input)
    .map((s) => s.markdown)
    .join('\n');
}
