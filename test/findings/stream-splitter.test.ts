/**
 * The scanner under the streaming reader, fed a document in chunks of every size from one byte up, so
 * every structural character, escape and multi-byte character lands on a chunk boundary somewhere.
 * What it must give is derived with JSON.parse of the whole text: the streamed arrays' elements, and a
 * skeleton that is the document with those arrays emptied.
 */
import { JsonSplitter, StreamSyntaxError, streamOffset, type PathStep } from '../../src/gather/reports/stream/json-splitter.js';

interface Split {
  skeleton: unknown;
  elements: Array<{ path: PathStep[]; index: number; value: unknown }>;
  keys: Array<{ path: PathStep[]; key: string }>;
}

const isResults = (path: readonly PathStep[]): boolean =>
  (path.length === 3 && path[0] === 'runs' && typeof path[1] === 'number' && path[2] === 'results') || (path.length === 1 && path[0] === 'vulnerabilities');

function split(text: string, chunkSize: number): Split {
  const elements: Split['elements'] = [];
  const keys: Split['keys'] = [];
  const splitter = new JsonSplitter(
    {
      key: (path, key) => keys.push({ path: [...path], key }),
      arrayOpens: (path) => isResults(path),
      element: (path, index, value) => elements.push({ path: [...path], index, value }),
    },
    { shallow: 4, keepSkeleton: true },
  );
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunkSize) {
    // A fresh copy each time, then overwritten: the splitter must not keep views of a chunk.
    const chunk = Buffer.from(bytes.subarray(i, i + chunkSize));
    splitter.write(chunk);
    chunk.fill(0x20);
  }
  return { skeleton: JSON.parse(splitter.end().toString('utf8')), elements, keys };
}

/** The expectation, from JSON.parse alone. */
function expected(text: string): Omit<Split, 'keys'> {
  const doc = JSON.parse(text);
  const elements: Split['elements'] = [];
  if (Array.isArray(doc.runs)) {
    doc.runs.forEach((run: { results?: unknown }, i: number) => {
      if (run !== null && typeof run === 'object' && Array.isArray(run.results)) {
        run.results.forEach((value: unknown, index: number) => elements.push({ path: ['runs', i, 'results'], index, value }));
        run.results = [];
      }
    });
  }
  if (Array.isArray(doc.vulnerabilities)) {
    doc.vulnerabilities.forEach((value: unknown, index: number) => elements.push({ path: ['vulnerabilities'], index, value }));
    doc.vulnerabilities = [];
  }
  return { skeleton: doc, elements };
}

// Escapes at every position a scanner can trip on: \" and \\ before a closing quote, brackets and commas
// inside strings, multi-byte characters, an escaped key that means "results", nested arrays in results.
const TRICKY = JSON.stringify({
  $schema: 'sarif "2.1.0" [x], {y}',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'tool \\', rules: [{ id: 'r,1]' }] } },
      results: [
        { ruleId: 'r,1]', message: { text: 'ends with a backslash \\' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a "b".js' } } }] },
        { message: { text: 'quote \\" then \\\\" and } ] , {' } },
        'a string element with "quotes" and \\',
        12.5e-3,
        null,
        [[], [1, [2, { a: '[' }]]],
        { message: { text: 'ünïcödé 漢字 😀 — \u2028 end' } },
      ],
    },
    { tool: { driver: { name: 'empty' } }, results: [] },
    { results: [{ a: 1 }], tool: { driver: { name: 'results first' } } },
  ],
  properties: { results: [1, 2], vulnerabilities: [3] },
}).replace('"results":[{"a":1}]', '"r\\u0065sults":[{"a":1}]');

const GITLAB = JSON.stringify({
  version: '15.1.4',
  vulnerabilities: [
    { id: '1', severity: 'High', location: { file: 'a.py', start_line: 3 }, identifiers: [{ type: 'cwe', value: '79' }] },
    { id: '2', message: 'x "y" \\ z', location: {} },
  ],
  scan: { type: 'sast', scanner: { name: 'Semgrep' } },
});

describe('JsonSplitter', () => {
  it.each([
    ['SARIF with escapes, nesting and unicode', TRICKY],
    ['GitLab', GITLAB],
    ['pretty-printed SARIF', JSON.stringify(JSON.parse(TRICKY), null, 2)],
  ])('gives the elements and the emptied document for every chunk size (%s)', (_name, text) => {
    const want = expected(text);
    expect(want.elements.length).toBeGreaterThan(0);
    const sizes = [...Array.from({ length: 40 }, (_, i) => i + 1), 97, 1024, text.length];
    for (const size of sizes) {
      const got = split(text, size);
      expect({ size, skeleton: got.skeleton }).toEqual({ size, skeleton: want.skeleton });
      expect({ size, elements: got.elements }).toEqual({ size, elements: want.elements });
    }
  });

  it('decodes escaped keys, so "r\\u0065sults" is streamed as results', () => {
    expect(TRICKY).toContain('"r\\u0065sults"');
    const got = split(TRICKY, 7);
    expect(got.elements.filter((e) => e.path[1] === 2)).toEqual([{ path: ['runs', 2, 'results'], index: 0, value: { a: 1 } }]);
    expect(got.keys).toContainEqual({ path: ['runs', 2], key: 'results' });
    expect(got.keys).toContainEqual({ path: ['runs', 2], key: 'tool' });
  });

  it('does not stream arrays at other paths, even with the same name', () => {
    const got = split(TRICKY, 5);
    expect((got.skeleton as { properties: unknown }).properties).toEqual({ results: [1, 2], vulnerabilities: [3] });
  });

  it('maps skeleton offsets back to the stream across emptied arrays', () => {
    const text = '{"runs":[{"results":[1,2,3]}],"x":!}';
    const splitter = new JsonSplitter({ key: () => undefined, arrayOpens: isResults, element: () => undefined }, { shallow: 4, keepSkeleton: true });
    splitter.write(Buffer.from(text));
    const skeleton = splitter.end().toString('utf8');
    expect(skeleton).toBe('{"runs":[{"results":[]}],"x":!}');
    // The "!" is at the same place in both once the five removed bytes ("1,2,3") are added back.
    expect(streamOffset(skeleton.indexOf('!'), splitter.elisions)).toBe(text.indexOf('!'));
    expect(streamOffset(skeleton.indexOf('[]') + 1, splitter.elisions)).toBe(text.indexOf(']'));
  });

  // `at` is the text the failing offset must point to: the offending character, or the failing element.
  it.each([
    ['a missing element before a comma', '{"runs":[{"results":[,1]}]}', 'separator', ',1]', 'expected a value'],
    ['a trailing comma', '{"runs":[{"results":[1,]}]}', 'separator', ']}]', 'expected a value'],
    ['an array closed by a brace', '{"runs":[{"results":[1}]}', 'separator', '}]}', "expected ',' or ']', found \"}\""],
    ['a stray character where an element starts', '{"runs":[{"results":[1, x]}]}', 'separator', 'x]', 'expected a value (object, array, string, number, true, false or null), found "x"'],
    ['two values without a comma', '{"runs":[{"results":[1 2]}]}', 'element', '1 2]', ''],
    ['an element cut by the end of the file', '{"runs":[{"results":[{"a":"b', 'element', '{"a":"b', 'the file ends inside an element'],
  ])('fails on %s, naming the piece and where it starts', (_name, text, piece, at, message) => {
    const splitter = new JsonSplitter({ key: () => undefined, arrayOpens: isResults, element: () => undefined }, { shallow: 4, keepSkeleton: true });
    let error: unknown;
    try {
      splitter.write(Buffer.from(text));
      splitter.end();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StreamSyntaxError);
    const e = error as StreamSyntaxError;
    expect(e.piece).toBe(piece);
    expect(text.slice(e.offset, e.offset + at.length)).toBe(at);
    expect(e.message).toContain(message);
  });
});
