/**
 * Which approval tiers apply to a change: every condition in `when` must hold, and an empty `when`
 * always applies. A renamed file counts under its old path too, so moving a file out of a guarded
 * directory is guarded.
 */
import { RISK_LEVELS, type ChangedFile, type RiskLevel } from '../model.js';
import type { ApprovalRule } from '../policy/schema.js';
import { globMatcher } from '../paths/glob.js';
import type { PlanTierFacts } from '../plans/assess.js';

export interface TierFacts {
  aiAssisted: boolean;
  riskLevel: RiskLevel;
  files: ChangedFile[];
  labels: string[];
  /** What the plans say about destroying (plans/assess.ts); absent when the caller has no plan facts. */
  plan?: PlanTierFacts;
}

export interface AppliedTier {
  rule: ApprovalRule;
  /** Paths (new and, for renames, old) the tier's `paths` matched; every changed path when it has none. */
  files: string[];
}

function pathsOf(file: ChangedFile): string[] {
  return file.previousPath && file.previousPath !== file.path ? [file.path, file.previousPath] : [file.path];
}

function applyTier(rule: ApprovalRule, facts: TierFacts): AppliedTier | undefined {
  const when = rule.when;
  if (when['ai-assisted'] !== undefined && when['ai-assisted'] !== facts.aiAssisted) return undefined;
  const atLeast = when['risk-at-least'];
  if (atLeast !== undefined && RISK_LEVELS.indexOf(facts.riskLevel) < RISK_LEVELS.indexOf(atLeast)) return undefined;
  if (when.labels !== undefined) {
    const wanted = new Set(when.labels.map((l) => l.toLowerCase()));
    if (!facts.labels.some((l) => wanted.has(l.toLowerCase()))) return undefined;
  }
  if (!planConditionsHold(when, facts.plan)) return undefined;
  const all = facts.files.flatMap(pathsOf);
  if (when.paths === undefined) return { rule, files: all };
  const match = globMatcher(when.paths);
  const files = all.filter(match);
  return files.length ? { rule, files } : undefined;
}

/**
 * Plan conditions. An unknown fact (no plan for a change to infrastructure code) satisfies a rule
 * that asks for destruction: a rule meant to guard destroys must not be escaped by leaving out the plan.
 */
function planConditionsHold(when: ApprovalRule['when'], plan: PlanTierFacts | undefined): boolean {
  const facts = plan ?? { destroysStateful: false, destroyed: 0 };
  const stateful = when['destroys-stateful'];
  if (stateful !== undefined && facts.destroysStateful !== undefined && facts.destroysStateful !== stateful) return false;
  if (stateful === false && facts.destroysStateful === undefined) return false;
  const atLeast = when['destroys-at-least'];
  if (atLeast !== undefined && facts.destroyed !== undefined && facts.destroyed < atLeast) return false;
  return true;
}

export function applicableTiers(rules: ApprovalRule[], facts: TierFacts): AppliedTier[] {
  return rules.map((r) => applyTier(r, facts)).filter((t): t is AppliedTier => t !== undefined);
}
