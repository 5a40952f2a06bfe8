/**
 * The plan formats the gate reads, recognised from content alone, and the look-alikes it refuses
 * with a word on what they are (a state file is not a plan, and reading it as "no changes" would pass a
 * change that was never planned).
 */
import type { JsonObject } from '../../reports/readers/json-path.js';
import type { PlanFormat } from '../format.js';
import { cloudFormationChangeSet } from './cloudformation.js';
import { pulumiPreview } from './pulumi.js';
import { terraformPlan } from './terraform.js';

export const PLAN_FORMATS: readonly PlanFormat[] = [terraformPlan, pulumiPreview, cloudFormationChangeSet];

interface LookAlike {
  is(root: JsonObject): boolean;
  what: string;
  instead: string;
}

const LOOK_ALIKES: readonly LookAlike[] = [
  {
    is: (r) => 'format_version' in r && 'values' in r,
    what: 'Terraform state as `terraform show -json` prints it without a plan file',
    instead: 'Pass the plan file to show: `terraform plan -out=plan.tfplan && terraform show -json plan.tfplan > plan.json`.',
  },
  {
    is: (r) => 'lineage' in r && 'serial' in r && Array.isArray(r.resources),
    what: 'a Terraform state file (terraform.tfstate)',
    instead: 'The state says what exists, not what will change: pass `terraform show -json plan.tfplan` output instead.',
  },
  {
    is: (r) => 'deployment' in r && 'version' in r,
    what: 'a Pulumi stack export (`pulumi stack export`)',
    instead: 'Pass `pulumi preview --json` output instead.',
  },
  {
    is: (r) => Array.isArray(r.Stacks) || 'StackResourceDrifts' in r,
    what: 'a CloudFormation stack description',
    instead: 'Create a change set and pass `aws cloudformation describe-change-set ... --output json` output instead.',
  },
];

export function lookAlike(root: JsonObject): LookAlike | undefined {
  return LOOK_ALIKES.find((l) => l.is(root));
}

export const SUPPORTED_PLANS = 'Terraform or OpenTofu plan JSON (`show -json PLANFILE`), Pulumi preview JSON (`pulumi preview --json`) or a CloudFormation change set (`aws cloudformation describe-change-set --output json`)';
