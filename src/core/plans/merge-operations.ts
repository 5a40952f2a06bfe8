/**
 * Where destructive facts from plans and from the diff meet: one list, one type. A diff estimate of a
 * Terraform resource's destruction gives way to a plan that names the same resource, because the plan
 * says precisely what happens to it; every other diff fact stays.
 */
import type { DestructiveFact } from '../risk/types.js';

/** Whether a plan address names the resource a diff estimate found (`aws_db_instance.main` in a module, or one of its instances). */
function sameResource(planAddress: string, diffAddress: string): boolean {
  return planAddress === diffAddress || planAddress.endsWith(`.${diffAddress}`) || planAddress.startsWith(`${diffAddress}[`) || planAddress.includes(`.${diffAddress}[`);
}

/** The diff's operations with the estimates a plan states precisely left out, then the plan's. */
export function withPlanOperations(diff: DestructiveFact[], plan: readonly DestructiveFact[]): DestructiveFact[] {
  if (!plan.length) return diff;
  const addresses = plan.map((p) => p.address ?? '');
  const estimated = (op: DestructiveFact) => {
    const a = op.address ?? op.object;
    return op.source !== 'plan' && a !== undefined && op.kind.startsWith('terraform-') && addresses.some((p) => sameResource(p, a));
  };
  return [...diff.filter((op) => !estimated(op)), ...plan];
}
