/**
 * The change as a whole: the merged request's attribution is folded into the pushed commit, and
 * line-level data the change brings can raise the AI share but never lower it.
 */
import { attributeChange } from '../../src/core/attribution/attribute-change.js';
import type { LineLevelResult } from '../../src/core/attribution/line-level/count-ai-lines.js';
import type { Change, Commit, MergedRequest } from '../../src/core/model.js';
import { commit, NO_OPTIONS, request } from './build.js';

function change(commits: Commit[], fields: Partial<Change> = {}): Change {
  return { repository: 'acme/app', base: 'b'.repeat(40), baseReason: 'explicit', baseDescription: 'test', head: commits[0]!.sha, files: [], commits, patches: [], ...fields };
}

function withAdditions(c: Commit, additions: number): Commit {
  return { ...c, additions };
}

function lineData(aiLines: number, totalAddedLines: number, method: LineLevelResult['method'] = 'agent-trace'): LineLevelResult {
  return { method, aiLines, totalAddedLines, share: aiLines / totalAddedLines, files: [], tools: ['Cursor'], models: ['claude-4-sonnet'], problems: [] };
}

describe('the AI share, with line-level data the change carries', () => {
  const ai = withAdditions(commit('Add queue\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n'), 80);
  const human = withAdditions(commit('Docs'), 20);

  it('keeps the share the commits establish when the data claims less', () => {
    const a = attributeChange(change([ai, human]), NO_OPTIONS, lineData(10, 100));
    expect(a.aiShare).toBe(0.8);
    expect(a.shareMethod).toBe('commits');
    expect(a.shareNote).toContain('10%');
    expect(a.shareNote).toContain('80%');
    expect(a.lineLevel).toMatchObject({ method: 'agent-trace', aiLines: 10 });
  });

  it('takes the data\'s share when it is higher, and says where it came from', () => {
    const a = attributeChange(change([ai, human]), NO_OPTIONS, lineData(95, 100, 'git-ai'));
    expect(a.aiShare).toBe(0.95);
    expect(a.shareMethod).toBe('git-ai');
    expect(a.shareNote).toContain('80%');
  });

  it('lists the models of commits and line-level data apart from the tools', () => {
    const c = withAdditions(commit('Fix\n\nAssisted-by: Claude:claude-opus-4-6\n'), 5);
    const a = attributeChange(change([c]), NO_OPTIONS, lineData(1, 5));
    expect(a.tools).toEqual(['Claude', 'Cursor']);
    expect(a.models).toEqual(['claude-opus-4-6', 'claude-4-sonnet']);
  });
});

describe('a push whose commit was merged from a request', () => {
  const squash = withAdditions(commit('Add the retry queue (#7)'), 40);
  const merged = (fields: Partial<MergedRequest> = {}): MergedRequest => ({
    commit: squash.sha,
    request: request({ number: 7, url: 'https://github.com/acme/app/pull/7', sourceBranch: 'feature' }),
    commits: [commit('Retry with backoff\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n')],
    source: 'GitHub: the merged pull request associated with commit abc1234',
    ...fields,
  });

  it('keeps the attribution the squash dropped, on the pushed commit, and says where it came from', () => {
    const a = attributeChange(change([squash], { mergedRequest: merged() }), NO_OPTIONS);
    expect(a.aiAssisted).toBe(true);
    expect(a.aiShare).toBe(1);
    expect(a.tools).toEqual(['Cursor']);
    expect(a.commits[0]!.evidence).toEqual([
      expect.objectContaining({ signal: 'co-author-trailer', tool: 'Cursor', commit: squash.sha, source: expect.stringMatching(/^merged pull request #7, commit [0-9a-f]{7} \(commit trailer\)$/) }),
    ]);
    expect(a.mergedRequest).toEqual({ number: 7, url: 'https://github.com/acme/app/pull/7', source: merged().source, commits: 1, aiAssisted: true });
  });

  it('records the request even when it carries no AI marker', () => {
    const a = attributeChange(change([squash], { mergedRequest: merged({ commits: [commit('Retry')] }) }), NO_OPTIONS);
    expect(a.aiAssisted).toBe(false);
    expect(a.mergedRequest?.aiAssisted).toBe(false);
  });

  it('reads the request\'s description and branch too', () => {
    const a = attributeChange(change([squash], { mergedRequest: merged({ commits: [], request: request({ number: 8, sourceBranch: 'devin/1712345678-add-endpoint', body: 'Adds it.' }) }) }), NO_OPTIONS);
    expect(a.commits[0]!.evidence.map((e) => [e.signal, e.tool, e.source])).toEqual([['branch-prefix', 'Devin', 'merged pull request #8 (source branch)']]);
  });
});
