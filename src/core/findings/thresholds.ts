/**
 * Limits on in-scope findings: `findings.max` per severity across every tool, and
 * `findings.tools.<tool>.max` per severity for one tool. Each exceeded limit is one violation.
 */
import type { Violation } from '../violation.js';
import type { Finding, Severity } from '../model.js';
import { SEVERITIES } from '../model.js';
import type { ToolPolicies } from './overrides.js';
import type { FindingsScope, NoveltySource, SeverityLimits } from './result.js';

export interface ThresholdOutcome {
  violations: Violation[];
  /** Whether a finding's severity is over a limit that applies to it. */
  isOver(finding: Finding): boolean;
}

function countOf(findings: readonly Finding[], severity: Severity): number {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n += 1;
  return n;
}

/**
 * "3 new high findings", "1 critical finding on lines this change adds", ... Without a baseline nothing
 * tells new from old: the findings are "in the report", and the words say so.
 */
function describeCount(n: number, severity: Severity, scope: FindingsScope, novelty: NoveltySource = 'baseline', tool?: string): string {
  const noun = n === 1 ? 'finding' : 'findings';
  const what = `${severity === 'unknown' ? `${noun} of unknown severity` : `${severity} ${noun}`}${tool === undefined ? '' : ` from ${tool}`}`;
  switch (scope) {
    case 'new':
      return novelty === 'none' ? `${n} ${what} in the reports (no baseline to tell new from old)` : `${n} new ${what}`;
    case 'changed-lines':
      return `${n} ${what} on lines this change adds`;
    case 'changed-files':
      return `${n} ${what} in files this change touches`;
    case 'all':
      return `${n} ${what}`;
  }
}

const REMEDIATION =
  'Fix them (they are listed under the findings over the threshold), or, for a finding that is accepted, add a waiver to findings.waivers with a reason, an owner and an expiry date.';

export function checkThresholds(inScope: readonly Finding[], limits: SeverityLimits, tools: ToolPolicies, scope: FindingsScope, novelty: NoveltySource = 'baseline'): ThresholdOutcome {
  const violations: Violation[] = [];
  const overSeverity = new Set<Severity>();
  const overTool = new Set<string>();

  for (const severity of SEVERITIES) {
    const max = limits[severity];
    const n = countOf(inScope, severity);
    if (max === undefined || n <= max) continue;
    overSeverity.add(severity);
    violations.push({ rule: 'findings.max', message: `${describeCount(n, severity, scope, novelty)}; the policy allows ${max}.`, remediation: REMEDIATION, level: 'error' });
  }

  for (const key of Object.keys(tools).sort()) {
    const max = tools[key]!.max;
    if (max === undefined) continue;
    const tool = key.toLowerCase();
    const own = inScope.filter((f) => f.tool.toLowerCase() === tool);
    for (const severity of SEVERITIES) {
      const limit = max[severity];
      const n = countOf(own, severity);
      if (limit === undefined || n <= limit) continue;
      overTool.add(`${tool}\u0000${severity}`);
      violations.push({
        rule: 'findings.tools.max',
        message: `${describeCount(n, severity, scope, novelty, key)}; the policy allows ${limit} (findings.tools.${key}.max.${severity}).`,
        remediation: REMEDIATION,
        level: 'error',
      });
    }
  }

  return {
    violations,
    isOver: (f) => overSeverity.has(f.severity) || overTool.has(`${f.tool.toLowerCase()}\u0000${f.severity}`),
  };
}
