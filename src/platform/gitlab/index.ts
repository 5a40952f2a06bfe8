/**
 * The GitLab CI adapter: the same entrypoint, detected by GITLAB_CI=true. It judges the merge
 * request's own diff (or a push's new commits), reads the merge request fresh from the API with the
 * token the component names, and publishes to the job log, the merge request and the job's reports.
 */
import { InputError } from '../../core/errors.js';
import { hasControlCharacters, registerSecret } from '../../gather/secrets.js';
import { DEADLINE_VARIABLE, platformTiming, type PlatformTiming } from '../http/timing.js';
import type { Terminal } from '../local.js';
import type { PlatformAdapter, RequestQuery } from '../types.js';
import { apiHost, gitlabApi, type GitLabApi } from './client.js';
import { gitlabSettings } from './options.js';
import { gitlabRange } from './pipeline.js';
import { publishGitlab, publishGitlabFailure } from './publish.js';
import { urlPath, type WebAddresses } from '../../core/render/links.js';
import { mergeRequestRef, readRequest } from './request.js';
import { JOB_TOKEN } from './token-help.js';
import { mergedRequestOnPush } from './merged-request.js';
import { gitlabPostMerge } from './post-merge.js';

function connect(env: NodeJS.ProcessEnv, tokenVariable: string, timing: PlatformTiming): GitLabApi | undefined {
  const token = env[tokenVariable]?.trim();
  const host = apiHost(env);
  if (!token || !host) return undefined;
  registerSecret(token);
  if (hasControlCharacters(token)) {
    throw new InputError(
      `The CI/CD variable ${tokenVariable} contains a line break or another control character, so it cannot be sent to GitLab (it is not repeated here).`,
      `Store the token in ${tokenVariable} again without line breaks (masked variables cannot hold them either).`,
    );
  }
  return gitlabApi({ host, token, kind: tokenVariable === JOB_TOKEN ? 'job' : 'private', timing });
}

/** The instance's host name (CI_SERVER_HOST, else from CI_SERVER_URL): the clone's remote points there. */
function serverHost(env: NodeJS.ProcessEnv): string | undefined {
  const host = env.CI_SERVER_HOST?.trim();
  if (host) return host;
  try {
    return env.CI_SERVER_URL ? new URL(env.CI_SERVER_URL).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The project's CI configuration file, when it lives in the repository (CI_CONFIG_PATH may name another project's file). */
function ciConfigPath(env: NodeJS.ProcessEnv): string {
  const path = env.CI_CONFIG_PATH?.trim();
  return path && !path.includes('@') && !/^https?:/.test(path) ? path : '.gitlab-ci.yml';
}

export async function gitlabPlatform(argv: string[], env: NodeJS.ProcessEnv, term: Terminal): Promise<PlatformAdapter> {
  const settings = gitlabSettings(argv, env);
  const ref = mergeRequestRef(env);
  const timing = platformTiming(env, undefined, `The component input "platform-deadline" (job variable ${DEADLINE_VARIABLE})`);
  const api = connect(env, settings.tokenVariable, timing);
  const projectUrl = env.CI_PROJECT_URL?.replace(/\/+$/, '');
  const web: WebAddresses | undefined = projectUrl
    ? { commit: (sha) => `${projectUrl}/-/commit/${sha}`, blob: (rev, path, line) => `${projectUrl}/-/blob/${rev}/${urlPath(path)}${line ? `#L${line}` : ''}` }
    : undefined;
  const targetBranch = env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME?.trim();
  // Set in merged-results pipelines and merge trains: the target's tip the pipeline merged with.
  const targetSha = env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA?.trim();
  let userNotesCount: number | undefined;
  const publishContext = () => ({ settings, env, term, cwd: process.cwd(), api, ref, userNotesCount, clock: () => new Date() });
  return {
    name: 'gitlab',
    codeownersSyntax: 'gitlab',
    judgesWorkingTree: true,
    options: settings.options,
    repository: env.CI_PROJECT_PATH,
    // The pipeline definition includes the component: editing it can switch the gate off.
    governancePaths: [ciConfigPath(env)],
    target: () => (ref && targetBranch ? { ref: targetBranch, server: serverHost(env), ...(targetSha ? { fallbackSha: targetSha } : {}) } : undefined),
    range: () => gitlabRange(settings.options, env),
    request: async (query: RequestQuery) => {
      if (!ref) return undefined;
      const facts = await readRequest(api, ref, env, query, settings.tokenVariable);
      userNotesCount = facts.userNotesCount;
      return { request: facts.request, warnings: facts.warnings };
    },
    mergedRequest: (sha: string) => mergedRequestOnPush(api, env, sha, settings.tokenVariable),
    ...(web ? { web } : {}),
    postMerge: (merged, head) => gitlabPostMerge(api, env, merged, head, settings.tokenVariable),
    publish: (result) => publishGitlab(result, publishContext()),
    publishFailure: (failure) => publishGitlabFailure(failure, publishContext()),
  };
}
