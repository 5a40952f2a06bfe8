import { findRequester, parseRequestedBy } from '../../src/core/attribution/requester.js';
import type { Person } from '../../src/core/model.js';
import { GITHUB_WEB, HUMAN, commit, options, request } from './build.js';

const COPILOT: Person = { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' };
const DEVIN_LINK = 'Link to Devin run: https://app.devin.ai/sessions/a14c168d0f11439db44860592bd04eb1';

describe('Copilot coding agent: the human co-author on the agent commits', () => {
  const agentCommit = (human: string) =>
    commit(`Add feature\n\nAgent-Logs-Url: https://github.com/o/r/sessions/abc\n\nCo-authored-by: ${human}`, COPILOT, GITHUB_WEB);

  it('names the requester from the trailer and its noreply address', () => {
    const commits = [agentCommit('gupt0479-ctrl <235218211+gupt0479-ctrl@users.noreply.github.com>'), commit('Human follow-up')];
    expect(findRequester(undefined, commits)).toEqual({
      login: 'gupt0479-ctrl',
      name: 'gupt0479-ctrl',
      email: '235218211+gupt0479-ctrl@users.noreply.github.com',
      source: 'Co-authored-by trailer on 1 commit by GitHub Copilot',
    });
  });

  it('counts the agent commits that credit the same person', () => {
    const commits = [agentCommit('Jane Dev <1+jane@users.noreply.github.com>'), agentCommit('jane <1+jane@users.noreply.github.com>')];
    expect(findRequester(undefined, commits)?.source).toBe('Co-authored-by trailer on 2 commits by GitHub Copilot');
  });

  it('works for a plain email address too', () => {
    expect(findRequester(undefined, [agentCommit('Ada <ada@example.com>')])).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      source: 'Co-authored-by trailer on 1 commit by GitHub Copilot',
    });
  });

  it('gives no requester when agent commits credit two different people', () => {
    expect(findRequester(undefined, [agentCommit('Ada <ada@example.com>'), agentCommit('Bob <bob@example.com>')])).toBeUndefined();
  });

  it('skips AI co-authors and human-authored commits', () => {
    const humanWithAi = commit('Change\n\nCo-authored-by: Bob <bob@example.com>\nCo-Authored-By: Claude <noreply@anthropic.com>', HUMAN);
    const agentWithAi = commit('Change\n\nCo-authored-by: Claude <noreply@anthropic.com>', COPILOT);
    expect(findRequester(undefined, [humanWithAi, agentWithAi])).toBeUndefined();
  });

  it('does not treat an aider commit as the agent acting for someone else', () => {
    const c = commit('Edit\n\nCo-authored-by: Bob <bob@example.com>', { name: 'Jane (aider)', email: 'jane@example.com' });
    expect(findRequester(undefined, [c])).toBeUndefined();
  });
});

describe('Devin: the "Requested by" line', () => {
  it.each([
    ['Requested by: @anikdhabal', { login: 'anikdhabal' }],
    ['Requested by: jujunjun110@example.com', { email: 'jujunjun110@example.com' }],
    ['Requested by: NISHIO (nishio.hirokazu@example.com) (@nishio)', { login: 'nishio', name: 'NISHIO', email: 'nishio.hirokazu@example.com' }],
    ['Requested by: 飯田篤', { name: '飯田篤' }],
    ['- Requested by: Design Arena Founders (founders@example.ai) / @grxxce', { login: 'grxxce', name: 'Design Arena Founders', email: 'founders@example.ai' }],
    ['Requested by: @bytepassperks (bytepass5@example.com)', { login: 'bytepassperks', email: 'bytepass5@example.com' }],
    ['**Requested by:** [@octocat](https://github.com/octocat)', { login: 'octocat' }],
  ])('%s', (line, who) => {
    const r = request({ author: 'devin-ai-integration[bot]', body: `Adds the endpoint.\n\n${DEVIN_LINK}\n${line}\n` });
    expect(findRequester(r, [])).toEqual({ ...who, source: '"Requested by" line in the pull request description' });
  });

  it('reads it when only the session link shows Devin wrote the request', () => {
    const r = request({ author: 'jane', body: `${DEVIN_LINK}\nRequested by: @anikdhabal` });
    expect(findRequester(r, [])?.login).toBe('anikdhabal');
  });

  it('ignores "Requested by" in a request no agent wrote', () => {
    expect(findRequester(request({ author: 'jane', body: 'Requested by: @boss' }), [])).toBeUndefined();
  });

  it('parses the parts of a requester line', () => {
    expect(parseRequestedBy('Jane Doe <not an email>')).toEqual({ name: 'Jane Doe <not an email>' });
    expect(parseRequestedBy('  ')).toBeUndefined();
  });
});

describe('Jules: the footer names who started the task', () => {
  it('reads the login', () => {
    const r = request({
      author: 'google-labs-jules[bot]',
      body: 'Adds a plan generator.\n\n---\n*PR created automatically by Jules for task [9534672763496798450](https://jules.google.com/task/9534672763496798450) started by @arii*',
    });
    expect(findRequester(r, [])).toEqual({ login: 'arii', source: 'Jules footer in the pull request description' });
  });
});

describe('the single human assignee of an agent-authored request', () => {
  it('is the requester when nothing else names one', () => {
    const r = request({ author: 'Copilot', assignees: ['Copilot', 'octocat'] });
    expect(findRequester(r, [])).toEqual({ login: 'octocat', source: 'the only human assignee of the agent-authored pull request' });
  });

  it('is not used when there are two human assignees', () => {
    expect(findRequester(request({ author: 'Copilot', assignees: ['octocat', 'hubot'] }), [])).toBeUndefined();
  });

  it('is not used for a request a person opened', () => {
    expect(findRequester(request({ author: 'jane', assignees: ['octocat'] }), [])).toBeUndefined();
  });

  it('is not an agent account listed by the policy', () => {
    const policy = options({ identities: [{ tool: 'Acme Agent', login: 'acme-agent' }] });
    const r = request({ author: 'acme-agent', assignees: ['acme-agent', 'other-bot', 'octocat'] });
    expect(findRequester(r, [], policy)).toBeUndefined();
    const r2 = request({ author: 'acme-agent', assignees: ['acme-agent', 'octocat'] });
    expect(findRequester(r2, [], policy)?.login).toBe('octocat');
  });

  it('comes after the agent commits', () => {
    const c = commit('Add\n\nCo-authored-by: Ada <ada@example.com>', COPILOT);
    const r = request({ author: 'Copilot', assignees: ['octocat'] });
    expect(findRequester(r, [c])?.email).toBe('ada@example.com');
  });
});
