/**
 * CloudFormation change-set entries (`ResourceChange`) as one class per resource. `Modify` with
 * `Replacement: True` replaces, `Conditional` may replace (counted as a replace, marked conditional).
 * `Add` is a create even when AWS writes a `Replacement` beside it, which it does for change sets
 * described with IncludePropertyValues. `SyncWithActual` only brings CloudFormation's record in line
 * with drift: counted as drift, not as a change. Values as the CloudFormation API reference lists them.
 */
import { ownEntry } from '../own-entry.js';
import type { PlanAction, PlannedResource } from './types.js';

const ACTION: Record<string, PlanAction | 'modify' | 'drift'> = {
  Add: 'create',
  Import: 'create',
  Modify: 'modify',
  Dynamic: 'update',
  Remove: 'delete',
  SyncWithActual: 'drift',
};

export const CLOUDFORMATION_ACTIONS: readonly string[] = Object.keys(ACTION);
export const CLOUDFORMATION_REPLACEMENTS: readonly string[] = ['True', 'False', 'Conditional'];

export interface ResourceChange {
  action: string;
  logicalId: string;
  type: string;
  replacement?: string;
  policyAction?: string;
  /** Details whose target requires recreation: `Always` or `Conditionally`, with the property name. */
  recreation: Array<{ name: string; requires: string }>;
}

export function isCloudFormationAction(action: string): boolean {
  return ownEntry(ACTION, action) !== undefined;
}

export function cloudFormationResource(c: ResourceChange): PlannedResource | 'drift' {
  const kind = ownEntry(ACTION, c.action);
  if (kind === 'drift') return 'drift';
  if (kind === undefined) throw new Error(`unchecked CloudFormation action ${c.action}`);
  const base = { address: c.logicalId, type: c.type };
  const retained = c.policyAction === 'Retain' || c.policyAction === 'ReplaceAndRetain';
  const snapshot = c.policyAction === 'Snapshot' || c.policyAction === 'ReplaceAndSnapshot';
  const extras = { ...(retained ? { retained } : {}), ...(snapshot ? { snapshot } : {}) };
  if (kind !== 'modify') return kind === 'delete' ? { ...base, action: kind, ...extras } : { ...base, action: kind };
  if (c.replacement !== 'True' && c.replacement !== 'Conditional') return { ...base, action: 'update' };
  const conditional = c.replacement === 'Conditional';
  const wanted = conditional ? ['Always', 'Conditionally'] : ['Always'];
  const paths = [...new Set(c.recreation.filter((d) => wanted.includes(d.requires)).map((d) => d.name))];
  return { ...base, action: 'replace', ...(paths.length ? { replacePaths: paths } : {}), ...(conditional ? { conditional } : {}), ...extras };
}
