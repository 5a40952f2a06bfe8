/**
 * The one error type that means "the input is wrong, here is how to fix it". It maps to exit code 2.
 * Anything else that escapes is a bug and is reported as such, never as a pass.
 */
export class InputError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'InputError';
    this.hint = hint;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/**
 * A fact the policy needs could not be read (the platform API failed after its retries). Enforce
 * mode stops without a decision (exit 2); warn mode and `on-error: fail-open` report it and go on.
 */
export class UncheckedError extends InputError {
  /** What could not be checked, e.g. "the pull request's approvals". */
  readonly what: string;
  /** Set when the policy chose to pass anyway; the entrypoint then exits 0 with the warning. */
  readonly failOpen: boolean;
  constructor(what: string, reason: string, hint?: string, failOpen = false) {
    super(`Could not check ${what}: ${reason}`, hint);
    this.name = 'UncheckedError';
    this.what = what;
    this.failOpen = failOpen;
  }
}
