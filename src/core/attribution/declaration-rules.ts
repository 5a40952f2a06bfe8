/** The policy's declaration rules: a declaration may be required, and a "no" contradicted by evidence is flagged. */
import type { Change } from '../model.js';
import type { Policy } from '../policy/schema.js';
import type { AttributionResult } from '../evaluation.js';
import type { Violation } from '../violation.js';
import { requestNoun } from './declaration.js';

export function declarationViolations(rules: Policy['declarations'], change: Change, a: AttributionResult): Violation[] {
  const out: Violation[] = [];
  const noun = change.request ? requestNoun(change.request) : 'pull or merge request';
  if (rules.require && change.request && !a.declaration) {
    out.push({
      rule: 'declarations.required',
      message: `The ${noun} does not say whether it is AI-assisted.`,
      remediation: `Add a line "AI-Assisted: yes", "AI-Assisted: partial" or "AI-Assisted: no" to the ${noun} description (or tick the box in the template).`,
      level: 'error',
    });
  }
  if (a.declaration?.value === 'no' && rules.contradiction !== 'ignore') {
    const evidence = [
      ...a.commits.flatMap((c) => c.evidence),
      ...a.requestEvidence.filter((e) => e.signal !== 'declaration'),
    ];
    const lineAi = a.lineLevel?.aiLines ?? 0;
    if (evidence.length || lineAi > 0) {
      const first = evidence[0];
      const what = first ? `${first.signal} "${first.value}" (${first.tool})` : `${lineAi} lines attributed to AI by ${a.lineLevel?.method}`;
      out.push({
        rule: 'declarations.contradicted',
        message: `The change is declared not AI-assisted (${a.declaration.source}), but ${evidence.length + (lineAi > 0 ? 1 : 0)} AI signal(s) were found, e.g. ${what}.`,
        remediation: 'Correct the declaration to "AI-Assisted: yes" or "partial", or explain the signals to the reviewers.',
        level: rules.contradiction === 'violation' ? 'error' : 'warning',
      });
    }
  }
  return out;
}
