/**
 * A platform's answer checked against the shape an adapter relies on. An answer that does not match is
 * "could not check" (exit 2, or a warning under `on-error: fail-open`), never read as empty data.
 */
import type * as v from 'valibot';
import { UncheckedError } from '../errors.js';
import { validate, type Problem } from './problems.js';

/** Problems named in the message; the rest are counted. An API answer is not a file to fix line by line. */
const NAMED = 3;

const HINT =
  'No decision was made. The platform answered in a form this version does not read; re-run the job, and if it persists report it with the API the gate called. A policy can choose `on-error: fail-open` to decide without these facts.';

export class UnexpectedAnswerError extends UncheckedError {
  readonly problems: readonly Problem[];
  constructor(what: string, problems: readonly Problem[]) {
    const named = problems.slice(0, NAMED).map((p) => `${p.path}: ${p.message}`);
    if (problems.length > NAMED) named.push(`and ${problems.length - NAMED} more`);
    super(what, `the answer did not have the expected shape (${named.join('; ')}).`, HINT);
    this.name = 'UnexpectedAnswerError';
    this.problems = problems;
  }
}

/**
 * `value` as `schema` types it, or an UnexpectedAnswerError naming `what` could not be checked
 * (e.g. "the pull request's reviews from the GitHub API").
 */
export function parseAnswer<const S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const result = validate(schema, value);
  if (!result.ok) throw new UnexpectedAnswerError(what, result.problems);
  return result.value;
}
