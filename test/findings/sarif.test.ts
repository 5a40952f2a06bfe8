import { InputError } from '../../src/core/errors.js';
import type { ReadContext } from '../../src/gather/reports/reader.js';
import { sarifReader, toPath } from '../../src/gather/reports/readers/sarif.js';
import type { Finding } from '../../src/core/model.js';

const ctx: ReadContext = { report: 'scan.sarif', secretSeverity: 'high' };

function log(runs: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs, ...extra };
}

/** One run of tool "T" with the given driver rules and results. */
function run(results: unknown[], rules: unknown[] = [], more: Record<string, unknown> = {}): Record<string, unknown> {
  return { tool: { driver: { name: 'T', rules } }, results, ...more };
}

function read(doc: unknown): Finding[] {
  return sarifReader.read(doc, ctx).findings;
}

function one(result: Record<string, unknown>, rules: unknown[] = [], more: Record<string, unknown> = {}): Finding {
  const findings = read(log([run([{ message: { text: 'm' }, ...result }], rules, more)]));
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

function readError(doc: unknown): InputError {
  try {
    sarifReader.read(doc, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected the reader to refuse the document');
}

describe('detect', () => {
  it('recognises SARIF by its schema, or by a version next to runs', () => {
    expect(sarifReader.detect({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] })).toBe(true);
    expect(sarifReader.detect({ version: '2.1.0', runs: [] })).toBe(true);
    expect(sarifReader.detect({ $schema: 'http://json.schemastore.org/sarif-1.0.0', runs: {} })).toBe(true);
  });
  it('leaves other formats alone', () => {
    expect(sarifReader.detect({ version: '15.0.6', vulnerabilities: [], scan: {} })).toBe(false);
    expect(sarifReader.detect({ runs: [] })).toBe(false);
    expect(sarifReader.detect([{ runs: [] }])).toBe(false);
    expect(sarifReader.detect(null)).toBe(false);
    expect(sarifReader.detect('sarif')).toBe(false);
  });
});

describe('rules', () => {
  const extensionLog = log([
    {
      tool: {
        driver: { name: 'CodeQL', rules: [] },
        extensions: [
          { name: 'pack-a', rules: [{ id: 'a/one', defaultConfiguration: { level: 'note' } }] },
          { name: 'pack-b', rules: [{ id: 'b/zero' }, { id: 'b/one', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.8' } }] },
        ],
      },
      results: [{ ruleId: 'b/one', rule: { id: 'b/one', index: 1, toolComponent: { index: 1 } }, message: { text: 'x' } }],
    },
  ]);

  it('follows rule.index into the extension that rule.toolComponent.index names', () => {
    const [f] = read(extensionLog);
    expect(f).toMatchObject({ tool: 'CodeQL', rule: 'b/one', severity: 'critical', nativeSeverity: '9.8' });
  });

  it('finds the rule by ruleId when there is no index, in the driver or an extension', () => {
    const rules = [{ id: 'r1', defaultConfiguration: { level: 'error' } }];
    expect(one({ ruleId: 'r1' }, rules).severity).toBe('high');
    const [f] = read(
      log([{ tool: { driver: { name: 'T' }, extensions: [{ rules: [{ id: 'x', defaultConfiguration: { level: 'note' } }] }] }, results: [{ rule: { id: 'x' }, message: { text: 'm' } }] }]),
    );
    expect(f).toMatchObject({ rule: 'x', severity: 'low', nativeSeverity: 'note' });
  });

  it('names the rule from ruleIndex alone when ruleId is absent', () => {
    expect(one({ ruleIndex: 1 }, [{ id: 'first' }, { id: 'second' }]).rule).toBe('second');
  });

  it('treats ruleIndex -1 (SARIF for "none") as no index', () => {
    expect(one({ ruleId: 'b', ruleIndex: -1 }, [{ id: 'a' }, { id: 'b', defaultConfiguration: { level: 'note' } }]).severity).toBe('low');
  });
});

describe('severity', () => {
  it('takes the result level first, then the rule default, then warning', () => {
    const rules = [{ id: 'r', defaultConfiguration: { level: 'note' } }];
    expect(one({ ruleId: 'r', level: 'error' }, rules)).toMatchObject({ severity: 'high', nativeSeverity: 'error' });
    expect(one({ ruleId: 'r' }, rules)).toMatchObject({ severity: 'low', nativeSeverity: 'note' });
    expect(one({ ruleId: 'other' }, rules)).toMatchObject({ severity: 'medium', nativeSeverity: 'warning' });
    expect(one({ level: 'none' })).toMatchObject({ severity: 'info', nativeSeverity: 'none' });
  });

  it('reads a result whose kind is not "fail" as no finding at all, whatever its level', () => {
    for (const kind of ['pass', 'open', 'review', 'notApplicable', 'informational']) {
      expect(read(log([run([{ message: { text: 'm' }, kind, level: 'error', ruleId: 'r' }], [{ id: 'r' }])]))).toEqual([]);
    }
    expect(one({ kind: 'fail' })).toMatchObject({ severity: 'medium' });
  });

  it('reads a level SARIF does not define as unknown, and says so in the native severity', () => {
    for (const level of ['Error', 'fatal', 'ERROR']) {
      const f = one({ level });
      expect(f.severity).toBe('unknown');
      expect(f.nativeSeverity).toBe(`${level} (not a SARIF level: error, warning, note or none)`);
    }
  });

  it('lets security-severity decide, result properties before rule properties', () => {
    const rules = [{ id: 'r', properties: { 'security-severity': '7.5' } }];
    expect(one({ ruleId: 'r', level: 'note' }, rules)).toMatchObject({ severity: 'high', nativeSeverity: '7.5' });
    expect(one({ ruleId: 'r', level: 'note', properties: { 'security-severity': '9.1' } }, rules)).toMatchObject({ severity: 'critical', nativeSeverity: '9.1' });
    expect(one({ level: 'note', properties: { 'security-severity': 4 } })).toMatchObject({ severity: 'medium', nativeSeverity: '4' });
    expect(one({ level: 'note', properties: { 'security-severity': 'CRITICAL' } })).toMatchObject({ severity: 'critical', nativeSeverity: 'CRITICAL' });
  });

  it('falls back to the level when security-severity says nothing usable', () => {
    expect(one({ level: 'error', properties: { 'security-severity': '' } })).toMatchObject({ severity: 'high', nativeSeverity: 'error' });
    expect(one({ level: 'note', properties: { 'security-severity': 'whatever' } })).toMatchObject({ severity: 'low', nativeSeverity: 'note' });
  });
});

describe('suppressions', () => {
  const cases: Array<[unknown, boolean]> = [
    [undefined, false],
    [null, false],
    [[], false],
    [[{ kind: 'inSource' }], true],
    [[{ kind: 'external', status: 'accepted' }], true],
    [[{ kind: 'external', status: 'underReview' }], false],
    [[{ kind: 'external', status: 'rejected' }], false],
    [[{ status: 'rejected' }, { kind: 'inSource' }], true],
  ];
  it.each(cases)('suppressions %j → suppressed %s', (suppressions, expected) => {
    expect(one(suppressions === undefined ? {} : { suppressions }).suppressed).toBe(expected);
  });
});

describe('baseline state', () => {
  it.each(['new', 'unchanged', 'updated', 'absent'])('keeps %s', (state) => {
    expect(one({ baselineState: state }).baselineState).toBe(state);
  });
  it('is unknown when absent or not a SARIF 2.1.0 value', () => {
    expect(one({}).baselineState).toBe('unknown');
    expect(one({ baselineState: 'existing' }).baselineState).toBe('unknown');
  });
});

describe('fingerprint', () => {
  it('prefers primaryLocationLineHash', () => {
    expect(one({ partialFingerprints: { other: 'o', primaryLocationLineHash: 'abc:1' }, fingerprints: { f: '1' } }).fingerprint).toBe('abc:1');
  });
  it('serialises other fingerprints with sorted keys, whatever order they were written in', () => {
    expect(one({ partialFingerprints: { b: '2', a: '1' } }).fingerprint).toBe('a=1;b=2');
    expect(one({ fingerprints: { 'z/v1': 'zz', 'a/v2': 'aa' } }).fingerprint).toBe('a/v2=aa;z/v1=zz');
    expect(one({ fingerprints: { 'a/v2': 'aa', 'z/v1': 'zz' } }).fingerprint).toBe('a/v2=aa;z/v1=zz');
  });
  it('is left out when the result has none', () => {
    expect(one({ fingerprints: {} })).not.toHaveProperty('fingerprint');
  });
});

describe('location', () => {
  const at = (artifactLocation: unknown, region?: unknown) => ({ locations: [{ physicalLocation: { artifactLocation, ...(region ? { region } : {}) } }] });

  it('reads the first location’s uri and lines; endLine defaults to startLine', () => {
    expect(one(at({ uri: 'src/a.js' }, { startLine: 3, endLine: 5 })).location).toEqual({ path: 'src/a.js', startLine: 3, endLine: 5 });
    expect(one(at({ uri: 'src/a.js' }, { startLine: 7 })).location).toEqual({ path: 'src/a.js', startLine: 7, endLine: 7 });
    expect(one({ locations: [at({ uri: 'first.js' }).locations[0], at({ uri: 'second.js' }).locations[0]] }).location.path).toBe('first.js');
  });

  it('is empty when there is no location', () => {
    expect(one({}).location).toEqual({});
    expect(one({ locations: [] }).location).toEqual({});
    expect(one({ locations: [{ logicalLocations: [{ name: 'f' }] }] }).location).toEqual({});
  });

  it('decodes percent-escapes and drops file: and leading ./', () => {
    expect(one(at({ uri: './src/my%20file%2B1.js' })).location.path).toBe('src/my file+1.js');
    expect(one(at({ uri: 'file:///home/ci/work/src/a.js' })).location.path).toBe('/home/ci/work/src/a.js');
    expect(one(at({ uri: 'file:///C:/work/a.cs' })).location.path).toBe('C:/work/a.cs');
    expect(one(at({ uri: 'file://server/share/a.cs' })).location.path).toBe('//server/share/a.cs');
    expect(one(at({ uri: 'bad%zzescape.js' })).location.path).toBe('bad%zzescape.js');
  });

  it('resolves uriBaseId through originalUriBaseIds, following a chain of bases', () => {
    const bases = { originalUriBaseIds: { ROOT: { uri: 'file:///work/' }, SRC: { uri: 'src/', uriBaseId: 'ROOT' } } };
    expect(one(at({ uri: 'a.js', uriBaseId: 'SRC' }), [], bases).location.path).toBe('/work/src/a.js');
    expect(one(at({ uri: 'a.js', uriBaseId: 'ROOT' }), [], bases).location.path).toBe('/work/a.js');
  });

  it('keeps the uri when its base is unknown, remote, or the uri is already absolute', () => {
    const bases = { originalUriBaseIds: { WEB: { uri: 'https://example.com/o/r/blob/abc/' }, LOOP: { uri: 'x/', uriBaseId: 'LOOP' } } };
    expect(one(at({ uri: 'src/a.js', uriBaseId: '%SRCROOT%' }), [], bases).location.path).toBe('src/a.js');
    expect(one(at({ uri: 'src/a.js', uriBaseId: 'WEB' }), [], bases).location.path).toBe('src/a.js');
    expect(one(at({ uri: 'file:///abs/a.js', uriBaseId: 'LOOP' }), [], bases).location.path).toBe('/abs/a.js');
    expect(one(at({ uri: 'a.js', uriBaseId: 'LOOP' }), [], bases).location.path).toBe('x/a.js');
  });

  it('takes the uri from run.artifacts when the location gives only an index', () => {
    const more = { artifacts: [{ location: { uri: 'zero.c' } }, { location: { uri: 'one.c', uriBaseId: 'R' } }], originalUriBaseIds: { R: { uri: 'file:///r/' } } };
    expect(one(at({ index: 1 }, { startLine: 2 }), [], more).location).toEqual({ path: '/r/one.c', startLine: 2, endLine: 2 });
  });

  it('toPath handles the four-slash, localhost and escaped-drive forms of file uris', () => {
    expect(toPath('file:////src/app.js')).toBe('/src/app.js');
    expect(toPath('file://localhost/srv/app.js')).toBe('/srv/app.js');
    expect(toPath('file:///C%3A/work/a.cs')).toBe('C:/work/a.cs');
  });
});

describe('message', () => {
  it('uses text, else markdown', () => {
    expect(one({ message: { text: 'plain', markdown: '**md**' } }).message).toBe('plain');
    expect(one({ message: { text: '', markdown: '**md**' } }).message).toBe('**md**');
  });
  it('fills a rule message string with the arguments', () => {
    const rules = [{ id: 'r', messageStrings: { default: { text: "'{0}' is {1}; {{literal}} {2}" } } }];
    expect(one({ ruleId: 'r', message: { id: 'default', arguments: ['x', 'bad'] } }, rules).message).toBe("'x' is bad; {literal} {2}");
  });
  it('falls back to the rule description, then the rule id', () => {
    expect(one({ ruleId: 'r', message: {} }, [{ id: 'r', shortDescription: { text: 'short' } }]).message).toBe('short');
    expect(one({ ruleId: 'r', message: {} }).message).toBe('r');
  });
});

describe('runs', () => {
  it('reads every run and joins the distinct tool names', () => {
    const doc = log([run([{ message: { text: 'a' } }]), { tool: { driver: { name: 'U' } }, results: [{ message: { text: 'b' } }] }, run([{ message: { text: 'c' } }])]);
    const result = sarifReader.read(doc, ctx);
    expect(result.tool).toBe('T, U');
    expect(result.findings.map((f) => [f.tool, f.message, f.report])).toEqual([
      ['T', 'a', 'scan.sarif'],
      ['U', 'b', 'scan.sarif'],
      ['T', 'c', 'scan.sarif'],
    ]);
  });
  it('names a run without a tool "unknown"', () => {
    const result = sarifReader.read(log([{ results: [{ message: { text: 'a' } }] }]), ctx);
    expect(result.tool).toBe('unknown');
    expect(result.findings[0]!.tool).toBe('unknown');
  });
  it('reads no findings from empty or null runs and results', () => {
    expect(sarifReader.read(log([]), ctx)).toEqual({ tool: 'unknown', findings: [] });
    expect(read(log(null))).toEqual([]);
    expect(read(log([{ tool: { driver: { name: 'T' } }, results: null }, { tool: { driver: { name: 'T' } } }]))).toEqual([]);
  });
});

describe('versions', () => {
  it('accepts 2.1.0 by version, or by schema when version is missing', () => {
    expect(read({ $schema: 'https://schemastore.azurewebsites.net/schemas/json/sarif-2.1.0-rtm.5.json', runs: [] })).toEqual([]);
    expect(read({ $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json', runs: [] })).toEqual([]);
  });
  it.each([
    [{ version: '1.0.0', runs: [] }, '1.0.0'],
    [{ version: '2.0.0-csd.2.beta.2019-01-24', runs: [] }, '2.0.0-csd.2.beta.2019-01-24'],
    [{ $schema: 'http://json.schemastore.org/sarif-1.0.0', runs: [] }, '1.0.0'],
  ])('refuses %j, naming version %s and the conversion command', (doc, version) => {
    const e = readError(doc);
    expect(e.message).toContain(`scan.sarif: SARIF version ${version} is not supported`);
    expect(e.hint).toContain('npx @microsoft/sarif-multitool transform scan.sarif --sarif-output-version Current --output converted.sarif');
  });
});

describe('malformed structure', () => {
  it.each<[string, string, unknown]>([
    ['runs is an object', 'runs', log({})],
    ['a run is a string', 'runs[0]', log(['x'])],
    ['results is an object', 'runs[0].results', log([run([])].map((r) => ({ ...r, results: {} })))],
    ['a result is not an object', 'runs[0].results[3]', log([run([{ message: { text: 'ok' } }, { message: { text: 'ok' } }, { message: { text: 'ok' } }, 42])])],
    ['locations is an object', 'runs[0].results[0].locations', log([run([{ message: { text: 'm' }, locations: {} }])])],
    ['a location is a string', 'runs[0].results[0].locations[0]', log([run([{ message: { text: 'm' }, locations: ['a.js'] }])])],
    ['startLine is a string', 'runs[0].results[0].locations[0].physicalLocation.region.startLine', log([run([{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: '3' } } }] }])])],
    ['driver rules is an object', 'runs[0].tool.driver.rules', log([run([], {} as unknown[])])],
    ['suppressions is a string', 'runs[0].results[0].suppressions', log([run([{ message: { text: 'm' }, suppressions: 'yes' }])])],
    ['message is a string (SARIF 1.0 style)', 'runs[0].results[0].message', log([run([{ message: 'm' }])])],
  ])('%s → the error names %s', (_label, path, doc) => {
    const e = readError(doc);
    expect(e.message).toContain('scan.sarif');
    expect(e.message).toContain(`${path} should be`);
  });
});
