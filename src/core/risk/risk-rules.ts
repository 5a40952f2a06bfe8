/**
 * The rules that refuse a change on risk alone. Both are off by default (`never`): risk informs review
 * and sign-off rather than blocking. One fact is one violation: when an AI-assisted change reaches
 * ai.fail-at-risk, that rule is reported and risk.fail-at is not reported again for the same risk.
 */
import { RISK_LEVELS, type RiskLevel } from '../model.js';
import type { Policy } from '../policy/schema.js';
import type { Violation } from '../violation.js';

function atLeast(level: RiskLevel, threshold: RiskLevel | 'never'): boolean {
  return threshold !== 'never' && RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(threshold);
}

export function riskViolations(risk: { level: RiskLevel; score: number }, aiAssisted: boolean, policy: Policy): Violation[] {
  const aiFailAt = policy.ai['fail-at-risk'];
  if (aiAssisted && atLeast(risk.level, aiFailAt)) {
    return [
      {
        rule: 'ai.fail-at-risk',
        message: `This AI-assisted change is ${risk.level} risk (${risk.score}/100); the policy stops AI-assisted changes at ${aiFailAt} or above.`,
        remediation: 'Split the AI-assisted work into smaller changes, or have a human rework the riskiest parts (see the risk factors) so it falls below the threshold.',
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
        remediation: 'Split the change into smaller pull requests, or reduce what it touches (see the risk factors); a policy owner can raise risk.fail-at.',
        level: 'error',
      },
    ];
  }
  return [];
}
