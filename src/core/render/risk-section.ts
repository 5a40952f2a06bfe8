/**
 * The risk score and the four review questions, collapsed. The table adds up as shown: every factor's
 * points, their sum, and the cap when the sum is over 100. What the first screen already named (the
 * destructive operations, the missing tests) is referred to, not said again.
 */
import type { Evaluation } from '../evaluation.js';
import type { FactorTemplate } from '../risk/types.js';
import { details } from './details.js';
import { mdCode, mdText } from './escape.js';
import { plural } from './words.js';

/** What the first screen showed, so the details can refer to it instead of repeating it. */
export interface Shown {
  operations: boolean;
  tests: boolean;
}

const MAX_FILES = 5;

const FACTOR_WORDS: Record<FactorTemplate, string> = {
  size: 'Size',
  spread: 'Spread',
  sensitive: 'Sensitive paths',
  destructive: 'Destructive operations',
  'missing-tests': 'No test changed',
  'ai-assisted': 'Written by AI',
  'plan-floor': 'Stateful resources destroyed',
};

function points(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The factors' total as a reader adds the column: to one decimal. */
export function factorSum(e: Evaluation): number {
  return Math.round(e.risk.factors.reduce((n, f) => n + f.points, 0) * 10) / 10;
}

/** A factor's sentence, or a reference to the first screen when it named the same facts. Plain text. */
export function factorWhy(e: Evaluation, f: Pick<Evaluation['risk']['factors'][number], 'template' | 'detail'>, shown: Shown): string {
  if (f.template === 'destructive' && shown.operations) {
    const all = e.risk.destructive.length;
    const kept = e.risk.destructive.filter((d) => !d.reversible).length;
    return `${plural(all, 'destructive operation')}, named at the top; a revert does not undo ${kept === all ? (all === 1 ? 'it' : 'any of them') : kept}`;
  }
  if (f.template === 'missing-tests' && shown.tests) return 'Source files changed and no test did (named at the top)';
  return f.detail;
}

/** The four questions answered, referring to the first screen where it already answered one. Plain text. */
export function reviewAnswers(e: Evaluation, shown: Shown): Array<[string, string]> {
  const q = e.risk.questions;
  const irreversible = e.risk.destructive.filter((d) => !d.reversible).length;
  const testing = shown.tests ? 'No: the source files named at the top changed without a test.' : q.testing;
  const all = e.risk.destructive.length;
  const undone = irreversible === all ? (all === 1 ? 'the destructive operation' : `any of the ${all} destructive operations`) : `${irreversible} of the ${plural(all, 'destructive operation')}`;
  const rollback = shown.operations && irreversible ? `A revert does not undo ${undone} named at the top.` : q.rollback;
  return [
    ['Blast radius', q.blastRadius],
    ['Testing', testing],
    ['Rollback', rollback],
    ['Auditability', q.auditability],
  ];
}

export function riskMarkdown(e: Evaluation, shown: Shown): string {
  const factors = e.risk.factors.filter((f) => f.points > 0);
  const rows = factors.map((f) => {
    const files = f.files.slice(0, MAX_FILES).map(mdCode).join(', ') + (f.files.length > MAX_FILES ? `, +${f.files.length - MAX_FILES} more` : '');
    return `| ${FACTOR_WORDS[f.template]} ${mdCode(f.id)} | +${points(f.points)} | ${mdText(factorWhy(e, f, shown))} | ${files} |`;
  });
  const sum = factorSum(e);
  const total =
    sum > 100
      ? `The factors add up to **${points(sum)}**; the score is capped at **100**.`
      : `The factors add up to **${points(sum)}**${Math.round(sum) === sum ? '' : `, rounded to **${e.risk.score}**`}.`;
  const body = rows.length ? ['| Factor | Points | Why | Files |', '|---|---:|---|---|', ...rows, '', total].join('\n') : 'No factor added points.';
  return details(`Risk score: ${e.risk.score} of 100, factor by factor`, body);
}

export function reviewMarkdown(e: Evaluation, shown: Shown): string {
  const answers = reviewAnswers(e, shown).map(([q, a]) => `- **${q}:** ${mdText(a)}`);
  return details('Review questions: blast radius, testing, rollback, auditability', answers.join('\n'));
}
