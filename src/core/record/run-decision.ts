/**
 * The decision of a run: the evaluator's, plus the violations the run adds beside it (a platform that
 * could not be read, a merge that bypassed the gate). The run and `verify` both decide through here,
 * so a replay meets exactly the composition the run used.
 */
import { decide, evaluate, type EvaluateInput } from '../evaluate.js';
import type { Evaluation } from '../evaluation.js';
import type { Violation } from '../violation.js';
import { bypassViolations } from './bypass.js';
import type { PostMergeFacts } from './replay-inputs-schema.js';

function withViolations(e: Evaluation, extra: Violation[]): Evaluation {
  if (!extra.length) return e;
  const violations = [...extra, ...e.violations];
  return { ...e, violations, decision: decide(violations, e.mode) };
}

export function decideRun(input: EvaluateInput, added: Violation[], postMerge: PostMergeFacts | null): Evaluation {
  return withViolations(evaluate(input), [...added, ...bypassViolations(postMerge)]);
}
