/**
 * The policy parser against hostile text: arbitrary YAML, arbitrary values, and valid policies mutated
 * at random places. Whatever comes in, parsePolicy returns a plain, valid Policy or throws InputError.
 */
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { validate } from '../../src/core/schema/problems.js';
import { policySchema } from '../../src/core/policy/schema.js';
import { anyCodePoint } from './support/code-points.js';
import { hostileString } from './support/hostile.js';
import { onlyInputErrors, params, testTimeout } from './support/fuzz.js';
import { firstNonPlain } from './support/shape.js';

/** A policy that uses every block, so mutations land on every kind of schema node. */
const RICH_POLICY = {
  version: 1,
  mode: 'enforce',
  risk: {
    levels: { medium: 20, high: 45, critical: 70 },
    'fail-at': 'high',
    factors: {
      size: { 'max-points': 15, 'saturate-lines': 1000, 'ignore-paths': ['**/*.lock'] },
      spread: { 'max-points': 5, 'saturate-files': 20, 'saturate-directories': 5 },
      'sensitive-paths': { 'max-points': 30 },
      destructive: { 'points-each': 10, 'max-points': 20 },
      'missing-tests': { points: 5, 'source-paths': ['src/**'], 'test-paths': ['test/**'] },
      'ai-multiplier': 1.5,
    },
  },
  'sensitive-paths': { payments: { points: 20, paths: ['src/payments/**'], description: 'Money' } },
  attribution: {
    identities: [{ tool: 'In-house bot', email: 'bot@example.com', login: 'house-bot' }],
    trailers: ['X-Generated'],
    labels: ['ai'],
  },
  ai: { 'fail-at-risk': 'medium' },
  findings: {
    scope: 'changed-lines',
    max: { critical: 0, high: 2 },
    tools: { CodeQL: { max: { medium: 5 }, severity: { 'js/xss': 'critical', warning: 'low' } } },
    missing: 'warn',
    'secret-severity': 'critical',
    waivers: [{ rule: 'js/eval', reason: 'Sandboxed', owner: 'security', expires: '2030-01-31' }],
  },
  approvals: {
    rules: [
      {
        name: 'AI needs a senior',
        when: { 'ai-assisted': true, 'risk-at-least': 'medium', paths: ['src/**'], labels: ['ai'] },
        require: { count: 2, users: ['alice'], teams: ['org/seniors'], codeowners: true, 'allow-stale': false },
      },
    ],
  },
  declarations: { require: true, contradiction: 'violation' },
};

const YAML_PIECES = [
  ':', ': ', '- ', '\n', '\n  ', '  ', '{', '}', '[', ']', ',', '&a ', '*a', '<<: *a', '!!str ', '!!binary ', '!!js/function ',
  '!!js/regexp /x/', '!!python/object ', '!custom ', '? ', '|', '>', '|-', '---\n', '...\n', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n',
  '"', "'", '#', '~', 'null', 'true', 'yes', '0x1F', '1e9', '.inf', '2027-03-31', 'version', 'version: 1', 'mode', 'findings',
  'waivers', '__proto__', 'constructor', '\t', '\ufeff', '\u0000', '\u2028', '@', '`',
];

const yamlText = fc.oneof(
  fc.string({ unit: anyCodePoint, maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 60 }).map((p) => p.join('')),
  fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 60 }).map((p) => `version: 1\n${p.join('')}`),
);

/** A JSON-ish value where keys may be the ones that bite: __proto__, constructor, schema keys. */
const keyish = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'version', 'mode', 'points', 'paths', 'rules'));
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    hostileString(4),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(keyish, tie('v'), { maxKeys: 4 }),
  ),
})).v;

function expectPlainPolicy(policy: unknown): void {
  expect(firstNonPlain(policy)).toBeUndefined();
  expect((policy as { version: unknown }).version).toBe(1);
  // The result is a fixed point: validating it again accepts it unchanged.
  const again = validate(policySchema, policy);
  expect(again.ok ? [] : again.problems).toEqual([]);
}

/** Paths to every node of a plain value, for picking a place to mutate. */
function paths(v: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add-key'; key: string; value: unknown };

function mutate(doc: unknown, path: Array<string | number>, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return m.kind === 'set' ? m.value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

const ALL_PATHS = paths(RICH_POLICY);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  value.map((v) => ({ kind: 'set' as const, value: v })),
  fc.constant({ kind: 'delete' as const }),
  fc.tuple(keyish, value).map(([key, v]) => ({ kind: 'add-key' as const, key, value: v })),
  fc.integer({ min: 1, max: 300_000 }).map((n) => ({ kind: 'set' as const, value: 'x'.repeat(n) })),
);

describe('parsePolicy under hostile input', () => {
  it('the rich policy used for mutations is valid as written', () => {
    expectPlainPolicy(parsePolicy(dump(RICH_POLICY), 'rich.yml').policy);
  });

  it(
    'arbitrary text: a plain valid Policy or an InputError naming the file',
    () => {
      fc.assert(
        fc.property(yamlText, (text) => {
          const r = onlyInputErrors(() => parsePolicy(text, 'fuzz.yml'));
          if (r.ok) expectPlainPolicy(r.value.policy);
          else expect(r.error.message).toContain('fuzz.yml');
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'arbitrary values written as YAML: a plain valid Policy or an InputError',
    () => {
      fc.assert(
        fc.property(value, (v) => {
          let text: string;
          try {
            text = dump(v, { noRefs: true });
          } catch {
            return; // not representable in YAML: nothing to feed the parser
          }
          const r = onlyInputErrors(() => parsePolicy(text, 'value.yml'));
          if (r.ok) expectPlainPolicy(r.value.policy);
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'arbitrary values given straight to the schema never throw and never yield non-plain data',
    () => {
      fc.assert(
        fc.property(fc.oneof(value, fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true })), (v) => {
          const parsed = validate(policySchema, v);
          if (parsed.ok) expect(firstNonPlain(parsed.value)).toBeUndefined();
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'valid policies mutated at a random place: a plain valid Policy or an InputError',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...ALL_PATHS), mutation, (path, m) => {
          const doc = mutate(RICH_POLICY, path, m);
          let text: string;
          try {
            text = dump(doc, { noRefs: true, lineWidth: -1 });
          } catch {
            return;
          }
          const r = onlyInputErrors(() => parsePolicy(text, 'mutated.yml'));
          if (r.ok) {
            expectPlainPolicy(r.value.policy);
            // What the parser accepted reads back the same through YAML.
            expect(parsePolicy(dump(r.value.policy, { lineWidth: -1 }), 'again.yml').policy).toEqual(r.value.policy);
          }
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it('a __proto__ key cannot change the prototype of a parsed block', () => {
    const text = [
      'version: 1',
      'sensitive-paths:',
      '  __proto__:',
      '    points: 5',
      '    paths: ["x/**"]',
      'findings:',
      '  tools:',
      '    __proto__:',
      '      max: { high: 0 }',
    ].join('\n');
    // js-yaml keeps __proto__ as an own key; the schema must either refuse it or keep it as plain data.
    expect(Object.keys(load(text) as object)).toContain('sensitive-paths');
    const r = onlyInputErrors(() => parsePolicy(text, 'proto.yml'));
    if (r.ok) expectPlainPolicy(r.value.policy);
    expect(({} as Record<string, unknown>).points).toBeUndefined();
  });
});
