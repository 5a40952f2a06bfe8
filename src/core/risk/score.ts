/**
 * The risk score: the factor table (factors.ts) evaluated over the change, capped at 100. Every point
 * is traceable to a factor with its facts and files; the words come from the renderer.
 */
import type { ChangedFile, FilePatch, RiskLevel } from '../model.js';
import type { Policy } from '../policy/schema.js';
import { detectDestructive, type SqlStatementParser } from './destructive.js';
import { FACTORS, type FactorContext } from './factors.js';
import type { DestructiveFact, RiskScore, ScoredFactor } from './types.js';
import { withPlanOperations } from '../plans/merge-operations.js';
import { pathClassifier } from './path-classes.js';

export interface RiskInput {
  policy: Policy;
  files: ChangedFile[];
  patches: FilePatch[];
  /** Share of the change written by AI (0..1); 0 when it is not AI-assisted. */
  aiShare: number;
  /** Repository-relative path of the policy file in force, so editing it counts as governance. */
  policyPath?: string;
  /** Reads SQL statements, when a changed file is SQL and the parser was loaded. */
  sqlParser?: SqlStatementParser;
  /** What plans say will be destroyed (plans/plan-risk.ts), scored with the diff's destructive operations. */
  planOperations?: DestructiveFact[];
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

function context(input: RiskInput): FactorContext {
  const { policy, files } = input;
  // One classification per path serves every factor (and the patch selection before it).
  const classify = pathClassifier(policy, input.policyPath);
  const groupsOf = (path: string): readonly string[] => classify(path).groups;
  const groups = new Map<string, string[]>();
  let lines = 0;
  const directories = new Set<string>();
  const tests: string[] = [];
  const sources: string[] = [];
  for (const file of files) {
    const c = classify(file.path);
    const previous = file.previousPath === undefined ? NONE : groupsOf(file.previousPath);
    for (const g of c.groups) addTo(groups, g, file.path);
    for (const g of previous) if (!c.groups.includes(g)) addTo(groups, g, file.path);
    if (!file.binary && !c.ignored) lines += file.additions + file.deletions;
    directories.add(directoryOf(file.path));
    if (file.status === 'deleted') continue;
    if (c.test) tests.push(file.path);
    else if (c.source && !c.documentation && file.additions + file.deletions > 0) sources.push(file.path);
  }
  return {
    policy,
    files,
    lines,
    directories: directories.size,
    groups,
    destructive: withPlanOperations(detectDestructive(files, input.patches, groupsOf, input.sqlParser), input.planOperations ?? []),
    tests,
    sources,
    aiShare: Math.max(0, Math.min(1, input.aiShare)),
  };
}

const NONE: readonly string[] = [];

function addTo(groups: Map<string, string[]>, group: string, path: string): void {
  const paths = groups.get(group);
  if (paths) paths.push(path);
  else groups.set(group, [path]);
}

export function assessRisk(input: RiskInput): RiskScore {
  const ctx = context(input);
  const factors: ScoredFactor[] = [];
  for (const row of FACTORS) {
    const before = factors.reduce((n, x) => n + x.points, 0);
    for (const r of row.measure(ctx, before)) factors.push({ ...r, template: row.template });
  }
  const score = Math.min(100, Math.round(factors.reduce((n, x) => n + x.points, 0)));
  return {
    score,
    level: levelFor(score, input.policy.risk.levels),
    factors,
    destructive: ctx.destructive,
    scope: { files: ctx.files.length, directories: ctx.directories, lines: ctx.lines, sensitiveGroups: [...ctx.groups.keys()], sources: ctx.sources.length, tests: ctx.tests.length },
  };
}
