/**
 * Every real plan of the fixtures, read by the gate: per action class exactly the counts the manifest
 * holds (computed by count.py from the tools' format descriptions, not by the gate), the same deleted
 * and replaced addresses in the same order, drift kept apart, the tool and its version, and the hash of
 * the bytes. The look-alikes and broken files are refused with the file and what it is.
 */
import { readPlan } from '../../src/gather/plans/read-plan.js';
import { countsOf } from '../../src/core/plans/assess.js';
import { isInputError } from '../../src/core/errors.js';
import { NOT_PLANS, PLANS_DIR, REAL_PLANS, SIX_CLASSES, entry, fixtureText } from './support/fixtures.js';

/** Terraform entries whose actions include "forget": count.py reports them apart, as other actions. */
function forgetEntries(file: string): number {
  if (!file.endsWith('.plan.json') || file.includes('win-utf16')) return 0;
  const doc = JSON.parse(fixtureText(file)) as { resource_changes?: Array<{ change: { actions: string[] } }> };
  return (doc.resource_changes ?? []).filter((r) => r.change.actions.includes('forget')).length;
}

describe('real plans, read', () => {
  it.each(REAL_PLANS.map((e) => e.file))('%s', async (file) => {
    const e = entry(file);
    const plan = await readPlan(file, PLANS_DIR);
    const counts = countsOf(plan.resources);
    expect(Object.fromEntries(SIX_CLASSES.map((k) => [k, counts[k]]))).toEqual(e.counts);
    expect(counts.forget).toBe(forgetEntries(file));
    expect(plan.resources.filter((r) => r.action === 'delete').map((r) => r.address)).toEqual(e.deleted);
    expect(plan.resources.filter((r) => r.action === 'replace').map((r) => r.address)).toEqual(e.replaced);
    expect(plan.drift).toBe(e.driftEntries);
    expect(plan.tool).toBe(e.tool);
    expect(plan.toolVersion).toBe(e.toolVersion);
    expect(plan.formatVersion).toBe(e.formatVersion);
    expect(plan.sha256).toBe(e.sha256);
    expect(plan.path).toBe(file);
  });

  it('keeps Terraform\'s reasons and the attributes that force a replacement', async () => {
    const learn = await readPlan('terraform/learn-terraform-plan-input-var.plan.json', PLANS_DIR);
    expect(learn.resources.find((r) => r.action === 'replace')).toEqual(
      expect.objectContaining({ address: 'module.hello.random_pet.server', reasonCode: 'replace_because_cannot_update', replacePaths: ['keepers'], order: 'delete-first' }),
    );
    const tainted = await readPlan('terraform/tfjson-action-reason-tainted.plan.json', PLANS_DIR);
    expect(tainted.resources[0]).toEqual(expect.objectContaining({ action: 'replace', reasonCode: 'replace_because_tainted' }));
    const azdo = await readPlan('terraform/tfplan2md-azuredevops-plan2.plan.json', PLANS_DIR);
    expect(azdo.resources.filter((r) => r.action === 'delete').map((r) => r.reasonCode)).toEqual(['delete_because_no_resource_config']);
    expect(azdo.resources.filter((r) => r.action === 'read').map((r) => [r.reasonCode, r.dataSource])).toEqual([['read_because_dependency_pending', true]]);
  });

  it('never takes a drift entry or a reason on an unchanged resource for a planned delete', async () => {
    // Terraform 1.0.0 writes drift entries without addresses, six of them deletes.
    const drift = await readPlan('terraform/tfcompliance-issue522-drift-without-address.plan.json', PLANS_DIR);
    expect(drift.resources.filter((r) => r.action === 'delete').map((r) => r.address)).toEqual(entry('terraform/tfcompliance-issue522-drift-without-address.plan.json').deleted);
    // A resource deleted outside Terraform: drift says delete, resource_changes says no-op with delete_because_no_resource_config.
    const summarize = await readPlan('terraform/tf-summarize-example.plan.json', PLANS_DIR);
    const unchanged = summarize.resources.filter((r) => r.action === 'no-op');
    expect(unchanged).toHaveLength(1);
    expect(unchanged[0]!.reasonCode).toBe('delete_because_no_resource_config');
  });

  it('reads a UTF-16 plan with a byte order mark the way Windows redirection writes it', async () => {
    const plan = await readPlan('terraform/checkov-tfplan-win-utf16.plan.json', PLANS_DIR);
    expect(plan.resources).toEqual([expect.objectContaining({ type: 'aws_s3_bucket', action: 'create' })]);
  });

  it('takes the resource type of a Pulumi step from its state, and a deleted retained object stays a delete', async () => {
    const preview = await readPlan('pulumi/infracost-aws-ts-ebs-preview-existing.json', PLANS_DIR);
    const types = new Set(preview.resources.map((r) => r.type));
    for (const t of ['aws:rds/instance:Instance', 'aws:rds/cluster:Cluster', 'aws:ebs/volume:Volume', 'aws:s3/bucket:Bucket']) expect(types).toContain(t);
    const deletes = await readPlan('pulumi/stratify-preview-deletes.json', PLANS_DIR);
    expect(deletes.resources.filter((r) => r.action === 'delete').every((r) => r.address.startsWith('urn:pulumi:'))).toBe(true);
  });

  it('reads CloudFormation replacements with the property that forces them, and Add as a create even with a Replacement field', async () => {
    const cfn = await readPlan('cloudformation/localstack-ref-immutable-property-replacement.changeset.json', PLANS_DIR);
    expect(cfn.resources).toEqual([
      { address: 'Topic1', type: 'AWS::SNS::Topic', action: 'replace', replacePaths: ['TopicName'] },
      { address: 'Topic2', type: 'AWS::SNS::Topic', action: 'update' },
    ]);
    const add = await readPlan('cloudformation/localstack-condition-removes-resource-propvalues.changeset.json', PLANS_DIR);
    expect(add.resources.map((r) => r.action).sort()).toEqual(['create', 'delete']);
  });
});

describe('files that are not plans', () => {
  const refusals: Record<string, RegExp> = {
    'not-a-plan/tfjson-moved-block-show-state.json': /this is Terraform state as `terraform show -json` prints it without a plan file, not a plan/,
    'not-a-plan/tfplan2md-azuredevops-terraform.tfstate.json': /this is a Terraform state file \(terraform\.tfstate\), not a plan/,
    'not-a-plan/stratify-pulumi-stack-export.json': /this is a Pulumi stack export/,
    'not-a-plan/localstack-changeset-snapshot-container.json': /not a supported plan \(the file is a JSON object with keys/,
    'not-a-plan/infracost-plan-with-terraform-wrapper.json': /not JSON: the file starts with "\[command\]", the line the setup-terraform wrapper adds/,
    'not-a-plan/borchero-terragrunt-multiplan.json': /not valid JSON at line 2, column 1: expected the end of the file after the top-level value, found more text/,
    'not-a-plan/tfjson-invalid-plan.json': /not valid JSON at line 676, column 29/,
  };

  it('covers every look-alike of the fixtures', () => {
    expect(Object.keys(refusals).sort()).toEqual(NOT_PLANS.map((e) => e.file).sort());
  });

  it.each(Object.entries(refusals))('%s is refused, naming the file and what it is', async (file, message) => {
    const err = await readPlan(file, PLANS_DIR).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isInputError(err)).toBe(true);
    if (!isInputError(err)) return;
    expect(err.message.startsWith(`${file}: `)).toBe(true);
    expect(err.message).toMatch(message);
    // Every refusal says how to produce the right file; none speaks of scanner reports.
    expect(err.hint).toMatch(/show -json|preview --json|describe-change-set|terraform_wrapper|own|regenerate/);
    expect(`${err.message} ${err.hint}`).not.toMatch(/scanner|SARIF/);
  });
});
