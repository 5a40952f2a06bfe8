/**
 * Workflow and component inputs live in files a pull request can edit, so they may only tighten a
 * committed policy: `mode: enforce` from an input hardens a `warn` policy, `mode: warn` does not soften
 * an `enforce` one. A policy that wants its mode set from outside says so with `inputs-may-weaken`.
 */
import type { Policy } from './schema.js';

export type Mode = 'enforce' | 'warn';

export function effectiveMode(policy: Policy, input: Mode | undefined): { mode: Mode; note?: string } {
  if (input === undefined || input === policy.mode) return { mode: policy.mode };
  if (input === 'enforce' || policy['inputs-may-weaken']) return { mode: input };
  return {
    mode: policy.mode,
    note: `The mode input asked for ${input}, but the policy says ${policy.mode} and inputs may only make it stricter; set \`inputs-may-weaken: true\` in the policy to let inputs relax it.`,
  };
}
