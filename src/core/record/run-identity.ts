/**
 * Which run wrote a record: re-runs after each approval write records that differ only here, so an
 * auditor can tell them apart and open the run that decided.
 */
export interface RunIdentity {
  /** The workflow run (GitHub) or pipeline (GitLab) id. */
  id: string | null;
  /** GitHub's run attempt (1 for the first run, 2 for its first re-run); GitLab retries get a new job id instead. */
  attempt: number | null;
  /** The job's own id, where the platform gives jobs one (GitLab). */
  jobId: string | null;
  /** The run's or job's web page. */
  url: string | null;
  /** The workflow (GitHub) or pipeline name (GitLab). */
  workflow: string | null;
  /** The workflow file and ref that ran (GitHub `GITHUB_WORKFLOW_REF`), or the pipeline's CI config path (GitLab). */
  workflowRef: string | null;
  job: string | null;
  /** Who started the run. */
  actor: string | null;
  /** The event or pipeline source that started it, e.g. `pull_request`, `merge_request_event`, `push`. */
  event: string | null;
  ref: string | null;
  /** The commit the run was started for (in a pull request, the test merge commit). */
  sha: string | null;
  /** The repository's web address, which names the head commit in the signed statement. */
  repositoryUrl: string | null;
}

export const NO_RUN: RunIdentity = {
  id: null,
  attempt: null,
  jobId: null,
  url: null,
  workflow: null,
  workflowRef: null,
  job: null,
  actor: null,
  event: null,
  ref: null,
  sha: null,
  repositoryUrl: null,
};
