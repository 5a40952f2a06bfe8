import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFindingsPolicy } from '../../src/core/findings/apply.js';
import { gatherReports } from '../../src/gather/reports/gather.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { corpusDir, corpusFile, describeCorpus, itWithCorpus } from '../helpers/corpus.js';

function policy(findings: Record<string, unknown> = {}) {
  return parsePolicy(JSON.stringify({ version: 1, findings }), 'policy.yml').policy;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gate-gather-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('gatherReports without matches', () => {
  it.each<['fail' | 'warn' | 'ignore', 'error' | 'warning' | undefined]>([
    ['fail', 'error'],
    ['warn', 'warning'],
    ['ignore', undefined],
  ])('a glob matching nothing under missing: %s → %s', async (missing, level) => {
    const g = await gatherReports(['reports/*.sarif'], [], tmp, policy({ missing }));
    expect(g.reports).toEqual([]);
    if (level === undefined) {
      expect(g.violations).toEqual([]);
      return;
    }
    expect(g.violations).toHaveLength(1);
    const v = g.violations[0]!;
    expect(v).toMatchObject({ rule: 'findings.report-missing', level });
    expect(v.message).toContain('"reports/*.sarif"');
    expect(v.message).toMatch(/expected a SARIF or other supported JSON report/);
    expect(v.remediation).toMatch(/scanner step ran/);
  });

  it('names a missing plain file the same way', async () => {
    const g = await gatherReports(['codeql.sarif'], [], tmp, policy());
    expect(g.violations.map((v) => [v.rule, v.level])).toEqual([['findings.report-missing', 'error']]);
    expect(g.violations[0]!.message).toContain('"codeql.sarif"');
  });

  it('reports nothing when no patterns are given', async () => {
    expect(await gatherReports([], [], tmp, policy())).toEqual({ reports: [], baselineReports: [], baseline: [], violations: [] });
  });

  it.each<['fail' | 'warn' | 'ignore', 'error' | 'warning' | undefined]>([
    ['fail', 'error'],
    ['warn', 'warning'],
    ['ignore', undefined],
  ])('a file in an unknown format under missing: %s → %s', async (missing, level) => {
    writeFileSync(join(tmp, 'settings.json'), JSON.stringify({ hello: 'world' }));
    const g = await gatherReports(['settings.json'], [], tmp, policy({ missing }));
    expect(g.reports).toEqual([]);
    expect(g.violations.map((v) => [v.rule, v.level])).toEqual(level === undefined ? [] : [['findings.report-unreadable', level]]);
    if (level !== undefined) {
      expect(g.violations[0]!.message).toMatch(/^The scanner report settings\.json could not be read: not a supported report format/);
      expect(g.violations[0]!.message).toContain('"hello"');
    }
  });
});

describeCorpus('gatherReports over the corpus', () => {
  it('reads every matching report once, even when two patterns name the same file', async () => {
    const g = await gatherReports(['sarif/sarifsdk-suppressions.sarif, sarif/sarifsdk-suppr*.sarif', 'sarif/sarifsdk-multipleruns.sarif'], [], corpusDir, policy());
    expect(g.reports.map((r) => r.path)).toEqual(['sarif/sarifsdk-suppressions.sarif', 'sarif/sarifsdk-multipleruns.sarif']);
    // INDEX.md (independent count): 4 and 3 results.
    expect(g.reports.map((r) => r.results)).toEqual([4, 3]);
    expect(g.violations).toEqual([]);
  });

  itWithCorpus(['sarif/sarifsdk-suppressions.sarif', 'sarif/sarifsdk-multipleruns.sarif'], 'turns a file that is not JSON into a report-unreadable violation with the reader hint as remediation', async () => {
    // A real report cut short, as an upload that stopped half-way leaves it, beside a whole one.
    const root = mkdtempSync(join(tmpdir(), 'gate-cut-'));
    mkdirSync(join(root, 'sarif'));
    const whole = readFileSync(corpusFile('sarif/sarifsdk-suppressions.sarif'));
    writeFileSync(join(root, 'sarif/cut-short.sarif'), whole.subarray(0, whole.length >> 1));
    writeFileSync(join(root, 'sarif/sarifsdk-multipleruns.sarif'), readFileSync(corpusFile('sarif/sarifsdk-multipleruns.sarif')));
    const g = await gatherReports(['sarif/cut-short.sarif', 'sarif/sarifsdk-multipleruns.sarif'], [], root, policy({ missing: 'warn' }));
    rmSync(root, { recursive: true, force: true });
    expect(g.reports.map((r) => r.path)).toEqual(['sarif/sarifsdk-multipleruns.sarif']);
    expect(g.violations).toHaveLength(1);
    expect(g.violations[0]).toMatchObject({ rule: 'findings.report-unreadable', level: 'warning' });
    expect(g.violations[0]!.message).toContain('sarif/cut-short.sarif');
    expect(g.violations[0]!.message).toMatch(/not valid JSON/);
    expect(g.violations[0]!.remediation.length).toBeGreaterThan(20);
  });

  itWithCorpus(['sarif/codeql-defectdojo-output.sarif'], 'returns baseline findings, and words a missing baseline as such', async () => {
    const g = await gatherReports(['sarif/codeql-defectdojo-output.sarif'], ['sarif/codeql-defectdojo-output.sarif', 'base/*.sarif'], corpusDir, policy());
    expect(g.baselineReports.map((r) => r.path)).toEqual(['sarif/codeql-defectdojo-output.sarif']);
    // INDEX.md: 72 results.
    expect(g.baseline).toHaveLength(72);
    expect(g.violations.map((v) => v.rule)).toEqual(['findings.report-missing']);
    expect(g.violations[0]!.message).toMatch(/^No baseline report matched "base\/\*\.sarif"/);

    const r = applyFindingsPolicy({ reports: g.reports, baseline: g.baseline, change: { files: [] }, policy: policy(), now: new Date('2026-01-01T00:00:00Z') });
    expect(Object.values(r.inScope).reduce((a, b) => a + b, 0)).toBe(0);
  });

  itWithCorpus(['native/gitleaks-json_simple.json'], 'reads secrets with the policy secret-severity', async () => {
    const g = await gatherReports([corpusFile('native/gitleaks-json_simple.json')], [], tmp, policy({ 'secret-severity': 'critical' }));
    // python3: the file is a JSON array of 1 leak, with no severity field.
    expect(g.reports[0]!.findings.map((f) => f.severity)).toEqual(['critical']);
  });
});
