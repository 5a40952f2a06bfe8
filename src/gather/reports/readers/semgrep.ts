/**
 * Semgrep's own JSON (`semgrep --json`). Findings silenced with `nosemgrep` stay in the report with
 * `extra.is_ignored: true` when `--disable-nosem` is given; they are read as suppressed.
 */
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromSemgrep } from '../severity.js';
import { firstObject, isObject, Obj } from './json-path.js';
import { makeFinding } from './make-finding.js';

const TOOL = 'semgrep';

/** What Semgrep OSS writes instead of a fingerprint when not logged in: not an id. */
const NO_FINGERPRINT = 'requires login';

function detect(doc: unknown): boolean {
  if (!isObject(doc) || 'runs' in doc || !Array.isArray(doc.results)) return false;
  const first = firstObject(doc.results);
  if (first !== undefined) return 'check_id' in first;
  return doc.results.length === 0 && 'errors' in doc && 'paths' in doc;
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const root = Obj.root(doc, ctx.report, 'Semgrep JSON report');
  const findings = root.requiredObjects('results').map((r) => {
    const extra = r.object('extra');
    const rule = r.string('check_id') ?? 'unknown';
    const native = extra?.string('severity');
    const fingerprint = extra?.string('fingerprint');
    return makeFinding(ctx, {
      tool: TOOL,
      rule,
      severity: fromSemgrep(native),
      nativeSeverity: native,
      message: extra?.string('message') ?? rule,
      path: r.string('path'),
      startLine: r.object('start')?.line('line'),
      endLine: r.object('end')?.line('line'),
      fingerprint: fingerprint === NO_FINGERPRINT ? undefined : fingerprint,
      suppressed: extra?.boolean('is_ignored') === true,
      // nosemgrep comments are the only way Semgrep ignores a single result.
      suppressedInSource: true,
    });
  });
  return { tool: TOOL, findings };
}

export const semgrepReader: ReportReader = { format: 'semgrep', detect, read };
