/** KICS JSON (`kics scan --report-formats json`): `queries[]`, each with the `files[]` it matched. */
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { isObject, Obj } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

const TOOL = 'KICS';

function detect(doc: unknown): boolean {
  return isObject(doc) && 'queries' in doc && ['kics_version', 'severity_counters', 'queries_total', 'total_counter'].some((k) => k in doc);
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const root = Obj.root(doc, ctx.report, 'KICS JSON report');
  const findings = root.requiredObjects('queries').flatMap((query) => {
    const rule = firstText(query.string('query_id'), query.string('query_name')) ?? 'unknown';
    const name = firstText(query.string('query_name'), rule)!;
    const native = query.string('severity');
    return query.objects('files').map((hit) => {
      const expected = firstText(hit.string('expected_value'));
      return makeFinding(ctx, {
        tool: TOOL,
        rule,
        severity: fromWord(native),
        nativeSeverity: native,
        message: expected ? `${name}: ${expected}` : name,
        path: hit.string('file_name'),
        startLine: hit.line('line'),
        fingerprint: hit.string('similarity_id'),
      });
    });
  });
  return { tool: TOOL, findings };
}

export const kicsReader: ReportReader = { format: 'kics', detect, read };
