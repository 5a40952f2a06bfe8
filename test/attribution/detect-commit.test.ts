import { UNSPECIFIED_TOOL } from '../../src/core/attribution/catalogue.js';
import { attributeCommit } from '../../src/core/attribution/detect-commit.js';
import type { Commit, Person } from '../../src/core/model.js';
import { parseTrailers } from '../../src/core/git-text/trailers.js';
import { TempRepo } from '../helpers/git-repo.js';
import { GITHUB_WEB, HUMAN, NO_OPTIONS, commit, options } from './build.js';
import { leanExecFileSync } from '../helpers/lean-exec.js';

describe('plain mentions, people and other bots are not AI evidence', () => {
  const NEGATIVE: [string, Commit][] = [
    ['fix cursor position', commit('fix cursor position in the editor')],
    ['add Claude API client', commit('add Claude API client\n\nUses the Anthropic SDK to call Claude.')],
    ['update copilot docs', commit('update copilot docs\n\nExplain how Copilot suggestions are reviewed.')],
    ['a footer quoted mid-line', commit("docs: explain the 'Generated with Claude Code' footer\n\nWe strip lines like Made-with: Cursor in a hook.")],
    ['human co-author', commit('Pair on the parser\n\nCo-authored-by: Ada Lovelace <ada@example.com>')],
    ['people who share a tool name', commit(
      'Pairing day\n\nCo-authored-by: Claude Monet <claude@monet.fr>\nCo-authored-by: Claude <claude@acme.fr>\nCo-authored-by: Devin Smith <devin@example.com>\nCo-authored-by: Cursor Johnson <cj@example.com>\nCo-authored-by: Copilot Jones <cj2@example.com>\nCo-authored-by: Jules Verne <jules@example.com>',
    )],
    ['an Anthropic employee is not the Claude identity', commit('Fix typo', { name: 'Ashwin Bhat', email: 'ashwin@anthropic.com' })],
    ['a name ending in aider without the suffix form', commit('Fix', { name: 'Jane Aider', email: 'jane.aider@example.com' })],
    ['dependabot', commit('Bump lodash from 4.17.20 to 4.17.21', { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' }, GITHUB_WEB)],
    ['renovate', commit('chore(deps): update node to v20', { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' })],
    ['github-actions', commit('Update dist', { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' })],
    ['web-flow committer', commit('Merge pull request #12 from jane/fix', HUMAN, GITHUB_WEB)],
    ['declared not AI-assisted', commit('Fix\n\nAI-Assisted: no')],
    ['a review credit is not authorship', commit('Fix\n\nReviewed-by: Copilot <175728472+Copilot@users.noreply.github.com>')],
    ['a co-author line shown as an indented example', commit('Docs\n\nWe no longer add\n\n    Co-authored-by: Claude <noreply@anthropic.com>\n\nto commits.')],
    ['a co-author line in a fenced block', commit('Docs\n\n```\nCo-authored-by: Claude <noreply@anthropic.com>\n```\n')],
    ['a quoted co-author line', commit('Strip agent trailers\n\n> Co-authored-by: Claude <noreply@anthropic.com>\n\nis removed by the hook.')],
  ];

  it.each(NEGATIVE)('%s', (_name, c) => {
    const result = attributeCommit(c, NO_OPTIONS);
    expect(result.evidence).toEqual([]);
    expect(result.aiAssisted).toBe(false);
    expect(result.tools).toEqual([]);
  });
});

describe('generic AI trailers', () => {
  it.each([
    ['Assisted-by: Claude:claude-3-opus coccinelle sparse', 'Claude'],
    ['Assisted-by: GitHub Copilot', 'GitHub Copilot'],
    ['Generated-by: GitHub Copilot <copilot@github.com>', 'GitHub Copilot'],
    ['Generated-by: OpenAI Codex', 'OpenAI Codex'],
    ['Assisted-by: some-new-agent:v1', UNSPECIFIED_TOOL],
    ['assisted-by: an internal LLM', UNSPECIFIED_TOOL],
  ])('%s → %s', (trailer, tool) => {
    const result = attributeCommit(commit(`Change\n\n${trailer}`), NO_OPTIONS);
    expect(result.aiAssisted).toBe(true);
    expect(result.evidence.map(({ model: _model, ...e }) => e)).toEqual([
      { signal: 'trailer', value: trailer, tool, commit: result.sha, source: 'commit trailer' },
    ]);
  });

  it.each(['yes', 'Yes', 'true', 'partial'])('AI-Assisted: %s marks the commit', (value) => {
    const result = attributeCommit(commit(`Change\n\nAI-Assisted: ${value}`), NO_OPTIONS);
    expect(result.aiAssisted).toBe(true);
    expect(result.tools).toEqual([UNSPECIFIED_TOOL]);
  });

  it('names the tool rather than "unspecified" when another signal names it', () => {
    const result = attributeCommit(commit('Change\n\nAI-Assisted: yes\nCo-Authored-By: Claude <noreply@anthropic.com>'), NO_OPTIONS);
    expect(result.tools).toEqual(['Claude Code']);
    expect(result.evidence.map((e) => e.tool)).toEqual([UNSPECIFIED_TOOL, 'Claude Code']);
  });
});

describe('evidence records what was seen and where', () => {
  it('for an agent author and its co-authored requester', () => {
    const agent: Person = { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' };
    const c = commit(
      'Add feature\n\nAgent-Logs-Url: https://github.com/o/r/sessions/abc\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>',
      agent,
      GITHUB_WEB,
    );
    expect(attributeCommit(c, NO_OPTIONS)).toEqual({
      sha: c.sha,
      aiAssisted: true,
      tools: ['GitHub Copilot'],
      evidence: [
        { signal: 'author-email', value: 'Copilot <198982749+Copilot@users.noreply.github.com>', tool: 'GitHub Copilot', commit: c.sha, source: 'commit author' },
        // Agents other than Copilot (the Claude agent on GitHub) write the same line, so it names no tool.
        { signal: 'trailer', value: 'Agent-Logs-Url: https://github.com/o/r/sessions/abc', tool: UNSPECIFIED_TOOL, commit: c.sha, source: 'commit message' },
      ],
      models: [],
    });
  });

  it('lists several tools in the order they were found', () => {
    const c = commit(
      'Change\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\nCo-Authored-By: Claude <noreply@anthropic.com>',
      { name: 'Jane Dev (aider)', email: 'jane@example.com' },
      HUMAN,
    );
    expect(attributeCommit(c, NO_OPTIONS).tools).toEqual(['Aider', 'Cursor', 'Claude Code']);
  });

  it('reads trailers from the message when the commit carries none', () => {
    const c: Commit = { ...commit('x'), message: 'Change\n\nCo-Authored-By: Claude <noreply@anthropic.com>', trailers: [] };
    expect(attributeCommit(c, NO_OPTIONS).tools).toEqual(['Claude Code']);
  });

  it('records a repeated signal once', () => {
    const c = commit('Change\n\nMade-with: Cursor\n\nMade-with: Cursor');
    expect(attributeCommit(c, NO_OPTIONS).evidence).toHaveLength(1);
  });
});

describe('the policy extends the catalogue', () => {
  const policy = options({
    identities: [
      { tool: 'Acme Agent', email: 'agent@acme.dev' },
      { tool: 'Acme Agent', name: 'Acme Bot' },
      { tool: 'Review Robot', login: 'review-robot[bot]' },
    ],
    trailers: ['X-AI-Tool'],
  });

  it('matches an extra email as author and as co-author', () => {
    const asAuthor = attributeCommit(commit('Change', { name: 'Agent', email: 'Agent@Acme.dev' }, HUMAN), policy);
    expect(asAuthor.evidence.map((e) => [e.signal, e.tool])).toEqual([['author-email', 'Acme Agent']]);
    const asCoAuthor = attributeCommit(commit('Change\n\nCo-authored-by: Agent <agent@acme.dev>'), policy);
    expect(asCoAuthor.evidence.map((e) => [e.signal, e.tool])).toEqual([['co-author-trailer', 'Acme Agent']]);
  });

  it('matches an extra name exactly, and only exactly', () => {
    const named = attributeCommit(commit('Change', { name: 'acme bot', email: 'ci@acme.dev' }, HUMAN), policy);
    expect(named.evidence.map((e) => [e.signal, e.tool])).toEqual([['author-name', 'Acme Agent']]);
    expect(attributeCommit(commit('Change', { name: 'Acme Bot Jr', email: 'ci@acme.dev' }), policy).aiAssisted).toBe(false);
  });

  it('matches an extra login through its noreply address', () => {
    const c = commit('Change\n\nCo-authored-by: review-robot[bot] <99+review-robot[bot]@users.noreply.github.com>');
    expect(attributeCommit(c, policy).tools).toEqual(['Review Robot']);
  });

  it('treats an extra trailer key as AI evidence and reads a tool from its value', () => {
    expect(attributeCommit(commit('Change\n\nx-ai-tool: Claude'), policy).tools).toEqual(['Claude']);
    expect(attributeCommit(commit('Change\n\nX-AI-Tool: inhouse-llm'), policy).tools).toEqual([UNSPECIFIED_TOOL]);
    expect(attributeCommit(commit('Change\n\nX-AI-Tool: inhouse-llm'), NO_OPTIONS).aiAssisted).toBe(false);
  });
});

describe('commits read back from a real repository', () => {
  const repo = new TempRepo('gate-attr-');
  afterAll(() => repo.cleanup());

  function readBack(sha: string): Commit {
    const raw = leanExecFileSync('git', ['log', '-1', '--format=%an%x1f%ae%x1f%cn%x1f%ce%x1f%B', sha], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    const [an = '', ae = '', cn = '', ce = '', body = ''] = raw.split('\x1f');
    const message = body.replace(/\n+$/, '');
    return { sha, author: { name: an, email: ae }, committer: { name: cn, email: ce }, message, trailers: parseTrailers(message), additions: 1, deletions: 0 };
  }

  it('attributes an aider commit, a Claude Code commit and a plain one', () => {
    repo.write('a.txt', 'a\n');
    const aider = repo.commit({
      message: 'Add a.txt\n\nCo-authored-by: aider (gpt-4o) <aider@aider.chat>\n',
      author: { name: 'Jane Dev (aider)', email: 'jane@example.com' },
      committer: { name: 'Jane Dev (aider)', email: 'jane@example.com' },
    });
    repo.write('b.txt', 'b\n');
    const claude = repo.commit('Add b.txt\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    repo.write('c.txt', 'c\n');
    const plain = repo.commit('Add c.txt about the cursor and Claude\n');

    const a = attributeCommit(readBack(aider), NO_OPTIONS);
    expect(a.evidence.map((e) => e.signal)).toEqual(['author-name-suffix', 'committer-name-suffix', 'co-author-trailer']);
    expect(a.tools).toEqual(['Aider']);
    const c = attributeCommit(readBack(claude), NO_OPTIONS);
    expect(c.evidence.map((e) => e.signal)).toEqual(['co-author-trailer', 'message-marker']);
    expect(attributeCommit(readBack(plain), NO_OPTIONS).aiAssisted).toBe(false);
  });
});
