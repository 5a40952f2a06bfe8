/** The plain CLI: a laptop or any CI without a dedicated adapter. Needs no token. */
import type { CliOptions } from '../gather/options.js';
import { resolveRange } from '../gather/git/range.js';
import { readRequestFile } from '../gather/request-file.js';
import { renderText } from '../core/render/text.js';
import { VERSION } from '../core/version.js';
import type { PlatformAdapter, Published } from './types.js';

export interface Terminal {
  write(text: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * Colour as the conventions say: FORCE_COLOR set turns it on (off for `0` or `false`) whatever the
 * output is, as Node itself reads it; otherwise NO_COLOR turns it off, and a terminal turns it on.
 */
export function colourWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

export function wantsColour(term: Terminal): boolean {
  return colourWanted(term.env, term.isTTY);
}

/** Prints the result on stdout in the format the user asked for. */
function printResult(result: Published, term: Terminal): void {
  const format = result.options.format;
  if (format === 'json') term.write(JSON.stringify(result.audit, null, 2) + '\n');
  else if (format === 'markdown') term.write(result.markdown);
  else {
    const { evaluation, change, policyInfo } = result;
    term.write(renderText({ evaluation, change, policyInfo, version: VERSION }, wantsColour(term)));
  }
}

export function localPlatform(options: CliOptions, term: Terminal): PlatformAdapter {
  return {
    name: 'local',
    // On a laptop an explicit --policy file is the user's own dry run, read as it is on disk.
    judgesWorkingTree: false,
    options,
    range: () => resolveRange(options.repo, { base: options.base, head: options.head }),
    // A laptop has no request unless one is described with --request for a dry run.
    request: async () => (options.request ? { request: await readRequestFile(options.request, process.cwd()), warnings: [] } : undefined),
    publish: async (result) => printResult(result, term),
  };
}
