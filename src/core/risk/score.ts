/**
 * The risk score: the factor table (factors.ts) evaluated over the change, capped at 100. Every point
 * is traceable to a factor with its facts and files; the words come from the renderer.
 */
import type { ChangedFile, FilePatch, RiskLevel } from '../model.js';
import type { Policy } from '../policy/schema.js';
import { globMatcher } from '../paths/glob.js';
import { detectDestructive, type SqlStatementParser } from './destructive.js';
import { FACTORS, type FactorContext } from './factors.js';
import type { DestructiveFact, RiskScore, ScoredFactor } from './types.js';
import { withPlanOperations } from '../plans/merge-operations.js';
import { sensitiveGroupsOf } from './sensitive.js';

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
  const f = policy.risk.factors;
  const ignored = globMatcher(f.size['ignore-paths']);
  const groupsOf = sensitiveGroupsOf(policy, input.policyPath);
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const names = new Set([...groupsOf(file.path), ...(file.previousPath ? groupsOf(file.previousPath) : [])]);
    for (const g of names) groups.set(g, [...(groups.get(g) ?? []), file.path]);
  }
  const isDocumentation = globMatcher(policy.risk['documentation-paths']);
  const isSource = globMatcher(f['missing-tests']['source-paths']);
  const isTest = globMatcher(f['missing-tests']['test-paths']);
  const live = files.filter((x) => x.status !== 'deleted');
  return {
    policy,
    files,
    lines: files.filter((x) => !x.binary && !ignored(x.path)).reduce((n, x) => n + x.additions + x.deletions, 0),
    directories: new Set(files.map((x) => directoryOf(x.path))).size,
    groups,
    destructive: withPlanOperations(detectDestructive(files, input.patches, groupsOf, input.sqlParser), input.planOperations ?? []),
    tests: live.filter((x) => isTest(x.path)).map((x) => x.path),
    sources: live.filter((x) => isSource(x.path) && !isTest(x.path) && !isDocumentation(x.path) && x.additions + x.deletions > 0).map((x) => x.path),
    aiShare: Math.max(0, Math.min(1, input.aiShare)),
  };
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
