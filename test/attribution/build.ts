/** Builders for the attribution tests: commits get their trailers from the real trailer parser. */
import type { Commit, Person, RequestInfo } from '../../src/core/model.js';
import { parseTrailers } from '../../src/core/git-text/trailers.js';
import type { AttributionOptions } from '../../src/core/attribution/types.js';

export const HUMAN: Person = { name: 'Jane Dev', email: 'jane@example.com' };
export const GITHUB_WEB: Person = { name: 'GitHub', email: 'noreply@github.com' };
export const NO_OPTIONS: AttributionOptions = { identities: [], trailers: [], labels: [] };

let counter = 0;

export function commit(message: string, author: Person = HUMAN, committer: Person = author): Commit {
  counter++;
  return {
    // Distinct in the first seven characters, as short shas in messages are.
    sha: counter.toString(16).padStart(7, '0').padEnd(40, 'a'),
    author,
    committer,
    message,
    trailers: parseTrailers(message),
    additions: 1,
    deletions: 0,
  };
}

export function request(fields: Partial<RequestInfo>): RequestInfo {
  return { labels: [], assignees: [], requestedReviewers: [], approvals: [], ...fields };
}

export function options(fields: Partial<AttributionOptions>): AttributionOptions {
  return { ...NO_OPTIONS, ...fields };
}
