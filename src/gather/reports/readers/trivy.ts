/**
 * Trivy JSON: the current layout (`SchemaVersion: 2`, `Results[]`) and the pre-0.20 top-level array of
 * `{ Target, Vulnerabilities }`. Vulnerabilities, failed misconfigurations and secrets become findings;
 * passed or excepted misconfiguration checks and license entries do not.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { firstObject, isObject, Obj, rootObjects } from './json-path.js';
import { firstText, makeFinding } from './make-finding.js';

const TOOL = 'Trivy';

function detectCurrent(doc: unknown): boolean {
  return isObject(doc) && 'SchemaVersion' in doc && ('Results' in doc || 'ArtifactName' in doc);
}

function detectLegacy(doc: unknown): boolean {
  const first = firstObject(doc);
  return first !== undefined && typeof first.Target === 'string' && ('Vulnerabilities' in first || 'Type' in first);
}

function readCurrent(doc: unknown, ctx: ReadContext): ReadResult {
  const root = Obj.root(doc, ctx.report, 'Trivy JSON report');
  return { tool: TOOL, findings: root.objects('Results').flatMap((r) => readResult(r, ctx)) };
}

function readLegacy(doc: unknown, ctx: ReadContext): ReadResult {
  return { tool: TOOL, findings: rootObjects(doc, ctx.report, 'Trivy JSON report (legacy array)').flatMap((r) => readResult(r, ctx)) };
}

function readResult(result: Obj, ctx: ReadContext): Finding[] {
  const target = result.string('Target') ?? '';
  return [
    ...result.objects('Vulnerabilities').map((v) => readVulnerability(v, target, ctx)),
    ...result
      .objects('Misconfigurations')
      // Older Trivy releases listed only failures and wrote no Status.
      .filter((m) => (m.string('Status') ?? 'FAIL') === 'FAIL')
      .map((m) => readMisconfiguration(m, target, ctx)),
    ...result.objects('Secrets').map((s) => readSecret(s, target, ctx)),
  ];
}

function readVulnerability(v: Obj, target: string, ctx: ReadContext): Finding {
  const id = v.string('VulnerabilityID') ?? 'unknown';
  const pkg = v.string('PkgName') ?? '';
  const installed = v.string('InstalledVersion') ?? '';
  const title = firstText(v.string('Title'), id)!;
  const fixed = v.string('FixedVersion');
  const native = v.string('Severity');
  return makeFinding(ctx, {
    tool: TOOL,
    rule: id,
    severity: fromWord(native),
    nativeSeverity: native,
    message: `${id} in ${pkg} ${installed}${title === id ? '' : `: ${title}`}${fixed ? ` (fixed in ${fixed})` : ''}`,
    path: target,
    fingerprint: [id, pkg, installed, target].join(':'),
    helpUri: v.string('PrimaryURL'),
  });
}

function readMisconfiguration(m: Obj, target: string, ctx: ReadContext): Finding {
  const id = firstText(m.string('AVDID'), m.string('ID')) ?? 'unknown';
  const cause = m.object('CauseMetadata');
  const startLine = cause?.line('StartLine');
  const native = m.string('Severity');
  const title = m.string('Title');
  const detail = m.string('Message');
  return makeFinding(ctx, {
    tool: TOOL,
    rule: id,
    severity: fromWord(native),
    nativeSeverity: native,
    message: [title, detail].filter((s) => s !== undefined && s !== '').join(': ') || id,
    path: target,
    startLine,
    endLine: cause?.line('EndLine'),
    fingerprint: [id, target, cause?.string('Resource') ?? startLine ?? ''].join(':'),
    helpUri: m.string('PrimaryURL'),
  });
}

/** The secret itself (`Match`, `Code`) is never copied: a gate must not re-publish it. */
function readSecret(s: Obj, target: string, ctx: ReadContext): Finding {
  const rule = s.string('RuleID') ?? 'unknown';
  const native = s.string('Severity');
  const startLine = s.line('StartLine');
  return makeFinding(ctx, {
    tool: TOOL,
    rule,
    severity: native === undefined ? ctx.secretSeverity : fromWord(native),
    nativeSeverity: native,
    message: `${firstText(s.string('Title'), rule)} found in ${target}${startLine ? ` line ${startLine}` : ''}`,
    path: target,
    startLine,
    endLine: s.line('EndLine'),
    fingerprint: [rule, target, startLine ?? ''].join(':'),
  });
}

export const trivyReader: ReportReader = { format: 'trivy', detect: detectCurrent, read: readCurrent };
export const trivyLegacyReader: ReportReader = { format: 'trivy-legacy', detect: detectLegacy, read: readLegacy };
