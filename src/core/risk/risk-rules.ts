/**
 * The rules that refuse a change on risk alone. Both are off by default (`never`): risk informs review
 * and sign-off rather than blocking. One fact is one violation: when an AI-assisted change reaches
 * ai.fail-at-risk, that rule is reported and risk.fail-at is not reported again for the same risk.
 */
import { RISK_LEVELS, type RiskLevel } from '../model.js';
import type { Policy } from '../policy/schema.js';
import type { Violation } from '../violation.js';
import type { FactorTemplate, RiskScore } from './types.js';

function atLeast(level: RiskLevel, threshold: RiskLevel | 'never'): boolean {
  return threshold !== 'never' && RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(threshold);
}

/** What lowers the risk, for the factor that adds the most: the advice fits the cause. */
const REMEDY: Record<FactorTemplate, string> = {
  destructive: 'Make the destructive operations undoable (a down migration, a moved or removed block) or take them out of this change',
  sensitive: 'Move the changes to sensitive paths into a change of their own that their owners review',
  'missing-tests': 'Add tests for the source files this change touches',
  size: 'Split the change into parts a reviewer can read in one sitting',
  spread: 'Split the change by area, so each part touches fewer directories',
  'plan-floor': 'Keep the stateful resources the plans destroy (move or protect them) or take their destruction out of this change',
  'ai-assisted': 'Have a human rework the riskiest parts',
};

function remedy(risk: Pick<RiskScore, 'factors'>, rule: string): string {
  const top = [...risk.factors].filter((f) => f.template !== 'ai-assisted' && f.points > 0).sort((a, b) => b.points - a.points)[0];
  return `${top ? REMEDY[top.template] : REMEDY.size}; a policy owner can raise ${rule}.`;
}

export function riskViolations(risk: Pick<RiskScore, 'level' | 'score' | 'factors'>, aiAssisted: boolean, policy: Policy): Violation[] {
  const aiFailAt = policy.ai['fail-at-risk'];
  if (aiAssisted && atLeast(risk.level, aiFailAt)) {
    return [
      {
        rule: 'ai.fail-at-risk',
        message: `This AI-assisted change is ${risk.level} risk (${risk.score}/100); the policy stops AI-assisted changes at ${aiFailAt} or above.`,
        remediation: remedy(risk, 'ai.fail-at-risk'),
        level: 'error',
      },
    ];
  }
  const failAt = policy.risk['fail-at'];
  if (atLeast(risk.level, failAt)) {
    return [
      {
        rule: 'risk.fail-at',
        message: `Risk is ${risk.level} (${risk.score}/100); the policy fails changes at ${failAt} or above.`,
        remediation: remedy(risk, 'risk.fail-at'),
        level: 'error',
      },
    ];
  }
  return [];
}
