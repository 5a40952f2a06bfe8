/**
 * Which approval tiers apply to a change: every condition in `when` must hold, and an empty `when`
 * always applies. A renamed file counts under its old path too, so moving a file out of a guarded
 * directory is guarded.
 */
import { RISK_LEVELS, type ChangedFile, type RiskLevel } from '../model.js';
import type { ApprovalRule } from '../policy/schema.js';
import { globMatcher } from '../paths/glob.js';

export interface TierFacts {
  aiAssisted: boolean;
  riskLevel: RiskLevel;
  files: ChangedFile[];
  labels: string[];
}

export interface AppliedTier {
  rule: ApprovalRule;
  /** Paths (new and, for renames, old) the tier's `paths` matched; every changed path when it has none. */
  files: string[];
}

function pathsOf(file: ChangedFile): string[] {
  return file.previousPath && file.previousPath !== file.path ? [file.path, file.previousPath] : [file.path];
}

export function applyTier(rule: ApprovalRule, facts: TierFacts): AppliedTier | undefined {
  const when = rule.when;
  if (when['ai-assisted'] !== undefined && when['ai-assisted'] !== facts.aiAssisted) return undefined;
  const atLeast = when['risk-at-least'];
  if (atLeast !== undefined && RISK_LEVELS.indexOf(facts.riskLevel) < RISK_LEVELS.indexOf(atLeast)) return undefined;
  if (when.labels !== undefined) {
    const wanted = new Set(when.labels.map((l) => l.toLowerCase()));
    if (!facts.labels.some((l) => wanted.has(l.toLowerCase()))) return undefined;
  }
  const all = facts.files.flatMap(pathsOf);
  if (when.paths === undefined) return { rule, files: all };
  const match = globMatcher(when.paths);
  const files = all.filter(match);
  return files.length ? { rule, files } : undefined;
}

export function applicableTiers(rules: ApprovalRule[], facts: TierFacts): AppliedTier[] {
  return rules.map((r) => applyTier(r, facts)).filter((t): t is AppliedTier => t !== undefined);
}
