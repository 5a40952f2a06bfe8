/**
 * The compiled glob set answers exactly as picomatch does for each list — the policy's own globs and
 * random ones (braces, brackets, negations, extglobs, quotes, `./`), against paths that mix case,
 * Unicode letters that lower-case to ASCII, trailing slashes and the globs' own text. Its index only
 * skips globs; these properties check it never skips one that matches.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { params, testTimeout } from '../fuzz/support/fuzz.js';
import picomatch from 'picomatch';
import { GlobSet, requirementsOf } from '../../src/core/paths/glob-set.js';
import { defaultPolicy } from '../../src/core/policy/parse.js';

/** The matcher the gate used before the set: one picomatch matcher per list. */
function reference(patterns: readonly string[]): (path: string) => boolean {
  const withSlash = patterns.filter((p) => p.includes('/'));
  const nameOnly = patterns.filter((p) => !p.includes('/'));
  const full = withSlash.length ? picomatch(withSlash, { dot: true, nocase: true }) : () => false;
  const base = nameOnly.length ? picomatch(nameOnly, { dot: true, nocase: true, basename: true }) : () => false;
  return (path) => Boolean(full(path)) || Boolean(base(path));
}

const policy = defaultPolicy();
const POLICY_LISTS: string[][] = [
  policy.risk['documentation-paths'],
  policy.risk.factors.size['ignore-paths'],
  policy.risk.factors['missing-tests']['source-paths'],
  policy.risk.factors['missing-tests']['test-paths'],
  ...Object.values(policy['sensitive-paths']).map((g) => g.paths),
];

const WORDS = [
  'terraform', 'main', 'tf', 'TF', 'Dockerfile', 'dockerfile', '.github', 'workflows', 'ci', '.env', 'env', 'migrations',
  'db', 'migrate', 'package.json', 'yarn.lock', 'test', 'Test', 'spec', 'src', 'docs', 'README', 'k8s', 'K8s',
  'id_rsa', 'secret', 'x.yml', 'a.yaml', 'Pulumi.dev', 'credentials', 'schema.prisma', 'go.sum', 'conftest.py',
  'foo_test', 'foo-spec', 'test_bar', 'UserTest', 'a.b', '..', '.', '', ' ', 'ſ', 'İ', 'ß', 'é', '{a,b}', '[ab]', '!x', '*', '?',
];
const EXTENSIONS = ['', '.tf', '.TF', '.md', '.ts', '.java', '.yml', '.yaml', '.json', '.sql', '.txt', '.lock', '.snap', '.pem', '.tfvars', '.cfn.yml', '.test.ts', '.go'];

const segment = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...EXTENSIONS)).map(([w, e]) => w + e);
const path = fc.oneof(
  fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/')),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `${s.join('/')}/`),
  fc.string({ maxLength: 12 }),
);

const GLOB_PARTS = [
  '**', '*', '?', '**/', '/**', 'terraform', '*.tf', '.github', 'workflows', 'Dockerfile', '{yml,yaml}', '{a,b,c}', '{1..3}', '{x}',
  '[ab]', '[!a]', '!', './', '+(a|b)', '@(x)', '!(y)', '"q"', '\\*', '.', '-', '_test', 'test_', '.env', 'K8S', 'ß', 'é', '{,x}', '}', '{',
];
const glob = fc.array(fc.constantFrom(...GLOB_PARTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')).filter((g) => g !== '');

function pathsFor(lists: readonly string[][]): string[] {
  // The globs themselves, and their wildcards filled in, are paths that must match.
  const out: string[] = [];
  for (const g of lists.flat()) {
    out.push(g, g.replace(/\*\*\//g, 'a/b/').replace(/\*/g, 'x').replace(/\?/g, 'q'), g.toUpperCase());
    out.push(g.replace(/\{([^}]*)\}/g, (_, body: string) => body.split(',')[0] ?? ''));
  }
  return out;
}

function sameAnswers(lists: readonly string[][], paths: readonly string[]): void {
  const set = new GlobSet(lists);
  const refs = lists.map(reference);
  // Compared in plain code and asserted once: an expect() per path costs more than the matching.
  const differences = paths.flatMap((p) => {
    const got = [...set.match(p)].map((x) => x === 1);
    const want = refs.map((r) => r(p));
    return isDeepStrictEqual(got, want) ? [] : [{ path: p, got, want }];
  });
  expect(differences).toEqual([]);
}

describe('GlobSet', () => {
  it("answers as picomatch for the default policy's globs on generated paths", () => {
    fc.assert(fc.property(fc.array(path, { minLength: 1, maxLength: 40 }), (paths) => sameAnswers(POLICY_LISTS, paths)), params(300));
  }, testTimeout());

  it("answers as picomatch for the default policy's globs on the globs' own text", () => {
    sameAnswers(POLICY_LISTS, pathsFor(POLICY_LISTS));
  });

  it('answers as picomatch for random globs, on random paths and on the globs themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.array(glob, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.array(path, { maxLength: 20 }), (lists, paths) => {
        sameAnswers(lists, [...paths, ...pathsFor(lists)]);
      }),
      params(500),
    );
  }, testTimeout());

  it('indexes the shapes policies use and leaves the unsure ones to the expression', () => {
    expect(requirementsOf('**/terraform/**')).toEqual([{ kind: 'segment', key: 'terraform', also: [] }]);
    expect(requirementsOf('**/*.tf')).toEqual([{ kind: 'tail', key: '.tf', also: ['.tf'] }]);
    expect(requirementsOf('**/*.{yml,yaml}')).toEqual([
      { kind: 'tail', key: '.yml', also: ['.yml'] },
      { kind: 'tail', key: '.yaml', also: ['.yaml'] },
    ]);
    expect(requirementsOf('**/test_*.*')).toEqual([{ kind: 'needle', key: 'test_', also: ['.'] }]);
    expect(requirementsOf('src/**/Secret*.ts')).toEqual([{ kind: 'segment', key: 'src', also: ['secret', '.ts'] }]);
    for (const unsure of ['!**/*.tf', '**/[ab].tf', '**/+(a|b).tf', 'a\\*b', '"a b"', '**/{1..3}.tf', '**/{a,{b,c}}', '**/*']) {
      expect(requirementsOf(unsure)).toBeUndefined();
    }
  });
});
