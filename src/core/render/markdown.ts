/**
 * The Markdown summary: verdict first, then what blocks the change and what to do, then the evidence.
 * Built from small section functions so platforms can cut sections to fit their size limits.
 */
import { mdCode, mdText } from './escape.js';
import { findingsMarkdown } from './findings-section.js';
import { signoffMarkdown } from './signoff-section.js';
import { plansMarkdown } from './plans-section.js';
import { HEADLINE, attributionLine, percent, shortSha, totals, verdictReason, type SummaryInput } from './summary-model.js';

const MAX_ROWS = 50;

export interface Section {
  id: 'headline' | 'violations' | 'notes' | 'plans' | 'findings' | 'signoff' | 'attribution' | 'risk' | 'review' | 'footer';
  /** Kept when a platform must shorten the summary. */
  essential: boolean;
  markdown: string;
}

function headline({ evaluation: e, change }: SummaryInput): string {
  const h = HEADLINE[e.decision];
  const t = totals(change);
  const facts = [
    `**Risk ${e.risk.level.toUpperCase()}** (${e.risk.score}/100)`,
    e.attribution.aiAssisted ? `**${mdText(attributionLine(e))}**` : mdText(attributionLine(e)),
    `${change.files.length} file${change.files.length === 1 ? '' : 's'}, +${t.additions} −${t.deletions}`,
  ];
  return `## ${h.icon} AI governance gate: ${h.word} — ${mdText(verdictReason(e))}\n\n${facts.join(' · ')}\n`;
}

function violations({ evaluation: e }: SummaryInput): string {
  if (!e.violations.length) return '';
  const title = e.decision === 'fail' ? 'What blocks this change' : 'What to fix';
  const items = e.violations.map(
    (v, i) =>
      `${i + 1}. ${v.level === 'error' ? '❌' : '⚠️'} **${mdText(v.rule)}** — ${mdText(v.message)}\n   **What to do:** ${mdText(v.remediation)}`,
  );
  return `### ${title}\n\n${items.join('\n')}\n`;
}

function notes({ evaluation: e }: SummaryInput): string {
  if (!e.notes.length) return '';
  return `> [!IMPORTANT]\n${e.notes.map((n) => `> ${mdText(n)}`).join('\n>\n')}\n`;
}

function attribution({ evaluation: e, commitUrl, change }: SummaryInput): string {
  const a = e.attribution;
  const lines = [`### AI attribution\n`];
  if (!a.aiAssisted) {
    lines.push(`No AI markers found in ${a.commits.length} commit${a.commits.length === 1 ? '' : 's'}${change.request ? ' or the request' : ''}. Absence of markers is not proof of human authorship.`);
  } else {
    const method = a.shareMethod === 'commits' ? 'added lines of AI-attributed commits' : a.shareMethod === 'request' ? 'the request was opened by an AI agent' : `line-level data (${a.shareMethod})`;
    const models = a.models.length ? ` Models: ${a.models.map(mdCode).join(', ')}.` : '';
    lines.push(`AI share: **${percent(a.aiShare)}** (method: ${mdText(method)}). Tools: ${a.tools.map(mdCode).join(', ') || 'unspecified'}.${models}\n`);
    if (a.shareNote) lines.push(`${mdText(a.shareNote)}\n`);
    if (a.mergedRequest) {
      const what = a.mergedRequest.number !== undefined ? `#${a.mergedRequest.number}` : 'a request';
      const where = a.mergedRequest.url ? ` ${mdCode(a.mergedRequest.url)}` : '';
      lines.push(`Merged from ${mdText(what)}${where} (${mdText(a.mergedRequest.source)}); its ${a.mergedRequest.commits} commit(s) and description were read for attribution.\n`);
    }
    const rows: string[] = [];
    const model = (m: string | undefined) => (m ? mdCode(m) : '');
    for (const ev of a.requestEvidence) rows.push(`| request | ${mdText(ev.tool)} | ${model(ev.model)} | ${mdText(ev.signal)} | ${mdCode(ev.value)} |`);
    for (const c of a.commits.filter((x) => x.aiAssisted)) {
      const sha = commitUrl ? `[${shortSha(c.sha)}](${commitUrl(c.sha)})` : mdCode(shortSha(c.sha));
      for (const ev of c.evidence) rows.push(`| ${sha} | ${mdText(ev.tool)} | ${model(ev.model)} | ${mdText(ev.signal)} | ${mdCode(ev.value)} |`);
    }
    lines.push('| Where | Tool | Model | Signal | Evidence |', '|---|---|---|---|---|', ...rows.slice(0, MAX_ROWS));
    if (rows.length > MAX_ROWS) lines.push(`\n…and ${rows.length - MAX_ROWS} more signals in the audit record.`);
  }
  const facts: string[] = [];
  if (a.declaration) facts.push(`Declared: **${mdText(a.declaration.value)}** (${mdText(a.declaration.source)})`);
  else if (change.request) facts.push('Declared: nothing (no `AI-Assisted:` line)');
  if (a.requester) facts.push(`Requested by: ${mdCode(a.requester.login ? `@${a.requester.login}` : (a.requester.name ?? a.requester.email ?? ''))} (${mdText(a.requester.source)})`);
  if (a.lineLevel) facts.push(`Line-level data: ${mdText(a.lineLevel.method)}, ${a.lineLevel.aiLines} of ${a.lineLevel.totalAddedLines} added lines by AI`);
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  for (const p of a.problems) lines.push(`- ⚠️ ${mdText(p)}`);
  return lines.join('\n') + '\n';
}

function risk({ evaluation: e }: SummaryInput): string {
  const rows = e.risk.factors
    .filter((f) => f.points > 0)
    .map((f) => {
      const files = f.files.slice(0, 5).map(mdCode).join(', ') + (f.files.length > 5 ? `, +${f.files.length - 5} more` : '');
      return `| ${mdText(f.id)} | +${f.points} | ${mdText(f.detail)} | ${files} |`;
    });
  const table = rows.length ? ['| Factor | Points | Why | Files |', '|---|---:|---|---|', ...rows].join('\n') : 'No factor added points.';
  return `### Risk: ${e.risk.score}/100 (${e.risk.level})\n\n${table}\n`;
}

function review({ evaluation: e }: SummaryInput): string {
  const q = e.risk.questions;
  return [
    '### Risk-based review',
    '',
    `- **Blast radius:** ${mdText(q.blastRadius)}`,
    `- **Testing:** ${mdText(q.testing)}`,
    `- **Rollback:** ${mdText(q.rollback)}`,
    `- **Auditability:** ${mdText(q.auditability)}`,
    '',
  ].join('\n');
}

function footer({ evaluation: e, change, policyInfo, version }: SummaryInput): string {
  return (
    `<sub>Base ${mdCode(shortSha(change.base))} (${mdText(change.baseDescription)}) → head ${mdCode(shortSha(change.head))} · ` +
    `policy ${mdText(policyInfo.source)} (sha256 ${mdCode(policyInfo.sha256.slice(0, 12))}) · mode ${e.mode} · ai-governance-gate ${mdText(version)}</sub>\n`
  );
}

/** Sign-off is shown for a request, or when rules would apply to this change in one. */
export function showsSignoff({ evaluation: e }: Pick<SummaryInput, 'evaluation'>): boolean {
  return e.oversight.applicable || e.oversight.wouldApply.length > 0;
}

export function summarySections(input: SummaryInput): Section[] {
  const sections: Section[] = [
    { id: 'headline', essential: true, markdown: headline(input) },
    { id: 'violations', essential: true, markdown: violations(input) },
    { id: 'notes', essential: true, markdown: notes(input) },
    // What the plans destroy belongs on the first screen, beside what blocks the change.
    { id: 'plans', essential: true, markdown: plansMarkdown(input.evaluation.plans) },
    { id: 'signoff', essential: true, markdown: showsSignoff(input) ? signoffMarkdown(input.evaluation.oversight) : '' },
    { id: 'findings', essential: false, markdown: input.evaluation.findings ? findingsMarkdown(input.evaluation.findings) : '' },
    { id: 'attribution', essential: false, markdown: attribution(input) },
    { id: 'risk', essential: false, markdown: risk(input) },
    { id: 'review', essential: false, markdown: review(input) },
    { id: 'footer', essential: true, markdown: footer(input) },
  ];
  return sections.filter((s) => s.markdown !== '');
}

export function renderMarkdown(input: SummaryInput): string {
  return summarySections(input)
    .map((s) => s.markdown)
    .join('\n');
}
