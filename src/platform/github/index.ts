/**
 * The GitHub Actions platform: inputs from INPUT_*, the range from the event payload, request facts
 * and (when the checkout lacks the history) the change from the API, results published as summary,
 * annotations, comment, labels and outputs.
 */
import * as core from '@actions/core';
import { InputError } from '../../core/errors.js';
import { SHALLOW_HINT } from '../../gather/git/range.js';
import { hasControlCharacters, registerSecret } from '../../gather/secrets.js';
import { platformTiming } from '../http/timing.js';
import type { Terminal } from '../local.js';
import type { PlatformAdapter } from '../types.js';
import { contentSchema } from './answers.js';
import { fetchChange } from './api-change.js';
import { createClient, statusOf } from './client.js';
import { ask, type GitHubContext } from './context.js';
import { readEvent } from './event.js';
import { readInput, readInputs } from './inputs.js';
import { publishGitHub, publishGitHubFailure } from './publish.js';
import { eventRange } from './range.js';
import { fetchRequest } from './request.js';
import { mergedRequestOnPush } from './merged-request.js';
import { urlPath, type WebAddresses } from '../../core/render/links.js';
import { githubPostMerge } from './post-merge.js';

export interface GitHubPlatform extends PlatformAdapter {
  /**
   * A file of the repository at `rev`, read through the API; undefined when it does not exist there.
   * For checkouts that lack the target's commit: the policy and CODEOWNERS must still come from it.
   */
  readFileAt(path: string, rev: string): Promise<string | undefined>;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
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
  const client = ctx.client;
  try {
    const data = await ask(ctx, contentSchema, `GET contents/${path} at ${rev.slice(0, 12)}`, async () => (await client.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref: rev })).data);
    if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string') return undefined;
    return Buffer.from(data.content, (data.encoding as BufferEncoding | undefined) ?? 'base64').toString('utf8');
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/** The change can come from the API only with a token; the policy and CODEOWNERS are then read at the target through it. */
function assertApiFallbackPossible(ctx: GitHubContext): void {
  if (!ctx.client) {
    throw new InputError('The checkout does not contain the pull request\'s commits, and no token was given to read them from the API.', SHALLOW_HINT);
  }
}

/** A token goes into a header; one with a line break is refused without repeating any of it. */
function checkToken(token: string): void {
  registerSecret(token);
  for (const part of token.split(/[\r\n]+/)) if (part) core.setSecret(part);
  if (hasControlCharacters(token)) {
    throw new InputError(
      'The `token` input contains a line break or another control character, so it cannot be sent to GitHub (it is not repeated here).',
      'Pass the token as `${{ secrets.NAME }}` or `${{ github.token }}` without surrounding text, and check that the secret was stored without a trailing line break inside it.',
    );
  }
}

/** A setting refused before the run could start still shows in the step summary and outputs as `error`. */
export async function githubPlatform(env: NodeJS.ProcessEnv, term: Terminal): Promise<GitHubPlatform> {
  try {
    return await connectGitHub(env, term);
  } catch (e) {
    if (e instanceof InputError) await publishGitHubFailure(env, { message: e.message, unchecked: false, ...(e.hint ? { hint: e.hint } : {}) }).catch(() => undefined);
    throw e;
  }
}

async function connectGitHub(env: NodeJS.ProcessEnv, term: Terminal): Promise<GitHubPlatform> {
  const inputs = readInputs(env, process.cwd());
  if (inputs.token) checkToken(inputs.token);
  const timing = platformTiming(env, readInput(env, 'platform-deadline') || undefined, 'The `platform-deadline` input');
  const explicit = inputs.options.base !== undefined && inputs.options.head !== undefined;
  const event = await readEvent(env, explicit);
  const { owner, repo } = splitRepository(env.GITHUB_REPOSITORY);
  const ctx: GitHubContext = { env, inputs, event, owner, repo, client: inputs.token ? createClient(inputs.token, env, timing).client : undefined, timing, warnings: [] };
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const web: WebAddresses = {
    commit: (sha) => `${server}/${owner}/${repo}/commit/${sha}`,
    blob: (rev, path, line) => `${server}/${owner}/${repo}/blob/${rev}/${urlPath(path)}${line ? `#L${line}` : ''}`,
  };
  let local = true;
  const workflow = workflowPath(env, owner, repo);
  return {
    name: 'github',
    codeownersSyntax: 'github',
    judgesWorkingTree: true,
    options: inputs.options,
    repository: `${owner}/${repo}`,
    ...(workflow ? { governancePaths: [workflow] } : {}),
    target: () => (event.target ? { ref: event.target.ref, fallbackSha: event.target.sha, server: hostOf(server) } : undefined),
    async range() {
      const r = await eventRange(inputs.options.repo, event, { base: inputs.options.base, head: inputs.options.head });
      local = r.local;
      if (!local) assertApiFallbackPossible(ctx);
      return r.range;
    },
    request: (query) => fetchRequest(ctx, query),
    mergedRequest: (sha) => mergedRequestOnPush(ctx, sha),
    postMerge: (merged, head) => githubPostMerge(ctx, merged, head),
    change: async (range, needsContent) => (local ? undefined : fetchChange(ctx, range, needsContent)),
    web,
    publish: (result) => publishGitHub(ctx, result, (t) => term.write(t)),
    publishFailure: (failure) => publishGitHubFailure(env, failure, inputs.options),
    readFileAt: (path, rev) => readFileAt(ctx, path, rev),
  };
}
