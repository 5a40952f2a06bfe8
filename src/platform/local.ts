/** The plain CLI: a laptop or any CI without a dedicated adapter. Needs no token. */
import type { CliOptions } from '../cli/args.js';
import { resolveRange } from '../git/range.js';
import { renderText } from '../report/text.js';
import { VERSION } from '../version.js';
import type { PlatformAdapter, Published } from './types.js';

export interface Terminal {
  write(text: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export function wantsColour(term: Terminal): boolean {
  return term.isTTY && term.env.NO_COLOR === undefined && term.env.TERM !== 'dumb';
}

export function localPlatform(options: CliOptions, term: Terminal): PlatformAdapter {
  return {
    name: 'local',
    range: () => resolveRange(options.repo, { base: options.base, head: options.head }),
    async publish(result: Published) {
      if (options.format === 'json') term.write(JSON.stringify(result.audit, null, 2) + '\n');
      else if (options.format === 'markdown') term.write(result.markdown);
      else {
        const policyInfo = { source: String((result.audit.policy as { source: string }).source), sha256: String((result.audit.policy as { sha256: string }).sha256) };
        term.write(renderText({ evaluation: result.evaluation, change: result.change, policyInfo, version: VERSION }, wantsColour(term)));
      }
    },
  };
}
