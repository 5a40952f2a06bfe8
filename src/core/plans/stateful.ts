/** Whether a planned resource holds state: the built-in table, plus the types a policy adds. */
import { ownEntry } from '../own-entry.js';
import { STATEFUL_TYPES, type StatefulCategory, type StatefulRow } from './stateful-types.js';
import type { PlannedResource, PlanTool } from './types.js';

export interface StatefulMatch {
  /** `policy` for a type the policy named in plans.stateful-types. */
  category: StatefulCategory | 'policy';
  /** What is lost, e.g. "relational database". */
  what: string;
}

/** Which column of the table names a tool's types. */
const COLUMN: Record<PlanTool, keyof Pick<StatefulRow, 'terraform' | 'pulumi' | 'cloudformation'>> = {
  terraform: 'terraform',
  opentofu: 'terraform',
  pulumi: 'pulumi',
  cloudformation: 'cloudformation',
};

function index(column: keyof Pick<StatefulRow, 'terraform' | 'pulumi' | 'cloudformation' | 'kubernetes'>): Record<string, StatefulMatch> {
  const out: Record<string, StatefulMatch> = {};
  for (const row of STATEFUL_TYPES) for (const name of row[column]) out[name] ??= { category: row.category, what: row.what };
  return out;
}

const BY_TOOL: Record<PlanTool, Record<string, StatefulMatch>> = {
  terraform: index(COLUMN.terraform),
  opentofu: index(COLUMN.opentofu),
  pulumi: index(COLUMN.pulumi),
  cloudformation: index(COLUMN.cloudformation),
};

/** A lookup for one policy: `extra` are exact type names of any tool (plans.stateful-types). */
export function statefulLookup(extra: readonly string[]): (tool: PlanTool, resource: Pick<PlannedResource, 'type' | 'dataSource'>) => StatefulMatch | undefined {
  const added = new Set(extra);
  return (tool, resource) => {
    // A data source only reads: the thing it reads is not part of the plan.
    if (resource.dataSource) return undefined;
    if (added.has(resource.type)) return { category: 'policy', what: 'stateful resource (policy)' };
    return ownEntry(BY_TOOL[tool], resource.type);
  };
}
