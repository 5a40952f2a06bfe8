import MarkdownIt from 'markdown-it';
import type { Approval, RequestInfo } from '../../src/core/model.js';
import { parseCodeowners } from '../../src/core/oversight/codeowners.js';
import { evaluateOversight } from '../../src/core/oversight/evaluate-oversight.js';
import type { OversightInput } from '../../src/core/oversight/types.js';
import type { ApprovalRule } from '../../src/core/policy/schema.js';
import { signoffMarkdown, signoffText } from '../../src/core/render/signoff-section.js';

const HEAD = 'c'.repeat(40);
const md = new MarkdownIt({ html: true, linkify: true });

const request = (approvals: Approval[], author = 'dev'): RequestInfo => ({ author, labels: [], assignees: [], requestedReviewers: [], approvals });
const rule = (name: string, require: Partial<ApprovalRule['require']> = {}): ApprovalRule => ({
  name,
  when: {},
  require: { count: 1, codeowners: false, otherwise: 'any-reviewer', 'allow-stale': false, 'if-no-codeowners': 'fail', ...require },
});

function evaluate(fields: Partial<OversightInput>) {
  return evaluateOversight({
    rules: [],
    request: request([]),
    files: [{ path: 'src/a.ts', status: 'modified', additions: 1, deletions: 0, binary: false }],
    headSha: HEAD,
    aiAssisted: true,
    riskLevel: 'high',
    isAiIdentity: () => false,
    governanceChanges: [],
    ...fields,
  });
}

/** The cells of each body row of the first table, as rendered HTML. */
function tableRows(html: string): string[][] {
  const body = html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return body
    .split('<tr>')
    .slice(1)
    .map((row) => [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!));
}

describe('signoffMarkdown', () => {
  it('says in one line that a requirement is missing approvals, then the table', () => {
    const r = evaluate({
      rules: [rule('platform-seniors', { count: 2, teams: ['org/platform-seniors'] })],
      request: request([
        { login: 'alice', commitSha: HEAD, teams: ['org/platform-seniors'] },
        { login: 'dev', commitSha: HEAD, teams: ['org/platform-seniors'] },
        { login: 'carol', commitSha: 'd'.repeat(40), teams: ['org/platform-seniors'] },
      ]),
    });
    const html = md.render(signoffMarkdown(r));
    // Collapsed, with what is missing in its summary line.
    expect(html.split('\n')[0]).toBe('<details><summary>Sign-off: 1 approval missing, 1 counted</summary>');
    expect(html).toContain('❌ <strong>Missing 1 approval (platform-seniors)</strong>');
    const rows = tableRows(html);
    expect(rows).toHaveLength(1);
    const [requirement, needed, approvedBy, missing, notCounted] = rows[0]!;
    expect(requirement).toBe('<strong>platform-seniors</strong><br>team <code>org/platform-seniors</code>');
    expect(needed).toBe('2');
    expect(approvedBy).toBe('alice (team org/platform-seniors)');
    expect(missing).toBe('❌ 1');
    expect(notCounted).toBe('dev (author), carol (approved an older commit)');
  });

  it('says when sign-off is complete', () => {
    const r = evaluate({ rules: [rule('review')], request: request([{ login: 'alice', commitSha: HEAD }]) });
    const html = md.render(signoffMarkdown(r));
    expect(html).toContain('✅ <strong>Sign-off complete</strong>');
    expect(tableRows(html)[0]?.slice(1)).toEqual(['1', 'alice', '✅ 0', '—']);
  });

  it('says nothing when no rule applies and nothing is noted', () => {
    expect(signoffMarkdown(evaluate({}))).toBe('');
  });

  it('says outside a request that sign-off is not applicable, and which rules would apply', () => {
    const html = md.render(signoffMarkdown(evaluate({ request: undefined, rules: [rule('review')] })));
    expect(html).toContain('➖ <strong>Sign-off not applicable: no pull or merge request (a push or a manual run)</strong>');
    expect(html.split('\n')[0]).toBe('<details><summary>Sign-off in a pull or merge request: 1 approval</summary>');
    expect(tableRows(html)).toEqual([['<strong>review</strong>', '1', 'any reviewer other than the author and the requester']]);
  });

  it('lists code owners and their files, and the notes', () => {
    const codeowners = parseCodeowners('/src/ @org/core\n', 'github');
    const r = evaluate({
      rules: [rule('owners', { codeowners: true })],
      codeowners,
      governanceChanges: ['.ai-governance.yml'],
      request: request([{ login: 'bob', commitSha: HEAD, teams: ['org/core'] }]),
    });
    const html = md.render(signoffMarkdown(r));
    const rows = tableRows(html);
    expect(rows.map((row) => row[0])).toEqual([
      '<strong>owners</strong><br>code owners of <code>src/a.ts</code> (<code>@org/core</code>)',
      '<strong>governance-change</strong><br>any reviewer other than the author and the requester',
    ]);
    expect(rows.map((row) => row[2])).toEqual(['bob (code owner)', 'bob']);
    expect(html).toMatch(/<li>This change edits governance files no CODEOWNERS entry covers/);
  });

  it('cannot be broken by hostile logins, teams or rule names', () => {
    const hostile = '<b>x</b>|@everyone';
    const r = evaluate({
      rules: [rule('<img src=x onerror=alert(1)>', { users: [hostile], teams: ['org/`team`|x'], count: 3 })],
      request: request(
        [
          { login: hostile, commitSha: HEAD },
          { login: '@everyone', commitSha: HEAD },
          { login: 'pipe|pipe', commitSha: HEAD, teams: ['org/`team`|x'] },
        ],
        '@everyone',
      ),
    });
    const html = md.render(signoffMarkdown(r));
    expect(html).not.toMatch(/<b>|<img/i);
    // A mention notifies only outside code spans; inside them the text is shown verbatim.
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@everyone/);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    const rows = tableRows(html);
    expect(rows).toHaveLength(1);
    // Every pipe stayed inside its cell: still five cells.
    expect(rows[0]).toHaveLength(5);
    expect(rows[0]![2]).toContain('pipe|pipe');
  });
});

describe('signoffText', () => {
  it('gives the verdict first and a line per fact, without colour by default', () => {
    const r = evaluate({
      rules: [rule('seniors', { count: 2, users: ['alice', 'bob'] })],
      request: request([{ login: 'alice', commitSha: HEAD }, { login: 'dev', commitSha: HEAD }]),
    });
    expect(signoffText(r)).toEqual([
      '❌ Missing 1 approval (seniors)',
      '  ✗ seniors: 1 of 2 from users alice, bob',
      '      approved by alice (listed user)',
      '      still missing 1',
      '      not counted: dev (author)',
      '  Still needed: 1 further approval would meet every requirement: bob (seniors).',
    ]);
  });

  it('strips control sequences from logins', () => {
    const r = evaluate({ rules: [rule('review')], request: request([{ login: 'evil\u001b[2J', commitSha: HEAD }]) });
    const lines = signoffText(r);
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines[0]).toBe('✅ Sign-off complete');
  });

  it('says not applicable outside a request', () => {
    expect(signoffText(evaluate({ request: undefined }))).toEqual(['➖ Sign-off not applicable: no pull or merge request (a push or a manual run)']);
  });
});
