/**
 * The summary for a terminal or a CI log: the same first screen as the Markdown (verdict, reasons with
 * their advice, the next action), then the evidence in aligned columns, and the verdict once more as
 * the last line, where a CI log is read from. Colour only when asked for.
 */
import { termText } from './escape.js';
import { findingsText } from './findings-section.js';
import { firstScreenReasons, saidAtTheTop, showsSignoff } from './markdown.js';
import { nextAction } from './next-action.js';
import { plansText } from './plans-section.js';
import { factorSum, factorWhy, reviewAnswers } from './risk-section.js';
import { signoffText } from './signoff-section.js';
import { HEADLINE, attributionFacts, shortSha, sizeWords, verdictReason, type SummaryInput } from './summary-model.js';
import { plural, terminalWords } from './words.js';

const CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;
type Style = keyof typeof CODES;
type Paint = (s: string, ...styles: Style[]) => string;

/** Rows with every column but the last padded to its widest cell; cells are plain text, painted after. */
function columns(rows: readonly string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => indent + row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(widths[i]! - [...cell].length) : cell)).join('  ').trimEnd());
}

/**
 * A runner reads a log line that starts with `::` or `##[` as a command. Untrusted text can begin a line
 * (a commit's sha as a commit reader wrote it, a plan's path): a zero-width space keeps such a line text.
 */
function inert(line: string): string {
  return line.replace(/^(\s*(?:\u001b\[[0-9;]*m)*)(::|##\[)/, '$1\u200b$2');
}

function points(n: number): string {
  return `+${Number.isInteger(n) ? n : n.toFixed(1)}`;
}

export function renderText(input: SummaryInput, colour: boolean): string {
  const paint: Paint = (s, ...styles) => (colour ? styles.map((c) => `\u001b[${CODES[c]}m`).join('') + s + '\u001b[0m' : s);
  const { evaluation: e, change, policyInfo, version } = input;
  const tone: Style = e.decision === 'pass' ? 'green' : e.decision === 'warn' ? 'yellow' : 'red';
  const verdict = paint(verdictLine(input), 'bold', tone);
  const w = terminalWords((s) => paint(s, 'bold'));
  const a = attributionFacts(e);
  const out: string[] = [verdict];
  out.push(`  ${a.ai ? `AI-assisted (${termText(a.tools)}, ${a.share})` : 'no AI markers found'} · ${e.risk.level} risk · ${sizeWords(change)}`);

  const { shown, hidden } = firstScreenReasons(e);
  if (shown.length) {
    out.push('');
    shown.forEach((r, i) => out.push(`  ${i + 1}. ${r.what(w)}`, paint(`     → ${r.todo(w)}`, 'dim')));
    if (hidden) out.push(`  …and ${plural(hidden, 'more reason')} below.`);
  }
  const next = nextAction(e, change, shown);
  if (next) out.push('', `  ${paint(`${next.label}:`, 'bold')} ${next.text(w)}`);
  for (const n of e.notes.filter((x) => !e.oversight.notes.includes(x))) out.push('', paint(`  Note: ${termText(n)}`, 'yellow'));

  if (showsSignoff(input)) out.push('', paint('Sign-off', 'bold'), ...signoffText(e.oversight, paint));
  const plans = plansText(e.plans, (s) => paint(s, 'bold'));
  if (plans.length) out.push('', ...plans);
  if (e.findings) out.push('', ...findingsText(e.findings, paint));

  const sum = factorSum(e);
  out.push('', paint(`Risk score ${e.risk.score} of 100 (the factors add up to ${sum}${sum > 100 ? '; capped at 100' : ''})`, 'bold'));
  const said = saidAtTheTop(e, shown);
  out.push(...columns(e.risk.factors.filter((f) => f.points > 0).map((f) => [points(f.points), termText(f.id), termText(factorWhy(e, f, said))])));

  if (e.attribution.aiAssisted) {
    out.push('', paint('AI attribution', 'bold'));
    const tool = (ev: { tool: string; model?: string }) => termText(ev.model ? `${ev.tool} (${ev.model})` : ev.tool);
    const rows: string[][] = e.attribution.requestEvidence.map((ev) => ['request', tool(ev), `${termText(ev.signal)}: ${termText(ev.value)}`]);
    for (const c of e.attribution.commits.filter((x) => x.aiAssisted).slice(0, 20)) {
      for (const ev of c.evidence) rows.push([shortSha(c.sha), tool(ev), `${termText(ev.signal)}: ${termText(ev.value)}`]);
    }
    out.push(...columns(rows));
    if (e.attribution.shareNote) out.push(`  Note: ${termText(e.attribution.shareNote)}`);
  }
  out.push('', paint('Review questions', 'bold'));
  out.push(...columns(reviewAnswers(e, said).map(([q, a]) => [q, termText(a)])));
  if (e.violations.length) {
    out.push('', paint('Policy rules', 'bold'));
    out.push(...columns(e.violations.map((v) => [v.level === 'error' ? '✖' : '!', termText(v.rule), termText(v.message)])));
  }
  out.push(
    '',
    paint(
      `Base ${shortSha(change.base)} (${termText(change.baseDescription)}) → head ${shortSha(change.head)} · policy ${termText(policyInfo.source)} · mode ${e.mode} · v${termText(version)}`,
      'dim',
    ),
  );
  // A CI log is read from its end: the verdict is its last line.
  out.push(verdict);
  return out.map(inert).join('\n') + '\n';
}

/** The verdict line alone, for a log that prints more after the summary. */
export function verdictLine(input: Pick<SummaryInput, 'evaluation'>): string {
  const e = input.evaluation;
  return `${HEADLINE[e.decision].icon} AI governance gate: ${HEADLINE[e.decision].word} — ${termText(verdictReason(e))}`;
}
