/**
 * Plans in the risk score: each resource a plan deletes or replaces is a destructive operation, in the
 * same list and of the same type as those read from the diff, with its address, whether it holds
 * state, and the plan's reason. A stateful destroy raises the risk to at least `plans.stateful-risk`
 * (critical by default). Facts only: the words come from render/risk-words.ts.
 */
import type { Policy } from '../policy/schema.js';
import type { DestructiveFact, RiskAssessment, RiskScore } from '../risk/types.js';
import { levelFor } from '../risk/score.js';
import { RISK_LEVELS } from '../model.js';
import { noPlanWords, statefulFirst, type DestroyedResource, type PlanAssessment } from './assess.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function operation(d: DestroyedResource): DestructiveFact {
  const r = d.resource;
  const lost = d.stateful !== undefined && !r.retained;
  return {
    kind: `plan-${r.action}`,
    path: d.plan,
    reversible: !lost,
    source: 'plan',
    action: r.action,
    objectType: r.type,
    object: r.address,
    address: r.address,
    stateful: lost,
    ...(d.reason ? { reason: d.reason } : {}),
  };
}

export function planOperations(a: PlanAssessment | undefined): DestructiveFact[] {
  return a ? statefulFirst(a).map(operation) : [];
}

function blastRadius(a: PlanAssessment, before: string): string {
  if (a.estimatedFromDiff) return `Estimated from the diff: ${noPlanWords(a)} for the infrastructure code this change touches. ${before}`;
  if (!a.summaries.length) return before;
  const stateful = a.statefulDestroyed.length ? ` (${plural(a.statefulDestroyed.length, 'stateful resource')})` : '';
  const plans = plural(a.summaries.length, 'plan');
  return a.destroyed.length ? `From ${plans}: ${plural(a.destroyed.length, 'resource')} destroyed${stateful}. ${before}` : `From ${plans}: nothing destroyed. ${before}`;
}

/** The score with the plans' floor applied: a stateful destroy makes the change at least `plans.stateful-risk`. */
export function withPlanFloor(risk: RiskScore, a: PlanAssessment | undefined, policy: Pick<Policy, 'plans' | 'risk'>): RiskScore {
  const lost = a?.statefulDestroyed ?? [];
  const floor = policy.plans['stateful-risk'];
  if (!lost.length || RISK_LEVELS.indexOf(risk.level) >= RISK_LEVELS.indexOf(floor)) return risk;
  const threshold = floor === 'low' ? 0 : Math.ceil(policy.risk.levels[floor]);
  const score = Math.min(100, Math.max(risk.score, threshold));
  const factor = {
    id: 'plan:stateful-destroy',
    points: score - risk.score,
    template: 'plan-floor' as const,
    facts: { resources: lost.length, names: lost.slice(0, 3).map((d) => d.resource.address), more: lost.length > 3, floor },
    files: [...new Set(lost.map((d) => d.plan))],
  };
  return { ...risk, score, level: levelFor(score, policy.risk.levels), factors: [...risk.factors, factor] };
}

/** The blast-radius answer taken from the plans, or marked as estimated from the diff. */
export function withPlanQuestions(risk: RiskAssessment, a: PlanAssessment | undefined): RiskAssessment {
  return a ? { ...risk, questions: { ...risk.questions, blastRadius: blastRadius(a, risk.questions.blastRadius) } } : risk;
}
