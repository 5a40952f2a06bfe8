/**
 * Every GitLab, Code Quality and native report in the shared corpus: which reader claims it, the tool
 * it names, and how many findings land in each severity.
 *
 * The expected numbers were counted with python3 straight from the JSON, applying the documented
 * severity mapping (README "Severity mapping", the tables in src/gather/reports/severity.ts) written out
 * again in Python, never by running these readers:
 *   - GitLab: `Counter(WORDS.get(v.get('severity','').lower(),'unknown') for v in d['vulnerabilities'])`
 *     (secret detection without a severity → the secret severity); type = scan.type, else the first
 *     vulnerability's category, else `hostname` → dast / `image` → container scanning; tool =
 *     scan.scanner.name, else vulnerabilities[0].scanner.name, else "GitLab".
 *   - Code Quality: CODE_QUALITY[i['severity'].lower()] per issue; tool = distinct engine_name values.
 *   - Trivy: Severity of every Results[].Vulnerabilities[], Misconfigurations[] with Status FAIL and
 *     Secrets[]; legacy: every [].Vulnerabilities[].
 *   - Semgrep: the Semgrep table on extra.severity; suppressed = count of extra.is_ignored == true.
 *   - Grype: vulnerability.severity per matches[]. Gitleaks: one per array element, all the secret
 *     severity. Hadolint: level per element. KICS: query severity × len(files). tfsec: severity per
 *     result with status != 1. OSV: one per packages[].groups[], max_severity "" → unknown.
 *   - Dependabot: securityVulnerability.severity per vulnerabilityAlerts.nodes[].
 * Each total was checked against the severity distribution in corpus/INDEX.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SEVERITIES, type Finding, type Severity } from '../../src/core/model.js';
import type { ReadContext } from '../../src/gather/reports/reader.js';
import { READERS } from '../../src/gather/reports/readers/index.js';
import { corpusFile, corpusHas, describeCorpus, sharedCorpusPresent } from '../helpers/corpus.js';

type Counts = Record<Severity, number>;

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(corpusFile(relative), 'utf8').replace(/^\uFEFF/, ''));
}

function claimants(doc: unknown): string[] {
  return READERS.filter((r) => r.detect(doc)).map((r) => r.format);
}

function tally(findings: Finding[]): Counts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Counts;
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

const ctx = (report: string): ReadContext => ({ report, secretSeverity: 'high' });

// [file, format, tool, counts, suppressed]
const EXPECTED: Array<[string, string, string, Counts, number]> = [
  ['gitlab/gitlab-spec-gl-sast-report-minimal-v14.0.0.json', 'gitlab-sast', 'Find Security Bugs', { critical: 0, high: 0, medium: 1, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gitlab-spec-gl-secret-detection-report-v14.1.2.json', 'gitlab-secret-detection', 'Gitleaks', { critical: 1, high: 0, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-container-scanning-report-v15.1.5.json', 'gitlab-container-scanning', 'sonatype-scanner', { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 1 }, 0],
  ['gitlab/gl-container-scanning-report-v3.0.0-5.json', 'gitlab-container-scanning', 'Trivy', { critical: 0, high: 4, medium: 1, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-coverage-fuzzing-report-v3.0.json', 'gitlab-coverage-fuzzing', 'libfuzzer', { critical: 0, high: 0, medium: 0, low: 1, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-dast-report-noversion-one.json', 'gitlab-dast', 'GitLab', { critical: 0, high: 1, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-dependency-scanning-report-v15.1.5.json', 'gitlab-dependency-scanning', 'sonatype-scanner', { critical: 0, high: 1, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-dependency-scanning-report-v3.0.0-many.json', 'gitlab-dependency-scanning', 'Gemnasium', { critical: 0, high: 5, medium: 0, low: 0, info: 0, unknown: 1 }, 0],
  ['gitlab/gl-sast-report-v14.0.0-no-severity.json', 'gitlab-sast', 'Security Code Scan', { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 1 }, 0],
  ['gitlab/gl-sast-report-v15.1.4-semgrep-1.74.json', 'gitlab-sast', 'Semgrep', { critical: 0, high: 2, medium: 4, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-sast-report-v15.1.4-semgrep-qa.json', 'gitlab-sast', 'Semgrep', { critical: 0, high: 2, medium: 6, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-sast-report-v3.0.0-stripped-v15style.json', 'gitlab-sast', 'Find Security Bugs', { critical: 0, high: 2, medium: 1, low: 0, info: 0, unknown: 0 }, 0],
  ['gitlab/gl-secret-detection-report-v15.2.4-empty.json', 'gitlab-secret-detection', 'Gitleaks', { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['codequality/gitlab-spec-fixture-codeclimate.json', 'codequality', 'structure, rubocop', { critical: 0, high: 0, medium: 2, low: 1, info: 0, unknown: 0 }, 0],
  ['codequality/gl-code-quality-codeclimate-engines.json', 'codequality', 'csslint, fixme', { critical: 0, high: 0, medium: 0, low: 18, info: 0, unknown: 0 }, 0],
  ['native/github-dependabot-alerts-graphql-5.json', 'github-dependabot', 'Dependabot', { critical: 1, high: 1, medium: 2, low: 1, info: 0, unknown: 0 }, 0],
  ['native/github-dependabot-alerts-graphql-null-cvss.json', 'github-dependabot', 'Dependabot', { critical: 2, high: 0, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['native/gitleaks-7.5.0.json', 'gitleaks', 'gitleaks', { critical: 0, high: 8, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['native/gitleaks-baseline.json', 'gitleaks', 'gitleaks', { critical: 0, high: 2, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['native/gitleaks-json_simple.json', 'gitleaks', 'gitleaks', { critical: 0, high: 1, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['native/grype-json-image.json', 'grype', 'grype', { critical: 1, high: 0, medium: 0, low: 1, info: 0, unknown: 0 }, 0],
  ['native/hadolint-json-many.json', 'hadolint', 'hadolint', { critical: 0, high: 0, medium: 9, low: 0, info: 3, unknown: 0 }, 0],
  ['native/kics-json-many.json', 'kics', 'KICS', { critical: 0, high: 5, medium: 5, low: 8, info: 0, unknown: 0 }, 0],
  ['native/osv-scanner-some.json', 'osv-scanner', 'osv-scanner', { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 1 }, 0],
  ['native/semgrep-json-disable-nosem.json', 'semgrep', 'semgrep', { critical: 0, high: 0, medium: 28, low: 0, info: 0, unknown: 0 }, 21],
  ['native/tfsec-json.json', 'tfsec', 'tfsec', { critical: 2, high: 9, medium: 6, low: 2, info: 0, unknown: 0 }, 0],
  ['native/trivy-config-terraform.json', 'trivy', 'Trivy', { critical: 0, high: 5, medium: 1, low: 2, info: 0, unknown: 0 }, 0],
  ['native/trivy-fs-npm.json', 'trivy', 'Trivy', { critical: 0, high: 0, medium: 1, low: 0, info: 0, unknown: 0 }, 0],
  ['native/trivy-fs-secrets.json', 'trivy', 'Trivy', { critical: 1, high: 1, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
  ['native/trivy-image-alpine-310.json', 'trivy', 'Trivy', { critical: 0, high: 0, medium: 4, low: 0, info: 0, unknown: 0 }, 0],
  ['native/trivy-legacy-array.json', 'trivy-legacy', 'Trivy', { critical: 0, high: 18, medium: 9, low: 65, info: 0, unknown: 1 }, 0],
  ['native/trivy-secret-scan.json', 'trivy', 'Trivy', { critical: 1, high: 0, medium: 0, low: 0, info: 0, unknown: 0 }, 0],
];

describeCorpus('report readers over the scanner corpus', () => {
  it('has an expectation for every GitLab, Code Quality and native report in the corpus', () => {
    const present = ['gitlab', 'codequality', 'native'].flatMap((dir) =>
      corpusHas(dir)
        ? readdirSync(corpusFile(dir))
            .filter((f) => f.endsWith('.json'))
            .map((f) => `${dir}/${f}`)
        : [],
    );
    const named = EXPECTED.map((e) => e[0]);
    expect(present.filter((f) => !named.includes(f))).toEqual([]);
    if (sharedCorpusPresent) expect(named.sort()).toEqual(present.sort());
    else expect(present.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(EXPECTED.filter(([file]) => corpusHas(file)))('%s', (file, format, tool, counts, suppressed) => {
    const doc = readJson(file);
    const reader = READERS.find((r) => r.detect(doc));

    it(`is claimed by the ${format} reader alone`, () => {
      expect(claimants(doc)).toEqual([format]);
    });

    it('reads the tool, the severities and the suppressed count', () => {
      const result = reader!.read(doc, ctx(file));
      expect(result.tool).toBe(tool);
      expect(tally(result.findings)).toEqual(counts);
      expect(result.findings.filter((f) => f.suppressed)).toHaveLength(suppressed);
    });

    it('fills every finding completely', () => {
      for (const f of reader!.read(doc, ctx(file)).findings) {
        expect(f.report).toBe(file);
        expect(f.baselineState).toBe('unknown');
        expect(f.rule.trim()).not.toBe('');
        expect(f.message.trim()).not.toBe('');
        expect(f.tool.trim()).not.toBe('');
        for (const value of Object.values(f.location)) expect(value).not.toBeUndefined();
        if (f.location.startLine !== undefined) expect(f.location.startLine).toBeGreaterThan(0);
      }
    });
  });

  it('leaves every SARIF file in the corpus to the SARIF reader', () => {
    const files = readdirSync(corpusFile('sarif')).filter((f) => f.endsWith('.sarif'));
    let parsed = 0;
    for (const f of files) {
      let doc: unknown;
      try {
        doc = readJson(`sarif/${f}`);
      } catch {
        continue; // the corpus keeps one CLI banner saved as .sarif on purpose
      }
      parsed += 1;
      expect({ f, claimants: claimants(doc).filter((c) => c !== 'sarif') }).toEqual({ f, claimants: [] });
    }
    expect(parsed).toBeGreaterThan(sharedCorpusPresent ? 20 : 5);
  });

  it('takes the secret severity from the context for reports that give none', () => {
    const doc = readJson('native/gitleaks-baseline.json');
    const reader = READERS.find((r) => r.detect(doc))!;
    const findings = reader.read(doc, { report: 'r', secretSeverity: 'critical' }).findings;
    expect(findings.map((f) => f.severity)).toEqual(['critical', 'critical']);
    expect(findings.every((f) => f.nativeSeverity === undefined)).toBe(true);
  });

  describe('never re-publishes a secret', () => {
    // The leaked values each format carries, collected straight from the files.
    const cases: Array<[string, (doc: unknown) => string[]]> = [
      ['native/gitleaks-7.5.0.json', (d) => (d as Array<Record<string, string>>).flatMap((l) => [l.offender!, l.line!])],
      ['native/gitleaks-json_simple.json', (d) => (d as Array<Record<string, string>>).flatMap((l) => [l.Secret!, l.Match!])],
      [
        'native/trivy-fs-secrets.json',
        (d) => (d as { Results: Array<{ Secrets: Array<{ Match: string }> }> }).Results.flatMap((r) => r.Secrets.map((s) => s.Match)),
      ],
    ];
    it.each(cases)('%s', (file, secrets) => {
      const doc = readJson(file);
      const values = secrets(doc);
      expect(values.length).toBeGreaterThan(0);
      const written = JSON.stringify(READERS.find((r) => r.detect(doc))!.read(doc, ctx(file)));
      for (const v of values) expect(written).not.toContain(v);
    });
  });
});
