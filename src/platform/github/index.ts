/**
 * The GitHub Actions platform: inputs from INPUT_*, the range from the event payload, request facts
 * and (when the checkout lacks the history) the change from the API, results published as summary,
 * annotations, comment, labels and outputs.
 */
import * as core from '@actions/core';
import { InputError } from '../../core/errors.js';
import { SHALLOW_HINT } from '../../gather/git/range.js';
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
import { mergedRequestOnPush } from './merged-request.js';

export interface GitHubPlatform extends PlatformAdapter {
  /**
   * A file of the repository at `rev`, read through the API; undefined when it does not exist there.
   * For checkouts that lack the base commit: the policy and CODEOWNERS must still come from the base.
   */
  readFileAt(path: string, rev: string): Promise<string | undefined>;
}

function splitRepository(value: string | undefined): { owner: string; repo: string } {
  const m = value ? /^([^/\s]+)\/([^/\s]+)$/.exec(value) : null;
  if (!m) {
    throw new InputError(`GITHUB_REPOSITORY is "${value ?? ''}", not owner/name.`, 'GITHUB_REPOSITORY is set by the Actions runner; do not override it.');
  }
  return { owner: m[1]!, repo: m[2]! };
}

/**
 * The workflow file running the gate (GITHUB_WORKFLOW_REF = "owner/repo/.github/workflows/x.yml@ref"):
 * a pull request that edits it could switch the gate off, so editing it is a governance change.
 */
export function workflowPath(env: NodeJS.ProcessEnv, owner: string, repo: string): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF;
  const prefix = `${owner}/${repo}/`;
  if (!ref || !ref.toLowerCase().startsWith(prefix.toLowerCase())) return undefined;
  const path = ref.slice(prefix.length).replace(/@[^@]*$/, '');
  return path.startsWith('.github/workflows/') ? path : undefined;
}

async function readFileAt(ctx: GitHubContext, path: string, rev: string): Promise<string | undefined> {
  if (!ctx.client) return undefined;
  try {
    const r = await ctx.client.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref: rev });
    const data = r.data as { type?: string; content?: string; encoding?: string };
    if (data.type !== 'file' || typeof data.content !== 'string') return undefined;
    return Buffer.from(data.content, (data.encoding as BufferEncoding | undefined) ?? 'base64').toString('utf8');
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/** The change can come from the API only with a token; the policy and CODEOWNERS are then read at the base through it. */
async function assertApiFallbackPossible(ctx: GitHubContext): Promise<void> {
  if (!ctx.client) {
    throw new InputError('The checkout does not contain the pull request\'s commits, and no token was given to read them from the API.', SHALLOW_HINT);
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
  const workflow = workflowPath(env, owner, repo);
  return {
    name: 'github',
    options: inputs.options,
    repository: `${owner}/${repo}`,
    ...(workflow ? { governancePaths: [workflow] } : {}),
    async range() {
      const r = await eventRange(inputs.options.repo, event, { base: inputs.options.base, head: inputs.options.head });
      local = r.local;
      if (!local) await assertApiFallbackPossible(ctx);
      return r.range;
    },
    request: (query) => fetchRequest(ctx, query),
    mergedRequest: (sha) => mergedRequestOnPush(ctx, sha),
    change: async (range, needsContent) => (local ? undefined : fetchChange(ctx, range, needsContent)),
    commitUrl,
    publish: (result) => publishGitHub(ctx, result, commitUrl, (t) => term.write(t)),
    readFileAt: (path, rev) => readFileAt(ctx, path, rev),
  };
}
