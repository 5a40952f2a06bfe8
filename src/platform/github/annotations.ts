/**
 * Annotations put the reasons on the lines of the diff. GitHub keeps 10 error and 10 warning
 * annotations per step (and 50 per job), and drops the rest silently, so the gate ranks them itself:
 * what blocks the change and what a revert cannot undo first, then findings in the lines the change
 * touches by severity, then the rest. One closing notice counts what was left out.
 */
import type { Change, Severity } from '../../core/model.js';
import type { Evaluation } from '../../core/evaluation.js';
import type { ListedFinding } from '../../core/findings/result.js';

/** GitHub's limits per step for each level, and per job for all of them. */
export const ANNOTATION_LIMITS = { error: 10, warning: 10, total: 50 } as const;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  /** Lower is more important; orders the list. */
  rank: number;
  title: string;
  message: string;
  /** Absent for what concerns the whole change (a violation). */
  file?: string;
  line?: number;
}

const RANK = {
  violation: 0,
  irreversible: 1,
  findingInChange: 2,
  reversible: 3,
  warningViolation: 3,
  finding: 4,
  sensitive: 5,
} as const;

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 0.1, medium: 0.2, low: 0.3, info: 0.4, unknown: 0.4 };

/** The first added line of a file, where a reviewer starts reading; line 1 when nothing was added. */
function firstAddedLine(change: Change, path: string): number {
  const file = change.files.find((f) => f.path === path);
  const ranges = file?.addedRanges ?? change.patches.find((p) => p.path === path)?.addedRanges ?? [];
  return ranges[0]?.[0] ?? 1;
}

/** A finding on a file this change touches (on an added line, when the added lines were read). */
function inChange(change: Change, f: ListedFinding): boolean {
  const file = change.files.find((x) => x.path === f.path);
  if (!file) return false;
  if (!file.addedRanges || f.line === undefined) return true;
  return file.addedRanges.some(([a, b]) => f.line! >= a && f.line! <= b);
}

function violationAnnotations(e: Evaluation): Annotation[] {
  return e.violations.map((v) => ({
    level: v.level,
    rank: v.level === 'error' ? RANK.violation : RANK.warningViolation,
    title: `AI governance gate: ${v.level === 'error' ? 'blocks the change' : 'warning'}`,
    message: `${v.message} What to do: ${v.remediation}`,
  }));
}

function operationAnnotations(e: Evaluation, change: Change): Annotation[] {
  return e.risk.destructive
    .filter((op) => op.source === 'diff')
    .map((op) => ({
      level: op.reversible ? ('warning' as const) : ('error' as const),
      rank: op.reversible ? RANK.reversible : RANK.irreversible,
      title: op.reversible ? 'Destructive change' : 'Destructive change (a revert will not undo it)',
      message: op.detail,
      file: op.path,
      line: op.line ?? firstAddedLine(change, op.path),
    }));
}

function findingAnnotations(e: Evaluation, change: Change): Annotation[] {
  return (e.findings?.overThreshold ?? [])
    .filter((f) => f.path)
    .map((f) => ({
      level: f.severity === 'critical' || f.severity === 'high' ? ('error' as const) : ('warning' as const),
      rank: (inChange(change, f) ? RANK.findingInChange : RANK.finding) + SEVERITY_ORDER[f.severity],
      title: `${f.tool}: ${f.rule} (${f.severity})`,
      message: f.helpUri ? `${f.message}\n${f.helpUri}` : f.message,
      file: f.path!,
      line: f.line && f.line > 0 ? f.line : 1,
    }));
}

function sensitiveAnnotations(e: Evaluation, change: Change, annotated: ReadonlySet<string>): Annotation[] {
  const out: Annotation[] = [];
  for (const factor of e.risk.factors) {
    if (factor.template !== 'sensitive' || factor.points <= 0) continue;
    for (const file of factor.files) {
      if (annotated.has(file)) continue;
      out.push({ level: 'warning', rank: RANK.sensitive, title: `Sensitive path (${factor.id.slice('sensitive:'.length)})`, message: factor.detail, file, line: firstAddedLine(change, file) });
    }
  }
  return out;
}

/** Everything worth an annotation, most important first. */
function rankAnnotations(e: Evaluation, change: Change): Annotation[] {
  const all = [...violationAnnotations(e), ...operationAnnotations(e, change), ...findingAnnotations(e, change)];
  all.push(...sensitiveAnnotations(e, change, new Set(all.map((a) => a.file).filter((f): f is string => f !== undefined))));
  return all
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.rank - y.a.rank || x.i - y.i)
    .map((x) => x.a);
}

/**
 * The annotations GitHub will keep, in order, and a closing notice counting the rest. Each level is
 * cut at its own limit, so twenty scanner errors cannot push out the dropped table.
 */
export function pickAnnotations(e: Evaluation, change: Change): { annotations: Annotation[]; omitted: number } {
  const used = { error: 0, warning: 0 };
  const kept: Annotation[] = [];
  let omitted = 0;
  for (const a of rankAnnotations(e, change)) {
    const level = a.level === 'notice' ? 'warning' : a.level;
    if (used[level] < ANNOTATION_LIMITS[level] && kept.length < ANNOTATION_LIMITS.total - 1) {
      used[level] += 1;
      kept.push(a);
    } else {
      omitted += 1;
    }
  }
  if (omitted) {
    kept.push({
      level: 'notice',
      rank: Number.MAX_SAFE_INTEGER,
      title: 'AI governance gate',
      message: `${omitted} more annotation${omitted === 1 ? ' was' : 's were'} left out: GitHub keeps ${ANNOTATION_LIMITS.error} errors and ${ANNOTATION_LIMITS.warning} warnings per step, and these are the most important. The job summary and the audit record have them all.`,
    });
  }
  return { annotations: kept, omitted };
}
