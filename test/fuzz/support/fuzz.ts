/**
 * Settings shared by the property-based suites. Each property runs a bounded number of times by default
 * so `npm test` stays quick; a nightly job sets FUZZ_RUNS (e.g. FUZZ_RUNS=20000) for the long runs, and
 * FUZZ_SEED / FUZZ_PATH replay a failure it reports.
 *
 * `npm test` always runs the same cases (a fixed seed), so a green run means the same thing on every
 * machine and a change cannot be refused for a case its author never saw; exploring new cases is the
 * nightly job's work, with a fresh seed each night.
 */
import type fc from 'fast-check';
import { isInputError } from '../../../src/core/errors.js';

const fromEnv = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10);
/** Set for the long nightly runs; unset in `npm test`. */
const LONG_RUNS = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : undefined;

/** In the long runs, a single case slower than this is a hang in the making. */
const SLOW_RUN_MS = 5_000;

/**
 * fast-check parameters: exactly `runs` cases by default, FUZZ_RUNS when set. The number never depends on
 * the machine's speed: a slow machine runs the same cases, it just takes longer.
 */
export function params<T>(runs: number): fc.Parameters<T> {
  return { numRuns: LONG_RUNS ?? runs, ...(LONG_RUNS === undefined ? { seed: DEFAULT_SEED } : {}), ...replayParams<T>() };
}

/** The seed of the default runs; the long runs leave fast-check to pick one and print it on failure. */
const DEFAULT_SEED = 20_261_206;

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
 * Anything else is rethrown so the property fails on it. In the long runs a single run slower than
 * SLOW_RUN_MS fails too: that is how catastrophic backtracking shows up; `npm test` never judges time.
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
    if (LONG_RUNS !== undefined && took > SLOW_RUN_MS) throw new Error(`one run took ${Math.round(took)} ms (limit ${SLOW_RUN_MS} ms)`);
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
    if (LONG_RUNS !== undefined && took > SLOW_RUN_MS) throw new Error(`one run took ${Math.round(took)} ms (limit ${SLOW_RUN_MS} ms)`);
  }
}
