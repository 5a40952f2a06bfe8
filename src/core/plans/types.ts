/**
 * The vocabulary of infrastructure plans: what a Terraform or OpenTofu plan, a Pulumi preview or a
 * CloudFormation change set says will happen to each resource, as the readers found it. The readers
 * classify; the policy (stateful types, limits, sign-off) is applied later, in the core.
 */

export type PlanTool = 'terraform' | 'opentofu' | 'pulumi' | 'cloudformation';

/**
 * What happens to one resource. `replace` destroys the old object and creates a new one (in either
 * order); `forget` removes it from the tool's state but leaves the object itself alone (Terraform
 * `removed { lifecycle { destroy = false } }`, Pulumi discards), so it destroys nothing.
 */
export const PLAN_ACTIONS = ['create', 'update', 'delete', 'replace', 'read', 'no-op', 'forget'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Actions that destroy the object the tool manages. */
export function destroys(action: PlanAction): boolean {
  return action === 'delete' || action === 'replace';
}

export interface PlannedResource {
  /** As the tool writes it: Terraform `address`, Pulumi URN, CloudFormation `LogicalResourceId`. */
  address: string;
  /** As the tool names it: `aws_db_instance`, `aws:rds/instance:Instance`, `AWS::RDS::DBInstance`. */
  type: string;
  action: PlanAction;
  /** For a replace: the old object is destroyed before its successor exists, or after (create_before_destroy). */
  order?: 'delete-first' | 'create-first';
  /** The tool's own reason, as written (Terraform `action_reason`). */
  reasonCode?: string;
  /** Attributes whose change forces the replacement (Terraform `replace_paths`, Pulumi `replaceReasons`, CloudFormation details). */
  replacePaths?: string[];
  /** A Terraform data source: only read, never infrastructure that holds data. */
  dataSource?: boolean;
  /** The tool keeps the cloud object although it leaves the plan (CloudFormation Retain, Pulumi retainOnDelete). */
  retained?: boolean;
  /** CloudFormation `Replacement: Conditional`: replaced only if a value known at apply time changes. */
  conditional?: boolean;
  /** CloudFormation `Snapshot` policies: a snapshot is taken before the object is deleted. */
  snapshot?: boolean;
  /** Terraform: the key of a deposed object (left over from an interrupted create_before_destroy). */
  deposed?: string;
}

/** One plan file as read: where it came from, which tool wrote it, and what it will do. */
export interface LoadedPlan {
  /** The path as given. */
  path: string;
  /** Hex SHA-256 of the file's bytes, so the audit record pins exactly what was evaluated. */
  sha256: string;
  tool: PlanTool;
  /** The tool's version when the file records it (Terraform `terraform_version`); null otherwise. */
  toolVersion: string | null;
  /** The document format's version when it has one (Terraform `format_version`). */
  formatVersion: string | null;
  resources: PlannedResource[];
  /** Changes made outside the tool and found on refresh: reported, never counted as planned changes. */
  drift: number;
  /** Facts about the file a reviewer should know (e.g. a nested stack whose changes are in another change set). */
  notes: string[];
}
