import { apiFailure, apiHost, gitlabApi, type ApiFailure } from '../../../src/platform/gitlab/client.js';
import { newState, startGitLab, type RunningServer, type User } from './api-server.js';
import { platformTiming } from '../../../src/platform/http/timing.js';

const BOT: User = { id: 99, username: 'project_42_bot_5f3a' };

/** How a call that must fail failed. */
function failureOf(call: Promise<unknown>): Promise<ApiFailure> {
  return call.then(
    () => {
      throw new Error('the call succeeded');
    },
    apiFailure,
  );
}

describe('GitLab API client', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startGitLab(newState({ tokens: [{ value: 'glpat-abc', user: BOT, scopes: ['api'] }] }));
  });
  afterEach(() => server.close());

  it('finds the API from CI_API_V4_URL (keeping a relative URL root) or CI_SERVER_URL', () => {
    expect(apiHost({ CI_API_V4_URL: 'https://example.com/gitlab/api/v4', CI_SERVER_URL: 'https://example.com/gitlab' })).toBe('https://example.com/gitlab');
    expect(apiHost({ CI_SERVER_URL: 'https://gitlab.example.com/' })).toBe('https://gitlab.example.com');
    expect(apiHost({})).toBeUndefined();
  });

  it('sends the token only in the PRIVATE-TOKEN header, or a job token in JOB-TOKEN', async () => {
    const me = await gitlabApi({ host: server.url, token: 'glpat-abc' }).currentUser();
    expect(me).toEqual({ id: 99, username: 'project_42_bot_5f3a', bot: true });
    expect(server.requests[0]!.headers['private-token']).toBe('glpat-abc');
    expect(server.requests[0]!.query.toString()).toBe('');
    const failure = await failureOf(gitlabApi({ host: server.url, token: 'job-xyz', kind: 'job' }).currentUser());
    expect(server.requests[1]!.headers['job-token']).toBe('job-xyz');
    expect(server.requests[1]!.headers['private-token']).toBeUndefined();
    expect(failure).toEqual({ status: 401, detail: '401 Unauthorized' });
  });

  it('gives up on a request that hangs at the platform deadline, trying again until then, and counts every try', async () => {
    server.state.hang = /\/user$/;
    const timing = platformTiming({ AI_GOVERNANCE_BACKOFF_MS: '10' }, '2', 'test');
    const api = gitlabApi({ host: server.url, token: 'glpat-abc', timing, timeoutMs: 300 });
    const started = Date.now();
    const failure = await failureOf(api.currentUser());
    expect(Date.now() - started).toBeLessThan(5000);
    expect(failure.status).toBeUndefined();
    expect(failure.detail).toMatch(/GET \/api\/v4\/user.*no answer within the time limit/);
    expect(api.requests).toBe(server.requests.length);
    expect(api.requests).toBeGreaterThan(1);
  });

  it('never prints an error body as it came: GitLab\'s message, one short line', async () => {
    server.state.failing = { path: /\/user$/, status: 400, raw: JSON.stringify({ message: `bad\n::error::injected ${'x'.repeat(400)}` }) };
    const failure = await failureOf(gitlabApi({ host: server.url, token: 'glpat-abc' }).currentUser());
    expect(failure.status).toBe(400);
    expect(failure.detail).not.toContain('\n');
    expect(failure.detail.length).toBeLessThanOrEqual(201);
  });

  it('reports an unreachable server without the token', async () => {
    await server.close();
    // Short waits between the tries: what is reported after the last one is under test, not the backoff.
    const timing = platformTiming({ AI_GOVERNANCE_BACKOFF_MS: '10' }, '10', 'test');
    const failure = await failureOf(gitlabApi({ host: server.url, token: 'glpat-abc', timing, timeoutMs: 2000 }).currentUser());
    expect(failure.status).toBeUndefined();
    expect(failure.detail).toMatch(/ECONNREFUSED|fetch failed/);
    expect(JSON.stringify(failure)).not.toContain('glpat-abc');
    server = await startGitLab(newState());
  });
});
