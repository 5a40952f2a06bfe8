/** Runs gitlab-ci-local (the devDependency) with pipeline variables, as the component tests do. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { gitlabCiValidator } from '../platform/gitlab/ci-schema.js';
import { projectRoot } from './corpus.js';
import { leanSpawn } from './lean-spawn.js';

const GITLAB_CI_LOCAL = join(projectRoot, 'node_modules/gitlab-ci-local/dist/index.js');

export interface GclRun {
  code: number;
  /** stdout and stderr together, as a job log reads. */
  output: string;
  stdout: string;
}

/**
 * `gitlab-ci-local ARGS` in `cwd`, with `variables` as pipeline variables that replace the predefined
 * ones of the same name, and only `env` as the environment.
 */
export async function runGitlabCiLocal(cwd: string, args: string[], variables: Record<string, string>, env: NodeJS.ProcessEnv): Promise<GclRun> {
  // gitlab-ci-local checks the expanded pipeline against GitLab's CI schema, compiling the schema anew in
  // every run (0.4 s of CPU, a third of a run); the same check runs below with the schema compiled once.
  const all = [GITLAB_CI_LOCAL, ...args, '--no-json-schema-validation', '--ignore-predefined-vars', Object.keys(variables).join(',')];
  for (const [k, v] of Object.entries(variables)) all.push('--variable', `${k}=${v}`);
  const expanded = join(cwd, '.gitlab-ci-local', 'expanded-gitlab-ci.yml');
  rmSync(expanded, { force: true });
  const r = await leanSpawn(process.execPath, all, { cwd, env, timeout: 120_000 });
  if (existsSync(expanded)) {
    const problems = gitlabCiValidator()(load(readFileSync(expanded, 'utf8')));
    if (problems.length) throw new Error(`The pipeline gitlab-ci-local expanded (${expanded}) is not valid against GitLab's CI schema:\n${problems.join('\n')}`);
  }
  return { code: r.code ?? -1, output: r.stdout + r.stderr, stdout: r.stdout };
}

/** The predefined variables of a detached merge request pipeline for merge request `iid` of project `projectId`. */
export function mergeRequestPipeline(projectId: number, iid: number, base: string, head: string): Record<string, string> {
  return {
    GITLAB_CI: 'true',
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_PROJECT_ID: String(projectId),
    CI_COMMIT_SHA: head,
    CI_MERGE_REQUEST_IID: String(iid),
    CI_MERGE_REQUEST_PROJECT_ID: String(projectId),
    CI_MERGE_REQUEST_EVENT_TYPE: 'detached',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
  };
}
