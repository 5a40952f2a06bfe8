/**
 * Grype JSON (`grype -o json`): `matches[]` of vulnerability × artifact. Matches silenced by ignore
 * rules are listed apart in `ignoredMatches[]` and read as suppressed.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { firstObject, isObject, Obj } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

function detect(doc: unknown): boolean {
  if (!isObject(doc) || !('matches' in doc)) return false;
  if (isObject(doc.descriptor) || isObject(doc.source)) return true;
  const first = firstObject(doc.matches);
  return first !== undefined && isObject(first.vulnerability) && isObject(first.artifact);
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const root = Obj.root(doc, ctx.report, 'Grype JSON report');
  const tool = firstText(root.object('descriptor')?.string('name')) ?? 'grype';
  const findings = [
    ...root.requiredObjects('matches').map((m) => readMatch(m, tool, false, ctx)),
    ...root.objects('ignoredMatches').map((m) => readMatch(m, tool, true, ctx)),
  ];
  return { tool, findings };
}

function readMatch(match: Obj, tool: string, suppressed: boolean, ctx: ReadContext): Finding {
  const vulnerability = match.requiredObject('vulnerability');
  const artifact = match.requiredObject('artifact');
  const id = vulnerability.string('id') ?? 'unknown';
  const name = artifact.string('name') ?? '';
  const version = artifact.string('version') ?? '';
  const path = artifact.objects('locations')[0]?.string('path');
  const native = vulnerability.string('severity');
  const fixes = vulnerability.object('fix')?.strings('versions') ?? [];
  return makeFinding(ctx, {
    tool,
    rule: id,
    severity: fromWord(native),
    nativeSeverity: native,
    message: `${id} in ${name} ${version}${fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ''}`,
    path,
    fingerprint: [id, name, version, path ?? ''].join(':'),
    suppressed,
  });
}

export const grypeReader: ReportReader = { format: 'grype', detect, read };
