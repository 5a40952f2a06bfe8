/**
 * Limits on in-scope findings: `findings.max` per severity across every tool, and
 * `findings.tools.<tool>.max` per severity for one tool. Each exceeded limit is one violation.
 */
import type { Violation } from '../violation.js';
import type { Finding, Severity } from '../model.js';
import { SEVERITIES } from '../model.js';
import type { ToolPolicies } from './overrides.js';
import { zeroCounts, type FindingsScope, type NoveltySource, type SeverityCounts, type SeverityLimits } from './result.js';

export interface ThresholdOutcome {
  violations: Violation[];
  /** Whether a finding's severity is over a limit that applies to it. */
  isOver(finding: Finding): boolean;
}

/**
 * In-scope findings counted per severity, over every tool and per tool the policy limits (by its
 * lower-cased name), in one pass: the findings of a large report are walked once, not once per severity.
 */
function countFindings(inScope: Iterable<Finding>, limitedTools: ReadonlySet<string>): { all: SeverityCounts; byTool: Map<string, SeverityCounts> } {
  const all = zeroCounts();
  const byTool = new Map<string, SeverityCounts>();
  for (const tool of limitedTools) byTool.set(tool, zeroCounts());
  // A report repeats one tool name a million times: each distinct name is lower-cased once.
  const lowered = new Map<string, SeverityCounts | undefined>();
  for (const f of inScope) {
    all[f.severity] += 1;
    if (byTool.size === 0) continue;
    let own = lowered.get(f.tool);
    if (own === undefined && !lowered.has(f.tool)) lowered.set(f.tool, (own = byTool.get(f.tool.toLowerCase())));
    if (own !== undefined) own[f.severity] += 1;
  }
  return { all, byTool };
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

export function checkThresholds(inScope: Iterable<Finding>, limits: SeverityLimits, tools: ToolPolicies, scope: FindingsScope, novelty: NoveltySource = 'baseline'): ThresholdOutcome {
  const violations: Violation[] = [];
  const overSeverity = new Set<Severity>();
  const overTool = new Set<string>();
  const limited = Object.keys(tools)
    .sort()
    .filter((key) => tools[key]!.max !== undefined);
  const counts = countFindings(inScope, new Set(limited.map((key) => key.toLowerCase())));

  for (const severity of SEVERITIES) {
    const max = limits[severity];
    const n = counts.all[severity];
    if (max === undefined || n <= max) continue;
    overSeverity.add(severity);
    violations.push({ rule: 'findings.max', message: `${describeCount(n, severity, scope, novelty)}; the policy allows ${max}.`, remediation: REMEDIATION, level: 'error' });
  }

  for (const key of limited) {
    const max = tools[key]!.max!;
    const tool = key.toLowerCase();
    const own = counts.byTool.get(tool)!;
    for (const severity of SEVERITIES) {
      const limit = max[severity];
      const n = own[severity];
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
    // The per-tool key is built only when a per-tool limit is exceeded: most runs test a million findings here.
    isOver: (f) => overSeverity.has(f.severity) || (overTool.size > 0 && overTool.has(`${f.tool.toLowerCase()}\u0000${f.severity}`)),
  };
}
