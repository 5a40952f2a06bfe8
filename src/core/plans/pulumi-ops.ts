/**
 * Pulumi preview steps as one class per resource. Pulumi writes one logical replacement as up to three
 * steps for the same URN (`create-replacement`, `replace`, `delete-replaced`), in the order it will run
 * them; that is one replace. Every other step counts on its own. `refresh` steps report drift found
 * outside Pulumi and are not planned changes. The op names are the ones the Pulumi engine defines
 * (`StepOp` in its deploy package, listed in the AppStepEventMetadata schema).
 */
import { ownEntry } from '../own-entry.js';
import type { PlanAction, PlannedResource } from './types.js';

const REPLACE_OPS: ReadonlySet<string> = new Set(['replace', 'create-replacement', 'delete-replaced']);

/** Steps that are not part of a replacement; `drift` is counted apart. */
const STEP_ACTION: Record<string, PlanAction | 'drift'> = {
  same: 'no-op',
  create: 'create',
  update: 'update',
  delete: 'delete',
  read: 'read',
  'read-replacement': 'read',
  // An import adopts an object that already exists: nothing is destroyed.
  import: 'create',
  'import-replacement': 'create',
  // Removed from the stack's state only; the object itself is left alone.
  discard: 'forget',
  'discard-replaced': 'forget',
  'remove-pending-replace': 'forget',
  refresh: 'drift',
};

export const PULUMI_OPS: readonly string[] = [...Object.keys(STEP_ACTION), ...REPLACE_OPS];

export function isPulumiOp(op: string): boolean {
  return REPLACE_OPS.has(op) || ownEntry(STEP_ACTION, op) !== undefined;
}

/** What one step says, as read from the preview. */
export interface PulumiStep {
  op: string;
  urn: string;
  type: string;
  replaceReasons: string[];
  /** `retainOnDelete` on the old state: the cloud object outlives its deletion from the stack. */
  retainOnDelete: boolean;
}

/** The resources of a preview's steps, in the order their URNs first appear, and the drift found. */
export function pulumiResources(steps: readonly PulumiStep[]): { resources: PlannedResource[]; drift: number } {
  const byUrn = new Map<string, PulumiStep[]>();
  for (const s of steps) byUrn.set(s.urn, [...(byUrn.get(s.urn) ?? []), s]);
  const resources: PlannedResource[] = [];
  let drift = 0;
  for (const [urn, group] of byUrn) {
    const ops = group.map((s) => s.op);
    const base = { address: urn, type: group[0]!.type };
    const retained = group.some((s) => s.retainOnDelete);
    if (ops.some((op) => REPLACE_OPS.has(op))) {
      const r: PlannedResource = { ...base, action: 'replace' };
      const created = ops.indexOf('create-replacement');
      const deleted = ops.indexOf('delete-replaced');
      if (created >= 0 && deleted >= 0) r.order = deleted < created ? 'delete-first' : 'create-first';
      const reasons = [...new Set(group.flatMap((s) => s.replaceReasons))];
      if (reasons.length) r.replacePaths = reasons;
      if (retained) r.retained = true;
      resources.push(r);
      continue;
    }
    for (const op of ops) {
      const action = ownEntry(STEP_ACTION, op);
      if (action === 'drift') drift += 1;
      else if (action !== undefined) resources.push(action === 'delete' && retained ? { ...base, action, retained } : { ...base, action });
    }
  }
  return { resources, drift };
}

/** The type token of a URN: `urn:pulumi:stack::project::parent$type::name` → `type`. */
export function typeOfUrn(urn: string): string {
  const qualified = urn.split('::')[2] ?? '';
  return qualified.slice(qualified.lastIndexOf('$') + 1);
}
