/**
 * The platform phase's time settings: the deadline comes from the workflow or component input (or the
 * `AI_GOVERNANCE_PLATFORM_DEADLINE` variable); the backoff base can be lowered with
 * `AI_GOVERNANCE_BACKOFF_MS`, which exists for tests of the retry rules and is not worth changing in CI.
 */
import { InputError } from '../../core/errors.js';
import { DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_BACKOFF_BASE_MS, DEFAULT_DEADLINE_S, deadlineIn, positiveNumber, type Deadline } from './deadline.js';

export interface PlatformTiming {
  deadline: Deadline;
  backoffBaseMs: number;
  attemptTimeoutMs: number;
  maxAttempts: number;
}

export const DEADLINE_VARIABLE = 'AI_GOVERNANCE_PLATFORM_DEADLINE';

export function platformTiming(env: NodeJS.ProcessEnv, deadlineSetting: string | undefined, settingName: string): PlatformTiming {
  const seconds = positiveNumber(deadlineSetting ?? env[DEADLINE_VARIABLE]);
  if (seconds === 'invalid') {
    throw new InputError(`${settingName} must be a positive number of seconds.`, `Set ${settingName} to a number such as 60, or leave it out for the default of ${DEFAULT_DEADLINE_S} s.`);
  }
  const backoff = positiveNumber(env.AI_GOVERNANCE_BACKOFF_MS);
  return {
    deadline: deadlineIn(seconds ?? DEFAULT_DEADLINE_S),
    backoffBaseMs: backoff === undefined || backoff === 'invalid' ? DEFAULT_BACKOFF_BASE_MS : backoff,
    attemptTimeoutMs: DEFAULT_ATTEMPT_TIMEOUT_MS,
    maxAttempts: 4,
  };
}
