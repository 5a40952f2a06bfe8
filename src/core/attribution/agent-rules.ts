/**
 * Rules about what agents may not do, whatever the policy says: an agent cannot certify the Developer
 * Certificate of Origin, so a `Signed-off-by:` naming an AI identity is flagged (the Linux kernel's
 * coding-assistants rules forbid it: the human who submits the change signs off, the tool is credited
 * with `Assisted-by:`). An AI identity never counts as an approver (oversight; the catalogue and the
 * policy's identities say who is one).
 */
import type { AttributionResult } from '../evaluation.js';
import type { Violation } from '../violation.js';

export function agentSignOffViolations(a: AttributionResult): Violation[] {
  const out: Violation[] = [];
  for (const c of a.commits) {
    for (const e of c.evidence.filter((x) => x.signal === 'sign-off-trailer')) {
      out.push({
        rule: 'attribution.ai-sign-off',
        message: `Commit ${c.sha.slice(0, 7)} is signed off by an AI identity ("${e.value}", ${e.tool}): an agent cannot certify the Developer Certificate of Origin.`,
        remediation: 'Replace the agent\'s Signed-off-by with the sign-off of the person who submits the change, and credit the tool with "Assisted-by: AGENT:MODEL" instead.',
        level: 'warning',
      });
    }
  }
  return out;
}
