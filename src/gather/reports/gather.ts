/**
 * Reads the scanner reports (and baseline reports) the run was given. A pattern that matches nothing, or
 * a file that cannot be read as a report, is what `findings.missing` decides: a failing violation, a
 * warning, or nothing. Errors that are not about a report file are bugs and propagate.
 */
import { resolve } from 'node:path';
import { isInputError } from '../../core/errors.js';
import type { Violation } from '../../core/violation.js';
import type { Finding } from '../../core/model.js';
import type { Policy } from '../../core/policy/schema.js';
import { collectReports } from './collect.js';
import type { LoadedReport } from '../../core/findings/report.js';
import { readReport, type LoadContext } from './load.js';

export interface GatheredReports {
  reports: LoadedReport[];
  baselineReports: LoadedReport[];
  /** Every finding of the baseline reports, for `applyFindingsPolicy`'s `baseline`. */
  baseline: Finding[];
  violations: Violation[];
}

type Missing = Policy['findings']['missing'];
type Kind = 'report' | 'baseline';

const KIND_WORDS: Record<Kind, string> = { report: 'scanner report', baseline: 'baseline report' };

function levelFor(missing: Missing): Violation['level'] | undefined {
  return missing === 'fail' ? 'error' : missing === 'warn' ? 'warning' : undefined;
}

function missingViolation(pattern: string, kind: Kind, level: Violation['level']): Violation {
  return {
    rule: 'findings.report-missing',
    message: `No ${KIND_WORDS[kind]} matched ${JSON.stringify(pattern)}; expected a SARIF or other supported JSON report there.`,
    remediation:
      kind === 'report'
        ? 'Check that the scanner step ran before the gate and writes its report to this path (in CI, that the artifact was downloaded); or set findings.missing to warn or ignore.'
        : 'Produce the baseline reports from the base revision before the gate runs, or drop --baseline so report baseline states decide what is new.',
    level,
  };
}

function unreadableViolation(file: string, kind: Kind, message: string, hint: string | undefined, level: Violation['level']): Violation {
  // InputError messages start with the file name; say it once.
  const detail = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  return {
    rule: 'findings.report-unreadable',
    message: `The ${KIND_WORDS[kind]} ${file} could not be read: ${detail}`,
    remediation: hint ?? 'Re-run the scanner so it writes a complete SARIF 2.1.0 or other supported JSON report to this path.',
    level,
  };
}

async function gatherKind(
  patterns: string[],
  kind: Kind,
  cwd: string,
  ctx: LoadContext,
  level: Violation['level'] | undefined,
  seen: Set<string>,
  violations: Violation[],
): Promise<LoadedReport[]> {
  const reports: LoadedReport[] = [];
  for (const { pattern, files } of await collectReports(patterns, cwd)) {
    if (files.length === 0 && level !== undefined) violations.push(missingViolation(pattern, kind, level));
    for (const file of files) {
      // Two patterns naming one file would otherwise count its findings twice.
      const key = `${kind}\u0000${resolve(cwd, file)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        reports.push(await readReport(file, ctx, cwd));
      } catch (e) {
        if (!isInputError(e)) throw e;
        if (level !== undefined) violations.push(unreadableViolation(file, kind, e.message, e.hint, level));
      }
    }
  }
  return reports;
}

export async function gatherReports(
  patterns: string[],
  baselinePatterns: string[],
  cwd: string,
  policy: Pick<Policy, 'findings'>,
  ctx: Partial<LoadContext> = {},
): Promise<GatheredReports> {
  const load: LoadContext = { secretSeverity: policy.findings['secret-severity'], maxBytes: policy.findings['max-report-bytes'], ...ctx };
  const level = levelFor(policy.findings.missing);
  const violations: Violation[] = [];
  const seen = new Set<string>();
  const reports = await gatherKind(patterns, 'report', cwd, load, level, seen, violations);
  const baselineReports = await gatherKind(baselinePatterns, 'baseline', cwd, load, level, seen, violations);
  return { reports, baselineReports, baseline: baselineReports.flatMap((r) => r.findings), violations };
}
