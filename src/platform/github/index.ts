/**
 * The GitHub Actions platform: inputs from INPUT_*, the range from the event payload, request facts
 * and (when the checkout lacks the history) the change from the API, results published as summary,
 * annotations, comment, labels and outputs.
 */
import * as core from '@actions/core';
import { InputError } from '../../errors.js';
import type { Range } from '../../git/range.js';
import { SHALLOW_HINT } from '../../git/range.js';
import { POLICY_FILES } from '../../policy/load.js';
import type { Terminal } from '../local.js';
import type { PlatformAdapter } from '../types.js';
import { fetchChange } from './api-change.js';
import { createClient, statusOf } from './client.js';
import type { GitHubContext } from './context.js';
import { readEvent } from './event.js';
import { readInputs } from './inputs.js';
import { publishGitHub } from './publish.js';
import { eventRange } from './range.js';
import { fetchRequest } from './request.js';

export interface GitHubPlatform extends PlatformAdapter {
  /** The repository's policy file at `rev`, read through the API (for checkouts without that commit). */
  policyAt(rev: string): Promise<{ path: string; text: string } | undefined>;
}

function splitRepository(value: string | undefined): { owner: string; repo: string } {
  const m = value ? /^([^/\s]+)\/([^/\s]+)$/.exec(value) : null;
  if (!m) {
    throw new InputError(`GITHUB_REPOSITORY is "${value ?? ''}", not owner/name.`, 'GITHUB_REPOSITORY is set by the Actions runner; do not override it.');
  }
  return { owner: m[1]!, repo: m[2]! };
}

async function policyAt(ctx: GitHubContext, rev: string): Promise<{ path: string; text: string } | undefined> {
  for (const path of POLICY_FILES) {
    try {
      const r = await ctx.client!.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref: rev });
      const data = r.data as { type?: string; content?: string; encoding?: string };
      if (data.type === 'file' && typeof data.content === 'string') return { path, text: Buffer.from(data.content, (data.encoding as BufferEncoding) ?? 'base64').toString('utf8') };
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
  }
  return undefined;
}

/**
 * Without the base commit in the clone the policy cannot be read at the base by git. Judging with the
 * built-in default while the repository has a policy would quietly apply the wrong rules, so that
 * case stops with the fix; a repository without a policy file is judged by the default, correctly.
 */
async function assertApiFallbackPossible(ctx: GitHubContext, range: Range): Promise<void> {
  if (!ctx.client) {
    throw new InputError('The checkout does not contain the pull request\'s commits, and no token was given to read them from the API.', SHALLOW_HINT);
  }
  if (ctx.inputs.options.policy) return;
  const policy = await policyAt(ctx, range.base);
  if (policy) {
    throw new InputError(
      `The checkout does not contain the base commit ${range.base.slice(0, 12)}, so the policy (${policy.path}) cannot be read as it is at the base.`,
      SHALLOW_HINT,
    );
  }
}

export async function githubPlatform(env: NodeJS.ProcessEnv, term: Terminal): Promise<GitHubPlatform> {
  const inputs = readInputs(env, process.cwd());
  if (inputs.token) core.setSecret(inputs.token);
  const explicit = inputs.options.base !== undefined && inputs.options.head !== undefined;
  const event = await readEvent(env, explicit);
  const { owner, repo } = splitRepository(env.GITHUB_REPOSITORY);
  const ctx: GitHubContext = { env, inputs, event, owner, repo, client: inputs.token ? createClient(inputs.token, env) : undefined, warnings: [] };
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const commitUrl = (sha: string) => `${server}/${owner}/${repo}/commit/${sha}`;
  let local = true;
  return {
    name: 'github',
    options: inputs.options,
    repository: `${owner}/${repo}`,
    async range() {
      const r = await eventRange(inputs.options.repo, event, { base: inputs.options.base, head: inputs.options.head });
      local = r.local;
      if (!local) await assertApiFallbackPossible(ctx, r.range);
      return r.range;
    },
    request: (query) => fetchRequest(ctx, query),
    change: async (range, needsContent) => (local ? undefined : fetchChange(ctx, range, needsContent)),
    commitUrl,
    publish: (result) => publishGitHub(ctx, result, commitUrl, (t) => term.write(t)),
    policyAt: (rev) => (ctx.client ? policyAt(ctx, rev) : Promise.resolve(undefined)),
  };
}
