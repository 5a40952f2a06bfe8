/**
 * Platform answers are checked against the shape the gate relies on, with the same schema library as
 * the policy. An answer that does not match (a `{"message": …}` body with status 200, a list that is
 * an object, a pull request without its author) is asked for again like a server error, and then is
 * "could not check": a broken answer never becomes empty facts.
 */
import * as v from 'valibot';
import type { Deadline } from './http/deadline.js';
import { backoffMs } from './http/retry-wait.js';

/** The answer did not have the shape the gate relies on. */
class BrokenAnswerError extends Error {
  constructor(
    readonly what: string,
    readonly problem: string,
  ) {
    super(`${what}: the answer does not have the expected shape (${problem})`);
    this.name = 'BrokenAnswerError';
  }
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const path = v.getDotPath(issue);
  // The expectation only: received values come from the platform and are not echoed.
  return `${path ? `at ${path}: ` : ''}expected ${issue.expected ?? 'a different value'}`;
}

/** The answer as the schema types it, or BrokenAnswerError. */
function checkAnswer<S extends v.GenericSchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  const r = v.safeParse(schema, data);
  if (r.success) return r.output;
  throw new BrokenAnswerError(what, firstIssue(r.issues));
}

export interface AnswerRetry {
  deadline: Deadline;
  backoffBaseMs: number;
  /** Tries in all. */
  tries?: number;
}

/**
 * Calls `call` and checks its answer, asking again (with backoff, within the deadline) while the answer
 * is broken. Other errors pass through untouched: the HTTP layer already retried those.
 */
export async function askChecked<S extends v.GenericSchema>(schema: S, what: string, retry: AnswerRetry, call: () => Promise<unknown>): Promise<v.InferOutput<S>> {
  const tries = retry.tries ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return checkAnswer(schema, await call(), what);
    } catch (e) {
      if (!(e instanceof BrokenAnswerError) || attempt >= tries) throw e;
      const wait = backoffMs(attempt, retry.backoffBaseMs);
      if (wait >= retry.deadline.remaining()) throw e;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
