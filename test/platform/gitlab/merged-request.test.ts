/**
 * The lookup a push pipeline of the default branch makes: which merged merge request a commit came
 * from, against a local server that answers like GitLab.
 */
import { gitlabApi } from '../../../src/platform/gitlab/client.js';
import { findMergedMergeRequest } from '../../../src/platform/gitlab/merged-request.js';
import { newState, startGitLab, type RunningServer, type User } from './api-server.js';

const TOKEN = 'glpat-mergedrequesttest000';
const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };
const JANE: User = { id: 7, username: 'jane' };
const SQUASH = 'd'.repeat(40);

describe('findMergedMergeRequest', () => {
  let gl: RunningServer;
  afterEach(() => gl.close());

  const mr = (iid: number, fields: Record<string, unknown>) => ({ iid, title: `MR ${iid}`, description: '', labels: [], author: JANE, source_branch: `b${iid}`, target_branch: 'main', sha: 'b'.repeat(40), ...fields });

  it('picks the merged request whose squash commit it is, and reads its commits', async () => {
    gl = await startGitLab(
      newState({
        tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }],
        users: [BOT, JANE],
        mergeRequests: [
          mr(3, { state: 'opened', commits: [{ id: SQUASH, message: 'x', author_name: 'Jane', author_email: 'jane@example.com' }] }),
          mr(4, { state: 'merged', squash_commit_sha: SQUASH, commits: [{ id: '1'.repeat(40), message: 'Fix\n\nAssisted-by: Claude:claude-opus-4-6\n', author_name: 'Jane', author_email: 'jane@example.com' }] }),
        ],
      }),
    );
    const warnings: string[] = [];
    const found = await findMergedMergeRequest(gitlabApi({ host: gl.url, token: TOKEN }), '42', SQUASH, warnings, 'GITLAB_TOKEN');
    expect(found?.request.number).toBe(4);
    expect(found?.request.url).toBe(`${gl.url}/acme/shop/-/merge_requests/4`);
    expect(found?.commits.map((c) => [c.sha, c.trailers])).toEqual([['1'.repeat(40), [{ key: 'Assisted-by', value: 'Claude:claude-opus-4-6' }]]]);
    expect(warnings).toEqual([]);
  });

  it('finds nothing when no merged request holds the commit', async () => {
    gl = await startGitLab(newState({ tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }], users: [BOT, JANE], mergeRequests: [mr(3, { state: 'opened', merge_commit_sha: null })] }));
    expect(await findMergedMergeRequest(gitlabApi({ host: gl.url, token: TOKEN }), '42', SQUASH, [], 'GITLAB_TOKEN')).toBeUndefined();
  });

  it('keeps the request and says so when its commits cannot be read', async () => {
    gl = await startGitLab(
      newState({
        tokens: [{ value: TOKEN, user: BOT, scopes: ['api'] }],
        users: [BOT, JANE],
        mergeRequests: [mr(4, { state: 'merged', merge_commit_sha: SQUASH, description: 'AI-Assisted: yes' })],
        failing: { path: /\/merge_requests\/4\/commits$/, status: 403, times: 1 },
      }),
    );
    const warnings: string[] = [];
    const found = await findMergedMergeRequest(gitlabApi({ host: gl.url, token: TOKEN }), '42', SQUASH, warnings, 'GITLAB_TOKEN');
    expect(found?.request.body).toBe('AI-Assisted: yes');
    expect(found?.commits).toEqual([]);
    expect(warnings.join(' ')).toContain('commits of merge request !4');
  });
});
