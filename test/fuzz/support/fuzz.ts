/**
 * Settings shared by the property-based suites. Each property runs a bounded number of times by default
 * so `npm test` stays quick; a nightly job sets FUZZ_RUNS (e.g. FUZZ_RUNS=20000) for the long runs, and
 * FUZZ_SEED / FUZZ_PATH replay a failure it reports.
 */
import type fc from 'fast-check';
import { isInputError } from '../../../src/core/errors.js';

const fromEnv = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10);
/** Set for the long nightly runs; unset in `npm test`. */
export const LONG_RUNS = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : undefined;

/** A run slower than this is a hang in the making: the property fails and fast-check shrinks the input. */
export const PER_RUN_MS = 5_000;

/**
 * fast-check parameters: `runs` by default, FUZZ_RUNS when set. The default runs also stop after
 * `timeLimitMs` of wall-clock time so a test run stays bounded; the long runs take the time they need.
 */
export function params<T>(runs: number, opts: { timeLimitMs?: number } = {}): fc.Parameters<T> {
  const replay = replayParams<T>();
  if (LONG_RUNS !== undefined) return { numRuns: LONG_RUNS, ...replay };
  return { numRuns: runs, interruptAfterTimeLimit: opts.timeLimitMs ?? 30_000, markInterruptAsFailure: false, ...replay };
}

/**
 * FUZZ_SEED and FUZZ_PATH replay a failure a nightly run reported ("{ seed: …, path: … }"): run the one
 * failing test with them and fast-check goes straight to the counterexample.
 */
function replayParams<T>(): fc.Parameters<T> {
  const seed = Number.parseInt(process.env.FUZZ_SEED ?? '', 10);
  if (!Number.isFinite(seed)) return {};
  return { seed, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) };
}

/** Jest timeout for a property test: generous for the default runs, unbounded in spirit for the long ones. */
export function testTimeout(defaultMs = 90_000): number {
  return LONG_RUNS === undefined ? defaultMs : Math.max(defaultMs, LONG_RUNS * 100);
}

/**
 * Runs `fn` and classifies the outcome: a value, or an InputError (the one error bad input may raise).
 * Anything else is rethrown so the property fails on it, and so does a run slower than PER_RUN_MS.
 */
export function onlyInputErrors<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: Error } {
  const started = performance.now();
  try {
    const value = fn();
    return { ok: true, value };
  } catch (e) {
    if (isInputError(e)) return { ok: false, error: e };
    throw e;
  } finally {
    const took = performance.now() - started;
    if (took > PER_RUN_MS) throw new Error(`one run took ${Math.round(took)} ms (limit ${PER_RUN_MS} ms)`);
  }
}

/** The async form of onlyInputErrors. */
export async function onlyInputErrorsAsync<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: Error }> {
  const started = performance.now();
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    if (isInputError(e)) return { ok: false, error: e };
    throw e;
  } finally {
    const took = performance.now() - started;
    if (took > PER_RUN_MS) throw new Error(`one run took ${Math.round(took)} ms (limit ${PER_RUN_MS} ms)`);
  }
}
