/** Rules that relate keys to each other: a policy that passes every key on its own can still be wrong. */
import { InputError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { GOVERNANCE_TIER } from '../../src/core/oversight/types.js';

function problemsOf(text: string): string {
  try {
    parsePolicy(text, 'p.yml');
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  return '';
}

const levels = (medium: number, high: number, critical: number) => `version: 1\nrisk:\n  levels: { medium: ${medium}, high: ${high}, critical: ${critical} }\n`;

describe('risk.levels', () => {
  it('accepts levels that rise', () => {
    expect(parsePolicy(levels(10, 20, 30), 'p.yml').policy.risk.levels).toEqual({ medium: 10, high: 20, critical: 30 });
  });

  it.each([
    [90, 10, 5],
    [25, 25, 75],
    [25, 80, 75],
  ])('refuses medium %d, high %d, critical %d at the key path', (medium, high, critical) => {
    const message = problemsOf(levels(medium, high, critical));
    expect(message).toContain(`risk.levels: levels must rise: medium < high < critical, got medium ${medium}, high ${high}, critical ${critical}`);
  });

  it('checks a level given alone against the defaults of the others', () => {
    // high defaults to 50: a medium of 60 would make medium unreachable.
    expect(problemsOf('version: 1\nrisk:\n  levels:\n    medium: 60\n')).toContain('got medium 60, high 50, critical 75');
  });
});

describe('waiver expires', () => {
  const waiver = (expires: string) => `version: 1\nfindings:\n  waivers:\n    - { rule: r, reason: x, owner: o, expires: ${expires} }\n`;

  it.each(['2026-02-30', '2026-04-31', '2027-02-29', '2026-00-10'])('refuses %s, which is not a date in the calendar', (day) => {
    expect(problemsOf(waiver(day))).toMatch(/findings\.waivers\[0\]\.expires: (expected a date like 2027-03-31|.* is not a date in the calendar)/);
  });

  it('names a day that has the shape of a date but does not exist', () => {
    expect(problemsOf(waiver('2026-02-30'))).toContain('findings.waivers[0].expires: 2026-02-30 is not a date in the calendar');
  });

  it.each(['2028-02-29', '2026-12-31', '2026-04-30'])('accepts %s', (day) => {
    expect(parsePolicy(waiver(day), 'p.yml').policy.findings.waivers[0]!.expires).toBe(day);
  });

  it('still asks for a selector when the other keys are wrong, so every problem shows at once', () => {
    const message = problemsOf('version: 1\nfindings:\n  waivers:\n    - { reason: x, expires: soon }\n');
    expect(message).toContain('findings.waivers[0].owner: is required');
    expect(message).toContain('findings.waivers[0].expires: expected a date like 2027-03-31, got "soon"');
    expect(message).toContain('findings.waivers[0]: needs at least one of rule, fingerprint, path, tool');
  });
});

describe('approval count against the users named', () => {
  const rule = (require: string) => `version: 1\napprovals:\n  rules:\n    - name: seniors\n      require: ${require}\n`;

  it('refuses a count the listed users can never meet', () => {
    const message = problemsOf(rule('{ count: 3, users: [alice, bob] }'));
    expect(message).toContain('approvals.rules[0].require.count: 3 approvals can never come from the 2 users listed');
  });

  it('counts logins case-insensitively, as both platforms do', () => {
    expect(problemsOf(rule('{ count: 2, users: [alice, Alice] }'))).toContain('2 approvals can never come from the 1 user listed');
  });

  it.each([
    '{ count: 2, users: [alice, bob] }',
    '{ count: 3, users: [alice], teams: [acme/seniors] }',
    '{ count: 3, users: [alice], codeowners: true }',
    '{ count: 5 }',
  ])('accepts %s, whose approver set is large enough or not known until the run', (require) => {
    expect(problemsOf(rule(require))).toBe('');
  });
});

describe('approval rule names', () => {
  it('refuses a name used twice, pointing at the second', () => {
    const text = 'version: 1\napprovals:\n  rules:\n    - { name: seniors, require: {} }\n    - { name: seniors, require: { count: 2 } }\n';
    expect(problemsOf(text)).toContain('approvals.rules[1].name: name "seniors" is already used by approvals.rules[0]');
  });

  it('refuses the name of the built-in governance tier', () => {
    expect(problemsOf(`version: 1\napprovals:\n  rules:\n    - { name: ${GOVERNANCE_TIER}, require: {} }\n`)).toContain(
      `approvals.rules[0].name: name "${GOVERNANCE_TIER}" is the built-in tier`,
    );
  });
});
