/**
 * What agents may not do, checked through the core's evaluate(): an AI identity's sign-off is
 * flagged, no catalogue identity counts as an approver, and agent instruction files are a sensitive
 * group by default.
 */
import { AI_TOOLS } from '../../src/core/attribution/catalogue.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { Change, ChangedFile, Commit, RequestInfo } from '../../src/core/model.js';
import { defaultPolicy, parsePolicy } from '../../src/core/policy/parse.js';
import { commit, request } from './build.js';

const HEAD = 'c'.repeat(40);
const POLICY_INFO = { source: 'test', sha256: '0'.repeat(64) };

function change(commits: Commit[], fields: Partial<Change> = {}): Change {
  return {
    repository: 'acme/app',
    base: 'b'.repeat(40),
    baseReason: 'explicit',
    baseDescription: 'test',
    head: HEAD,
    files: [{ path: 'src/app.ts', status: 'modified', additions: 1, deletions: 0, binary: false }],
    commits,
    patches: [],
    ...fields,
  };
}

const run = (c: Change, policy = defaultPolicy()) => evaluate({ policy, policyInfo: POLICY_INFO, change: c, now: new Date('2026-01-01T00:00:00Z') });

describe('an AI identity cannot sign off', () => {
  it('flags each commit an AI identity signed off, naming the line', () => {
    const c = commit('Fix the parser\n\nSigned-off-by: Codex <codex@openai.com>\n');
    const e = run(change([c]));
    const v = e.violations.filter((x) => x.rule === 'attribution.ai-sign-off');
    expect(v).toHaveLength(1);
    expect(v[0]!.level).toBe('warning');
    expect(v[0]!.message).toContain(c.sha.slice(0, 7));
    expect(v[0]!.message).toContain('Signed-off-by: Codex <codex@openai.com>');
    expect(e.decision).toBe('warn');
  });

  it('leaves a human sign-off on an AI-assisted commit alone', () => {
    const e = run(change([commit('Fix\n\nAssisted-by: Claude:claude-opus-4-6\nSigned-off-by: Jane Dev <jane@example.com>\n')]));
    expect(e.attribution.aiAssisted).toBe(true);
    expect(e.violations.map((v) => v.rule)).not.toContain('attribution.ai-sign-off');
  });
});

describe('no catalogue identity counts as an approver', () => {
  const { policy } = parsePolicy('version: 1\napprovals:\n  rules:\n    - name: review\n      require:\n        count: 1\n', 'policy.yml');
  const identities = AI_TOOLS.flatMap((t) => [...t.logins, ...t.requestAuthors].map((login) => [t.tool, login] as const));

  it('covers every identity of the catalogue', () => {
    expect(identities.length).toBeGreaterThanOrEqual(AI_TOOLS.filter((t) => t.logins.length).length);
  });

  it.each(identities)('%s: %s', (_tool, login) => {
    const req: RequestInfo = request({ author: 'jane', approvals: [{ login, commitSha: HEAD }] });
    const e = run(change([commit('Fix')], { request: req }), policy);
    const required = e.oversight.required[0]!;
    expect(required.counted).toEqual([]);
    expect(required.notCounted.map((n) => n.login)).toEqual([login]);
    expect(['ai-identity', 'bot']).toContain(required.notCounted[0]!.why);
    expect(e.oversight.satisfied).toBe(false);
  });

  it('while a person approving the same change counts', () => {
    const req: RequestInfo = request({ author: 'jane', approvals: [{ login: 'alice', commitSha: HEAD }] });
    expect(run(change([commit('Fix')], { request: req }), policy).oversight.satisfied).toBe(true);
  });
});

describe('agent instruction files are governed by default', () => {
  const file = (path: string): ChangedFile => ({ path, status: 'modified', additions: 3, deletions: 0, binary: false });

  it.each(['AGENTS.md', 'packages/api/AGENTS.md', 'CLAUDE.md', 'GEMINI.md', '.github/copilot-instructions.md', '.cursor/rules/style.mdc', '.claude/settings.json', '.windsurfrules', '.mcp.json', '.clinerules', '.kiro/steering/product.md'])(
    '%s is in the agent-instructions group',
    (path) => {
      const e = run(change([commit('Update instructions')], { files: [file(path)] }));
      const factor = e.risk.factors.find((f) => f.id === 'sensitive:agent-instructions');
      expect(factor?.files).toEqual([path]);
      expect(factor!.points).toBeGreaterThan(0);
    },
  );

  it('an ordinary Markdown file is not', () => {
    const e = run(change([commit('Docs')], { files: [file('docs/AGENTS-overview.md')] }));
    expect(e.risk.factors.map((f) => f.id)).not.toContain('sensitive:agent-instructions');
  });
});
