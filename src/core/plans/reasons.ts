/**
 * Why a plan does what it does to a resource, in words: the attributes that force a replacement
 * ("replaced because `engine` changed"), else the tool's own reason code. Terraform's codes are the
 * ones `jsonplan/plan.go` writes; OpenTofu adds `delete_because_enabled_false`.
 */
import { ownEntry } from '../own-entry.js';
import type { PlannedResource } from './types.js';

/** What follows "because" for each reason code. */
const BECAUSE: Record<string, string> = {
  replace_because_cannot_update: 'a changed attribute cannot be updated in place',
  replace_because_tainted: 'it is tainted (an earlier apply failed, or it was marked for replacement)',
  replace_by_request: 'a replacement was requested (-replace)',
  replace_by_triggers: 'replace_triggered_by fired',
  delete_because_no_resource_config: 'its configuration was removed',
  delete_because_wrong_repetition: 'it switched between count and for_each',
  delete_because_count_index: 'its count index is no longer in range',
  delete_because_each_key: 'its for_each key is gone',
  delete_because_no_module: 'its module was removed',
  delete_because_no_move_target: 'a moved block points to an address that is not in the configuration',
  delete_because_enabled_false: 'enabled is false',
  read_because_config_unknown: 'its configuration depends on values known only during apply',
  read_because_dependency_pending: 'a resource it depends on has changes pending',
  read_because_check_nested: 'a check block reads it',
};

const VERB: Record<PlannedResource['action'], string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  replace: 'replaced',
  read: 'read during apply',
  'no-op': 'unchanged',
  forget: 'forgotten (left in place, no longer managed)',
};

/**
 * The reason as one phrase, or undefined when the plan gives none. Text from the plan (attribute
 * names, unknown codes) goes through `code`, so each renderer quotes it its own way.
 */
export function reasonPhrase(r: PlannedResource, code: (text: string) => string): string | undefined {
  const verb = r.conditional ? 'may be replaced (the change set says Conditional)' : VERB[r.action];
  const paths = r.replacePaths ?? [];
  let because: string | undefined;
  if (r.action === 'replace' && paths.length) {
    const shown = paths.slice(0, 3).map(code).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
    because = `${shown} changed`;
  } else if (r.reasonCode !== undefined) {
    because = ownEntry(BECAUSE, r.reasonCode) ?? code(r.reasonCode);
  }
  const extras: string[] = [];
  if (r.action === 'replace' && r.order === 'create-first') extras.push('the new one is created first');
  if (r.retained) extras.push('the tool keeps the old object');
  if (r.snapshot) extras.push('a snapshot is taken first');
  if (because === undefined && !extras.length) return r.conditional ? verb : undefined;
  return `${verb}${because !== undefined ? ` because ${because}` : ''}${extras.length ? ` (${extras.join('; ')})` : ''}`;
}

/** The reason for the audit record: attribute names in backticks, as a reviewer would write them. */
export function reasonText(r: PlannedResource): string | undefined {
  return reasonPhrase(r, (t) => `\`${t}\``);
}
