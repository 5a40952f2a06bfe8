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
    // Byte for byte, key order included: the built-in policy's sha256 is of this JSON.
    expect(JSON.stringify(policy['sensitive-paths'])).toBe(JSON.stringify(DEFAULT_SENSITIVE_GROUPS));
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

  it('names the line and column of every schema problem, in block and flow style', () => {
    const lines = ['version: 1', 'findings:', '  max:', '    critcal: 0', 'risk:', '  levels: { medium: 20, hihg: 40 }', 'approvals:', '  rules:', '    - name: x', '      require: { count: zero }'];
    const e = errorOf(lines.join('\n') + '\n');
    // Where each offending key is written, found in the text independently of the parser.
    const at = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return `[line ${line + 1}, column ${lines[line]!.indexOf(needle) + 1}]`;
    };
    expect(e.message).toContain(`findings.max.critcal: unknown key "critcal" (did you mean "critical"?) ${at('critcal')}`);
    expect(e.message).toContain(`risk.levels.hihg: unknown key "hihg" (did you mean "high"?) ${at('hihg')}`);
    expect(e.message).toContain(`approvals.rules[0].require.count: expected a number, got string "zero" ${at('count')}`);
    // Listed as they are written, top to bottom, whatever order the schema checks them in.
    const listed = ['findings.max.critcal', 'risk.levels.hihg', 'approvals.rules[0].require.count'].map((p) => e.message.indexOf(`  - ${p}:`));
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    expect(listed[0]).toBeGreaterThan(0);
  });

  it('places a missing key at the nearest enclosing key that is written', () => {
    const e = errorOf('version: 1\nfindings:\n  waivers:\n    - rule: x\n      owner: o\n      expires: 2027-01-01\n');
    expect(e.message).toContain('findings.waivers[0].reason: is required [line 4, column 7]');
  });

  it('reports every unknown key of a mapping, not just the first', () => {
    const e = errorOf('version: 1\nmod: warn\nrisks: {}\nfinding: {}\n');
    expect(e.message).toContain('3 problems');
    expect(e.message).toContain('mod: unknown key "mod" (did you mean "mode"?)');
    expect(e.message).toContain('risks: unknown key "risks" (did you mean "risk"?)');
    expect(e.message).toContain('finding: unknown key "finding" (did you mean "findings"?)');
  });

  it('refuses a list or a scalar where a mapping belongs', () => {
    const e = errorOf('version: 1\nsensitive-paths: []\nrisk: [1]\nfindings:\n  tools: high\n');
    expect(e.message).toContain('sensitive-paths: expected a mapping, got a list');
    expect(e.message).toContain('risk: expected a mapping, got a list');
    expect(e.message).toContain('findings.tools: expected a mapping, got string "high"');
  });

  it('reads a key written with no value as left out, so it takes its default', () => {
    const { policy } = parsePolicy('version: 1\nmode:\nrisk:\nfindings:\n  waivers:\n  max:\n', 'p.yml');
    expect(policy).toEqual(defaultPolicy());
  });

  it('refuses names an object cannot hold as data instead of dropping them', () => {
    const e = errorOf('version: 1\nsensitive-paths:\n  constructor: { points: 5, paths: ["x/**"] }\n');
    expect(e.message).toContain('sensitive-paths.constructor: "constructor" is reserved and cannot be used as a name');
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
