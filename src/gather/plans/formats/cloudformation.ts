/**
 * AWS CloudFormation change sets as `aws cloudformation describe-change-set --output json` writes them:
 * `Changes[].ResourceChange` with `Action`, `Replacement`, `PolicyAction` and the `Details` that say
 * which property forces a replacement. The AWS CLI follows `NextToken` itself; a file that still has one
 * holds only the first page, and is refused rather than read as the whole change.
 */
import { CLOUDFORMATION_ACTIONS, CLOUDFORMATION_REPLACEMENTS, cloudFormationResource, isCloudFormationAction } from '../../../core/plans/cloudformation-changes.js';
import type { PlannedResource } from '../../../core/plans/types.js';
import { Obj, type JsonObject, type JsonPath } from '../../reports/readers/json-path.js';
import { requiredString, type PlanFormat, type PlanReading } from '../format.js';

/** What AWS says when a change set was created for a template that changes nothing. */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;

class CloudFormationReading implements PlanReading {
  private readonly resources: PlannedResource[] = [];
  private drift = 0;
  private readonly nested: string[] = [];

  element(_array: string, value: unknown, at: JsonPath): void {
    const o = new Obj(value, at);
    const type = o.string('Type') ?? 'Resource';
    if (type !== 'Resource') o.at.key('Type').fail('"Resource"', type);
    const rc = o.requiredObject('ResourceChange');
    const action = requiredString(rc, 'Action', 'a change action (a string)');
    if (!isCloudFormationAction(action)) rc.at.key('Action').fail(`one of ${CLOUDFORMATION_ACTIONS.join(', ')}`, action);
    const replacement = rc.string('Replacement');
    if (replacement !== undefined && !CLOUDFORMATION_REPLACEMENTS.includes(replacement)) rc.at.key('Replacement').fail(`one of ${CLOUDFORMATION_REPLACEMENTS.join(', ')}`, replacement);
    const recreation = rc.objects('Details').flatMap((d) => {
      const target = d.object('Target');
      const requires = target?.string('RequiresRecreation');
      const name = target?.string('Name') ?? target?.string('Attribute');
      return requires && name ? [{ name, requires }] : [];
    });
    const logicalId = requiredString(rc, 'LogicalResourceId', 'the logical resource id (a string)');
    const resourceType = requiredString(rc, 'ResourceType', 'the resource type (a string)');
    const read = cloudFormationResource({ action, logicalId, type: resourceType, replacement, policyAction: rc.string('PolicyAction'), recreation });
    if (read === 'drift') this.drift += 1;
    else this.resources.push(read);
    if (resourceType === 'AWS::CloudFormation::Stack' && rc.string('ChangeSetId')) this.nested.push(logicalId);
  }

  finish(root: Obj): ReturnType<PlanReading['finish']> {
    root.elements('Changes');
    const next = root.string('NextToken');
    if (next) root.at.key('NextToken').fail('absent: this is only the first page of the change set (let the AWS CLI fetch every page, or follow NextToken and merge the Changes)', next);
    if (root.string('Status') === 'FAILED' && !NO_CHANGES.test(root.string('StatusReason') ?? '')) {
      root.at.key('Status').fail(`a change set that was created (its StatusReason: ${JSON.stringify(root.string('StatusReason') ?? '')})`, 'FAILED');
    }
    const notes = this.nested.map((id) => `Nested stack ${id}: its own resource changes are in a change set of their own; pass that change set too.`);
    return { tool: 'cloudformation', toolVersion: null, formatVersion: null, resources: this.resources, drift: this.drift, notes };
  }
}

export const cloudFormationChangeSet: PlanFormat = {
  name: 'CloudFormation change set',
  arrays: ['Changes'],
  detect: (root: JsonObject) => ('ChangeSetId' in root || 'ChangeSetName' in root) && ('Changes' in root || 'Status' in root),
  start: () => new CloudFormationReading(),
  produce: 'Write the change set with `aws cloudformation describe-change-set --change-set-name NAME --stack-name STACK --output json > changeset.json`.',
};
