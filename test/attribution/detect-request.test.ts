import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNSPECIFIED_TOOL } from '../../src/core/attribution/catalogue.js';
import { attributeRequest } from '../../src/core/attribution/detect-request.js';
import { projectRoot } from '../helpers/corpus.js';
import { NO_OPTIONS, options, request } from './build.js';

const githubTemplate = readFileSync(join(projectRoot, 'templates/github/pull_request_template.md'), 'utf8');

describe('requests without AI signals', () => {
  it.each([
    ['a human pull request about the text cursor', request({ author: 'jane', sourceBranch: 'cursor/fix-blinking', title: 'Fix cursor position', body: 'Fixes cursor position; updates the Copilot docs.' })],
    ['a branch named after a person called Devin', request({ author: 'devin', sourceBranch: 'devin/new-login-page' })],
    ['the "Open with Devin" review badge on a human PR', request({
      author: 'noanflaherty',
      body: '<a href="https://app.devin.ai/review/vellum-ai/vellum-assistant/pull/6718" target="_blank">\n  <picture><img src="https://static.devin.ai/assets/gh-open-in-devin-review-light.svg?v=1" alt="Open with Devin"></picture>\n</a>',
    })],
    ['non-AI bots', request({ author: 'dependabot[bot]', sourceBranch: 'dependabot/npm_and_yarn/vite-7.1.9', labels: ['dependencies'] })],
    ['the untouched template', request({ author: 'jane', body: githubTemplate })],
    ['markers only inside template comments', request({ author: 'jane', body: '<!-- e.g. Co-Authored-By: Claude <noreply@anthropic.com> or 🤖 Generated with [Claude Code] -->\nPlain change.' })],
    ['a declaration of no', request({ author: 'jane', body: 'AI-Assisted: no' })],
    ['unrelated labels', request({ labels: ['bug', 'enhancement'] })],
  ])('%s', (_name, r) => {
    expect(attributeRequest(r, NO_OPTIONS)).toEqual([]);
  });
});

describe('request signals', () => {
  it('reports author, branch, labels and body with where each was seen', () => {
    const r = request({
      author: 'Copilot',
      sourceBranch: 'copilot/fix-123',
      labels: ['AI-Assisted', 'copilot'],
      body: 'Fixes #123.\n\nCo-authored-by: Claude <noreply@anthropic.com>',
    });
    expect(attributeRequest(r, NO_OPTIONS)).toEqual([
      { signal: 'request-author', value: 'Copilot', tool: 'GitHub Copilot', source: 'pull request author' },
      { signal: 'branch-prefix', value: 'copilot/fix-123', tool: 'GitHub Copilot', source: 'source branch' },
      { signal: 'label', value: 'AI-Assisted', tool: UNSPECIFIED_TOOL, source: 'pull request labels' },
      { signal: 'label', value: 'copilot', tool: 'GitHub Copilot', source: 'pull request labels' },
      { signal: 'body-marker', value: 'Co-authored-by: Claude <noreply@anthropic.com>', tool: 'Claude Code', source: 'pull request description' },
    ]);
  });

  it('says merge request for GitLab', () => {
    const r = request({ url: 'https://gitlab.com/g/p/-/merge_requests/3', labels: ['ai-generated'] });
    expect(attributeRequest(r, NO_OPTIONS)).toEqual([
      { signal: 'label', value: 'ai-generated', tool: UNSPECIFIED_TOOL, source: 'merge request labels' },
    ]);
  });

  it('reads the Cursor "Made with" footer and Claude session links', () => {
    const r = request({ body: 'Make attribution agent-agnostic.\n\nMade with [Cursor](https://cursor.com)\n\nhttps://claude.ai/code/session_01BNewK24eTszGiHde9MfSZW' });
    expect(attributeRequest(r, NO_OPTIONS).map((e) => e.tool)).toEqual(['Cursor', 'Claude Code']);
  });

  it('counts a ticked AI box in the template as a declaration', () => {
    const body = githubTemplate.replace('- [ ] AI-Assisted: Partial', '- [x] AI-Assisted: Partial');
    const evidence = attributeRequest(request({ body }), NO_OPTIONS);
    expect(evidence.map((e) => [e.signal, e.value, e.tool])).toEqual([['declaration', 'AI-Assisted: partial', UNSPECIFIED_TOOL]]);
    expect(evidence[0]!.source).toContain('pull request description');
  });

  it('uses policy labels and logins', () => {
    const policy = options({ labels: ['LLM'], identities: [{ tool: 'Acme Agent', login: 'acme-agent' }] });
    const r = request({ author: 'Acme-Agent', labels: ['llm'] });
    expect(attributeRequest(r, policy).map((e) => [e.signal, e.tool])).toEqual([
      ['request-author', 'Acme Agent'],
      ['label', UNSPECIFIED_TOOL],
    ]);
    expect(attributeRequest(r, NO_OPTIONS)).toEqual([]);
  });
});
