/**
 * How the non-SARIF readers handle each format's variations and malformed input. Small inline
 * documents are written for the variation under test; real reports come from the scanner corpus.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/model.js';
import type { ReadContext, ReadResult } from '../../src/gather/reports/reader.js';
import { READERS } from '../../src/gather/reports/readers/index.js';
import { corpusFile, describeCorpus, itWithCorpus } from '../helpers/corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const ctx: ReadContext = { report: 'reports/scan.json', secretSeverity: 'high' };

function claimants(doc: unknown): string[] {
  return READERS.filter((r) => r.detect(doc)).map((r) => r.format);
}

/** Reads with the one reader that claims the document, failing if none or several do. */
function readAs(format: string, doc: unknown, context: ReadContext = ctx): ReadResult {
  expect(claimants(doc)).toEqual([format]);
  return READERS.find((r) => r.format === format)!.read(doc, context);
}

function corpus(relative: string): unknown {
  return JSON.parse(readFileSync(corpusFile(relative), 'utf8'));
}

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but reading succeeded');
}

describe('npm audit (v2)', () => {
  // Hand-written: a real `npm audit --json` needs the registry, so this fixture copies the shape of
  // npm's documented v2 output (auditReportVersion 2; via = advisory objects or package names).
  const doc: unknown = JSON.parse(readFileSync(join(here, '../fixtures/npm-audit/v2-report.json'), 'utf8'));
  const { tool, findings } = readAs('npm-audit', doc);
  const byRule = (rule: string): Finding => findings.find((f) => f.rule === rule)!;

  it('gives one finding per vulnerable package, counted as npm counts them in metadata', () => {
    // metadata.vulnerabilities in the fixture: critical 3, moderate 1, low 1 (moderate → medium).
    expect(tool).toBe('npm audit');
    expect(findings).toHaveLength(5);
    expect(findings.filter((f) => f.severity === 'critical')).toHaveLength(3);
    expect(findings.filter((f) => f.severity === 'medium')).toHaveLength(1);
    expect(findings.filter((f) => f.severity === 'low')).toHaveLength(1);
  });

  it('names the rule after the first advisory, else the package', () => {
    expect(byRule('GHSA-c2qf-rxjj-qqgw')).toMatchObject({
      severity: 'medium',
      nativeSeverity: 'moderate',
      message: 'semver vulnerable to Regular Expression Denial of Service in semver 7.0.0 - 7.5.1',
      location: { path: 'node_modules/semver' },
    });
    // mkdirp is vulnerable only through minimist: no advisory of its own.
    expect(byRule('mkdirp').message).toBe('mkdirp 0.4.1 - 0.5.1 is vulnerable through minimist');
    expect(byRule('GHSA-67hx-6x53-jw92').location.path).toBe('node_modules/@babel/traverse');
  });

  it('is not mistaken for a GitLab report, although both have `vulnerabilities`', () => {
    expect(claimants(doc)).not.toContain('gitlab-security');
  });
});

describe('GitLab security reports', () => {
  const sast = (extra: object) => ({
    version: '15.0.4',
    vulnerabilities: [{ id: 'a1', name: 'Weak hash', severity: 'Info', identifiers: [{ type: 'semgrep_id', name: 'md5', value: 'md5' }], location: { file: 'a.py', start_line: 3 }, ...extra }],
    scan: { type: 'sast', scanner: { id: 'semgrep', name: 'Semgrep' }, status: 'success' },
  });

  it('maps Info and Unknown, and an absent severity to unknown', () => {
    expect(readAs('gitlab-sast', sast({})).findings[0]!.severity).toBe('info');
    expect(readAs('gitlab-sast', sast({ severity: 'Unknown' })).findings[0]!.severity).toBe('unknown');
    const absent = readAs('gitlab-sast', sast({ severity: undefined })).findings[0]!;
    expect(absent.severity).toBe('unknown');
    expect(absent.nativeSeverity).toBeUndefined();
  });

  it('gives a secret without a severity the secret severity', () => {
    const doc = { version: '15.0.0', vulnerabilities: [{ id: 's', name: 'AWS key', identifiers: [{ type: 'gitleaks_rule_id', name: 'AWS', value: 'AWS' }], location: { file: 'k.py', start_line: 1 } }], scan: { type: 'secret_detection', scanner: { name: 'Gitleaks' } } };
    expect(readAs('gitlab-secret-detection', doc, { ...ctx, secretSeverity: 'critical' }).findings[0]!.severity).toBe('critical');
  });

  it('infers the type from `category` when there is no `scan`, else reads it as gitlab-security', () => {
    const withCategory = { version: '2.3', vulnerabilities: [{ category: 'dependency_scanning', name: 'x', cve: 'go.sum:pkg:1', location: { file: 'go.sum' } }] };
    expect(claimants(withCategory)).toEqual(['gitlab-dependency-scanning']);
    const untyped = { version: '2.3', vulnerabilities: [{ name: 'x', cve: 'a.py:1:R', location: { file: 'a.py', start_line: 1 } }] };
    const result = readAs('gitlab-security', untyped);
    expect(result.tool).toBe('GitLab');
    expect(result.findings[0]).toMatchObject({ rule: 'a.py:1:R', fingerprint: 'a.py:1:R', location: { path: 'a.py', startLine: 1 } });
  });

  it('does not claim other reports that have a `vulnerabilities` array', () => {
    const snykLike = { ok: false, packageManager: 'npm', vulnerabilities: [{ id: 'SNYK-JS-X-1', severity: 'high', identifiers: { CVE: [] } }] };
    expect(claimants(snykLike)).toEqual([]);
  });

  describeCorpus('corpus reports', () => {
    itWithCorpus(['gitlab/gl-container-scanning-report-v3.0.0-5.json'], 'locates a container finding at its image, with the package in the message', () => {
      const f = readAs('gitlab-container-scanning', corpus('gitlab/gl-container-scanning-report-v3.0.0-5.json')).findings[0]!;
      expect(f).toMatchObject({ rule: 'CVE-2020-1751', location: { path: 'registry/vulnerable-project:latest' }, fingerprint: 'e3923d3ecd659db1569dd8f10768189b9220cce7' });
      expect(f.message).toContain('libc6 2.28-10');
    });

    itWithCorpus(['gitlab/gl-dast-report-noversion-one.json'], 'locates a DAST finding at hostname + path', () => {
      const f = readAs('gitlab-dast', corpus('gitlab/gl-dast-report-noversion-one.json')).findings[0]!;
      expect(f.location).toEqual({ path: 'http://api-server/v1/trees' });
      expect(f.rule).toBe('10062');
    });

    itWithCorpus(['gitlab/gl-dependency-scanning-report-v3.0.0-many.json'], 'locates a dependency finding at its manifest and names the package', () => {
      const f = readAs('gitlab-dependency-scanning', corpus('gitlab/gl-dependency-scanning-report-v3.0.0-many.json')).findings[0]!;
      expect(f.location).toEqual({ path: 'service/go.sum' });
      expect(f.message).toContain('golang.org/x/crypto');
    });

    itWithCorpus(['gitlab/gl-coverage-fuzzing-report-v3.0.json'], 'reads a fuzzing crash without a file, by its crash type', () => {
      const f = readAs('gitlab-coverage-fuzzing', corpus('gitlab/gl-coverage-fuzzing-report-v3.0.json')).findings[0]!;
      expect(f.location).toEqual({});
      expect(f.message).toBe('Index-out-of-range');
      expect(f.rule).toBe('CWE-129');
    });

    itWithCorpus(['gitlab/gl-sast-report-v3.0.0-stripped-v15style.json'], 'falls back to the deprecated `cve` for the fingerprint and keeps SAST lines', () => {
      // Analyzers before schema 14 wrote no `id`; the same real report without it, as they wrote it.
      const doc = corpus('gitlab/gl-sast-report-v3.0.0-stripped-v15style.json') as { vulnerabilities: Array<Record<string, unknown>> };
      for (const v of doc.vulnerabilities) delete v.id;
      const f = readAs('gitlab-sast', doc).findings[0]!;
      expect(f).toMatchObject({
        rule: 'XSS_REQUEST_PARAMETER_TO_SERVLET_WRITER',
        fingerprint: '3e7ef723fe684a84eb7f9a94b27d1ea2:XSS_REQUEST_PARAMETER_TO_SERVLET_WRITER:src/main/java/servlets/module/lesson/XssLesson.java:96',
        location: { path: 'src/main/java/servlets/module/lesson/XssLesson.java', startLine: 96, endLine: 96 },
      });
    });

    itWithCorpus(['gitlab/gl-sast-report-v15.1.4-semgrep-qa.json'], 'passes placeholder values through as text', () => {
      const findings = readAs('gitlab-sast', corpus('gitlab/gl-sast-report-v15.1.4-semgrep-qa.json')).findings;
      expect(findings.every((f) => f.fingerprint === ':SKIP:')).toBe(true);
    });
  });
});

describe('Trivy', () => {
  const report = (result: object) => ({ SchemaVersion: 2, ArtifactName: '.', ArtifactType: 'filesystem', Results: [{ Target: 'main.tf', ...result }] });

  it('counts failed misconfigurations only', () => {
    const doc = report({
      Misconfigurations: [
        { ID: 'AVD-1', Title: 'a', Severity: 'HIGH', Status: 'FAIL', CauseMetadata: { StartLine: 4, EndLine: 6 } },
        { ID: 'AVD-2', Title: 'b', Severity: 'HIGH', Status: 'PASS' },
        { ID: 'AVD-3', Title: 'c', Severity: 'HIGH', Status: 'EXCEPTION' },
      ],
    });
    const findings = readAs('trivy', doc).findings;
    expect(findings.map((f) => f.rule)).toEqual(['AVD-1']);
    expect(findings[0]!.location).toEqual({ path: 'main.tf', startLine: 4, endLine: 6 });
  });

  it('gives a secret without a severity the secret severity', () => {
    const doc = report({ Secrets: [{ RuleID: 'key', Title: 'Key', StartLine: 2, EndLine: 2, Match: 'key=***' }] });
    expect(readAs('trivy', doc, { ...ctx, secretSeverity: 'low' }).findings[0]!.severity).toBe('low');
  });

  it('reads a legacy array whose clean targets say `Vulnerabilities: null`', () => {
    const doc = [
      { Target: 'clean (alpine 3.18)', Type: 'alpine', Vulnerabilities: null },
      { Target: 'app (debian 12)', Type: 'debian', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'zlib', InstalledVersion: '1.2', Severity: 'UNKNOWN' }] },
    ];
    const findings = readAs('trivy-legacy', doc).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'unknown', fingerprint: 'CVE-1:zlib:1.2:app (debian 12)' });
  });

  describeCorpus('corpus', () => {
    itWithCorpus(['native/trivy-fs-npm.json'], 'fingerprints a vulnerability by id, package, version and target', () => {
      const f = readAs('trivy', corpus('native/trivy-fs-npm.json')).findings[0]!;
      expect(f.fingerprint).toBe('CVE-2019-11358:jquery:3.3.9:package-lock.json');
      expect(f.location).toEqual({ path: 'package-lock.json' });
    });
  });
});

describe('Semgrep, Grype, Gitleaks, Code Quality', () => {
  it('Semgrep: drops the "requires login" fingerprint and reads an empty scan', () => {
    const doc = { results: [{ check_id: 'r', path: 'a.js', start: { line: 2 }, end: { line: 2 }, extra: { severity: 'INFO', message: 'm', fingerprint: 'requires login', is_ignored: false } }], errors: [], paths: { scanned: [] } };
    const f = readAs('semgrep', doc).findings[0]!;
    expect(f.fingerprint).toBeUndefined();
    expect(f.severity).toBe('low');
    expect(readAs('semgrep', { results: [], errors: [], paths: { scanned: [] }, version: '1.0.0' }).findings).toEqual([]);
  });

  it('Grype: Negligible is info, ignored matches are suppressed', () => {
    const match = (id: string, severity: string) => ({ vulnerability: { id, severity }, artifact: { name: 'zlib', version: '1.2', locations: [{ path: '/lib/apk/db/installed' }] } });
    const doc = { matches: [match('CVE-1', 'Negligible')], ignoredMatches: [match('CVE-2', 'High')], descriptor: { name: 'grype', version: '0.80.0' } };
    const findings = readAs('grype', doc).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.suppressed])).toEqual([
      ['CVE-1', 'info', false],
      ['CVE-2', 'high', true],
    ]);
  });

  it('Gitleaks: says which rule matched where, never what matched', () => {
    const doc = [{ RuleID: 'generic-api-key', Description: 'Generic API Key', File: 'cfg/app.env', StartLine: 7, EndLine: 7, Secret: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', Match: 'KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc', Commit: 'a1b2c3d4e5f6a7b8c9d0', Fingerprint: '' }];
    const f = readAs('gitleaks', doc).findings[0]!;
    expect(f.message).toBe('Generic API Key matched rule generic-api-key in cfg/app.env line 7 (commit a1b2c3d4e5f6)');
    expect(f.fingerprint).toBe('a1b2c3d4e5f6a7b8c9d0:cfg/app.env:generic-api-key:7');
    expect(JSON.stringify(f)).not.toContain('sk_live');
  });

  it('Code Quality: reads a golangci-lint report without engine or check names', () => {
    const doc = [{ description: 'errcheck: Error return value is not checked', severity: 'major', fingerprint: 'F1', location: { path: 'main.go', lines: { begin: 12 } } }];
    const { tool, findings } = readAs('codequality', doc);
    expect(tool).toBe('codequality');
    expect(findings[0]).toMatchObject({ rule: 'unknown', severity: 'medium', location: { path: 'main.go', startLine: 12 } });
  });
});

describe('detection', () => {
  it('reads a clean scan written as [] or {"results": []} as empty', () => {
    for (const doc of [[], { results: [] }, { results: null }]) expect(readAs('empty', doc)).toEqual({ tool: 'unknown', findings: [] });
  });

  it('claims nothing it does not know', () => {
    for (const doc of [{}, { foo: 1 }, [1, 2], 'text', null, [{ unrelated: true }], { results: [{ unknown: 1 }], extra: 1 }]) {
      expect(claimants(doc)).toEqual([]);
    }
  });
});

describe('malformed reports name the JSON path', () => {
  const cases: Array<[string, string, unknown, string]> = [
    ['gitlab-security', 'vulnerabilities as an object', { version: '15.0.0', vulnerabilities: {} }, 'vulnerabilities should be an array, but it is an object'],
    ['gitlab-sast', 'a location as an array', { version: '15.0.0', scan: { type: 'sast' }, vulnerabilities: [{ id: 'a' }, { id: 'b' }, { id: 'c', location: [] }] }, 'vulnerabilities[2].location should be an object'],
    ['gitlab-sast', 'a numeric severity', { version: '15.0.0', scan: { type: 'sast' }, vulnerabilities: [{ id: 'a', severity: 3 }] }, 'vulnerabilities[0].severity should be a string, but it is the number 3'],
    ['gitlab-sast', 'identifiers as an object', { version: '15.0.0', scan: { type: 'sast' }, vulnerabilities: [{ id: 'a', identifiers: { cve: 'x' } }] }, 'vulnerabilities[0].identifiers should be an array'],
    ['codequality', 'lines as a string', [{ description: 'd', location: { path: 'a', lines: 'x' } }], '[0].location.lines should be an object'],
    ['trivy', 'Results as an object', { SchemaVersion: 2, Results: {} }, 'Results should be an array'],
    ['trivy', 'a numeric Severity', { SchemaVersion: 2, Results: [{ Target: 't', Vulnerabilities: [{}, { Severity: 4 }] }] }, 'Results[0].Vulnerabilities[1].Severity should be a string'],
    ['trivy-legacy', 'Vulnerabilities as a string', [{ Target: 't', Vulnerabilities: 'none' }], '[0].Vulnerabilities should be an array'],
    ['semgrep', 'a line as a string', { results: [{ check_id: 'r', start: { line: '3' } }], errors: [] }, 'results[0].start.line should be a number'],
    ['grype', 'matches as an object', { matches: {}, descriptor: { name: 'grype' } }, 'matches should be an array'],
    ['gitleaks', 'StartLine as a string', [{ RuleID: 'r', File: 'f', StartLine: '4' }], '[0].StartLine should be a number'],
    ['gitleaks', 'a stray element', [{ RuleID: 'r' }, { foo: 1 }], '[1] should be a Gitleaks finding'],
    ['npm-audit', 'vulnerabilities as an array', { auditReportVersion: 2, vulnerabilities: [] }, 'vulnerabilities should be an object, but it is an array'],
    ['npm-audit', 'a numeric via entry', { auditReportVersion: 2, vulnerabilities: { '@scope/pkg': { severity: 'high', via: [7] } } }, 'vulnerabilities["@scope/pkg"].via[0] should be an advisory object or a package name'],
    ['hadolint', 'line as a string', [{ code: 'DL3008', level: 'warning', file: 'Dockerfile', line: '9' }], '[0].line should be a number'],
    ['kics', 'queries as an object', { queries: {}, total_counter: 0 }, 'queries should be an array'],
    ['tfsec', 'start_line as a string', { results: [{ rule_id: 'A', location: { filename: 'main.tf', start_line: 'x' } }] }, 'results[0].location.start_line should be a number'],
    ['osv-scanner', 'packages as an object', { results: [{ source: { path: 'yarn.lock' }, packages: {} }] }, 'results[0].packages should be an array'],
    ['github-dependabot', 'nodes as an object', { data: { repository: { vulnerabilityAlerts: { nodes: {} } } } }, 'data.repository.vulnerabilityAlerts.nodes should be an array'],
  ];

  it.each(cases)('%s: %s', (format, _what, doc, expected) => {
    const error = inputError(() => readAs(format, doc));
    expect(error.message).toContain('reports/scan.json');
    expect(error.message).toContain(expected);
    expect(error.hint).toBeTruthy();
  });
});
