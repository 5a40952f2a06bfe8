#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/core/errors.ts
var InputError = class extends Error {
  hint;
  constructor(message, hint) {
    super(message);
    this.name = "InputError";
    this.hint = hint;
  }
};
function isInputError(e) {
  return e instanceof InputError;
}
var UncheckedError = class extends InputError {
  /** What could not be checked, e.g. "the pull request's approvals". */
  what;
  /** Set when the policy chose to pass anyway; the entrypoint then exits 0 with the warning. */
  failOpen;
  constructor(what, reason, hint, failOpen = false) {
    super(`Could not check ${what}: ${reason}`, hint);
    this.name = "UncheckedError";
    this.what = what;
    this.failOpen = failOpen;
  }
};

export {
  InputError,
  isInputError,
  UncheckedError
};
