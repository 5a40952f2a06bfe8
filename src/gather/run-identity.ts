/** Reads the run's identity from the variables GitHub Actions and GitLab CI set for every job. */
import { NO_RUN, type RunIdentity } from '../core/record/run-identity.js';

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | null {
  const v = env[name]?.trim();
  return v ? v : null;
}

function attemptOf(text: string | null): number | null {
  const n = text === null ? NaN : Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function github(env: Env): RunIdentity {
  const id = value(env, 'GITHUB_RUN_ID');
  const attempt = attemptOf(value(env, 'GITHUB_RUN_ATTEMPT'));
  const server = value(env, 'GITHUB_SERVER_URL') ?? 'https://github.com';
  const repository = value(env, 'GITHUB_REPOSITORY');
  const url = id && repository ? `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ''}` : null;
  return {
    id,
    attempt,
    jobId: null,
    url,
    workflow: value(env, 'GITHUB_WORKFLOW'),
    workflowRef: value(env, 'GITHUB_WORKFLOW_REF'),
    job: value(env, 'GITHUB_JOB'),
    actor: value(env, 'GITHUB_TRIGGERING_ACTOR') ?? value(env, 'GITHUB_ACTOR'),
    event: value(env, 'GITHUB_EVENT_NAME'),
    ref: value(env, 'GITHUB_REF'),
    sha: value(env, 'GITHUB_SHA'),
    repositoryUrl: repository ? `${server.replace(/\/+$/, '')}/${repository}` : null,
  };
}

function gitlab(env: Env): RunIdentity {
  return {
    id: value(env, 'CI_PIPELINE_ID'),
    attempt: null,
    jobId: value(env, 'CI_JOB_ID'),
    url: value(env, 'CI_JOB_URL') ?? value(env, 'CI_PIPELINE_URL'),
    workflow: value(env, 'CI_PIPELINE_NAME'),
    workflowRef: value(env, 'CI_CONFIG_PATH'),
    job: value(env, 'CI_JOB_NAME'),
    actor: value(env, 'GITLAB_USER_LOGIN'),
    event: value(env, 'CI_PIPELINE_SOURCE'),
    ref: value(env, 'CI_MERGE_REQUEST_REF_PATH') ?? value(env, 'CI_COMMIT_REF_NAME'),
    sha: value(env, 'CI_COMMIT_SHA'),
    repositoryUrl: value(env, 'CI_PROJECT_URL'),
  };
}

export function readRunIdentity(platform: 'local' | 'github' | 'gitlab', env: Env): RunIdentity {
  if (platform === 'github') return github(env);
  if (platform === 'gitlab') return gitlab(env);
  return NO_RUN;
}
