/**
 * What to tell a user whose token is missing or cannot do something: which token to create, with
 * which scope and role, and where to store it. CI_JOB_TOKEN can read a merge request, but not its
 * approvals, versions or notes, nor group members, nor write notes or approval rules, so a real token
 * is needed for those. The advice names what actually failed, and never suggests storing a variable
 * under a predefined name (CI_*, GITLAB_*-reserved names are GitLab's own).
 */
import type { ApiFailure } from './client.js';

export type TokenNeed = 'read' | 'write' | 'approval-rules';

const SCOPE: Record<TokenNeed, string> = {
  read: '`read_api` scope (or `api`), role Reporter or higher',
  write: '`api` scope, role Reporter or higher',
  'approval-rules': '`api` scope, role Developer or higher',
};

export const JOB_TOKEN = 'CI_JOB_TOKEN';
const SUGGESTED_VARIABLE = 'GITLAB_TOKEN';

/** Predefined variables cannot be stored under their own name: suggest one the user can create. */
function storableName(tokenVariable: string): string {
  return /^CI_/.test(tokenVariable) ? SUGGESTED_VARIABLE : tokenVariable;
}

function tokenRecipe(tokenVariable: string, need: TokenNeed): string {
  const name = storableName(tokenVariable);
  const rename = name === tokenVariable ? '' : ` and set the component input \`token-variable: ${name}\``;
  return (
    `Create a project or group access token with ${SCOPE[need]} (project → Settings → Access tokens), ` +
    `or on GitLab Free a personal access token of a dedicated user or service account, ` +
    `and store it in Settings → CI/CD → Variables as a masked variable named ${name} ` +
    `(not protected, or merge request pipelines of unprotected branches cannot read it)${rename}.`
  );
}

export function missingToken(tokenVariable: string, need: TokenNeed, what: string): string {
  return `No API token in the CI/CD variable ${tokenVariable}, so ${what}. ${tokenRecipe(tokenVariable, need)}`;
}

/**
 * One sentence for a refused or failed call, naming the token that would fix it when a token would.
 * `resource` says what was being read or written, e.g. "the approvals of merge request !7".
 */
export function tokenProblem(failure: ApiFailure, tokenVariable: string, need: TokenNeed, what: string, resource = 'this'): string {
  const detail = failure.status ? `HTTP ${failure.status}: ${failure.detail}` : failure.detail;
  const refused = failure.status === 401 || failure.status === 403 || failure.status === 404;
  if (tokenVariable === JOB_TOKEN && refused) {
    return `${JOB_TOKEN} may not access ${resource} (${detail}), so ${what}: GitLab lets the job token read a merge request, but not its approvals, versions or notes, nor group members or approval rules. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 401) {
    return `The token in ${tokenVariable} was rejected (${detail}), so ${what}: it is expired, revoked or mistyped. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 403) {
    return `The token in ${tokenVariable} is not allowed to access ${resource} (${detail}), so ${what}. It needs ${SCOPE[need]}. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 404) {
    return `GitLab answered "not found" for ${resource} (${detail}), so ${what}: the token in ${tokenVariable} cannot see it. It needs ${SCOPE[need]} in this project.`;
  }
  return `The GitLab API call for ${resource} failed (${detail}), so ${what}.`;
}
