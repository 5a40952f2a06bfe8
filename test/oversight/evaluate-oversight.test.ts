import { findRequester } from '../../src/core/attribution/requester.js';
import { matchLogin } from '../../src/core/attribution/catalogue-match.js';
import type { Approval, ChangedFile, RequestInfo } from '../../src/core/model.js';
import { parseCodeowners } from '../../src/core/oversight/codeowners.js';
import { evaluateOversight, NOT_APPLICABLE_REASON } from '../../src/core/oversight/evaluate-oversight.js';
import type { OversightInput } from '../../src/core/oversight/types.js';
import type { ApprovalRule } from '../../src/core/policy/schema.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { commit, NO_OPTIONS } from '../attribution/build.js';

const HEAD = 'a'.repeat(40);
const OLDER = 'b'.repeat(40);
const isAiIdentity = (login: string): boolean => matchLogin(login, NO_OPTIONS) !== undefined;

function file(path: string, extra: Partial<ChangedFile> = {}): ChangedFile {
  return { path, status: 'modified', additions: 1, deletions: 0, binary: false, ...extra };
}

function request(approvals: Approval[], fields: Partial<RequestInfo> = {}): RequestInfo {
  return { author: 'dev', labels: [], assignees: [], requestedReviewers: [], approvals, ...fields };
}

/** Approvals on the head unless told otherwise. */
const approve = (login: string, extra: Partial<Approval> = {}): Approval => ({ login, commitSha: HEAD, ...extra });

function rule(name: string, require: Partial<ApprovalRule['require']> = {}, when: ApprovalRule['when'] = {}): ApprovalRule {
  return { name, when, require: { count: 1, codeowners: false, otherwise: 'any-reviewer', 'allow-stale': false, 'if-no-codeowners': 'fail', ...require } };
}

function input(fields: Partial<OversightInput>): OversightInput {
  return {
    rules: [],
    request: request([]),
    files: [file('src/app.ts')],
    headSha: HEAD,
    aiAssisted: false,
    riskLevel: 'low',
    isAiIdentity,
    governanceChanges: [],
    ...fields,
  };
}

describe('outside a request', () => {
  it('is not applicable, never satisfied, and names the rules that would apply', () => {
    const r = evaluateOversight(input({ request: undefined, rules: [rule('two-eyes'), rule('ai-only', {}, { 'ai-assisted': true })] }));
    expect(r).toEqual({
      applicable: false,
      reason: NOT_APPLICABLE_REASON,
      required: [],
      observed: [],
      satisfied: false,
      violations: [],
      notes: [],
      wouldApply: ['two-eyes'],
      wouldNeed: [{ rules: ['two-eyes'], needed: 1, approvers: { users: [], teams: [], owners: [], ownedFiles: [], anyone: true, writeAccess: false } }],
    });
    expect(NOT_APPLICABLE_REASON).toBe('no pull or merge request (a push or a manual run)');
  });
});

describe('which tiers apply', () => {
  const tiers = [
    rule('always'),
    rule('ai', {}, { 'ai-assisted': true }),
    rule('human', {}, { 'ai-assisted': false }),
    rule('high-risk', {}, { 'risk-at-least': 'high' }),
    rule('db', {}, { paths: ['db/**'] }),
    rule('labelled', {}, { labels: ['Needs-Security'] }),
    rule('ai-and-high', {}, { 'ai-assisted': true, 'risk-at-least': 'high' }),
  ];
  const applied = (fields: Partial<OversightInput>): string[] =>
    evaluateOversight(input({ rules: tiers, ...fields })).required.flatMap((q) => q.rules);

  it.each<[string, Partial<OversightInput>, string[]]>([
    ['a human change at low risk', {}, ['always', 'human']],
    ['an AI change at medium risk', { aiAssisted: true, riskLevel: 'medium' }, ['always', 'ai']],
    ['an AI change at critical risk', { aiAssisted: true, riskLevel: 'critical' }, ['always', 'ai', 'high-risk', 'ai-and-high']],
    ['a human change at exactly high risk', { riskLevel: 'high' }, ['always', 'human', 'high-risk']],
    ['a change under db/', { files: [file('db/migrations/001.sql')] }, ['always', 'human', 'db']],
    ['a file renamed out of db/', { files: [file('archive/001.sql', { status: 'renamed', previousPath: 'db/001.sql' })] }, ['always', 'human', 'db']],
    ['a label in another case', { request: request([], { labels: ['needs-security'] }) }, ['always', 'human', 'labelled']],
  ])('%s', (_name, fields, expected) => {
    // All these tiers ask "anyone", so they merge into one requirement listing every applied tier.
    expect(applied(fields)).toEqual(expected);
  });
});

describe('who cannot approve', () => {
  const one = [rule('review')];

  it.each<[string, Approval, Partial<OversightInput>, string]>([
    ['the author approving their own change', approve('DEV'), {}, 'author'],
    ['the requester behind an agent', approve('Jane'), { requester: { login: 'jane', source: 'test' } }, 'requester'],
    ['a bot by its login', approve('renovate[bot]'), {}, 'bot'],
    ['a bot the platform flags', approve('ci-user', { isBot: true }), {}, 'bot'],
    ['an AI identity from the catalogue', approve('Copilot'), {}, 'ai-identity'],
    ['an approval of an older commit', approve('alice', { commitSha: OLDER }), {}, 'stale'],
  ])('%s', (_name, approval, fields, why) => {
    const r = evaluateOversight(input({ rules: one, request: request([approval]), ...fields }));
    expect(r.required[0]?.counted).toEqual([]);
    expect(r.required[0]?.notCounted).toEqual([{ login: approval.login, why }]);
    expect(r.required[0]?.missing).toBe(1);
    expect(r.satisfied).toBe(false);
  });

  it('counts an older approval when the tier allows stale approvals', () => {
    const r = evaluateOversight(input({ rules: [rule('review', { 'allow-stale': true })], request: request([approve('alice', { commitSha: OLDER })]) }));
    expect(r.required[0]?.counted).toEqual([{ login: 'alice', via: 'any-reviewer' }]);
    expect(r.satisfied).toBe(true);
  });

  it('counts an approval without a commit and one given on a short head sha', () => {
    const r = evaluateOversight(
      input({ rules: [rule('review', { count: 2 })], request: request([{ login: 'alice' }, approve('bob', { commitSha: HEAD.slice(0, 7) })]) }),
    );
    expect(r.required[0]?.counted.map((c) => c.login)).toEqual(['alice', 'bob']);
  });

  it('counts a person once, by their approval of the head when they approved twice', () => {
    const r = evaluateOversight(
      input({ rules: [rule('review', { count: 2 })], request: request([approve('alice', { commitSha: OLDER }), approve('Alice')]) }),
    );
    expect(r.required[0]?.counted).toEqual([{ login: 'Alice', via: 'any-reviewer' }]);
    expect(r.required[0]?.notCounted).toEqual([]);
    expect(r.required[0]?.missing).toBe(1);
  });
});

describe('approver sets', () => {
  it('counts a listed user, ignoring case and a leading @', () => {
    const r = evaluateOversight(input({ rules: [rule('leads', { users: ['@Alice'] })], request: request([approve('alice'), approve('bob')]) }));
    expect(r.required[0]?.counted).toEqual([{ login: 'alice', via: 'user' }]);
    expect(r.required[0]?.notCounted).toEqual([{ login: 'bob', why: 'not-in-approver-set' }]);
  });

  it('counts a team member by the teams the adapter resolved', () => {
    const r = evaluateOversight(
      input({
        rules: [rule('seniors', { teams: ['org/platform-seniors'] })],
        request: request([approve('alice', { teams: ['Org/Platform-Seniors'] }), approve('bob', { teams: ['org/other'] })]),
      }),
    );
    expect(r.required[0]?.counted).toEqual([{ login: 'alice', via: 'team:org/platform-seniors' }]);
    expect(r.required[0]?.notCounted).toEqual([{ login: 'bob', why: 'not-in-approver-set' }]);
  });

  describe('CODEOWNERS owners of the files the tier matched', () => {
    const codeowners = parseCodeowners(['* @fallback', '/db/ @dba-lead @org/dba', '/web/ @web-owner'].join('\n'), 'github');
    const files = [file('db/schema.sql'), file('web/index.ts')];
    const dbRule = rule('db-owners', { codeowners: true }, { paths: ['db/**'] });

    it('counts a user owner and a team owner of the matched files', () => {
      const r = evaluateOversight(
        input({ rules: [dbRule], files, codeowners, request: request([approve('dba-lead'), approve('carol', { teams: ['org/dba'] })]) }),
      );
      expect(r.required[0]?.approvers).toEqual({ users: [], teams: [], owners: ['@dba-lead', '@org/dba'], ownedFiles: ['db/schema.sql'], anyone: false, writeAccess: false });
      expect(r.required[0]?.counted).toEqual([
        { login: 'dba-lead', via: 'codeowner' },
        { login: 'carol', via: 'codeowner' },
      ]);
    });

    it('does not count the owner of a file the tier did not match', () => {
      const r = evaluateOversight(input({ rules: [dbRule], files, codeowners, request: request([approve('web-owner')]) }));
      expect(r.required[0]?.notCounted).toEqual([{ login: 'web-owner', why: 'not-in-approver-set' }]);
    });

    it('takes the owners of every changed file when the tier names no paths', () => {
      const r = evaluateOversight(input({ rules: [rule('owners', { codeowners: true })], files, codeowners, request: request([approve('web-owner')]) }));
      expect(r.required[0]?.approvers.owners).toEqual(['@dba-lead', '@org/dba', '@web-owner']);
      expect(r.required[0]?.counted).toEqual([{ login: 'web-owner', via: 'codeowner' }]);
    });

    it('fails closed, and says so, when the target has no CODEOWNERS file: nobody counts', () => {
      const r = evaluateOversight(input({ rules: [dbRule], files, request: request([approve('someone')]) }));
      expect(r.required[0]?.approvers.anyone).toBe(false);
      expect(r.required[0]?.counted).toEqual([]);
      expect(r.required[0]?.notCounted).toEqual([{ login: 'someone', why: 'not-in-approver-set' }]);
      expect(r.satisfied).toBe(false);
      expect(r.stillMissing).toEqual({ count: 1, from: [], unreachable: ['db-owners'] });
      expect(r.notes).toEqual([
        'Approval rule "db-owners" asks for code owners, but the target branch has no CODEOWNERS file; nobody can approve until one is committed. Commit a CODEOWNERS file to the target branch, or set `if-no-codeowners: any-reviewer` (or `write-access`) on the rule.',
      ]);
    });

    it('lets any reviewer approve without a CODEOWNERS file when the rule says so', () => {
      const lenient = { ...dbRule, require: { ...dbRule.require, 'if-no-codeowners': 'any-reviewer' as const } };
      const r = evaluateOversight(input({ rules: [lenient], files, request: request([approve('someone')]) }));
      expect(r.required[0]?.approvers.anyone).toBe(true);
      expect(r.required[0]?.counted).toEqual([{ login: 'someone', via: 'any-reviewer' }]);
      expect(r.notes).toEqual([
        'Approval rule "db-owners" asks for code owners, but the base revision has no CODEOWNERS file; any reviewer other than the author and the requester counts.',
      ]);
    });
  });

  describe('the fewest further approvals across rules', () => {
    it('counts one person named by two rules once, and names who can give them', () => {
      const r = evaluateOversight(
        input({
          rules: [rule('security', { users: ['alice', 'carol'] }), rule('platform', { users: ['alice', 'dan'] }), rule('peer', { count: 2 })],
          request: request([]),
        }),
      );
      // Each rule alone misses 1, 1 and 2 (a sum of 4); alice meets security and platform, and with one
      // more reviewer the peer rule's two are met as well.
      expect(r.required.map((q) => q.missing)).toEqual([1, 1, 2]);
      expect(r.stillMissing?.count).toBe(2);
      expect(r.stillMissing?.from[0]).toEqual({ who: 'alice', kind: 'user', rules: ['security', 'platform', 'peer'] });
      expect(r.stillMissing?.from[1]).toMatchObject({ kind: 'anyone' });
    });

    it('never counts the author as a further approver', () => {
      const r = evaluateOversight(input({ rules: [rule('a', { users: ['dev', 'erin'], count: 2 })], request: request([]) }));
      expect(r.stillMissing?.count).toBe(2);
      expect(r.stillMissing?.from.map((p) => p.who)).toEqual(['erin']);
      expect(r.stillMissing?.unreachable).toEqual(['a']);
    });
  });
});

describe('several tiers at once', () => {
  it('merges tiers that ask the same people: the highest count, stale only if all allow it', () => {
    const r = evaluateOversight(
      input({
        rules: [rule('a', { users: ['alice', 'bob'], count: 1, 'allow-stale': true }), rule('b', { users: ['@Bob', 'ALICE'], count: 2 })],
        request: request([approve('alice'), approve('bob', { commitSha: OLDER })]),
      }),
    );
    expect(r.required).toHaveLength(1);
    expect(r.required[0]).toMatchObject({ rules: ['a', 'b'], needed: 2, allowStale: false, missing: 1 });
    expect(r.required[0]?.notCounted).toEqual([{ login: 'bob', why: 'stale' }]);
  });

  it('keeps tiers that ask different people apart; each must be met', () => {
    const r = evaluateOversight(
      input({
        rules: [rule('security', { teams: ['org/security'] }), rule('leads', { users: ['lead'], count: 1 })],
        request: request([approve('lead')]),
      }),
    );
    expect(r.required.map((q) => [q.rules, q.satisfied])).toEqual([
      [['security'], false],
      [['leads'], true],
    ]);
    expect(r.satisfied).toBe(false);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]?.message).toBe('Needs 1 approval from security (team org/security); has 0. Not counted: lead (not in the approver set).');
  });
});

describe('the governance-change tier', () => {
  const files = [file('.github/workflows/ci.yml'), file('src/app.ts')];

  it('asks the code owners of the governance files for one approval', () => {
    const codeowners = parseCodeowners('/.github/ @org/platform\n', 'github');
    const r = evaluateOversight(
      input({
        files,
        codeowners,
        governanceChanges: ['.github/workflows/ci.yml'],
        request: request([approve('dev', { teams: ['org/platform'] }), approve('ops', { teams: ['org/platform'] })]),
      }),
    );
    expect(r.required).toHaveLength(1);
    expect(r.required[0]).toMatchObject({ rules: ['governance-change'], needed: 1, satisfied: true });
    expect(r.required[0]?.counted).toEqual([{ login: 'ops', via: 'codeowner' }]);
    expect(r.required[0]?.notCounted).toEqual([{ login: 'dev', why: 'author' }]);
    expect(r.notes).toEqual([]);
  });

  it('asks any other human when no code owner is defined, and advises a CODEOWNERS entry', () => {
    const r = evaluateOversight(input({ files, governanceChanges: ['.ai-governance.yml'], request: request([approve('dev')]) }));
    expect(r.required[0]).toMatchObject({ rules: ['governance-change'], needed: 1, missing: 1 });
    expect(r.required[0]?.approvers.anyone).toBe(true);
    expect(r.notes).toEqual([
      'This change edits governance files no CODEOWNERS entry covers (.ai-governance.yml); any reviewer other than the author and the requester can approve. A CODEOWNERS entry for them is advisable.',
    ]);
    expect(r.violations[0]?.rule).toBe('approvals.required');
  });

  it('is reported outside a request too, as a rule that would apply', () => {
    const r = evaluateOversight(input({ request: undefined, governanceChanges: ['.ai-governance.yml'] }));
    expect(r.wouldApply).toEqual(['governance-change']);
    expect(r.applicable).toBe(false);
  });
});

describe('the issue example: AI-assisted and risk ≥ high needs two approvals from platform-seniors, excluding the requester', () => {
  const { policy } = parsePolicy(
    [
      'version: 1',
      'approvals:',
      '  rules:',
      '    - name: platform-seniors',
      '      when: { ai-assisted: true, risk-at-least: high }',
      '      require: { count: 2, teams: [org/platform-seniors] }',
    ].join('\n'),
    '.ai-governance.yml',
  );
  // The Copilot coding agent's commit credits the human who asked for it.
  const agentCommit = commit(
    'Add retry to the payment client\n\nCo-authored-by: jane <1234+jane@users.noreply.github.com>',
    { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' },
  );
  const requester = findRequester(undefined, [agentCommit]);
  const seniors = { teams: ['org/platform-seniors'] };

  const run = (approvals: Approval[]) =>
    evaluateOversight(
      input({
        rules: policy.approvals.rules,
        aiAssisted: true,
        riskLevel: 'high',
        requester,
        request: request(approvals, { author: 'Copilot' }),
      }),
    );

  it('finds the requester from the agent commit', () => {
    expect(requester?.login).toBe('jane');
  });

  it('does not count the requester, a stale approval, or someone outside the team', () => {
    const r = run([approve('jane', seniors), approve('alice', seniors), approve('bob', { ...seniors, commitSha: OLDER }), approve('carol')]);
    expect(r.satisfied).toBe(false);
    expect(r.required[0]).toMatchObject({ rules: ['platform-seniors'], needed: 2, missing: 1 });
    expect(r.violations).toEqual([
      {
        rule: 'approvals.required',
        level: 'error',
        message:
          'Needs 2 approvals from platform-seniors (team org/platform-seniors); has 1 (alice). ' +
          'Not counted: jane (requester), bob (approved an older commit), carol (not in the approver set).',
        remediation:
          'Get 1 more approval from team org/platform-seniors (not jane: authors and requesters cannot approve their own change); ' +
          'bob can re-approve the latest commit.',
      },
    ]);
    expect(r.observed).toHaveLength(4);
  });

  it('is met by two fresh approvals from the team', () => {
    const r = run([approve('jane', seniors), approve('alice', seniors), approve('dave', seniors)]);
    expect(r.satisfied).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it('does not apply to the same change at medium risk', () => {
    const r = evaluateOversight(input({ rules: policy.approvals.rules, aiAssisted: true, riskLevel: 'medium', request: request([]) }));
    expect(r).toMatchObject({ applicable: true, required: [], satisfied: true, violations: [] });
  });
});
