/**
 * The reasons of the first screen: what in this change needs a reviewer's attention, each naming its
 * object (`DROP TABLE users` in a migration, `aws_s3_bucket.logs`, a finding's rule and line) with the
 * advice that fits its cause — a down migration, a `removed` block, a test, a fix or a waiver. Ranked
 * by weight: what a revert cannot undo first, then what blocks the change, then the rest.
 */
import type { Evaluation } from '../evaluation.js';
import type { RiskLevel, Severity } from '../model.js';
import type { DestructiveOperation } from '../risk/types.js';
import type { ListedFinding } from '../findings/result.js';
import type { Violation } from '../violation.js';
import { planSentence } from './plans-section.js';
import { listed, plural, type Words } from './words.js';

type ReasonKind = 'operation' | 'plan' | 'findings' | 'tests' | 'sensitive' | 'size' | 'violation';

export interface Reason {
  kind: ReasonKind;
  /** Higher comes first. */
  weight: number;
  /** What was found, naming the object. */
  what: (w: Words) => string;
  /** What to do about this cause, starting with a verb. */
  todo: (w: Words) => string;
  /** Rule ids of the violations this reason explains. */
  covers: string[];
}

/** At most this many reasons on the first screen; the rest are counted. */
export const SHOWN_REASONS = 4;

const FILES_NAMED = 2;

const WEIGHT = {
  irreversible: 100,
  blockingFindings: 95,
  blocking: 90,
  plan: 80,
  reversible: 45,
  tests: 35,
  findings: 30,
  warning: 25,
  sensitive: 20,
  size: 15,
} as const;

/** Lines changed from which a change is too large to review well (the size factor gives it about 11 points). */
const LARGE_CHANGE_LINES = 1000;

/** Risk levels at which a change is worth explaining even when nothing blocks it. */
const EXPLAINED: readonly RiskLevel[] = ['medium', 'high', 'critical'];

function fileList(w: Words, files: readonly string[]): string {
  const shown = files.slice(0, FILES_NAMED).map((f) => w.file(f));
  return files.length > FILES_NAMED ? `${shown.join(', ')} and ${files.length - FILES_NAMED} more` : listed(shown);
}

/** The statement or resource as a reviewer would search for it: `DROP TABLE users`, `aws_s3_bucket.logs`. */
function operationName(op: DestructiveOperation): string {
  const object = op.object ?? op.path;
  const type = (op.objectType ?? '').toUpperCase();
  switch (op.kind) {
    case 'sql-drop':
      return `DROP ${type} ${object}`;
    case 'sql-truncate':
      return `TRUNCATE ${object}`;
    case 'sql-rename':
      return `RENAME ${type} ${object}`;
    case 'sql-delete-unbounded':
      return `DELETE FROM ${object}`;
    case 'sql-update-unbounded':
      return `UPDATE ${object}`;
    default:
      return object;
  }
}

function downStepWords(op: DestructiveOperation): string {
  if (op.downStep === undefined) return '';
  return op.downStep ? ', with a down step in this change' : ', with no down step';
}

interface OperationWords {
  what: (op: DestructiveOperation, w: Words) => string;
  todo: (op: DestructiveOperation, w: Words) => string;
}

const at = (op: DestructiveOperation, w: Words) => w.file(op.path, op.line);

const DROP: OperationWords = {
  what: (op, w) => `${w.strong(w.code(operationName(op)))} in ${at(op, w)}${downStepWords(op)}`,
  todo: (op) =>
    op.downStep === false
      ? op.objectType === 'table' || op.objectType === 'column' || op.objectType === 'model' || op.objectType === 'field'
        ? 'add a down migration that recreates it, and confirm its data is backed up or no longer needed'
        : 'add a down migration that recreates it'
      : 'confirm its data is backed up or no longer needed',
};

const RENAME: OperationWords = {
  what: (op, w) => `${w.strong(w.code(operationName(op)))} in ${at(op, w)}${downStepWords(op)}`,
  todo: () => 'add a down step that renames it back, and check that no deployed code still uses the old name',
};

const ROWS: OperationWords = {
  what: (op, w) => `${w.strong(w.code(operationName(op)))} without ${w.code('WHERE')} in ${at(op, w)}: every row`,
  todo: () => 'add a WHERE clause if only some rows should change, or back the table up first',
};

/** Words per kind of destructive operation read from the diff. */
const OPERATIONS: Record<string, OperationWords> = {
  'sql-drop': DROP,
  'orm-drop': DROP,
  'sql-truncate': { what: DROP.what, todo: () => 'back the table up first, or confirm every row can go' },
  'sql-rename': RENAME,
  'orm-rename': RENAME,
  'sql-delete-unbounded': ROWS,
  'sql-update-unbounded': ROWS,
  'terraform-resource-removed': {
    what: (op, w) => `${w.strong(w.code(op.object ?? op.path))} is destroyed on apply (its block is gone from ${w.file(op.path)})`,
    todo: (_op, w) => `if only the code should go, keep the resource with a ${w.code('removed')} block and ${w.code('destroy = false')}; otherwise confirm its data can go`,
  },
  'terraform-removed-block': {
    what: (op, w) => `a ${w.code('removed')} block destroys ${w.strong(w.code(op.object ?? '?'))} on apply (${at(op, w)})`,
    todo: (_op, w) => `add ${w.code('lifecycle { destroy = false }')} if it should only leave the configuration`,
  },
  'terraform-zero-instances': {
    what: (op, w) => `${w.code(op.evidence ?? 'count = 0')} destroys every instance of ${w.strong(w.code(op.object ?? '?'))} (${at(op, w)})`,
    todo: () => 'confirm every instance can go',
  },
  'terraform-file-moved': {
    what: (op, w) => `${w.file(op.path)} moved to another module: what it declares is destroyed and created anew`,
    todo: (_op, w) => `add ${w.code('moved')} blocks for the resources it declares`,
  },
  'terraform-destroy-command': {
    what: (op, w) => `${w.strong(w.code(op.evidence ?? 'terraform destroy'))} added in ${at(op, w)}`,
    todo: () => 'take the destroy out of the pipeline, or put it behind a manual approval',
  },
  'terraform-prevent-destroy-removed': {
    what: (op, w) => `${w.code('prevent_destroy')} removed in ${w.file(op.path)}${op.object ? ` for ${w.code(op.object)}` : ''}`,
    todo: () => 'keep prevent_destroy unless the resource is meant to go',
  },
  'terraform-prevent-destroy-false': {
    what: (op, w) => `${w.code('prevent_destroy = false')}${op.object ? ` on ${w.code(op.object)}` : ''} in ${at(op, w)}`,
    todo: () => 'keep prevent_destroy unless the resource is meant to go',
  },
  'terraform-force-destroy': {
    what: (op, w) => `${w.code('force_destroy = true')}${op.object ? ` on ${w.code(op.object)}` : ''} in ${at(op, w)}: its contents go with it`,
    todo: () => 'leave force_destroy off unless the contents may be deleted',
  },
  'kubernetes-manifest-deleted': {
    what: (op, w) => `Kubernetes manifest ${w.file(op.path)} deleted: its objects are pruned on the next sync`,
    todo: () => 'confirm the workloads it describes can go',
  },
  'sensitive-file-deleted': {
    what: (op, w) => `${w.file(op.path)} deleted${op.reason ? ` (${w.text(op.reason)})` : ''}`,
    todo: () => 'confirm nothing still needs it',
  },
};

const OTHER_OPERATION: OperationWords = {
  what: (op, w) => `${w.text(op.detail)}`,
  todo: () => 'confirm it is intended',
};

function operationReasons(e: Evaluation): Reason[] {
  // Plans, when read, say exactly what is destroyed: one sentence for all of them.
  const fromDiff = e.risk.destructive.filter((op) => op.source === 'diff');
  const out: Reason[] = fromDiff.map((op) => {
    const words = OPERATIONS[op.kind] ?? OTHER_OPERATION;
    return { kind: 'operation' as const, weight: op.reversible ? WEIGHT.reversible : WEIGHT.irreversible, what: (w) => words.what(op, w), todo: (w) => words.todo(op, w), covers: [] };
  });
  const plans = e.plans;
  if (plans && plans.destroyed.length) {
    const lost = plans.statefulDestroyed.length > 0;
    out.push({
      kind: 'plan',
      weight: lost ? WEIGHT.irreversible + 1 : WEIGHT.plan,
      what: (w) => planSentence(plans, w).replace(/\.$/, ''),
      todo: (w) =>
        lost
          ? `make sure a backup or snapshot exists; to keep the data, move the resource (${w.code('moved')} block, ${w.code('state mv')}) instead of recreating it`
          : 'check that each destroy in the plan is intended',
      covers: ['plans.max-deletes', 'plans.max-replaces', 'plans.stateful-destroy'],
    });
  }
  return out;
}

const SCOPE_WORDS = {
  'changed-lines': 'on lines this change adds',
  'changed-files': 'in files this change touches',
  all: 'in the reports',
} as const;

function findingsWhere(e: Evaluation): string {
  const f = e.findings!;
  if (f.scope === 'new') return f.novelty === 'none' ? 'in the reports (no baseline tells new from old)' : 'new in this change';
  return SCOPE_WORDS[f.scope];
}

function findingName(f: ListedFinding, w: Words): string {
  return `${w.rule(f.rule, f.helpUri)}${f.path ? ` in ${w.file(f.path, f.line)}` : ''}`;
}

function findingsReason(e: Evaluation): Reason[] {
  const f = e.findings;
  if (!f || f.overThresholdTotal === 0) return [];
  const blocking = e.violations.some((v) => v.level === 'error' && v.rule.startsWith('findings.') && v.rule.endsWith('max'));
  const bySeverity = new Map<Severity, number>();
  for (const x of f.overThreshold) bySeverity.set(x.severity, (bySeverity.get(x.severity) ?? 0) + 1);
  const counted = [...bySeverity].map(([s, n]) => `${n} ${s === 'unknown' ? 'of unknown severity' : s}`);
  // Counts beyond the listed cap are only known in total.
  const count = f.overThresholdTotal > f.overThreshold.length ? plural(f.overThresholdTotal, 'finding') : `${listed(counted)} ${f.overThreshold.length === 1 ? 'finding' : 'findings'}`;
  return [
    {
      kind: 'findings',
      weight: blocking ? WEIGHT.blockingFindings : WEIGHT.findings,
      what: (w) => {
        // One rule at one place is named once, however many packages or results share it.
        const places = new Map<string, ListedFinding>();
        for (const x of f.overThreshold) places.set(`${x.rule}\u0000${x.path ?? ''}\u0000${x.line ?? ''}`, x);
        const named = [...places.values()].slice(0, 2).map((x) => findingName(x, w));
        const more = places.size - named.length + (f.overThresholdTotal - f.overThreshold.length);
        return `${w.strong(count)} over the policy's limit, ${findingsWhere(e)}: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
      },
      todo: () => 'fix them, or waive an accepted one in the policy with a reason, an owner and an expiry date',
      covers: ['findings.max', 'findings.tools.max'],
    },
  ];
}

function missingTestsReason(e: Evaluation): Reason[] {
  const factor = e.risk.factors.find((f) => f.template === 'missing-tests' && f.points > 0);
  if (!factor) return [];
  const sources = typeof factor.facts.sources === 'number' ? factor.facts.sources : factor.files.length;
  return [
    {
      kind: 'tests',
      weight: WEIGHT.tests,
      what: (w) => {
        const files = factor.files.slice(0, FILES_NAMED).map((f) => w.file(f));
        const more = sources - files.length;
        return `${w.strong('No test changed')} alongside ${listed(files)}${more > 0 ? ` and ${plural(more, 'other source file')}` : ''}`;
      },
      todo: () => 'add or update a test that covers the change',
      covers: [],
    },
  ];
}

/** Advice per built-in sensitive group; a group of the policy's own gets the generic advice. */
const GROUP_ADVICE: Record<string, string> = {
  infrastructure: 'pass the plan (--plans) so the review sees what it creates and destroys',
  'ci-cd': 'have the pipeline’s owner review it: it runs with the pipeline’s secrets',
  security: 'have someone who owns the security code review it',
  migrations: 'check the migration against production-sized data and its way back',
  dependencies: 'check the new versions’ changelogs and licences',
  governance: 'have a code owner of the governance files review it',
  containers: 'check the image, its base and what it exposes',
  secrets: 'make sure no secret is committed; rotate any that was',
};

function sensitiveReasons(e: Evaluation, covered: ReadonlySet<string>): Reason[] {
  return e.risk.factors
    .filter((f) => f.template === 'sensitive' && f.points > 0)
    .map((f) => ({ factor: f, files: f.files.filter((p) => !covered.has(p)) }))
    .filter((x) => x.files.length > 0)
    .map(({ factor, files }) => {
      const group = typeof factor.facts.group === 'string' ? factor.facts.group : '';
      const description = typeof factor.facts.description === 'string' ? factor.facts.description : group;
      return {
        kind: 'sensitive' as const,
        weight: WEIGHT.sensitive + factor.points / 10,
        what: (w: Words) => `Changes ${w.text(lowerFirst(description))}: ${fileList(w, files)}`,
        todo: () => (group === 'infrastructure' && e.plans && !e.plans.estimatedFromDiff ? 'review it with the plan it produced (the plans section below)' : (GROUP_ADVICE[group] ?? 'have an owner of these files review them')),
        covers: [],
      };
    });
}

function lowerFirst(text: string): string {
  // "CI/CD configuration" keeps its capitals; "Infrastructure as code" reads as a phrase.
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** A change too large to review well: here, and only here, splitting it is the advice. */
function sizeReason(e: Evaluation): Reason[] {
  const size = e.risk.factors.find((f) => f.template === 'size');
  const lines = typeof size?.facts.lines === 'number' ? size.facts.lines : 0;
  if (lines < LARGE_CHANGE_LINES) return [];
  const spread = e.risk.factors.find((f) => f.template === 'spread');
  const files = typeof spread?.facts.files === 'number' ? spread.facts.files : 0;
  return [
    {
      kind: 'size',
      weight: WEIGHT.size,
      what: (w) => `${w.strong('A large change')}: ${plural(lines, 'line')} in ${plural(files, 'file')}`,
      todo: () => 'split it into changes a reviewer can read in one sitting',
      covers: [],
    },
  ];
}

/** Violations no other reason explains, in their own words; approvals are the next action, not a reason. */
function violationReasons(e: Evaluation, covered: ReadonlySet<string>): Reason[] {
  return e.violations
    .filter((v) => v.rule !== 'approvals.required' && !covered.has(v.rule) && !isRiskRefusal(v))
    .map((v) => ({
      kind: 'violation' as const,
      weight: v.level === 'error' ? WEIGHT.blocking : WEIGHT.warning,
      what: (w: Words) => w.text(v.message.replace(/\.$/, '')),
      todo: (w: Words) => w.text(lowerFirst(v.remediation.replace(/\.$/, ''))),
      covers: [v.rule],
    }));
}

export function isRiskRefusal(v: Violation): boolean {
  return v.rule === 'risk.fail-at' || v.rule === 'ai.fail-at-risk';
}

/** Whether the change is worth explaining: something blocks or warns, or its risk is above low. */
function worthExplaining(e: Evaluation): boolean {
  return e.violations.length > 0 || EXPLAINED.includes(e.risk.level) || e.risk.destructive.length > 0;
}

/** Every reason, most important first. */
export function reasons(e: Evaluation): Reason[] {
  if (!worthExplaining(e)) return [];
  const found = [...operationReasons(e), ...findingsReason(e), ...missingTestsReason(e)];
  const operationFiles = new Set(e.risk.destructive.map((d) => d.path));
  found.push(...sensitiveReasons(e, operationFiles), ...sizeReason(e));
  const covered = new Set(found.flatMap((r) => r.covers));
  found.push(...violationReasons(e, covered));
  return found.map((r, i) => ({ r, i })).sort((a, b) => b.r.weight - a.r.weight || a.i - b.i).map((x) => x.r);
}
