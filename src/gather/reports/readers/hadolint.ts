/** Hadolint JSON (`hadolint -f json`): a top-level array of `{ file, line, column, code, level, message }`. */
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { firstObject, rootObjects } from './json-path.js';
import { makeFinding } from './make-finding.js';

const TOOL = 'hadolint';

function detect(doc: unknown): boolean {
  const first = firstObject(doc);
  return first !== undefined && 'code' in first && 'level' in first && 'file' in first && 'line' in first;
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const findings = rootObjects(doc, ctx.report, 'Hadolint JSON report').map((hit) => {
    const rule = hit.string('code') ?? 'unknown';
    const native = hit.string('level');
    return makeFinding(ctx, {
      tool: TOOL,
      rule,
      severity: fromWord(native),
      nativeSeverity: native,
      message: hit.string('message') ?? rule,
      path: hit.string('file'),
      startLine: hit.line('line'),
    });
  });
  return { tool: TOOL, findings };
}

export const hadolintReader: ReportReader = { format: 'hadolint', detect, read };
