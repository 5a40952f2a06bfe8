/**
 * One case per catalogue row, built from strings the tools really write (the catalogue comments say
 * where each was observed). Adding a row without a case here fails the coverage test below.
 */
import { AI_TOOLS } from '../../src/core/attribution/catalogue.js';
import { attributeCommit } from '../../src/core/attribution/detect-commit.js';
import { attributeRequest } from '../../src/core/attribution/detect-request.js';
import type { EvidenceSignal } from '../../src/core/attribution/types.js';
import type { Commit, RequestInfo } from '../../src/core/model.js';
import { GITHUB_WEB, HUMAN, NO_OPTIONS, commit, request } from './build.js';

interface CommitCase {
  row: string;
  name: string;
  commit: Commit;
  signals: EvidenceSignal[];
}

interface RequestCase {
  row: string;
  name: string;
  request: RequestInfo;
  signals: EvidenceSignal[];
}

const COMMIT_CASES: CommitCase[] = [
  {
    row: 'github-copilot',
    name: 'coding agent commit: agent author, logs link, requester co-author',
    commit: commit(
      'Add AI-optimized vault structure\n\nAgent-Logs-Url: https://github.com/octo-org/vault/sessions/31474705-fbd9-4eed-bbb9-f011558ccd5e\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>\n',
      { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
      GITHUB_WEB,
    ),
    signals: ['author-email', 'message-marker'],
  },
  {
    row: 'github-copilot',
    name: 'Copilot CLI co-author',
    commit: commit('feat(jobs): add retry queue\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'github-copilot',
    name: 'squash merge crediting the coding agent and a review suggestion',
    commit: commit(
      'Fix nil info.Length panic (#15460)\n\n* first\n\n---------\n\nCo-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>\nCo-authored-by: Copilot Autofix powered by AI <175728472+Copilot@users.noreply.github.com>\n',
      HUMAN,
      GITHUB_WEB,
    ),
    signals: ['co-author-trailer', 'co-author-trailer'],
  },
  {
    row: 'github-copilot',
    name: 'VS Code AI co-author',
    commit: commit('Refactor parser\n\nCo-authored-by: Copilot <copilot@github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'claude-code',
    name: 'Claude Code footer and model-named co-author',
    commit: commit(
      'Add retry to the uploader\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
    ),
    // Evidence lists identities, then trailers, then message lines.
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'claude-code',
    name: 'Claude Code on the web: Claude as author, session trailer',
    commit: commit(
      'fix: verify dependencies at startup\n\nCo-Authored-By: Claude Opus 5 (1M context) <noreply@anthropic.com>\nClaude-Session: https://claude.ai/code/session_01MgNYH1A9cGSt3nU71SJKyc\n',
      { name: 'Claude', email: 'noreply@anthropic.com' },
    ),
    signals: ['author-email', 'committer-email', 'co-author-trailer', 'message-marker'],
  },
  {
    row: 'claude-code',
    name: 'Claude GitHub app as author',
    commit: commit('fix: deflake login test', { name: 'claude[bot]', email: '209825114+claude[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'cursor',
    name: 'Cursor agent author and co-author',
    commit: commit(
      'Fix copy/paste column alignment\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n',
      { name: 'Cursor Agent', email: 'cursoragent@cursor.com' },
    ),
    signals: ['author-email', 'committer-email', 'co-author-trailer'],
  },
  {
    row: 'cursor',
    name: 'Made-with trailer',
    commit: commit('complete fix: liquidity rows\n\nMade-with: Cursor\n'),
    signals: ['message-marker'],
  },
  {
    row: 'cursor',
    name: 'cursor[bot] as co-author',
    commit: commit('Tidy handlers\n\nCo-authored-by: cursor[bot] <206951365+cursor[bot]@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'aider',
    name: 'author and committer name suffix',
    commit: commit('Add input validation', { name: 'Jane Dev (aider)', email: 'jane@example.com' }),
    signals: ['author-name-suffix', 'committer-name-suffix'],
  },
  {
    row: 'aider',
    name: 'co-author with the model in parentheses',
    commit: commit('Aider edit\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'aider',
    name: 'co-author at the noreply address',
    commit: commit('Fix bug\n\nCo-authored-by: aider (openai/gpt-4o) <noreply@aider.chat>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'aider',
    name: 'subject prefix',
    commit: commit('aider: Added a --verbose flag to the CLI'),
    signals: ['message-marker'],
  },
  {
    row: 'openai-codex',
    name: 'Codex CLI hook trailer',
    commit: commit('Use prompt-based co-author attribution\n\nCo-authored-by: Codex <noreply@openai.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'devin',
    name: 'Devin as author',
    commit: commit(
      'Implement endpoint',
      { name: 'devin-ai-integration[bot]', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    ),
    signals: ['author-email', 'committer-email'],
  },
  {
    row: 'google-jules',
    name: 'Jules co-author on a squash merge',
    commit: commit(
      'perf: eliminate N+1 queries\n\nCo-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>\nCo-authored-by: gabrielima7 <230595838+gabrielima7@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'gemini-code-assist',
    name: 'accepted review suggestion',
    commit: commit(
      'feat: add gc_threshold arg (#21481)\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'gemini-cli',
    name: 'Gemini CLI identity as co-author',
    commit: commit('docs: refresh setup\n\nCo-Authored-By: gemini-cli <218195315+gemini-cli@users.noreply.github.com>\n'),
    signals: ['co-author-trailer'],
  },
  {
    row: 'amazon-q',
    name: 'Amazon Q Developer as co-author',
    commit: commit(
      'Add OASIS integration\n\nCo-authored-by: amazon-q-developer[bot] <208079219+amazon-q-developer[bot]@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'kiro',
    name: 'Kiro agent as author',
    commit: commit('Implement spec tasks', { name: 'kiro-agent[bot]', email: '245459735+kiro-agent[bot]@users.noreply.github.com' }, HUMAN),
    signals: ['author-email'],
  },
  {
    row: 'amp',
    name: 'Amp trailers',
    commit: commit(
      'Update log4j to 2.15.1\n\nCo-authored-by: Amp <amp@ampcode.com>\nAmp-Thread-ID: https://ampcode.com/threads/T-652c6d27-8ae1-4e61-923d-a4d40071cb4b\n',
    ),
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'openhands',
    name: 'OpenHands as author and co-author',
    commit: commit(
      'fix: add requirements-lock check\n\nCo-authored-by: openhands <openhands@all-hands.dev>\n',
      { name: 'openhands', email: 'openhands@all-hands.dev' },
      HUMAN,
    ),
    signals: ['author-email', 'co-author-trailer'],
  },
  {
    row: 'sweep',
    name: 'Sweep app as author (id-less noreply address)',
    commit: commit('Add changelog', { name: 'sweep-ai[bot]', email: 'sweep-ai[bot]@users.noreply.github.com' }, GITHUB_WEB),
    signals: ['author-email'],
  },
  {
    row: 'windsurf',
    name: 'accepted Windsurf review suggestion',
    commit: commit(
      'Apply suggestion\n\nCo-authored-by: windsurf-bot[bot] <189301087+windsurf-bot[bot]@users.noreply.github.com>\n',
    ),
    signals: ['co-author-trailer'],
  },
  {
    row: 'gitlab-duo',
    name: 'Duo Agent Platform hook trailers',
    commit: commit(
      'Add pagination\n\nCo-authored-by: GitLab Duo <duo@gitlab.com>\nDuo-Session: https://gitlab.example.com/group/project/-/automate/agent-sessions/abc-123\n',
    ),
    signals: ['co-author-trailer', 'message-marker'],
  },
  {
    row: 'gitlab-duo',
    name: 'Duo executor as author',
    commit: commit('Add pagination', { name: 'Duo Developer', email: 'duo.workflow.agent@gitlab.com' }, HUMAN),
    signals: ['author-email'],
  },
  {
    row: 'qwen-code',
    name: 'Qwen Code co-author',
    commit: commit('chore: bump deps\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>\n'),
    signals: ['co-author-trailer'],
  },
];

const REQUEST_CASES: RequestCase[] = [
  {
    row: 'github-copilot',
    name: 'coding agent pull request',
    request: request({ author: 'Copilot', authorIsBot: true, sourceBranch: 'copilot/fix-123', labels: ['copilot'] }),
    signals: ['request-author', 'branch-prefix', 'label'],
  },
  {
    row: 'claude-code',
    name: 'claude-code-action branch, app author and footer',
    request: request({
      author: 'claude[bot]',
      sourceBranch: 'claude/issue-12-20250601-1200',
      body: 'Retries uploads.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)',
    }),
    signals: ['request-author', 'branch-prefix', 'body-marker'],
  },
  {
    row: 'cursor',
    name: 'background agent branch and agent link',
    request: request({
      author: 'jane',
      sourceBranch: 'cursor/fix-login-redirect-3f2a',
      body: 'Fixes the redirect.\n\n[Open in Cursor](https://cursor.com/agents?id=bc-d68dcb7c-9938-45e3-afb4-3551a92a052e)',
    }),
    signals: ['branch-prefix', 'body-marker'],
  },
  {
    row: 'cursor',
    name: 'Cloud Agent PR footer with its branch',
    request: request({
      author: 'jordanl17',
      sourceBranch: 'cursor/sapp-1234-branch-names-8a1e',
      body: 'Include the Linear issue id in branch names.\n\n---\n\nThis pull request contains changes generated by a Cursor Cloud Agent\n\n<div><a href="https://cursor.com/agents/bc-a5c58b11-6f95-4565-9ebb-bff792a7f054?cursor_ref=pr_footer&cursor_cta=open_in_web"><picture><img alt="Open in Web" src="https://cursor.com/assets/images/open-in-web-dark.png"></picture></a>&nbsp;<a href="https://cursor.com/background-agent?bcId=bc-a5c58b11-6f95-4565-9ebb-bff792a7f054&cursor_ref=pr_footer&cursor_cta=open_in_cursor">Open in Cursor</a></div>',
    }),
    // The sentence and the one line holding both links are two body lines.
    signals: ['branch-prefix', 'body-marker', 'body-marker'],
  },
  {
    row: 'openai-codex',
    name: 'Codex cloud task',
    request: request({
      author: 'jane',
      sourceBranch: 'codex/add-retry-queue',
      body: '## Summary\n- add retry\n\n------\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_694400e34efc8325807c70c531c15e20)',
    }),
    signals: ['branch-prefix', 'body-marker'],
  },
  {
    row: 'devin',
    name: 'Devin pull request',
    request: request({
      author: 'devin-ai-integration[bot]',
      sourceBranch: 'devin/1712345678-add-endpoint',
      body: 'Adds the endpoint.\n\nLink to Devin run: https://app.devin.ai/sessions/a14c168d0f11439db44860592bd04eb1\nRequested by: @anikdhabal',
    }),
    signals: ['request-author', 'branch-prefix', 'body-marker'],
  },
  {
    row: 'google-jules',
    name: 'Jules pull request',
    request: request({
      author: 'google-labs-jules[bot]',
      body: 'Adds a plan generator.\n\n---\n*PR created automatically by Jules for task [9534672763496798450](https://jules.google.com/task/9534672763496798450) started by @arii*',
    }),
    signals: ['request-author', 'body-marker'],
  },
  {
    row: 'amazon-q',
    name: 'Amazon Q Developer agent branch',
    request: request({ author: 'amazon-q-developer[bot]', sourceBranch: 'Q-DEV-issue-10-1751593521' }),
    signals: ['request-author', 'branch-prefix'],
  },
  {
    row: 'openhands',
    name: 'OpenHands resolver',
    request: request({ author: 'openhands-agent', sourceBranch: 'openhands-fix-issue-42' }),
    signals: ['request-author', 'branch-prefix'],
  },
  {
    row: 'sweep',
    name: 'Sweep pull request',
    request: request({ author: 'sweep-ai[bot]', sourceBranch: 'sweep/add-changelog' }),
    signals: ['request-author', 'branch-prefix'],
  },
  {
    row: 'amp',
    name: 'single-commit request repeating the Amp trailers',
    request: request({
      author: 'jane',
      body: 'Update log4j\n\nCo-authored-by: Amp <amp@ampcode.com>\nAmp-Thread-ID: https://ampcode.com/threads/T-652c6d27-8ae1-4e61-923d-a4d40071cb4b',
    }),
    // The co-author line and the thread line are two separate lines of evidence.
    signals: ['body-marker', 'body-marker'],
  },
  {
    row: 'gitlab-duo',
    name: 'merge request opened by the Duo service account',
    request: request({ author: 'duo-developer', url: 'https://gitlab.example.com/group/project/-/merge_requests/7' }),
    signals: ['request-author'],
  },
];

function toolOf(rowId: string): string {
  const row = AI_TOOLS.find((t) => t.id === rowId);
  if (!row) throw new Error(`no catalogue row ${rowId}`);
  return row.tool;
}

describe('every catalogue row has a real-world case', () => {
  it('covers each row with at least one commit or request case', () => {
    const covered = new Set([...COMMIT_CASES, ...REQUEST_CASES].map((c) => c.row));
    expect(AI_TOOLS.map((t) => t.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('row ids and tool names are unique', () => {
    expect(new Set(AI_TOOLS.map((t) => t.id)).size).toBe(AI_TOOLS.length);
    expect(new Set(AI_TOOLS.map((t) => t.tool)).size).toBe(AI_TOOLS.length);
  });
});

describe('commit signatures', () => {
  it.each(COMMIT_CASES.map((c) => [`${c.row}: ${c.name}`, c] as const))('%s', (_n, c) => {
    const result = attributeCommit(c.commit, NO_OPTIONS);
    expect(result.aiAssisted).toBe(true);
    expect(result.tools).toEqual([toolOf(c.row)]);
    expect(result.evidence.map((e) => e.signal)).toEqual(c.signals);
  });
});

describe('request signatures', () => {
  it.each(REQUEST_CASES.map((c) => [`${c.row}: ${c.name}`, c] as const))('%s', (_n, c) => {
    const evidence = attributeRequest(c.request, NO_OPTIONS);
    expect(evidence.map((e) => e.signal)).toEqual(c.signals);
    expect(new Set(evidence.map((e) => e.tool))).toEqual(new Set([toolOf(c.row)]));
  });
});
