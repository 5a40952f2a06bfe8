/**
 * OSV-Scanner JSON (`osv-scanner --format json`): `results[]` per scanned source, `packages[]` per
 * package, and `groups[]` that merge a vulnerability with its aliases — one finding per group, as
 * osv-scanner counts them. `max_severity` is a CVSS score as a string, or "" when unknown.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromScore } from '../severity.js';
import { firstObject, isObject, Obj } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

const TOOL = 'osv-scanner';

function detect(doc: unknown): boolean {
  if (!isObject(doc) || 'runs' in doc) return false;
  const first = firstObject(doc.results);
  return first !== undefined && 'packages' in first && isObject(first.source);
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const root = Obj.root(doc, ctx.report, 'OSV-Scanner JSON report');
  const findings = root.requiredObjects('results').flatMap((result) => {
    const path = result.object('source')?.string('path');
    return result.objects('packages').flatMap((p) => readPackage(p, path, ctx));
  });
  return { tool: TOOL, findings };
}

function readPackage(entry: Obj, path: string | undefined, ctx: ReadContext): Finding[] {
  const pkg = entry.object('package');
  const name = pkg?.string('name') ?? '';
  const version = pkg?.string('version') ?? '';
  const summaries = new Map<string, string | undefined>();
  for (const v of entry.objects('vulnerabilities')) {
    const id = v.string('id');
    if (id !== undefined) summaries.set(id, v.string('summary'));
  }
  const groups = entry.objects('groups');
  // Reports from before grouping list the vulnerabilities alone.
  const keys: Array<{ ids: string[]; score: string | undefined }> =
    groups.length > 0
      ? groups.map((g) => ({ ids: g.strings('ids'), score: g.string('max_severity') }))
      : [...summaries.keys()].map((id) => ({ ids: [id], score: undefined }));
  return keys.map(({ ids, score }) => {
    const id = ids[0] ?? 'unknown';
    const summary = ids.map((i) => summaries.get(i)).find((s) => s !== undefined && s !== '');
    const numeric = firstText(score) !== undefined ? Number(score) : NaN;
    return makeFinding(ctx, {
      tool: TOOL,
      rule: id,
      severity: Number.isFinite(numeric) ? fromScore(numeric) : 'unknown',
      nativeSeverity: firstText(score),
      message: `${id} in ${name} ${version}${summary ? `: ${summary}` : ''}`,
      path,
      fingerprint: [id, name, version, path ?? ''].join(':'),
    });
  });
}

export const osvScannerReader: ReportReader = { format: 'osv-scanner', detect, read };
