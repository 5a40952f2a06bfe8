/**
 * One place that turns what a reader found into a `Finding`, so every reader fills every field the
 * same way and optional fields are left out rather than set to `undefined` (the audit record is
 * compared byte for byte).
 */
import type { BaselineState, Finding, FindingLocation, Severity } from '../../../core/model.js';
import type { ReadContext } from '../reader.js';

export interface FindingParts {
  tool: string;
  rule: string;
  severity: Severity;
  nativeSeverity?: string | undefined;
  message: string;
  path?: string | undefined;
  startLine?: number | undefined;
  endLine?: number | undefined;
  fingerprint?: string | undefined;
  suppressed?: boolean;
  /** The suppression is a comment in the source, which a change can add itself. */
  suppressedInSource?: boolean;
  baselineState?: BaselineState;
  /** Where the rule is explained; kept only when it is an http(s) address. */
  helpUri?: string | undefined;
}

export function makeFinding(ctx: ReadContext, parts: FindingParts): Finding {
  const location: FindingLocation = {};
  if (nonEmpty(parts.path)) location.path = parts.path;
  if (parts.startLine !== undefined) location.startLine = parts.startLine;
  if (parts.endLine !== undefined) location.endLine = parts.endLine;
  const finding: Finding = {
    tool: parts.tool,
    rule: parts.rule,
    severity: parts.severity,
    message: parts.message,
    location,
    suppressed: parts.suppressed ?? false,
    baselineState: parts.baselineState ?? 'unknown',
    report: ctx.report,
  };
  if (nonEmpty(parts.nativeSeverity)) finding.nativeSeverity = parts.nativeSeverity;
  if (nonEmpty(parts.fingerprint)) finding.fingerprint = parts.fingerprint;
  if (finding.suppressed && parts.suppressedInSource) finding.suppressedInSource = true;
  const help = webAddress(parts.helpUri);
  if (help !== undefined) finding.helpUri = help;
  return finding;
}

/**
 * Addresses already read: a report of a million results names a few hundred rules, and each result
 * should share its rule's one string rather than hold a copy.
 */
const ADDRESSES = new Map<string, string | undefined>();
const ADDRESSES_KEPT = 4096;

/** An http(s) address as a browser would read it, or undefined: a report must not make a link to anything else. */
function webAddress(text: string | undefined): string | undefined {
  if (!nonEmpty(text) || text.length > 2048) return undefined;
  if (ADDRESSES.has(text)) return ADDRESSES.get(text);
  let address: string | undefined;
  try {
    const url = new URL(text.trim());
    address = url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    address = undefined;
  }
  if (ADDRESSES.size >= ADDRESSES_KEPT) ADDRESSES.clear();
  ADDRESSES.set(text, address);
  return address;
}

export function nonEmpty(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '';
}

/** The first non-empty string, for "use the name, else the message, else ..." chains. */
export function firstText(...candidates: Array<string | undefined>): string | undefined {
  return candidates.find(nonEmpty);
}

/** The first line of a long text, cut to a length a summary line can carry. */
export function headline(text: string | undefined, max = 160): string | undefined {
  if (!nonEmpty(text)) return undefined;
  const line = text.trim().split('\n', 1)[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Distinct non-empty names in order of first appearance, joined for `ReadResult.tool`. */
export function joinNames(names: Array<string | undefined>, fallback: string): string {
  const seen = [...new Set(names.filter(nonEmpty))];
  return seen.length > 0 ? seen.join(', ') : fallback;
}
