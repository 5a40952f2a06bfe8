/**
 * The policy is YAML, and YAML can do more than describe data: language-specific tags, aliases that
 * expand exponentially, nesting that exhausts a recursive parser. The parser accepts data only, and
 * refuses the rest quickly with an error that says what is wrong. The time bounds are sanity caps.
 */
import { MAX_POLICY_BYTES, parsePolicy } from '../../src/core/policy/parse.js';
import { InputError } from '../../src/core/errors.js';

function rejects(text: string, file = 'policy.yml'): InputError {
  const started = performance.now();
  let caught: unknown;
  try {
    parsePolicy(text, file);
  } catch (e) {
    caught = e;
  }
  expect(performance.now() - started).toBeLessThan(5_000);
  expect(caught).toBeInstanceOf(InputError);
  return caught as InputError;
}

describe('the policy parser uses the safe YAML schema', () => {
  const executable: Array<[string, string]> = [
    ['!!js/function', "version: 1\nmode: !!js/function 'function () { globalThis.__gatePwned = 1; return \"warn\"; }'\n"],
    ['!!js/regexp', 'version: 1\nmode: !!js/regexp /warn/\n'],
    ['!!js/undefined', 'version: 1\nmode: !!js/undefined ""\n'],
    ['!!python/object/apply', 'version: 1\nmode: !!python/object/apply:os.system ["touch /tmp/pwned"]\n'],
    ['a custom local tag', 'version: 1\nmode: !warn enforce\n'],
    ['a custom tag by %TAG', '%TAG !e! tag:example.com,2000:\n---\nversion: 1\nmode: !e!mode warn\n'],
  ];

  it.each(executable)('%s is refused as an unknown tag, with the line, and nothing runs', (_name, text) => {
    const e = rejects(text);
    expect(e.message).toMatch(/policy\.yml:2:\d+|policy\.yml:4:\d+/);
    expect(e.message).toMatch(/YAML tag .* is not allowed; a policy is plain data/);
    expect(e.hint).toBeDefined();
    expect((globalThis as Record<string, unknown>).__gatePwned).toBeUndefined();
  });

  it('standard tags that only describe data still work where the schema allows them', () => {
    expect(parsePolicy('version: !!int "1"\nmode: !!str warn\n', 'p.yml').policy.mode).toBe('warn');
  });
});

describe('hostile YAML is refused quickly', () => {
  it('an alias bomb (billion laughs)', () => {
    const lines = ['version: 1', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]`);
    const e = rejects(lines.join('\n') + '\n');
    expect(e.message).toMatch(/alias/i);
  });

  it('a few anchors and aliases, as people write them, are fine', () => {
    const text = [
      'version: 1',
      'approvals:',
      '  rules:',
      '    - name: a',
      '      require: &senior { count: 1, teams: [org/seniors] }',
      '    - name: b',
      '      when: { paths: ["src/**"] }',
      '      require: *senior',
    ].join('\n');
    const { policy } = parsePolicy(text, 'p.yml');
    expect(policy.approvals.rules.map((r) => r.require.teams)).toEqual([['org/seniors'], ['org/seniors']]);
  });

  it('a policy over the size limit, even one that is only a comment', () => {
    const text = `version: 1\n# ${'x'.repeat(MAX_POLICY_BYTES)}\n`;
    const e = rejects(text);
    expect(e.message).toContain(`limit is ${MAX_POLICY_BYTES}`);
    expect(e.message).toContain(String(Buffer.byteLength(text)));
  });

  it('the size limit counts bytes, not characters', () => {
    // 'é' is two bytes in UTF-8: under the limit in characters, over it in bytes.
    const text = `version: 1\n# ${'é'.repeat(MAX_POLICY_BYTES / 2 + 1)}\n`;
    expect(text.length).toBeLessThan(MAX_POLICY_BYTES);
    rejects(text);
  });

  it.each([
    ['flow sequences', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['flow mappings', '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['block mappings', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1'],
  ])('nesting 10,000 levels deep in %s', (_name, body) => {
    const e = rejects(`version: 1\nmode: ${body}\n`);
    expect(e.message).toMatch(/policy\.yml/);
  });

  it('a policy with thousands of unknown keys reports them without taking long', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `unknown-key-${i}: 1`).join('\n');
    const e = rejects(`version: 1\n${keys}\n`);
    expect(e.message).toContain('10000 problems');
    // A reader fixes the first ones and runs again; listing ten thousand helps nobody.
    expect(e.message.split('\n').filter((l) => l.startsWith('  - unknown-key-'))).toHaveLength(50);
    expect(e.message).toContain('…and 9950 more');
  });
});
