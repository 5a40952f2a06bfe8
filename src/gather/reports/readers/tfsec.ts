/**
 * tfsec JSON (`tfsec --format json`): `results[]` with `rule_id`, `severity`, `location`. `status` is
 * 0 failed, 1 passed (only with --include-passed, skipped here), 2 ignored by an inline comment.
 */
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { firstObject, isObject, Obj } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

const TOOL = 'tfsec';
const PASSED = 1;
const IGNORED = 2;

function detect(doc: unknown): boolean {
  if (!isObject(doc)) return false;
  const first = firstObject(doc.results);
  return first !== undefined && 'rule_id' in first && isObject(first.location) && 'filename' in first.location;
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const root = Obj.root(doc, ctx.report, 'tfsec JSON report');
  const findings = root
    .objects('results')
    .filter((r) => r.number('status') !== PASSED)
    .map((r) => {
      const rule = firstText(r.string('rule_id'), r.string('long_id')) ?? 'unknown';
      const location = r.object('location');
      const native = r.string('severity');
      return makeFinding(ctx, {
        tool: TOOL,
        rule,
        severity: fromWord(native),
        nativeSeverity: native,
        message: firstText(r.string('description'), r.string('rule_description')) ?? rule,
        path: location?.string('filename'),
        startLine: location?.line('start_line'),
        endLine: location?.line('end_line'),
        suppressed: r.number('status') === IGNORED,
        // tfsec ignores a result through a `tfsec:ignore` comment in the source.
        suppressedInSource: true,
      });
    });
  return { tool: TOOL, findings };
}

export const tfsecReader: ReportReader = { format: 'tfsec', detect, read };
