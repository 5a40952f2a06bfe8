/**
 * Terraform's and OpenTofu's `change.actions` as one class per resource. The valid lists are the ones
 * the producers document in `jsonplan/plan.go`; anything else is refused by the reader rather than
 * guessed at, because an action the gate does not know may well destroy something.
 */
import { ownEntry } from '../own-entry.js';
import type { PlanAction, PlannedResource } from './types.js';

interface ActionRow {
  action: PlanAction;
  order?: PlannedResource['order'];
}

/** Keyed by the actions joined with a comma, as Terraform lists them. */
const TERRAFORM_ACTIONS: Record<string, ActionRow> = {
  'no-op': { action: 'no-op' },
  create: { action: 'create' },
  read: { action: 'read' },
  update: { action: 'update' },
  delete: { action: 'delete' },
  'delete,create': { action: 'replace', order: 'delete-first' },
  'create,delete': { action: 'replace', order: 'create-first' },
  // Terraform 1.7+: the object leaves state and is left alone; with "create" a new one is made beside it.
  forget: { action: 'forget' },
  'create,forget': { action: 'forget' },
};

export const TERRAFORM_ACTION_LISTS: readonly string[] = Object.keys(TERRAFORM_ACTIONS).map((k) => JSON.stringify(k.split(',')));

/** The class of a `change.actions` list, or undefined when the list is not one Terraform writes. */
export function terraformAction(actions: readonly string[]): ActionRow | undefined {
  return ownEntry(TERRAFORM_ACTIONS, actions.join(','));
}

/** `replace_paths` entries (lists of keys and indexes) as one readable path each: `tags["Name"]`, `ebs_block_device[0].size`. */
export function attributePath(steps: ReadonlyArray<string | number>): string {
  let out = '';
  for (const step of steps) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
