/**
 * The risk score: a sum of explainable factors, each capped, then the AI multiplier, capped at 100.
 * Every point is traceable to a factor row with its files.
 */
import type { ChangedFile, FilePatch, RiskLevel } from '../model.js';
import type { Policy } from '../policy/schema.js';
import { globMatcher } from '../paths/glob.js';
import { detectDestructive } from './destructive.js';
import type { DestructiveOperation, RiskAssessment, RiskFactor } from './types.js';
import { withPlanOperations } from '../plans/merge-operations.js';
import { sensitiveGroupsOf } from './sensitive.js';

export interface RiskInput {
  policy: Policy;
  files: ChangedFile[];
  patches: FilePatch[];
  aiAssisted: boolean;
  /** Repository-relative path of the policy file in force, so editing it counts as governance. */
  policyPath?: string;
  /** One sentence on attribution for the auditability question. */
  auditability: string;
  /** What plans say will be destroyed (plans/plan-risk.ts), scored with the diff's destructive operations. */
  planOperations?: DestructiveOperation[];
}

const MAX_LISTED = 20;

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

function directoryOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

export function levelFor(score: number, levels: Policy['risk']['levels']): RiskLevel {
  if (score >= levels.critical) return 'critical';
  if (score >= levels.high) return 'high';
  if (score >= levels.medium) return 'medium';
  return 'low';
}

export function assessRisk(input: RiskInput): RiskAssessment {
  const { policy, files } = input;
  const f = policy.risk.factors;
  const factors: RiskFactor[] = [];

  // Size: square root so the first hundred lines matter more than the thousandth.
  const ignored = globMatcher(f.size['ignore-paths']);
  const counted = files.filter((x) => !x.binary && !ignored(x.path));
  const lines = counted.reduce((n, x) => n + x.additions + x.deletions, 0);
  const sizePoints = round1(f.size['max-points'] * Math.sqrt(Math.min(1, lines / f.size['saturate-lines'])));
  factors.push({
    id: 'size',
    points: sizePoints,
    detail: `${plural(lines, 'line')} changed (full ${f.size['max-points']} points at ${f.size['saturate-lines'].toLocaleString('en-US')} lines; generated files and lockfiles not counted)`,
    files: [],
  });

  const dirs = new Set(files.map((x) => directoryOf(x.path)));
  const spread = f.spread;
  const spreadPoints = round1(
    (spread['max-points'] / 2) * Math.min(1, files.length / spread['saturate-files']) +
      (spread['max-points'] / 2) * Math.min(1, dirs.size / spread['saturate-directories']),
  );
  factors.push({
    id: 'spread',
    points: spreadPoints,
    detail: `${plural(files.length, 'file')} in ${plural(dirs.size, 'directory', 'directories')}`,
    files: [],
  });

  const groupsOf = sensitiveGroupsOf(policy, input.policyPath);
  const byGroup = new Map<string, string[]>();
  for (const file of files) {
    for (const g of groupsOf(file.path)) byGroup.set(g, [...(byGroup.get(g) ?? []), file.path]);
    if (file.previousPath) {
      for (const g of groupsOf(file.previousPath)) {
        if (!byGroup.get(g)?.includes(file.path)) byGroup.set(g, [...(byGroup.get(g) ?? []), file.path]);
      }
    }
  }
  let sensitiveBudget = f['sensitive-paths']['max-points'];
  for (const [name, paths] of [...byGroup].sort((a, b) => (policy['sensitive-paths'][b[0]]?.points ?? 0) - (policy['sensitive-paths'][a[0]]?.points ?? 0))) {
    const group = policy['sensitive-paths'][name]!;
    const points = Math.min(group.points, sensitiveBudget);
    sensitiveBudget -= points;
    const capped = points < group.points ? ` (capped: sensitive paths add at most ${f['sensitive-paths']['max-points']})` : '';
    factors.push({
      id: `sensitive:${name}`,
      points,
      detail: `${group.description ?? name}: ${plural(paths.length, 'file')}${capped}`,
      files: paths.slice(0, MAX_LISTED),
    });
  }

  const destructive = withPlanOperations(detectDestructive(files, input.patches, groupsOf), input.planOperations ?? []);
  if (destructive.length) {
    const points = Math.min(f.destructive['max-points'], destructive.length * f.destructive['points-each']);
    factors.push({
      id: 'destructive',
      points,
      detail: `${plural(destructive.length, 'destructive operation')}: ${destructive.slice(0, 5).map((d) => d.detail).join('; ')}${destructive.length > 5 ? '; …' : ''}`,
      files: [...new Set(destructive.map((d) => d.path))].slice(0, MAX_LISTED),
    });
  }

  const isSource = globMatcher(f['missing-tests']['source-paths']);
  const isTest = globMatcher(f['missing-tests']['test-paths']);
  const live = files.filter((x) => x.status !== 'deleted');
  const tests = live.filter((x) => isTest(x.path));
  const sources = live.filter((x) => isSource(x.path) && !isTest(x.path) && x.additions + x.deletions > 0);
  let testing: string;
  if (sources.length && !tests.length) {
    factors.push({
      id: 'missing-tests',
      points: f['missing-tests'].points,
      detail: `${plural(sources.length, 'source file')} changed and no test changed`,
      files: sources.map((x) => x.path).slice(0, MAX_LISTED),
    });
    testing = `No test changed alongside ${plural(sources.length, 'source file')}.`;
  } else if (sources.length) {
    testing = `${plural(tests.length, 'test file')} changed alongside ${plural(sources.length, 'source file')}.`;
  } else {
    testing = tests.length ? `Only tests changed (${plural(tests.length, 'file')}).` : 'No source code changed.';
  }

  const base = factors.reduce((n, x) => n + x.points, 0);
  if (input.aiAssisted && policy.risk.factors['ai-multiplier'] > 1) {
    const extra = round1(base * (policy.risk.factors['ai-multiplier'] - 1));
    factors.push({
      id: 'ai-assisted',
      points: extra,
      detail: `AI-assisted change: score × ${policy.risk.factors['ai-multiplier']}`,
      files: [],
    });
  }
  const score = Math.min(100, Math.round(factors.reduce((n, x) => n + x.points, 0)));

  const touched = [...byGroup.keys()].map((g) => policy['sensitive-paths'][g]?.description ?? g);
  const blastRadius =
    `${plural(files.length, 'file')} in ${plural(dirs.size, 'directory', 'directories')}, ${plural(lines, 'line')}` +
    (touched.length ? `; touches ${touched.join(', ')}.` : '; no sensitive paths.');
  const irreversible = destructive.filter((d) => !d.reversible);
  const rollback = destructive.length
    ? `${irreversible.length ? `Not undone by a revert: ${irreversible.slice(0, 3).map((d) => `${d.detail} in ${d.path}`).join('; ')}${irreversible.length > 3 ? '; …' : ''}. ` : ''}` +
      `${plural(destructive.length, 'destructive operation')} in all.`
    : 'A revert undoes this change: no destructive operation found.';

  return {
    score,
    level: levelFor(score, policy.risk.levels),
    factors,
    destructive,
    questions: { blastRadius, testing, rollback, auditability: input.auditability },
  };
}
