/**
 * One time budget for everything the gate asks a platform: every request, every retry and every wait
 * comes out of it, so a slow or stalled API costs at most this long before the run fails closed with
 * what it could not check. The clock is read here, in the adapter layer, never in the core.
 */
export const DEFAULT_DEADLINE_S = 60;
/** The longest a single response (headers and body) may take. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 20_000;
/** First backoff step; later steps double, with jitter. */
export const DEFAULT_BACKOFF_BASE_MS = 1_000;

export interface Deadline {
  /** Milliseconds left; never negative. */
  remaining(): number;
  /** The budget it was given, in seconds, for messages. */
  readonly seconds: number;
}

export function deadlineIn(seconds: number, now: () => number = Date.now): Deadline {
  const at = now() + seconds * 1000;
  return { seconds, remaining: () => Math.max(0, at - now()) };
}

/** Thrown when the platform phase ran out of time; the run turns it into "could not check". */
export class DeadlineError extends Error {
  constructor(what: string, seconds: number) {
    super(`${what}: no answer within the platform deadline of ${seconds} s`);
    this.name = 'DeadlineError';
  }
}

/**
 * Reads a positive number of seconds (or milliseconds) from a setting; undefined when unset. A value
 * that is not a positive number is a user error the caller reports with the setting's name.
 */
export function positiveNumber(value: string | undefined): number | undefined | 'invalid' {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) && n > 0 ? n : 'invalid';
}
