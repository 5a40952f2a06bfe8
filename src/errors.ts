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
