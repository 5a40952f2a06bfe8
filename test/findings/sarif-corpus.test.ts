/**
 * Every SARIF file of the shared scanner corpus, read through readReport.
 *
 * The expected numbers were counted by a separate script over the raw files (python3, json module), not
 * by this reader. Its rules, written from the SARIF spec and the documented mapping in severity.ts:
 *   - decode utf-8-sig; a parse failure → "parse"; `version` other than "2.1.0" → "version";
 *   - for each run, for each result: rule = (toolComponent.index ? extensions[i].rules : driver.rules)
 *     [ruleIndex ?? rule.index], else the first rule in driver+extensions whose id equals ruleId ?? rule.id;
 *   - level = result.level or rule.defaultConfiguration.level or "warning";
 *   - security-severity = result.properties[...] ?? rule.properties[...]; a number or numeric string →
 *     score bands (>=9 critical, >=7 high, >=4 medium, >0 low, else info); a known severity word → that
 *     word's severity; otherwise the level: error→high, warning→medium, note→low, none→info;
 *   - suppressed = some suppression whose status is absent or "accepted";
 *   - baselineState as written, absent → "unknown";
 *   - tool = distinct tool.driver.name of the runs, joined by ", ".
 * The per-file result totals are also checked against the corpus INDEX.md table, read at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { InputError } from '../../src/core/errors.js';
import { readReport } from '../../src/gather/reports/load.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import { SEVERITIES, type Severity } from '../../src/core/model.js';
import { corpusFile, describeCorpus, inCorpus, itWithCorpus, sharedCorpusPresent } from '../helpers/corpus.js';

type Counts = Record<Severity, number>;
interface Expected {
  tool: string;
  severity: [critical: number, high: number, medium: number, low: number, info: number, unknown: number];
  suppressed: number;
  baseline: Partial<Record<'new' | 'unchanged' | 'updated' | 'absent' | 'unknown', number>>;
}

const EXPECTED: Record<string, Expected> = {
  'bandit-sarif-nolevel.sarif': { tool: 'Bandit', severity: [0, 0, 1, 0, 0, 0], suppressed: 0, baseline: { unknown: 1 } },
  'bandit-sarif.sarif': { tool: 'Bandit', severity: [0, 1, 0, 1, 0, 0], suppressed: 0, baseline: { unknown: 2 } },
  'checkov-3.2.510-terraform.sarif': { tool: 'Checkov', severity: [0, 22, 0, 0, 0, 0], suppressed: 0, baseline: { unknown: 22 } },
  'checkov-suppressions.sarif': { tool: 'Checkov', severity: [0, 0, 6, 0, 0, 0], suppressed: 6, baseline: { unknown: 6 } },
  'codeql-defectdojo-output.sarif': { tool: 'CodeQL', severity: [0, 11, 4, 57, 0, 0], suppressed: 0, baseline: { unknown: 72 } },
  'codeql-python-testing-queries.sarif': { tool: 'CodeQL', severity: [0, 2, 0, 0, 0, 0], suppressed: 0, baseline: { unknown: 2 } },
  'dependency-check.sarif': { tool: 'dependency-check', severity: [0, 13, 0, 0, 0, 0], suppressed: 0, baseline: { unknown: 13 } },
  'edge-no-runs.sarif': { tool: 'unknown', severity: [0, 0, 0, 0, 0, 0], suppressed: 0, baseline: {} },
  'eslint-formatter-sarif.sarif': { tool: 'ESLint', severity: [0, 9, 26, 0, 0, 0], suppressed: 0, baseline: { unknown: 35 } },
  'gitleaks-sarif_simple.sarif': { tool: 'gitleaks', severity: [0, 0, 1, 0, 0, 0], suppressed: 0, baseline: { unknown: 1 } },
  'grype-directory.sarif': { tool: 'grype', severity: [0, 2, 0, 0, 0, 0], suppressed: 0, baseline: { unknown: 2 } },
  'grype-image.sarif': { tool: 'grype', severity: [0, 2, 0, 0, 0, 0], suppressed: 0, baseline: { unknown: 2 } },
  'hadolint-megalinter-empty.sarif': { tool: 'Hadolint (MegaLinter DOCKERFILE_HADOLINT)', severity: [0, 0, 0, 0, 0, 0], suppressed: 0, baseline: {} },
  'osv-scanner-snapshot-00.sarif': { tool: 'osv-scanner', severity: [0, 2, 1, 0, 0, 0], suppressed: 0, baseline: { unknown: 3 } },
  'python-security-analysis-baseline-new.sarif': { tool: 'Python Security Analysis', severity: [0, 8, 1, 2, 0, 0], suppressed: 0, baseline: { new: 11 } },
  'sarifsdk-baselineState-mixed.sarif': { tool: 'SARIF Functional Testing', severity: [0, 23, 2, 6, 0, 0], suppressed: 0, baseline: { new: 23, unchanged: 7, absent: 1 } },
  'sarifsdk-cwe-ghas-sample.sarif': { tool: 'CweSamplerScanner', severity: [1, 4, 2, 0, 0, 0], suppressed: 0, baseline: { unknown: 7 } },
  'sarifsdk-fortify-ScanWithFailureLevelMatrices-large.sarif': { tool: 'Micro Focus Fortify Static Code Analyzer', severity: [0, 77, 166, 209, 0, 0], suppressed: 0, baseline: { unknown: 452 } },
  'sarifsdk-multipleruns.sarif': { tool: 'WorkItemFiler testing', severity: [0, 3, 0, 0, 0, 0], suppressed: 0, baseline: { new: 3 } },
  'sarifsdk-nessus-multirun-secsev.sarif': { tool: 'Nessus', severity: [1, 0, 0, 1, 0, 0], suppressed: 0, baseline: { unknown: 2 } },
  'sarifsdk-suppressions.sarif': { tool: 'CodeScanner', severity: [0, 0, 4, 0, 0, 0], suppressed: 3, baseline: { unknown: 4 } },
  'semgrep-include-nosemgrep-suppressions.sarif': { tool: 'Semgrep OSS', severity: [0, 2, 0, 0, 0, 0], suppressed: 1, baseline: { unknown: 2 } },
  'semgrep-owasp-benchmark-large.sarif': { tool: 'semgrep', severity: [0, 0, 1768, 0, 0, 0], suppressed: 0, baseline: { unknown: 1768 } },
  'semgrep-rule-board.sarif': { tool: 'Semgrep OSS', severity: [0, 3, 0, 0, 0, 0], suppressed: 0, baseline: { unknown: 3 } },
  'snyk-code-suppressions.sarif': { tool: 'SnykCode', severity: [0, 4, 7, 0, 0, 0], suppressed: 2, baseline: { unknown: 11 } },
  'snyk-iac.sarif': { tool: 'Snyk IaC', severity: [0, 0, 4, 0, 0, 0], suppressed: 0, baseline: { unknown: 4 } },
  'trivy-config-terraform.sarif': { tool: 'Trivy', severity: [0, 5, 1, 2, 0, 0], suppressed: 0, baseline: { unknown: 8 } },
  'trivy-fs-0.48.1-empty.sarif': { tool: 'Trivy', severity: [0, 0, 0, 0, 0, 0], suppressed: 0, baseline: {} },
  'trivy-image-alpine-310.sarif': { tool: 'Trivy', severity: [0, 0, 4, 0, 0, 0], suppressed: 0, baseline: { unknown: 4 } },
  'trivy-sarif-tpl-template-2020.sarif': { tool: 'Trivy', severity: [0, 4, 0, 0, 0, 0], suppressed: 0, baseline: { unknown: 4 } },
};

/** Files that must be refused, and the words the refusal must contain. */
const REFUSED: Record<string, RegExp> = {
  'edge-checkov-cli-text-named-sarif.sarif': /not valid JSON at line 2, column 8: expected a SARIF 2\.1\.0 or other supported JSON report; this looks like plain text/,
  'sarifsdk-v1.0.0.sarif': /SARIF version 1\.0\.0 is not supported/,
  'sarifsdk-v2.0.0-csd-ruleidcollisions.sarif': /SARIF version 2\.0\.0-csd\.2\.beta\.2018-10-10 is not supported/,
};

const ctx = { secretSeverity: 'high' as const };

function load(name: string): Promise<LoadedReport> {
  return readReport(corpusFile(`sarif/${name}`), ctx);
}

function severityCounts(report: LoadedReport): Counts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Counts;
  for (const f of report.findings) counts[f.severity] += 1;
  return counts;
}

/** The `results` column of the sarif/ table in INDEX.md, by file name. */
function indexResults(): Map<string, number> {
  const index = readFileSync(corpusFile('INDEX.md'), 'utf8');
  const section = index.slice(index.indexOf('## sarif/'), index.indexOf('## gitlab/'));
  const rows = new Map<string, number>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | file | bytes | origin repo | path | commit | tool / version | format | results | ...
    if (cells[1]?.endsWith('.sarif') && /^\d+$/.test(cells[8] ?? '')) rows.set(cells[1], Number(cells[8]));
  }
  return rows;
}

describeCorpus('SARIF corpus', () => {
  it('has an expectation for every file in the corpus folder, and a file for every expectation in the shared corpus', () => {
    const files = readdirSync(corpusFile('sarif')).sort();
    const named = [...Object.keys(EXPECTED), ...Object.keys(REFUSED)].sort();
    expect(files.filter((f) => !named.includes(f))).toEqual([]);
    if (sharedCorpusPresent) expect(files).toEqual(named);
    else expect(files.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(inCorpus('sarif', Object.entries(EXPECTED)))('%s', (name, expected) => {
    let report: LoadedReport;
    beforeAll(async () => {
      report = await load(name);
    });

    it('is read as SARIF with the tool named in the runs', () => {
      expect(report.format).toBe('sarif');
      expect(report.tool).toBe(expected.tool);
    });

    it('has the expected count per severity', () => {
      const [critical, high, medium, low, info, unknown] = expected.severity;
      expect(severityCounts(report)).toEqual({ critical, high, medium, low, info, unknown });
      expect(report.results).toBe(expected.severity.reduce((a, b) => a + b, 0));
    });

    it('agrees with the INDEX.md result total', () => {
      expect(indexResults().get(name)).toBe(report.results);
    });

    it('has the expected suppressed and baseline-state counts', () => {
      expect(report.findings.filter((f) => f.suppressed)).toHaveLength(expected.suppressed);
      const baseline: Record<string, number> = {};
      for (const f of report.findings) baseline[f.baselineState] = (baseline[f.baselineState] ?? 0) + 1;
      expect(baseline).toEqual(expected.baseline);
    });

    it('records the report path and a tool on every finding', () => {
      for (const f of report.findings) {
        expect(f.report).toBe(corpusFile(`sarif/${name}`));
        expect(expected.tool.split(', ')).toContain(f.tool);
        expect(f.rule).not.toBe('');
        expect(f.message).not.toBe('');
      }
    });
  });

  describe.each(inCorpus('sarif', Object.entries(REFUSED)))('%s', (name, message) => {
    it('is refused with an input error that says why', async () => {
      const error = await load(name).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(message);
      expect((error as InputError).message).toContain(name);
      expect((error as InputError).hint).toBeTruthy();
    });
  });

  itWithCorpus(['sarif/sarifsdk-v1.0.0.sarif'], 'tells how to convert an older SARIF version', async () => {
    await expect(load('sarifsdk-v1.0.0.sarif')).rejects.toMatchObject({
      hint: expect.stringMatching(/npx @microsoft\/sarif-multitool transform \S*sarifsdk-v1\.0\.0\.sarif --sarif-output-version Current --output /),
    });
  });

  // Single findings below were read off the files with python3 (json.load), following the same rules.
  itWithCorpus(['sarif/codeql-defectdojo-output.sarif'], 'resolves CodeQL rules by index, with the level from the rule default, and uses the primary location hash', async () => {
    const report = await load('codeql-defectdojo-output.sarif');
    expect(report.findings[0]).toMatchObject({
      rule: 'py/empty-except',
      severity: 'low',
      nativeSeverity: 'note',
      location: { path: 'good/db_init.py', startLine: 39 },
      fingerprint: '9cbc869fbfffeb60:1',
    });
  });

  itWithCorpus(['sarif/sarifsdk-fortify-ScanWithFailureLevelMatrices-large.sarif'], 'takes the rule id from the rule index and the path from run.artifacts and a file: base (Fortify)', async () => {
    const report = await load('sarifsdk-fortify-ScanWithFailureLevelMatrices-large.sarif');
    expect(report.findings[0]).toMatchObject({
      rule: '06C49ABE-9D01-4036-A3CB-E4D14DFE6D99',
      severity: 'medium',
      nativeSeverity: 'warning',
      location: { path: 'C:/sw/vsts-agent/VSTSBuilds/2/s/src/Sarif/FileSystem.cs', startLine: 60, endLine: 60 },
    });
  });

  itWithCorpus(['sarif/sarifsdk-baselineState-mixed.sarif'], 'builds the message from the rule message string and its arguments', async () => {
    const report = await load('sarifsdk-baselineState-mixed.sarif');
    expect(report.findings[0]).toMatchObject({
      rule: 'SARIF2012',
      severity: 'low',
      nativeSeverity: 'note',
      baselineState: 'absent',
      message:
        "'runs[0].tool.driver' does not provide a 'rules' property. 'rules' contain information that helps users understand why each rule fires and what the user can do to fix it.",
      location: { path: 'FunctionalTestOutput.BaselineOption/ToBeValidated.sarif', startLine: 37 },
    });
  });

  itWithCorpus(['sarif/snyk-iac.sarif', 'sarif/sarifsdk-cwe-ghas-sample.sarif'], 'joins a relative uri to a file: uriBaseId but keeps it relative to a remote one', async () => {
    const snyk = await load('snyk-iac.sarif');
    expect(snyk.findings[0]!.location.path).toBe('/Users/yairzohar/snyk/cli/plan.json');
    const ghas = await load('sarifsdk-cwe-ghas-sample.sarif');
    expect(ghas.findings[0]!.location.path).toBe('src/Sarif/Taxonomies/SampleCode.cs');
  });

  itWithCorpus(['sarif/dependency-check.sarif', 'sarif/sarifsdk-suppressions.sarif'], 'turns file: uris into paths, including the four-slash form', async () => {
    const dc = await load('dependency-check.sarif');
    expect(dc.findings[0]!.location.path).toBe('/src/.venv/lib/python3.9/site-packages/tastypie_swagger/static/tastypie_swagger/js/lib/handlebars-1.0.0.js');
    const supp = await load('sarifsdk-suppressions.sarif');
    expect(supp.findings.map((f) => f.location.path)).toEqual(['C:/code/file1.c', 'C:/code/file2.c', 'C:/code/file3.c', 'C:/code/file4.c']);
    expect(supp.findings.map((f) => f.suppressed)).toEqual([true, true, true, false]);
  });

  itWithCorpus(['sarif/snyk-code-suppressions.sarif'], 'serialises full fingerprints and reads suppressions per result (Snyk Code)', async () => {
    const report = await load('snyk-code-suppressions.sarif');
    expect(report.findings.map((f) => f.suppressed)).toEqual([false, false, false, false, false, true, false, true, false, false, false]);
    expect([report.findings[0]!.location.startLine, report.findings[0]!.location.endLine, report.findings[0]!.fingerprint]).toEqual([
      77,
      113,
      '0=f927008c43b00df60dbeccb9e5565bb0529ea1454f7e3e665d29c61801357953;1=a3c051e6.9c6e2949.98501263.c559ebce.b5c66366.5fce695c.83265159.89d75565.a3c051e6.4773f344.c2905f73.c559ebce.b6be8b13.5fce695c.83265159.89d75565;identity=5fe97046-d8ce-45c3-82e5-8756e8ffe20c',
    ]);
  });

  itWithCorpus(['sarif/sarifsdk-nessus-multirun-secsev.sarif'], 'uses each run’s own rules when a report holds several runs (Nessus)', async () => {
    const report = await load('sarifsdk-nessus-multirun-secsev.sarif');
    expect(report.findings.map((f) => [f.rule, f.severity, f.nativeSeverity])).toEqual([
      ['12345', 'low', '3.0'],
      ['12345', 'critical', '9.0'],
    ]);
  });
});
