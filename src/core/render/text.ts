/** The summary for a terminal: the same facts as the Markdown, with colour only when asked for. */
import { termText } from './escape.js';
import { findingsText } from './findings-section.js';
import { showsSignoff } from './markdown.js';
import { signoffText } from './signoff-section.js';
import { plansText } from './plans-section.js';
import { HEADLINE, attributionLine, shortSha, totals, verdictReason, type SummaryInput } from './summary-model.js';

const CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;
type Style = keyof typeof CODES;

export function renderText(input: SummaryInput, colour: boolean): string {
  const paint = (s: string, ...styles: Style[]) => (colour ? styles.map((c) => `\u001b[${CODES[c]}m`).join('') + s + '\u001b[0m' : s);
  const { evaluation: e, change, policyInfo, version } = input;
  const h = HEADLINE[e.decision];
  const tone: Style = e.decision === 'pass' ? 'green' : e.decision === 'warn' ? 'yellow' : 'red';
  const t = totals(change);
  const out: string[] = [];
  out.push(paint(`${h.icon} AI governance gate: ${h.word} — ${verdictReason(e)}`, 'bold', tone));
  out.push(`Risk ${e.risk.level.toUpperCase()} (${e.risk.score}/100) · ${termText(attributionLine(e))} · ${change.files.length} files, +${t.additions} −${t.deletions}`);
  if (e.violations.length) {
    out.push('', paint('Violations', 'bold'));
    for (const v of e.violations) {
      out.push(`  ${v.level === 'error' ? paint('✖', 'red') : paint('!', 'yellow')} ${termText(v.rule)}: ${termText(v.message)}`);
      out.push(`    → ${termText(v.remediation)}`);
    }
  }
  for (const n of e.notes) out.push('', paint(`Note: ${termText(n)}`, 'yellow'));
  const plans = plansText(e.plans, (s) => paint(s, 'bold'));
  if (plans.length) out.push('', ...plans);
  if (showsSignoff(input)) out.push('', paint('Sign-off', 'bold'), ...signoffText(e.oversight, paint));
  if (e.findings) out.push('', ...findingsText(e.findings, paint));
  if (e.attribution.aiAssisted) {
    out.push('', paint('AI attribution', 'bold'));
    const withModel = (ev: { tool: string; model?: string }) => termText(ev.model ? `${ev.tool} (${ev.model})` : ev.tool);
    for (const ev of e.attribution.requestEvidence) out.push(`  request  ${withModel(ev)}: ${termText(ev.signal)} ${termText(ev.value)}`);
    for (const c of e.attribution.commits.filter((x) => x.aiAssisted).slice(0, 20)) {
      for (const ev of c.evidence) out.push(`  ${shortSha(c.sha)}  ${withModel(ev)}: ${termText(ev.signal)} ${termText(ev.value)}`);
    }
    if (e.attribution.shareNote) out.push(`  ${termText(e.attribution.shareNote)}`);
  }
  out.push('', paint(`Risk factors (${e.risk.score}/100)`, 'bold'));
  for (const f of e.risk.factors.filter((x) => x.points > 0)) {
    const files = f.files.length ? paint(` [${f.files.slice(0, 3).map(termText).join(', ')}${f.files.length > 3 ? ', …' : ''}]`, 'dim') : '';
    out.push(`  +${String(f.points).padEnd(5)} ${termText(f.id)}: ${termText(f.detail)}${files}`);
  }
  const q = e.risk.questions;
  out.push('', paint('Review', 'bold'));
  out.push(`  Blast radius: ${termText(q.blastRadius)}`, `  Testing: ${termText(q.testing)}`, `  Rollback: ${termText(q.rollback)}`, `  Auditability: ${termText(q.auditability)}`);
  out.push(
    '',
    paint(
      `Base ${shortSha(change.base)} (${termText(change.baseDescription)}) → head ${shortSha(change.head)} · policy ${termText(policyInfo.source)} · mode ${e.mode} · v${termText(version)}`,
      'dim',
    ),
  );
  return out.join('\n') + '\n';
}
