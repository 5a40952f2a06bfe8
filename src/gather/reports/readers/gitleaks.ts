/**
 * Gitleaks JSON: a top-level array of leaks, with v8 keys (`RuleID`, `File`, `StartLine`,
 * `Fingerprint`, ...) or v7 keys (`rule`, `file`, `lineNumber`, `offender`, `commit`, ...).
 * Gitleaks gives no severity: every leak takes the policy's secret severity. The leaked value
 * (`Secret`, `Match`, `offender`, `line`) is never read into a finding, so the gate cannot re-publish it.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { firstObject, rootObjects, type Obj } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

const TOOL = 'gitleaks';
const FORMAT_NAME = 'Gitleaks JSON report';

const isV8 = (leak: { [key: string]: unknown }): boolean => 'RuleID' in leak;
const isV7 = (leak: { [key: string]: unknown }): boolean => 'rule' in leak && ('offender' in leak || 'lineNumber' in leak);

function detect(doc: unknown): boolean {
  const first = firstObject(doc);
  return first !== undefined && (isV8(first) || isV7(first));
}

function read(doc: unknown, ctx: ReadContext): ReadResult {
  const findings = rootObjects(doc, ctx.report, FORMAT_NAME).map((leak) => {
    if (isV8(leak.value)) return readV8(leak, ctx);
    if (isV7(leak.value)) return readV7(leak, ctx);
    return leak.at.fail('a Gitleaks finding (with RuleID, or rule and offender)', leak.value);
  });
  return { tool: TOOL, findings };
}

function readV8(leak: Obj, ctx: ReadContext): Finding {
  const rule = leak.string('RuleID') ?? 'unknown';
  const file = leak.string('File');
  const startLine = leak.line('StartLine');
  const commit = realCommit(leak.string('Commit'));
  return makeFinding(ctx, {
    tool: TOOL,
    rule,
    severity: ctx.secretSeverity,
    message: describeLeak(rule, leak.string('Description'), file, startLine, commit),
    path: file,
    startLine,
    endLine: leak.line('EndLine'),
    // Gitleaks' own fingerprint recipe, for reports written before it had the field.
    fingerprint: firstText(leak.string('Fingerprint')) ?? [commit, file, rule, startLine].filter((p) => p !== undefined && p !== '').join(':'),
  });
}

function readV7(leak: Obj, ctx: ReadContext): Finding {
  const rule = leak.string('rule') ?? 'unknown';
  const file = leak.string('file');
  const line = leak.line('lineNumber');
  const commit = realCommit(leak.string('commit'));
  return makeFinding(ctx, {
    tool: TOOL,
    rule,
    severity: ctx.secretSeverity,
    message: describeLeak(rule, undefined, file, line, commit),
    path: file,
    startLine: line,
    fingerprint: [commit, file, rule, line].filter((p) => p !== undefined && p !== '').join(':'),
  });
}

/** `--no-git` scans write no commit, or a run of zeros. */
function realCommit(commit: string | undefined): string | undefined {
  return commit !== undefined && /^[0-9a-f]{7,}$/i.test(commit) && !/^0+$/.test(commit) ? commit : undefined;
}

/** Which rule matched where — and nothing of what matched. */
function describeLeak(rule: string, description: string | undefined, file?: string, line?: number, commit?: string): string {
  const what = description && description !== rule ? description : 'Secret';
  const where = file ? ` in ${file}${line ? ` line ${line}` : ''}` : '';
  const when = commit ? ` (commit ${commit.slice(0, 12)})` : '';
  return `${what} matched rule ${rule}${where}${when}`;
}

export const gitleaksReader: ReportReader = { format: 'gitleaks', detect, read };
