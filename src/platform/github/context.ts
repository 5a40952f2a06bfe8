/** What every GitHub step shares: the run's inputs, its event, the repository and the API client. */
import type * as v from 'valibot';
import { askChecked } from '../answers.js';
import type { PlatformTiming } from '../http/timing.js';
import type { GitHubClient } from './client.js';
import type { GitHubEvent } from './event.js';
import type { GitHubInputs } from './inputs.js';

export interface GitHubContext {
  env: NodeJS.ProcessEnv;
  inputs: GitHubInputs;
  event: GitHubEvent;
  owner: string;
  repo: string;
  /** Undefined when the workflow passes no token. */
  client?: GitHubClient;
  timing: PlatformTiming;
  /** Facts the adapter could not establish, in words that say how to fix it; shown in the summary. */
  warnings: string[];
}

export function addWarning(ctx: GitHubContext, warning: string): void {
  if (!ctx.warnings.includes(warning)) ctx.warnings.push(warning);
}

/** One API read whose answer is checked against `schema` (asked again while it is broken). */
export function ask<S extends v.GenericSchema>(ctx: GitHubContext, schema: S, what: string, call: () => Promise<unknown>): Promise<v.InferOutput<S>> {
  return askChecked(schema, what, ctx.timing, call);
}
