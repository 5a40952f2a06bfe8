/** Why an approval rule about destroying applies to a change that came without a plan. */
import type { OversightResult } from '../oversight/types.js';
import type { ApprovalRule } from '../policy/schema.js';
import { noPlanWords, type PlanAssessment } from './assess.js';

export function planNotes(a: PlanAssessment | undefined, rules: readonly ApprovalRule[], oversight: Pick<OversightResult, 'required' | 'wouldApply'>): string[] {
  if (!a?.estimatedFromDiff) return [];
  const applied = new Set([...oversight.required.flatMap((r) => r.rules), ...oversight.wouldApply]);
  const asked = rules.filter((r) => applied.has(r.name) && (r.when['destroys-stateful'] === true || r.when['destroys-at-least'] !== undefined));
  return asked.map(
    (r) =>
      `Approval rule "${r.name}" applies because ${noPlanWords(a)}: without one, what this change to infrastructure code destroys cannot be ruled out. Pass the plan (--plans, or the plans input) so the rule applies only when the plan destroys.`,
  );
}
