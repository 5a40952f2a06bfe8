/**
 * The variables GitLab sets for a merge request pipeline, as documented under "Predefined CI/CD
 * variables", pointed at a local API server.
 */
import type { RunningServer } from './api-server.js';

export interface MrPipeline {
  server: RunningServer;
  iid: number;
  base: string;
  head: string;
  /** The labels as they were when the pipeline was created. */
  labels?: string[];
  eventType?: 'detached' | 'merged_result' | 'merge_train';
  sourceSha?: string;
  token?: string;
}

export function mrPipelineEnv(p: MrPipeline): Record<string, string> {
  const { server } = p;
  const projectUrl = `${server.url}/${server.state.projectPath}`;
  const env: Record<string, string> = {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_SERVER_URL: server.url,
    CI_SERVER_FQDN: new URL(server.url).host,
    CI_API_V4_URL: `${server.url}/api/v4`,
    CI_PROJECT_ID: String(server.state.projectId),
    CI_PROJECT_PATH: server.state.projectPath,
    CI_PROJECT_URL: projectUrl,
    CI_JOB_ID: '901',
    CI_JOB_URL: `${projectUrl}/-/jobs/901`,
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_COMMIT_SHA: p.head,
    CI_COMMIT_BEFORE_SHA: '0000000000000000000000000000000000000000',
    CI_MERGE_REQUEST_IID: String(p.iid),
    CI_MERGE_REQUEST_PROJECT_ID: String(server.state.projectId),
    CI_MERGE_REQUEST_PROJECT_URL: projectUrl,
    CI_MERGE_REQUEST_EVENT_TYPE: p.eventType ?? 'detached',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: p.base,
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_MERGE_REQUEST_TITLE: 'Frozen title',
    CI_MERGE_REQUEST_LABELS: (p.labels ?? []).join(','),
  };
  if (p.sourceSha) env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA = p.sourceSha;
  if (p.token) env.GITLAB_TOKEN = p.token;
  return env;
}
