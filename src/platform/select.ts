/**
 * Picks the platform from the environment the process runs in. Platform SDKs are imported only when
 * their platform is used, so the CLI starts fast.
 */
import { parseCli } from '../gather/options.js';
import { localPlatform, type Terminal } from './local.js';
import type { PlatformAdapter } from './types.js';

export async function selectPlatform(argv: string[], env: NodeJS.ProcessEnv, term: Terminal): Promise<PlatformAdapter> {
  // The Action starts the entrypoint without arguments; `npx ai-governance-gate --…` in a run step is the CLI.
  if (env.GITHUB_ACTIONS === 'true' && argv.length === 0) {
    const { githubPlatform } = await import('./github/index.js');
    return githubPlatform(env, term);
  }
  if (env.GITLAB_CI === 'true') {
    const { gitlabPlatform } = await import('./gitlab/index.js');
    return gitlabPlatform(argv, env, term);
  }
  return localPlatform(parseCli(argv), term);
}
