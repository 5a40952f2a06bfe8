import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { findSyntaxError, parseReport, readReport } from '../../src/gather/reports/load.js';
import { READERS } from '../../src/gather/reports/readers/index.js';

const ctx = { secretSeverity: 'high' as const };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-load-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The digest as coreutils computes it, independently of the code under test. */
function sha256sum(path: string): string {
  return execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0]!;
}

async function refusal(path: string): Promise<InputError> {
  const error = await readReport(path, ctx).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const SMALL = JSON.stringify({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'Scanner' } }, results: [{ ruleId: 'R1', level: 'error', message: { text: 'bad' } }] }],
});

describe('readReport', () => {
  it('reads a SARIF file and records its format, tool, digest and result count', async () => {
    const path = file('small.sarif', SMALL);
    const report = await readReport(path, ctx);
    expect(report).toMatchObject({ path, format: 'sarif', tool: 'Scanner', results: 1, sha256: sha256sum(path) });
    expect(report.findings[0]).toMatchObject({ rule: 'R1', severity: 'high', report: path });
  });

  it('resolves a relative path against cwd but records it as given', async () => {
    file('relative.sarif', SMALL);
    const report = await readReport('relative.sarif', ctx, dir);
    expect(report.path).toBe('relative.sarif');
    expect(report.findings[0]!.report).toBe('relative.sarif');
  });

  it('strips a UTF-8 byte order mark, while the digest covers the bytes as stored', async () => {
    const path = file('bom.sarif', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SMALL)]));
    const report = await readReport(path, ctx);
    expect(report.results).toBe(1);
    expect(report.sha256).toBe(sha256sum(path));
    expect(report.sha256).not.toBe((await readReport(file('nobom.sarif', SMALL), ctx)).sha256);
  });

  it('reads UTF-16 with a byte order mark, as Windows PowerShell redirection writes it', async () => {
    const path = file('utf16.sarif', Buffer.from(`\ufeff${SMALL}`, 'utf16le'));
    expect((await readReport(path, ctx)).tool).toBe('Scanner');
  });

  it('refuses a 0-byte SARIF file', async () => {
    const e = await refusal(file('zero.sarif', ''));
    expect(e.message).toBe(`${join(dir, 'zero.sarif')}: the report is empty (0 bytes).`);
    expect(e.hint).toMatch(/scanner/);
  });

  it('refuses a file with only whitespace', async () => {
    expect((await refusal(file('blank.json', '\n  \n'))).message).toMatch(/blank\.json: the report is empty \(only whitespace\)/);
  });

  it('refuses truncated JSON, pointing at where the file ends', async () => {
    const text = '{\n  "version": "2.1.0",\n  "runs": [\n';
    const e = await refusal(file('truncated.sarif', text));
    // The file ends at the start of line 4.
    expect(e.message).toBe(`${join(dir, 'truncated.sarif')}: not valid JSON at line 4, column 1: expected a value, but the file ends.`);
    expect(e.hint).toMatch(/interrupted/);
  });

  it('refuses JSON cut inside a string, pointing at the string', async () => {
    const e = await refusal(file('cut.sarif', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Sca'));
    // The unterminated string opens at offset 59 (0-based), so column 60.
    expect(e.message).toMatch(/cut\.sarif: not valid JSON at line 1, column 60: expected a closing '"' for the string that starts here, but the file ends/);
  });

  it('says what was expected at a syntax error in the middle', async () => {
    const e = await refusal(file('comma.sarif', '{\n  "version": "2.1.0"\n  "runs": []\n}'));
    expect(e.message).toMatch(/comma\.sarif: not valid JSON at line 3, column 3: expected ',' or '}', found "\\""/);
    const trailing = await refusal(file('trailing.sarif', '{"runs": [1, 2, ]}'));
    expect(trailing.message).toMatch(/line 1, column 17: expected a value .*found "]"/);
    const extra = await refusal(file('two-docs.sarif', '{"runs": []}\n{"runs": []}'));
    expect(extra.message).toMatch(/line 2, column 1: expected the end of the file/);
  });

  it('recognises console text and HTML saved under a report name', async () => {
    const text = await refusal(file('console.sarif', 'Passed checks: 14, Failed checks: 19\n'));
    expect(text.message).toMatch(/console\.sarif: not valid JSON at line 1, column 1: expected a SARIF 2\.1\.0 or other supported JSON report; this looks like plain text/);
    const html = await refusal(file('page.sarif', '<!DOCTYPE html><html></html>'));
    expect(html.message).toMatch(/this looks like XML or HTML/);
  });

  it('names the JSON path when the structure is wrong', async () => {
    const e = await refusal(file('runs-object.sarif', '{"version": "2.1.0", "runs": {}}'));
    expect(e.message).toMatch(/runs-object\.sarif: .*runs should be an array, but it is an object/);
  });

  it('lists the supported formats when no reader recognises the document', async () => {
    const e = await refusal(file('other.json', '{"name": "x", "items": []}'));
    expect(e.message).toMatch(/other\.json: not a supported report format \(the file is a JSON object with keys "name", "items"\)/);
    expect(READERS.length).toBeGreaterThan(0);
    for (const reader of READERS) expect(e.message).toContain(reader.format);
    expect((await refusal(file('empty-object.json', '{}'))).message).toMatch(/an empty JSON object/);
    expect((await refusal(file('number.json', '42'))).message).toMatch(/a single JSON number/);
  });

  it('refuses a missing file and a directory with input errors', async () => {
    expect((await refusal(join(dir, 'nope.sarif'))).message).toMatch(/nope\.sarif: report file not found/);
    mkdirSync(join(dir, 'reports'), { recursive: true });
    const e = await refusal(join(dir, 'reports'));
    expect(e.message).toMatch(/reports: is a directory/);
    expect(e.hint).toMatch(/reports\/\*\.sarif/);
  });

  it('reads a SARIF file with 100,000 results, every one counted', async () => {
    const levels = ['error', 'warning', 'note', 'none'] as const;
    const results = Array.from({ length: 100_000 }, (_, i) => ({
      ruleId: `R${i % 7}`,
      level: levels[i % 4],
      message: { text: `finding ${i}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/f${i % 100}.js` }, region: { startLine: (i % 500) + 1 } } }],
      ...(i % 10 === 0 ? { suppressions: [{ kind: 'inSource' }] } : {}),
    }));
    const path = file('large.sarif', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Big' } }, results }] }));
    const report = await readReport(path, ctx);
    expect(report.results).toBe(100_000);
    const count = (pred: (s: string) => boolean) => report.findings.filter((f) => pred(f.severity)).length;
    // 100,000 / 4 levels → 25,000 each: error→high, warning→medium, note→low, none→info.
    expect([count((s) => s === 'high'), count((s) => s === 'medium'), count((s) => s === 'low'), count((s) => s === 'info')]).toEqual([25_000, 25_000, 25_000, 25_000]);
    expect(report.findings.filter((f) => f.suppressed)).toHaveLength(10_000);
    expect(report.findings[99_999]).toMatchObject({ rule: 'R4', message: 'finding 99999', location: { path: 'src/f99.js', startLine: 500 } });
  });
});

describe('parseReport', () => {
  it('works on bytes already in memory', () => {
    const report = parseReport('mem.sarif', new TextEncoder().encode(SMALL), ctx);
    expect(report).toMatchObject({ path: 'mem.sarif', format: 'sarif', results: 1 });
    expect(() => parseReport('e.sarif', new Uint8Array(), ctx)).toThrow(InputError);
  });
});

describe('findSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(findSyntaxError('{"a": [1, -2.5e3, "x\\u00e9\\n", true, false, null, {}]}')).toBeUndefined();
  });
  it('survives deep nesting without recursion', () => {
    expect(findSyntaxError('['.repeat(200_000))).toMatchObject({ offset: 200_000, problem: 'expected a value, but the file ends' });
  });
  it('rejects raw control characters and bad escapes inside strings', () => {
    expect(findSyntaxError('["a\nb"]')).toMatchObject({ offset: 3 });
    expect(findSyntaxError('["a\\qb"]')).toMatchObject({ offset: 3 });
    expect(findSyntaxError("{'a': 1}")).toMatchObject({ offset: 1, problem: expect.stringContaining('property name in double quotes') });
  });
});
