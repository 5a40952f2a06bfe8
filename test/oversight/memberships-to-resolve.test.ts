/**
 * Memberships are read only where the answer can change what the rules decide — and skipping the
 * others never changes a decision: for random rules, approvals and true memberships, the requirements
 * met with every membership known are exactly those met with only the looked-up ones known.
 */
import fc from 'fast-check';
import { params, testTimeout } from '../fuzz/support/fuzz.js';
import type { Approval, ChangedFile, RequestInfo } from '../../src/core/model.js';
import { parseCodeowners } from '../../src/core/oversight/codeowners.js';
import { evaluateOversight } from '../../src/core/oversight/evaluate-oversight.js';
import { membershipsToResolve } from '../../src/core/oversight/memberships-to-resolve.js';
import type { OversightInput } from '../../src/core/oversight/types.js';
import type { ApprovalRule } from '../../src/core/policy/schema.js';

const HEAD = 'a'.repeat(40);
const OLDER = 'b'.repeat(40);
const file = (path: string): ChangedFile => ({ path, status: 'modified', additions: 1, deletions: 0, binary: false });
const request = (approvals: Approval[]): RequestInfo => ({ author: 'dev', labels: [], assignees: [], requestedReviewers: [], approvals });
const rule = (name: string, require: Partial<ApprovalRule['require']>): ApprovalRule => ({
  name,
  when: {},
  require: { count: 1, codeowners: false, otherwise: 'any-reviewer', 'allow-stale': false, 'if-no-codeowners': 'any-reviewer', ...require },
});

function input(rules: ApprovalRule[], approvals: Approval[], codeowners?: string): OversightInput {
  return {
    rules,
    request: request(approvals),
    files: [file('src/app.ts'), file('infra/main.tf')],
    headSha: HEAD,
    aiAssisted: false,
    riskLevel: 'low',
    isAiIdentity: (login) => login.endsWith('-agent'),
    governanceChanges: [],
    ...(codeowners ? { codeowners: parseCodeowners(codeowners, 'github') } : {}),
  };
}

describe('membershipsToResolve', () => {
  it('asks about approvers a team could still make count, and no one else', () => {
    const rules = [rule('seniors', { teams: ['acme/seniors'] }), rule('named', { users: ['carol'] })];
    const approvals: Approval[] = [
      { login: 'alice', commitSha: HEAD },
      { login: 'dev', commitSha: HEAD }, // the author
      { login: 'ci[bot]', commitSha: HEAD, isBot: true },
      { login: 'old', commitSha: OLDER }, // stale where stale approvals do not count
      { login: 'carol', commitSha: HEAD },
    ];
    const result = evaluateOversight(input(rules, approvals));
    // carol satisfies "named" on her own; for "seniors" she is a candidate like alice.
    expect(membershipsToResolve(result, approvals, HEAD)).toEqual([{ team: 'acme/seniors', logins: ['alice', 'carol'] }]);
  });

  it('asks nothing when every requirement is met, when no one approved, or when no team is named', () => {
    const seniors = [rule('seniors', { teams: ['acme/seniors'], users: ['alice'] })];
    const met = [{ login: 'alice', commitSha: HEAD }, { login: 'bob', commitSha: HEAD }];
    expect(membershipsToResolve(evaluateOversight(input(seniors, met)), met, HEAD)).toEqual([]);
    expect(membershipsToResolve(evaluateOversight(input(seniors, [])), [], HEAD)).toEqual([]);
    const bob = [{ login: 'bob', commitSha: HEAD }];
    expect(membershipsToResolve(evaluateOversight(input([rule('users', { users: ['alice'] })], bob)), bob, HEAD)).toEqual([]);
  });

  it('asks about stale approvers where stale approvals count, and about code-owner teams', () => {
    const stale = [{ login: 'old', commitSha: OLDER }];
    const rules = [rule('owners', { codeowners: true, 'allow-stale': true })];
    const result = evaluateOversight(input(rules, stale, 'infra/ @acme/platform\n'));
    expect(membershipsToResolve(result, stale, HEAD)).toEqual([{ team: 'acme/platform', logins: ['old'] }]);
  });

  const TEAMS = ['acme/a', 'acme/b', 'acme/c'];
  const LOGINS = ['alice', 'bob', 'carol', 'dev', 'x-agent', 'ci[bot]'];
  const arbRule = fc.record({
    teams: fc.subarray(TEAMS),
    users: fc.subarray(LOGINS.slice(0, 3)),
    count: fc.integer({ min: 1, max: 3 }),
    allowStale: fc.boolean(),
    codeowners: fc.boolean(),
  });
  const arbApproval = fc.record({ login: fc.constantFrom(...LOGINS), stale: fc.boolean() });

  it('never changes which requirements are met', () => {
    fc.assert(
      fc.property(
        fc.array(arbRule, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(arbApproval, { selector: (a) => a.login, maxLength: 5 }),
        fc.array(fc.tuple(fc.constantFrom(...TEAMS), fc.constantFrom(...LOGINS)), { maxLength: 10 }),
        (specs, given, members) => {
          const rules = specs.map((s, i) => rule(`r${i}`, { teams: s.teams, users: s.users, count: s.count, 'allow-stale': s.allowStale, codeowners: s.codeowners }));
          const truth = (login: string) => TEAMS.filter((t) => members.some(([team, l]) => team === t && l === login));
          const plain: Approval[] = given.map((a) => ({ login: a.login, commitSha: a.stale ? OLDER : HEAD, ...(a.login.endsWith('[bot]') ? { isBot: true } : {}) }));
          const codeowners = 'infra/ @acme/c\n';
          const all = plain.map((a) => ({ ...a, teams: truth(a.login) }));
          const lookups = membershipsToResolve(evaluateOversight(input(rules, plain, codeowners)), plain, HEAD);
          const asked = plain.map((a) => ({ ...a, teams: truth(a.login).filter((t) => lookups.some((l) => l.team === t && l.logins.includes(a.login))) }));
          const met = (approvals: Approval[]) => evaluateOversight(input(rules, approvals, codeowners)).required.map((r) => [r.rules.join(), r.satisfied, r.missing]);
          expect(met(asked)).toEqual(met(all));
        },
      ),
      params(1500),
    );
  }, testTimeout());
});
