/**
 * The words of risk: one sentence per factor template and per kind of destructive operation, and the
 * answers to the four review questions, all from the facts scoring produced. The summary, the text
 * output and the audit record's `detail` strings all come from here.
 */
import type { DestructiveFact, DestructiveOperation, FactorFacts, RiskAssessment, RiskScore, ScoredFactor } from '../risk/types.js';
import { grouped } from './grouped.js';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${grouped(n)} ${n === 1 ? word : many}`;
}

function num(facts: FactorFacts, key: string): number {
  const v = facts[key];
  return typeof v === 'number' ? v : 0;
}

function text(facts: FactorFacts, key: string): string {
  const v = facts[key];
  return typeof v === 'string' ? v : '';
}

function where(op: Pick<DestructiveFact, 'path' | 'line'>): string {
  return op.line ? `${op.path}:${op.line}` : op.path;
}

function downNote(op: DestructiveFact): string {
  if (op.downStep === undefined) return '';
  return op.downStep ? ' (a down step is in this change)' : ' (no down step in this change)';
}

const SQL_VERB: Record<string, (op: DestructiveFact) => string> = {
  'sql-drop': (op) => `DROP ${(op.objectType ?? '').toUpperCase()} ${op.object ?? ''}`,
  'sql-truncate': (op) => `TRUNCATE ${op.object ?? ''}`,
  'sql-rename': (op) => `RENAME ${(op.objectType ?? '').toUpperCase()} ${op.object ?? ''}`,
  'sql-delete-unbounded': (op) => `DELETE FROM ${op.object ?? ''} without WHERE (every row)`,
  'sql-update-unbounded': (op) => `UPDATE ${op.object ?? ''} without WHERE (every row)`,
  'orm-drop': (op) => `${op.objectType ?? 'object'} ${op.object ?? ''} dropped`,
  'orm-rename': (op) => `${op.objectType ?? 'object'} ${op.object ?? ''} renamed`,
};

const INFRASTRUCTURE: Record<string, (op: DestructiveFact) => string> = {
  'terraform-resource-removed': (op) => `Terraform resource ${op.object ?? ''} removed from ${op.path} (destroyed on apply)`,
  'terraform-removed-block': (op) => `removed block for ${op.object ?? ''} in ${where(op)} (destroyed on apply; destroy = false would only forget it)`,
  'terraform-zero-instances': (op) => `${op.evidence ?? 'count = 0'} on ${op.object ?? 'a resource'} in ${where(op)} (every instance destroyed on apply)`,
  'terraform-file-moved': (op) =>
    `Terraform file moved to another module directory (${op.object ?? op.path}): what it declares is destroyed in the old module and created anew unless moved blocks say otherwise`,
  'terraform-destroy-command': (op) => `infrastructure destroy command added in ${where(op)}: ${op.evidence ?? ''}`,
  'terraform-prevent-destroy-removed': (op) => `prevent_destroy = true removed in ${op.path}`,
  'terraform-prevent-destroy-false': (op) => `prevent_destroy set to false${op.object ? ` on ${op.object}` : ''} in ${where(op)}`,
  'terraform-force-destroy': (op) => `force_destroy = true${op.object ? ` on ${op.object}` : ''} in ${where(op)} (deletes contents with the resource)`,
  'kubernetes-manifest-deleted': () => 'Kubernetes manifest deleted (its objects are pruned on the next sync)',
  'sensitive-file-deleted': (op) => `sensitive file deleted (${op.reason ?? ''})`,
};

/** One sentence for one destructive operation. */
function operationDetail(op: DestructiveFact): string {
  if (op.source === 'plan') return `${op.address ?? op.object ?? op.path} ${op.reason ?? (op.action === 'replace' ? 'replaced' : 'deleted')}${op.stateful ? ' (holds state)' : ''}`;
  const sql = SQL_VERB[op.kind];
  if (sql) return `${sql(op).trim()} in ${where(op)}${downNote(op)}`;
  const other = INFRASTRUCTURE[op.kind];
  return other ? other(op) : `${op.kind} ${op.object ?? ''} in ${where(op)}`.replace(/\s+/g, ' ');
}

const TEMPLATES: Record<ScoredFactor['template'], (f: ScoredFactor, ops: DestructiveOperation[]) => string> = {
  size: ({ facts }) =>
    `${plural(num(facts, 'lines'), 'line')} changed (points grow with the logarithm of the lines, all ${num(facts, 'maxPoints')} at ${grouped(num(facts, 'saturateLines'))}; generated files and lockfiles not counted)`,
  spread: ({ facts }) => `${plural(num(facts, 'files'), 'file')} in ${plural(num(facts, 'directories'), 'directory', 'directories')}`,
  sensitive: ({ facts }) =>
    `${text(facts, 'description') || text(facts, 'group')}: ${plural(num(facts, 'files'), 'file')}${facts.capped === true ? ` (capped: sensitive paths add at most ${num(facts, 'cap')})` : ''}`,
  destructive: ({ facts }, ops) =>
    `${plural(num(facts, 'operations'), 'destructive operation')}: ${ops.slice(0, 5).map((d) => d.detail).join('; ')}${ops.length > 5 ? '; …' : ''}`,
  'missing-tests': ({ facts }) => `${plural(num(facts, 'sources'), 'source file')} changed and no test changed`,
  'plan-floor': ({ facts }) => {
    const names = Array.isArray(facts.names) ? facts.names.join(', ') : '';
    return `The plans destroy ${plural(num(facts, 'resources'), 'stateful resource')} (${names}${facts.more === true ? ', …' : ''}): at least ${text(facts, 'floor')} risk (plans.stateful-risk)`;
  },
  'ai-assisted': ({ facts }) =>
    `AI-assisted change: ${Math.round(num(facts, 'share') * 100)}% written by AI, so the score is multiplied by ${num(facts, 'applied')} (× ${num(facts, 'multiplier')} for a change written entirely by AI)`,
};

function questions(score: RiskScore, ops: DestructiveOperation[], groups: string[], auditability: string): RiskAssessment['questions'] {
  const s = score.scope;
  const blastRadius =
    `${plural(s.files, 'file')} in ${plural(s.directories, 'directory', 'directories')}, ${plural(s.lines, 'line')}` +
    (groups.length ? `; touches ${groups.join(', ')}.` : '; no sensitive paths.');
  let testing: string;
  if (s.sources && !s.tests) testing = `No test changed alongside ${plural(s.sources, 'source file')}.`;
  else if (s.sources) testing = `${plural(s.tests, 'test file')} changed alongside ${plural(s.sources, 'source file')}.`;
  else testing = s.tests ? `Only tests changed (${plural(s.tests, 'file')}).` : 'No source code changed.';
  const irreversible = ops.filter((d) => !d.reversible);
  const rollback = ops.length
    ? `${irreversible.length ? `Not undone by a revert: ${irreversible.slice(0, 3).map((d) => d.detail).join('; ')}${irreversible.length > 3 ? '; …' : ''}. ` : ''}` +
      `${plural(ops.length, 'destructive operation')} in all.`
    : 'A revert undoes this change: no destructive operation found.';
  return { blastRadius, testing, rollback, auditability };
}

/** The assessment as the summary and the audit record show it: the scored facts with their sentences. */
export function describeRisk(score: RiskScore, auditability: string): RiskAssessment {
  const destructive: DestructiveOperation[] = score.destructive.map((op) => ({ ...op, detail: operationDetail(op) }));
  const factors = score.factors.map((f) => ({ ...f, detail: TEMPLATES[f.template](f, destructive) }));
  const groups = factors.filter((f) => f.template === 'sensitive').map((f) => text(f.facts, 'description') || text(f.facts, 'group'));
  return { score: score.score, level: score.level, factors, destructive, questions: questions(score, destructive, groups, auditability) };
}
