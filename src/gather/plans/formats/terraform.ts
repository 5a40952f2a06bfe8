/**
 * Terraform and OpenTofu plans as `terraform show -json PLANFILE` (or `tofu show -json`) writes them:
 * one entry per resource instance in `resource_changes`, classified by `change.actions`, with
 * `action_reason` and `replace_paths`. `resource_drift` holds changes made outside the tool, found on
 * refresh: counted, never taken for planned changes. OpenTofu keeps the format and the
 * `terraform_version` key; its providers come from registry.opentofu.org, which tells the two apart.
 */
import { attributePath, terraformAction, TERRAFORM_ACTION_LISTS } from '../../../core/plans/terraform-actions.js';
import type { PlannedResource } from '../../../core/plans/types.js';
import { Obj, type JsonObject, type JsonPath } from '../../reports/readers/json-path.js';
import { requiredString, type PlanFormat, type PlanReading } from '../format.js';

const OPENTOFU_REGISTRY = 'registry.opentofu.org/';

class TerraformReading implements PlanReading {
  private readonly resources: PlannedResource[] = [];
  private drift = 0;
  private opentofu = false;

  element(array: string, value: unknown, at: JsonPath): void {
    const o = new Obj(value, at);
    this.opentofu ||= o.string('provider_name')?.startsWith(OPENTOFU_REGISTRY) ?? false;
    if (array === 'resource_drift') this.drift += 1;
    else this.resources.push(resourceChange(o));
  }

  finish(root: Obj): ReturnType<PlanReading['finish']> {
    const formatVersion = root.string('format_version') ?? null;
    const major = formatVersion === null ? undefined : /^(\d+)\./.exec(formatVersion)?.[1];
    if (formatVersion !== null && (major === undefined || Number(major) > 1)) {
      root.at.key('format_version').fail('a format version this gate reads (0.x or 1.x)', formatVersion);
    }
    // The streamed arrays are empty here; what is checked is that they were arrays at all.
    root.elements('resource_changes');
    root.elements('resource_drift');
    if (root.boolean('errored') === true) {
      root.at.key('errored').fail('false: Terraform reports that planning failed, so the plan does not say everything the change will do', true);
    }
    const notes: string[] = [];
    if (root.boolean('complete') === false) notes.push('Terraform marks this plan incomplete: some changes are deferred until a later plan, so more may follow.');
    return {
      tool: this.opentofu ? 'opentofu' : 'terraform',
      toolVersion: root.string('terraform_version') ?? null,
      formatVersion,
      resources: this.resources,
      drift: this.drift,
      notes,
    };
  }
}

function resourceChange(o: Obj): PlannedResource {
  const address = requiredString(o, 'address', 'the resource address (a string)');
  const change = o.requiredObject('change');
  const actions = change.requiredElements('actions').map((e) => (typeof e.value === 'string' ? e.value : e.at.fail('an action name (a string)', e.value)));
  const row = terraformAction(actions) ?? change.at.key('actions').fail(`one of ${TERRAFORM_ACTION_LISTS.join(', ')}`, JSON.stringify(actions));
  const resource: PlannedResource = { address, type: requiredString(o, 'type', 'the resource type (a string)'), action: row.action };
  if (row.order) resource.order = row.order;
  if (o.string('mode') === 'data') resource.dataSource = true;
  const reason = o.string('action_reason');
  if (reason) resource.reasonCode = reason;
  const paths = change.elements('replace_paths').map((p) => {
    if (!Array.isArray(p.value)) return p.at.fail('a list of keys and indexes', p.value);
    return attributePath(p.value.map((step: unknown, i) => (typeof step === 'string' || typeof step === 'number' ? step : p.at.index(i).fail('a key or an index', step))));
  });
  if (paths.length) resource.replacePaths = [...new Set(paths)];
  const deposed = o.string('deposed');
  if (deposed) resource.deposed = deposed;
  return resource;
}

export const terraformPlan: PlanFormat = {
  name: 'Terraform plan JSON',
  arrays: ['resource_changes', 'resource_drift'],
  // A plan without changes may leave resource_changes out; planned_values is always there.
  detect: (root: JsonObject) => 'resource_changes' in root || ('format_version' in root && 'planned_values' in root),
  start: () => new TerraformReading(),
  produce: 'Write the plan with `terraform plan -out=plan.tfplan` and `terraform show -json plan.tfplan > plan.json` (OpenTofu: `tofu show -json`).',
};
