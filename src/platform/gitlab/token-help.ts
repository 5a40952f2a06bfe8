/**
 * What to tell a user whose token is missing or cannot do something: which token to create, with
 * which scope and role, and where to store it. CI_JOB_TOKEN cannot read merge request details,
 * approvals or group members, nor write notes or approval rules, so a real token is needed for those.
 */
import type { ApiFailure } from './client.js';

export type TokenNeed = 'read' | 'write' | 'approval-rules';

const SCOPE: Record<TokenNeed, string> = {
  read: '`read_api` scope (or `api`), role Reporter or higher',
  write: '`api` scope, role Reporter or higher',
  'approval-rules': '`api` scope, role Developer or higher',
};

export function tokenRecipe(tokenVariable: string, need: TokenNeed): string {
  return (
    `Create a project or group access token with ${SCOPE[need]} (project → Settings → Access tokens), ` +
    `or on GitLab Free a personal access token of a dedicated user or service account, ` +
    `and store it in Settings → CI/CD → Variables as a masked variable named ${tokenVariable} ` +
    `(not protected, or merge request pipelines of unprotected branches cannot read it).`
  );
}

export function missingToken(tokenVariable: string, need: TokenNeed, what: string): string {
  return `No API token in the CI/CD variable ${tokenVariable}, so ${what}. ${tokenRecipe(tokenVariable, need)}`;
}

/** One sentence for a refused or failed call, naming the token that would fix it when a token would. */
export function tokenProblem(failure: ApiFailure, tokenVariable: string, need: TokenNeed, what: string): string {
  const detail = failure.status ? `HTTP ${failure.status}: ${failure.detail}` : failure.detail;
  if (failure.status === 401) {
    return `The token in ${tokenVariable} was rejected (${detail}), so ${what}: it is expired, revoked or mistyped. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 403) {
    return `The token in ${tokenVariable} is not allowed to do this (${detail}), so ${what}. It needs ${SCOPE[need]}. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 404) {
    return `GitLab answered "not found" (${detail}), so ${what}: the token in ${tokenVariable} cannot see the project or merge request. It needs ${SCOPE[need]} in this project.`;
  }
  return `The GitLab API call failed (${detail}), so ${what}.`;
}
