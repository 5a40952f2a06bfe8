/**
 * Waivers (`findings.waivers`): accepted findings, each with a reason, an owner and a last day. A waiver
 * matches a finding when every matcher it gives matches; one that gives none matches nothing, since
 * a waiver of everything would switch the findings gate off unnoticed.
 */
import type { Violation } from '../violation.js';
import type { Finding } from '../model.js';
import { globMatcher } from '../paths/glob.js';
import type { Waiver } from '../policy/schema.js';
import type { WaiverStatus } from './result.js';

/** Waivers this close to their last day are listed in the summary so the owner can act in time. */
export const EXPIRING_SOON_DAYS = 14;

const DAY_MS = 86_400_000;

function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from today (UTC) to `expires`: 0 on the last day it applies, -1 the day after. */
export function daysLeft(expires: string, now: Date): number {
  return Math.round((Date.parse(`${expires}T00:00:00Z`) - Date.parse(`${utcDay(now)}T00:00:00Z`)) / DAY_MS);
}

export function isExpired(waiver: Waiver, now: Date): boolean {
  return daysLeft(waiver.expires, now) < 0;
}

export function hasMatcher(waiver: Waiver): boolean {
  return waiver.rule !== undefined || waiver.fingerprint !== undefined || waiver.path !== undefined || waiver.tool !== undefined;
}

/** `path` is the finding's repository-relative path. */
export function waiverMatches(waiver: Waiver, finding: Finding, path: string | undefined): boolean {
  if (!hasMatcher(waiver)) return false;
  if (waiver.rule !== undefined && waiver.rule !== finding.rule) return false;
  if (waiver.fingerprint !== undefined && waiver.fingerprint !== finding.fingerprint) return false;
  if (waiver.tool !== undefined && waiver.tool.toLowerCase() !== finding.tool.toLowerCase()) return false;
  if (waiver.path !== undefined && (path === undefined || !globMatcher([waiver.path])(path))) return false;
  return true;
}

export function waiverStatus(waiver: Waiver, index: number, now: Date, matched: number): WaiverStatus {
  const status: WaiverStatus = { index, reason: waiver.reason, owner: waiver.owner, expires: waiver.expires, daysLeft: daysLeft(waiver.expires, now), matched };
  if (waiver.rule !== undefined) status.rule = waiver.rule;
  if (waiver.fingerprint !== undefined) status.fingerprint = waiver.fingerprint;
  if (waiver.path !== undefined) status.path = waiver.path;
  if (waiver.tool !== undefined) status.tool = waiver.tool;
  return status;
}

/** "findings.waivers[2] (rule js/sql-injection, path src/db/**)": enough to find it in the policy file. */
function describeWaiver(w: WaiverStatus): string {
  const parts: string[] = [];
  if (w.rule !== undefined) parts.push(`rule ${w.rule}`);
  if (w.tool !== undefined) parts.push(`tool ${w.tool}`);
  if (w.path !== undefined) parts.push(`path ${w.path}`);
  if (w.fingerprint !== undefined) parts.push(`fingerprint ${w.fingerprint}`);
  return `findings.waivers[${w.index}]${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function expiredViolation(w: WaiverStatus): Violation {
  const covered = w.matched > 0 ? ` The ${plural(w.matched, 'finding')} it covered count again.` : '';
  return {
    rule: 'findings.waiver-expired',
    message: `The waiver ${describeWaiver(w)} owned by ${w.owner} expired on ${w.expires}.${covered}`,
    remediation: `Fix what it covered and remove the waiver, or, if the exception still holds, have ${w.owner} renew it with a later expires date.`,
    level: 'warning',
  };
}

export function unusedViolation(w: WaiverStatus): Violation {
  const why = w.rule === undefined && w.fingerprint === undefined && w.path === undefined && w.tool === undefined
    ? 'names no rule, fingerprint, path or tool, so it matches nothing'
    : 'matched no finding in the reports read';
  return {
    rule: 'findings.waiver-unused',
    message: `The waiver ${describeWaiver(w)} owned by ${w.owner} ${why}.`,
    remediation: 'If the finding it covered is fixed, remove it from the policy; otherwise correct its rule, tool, path or fingerprint to match the report.',
    level: 'warning',
  };
}

const SAMPLE_PATHS = ['a', 'src/app.ts', 'deep/nested/dir/file.go', '.github/workflows/ci.yml'];

/**
 * A waiver that names no rule and no fingerprint, and whose path (if any) matches every path, waives
 * every finding (of its tool, if it names one): the findings gate is switched off under a waiver's name.
 */
export function waivesEverything(waiver: Waiver): boolean {
  if (!hasMatcher(waiver) || waiver.rule !== undefined || waiver.fingerprint !== undefined) return false;
  if (waiver.path === undefined) return true;
  const matches = globMatcher([waiver.path]);
  return SAMPLE_PATHS.every((p) => matches(p));
}

export function tooBroadViolation(w: WaiverStatus): Violation {
  const of = w.tool !== undefined ? ` of ${w.tool}` : '';
  return {
    rule: 'findings.waiver-too-broad',
    message: `The waiver ${describeWaiver(w)} owned by ${w.owner} matches every finding${of} until ${w.expires}: it switches the findings limits off rather than accepting a known finding.`,
    remediation: 'Narrow the waiver to the rule, path or fingerprint of the finding it accepts.',
    level: 'warning',
  };
}

export function tooLongViolation(w: WaiverStatus, horizonDays: number): Violation {
  return {
    rule: 'findings.waiver-too-long',
    message: `The waiver ${describeWaiver(w)} owned by ${w.owner} runs until ${w.expires}, ${w.daysLeft} days from now: longer than the policy's horizon of ${horizonDays} days.`,
    remediation: `Set an expires date within ${horizonDays} days and renew it when it comes due, or raise findings.waiver-horizon-days in the policy.`,
    level: 'warning',
  };
}
