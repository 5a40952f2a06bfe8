/**
 * Shapes no real fixture has, and broken files. The small documents here are CONSTRUCTED from the
 * formats as their tools document them (Terraform's and OpenTofu's JSON output format and the action
 * lists in jsonplan/plan.go, Pulumi's PreviewDigest and step ops, the CloudFormation ResourceChange
 * reference) to test classification; they are not tool output and are never counted as real plans.
 * Broken files are real plans cut or corrupted on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlan } from '../../src/gather/plans/read-plan.js';
import { countsOf } from '../../src/core/plans/assess.js';
import { isInputError, type InputError } from '../../src/core/errors.js';
import { PLANS_DIR, ScratchDir, fixtureText } from './support/fixtures.js';

let scratch: ScratchDir;
beforeEach(() => (scratch = new ScratchDir()));
afterEach(() => scratch.cleanup());

const read = (name: string, content: string | Buffer | object, maxBytes?: number) => readPlan(scratch.write(name, content), scratch.dir, maxBytes);

async function refusal(name: string, content: string | Buffer | object, maxBytes?: number): Promise<InputError> {
  const err = await read(name, content, maxBytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isInputError(err)) throw new Error(`expected an InputError, got ${String(err)}`);
  return err;
}

/** A constructed Terraform resource_changes entry. */
function tfChange(address: string, type: string, actions: string[], extra: Record<string, unknown> = {}, change: Record<string, unknown> = {}) {
  return { address, mode: 'managed', type, name: address.split('.').pop(), provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions, before: {}, after: {}, ...change }, ...extra };
}
const tfPlan = (changes: unknown[], extra: Record<string, unknown> = {}) => ({ format_version: '1.2', terraform_version: '1.9.0', planned_values: {}, resource_changes: changes, ...extra });

describe('Terraform and OpenTofu shapes (constructed from the documented format)', () => {
  it('reads create_before_destroy (["create","delete"]) as a replace whose new object comes first', async () => {
    const plan = await read('cbd.json', tfPlan([tfChange('aws_db_instance.main', 'aws_db_instance', ['create', 'delete'], { action_reason: 'replace_because_cannot_update' }, { replace_paths: [['engine']] })]));
    expect(plan.resources).toEqual([
      { address: 'aws_db_instance.main', type: 'aws_db_instance', action: 'replace', order: 'create-first', reasonCode: 'replace_because_cannot_update', replacePaths: ['engine'] },
    ]);
  });

  it('reads ["forget"] and ["create","forget"] as forget: the old object is left in place, not destroyed', async () => {
    const plan = await read('forget.json', tfPlan([tfChange('aws_s3_bucket.a', 'aws_s3_bucket', ['forget']), tfChange('aws_s3_bucket.b', 'aws_s3_bucket', ['create', 'forget'])]));
    expect(countsOf(plan.resources)).toEqual({ create: 0, update: 0, delete: 0, replace: 0, read: 0, 'no-op': 0, forget: 2 });
  });

  it('writes replace paths with indexes and keys that are not names', async () => {
    const plan = await read('paths.json', tfPlan([tfChange('aws_instance.web', 'aws_instance', ['delete', 'create'], {}, { replace_paths: [['ebs_block_device', 0, 'volume_size'], ['tags', 'Name tag'], ['ebs_block_device', 0, 'volume_size']] })]));
    expect(plan.resources[0]!.replacePaths).toEqual(['ebs_block_device[0].volume_size', 'tags["Name tag"]']);
  });

  it('keeps deposed objects, data sources and OpenTofu by its provider registry', async () => {
    const plan = await read('tofu.json', {
      format_version: '1.2',
      planned_values: {},
      resource_changes: [
        { ...tfChange('aws_db_instance.main', 'aws_db_instance', ['delete'], { deposed: '00a1b2c3' }), provider_name: 'registry.opentofu.org/hashicorp/aws' },
        { ...tfChange('data.aws_db_instance.main', 'aws_db_instance', ['read'], { mode: 'data', action_reason: 'read_because_config_unknown' }), provider_name: 'registry.opentofu.org/hashicorp/aws' },
      ],
    });
    expect(plan.tool).toBe('opentofu');
    expect(plan.toolVersion).toBeNull();
    expect(plan.resources).toEqual([
      { address: 'aws_db_instance.main', type: 'aws_db_instance', action: 'delete', deposed: '00a1b2c3' },
      { address: 'data.aws_db_instance.main', type: 'aws_db_instance', action: 'read', dataSource: true, reasonCode: 'read_because_config_unknown' },
    ]);
  });

  it('refuses an action list Terraform does not write, naming its JSON path', async () => {
    const err = await refusal('unknown.json', tfPlan([tfChange('aws_s3_bucket.a', 'aws_s3_bucket', ['create']), tfChange('aws_s3_bucket.b', 'aws_s3_bucket', ['delete', 'explode'])]));
    expect(err.message).toMatch(/^unknown\.json: Terraform plan JSON: resource_changes\[1\]\.change\.actions should be one of \["no-op"\], \["create"\]/);
    expect(err.hint).toMatch(/terraform show -json/);
  });

  it('refuses a format version from a future major release, and a plan Terraform says errored', async () => {
    expect((await refusal('v2.json', tfPlan([], { format_version: '2.0' }))).message).toMatch(/format_version should be a format version this gate reads \(0\.x or 1\.x\), but it is the string "2\.0"/);
    expect((await refusal('errored.json', tfPlan([], { errored: true }))).message).toMatch(/errored should be false: Terraform reports that planning failed/);
    const incomplete = await read('incomplete.json', tfPlan([], { complete: false }));
    expect(incomplete.notes).toEqual([expect.stringMatching(/incomplete: some changes are deferred/)]);
  });

  it('counts drift apart from the planned changes', async () => {
    const plan = await read('drift.json', tfPlan([tfChange('aws_s3_bucket.a', 'aws_s3_bucket', ['no-op'])], { resource_drift: [tfChange('aws_s3_bucket.a', 'aws_s3_bucket', ['delete'])] }));
    expect(plan.drift).toBe(1);
    expect(countsOf(plan.resources).delete).toBe(0);
  });
});

const urn = (type: string, name: string) => `urn:pulumi:prod::shop::${type}::${name}`;
const step = (op: string, type: string, name: string, extra: Record<string, unknown> = {}) => ({ op, urn: urn(type, name), ...extra });
const preview = (steps: unknown[], extra: Record<string, unknown> = {}) => ({ config: {}, steps, duration: 1, changeSummary: {}, ...extra });

describe('Pulumi shapes (constructed from the documented PreviewDigest)', () => {
  it('counts the three steps of one replacement once, in the order Pulumi runs them', async () => {
    const db = 'aws:rds/instance:Instance';
    const plan = await read('replace.json', preview([
      step('create-replacement', db, 'orders', { newState: { type: db }, replaceReasons: ['engine'] }),
      step('replace', db, 'orders', { replaceReasons: ['engine'] }),
      step('delete-replaced', db, 'orders', { oldState: { type: db } }),
      step('delete-replaced', db, 'users', { oldState: { type: db } }),
      step('replace', db, 'users'),
      step('create-replacement', db, 'users'),
    ]));
    expect(plan.resources).toEqual([
      { address: urn(db, 'orders'), type: db, action: 'replace', order: 'create-first', replacePaths: ['engine'] },
      { address: urn(db, 'users'), type: db, action: 'replace', order: 'delete-first' },
    ]);
  });

  it('keeps refresh steps as drift, discards as forget, and a retained delete as retained', async () => {
    const plan = await read('misc.json', preview([
      step('refresh', 'aws:s3/bucket:Bucket', 'a'),
      step('discard', 'aws:s3/bucket:Bucket', 'b'),
      step('delete', 'aws:s3/bucket:Bucket', 'c', { oldState: { type: 'aws:s3/bucket:Bucket', retainOnDelete: true } }),
    ]));
    expect(plan.drift).toBe(1);
    expect(plan.resources).toEqual([
      { address: urn('aws:s3/bucket:Bucket', 'b'), type: 'aws:s3/bucket:Bucket', action: 'forget' },
      { address: urn('aws:s3/bucket:Bucket', 'c'), type: 'aws:s3/bucket:Bucket', action: 'delete', retained: true },
    ]);
  });

  it('takes the type from the URN of a step without state, component parents dropped', async () => {
    const plan = await read('urn.json', preview([{ op: 'delete', urn: 'urn:pulumi:dev::app::my:index:Component$aws:sqs/queue:Queue::jobs' }]));
    expect(plan.resources[0]!.type).toBe('aws:sqs/queue:Queue');
  });

  it('refuses an unknown op and a preview whose diagnostics hold an error', async () => {
    expect((await refusal('op.json', preview([step('obliterate', 'aws:s3/bucket:Bucket', 'a')]))).message).toMatch(/^op\.json: Pulumi preview JSON: steps\[0\]\.op should be one of same, create/);
    const failed = await refusal('diag.json', preview([], { diagnostics: [{ message: 'error: could not read AWS credentials', severity: 'error' }] }));
    expect(failed.message).toMatch(/diagnostics\[0\]\.severity should be not "error": the preview failed \(error: could not read AWS credentials\)/);
    expect(failed.hint).toMatch(/pulumi preview --json/);
  });
});

const change = (action: string, id: string, type: string, extra: Record<string, unknown> = {}) => ({ Type: 'Resource', ResourceChange: { Action: action, LogicalResourceId: id, ResourceType: type, ...extra } });
const changeSet = (changes: unknown[], extra: Record<string, unknown> = {}) => ({ ChangeSetName: 'cs', ChangeSetId: 'arn:cs', StackName: 'shop', Status: 'CREATE_COMPLETE', Changes: changes, ...extra });

describe('CloudFormation shapes (constructed from the ResourceChange reference)', () => {
  it('reads Conditional as a possible replace, Retain and Snapshot policies, SyncWithActual as drift, Import and Dynamic', async () => {
    const plan = await read('cfn.json', changeSet([
      change('Modify', 'Db', 'AWS::RDS::DBInstance', { Replacement: 'Conditional', Details: [{ Target: { Attribute: 'Properties', Name: 'Engine', RequiresRecreation: 'Conditionally' } }, { Target: { Attribute: 'Properties', Name: 'Tags', RequiresRecreation: 'Never' } }] }),
      change('Remove', 'Logs', 'AWS::S3::Bucket', { PolicyAction: 'Retain' }),
      change('Remove', 'Volume', 'AWS::EC2::Volume', { PolicyAction: 'Snapshot' }),
      change('SyncWithActual', 'Queue', 'AWS::SQS::Queue'),
      change('Import', 'Table', 'AWS::DynamoDB::Table'),
      change('Dynamic', 'Fn', 'AWS::Lambda::Function'),
    ]));
    expect(plan.drift).toBe(1);
    expect(plan.resources).toEqual([
      { address: 'Db', type: 'AWS::RDS::DBInstance', action: 'replace', replacePaths: ['Engine'], conditional: true },
      { address: 'Logs', type: 'AWS::S3::Bucket', action: 'delete', retained: true },
      { address: 'Volume', type: 'AWS::EC2::Volume', action: 'delete', snapshot: true },
      { address: 'Table', type: 'AWS::DynamoDB::Table', action: 'create' },
      { address: 'Fn', type: 'AWS::Lambda::Function', action: 'update' },
    ]);
  });

  it('notes a nested stack whose changes are in a change set of their own', async () => {
    const plan = await read('nested.json', changeSet([change('Modify', 'Network', 'AWS::CloudFormation::Stack', { Replacement: 'False', ChangeSetId: 'arn:nested' })]));
    expect(plan.notes).toEqual(['Nested stack Network: its own resource changes are in a change set of their own; pass that change set too.']);
  });

  it('refuses one page of a paginated change set, a failed change set, and unknown actions or types', async () => {
    expect((await refusal('page.json', changeSet([], { NextToken: 'abc' }))).message).toMatch(/NextToken should be absent: this is only the first page/);
    expect((await refusal('failed.json', changeSet([], { Status: 'FAILED', StatusReason: 'Template format error' }))).message).toMatch(/Status should be a change set that was created \(its StatusReason: "Template format error"\)/);
    const empty = await read('nothing.json', changeSet([], { Status: 'FAILED', StatusReason: "The submitted information didn't contain changes. Submit different information to create a change set." }));
    expect(empty.resources).toEqual([]);
    expect((await refusal('action.json', changeSet([change('Obliterate', 'A', 'AWS::S3::Bucket')]))).message).toMatch(/Changes\[0\]\.ResourceChange\.Action should be one of Add, Import, Modify, Dynamic, Remove, SyncWithActual/);
    expect((await refusal('type.json', changeSet([{ Type: 'Hook', HookEvent: {} }]))).message).toMatch(/Changes\[0\]\.Type should be "Resource"/);
  });
});

describe('recognition', () => {
  it('goes by content, never by the file name', async () => {
    const pulumi = await read('plan.tfplan.json', fixtureText('pulumi/stratify-preview-deletes.json'));
    expect(pulumi.tool).toBe('pulumi');
    const cfn = await read('preview', fixtureText('cloudformation/localstack-stack-deletion-order-3-removes.changeset.json'));
    expect(cfn.tool).toBe('cloudformation');
  });
});

describe('broken plan files', () => {
  const snyk = readFileSync(join(PLANS_DIR, 'terraform/snyk-tf-plan-destroy.plan.json'));

  it('a plan cut short: the line where it ends, and that the step was interrupted', async () => {
    const err = await refusal('cut.json', snyk.subarray(0, Math.floor(snyk.length / 2)));
    expect(err.message).toMatch(/^cut\.json: not valid JSON at line \d+, column \d+: .*the file ends/);
    expect(err.hint).toMatch(/interrupted, or the artifact was cut/);
  });

  it('a wrong value inside a resource: its JSON path', async () => {
    const text = snyk.toString('utf8').replace(/"actions": \[\s*"delete"\s*\]/, '"actions": "delete"');
    expect(text).not.toBe(snyk.toString('utf8'));
    const err = await refusal('wrong.json', text);
    expect(err.message).toBe('wrong.json: Terraform plan JSON: resource_changes[0].change.actions should be an array, but it is the string "delete".');
  });

  it('empty, whitespace, console output, a directory, a missing file, and a file over the limit', async () => {
    expect((await refusal('empty.json', '')).message).toBe('empty.json: the plan is empty (0 bytes).');
    expect((await refusal('blank.json', ' \n\n')).message).toBe('blank.json: the plan is empty (only whitespace).');
    const console = await refusal('plan.txt', '\nTerraform used the selected providers to generate the following execution plan.\n');
    expect(console.message).toMatch(/^plan\.txt: not JSON: it starts with "Terraform used the selected providers.*"; this looks like the console output of a plan/);
    expect(console.hint).toMatch(/terraform show -json plan\.tfplan > plan\.json/);
    await expect(readPlan('.', scratch.dir)).rejects.toThrow(/^\.: is a directory, not a plan file\.$/);
    await expect(readPlan('nowhere.json', scratch.dir)).rejects.toThrow(/^nowhere\.json: plan file not found\.$/);
    expect((await refusal('big.json', snyk, 1000)).message).toBe(`big.json: the plan is ${snyk.length} bytes; at most 1000 are read.`);
  });
});

describe('large plans', () => {
  it('reads a plan of many megabytes element by element with the same result as its parts', async () => {
    // Size only: a real plan's resource_changes repeated (with distinct addresses) far past the 1 MiB read size.
    const doc = JSON.parse(fixtureText('terraform/borchero-7-create-hundreds.plan.json')) as { resource_changes: Array<{ address: string }> };
    const copies = 120;
    const many = Array.from({ length: copies }, (_, k) => doc.resource_changes.map((r) => ({ ...r, address: `module.copy${k}.${r.address}` }))).flat();
    const text = JSON.stringify({ ...doc, resource_changes: many });
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    const plan = await read('large.json', text);
    expect(plan.resources).toHaveLength(many.length);
    expect(plan.resources.map((r) => r.address)).toEqual(many.map((r) => r.address));
    expect(countsOf(plan.resources).create).toBe(many.length);
  });
});
