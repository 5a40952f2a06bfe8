/**
 * The GitLab CI adapter: the same entrypoint, detected by GITLAB_CI=true. It judges the merge
 * request's own diff (or a push's new commits), reads the merge request fresh from the API with the
 * token the component names, and publishes to the job log, the merge request and the job's reports.
 */
import type { Terminal } from '../local.js';
import type { PlatformAdapter, RequestQuery } from '../types.js';
import { apiHost, gitlabApi, type GitLabApi } from './client.js';
import { gitlabSettings } from './options.js';
import { gitlabRange } from './pipeline.js';
import { publishGitlab } from './publish.js';
import { mergeRequestRef, readRequest } from './request.js';
import { mergedRequestOnPush } from './merged-request.js';

function connect(env: NodeJS.ProcessEnv, tokenVariable: string): GitLabApi | undefined {
  const token = env[tokenVariable]?.trim();
  const host = apiHost(env);
  if (!token || !host) return undefined;
  return gitlabApi({ host, token, kind: tokenVariable === 'CI_JOB_TOKEN' ? 'job' : 'private' });
}

/** The project's CI configuration file, when it lives in the repository (CI_CONFIG_PATH may name another project's file). */
export function ciConfigPath(env: NodeJS.ProcessEnv): string {
  const path = env.CI_CONFIG_PATH?.trim();
  return path && !path.includes('@') && !/^https?:/.test(path) ? path : '.gitlab-ci.yml';
}

export async function gitlabPlatform(argv: string[], env: NodeJS.ProcessEnv, term: Terminal): Promise<PlatformAdapter> {
  const settings = gitlabSettings(argv, env);
  const ref = mergeRequestRef(env);
  const api = connect(env, settings.tokenVariable);
  const projectUrl = env.CI_PROJECT_URL?.replace(/\/+$/, '');
  const commitUrl = projectUrl ? (sha: string) => `${projectUrl}/-/commit/${sha}` : undefined;
  let userNotesCount: number | undefined;
  return {
    name: 'gitlab',
    options: settings.options,
    repository: env.CI_PROJECT_PATH,
    // The pipeline definition includes the component: editing it can switch the gate off.
    governancePaths: [ciConfigPath(env)],
    range: () => gitlabRange(settings.options, env),
    request: async (query: RequestQuery) => {
      if (!ref) return undefined;
      const facts = await readRequest(api, ref, env, query, settings.tokenVariable);
      userNotesCount = facts.userNotesCount;
      return { request: facts.request, warnings: facts.warnings };
    },
    mergedRequest: (sha: string) => mergedRequestOnPush(api, env, sha, settings.tokenVariable),
    ...(commitUrl ? { commitUrl } : {}),
    publish: (result) =>
      publishGitlab(result, { settings, env, term, cwd: process.cwd(), api, ref, userNotesCount, commitUrl, clock: () => new Date() }),
  };
}
