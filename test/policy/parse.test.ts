import { InputError } from '../../src/core/errors.js';
import { defaultPolicy, parsePolicy } from '../../src/core/policy/parse.js';
import { DEFAULT_SENSITIVE_GROUPS } from '../../src/core/policy/default-sensitive-paths.js';

function errorOf(text: string): InputError {
  try {
    parsePolicy(text, '.ai-governance.yml');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parsePolicy', () => {
  it('applies defaults to a minimal policy', () => {
    const { policy, sha256 } = parsePolicy('version: 1\n', 'p.yml');
    expect(policy.mode).toBe('enforce');
    // Risk alone refuses nothing by default.
    expect(policy.risk['fail-at']).toBe('never');
    expect(policy.ai['fail-at-risk']).toBe('never');
    expect(policy.findings.max).toEqual({ critical: 0, high: 0 });
    expect(Object.keys(policy['sensitive-paths'])).toEqual(Object.keys(DEFAULT_SENSITIVE_GROUPS));
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a full policy', () => {
    const { policy } = parsePolicy(
      [
        'version: 1',
        'mode: warn',
        'risk:',
        '  fail-at: high',
        '  levels: { medium: 20, high: 40, critical: 70 }',
        'sensitive-paths:',
        '  payments: { points: 30, paths: ["services/payments/**"] }',
        '  dependencies: { points: 0, paths: [] }',
        'findings:',
        '  waivers:',
        '    - rule: js/sql-injection',
        '      reason: false positive, input is validated upstream',
        '      owner: security-team',
        '      expires: 2027-03-31',
      ].join('\n'),
      'p.yml',
    );
    expect(policy.mode).toBe('warn');
    expect(policy.risk.levels.high).toBe(40);
    expect(policy['sensitive-paths'].payments?.points).toBe(30);
    expect(policy['sensitive-paths'].dependencies?.points).toBe(0);
    // Built-in groups not named in the policy are kept.
    expect(policy['sensitive-paths'].infrastructure?.points).toBe(DEFAULT_SENSITIVE_GROUPS.infrastructure!.points);
    expect(policy.findings.waivers[0]?.expires).toBe('2027-03-31');
  });

  it('names the line and column of a YAML syntax error', () => {
    const e = errorOf('version: 1\nrisk:\n  fail-at: [high\n');
    expect(e.message).toMatch(/\.ai-governance\.yml:\d+:\d+: YAML syntax error/);
    expect(e.hint).toBeTruthy();
  });

  it('suggests the nearest key for a typo and names the key path', () => {
    const e = errorOf('version: 1\nfindings:\n  max:\n    critcal: 0\n');
    expect(e.message).toContain('findings.max.critcal');
    expect(e.message).toContain('did you mean "critical"');
  });

  it('reports every problem at once, with types', () => {
    const e = errorOf('version: 1\nmode: strict\nrisk:\n  fail-at: 3\nunknown_block: {}\n');
    expect(e.message).toContain('3 problems');
    expect(e.message).toContain('mode');
    expect(e.message).toContain('risk.fail-at: number 3 is not one of');
    expect(e.message).toContain('unknown key "unknown_block"');
  });

  it('requires version and rejects empty files', () => {
    expect(errorOf('mode: warn\n').message).toContain('version: is required');
    expect(errorOf('   \n').message).toContain('is empty');
  });

  it('requires owner, reason and expiry on waivers', () => {
    const e = errorOf('version: 1\nfindings:\n  waivers:\n    - rule: x\n      expires: soon\n');
    expect(e.message).toContain('findings.waivers[0].reason: is required');
    expect(e.message).toContain('findings.waivers[0].owner: is required');
    expect(e.message).toContain('findings.waivers[0].expires: expected a date');
  });

  it('rejects alias bombs quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const start = Date.now();
    expect(() => parsePolicy(`version: 1\n${levels.join('\n')}\n`, 'bomb.yml')).toThrow(InputError);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('rejects oversized policies', () => {
    expect(errorOf(`version: 1\n# ${'x'.repeat(300 * 1024)}\n`).message).toMatch(/bytes; the limit is/);
  });

  it('has a default policy that validates', () => {
    expect(defaultPolicy().version).toBe(1);
  });
});
