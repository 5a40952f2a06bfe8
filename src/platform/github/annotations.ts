/**
 * Annotations put the reasons on the lines of the diff: findings over their limit and risky files
 * (destructive operations, sensitive paths). GitHub keeps only a few annotations per step (10 errors
 * and 10 warnings) and per job (50), so the list is capped and ordered most severe first: what GitHub
 * keeps is what matters most.
 */
import type { Change, Severity } from '../../core/model.js';
import type { Evaluation } from '../../core/evaluation.js';

export const MAX_ANNOTATIONS = 50;

export interface Annotation {
  level: 'error' | 'warning';
  /** Lower is more severe; orders the list. */
  rank: number;
  title: string;
  message: string;
  file: string;
  line: number;
}

const FINDING_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 3, low: 5, info: 6, unknown: 6 };

/** The first added line of a file, where a reviewer starts reading; line 1 when nothing was added. */
function firstAddedLine(change: Change, path: string): number {
  const file = change.files.find((f) => f.path === path);
  const ranges = file?.addedRanges ?? change.patches.find((p) => p.path === path)?.addedRanges ?? [];
  return ranges[0]?.[0] ?? 1;
}

export function pickAnnotations(evaluation: Evaluation, change: Change): { annotations: Annotation[]; omitted: number } {
  const all: Annotation[] = [];
  for (const f of evaluation.findings?.overThreshold ?? []) {
    if (!f.path) continue;
    all.push({
      level: f.severity === 'critical' || f.severity === 'high' ? 'error' : 'warning',
      rank: FINDING_RANK[f.severity],
      title: `${f.tool}: ${f.rule} (${f.severity})`,
      message: f.message,
      file: f.path,
      line: f.line && f.line > 0 ? f.line : 1,
    });
  }
  for (const op of evaluation.risk.destructive) {
    all.push({
      level: op.reversible ? 'warning' : 'error',
      rank: op.reversible ? 3 : 1,
      title: op.reversible ? 'Destructive change' : 'Destructive change (a revert will not undo it)',
      message: op.detail,
      file: op.path,
      line: firstAddedLine(change, op.path),
    });
  }
  for (const factor of evaluation.risk.factors) {
    if (!factor.id.startsWith('sensitive:') || factor.points <= 0) continue;
    for (const file of factor.files) {
      all.push({ level: 'warning', rank: 4, title: `Sensitive path (${factor.id.slice('sensitive:'.length)})`, message: factor.detail, file, line: firstAddedLine(change, file) });
    }
  }
  const sorted = all
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.rank - y.a.rank || x.i - y.i)
    .map((x) => x.a);
  return { annotations: sorted.slice(0, MAX_ANNOTATIONS), omitted: Math.max(0, sorted.length - MAX_ANNOTATIONS) };
}
