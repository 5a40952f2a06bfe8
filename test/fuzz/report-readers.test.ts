/**
 * Every report reader through parseReport, the way a report file reaches the gate: arbitrary bytes,
 * arbitrary JSON shaped with the corpus's own vocabulary, and real corpus reports mutated (cut at a
 * random offset, a value's type swapped at a random JSON path, huge strings, nesting 10,000 deep, random
 * unicode). Whatever comes in, the result is well-formed findings or an InputError naming the file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseReport, readReport } from '../../src/gather/reports/load.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import { SEVERITIES } from '../../src/core/model.js';
import { corpusDir, corpusFile, corpusHas, describeCorpus, sharedCorpusPresent } from '../helpers/corpus.js';
import { anyCodePoint } from './support/code-points.js';
import { hostileString } from './support/hostile.js';
import { onlyInputErrors, onlyInputErrorsAsync, params, testTimeout } from './support/fuzz.js';
import { deepJson, firstNonPlain } from './support/shape.js';

const REPORT = 'reports/fuzzed.json';
const ctx = { secretSeverity: 'high' as const };
const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent', 'unknown'];

/**
 * What is wrong with one finding, by the rules every reader keeps. Checked in plain code and asserted
 * once per report: the mutated reports hold thousands of findings, and an expect() per field was most
 * of this suite's time.
 */
function findingProblems(f: LoadedReport['findings'][number]): string[] {
  const problems: string[] = [];
  if (!SEVERITIES.includes(f.severity)) problems.push(`severity ${String(f.severity)}`);
  if (!BASELINE_STATES.includes(f.baselineState)) problems.push(`baselineState ${String(f.baselineState)}`);
  for (const key of ['tool', 'rule', 'message'] as const) if (typeof f[key] !== 'string') problems.push(`${key} is ${typeof f[key]}`);
  if (typeof f.suppressed !== 'boolean') problems.push(`suppressed is ${typeof f.suppressed}`);
  if (f.report !== REPORT) problems.push(`report ${String(f.report)}`);
  for (const line of [f.location.startLine, f.location.endLine]) {
    if (line !== undefined && !(Number.isInteger(line) && line > 0)) problems.push(`line ${String(line)}`);
  }
  if (f.location.path !== undefined && typeof f.location.path !== 'string') problems.push(`path is ${typeof f.location.path}`);
  return problems;
}

/** What every successfully read report must look like, whatever the input. */
function expectWellFormed(r: LoadedReport): void {
  expect(firstNonPlain(r)).toBeUndefined();
  expect(r.path).toBe(REPORT);
  expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(typeof r.format).toBe('string');
  expect(typeof r.tool).toBe('string');
  expect(r.results).toBe(r.findings.length);
  expect(r.findings.flatMap((f, i) => findingProblems(f).map((p) => `finding ${i}: ${p}`))).toEqual([]);
}

function read(bytes: Uint8Array): void {
  const r = onlyInputErrors(() => parseReport(REPORT, bytes, ctx));
  if (r.ok) expectWellFormed(r.value);
  else expect(r.error.message).toContain(REPORT);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every report in the corpus except the schemas, with its parsed JSON when it is JSON. */
function corpusReports(): Array<{ name: string; text: string; doc: unknown }> {
  const out: Array<{ name: string; text: string; doc: unknown }> = [];
  for (const dir of ['sarif', 'gitlab', 'codequality', 'native']) {
    if (!corpusHas(dir)) continue;
    for (const file of readdirSync(join(corpusDir, dir)).sort()) {
      const name = `${dir}/${file}`;
      const text = readFileSync(corpusFile(name), 'utf8');
      let doc: unknown;
      try {
        doc = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        doc = undefined;
      }
      out.push({ name, text, doc });
    }
  }
  return out;
}

/** Object keys used anywhere in the corpus: random documents built from them reach deep into readers. */
function vocabulary(docs: unknown[]): string[] {
  const keys = new Set<string>();
  const stack = [...docs];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        stack.push(x);
      }
    }
  }
  return [...keys].sort();
}

/** Paths to every node, for choosing where to mutate. */
function nodePaths(v: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => nodePaths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) nodePaths(x, [...at, k], out);
  return out;
}

const PLACEHOLDER = '\u0000placeholder\u0000';

/** The document as JSON text with the node at `path` replaced by `replacement` (raw JSON text). */
function replaceAt(doc: unknown, path: Array<string | number>, replacement: string): string {
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = PLACEHOLDER;
  return JSON.stringify(copy).replace(JSON.stringify(PLACEHOLDER), replacement);
}

/** A JSON value of a different kind, a huge one, a deep one or hostile text, as raw JSON text. */
const replacement: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('null', 'true', 'false', '0', '-1', '1.5', '1e308', '-0', '""', '[]', '{}', '[null]', '[[]]', '{"":{}}', '"0"', '"-1"', '99999999999999999999') },
  { weight: 3, arbitrary: hostileString().map((s) => JSON.stringify(s)) },
  // Words that are also Object.prototype members: a lookup table indexed by report text must not find them.
  { weight: 2, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', ' Constructor ').map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 2_000_000 }).map((n) => JSON.stringify('A'.repeat(n))) },
  { weight: 1, arbitrary: fc.constantFrom('array', 'object').map((k) => deepJson(10_000, k)) },
);

const reports = corpusReports();
const small = reports.filter((r) => r.doc !== undefined && r.text.length < 200_000);
const keys = vocabulary(reports.map((r) => r.doc));
const byName = (name: string): unknown => reports.find((r) => r.name === name)!.doc;
const textOf = (name: string): string => reports.find((r) => r.name === name)!.text;

describe('parseReport on arbitrary input', () => {
  it(
    'arbitrary bytes',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.uint8Array({ maxLength: 300 }),
            fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])),
            fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array([0xfe, 0xff, ...b])),
            fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])),
          ),
          (bytes) => read(bytes),
        ),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'arbitrary text made of JSON punctuation',
    () => {
      const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\u12', 'true', 'nul', '1', '-', 'e', '.', ' ', '\n', '"a"', '\u0000', '\ud800');
      fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (p) => read(utf8(p.join('')))), params(150));
    },
    testTimeout(),
  );

  it(
    'arbitrary JSON values',
    () => {
      fc.assert(fc.property(fc.jsonValue(), (v) => read(utf8(JSON.stringify(v)))), params(150));
    },
    testTimeout(),
  );
});

describeCorpus('parseReport on documents built from the corpus vocabulary', () => {
  it(
    'objects and arrays whose keys are the keys real reports use',
    () => {
      const key = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf') });
      const leaf = fc.oneof(
        fc.constantFrom(null, true, false, 0, 1, -1, 2.5, '', 'error', 'warning', 'note', 'none', 'HIGH', 'Critical', 'constructor', '__proto__', 'toString', 'file:///etc/passwd', '../../etc/passwd', '2.1.0', '15.0.0'),
        hostileString(3),
        fc.integer(),
      );
      const doc = fc.letrec<{ node: unknown }>((tie) => ({
        node: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          leaf,
          fc.array(tie('node'), { maxLength: 3 }),
          fc.dictionary(key, tie('node'), { maxKeys: 6 }),
        ),
      })).node;
      fc.assert(fc.property(doc, (d) => read(utf8(JSON.stringify(d)))), params(150));
    },
    testTimeout(),
  );
});

describeCorpus('parseReport on mutated corpus reports', () => {
  it('reads every corpus report as it is (the starting point of the mutations)', () => {
    expect(reports.length).toBeGreaterThan(sharedCorpusPresent ? 50 : 20);
    for (const r of reports) read(utf8(r.text));
  });

  it(
    'cut at a random offset',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...reports.map((r) => r.name)), fc.double({ min: 0, max: 1, noNaN: true }), (name, at) => {
          read(utf8(textOf(name).slice(0, Math.floor(textOf(name).length * at))));
        }),
        params(100),
      );
    },
    testTimeout(),
  );

  it(
    'a value replaced at a random JSON path: another type, a huge string, 10,000 levels of nesting, hostile text',
    () => {
      // Reports are named, not embedded, so a counterexample shows the file, the path and the value.
      const mutated = fc
        .constantFrom(...small.map((r) => r.name))
        .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...nodePaths(byName(name))), replacement));
      fc.assert(
        fc.property(mutated, ([name, path, value]) => {
          read(utf8(replaceAt(byName(name), path, value)));
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'random unicode and control characters spliced into the text',
    () => {
      const spliced = fc
        .constantFrom(...small.map((r) => r.name))
        .chain((name) => fc.tuple(fc.constant(name), fc.nat({ max: textOf(name).length }), fc.string({ unit: anyCodePoint, minLength: 1, maxLength: 8 })));
      fc.assert(
        fc.property(spliced, ([name, at, insert]) => read(utf8(textOf(name).slice(0, at) + insert + textOf(name).slice(at)))),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'array elements duplicated many times (a large but honest report)',
    () => {
      const grown = fc
        .constantFrom(...small.map((r) => r.name))
        .chain((name) => {
          const doc = byName(name);
          const arrays = nodePaths(doc).filter((p) => Array.isArray(at(doc, p)) && (at(doc, p) as unknown[]).length > 0);
          return fc.tuple(fc.constant(name), arrays.length ? fc.constantFrom(...arrays) : fc.constant(undefined), fc.integer({ min: 2, max: 2_000 }));
        });
      fc.assert(
        fc.property(grown, ([name, path, times]) => {
          if (path === undefined) return;
          const doc = byName(name);
          const list = at(doc, path) as unknown[];
          const big = Array.from({ length: times }, (_, i) => list[i % list.length]);
          read(utf8(replaceAt(doc, path, JSON.stringify(big))));
        }),
        params(20),
      );
    },
    testTimeout(),
  );
});

function at(doc: unknown, path: Array<string | number>): unknown {
  let v = doc;
  for (const step of path) v = (v as Record<string | number, unknown>)[step];
  return v;
}

describeCorpus('reading in parts agrees with reading whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gate-fuzz-stream-'));
  mkdirSync(join(dir, 'reports'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // streamAbove: 0 sends every file down the path large reports take, so both readers see the same bytes.
  it(
    'the same findings, or an InputError from both',
    async () => {
      const input = fc.oneof(
        fc
          .constantFrom(...small.map((r) => r.name))
          .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...nodePaths(byName(name))), replacement))
          .map(([name, path, value]) => replaceAt(byName(name), path, value)),
        fc
          .constantFrom(...small.map((r) => r.name))
          .chain((name) => fc.double({ min: 0, max: 1, noNaN: true }).map((at) => textOf(name).slice(0, Math.floor(textOf(name).length * at)))),
      );
      await fc.assert(
        fc.asyncProperty(input, async (text) => {
          const bytes = utf8(text);
          writeFileSync(join(dir, REPORT), bytes);
          const whole = onlyInputErrors(() => parseReport(REPORT, bytes, ctx));
          const parts = await onlyInputErrorsAsync(() => readReport(REPORT, { ...ctx, streamAbove: 0 }, dir));
          if (parts.ok !== whole.ok) {
            const say = (r: typeof whole) => (r.ok ? `read ${r.value.findings.length} findings as ${r.value.format}` : `InputError: ${r.error.message}`);
            throw new Error(`read in parts: ${say(parts)}; read whole: ${say(whole)}`);
          }
          if (parts.ok && whole.ok) {
            expectWellFormed(parts.value);
            expect(parts.value).toEqual(whole.value);
          }
        }),
        params(75),
      );
    },
    testTimeout(),
  );
});

describe('regressions found by these properties', () => {
  const sarif = (fingerprints: string, level = 'error', securitySeverity = '"8.0"') =>
    `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t","rules":[{"id":"r","properties":{"security-severity":${securitySeverity}}}]}},` +
    `"results":[{"ruleId":"r","level":"${level}","message":{"text":"m"},"partialFingerprints":${fingerprints}}]}]}`;

  it.each([
    ['security-severity "constructor"', sarif('{"a":"b"}', 'error', '"constructor"')],
    ['level "constructor"', sarif('{"a":"b"}', 'constructor', '""')],
    ['security-severity "__proto__"', sarif('{"a":"b"}', 'error', '"__proto__"')],
  ])('a severity word that is an Object.prototype member is an unknown word, not a function (%s)', (_name, text) => {
    const r = parseReport(REPORT, utf8(text), ctx);
    expectWellFormed(r);
    // The documented mapping: an unrecognised security-severity falls back to the level; a level SARIF does not define is unknown.
    expect(r.findings[0]!.severity).toBe(text.includes('"level":"error"') ? 'high' : 'unknown');
  });

  it.each([
    ['Code Quality', '[{"description":"d","check_name":"c","fingerprint":"f","severity":"constructor","location":{"path":"a","lines":{"begin":1}}}]', 'unknown'],
    ['Semgrep', '{"results":[{"check_id":"c","path":"a","start":{"line":1},"end":{"line":1},"extra":{"message":"m","severity":"constructor"}}],"errors":[]}', 'unknown'],
    ['Trivy', '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[{"VulnerabilityID":"CVE-1","PkgName":"p","InstalledVersion":"1","Severity":" Constructor "}]}]}', 'unknown'],
  ])('%s: a severity of "constructor" or "toString" is unknown', (_name, text, expected) => {
    const r = parseReport(REPORT, utf8(text), ctx);
    expectWellFormed(r);
    expect(r.findings.map((f) => f.severity)).toEqual([expected]);
  });

  it('sarif.ts: a fingerprint value nested 10,000 arrays deep is read without a stack overflow', () => {
    const r = onlyInputErrors(() => parseReport(REPORT, utf8(sarif(`{"h":${deepJson(10_000, 'array')}}`)), ctx));
    if (r.ok) expectWellFormed(r.value);
  });

  it('sarif.ts: message arguments nested 10,000 arrays deep are read without a stack overflow', () => {
    const text = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t"}},"results":[{"ruleId":"r","message":{"text":"{0}","arguments":[${deepJson(10_000, 'array')}]}}]}]}`;
    const r = onlyInputErrors(() => parseReport(REPORT, utf8(text), ctx));
    if (r.ok) expectWellFormed(r.value);
  });

  it('gitlab-security.ts: a scan type of "constructor" is read as a generic GitLab report', () => {
    const text = '{"version":"15.0.0","scan":{"type":"constructor","scanner":{"id":"s","name":"S"}},"vulnerabilities":[]}';
    const r = parseReport(REPORT, utf8(text), ctx);
    expectWellFormed(r);
    expect(r.format).toBe('gitlab-security');
  });
});
