/**
 * The plans under the policy: per plan the counts and the addresses the audit record keeps, across
 * plans every resource that will be destroyed (deleted, or replaced) and which of them hold state.
 * Without a plan, a change to infrastructure code has an unknown blast radius, and says so.
 */
import type { ChangedFile } from '../model.js';
import { globMatcher } from '../paths/glob.js';
import type { Policy } from '../policy/schema.js';
import { reasonText } from './reasons.js';
import { statefulLookup, type StatefulMatch } from './stateful.js';
import { destroys, PLAN_ACTIONS, type LoadedPlan, type PlanAction, type PlannedResource, type PlanTool } from './types.js';

/** One plan as the audit record keeps it. Addresses as the tool writes them. */
export interface PlanSummary {
  path: string;
  sha256: string;
  tool: PlanTool;
  toolVersion: string | null;
  formatVersion: string | null;
  counts: Record<PlanAction, number>;
  deleted: string[];
  replaced: string[];
  /** Stateful resources this plan deletes or replaces (not those the tool keeps). */
  stateful: string[];
  /** Changes found outside the tool (drift): not counted above. */
  drift: number;
  notes: string[];
}

export interface DestroyedResource {
  /** Path of the plan that says so. */
  plan: string;
  tool: PlanTool;
  resource: PlannedResource & { action: 'delete' | 'replace' };
  /** What it holds, when it holds state. */
  stateful?: StatefulMatch;
  /** Why, in words, with attribute names in backticks. */
  reason?: string;
}

export interface PlanAssessment {
  summaries: PlanSummary[];
  /** Every resource the plans delete or replace, in plan order. */
  destroyed: DestroyedResource[];
  /** Of those, the ones whose state is lost: stateful, and not kept by the tool. */
  statefulDestroyed: DestroyedResource[];
  /** No plan was read and the change touches infrastructure code: its blast radius is the diff's estimate. */
  estimatedFromDiff: boolean;
  /** Plans were asked for (--plans), whether or not any could be read. */
  asked: boolean;
  /** The changed files in the policy's `infrastructure` sensitive-path group. */
  infrastructureFiles: string[];
}

export function countsOf(resources: readonly PlannedResource[]): Record<PlanAction, number> {
  const counts = Object.fromEntries(PLAN_ACTIONS.map((a) => [a, 0])) as Record<PlanAction, number>;
  for (const r of resources) counts[r.action] += 1;
  return counts;
}

function infrastructureFiles(files: readonly ChangedFile[], policy: Pick<Policy, 'sensitive-paths'>): string[] {
  const paths = policy['sensitive-paths'].infrastructure?.paths ?? [];
  if (!paths.length) return [];
  const match = globMatcher(paths);
  return files.filter((f) => match(f.path) || (f.previousPath !== undefined && match(f.previousPath))).map((f) => f.path);
}

export function assessPlans(
  plans: readonly LoadedPlan[],
  files: readonly ChangedFile[],
  policy: Pick<Policy, 'plans' | 'sensitive-paths'>,
  asked = plans.length > 0,
): PlanAssessment {
  const stateful = statefulLookup(policy.plans['stateful-types']);
  const destroyed: DestroyedResource[] = [];
  const summaries = plans.map((p): PlanSummary => {
    const lost: string[] = [];
    for (const r of p.resources) {
      if (!destroys(r.action)) continue;
      const match = stateful(p.tool, r);
      const entry: DestroyedResource = { plan: p.path, tool: p.tool, resource: r as DestroyedResource['resource'] };
      if (match) entry.stateful = match;
      const reason = reasonText(r);
      if (reason) entry.reason = reason;
      destroyed.push(entry);
      if (match && !r.retained) lost.push(r.address);
    }
    return {
      path: p.path,
      sha256: p.sha256,
      tool: p.tool,
      toolVersion: p.toolVersion,
      formatVersion: p.formatVersion,
      counts: countsOf(p.resources),
      deleted: p.resources.filter((r) => r.action === 'delete').map((r) => r.address),
      replaced: p.resources.filter((r) => r.action === 'replace').map((r) => r.address),
      stateful: lost,
      drift: p.drift,
      notes: p.notes,
    };
  });
  const infra = infrastructureFiles(files, policy);
  return {
    summaries,
    destroyed,
    statefulDestroyed: destroyed.filter((d) => d.stateful && !d.resource.retained),
    estimatedFromDiff: plans.length === 0 && infra.length > 0,
    asked,
    infrastructureFiles: infra,
  };
}

/** "no plan was given", or, when plans were asked for and none could be read, that. */
export function noPlanWords(a: Pick<PlanAssessment, 'asked'>): string {
  return a.asked ? 'no plan could be read' : 'no plan was given';
}

/** The destroyed resources with the stateful ones first: lists that are cut short keep what matters most. */
export function statefulFirst(a: PlanAssessment): DestroyedResource[] {
  return [...a.statefulDestroyed, ...a.destroyed.filter((d) => !a.statefulDestroyed.includes(d))];
}

/**
 * What approval rules may ask of the plans. Unknown (undefined) when no plan was read for a change to
 * infrastructure code: a rule about destroying then applies, because nothing rules it out.
 */
export interface PlanTierFacts {
  destroysStateful: boolean | undefined;
  destroyed: number | undefined;
}

export function planTierFacts(a: PlanAssessment): PlanTierFacts {
  if (a.estimatedFromDiff) return { destroysStateful: undefined, destroyed: undefined };
  return { destroysStateful: a.statefulDestroyed.length > 0, destroyed: a.destroyed.length };
}
