/**
 * Reading in parts (streamAbove: 0) against reading whole, on the shapes the corpus does not have:
 * a generated multi-run SARIF large enough to span many read chunks, run data written after the
 * results, repeated keys, GitLab reports whose `scan` comes last, other encodings, other formats, and
 * broken files — where both paths must refuse with the same words and the same line and column.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readReport } from '../../src/gather/reports/load.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import { isInputError } from '../../src/core/errors.js';
import { generateSarif } from '../../bench/generate/sarif.js';
import { generateGitlab } from '../../bench/generate/gitlab.js';

const ctx = { secretSeverity: 'critical' as const };
const dir = mkdtempSync(join(tmpdir(), 'gate-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { report: LoadedReport } | { error: string; hint: string | undefined };

async function read(name: string, streamAbove: number): Promise<Outcome> {
  try {
    return { report: await readReport(name, { ...ctx, streamAbove }, dir) };
  } catch (e) {
    if (!isInputError(e)) throw e;
    return { error: e.message, hint: e.hint };
  }
}

/** Writes the file, reads it both ways, expects the same outcome, and returns it. */
async function both(name: string, content: string | Buffer): Promise<Outcome> {
  writeFileSync(join(dir, name), content);
  const whole = await read(name, Number.MAX_SAFE_INTEGER);
  const parts = await read(name, 0);
  // toEqual only for its diff: on thousands of findings it costs seconds, and deep strict equality implies it.
  if (!isDeepStrictEqual(parts, whole)) expect(parts).toEqual(whole);
  expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
  return parts;
}

function findings(o: Outcome): LoadedReport['findings'] {
  if (!('report' in o)) throw new Error(`expected a report, got: ${o.error}`);
  return o.report.findings;
}

const rule = (id: string, level = 'warning') => ({ id, defaultConfiguration: { level }, shortDescription: { text: `rule ${id}` } });

describe('reading in parts agrees with reading whole', () => {
  it('on a generated three-run SARIF log of several megabytes (many read chunks)', async () => {
    const path = join(dir, 'generated.sarif');
    const written = generateSarif(path, 6000, 42);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    // Independent counts, from the parsed file: three runs, CodeQL rules only in an extension.
    expect(doc.runs).toHaveLength(3);
    expect(doc.runs[0].tool.driver.rules).toEqual([]);
    expect(doc.runs[0].tool.extensions[0].rules.length).toBeGreaterThan(0);
    expect(written.bytes).toBeGreaterThan(3 * 1024 * 1024);
    const total = doc.runs.reduce((n: number, r: { results: unknown[] }) => n + r.results.length, 0);
    const suppressed = doc.runs
      .flatMap((r: { results: Array<{ suppressions?: Array<{ status?: string }> }> }) => r.results)
      .filter((r: { suppressions?: Array<{ status?: string }> }) => (r.suppressions ?? []).some((s) => s.status === undefined || s.status === 'accepted')).length;

    const out = await both('generated.sarif', readFileSync(path));
    expect(findings(out)).toHaveLength(total);
    expect(total).toBe(6000);
    expect(findings(out).filter((f) => f.suppressed)).toHaveLength(suppressed);
    expect('report' in out && out.report.tool).toBe('CodeQL, Semgrep OSS, ESLint');
  });

  it('on a generated GitLab SAST report whose scan comes after the vulnerabilities', async () => {
    const path = join(dir, 'generated-gitlab.json');
    generateGitlab(path, 2500, 7);
    const text = readFileSync(path, 'utf8');
    expect(text.indexOf('"scan"')).toBeGreaterThan(text.lastIndexOf('"identifiers"'));
    const out = await both('generated-gitlab.json', text);
    expect(findings(out)).toHaveLength(2500);
    expect(new Set(findings(out).map((f) => f.tool))).toEqual(new Set(['Semgrep']));
    expect('report' in out && out.report.format).toBe('gitlab-sast');
  });

  it('when tool, artifacts and uri bases come after the results (read again with the whole run)', async () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          results: [
            { ruleIndex: 1, message: { text: 'by index' }, locations: [{ physicalLocation: { artifactLocation: { index: 0 } } }] },
            { ruleId: 'b', message: { id: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'x.js', uriBaseId: 'SRC' } } }] },
          ],
          tool: { driver: { name: 'Late', rules: [rule('a'), { ...rule('b', 'error'), messageStrings: { m: { text: 'from the rule' } } }] } },
          artifacts: [{ location: { uri: 'y.js', uriBaseId: 'SRC' } }],
          originalUriBaseIds: { SRC: { uri: 'file:///src/' } },
        },
        { tool: { driver: { name: 'Early', rules: [rule('c', 'note')] } }, results: [{ ruleId: 'c', message: { text: 'early' } }] },
      ],
    };
    const out = await both('late.sarif', JSON.stringify(log));
    // What the spec says these resolve to, worked out by hand.
    expect(findings(out).map((f) => [f.tool, f.rule, f.severity, f.message, f.location.path])).toEqual([
      ['Late', 'b', 'high', 'by index', '/src/y.js'],
      ['Late', 'b', 'high', 'from the rule', '/src/x.js'],
      ['Early', 'c', 'low', 'early', undefined],
    ]);
  });

  it('when keys repeat: the last one counts, as in JSON.parse', async () => {
    const first = '{"tool":{"driver":{"name":"One"}},"results":[{"ruleId":"dropped","message":{"text":"x"}}]}';
    const second = '{"tool":{"driver":{"name":"Two"}},"results":[{"ruleId":"kept","message":{"text":"y"}}],"results":[{"ruleId":"last","message":{"text":"z"}}]}';
    const out = await both('repeated.sarif', `{"version":"2.1.0","runs":[${first}],"runs":[${second}]}`);
    expect(findings(out).map((f) => f.rule)).toEqual(['last']);
    const nulled = await both('nulled.sarif', '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"ruleId":"r","message":{"text":"m"}}],"results":null}]}');
    expect(findings(nulled)).toEqual([]);
    const gitlab = await both(
      'repeated-gitlab.json',
      '{"version":"15.0.0","vulnerabilities":[{"id":"a","severity":"Low","identifiers":[{"type":"x","value":"A"}]}],"vulnerabilities":[{"id":"b","severity":"High","identifiers":[{"type":"x","value":"B"}]}]}',
    );
    expect(findings(gitlab).map((f) => f.rule)).toEqual(['B']);
  });

  it('on secret detection without severities: the policy severity, known only once scan is read', async () => {
    const report = {
      version: '15.0.4',
      vulnerabilities: [
        { id: 'v1', name: 'AWS key', location: { file: 'a.env', start_line: 2 }, identifiers: [{ type: 'gitleaks_rule_id', value: 'aws' }] },
        { id: 'v2', name: 'Token', severity: 'Low', location: { file: 'b.env', start_line: 9 }, identifiers: [{ type: 'gitleaks_rule_id', value: 'tok' }] },
      ],
      scan: { type: 'secret_detection', scanner: { id: 'gitleaks', name: 'Gitleaks' } },
    };
    const out = await both('secrets.json', JSON.stringify(report));
    expect('report' in out && out.report.format).toBe('gitlab-secret-detection');
    expect(findings(out).map((f) => [f.tool, f.severity])).toEqual([
      ['Gitleaks', ctx.secretSeverity],
      ['Gitleaks', 'low'],
    ]);
  });

  it('on GitLab reports without scan: type from a category, else from the location', async () => {
    const v = (extra: object) => ({ id: 'i', severity: 'Medium', identifiers: [{ type: 'cve', value: 'CVE-1' }], ...extra });
    const byCategory = await both('category.json', JSON.stringify({ vulnerabilities: [v({ location: {} }), v({ category: 'dependency_scanning', location: {} })] }));
    expect('report' in byCategory && byCategory.report.format).toBe('gitlab-dependency-scanning');
    const byLocation = await both('location.json', JSON.stringify({ vulnerabilities: [v({}), v({ location: { image: 'alpine:3.10' } })] }));
    expect('report' in byLocation && byLocation.report.format).toBe('gitlab-container-scanning');
  });

  it('in UTF-8 with a byte order mark, and in UTF-16 both ways round', async () => {
    const log = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Ünïcode 漢字' } }, results: [{ message: { text: 'emoji 😀 and “quotes”' } }] }] });
    const utf16be = Buffer.from(`\ufeff${log}`, 'utf16le').swap16();
    for (const [name, bytes] of [
      ['bom.sarif', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(log)])],
      ['le.sarif', Buffer.from(`\ufeff${log}`, 'utf16le')],
      ['be.sarif', utf16be],
    ] as const) {
      const out = await both(name, bytes);
      expect(findings(out)[0]!.message).toBe('emoji 😀 and “quotes”');
    }
  });

  it('on multi-megabyte UTF-8 and UTF-16 files, where multi-byte characters fall on read-chunk boundaries', async () => {
    const path = join(dir, 'unicode-source.sarif');
    generateSarif(path, 3000, 5);
    // Every "value" becomes text of 2-, 3- and 4-byte UTF-8 sequences (a surrogate pair in UTF-16).
    const text = readFileSync(path, 'utf8').split('value').join('välüé 漢字 😀');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
    const utf8 = await both('unicode-8.sarif', text);
    const utf16 = await both('unicode-16.sarif', Buffer.from(`\ufeff${text}`, 'utf16le'));
    expect(findings(utf8).length).toBe(3000);
    expect(findings(utf16).map((f) => f.message)).toEqual(findings(utf8).map((f) => f.message));
    expect(findings(utf8).some((f) => f.message.includes('漢字 😀'))).toBe(true);
  });

  it('on other formats, which are read whole either way', async () => {
    const trivy = { SchemaVersion: 2, ArtifactName: 'x', Results: [{ Target: 'package-lock.json', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'p', Severity: 'HIGH', Title: 't' }] }] };
    const out = await both('trivy.json', JSON.stringify(trivy));
    expect('report' in out && out.report.format).toBe('trivy');
    // `vulnerabilities` beside Snyk's `packageManager`: streamed, then not a GitLab report after all.
    const snyk = await both('snyk.json', JSON.stringify({ packageManager: 'npm', vulnerabilities: [{ id: 'SNYK-1' }] }));
    expect('error' in snyk && snyk.error).toMatch(/not a supported report format/);
  });

  const SYNTAX = /: not valid JSON at line \d+, column \d+: /;
  it.each([
    ['a file cut inside a result', (t: string) => t.slice(0, t.indexOf('"second"') + 4), SYNTAX],
    ['a file cut between results', (t: string) => t.slice(0, t.indexOf('{"ruleId":"second"')), SYNTAX],
    ['a trailing comma in results', (t: string) => t.replace(']}]}', ',]}]}'), SYNTAX],
    ['a stray character after a comma', (t: string) => t.replace(',\n{"ruleId":"second"', ', é{"ruleId":"second"'), SYNTAX],
    ['an array closed by a brace', (t: string) => t.replace(']}]}', '}}]}'), SYNTAX],
    ['two results without a comma', (t: string) => t.replace(',\n{"ruleId":"second"', '\n{"ruleId":"second"'), SYNTAX],
    ['a colon missing inside a result', (t: string) => t.replace('"message":{"text":"two"}', '"message" {"text":"two"}'), SYNTAX],
    ['a broken run member after the results', (t: string) => t.replace(']}]}', '],"x":tru}]}'), SYNTAX],
    ['a broken member before the results', (t: string) => t.replace('"version":"2.1.0"', '"version":2.1.0.1'), SYNTAX],
    ['a raw line break in a message', (t: string) => t.replace('two', 't\nwo'), SYNTAX],
    ['text after the document', (t: string) => `${t}\n{}`, SYNTAX],
    ['a result that is not an object', (t: string) => t.replace('{"ruleId":"second"', '7,{"ruleId":"second"'), /runs\[0\]\.results\[1\] should be an object, but it is the number 7/],
    ['a result field of the wrong type', (t: string) => t.replace('"message":{"text":"two"}', '"message":{"text":2}'), /runs\[0\]\.results\[1\]\.message\.text should be a string/],
    ['an unsupported version', (t: string) => t.replace('2.1.0', '2.0.0'), /SARIF version 2\.0\.0 is not supported/],
  ])('refuses %s in the same words, at the same line and column', async (_name, mutate, expected) => {
    const text = '{"version":"2.1.0",\n"runs":[{"tool":{"driver":{"name":"T"}},\n"results":[{"ruleId":"first","message":{"text":"one"}},\n{"ruleId":"second","message":{"text":"two"}}]}]}';
    const broken = mutate(text);
    expect(broken).not.toBe(text);
    const out = await both('broken.sarif', broken);
    expect('error' in out && out.error).toMatch(expected);
  });
});
