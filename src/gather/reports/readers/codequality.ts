/**
 * GitLab Code Quality: a CodeClimate JSON array of issues. Lines sit in `location.lines.begin` or
 * `location.positions.begin.line`; linters that write the format directly (golangci-lint) omit
 * `check_name`, `engine_name` and `type`.
 */
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromCodeQuality } from '../severity.js';
import { firstObject, isObject, rootObjects, type Obj } from './json-path.js';
import { firstText, headline, joinNames, makeFinding } from './make-finding.js';

const FORMAT_NAME = 'Code Quality report';

function detect(doc: unknown): boolean {
  const first = firstObject(doc);
  return first !== undefined && typeof first.description === 'string' && isObject(first.location) && 'path' in first.location;
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  // CodeClimate's other entry type ("measurement") carries no problem; only issues count.
  const issues = rootObjects(doc, ctx.report, FORMAT_NAME).filter((i) => {
    const type = i.string('type');
    return type === undefined || type.toLowerCase() === 'issue';
  });
  const tool = joinNames(
    issues.map((i) => i.string('engine_name')),
    'codequality',
  );
  const findings = issues.map((issue) => {
    const location = issue.requiredObject('location');
    const lines = readLines(location);
    const description = issue.string('description');
    const native = issue.string('severity');
    const rule = firstText(issue.string('check_name'), issue.string('engine_name')) ?? 'unknown';
    return makeFinding(ctx, {
      tool: firstText(issue.string('engine_name')) ?? tool,
      rule,
      severity: fromCodeQuality(native),
      nativeSeverity: native,
      message: headline(description, 300) ?? rule,
      path: location.string('path'),
      ...lines,
      fingerprint: issue.string('fingerprint'),
    });
  });
  return { tool, findings };
}

function readLines(location: Obj): { startLine?: number; endLine?: number } {
  const lines = location.object('lines');
  if (lines) return { startLine: lines.line('begin'), endLine: lines.line('end') };
  const positions = location.object('positions');
  if (positions) {
    return { startLine: positions.object('begin')?.line('line'), endLine: positions.object('end')?.line('line') };
  }
  return {};
}

export const codeQualityReader: ReportReader = { format: 'codequality', detect, read };
