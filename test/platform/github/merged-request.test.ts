/**
 * The lookup a push to the default branch makes, and that post-merge checks can reuse: which merged
 * pull request a commit came from, against a local server that answers like GitHub.
 */
import { createClient } from '../../../src/platform/github/client.js';
import { platformTiming, type PlatformTiming } from '../../../src/platform/http/timing.js';
import { findMergedPullRequest } from '../../../src/platform/github/merged-request.js';
import { GitHubApiServer } from './support/api-server.js';
import * as ex from './support/openapi-examples.js';
import { TEST_TOKEN } from './support/run-action.js';

const TIMING = (): PlatformTiming => platformTiming({ AI_GOVERNANCE_BACKOFF_MS: '10' }, '10', 'test');

const SQUASH = 'd'.repeat(40);
const WHERE = { owner: 'Codertocat', repo: 'Hello-World' };

describe('findMergedPullRequest', () => {
  let server: GitHubApiServer;
  beforeEach(async () => {
    server = await new GitHubApiServer().start();
  });
  afterEach(() => server.stop());

  const pull = (number: number, extra: Record<string, unknown>) => ({ ...ex.pullRequest({ ...WHERE, number, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) }), ...extra });

  it('picks the merged pull request whose merge commit it is, with its commits oldest first', async () => {
    server.commitPulls.set(SQUASH, [
      pull(3, { state: 'open', merged_at: null }),
      pull(4, { state: 'closed', merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: 'e'.repeat(40) }),
      pull(5, { state: 'closed', merged_at: '2026-01-02T00:00:00Z', merge_commit_sha: SQUASH, body: 'Adds it.' }),
    ]);
    server.commits.set(5, [
      ex.commitItem({ sha: '1'.repeat(40), message: 'First\n', author: { name: 'Jane', email: 'jane@example.com' } }),
      ex.commitItem({ sha: '2'.repeat(40), message: 'Second\n\nCo-authored-by: Amp <amp@ampcode.com>\n', author: { name: 'Jane', email: 'jane@example.com' } }),
    ]);
    const found = await findMergedPullRequest(createClient(TEST_TOKEN, { GITHUB_API_URL: server.url }, TIMING()).client, WHERE, SQUASH, TIMING());
    expect(found?.request.number).toBe(5);
    expect(found?.request.body).toBe('Adds it.');
    expect(found?.commit).toBe(SQUASH);
    // git log order, newest first, as the rest of the gate reads commits.
    expect(found?.commits.map((c) => c.sha)).toEqual(['2'.repeat(40), '1'.repeat(40)]);
    expect(found?.commits[0]!.trailers).toEqual([{ key: 'Co-authored-by', value: 'Amp <amp@ampcode.com>' }]);
  });

  it('finds nothing when the commit came from no merged pull request', async () => {
    server.commitPulls.set(SQUASH, [pull(3, { state: 'open', merged_at: null })]);
    expect(await findMergedPullRequest(createClient(TEST_TOKEN, { GITHUB_API_URL: server.url }, TIMING()).client, WHERE, SQUASH, TIMING())).toBeUndefined();
    expect(server.calls()).toEqual([`GET /repos/Codertocat/Hello-World/commits/${SQUASH}/pulls`]);
  });
});
