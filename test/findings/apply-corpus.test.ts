/**
 * The findings policy over real scanner reports, read through readReport. Expected numbers were counted
 * from the raw files with python3 (json module), not with the code under test; each test says how.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFindingsPolicy, type ApplyInput } from '../../src/core/findings/apply.js';
import { readReport } from '../../src/gather/reports/load.js';
import type { ChangedFile, Severity } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { corpusFile, corpusHas, describeCorpus, itWithCorpus } from '../helpers/corpus.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const ctx = { secretSeverity: 'high' as const };
const ALL_LIMITED = { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };

function policy(findings: Record<string, unknown> = {}): ApplyInput['policy'] {
  return parsePolicy(JSON.stringify({ version: 1, findings }), 'policy.yml').policy;
}

function counts(partial: Partial<Record<Severity, number>>): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0, ...partial };
}

function sum(c: Record<Severity, number>): number {
  return Object.values(c).reduce((a, b) => a + b, 0);
}

interface SarifResult {
  ruleId: string;
  message: { text?: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
}
interface SarifLog {
  runs: Array<{ results: SarifResult[] }>;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gate-apply-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A variant of a corpus report in a temporary directory; the corpus file itself is never changed. */
function variant(name: string, source: string, edit: (log: SarifLog) => void): string {
  const log = JSON.parse(readFileSync(corpusFile(source), 'utf8')) as SarifLog;
  edit(log);
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(log));
  return path;
}

describeCorpus('applyFindingsPolicy over the scanner corpus', () => {
  const MIXED = 'sarif/sarifsdk-baselineState-mixed.sarif';
  const MIXED_PATH = 'FunctionalTestOutput.BaselineOption/ToBeValidated.sarif';

  it('uses SARIF baselineState: absent is not counted, unchanged is out of the default scope, a repeated result once', async () => {
    const report = await readReport(corpusFile(MIXED), ctx);
    const r = applyFindingsPolicy({ reports: [report], change: { files: [] }, policy: policy(), now: NOW });
    // python3: 31 results; baselineState absent 1, new 23, unchanged 7. Severity from level, else rule
    // defaultConfiguration.level, else warning (error→high, warning→medium, note→low): active high 23,
    // low 5, medium 2. One new GHAzDO1018 result repeats at line 27 with the same message → 1 duplicate.
    expect(r.absent).toBe(1);
    expect(r.counts).toEqual(counts({ high: 23, medium: 2, low: 5 }));
    expect(r.duplicates).toBe(1);
    expect(r.inScope).toEqual(counts({ high: 22 }));
    expect(r.outOfScope).toEqual(counts({ medium: 2, low: 5 }));
    expect(r.violations).toEqual([expect.objectContaining({ rule: 'findings.max', level: 'error', message: '22 new high findings; the policy allows 0.' })]);
    expect(r.overThreshold).toHaveLength(22);
    expect(r.overThreshold.every((f) => f.state === 'new' && f.path === MIXED_PATH)).toBe(true);
    expect(r.reports).toEqual([{ path: report.path, format: 'sarif', tool: report.tool, sha256: report.sha256, results: 31 }]);
  });

  it('changed-lines counts only findings on added lines, new or not', async () => {
    const report = await readReport(corpusFile(MIXED), ctx);
    const file: ChangedFile & { addedRanges: Array<[number, number]> } = {
      path: MIXED_PATH,
      status: 'modified',
      additions: 6,
      deletions: 0,
      binary: false,
      addedRanges: [
        [5, 9],
        [27, 27],
      ],
    };
    const r = applyFindingsPolicy({ reports: [report], change: { files: [file] }, policy: policy({ scope: 'changed-lines' }), now: NOW });
    // python3 over the non-absent, de-duplicated results: lines 5..9 or 27 → high 7, medium 2, low 3;
    // the rest → high 15, low 2.
    expect(r.inScope).toEqual(counts({ high: 7, medium: 2, low: 3 }));
    expect(r.outOfScope).toEqual(counts({ high: 15, low: 2 }));
    expect(r.violations.map((v) => v.message)).toEqual(['7 high findings on lines this change adds; the policy allows 0.']);
  });

  it.each<[string, number, number]>(
    [
      // python3: results whose suppressions array is non-empty (none has status rejected or underReview).
      ['sarif/sarifsdk-suppressions.sarif', 4, 3] as [string, number, number],
      ['sarif/semgrep-include-nosemgrep-suppressions.sarif', 2, 1] as [string, number, number],
      ['sarif/checkov-suppressions.sarif', 6, 6] as [string, number, number],
      ['sarif/snyk-code-suppressions.sarif', 11, 2] as [string, number, number],
    ].filter(([name]) => corpusHas(name)),
  )('keeps suppressed results of %s out of every count but suppressed', async (name, results, suppressed) => {
    const report = await readReport(corpusFile(name), ctx);
    const r = applyFindingsPolicy({ reports: [report], change: { files: [] }, policy: policy({ scope: 'all' }), now: NOW });
    expect(report.results).toBe(results);
    expect(r.suppressed).toBe(suppressed);
    expect(sum(r.suppressedBySeverity)).toBe(suppressed);
    expect(sum(r.counts)).toBe(results - suppressed);
    expect(sum(r.inScope) + r.duplicates).toBe(results - suppressed);
  });

  itWithCorpus(['sarif/sarifsdk-suppressions.sarif'], 'remaps a native severity word for one tool, suppressed findings included', async () => {
    const report = await readReport(corpusFile('sarif/sarifsdk-suppressions.sarif'), ctx);
    const r = applyFindingsPolicy({ reports: [report], change: { files: [] }, policy: policy({ tools: { CodeScanner: { severity: { warning: 'critical' } } } }), now: NOW });
    // python3 (utf-8-sig): 4 results of the tool CodeScanner, none with a level (warning, as SARIF says);
    // 3 carry a suppression.
    expect(r.counts).toEqual(counts({ critical: 1 }));
    expect(r.suppressedBySeverity).toEqual(counts({ critical: 3 }));
    expect(r.violations.map((v) => v.message)).toEqual(['1 critical finding in the reports (no baseline to tell new from old); the policy allows 0.']);
  });

  itWithCorpus(['sarif/codeql-defectdojo-output.sarif'], 'matches a baseline by fingerprint: lines moved and messages reworded, only removed results are new', async () => {
    const CODEQL = 'sarif/codeql-defectdojo-output.sarif';
    const removed: Array<[string, number]> = [];
    const basePath = variant('codeql-base.sarif', CODEQL, (log) => {
      const results = log.runs[0]!.results;
      for (const r of results.splice(0, 5)) removed.push([r.ruleId, r.locations[0]!.physicalLocation.region.startLine]);
      for (const r of results) {
        r.locations[0]!.physicalLocation.region.startLine += 10;
        r.message = { text: 'reworded in an older version of the query' };
      }
    });
    const current = await readReport(corpusFile(CODEQL), ctx);
    const base = await readReport(basePath, ctx);
    const r = applyFindingsPolicy({ reports: [current], baseline: base.findings, change: { files: [] }, policy: policy({ max: ALL_LIMITED }), now: NOW });
    // python3: 72 results, all with partialFingerprints, none suppressed, no two alike in rule, uri,
    // line and fingerprints; the baseline is the file minus its first 5 results.
    expect(sum(r.counts)).toBe(72);
    expect(sum(r.inScope)).toBe(5);
    expect(sum(r.outOfScope)).toBe(67);
    expect(r.overThreshold.map((f) => `${f.rule}:${f.line}`).sort()).toEqual(removed.map(([rule, line]) => `${rule}:${line}`).sort());
  });

  itWithCorpus(['sarif/python-security-analysis-baseline-new.sarif'], 'matches a baseline without fingerprints by message key, across checkouts, line shifts and changed numbers', async () => {
    const TAINT = 'sarif/python-security-analysis-baseline-new.sarif';
    // python3: 11 results, every one at an absolute file:///home/damien/dd/ URI of the machine that ran
    // the scan, no two alike in rule, line and message; messages quote line numbers ("parser.py:35").
    // Both sides drop the partial fingerprints, as a tool that writes none.
    const scannedRoot = '/home/damien/dd';
    const unfingerprinted = (log: SarifLog) => {
      for (const r of log.runs[0]!.results) delete (r as { partialFingerprints?: unknown }).partialFingerprints;
    };
    const currentPath = variant('taint-current.sarif', TAINT, unfingerprinted);
    const basePath = variant('taint-base.sarif', TAINT, (log) => {
      unfingerprinted(log);
      const results = log.runs[0]!.results;
      results.splice(-4, 4);
      for (const r of results) {
        const location = r.locations[0]!.physicalLocation;
        location.artifactLocation.uri = location.artifactLocation.uri.replace(`file://${scannedRoot}/`, 'file:///builds/base-checkout/');
        location.region.startLine += 3;
        r.message.text = (r.message.text ?? '').replace(/\d/g, '7').toUpperCase();
      }
    });
    const current = await readReport(currentPath, ctx);
    const base = await readReport(basePath, ctx);
    const paths = [...new Set(current.findings.map((f) => f.location.path!.slice(scannedRoot.length + 1)))];
    const changed: ChangedFile[] = paths.map((path) => ({ path, status: 'modified', additions: 1, deletions: 0, binary: false }));
    const input: ApplyInput = {
      reports: [current],
      baseline: base.findings,
      change: { files: changed },
      policy: policy({ max: ALL_LIMITED }),
      now: NOW,
      roots: [scannedRoot, '/builds/base-checkout'],
    };
    const r = applyFindingsPolicy(input);
    // The baseline drops the last 4 results (dojo/templatetags/display_tags.py:72, dojo/cred/views.py:592
    // twice, dojo/forms.py:2577): those 4, and only they, are new.
    expect(sum(r.counts)).toBe(11);
    expect(sum(r.inScope)).toBe(4);
    expect(r.overThreshold.map((f) => `${f.path}:${f.line}`).sort()).toEqual([
      'dojo/cred/views.py:592',
      'dojo/cred/views.py:592',
      'dojo/forms.py:2577',
      'dojo/templatetags/display_tags.py:72',
    ]);

    const byFile = applyFindingsPolicy({ ...input, baseline: undefined, policy: policy({ scope: 'changed-files' }) });
    expect(sum(byFile.inScope)).toBe(11);
  });
});
