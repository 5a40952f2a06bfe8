/**
 * Per-tool severity overrides (`findings.tools.<tool>.severity`): a team that disagrees with a
 * scanner's rating of a rule, or of one of its native severity words, says so in the policy.
 */
import type { Finding, Severity } from '../model.js';
import type { Policy } from '../policy/schema.js';

export type ToolPolicies = Policy['findings']['tools'];
type ToolPolicy = ToolPolicies[string];

/**
 * The policy entries for a tool, matched case-insensitively ("CodeQL" vs "codeql"). An entry spelled
 * exactly like the tool comes first, then the others by key, so the choice never depends on key order.
 */
function toolPolicies(tools: ToolPolicies, tool: string): ToolPolicy[] {
  const wanted = tool.toLowerCase();
  return Object.keys(tools)
    .filter((key) => key.toLowerCase() === wanted)
    .sort((a, b) => (a === tool ? -1 : b === tool ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((key) => tools[key]!);
}

/** The overriding severity for one finding: a rule id key wins over a native-severity word key. */
function overriddenSeverity(finding: Finding, tools: ToolPolicies): Severity | undefined {
  const maps = toolPolicies(tools, finding.tool)
    .map((t) => t.severity)
    .filter((m): m is Record<string, Severity> => m !== undefined);
  for (const map of maps) {
    if (Object.hasOwn(map, finding.rule)) return map[finding.rule];
  }
  const native = finding.nativeSeverity?.trim().toLowerCase();
  if (native === undefined || native === '') return undefined;
  for (const map of maps) {
    const key = Object.keys(map).find((k) => k.trim().toLowerCase() === native);
    if (key !== undefined) return map[key];
  }
  return undefined;
}

/** Findings with the policy's severities applied; findings no override touches are returned as they are. */
export function applySeverityOverrides(findings: readonly Finding[], tools: ToolPolicies): readonly Finding[] {
  if (Object.keys(tools).length === 0) return findings;
  return findings.map((f) => {
    const severity = overriddenSeverity(f, tools);
    return severity === undefined || severity === f.severity ? f : { ...f, severity };
  });
}
