/**
 * Pulumi previews as `pulumi preview --json` writes them (the engine's PreviewDigest): `steps[]` with
 * `op`, `urn`, the old and new state, and `replaceReasons`. The CLI version is not in the document.
 * A preview whose diagnostics hold an error stopped early, so it cannot say everything the change does.
 */
import { isPulumiOp, PULUMI_OPS, pulumiResources, typeOfUrn, type PulumiStep } from '../../../core/plans/pulumi-ops.js';
import { isObject, Obj, type JsonObject, type JsonPath } from '../../reports/readers/json-path.js';
import { requiredString, type PlanFormat, type PlanReading } from '../format.js';

class PulumiReading implements PlanReading {
  private readonly steps: PulumiStep[] = [];

  element(_array: string, value: unknown, at: JsonPath): void {
    const o = new Obj(value, at);
    const op = requiredString(o, 'op', 'a step operation (a string)');
    if (!isPulumiOp(op)) o.at.key('op').fail(`one of ${PULUMI_OPS.join(', ')}`, op);
    const urn = requiredString(o, 'urn', 'the resource URN (a string)');
    const oldState = o.object('oldState');
    const type = o.object('newState')?.string('type') ?? oldState?.string('type') ?? typeOfUrn(urn);
    this.steps.push({ op, urn, type, replaceReasons: o.strings('replaceReasons'), retainOnDelete: oldState?.boolean('retainOnDelete') === true });
  }

  finish(root: Obj): ReturnType<PlanReading['finish']> {
    root.elements('steps');
    for (const d of root.objects('diagnostics')) {
      if (d.string('severity') === 'error') {
        d.at.key('severity').fail(`not "error": the preview failed (${(d.string('message') ?? '').trim().slice(0, 200)}), so it does not say everything the change will do`, 'error');
      }
    }
    const notes: string[] = [];
    if (root.boolean('maybeCorrupt') === true) notes.push('Pulumi marks this preview as possibly corrupt (maybeCorrupt): re-run the preview before trusting it.');
    const { resources, drift } = pulumiResources(this.steps);
    return { tool: 'pulumi', toolVersion: null, formatVersion: null, resources, drift, notes };
  }
}

export const pulumiPreview: PlanFormat = {
  name: 'Pulumi preview JSON',
  arrays: ['steps'],
  // A preview without changes may leave `steps` out; the summary and duration are always written.
  detect: (root: JsonObject) => isObject(root.changeSummary) && ('steps' in root || 'duration' in root),
  start: () => new PulumiReading(),
  produce: 'Write the preview with `pulumi preview --json > preview.json`.',
};
