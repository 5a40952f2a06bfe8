/**
 * The Code Quality report (CodeClimate issue format, as GitLab reads it) that puts the gate's results
 * in the merge request widget and beside the diff: violations, risky files, and scanner findings over
 * the policy's thresholds. Fingerprints hash only what identifies an issue, never
 * counts or scores, so GitLab can tell new issues from ones the target branch already had.
 */
import { createHash } from 'node:crypto';
import type { Evaluation, PolicyInfo } from '../../core/evaluation.js';
import type { Severity } from '../../core/model.js';
import type { ListedFinding } from '../../core/findings/result.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  engine_name: string;
  check_name: string;
  description: string;
  categories: string[];
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const ENGINE = 'ai-governance-gate';
const DEFAULT_POLICY_PATH = '.ai-governance.yml';

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

function cleanPath(path: string): string {
  return path.replace(/^file:\/\//, '').replace(/^\.\//, '');
}

function issue(check: string, description: string, category: string, severity: CodeQualitySeverity, path: string, line: number, key: string[]): CodeQualityIssue {
  return {
    type: 'issue',
    engine_name: ENGINE,
    check_name: check,
    description,
    categories: [category],
    fingerprint: fingerprint(check, ...key),
    severity,
    location: { path: cleanPath(path), lines: { begin: Math.max(1, Math.floor(line)) } },
  };
}

/**
 * Violations concern the whole change, not a line; they are placed on the policy file, where the rule
 * that produced them is written.
 */
export function violationIssues(evaluation: Evaluation, policyInfo: PolicyInfo): CodeQualityIssue[] {
  const path = policyInfo.path ?? DEFAULT_POLICY_PATH;
  const seen = new Map<string, number>();
  return evaluation.violations.map((v) => {
    const severity: CodeQualitySeverity = v.level === 'warning' ? 'minor' : evaluation.mode === 'enforce' ? 'blocker' : 'major';
    // A rule can be broken more than once (one approval rule per set of approvers); messages carry
    // numbers that change between pipelines, so the occurrence keeps fingerprints apart instead.
    const nth = (seen.get(v.rule) ?? 0) + 1;
    seen.set(v.rule, nth);
    return issue(`ai-governance/${v.rule}`, `${v.message} What to do: ${v.remediation}`, 'Bug Risk', severity, path, 1, [v.rule, String(nth)]);
  });
}

function pointsSeverity(points: number): CodeQualitySeverity {
  return points >= 25 ? 'major' : points >= 10 ? 'minor' : 'info';
}

/** One issue per file a risk factor names, and one per destructive operation (irreversible ones are critical). */
export function riskIssues(evaluation: Evaluation): CodeQualityIssue[] {
  const out: CodeQualityIssue[] = [];
  const destructivePaths = new Set(evaluation.risk.destructive.map((d) => d.path));
  for (const f of evaluation.risk.factors) {
    if (f.points <= 0) continue;
    for (const file of f.files) {
      // The operation itself says more than the factor's summary.
      if (f.id === 'destructive' && destructivePaths.has(file)) continue;
      out.push(issue(`ai-governance/risk/${f.id}`, `Risk factor ${f.id} (+${f.points} points): ${f.detail}`, 'Bug Risk', pointsSeverity(f.points), file, 1, [file]));
    }
  }
  for (const d of evaluation.risk.destructive) {
    const description = `Destructive change (${d.kind}): ${d.detail}${d.reversible ? '' : ' Reverting the change does not undo it.'}`;
    out.push(issue(`ai-governance/destructive/${d.kind}`, description, 'Bug Risk', d.reversible ? 'major' : 'critical', d.path, 1, [d.path, d.detail]));
  }
  return out;
}

const FINDING_SEVERITY: Record<Severity, CodeQualitySeverity> = {
  critical: 'blocker',
  high: 'critical',
  medium: 'major',
  low: 'minor',
  info: 'info',
  unknown: 'info',
};

/** A scanner finding as the findings result lists it (those over the policy's thresholds). */
export type CodeQualityFinding = Omit<ListedFinding, 'state'>;

/** Scanner findings; one without a file is placed on `fallbackPath` (the policy file that set its limit). */
export function findingIssues(findings: CodeQualityFinding[], fallbackPath = DEFAULT_POLICY_PATH): CodeQualityIssue[] {
  return findings.map((f) => {
    const path = f.path ?? fallbackPath;
    const key = f.fingerprint ? [f.tool, f.fingerprint] : [f.tool, f.rule, path, String(f.line ?? 0), f.message];
    return issue(`${f.tool}/${f.rule}`, `${f.tool}: ${f.message}`, 'Security', FINDING_SEVERITY[f.severity], path, f.line ?? 1, key);
  });
}

/** The report file's text: unique fingerprints, stable order. */
export function codeQualityReport(...groups: CodeQualityIssue[][]): string {
  const seen = new Set<string>();
  const issues = groups.flat().filter((i) => (seen.has(i.fingerprint) ? false : (seen.add(i.fingerprint), true)));
  return JSON.stringify(issues, null, 2) + '\n';
}
