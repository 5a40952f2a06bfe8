/**
 * Real scanners, real SARIF: ESLint (with eslint-plugin-security) and secretlint run over the fixtures in
 * test/fixtures/scanners, write SARIF into a temporary folder, and readReport must find what each
 * scanner's own JSON output (a second run, the independent oracle) says it found.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { readReport } from '../../src/gather/reports/load.js';
import type { LoadedReport } from '../../src/core/findings/report.js';
import type { Severity } from '../../src/core/model.js';
import { projectRoot } from '../helpers/corpus.js';
import { leanSpawnSync } from '../helpers/lean-exec.js';

const require = createRequire(import.meta.url);
const fixtures = join(projectRoot, 'test', 'fixtures', 'scanners');
const ctx = { secretSeverity: 'high' as const };
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'gate-scanners-'));
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** The script a package's `bin` names, run with this Node, so no PATH or shell is involved. */
function binOf(pkg: string): string {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0]!;
  return join(dirname(manifestPath), bin);
}

/** Runs a scanner; exit 1 means "found something", which is what the fixtures are for. */
function scan(pkg: string, args: string[], cwd: string): string {
  const run = leanSpawnSync(process.execPath, [binOf(pkg), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${pkg} exited ${String(run.status)}: ${run.stderr}`);
  return run.stdout;
}

interface Seen {
  rule: string;
  path: string | undefined;
  startLine: number | undefined;
  endLine: number | undefined;
  severity: Severity;
  suppressed: boolean;
  message: string;
}

function byPlace(a: Seen, b: Seen): number {
  return `${a.path}:${String(a.startLine).padStart(6)}:${a.rule}`.localeCompare(`${b.path}:${String(b.startLine).padStart(6)}:${b.rule}`);
}

function seen(report: LoadedReport): Seen[] {
  return report.findings
    .map((f) => ({ rule: f.rule, path: f.location.path, startLine: f.location.startLine, endLine: f.location.endLine, severity: f.severity, suppressed: f.suppressed, message: f.message }))
    .sort(byPlace);
}

describe('ESLint with @microsoft/eslint-formatter-sarif', () => {
  const dir = join(fixtures, 'eslint');
  interface EslintMessage {
    ruleId: string;
    severity: 1 | 2;
    message: string;
    line: number;
    endLine?: number;
  }
  interface EslintFile {
    filePath: string;
    messages: EslintMessage[];
    suppressedMessages: EslintMessage[];
  }
  let report: LoadedReport;
  let oracle: Seen[];

  beforeAll(async () => {
    const common = ['--config', 'eslint.config.mjs', '--no-warn-ignored', 'src'];
    const sarifPath = join(out, 'eslint.sarif');
    scan('eslint', [...common, '--format', '@microsoft/eslint-formatter-sarif', '--output-file', sarifPath], dir);
    report = await readReport(sarifPath, ctx);

    const json = JSON.parse(scan('eslint', [...common, '--format', 'json'], dir)) as EslintFile[];
    // ESLint severity 2 is SARIF level "error" (→ high), 1 is "warning" (→ medium), per the documented mapping.
    const toSeen = (file: EslintFile, m: EslintMessage, suppressed: boolean): Seen => ({
      rule: m.ruleId,
      path: file.filePath,
      startLine: m.line,
      endLine: m.endLine ?? m.line,
      severity: m.severity === 2 ? 'high' : 'medium',
      suppressed,
      message: m.message,
    });
    oracle = json.flatMap((file) => [...file.messages.map((m) => toSeen(file, m, false)), ...file.suppressedMessages.map((m) => toSeen(file, m, true))]).sort(byPlace);
  });

  it('produced the findings the fixture was written for', () => {
    const unsafe = join(dir, 'src', 'unsafe.js');
    expect(oracle.map((o) => [o.rule, o.path, o.startLine, o.suppressed])).toEqual([
      ['no-eval', unsafe, 5, false],
      ['security/detect-eval-with-expression', unsafe, 5, false],
      ['security/detect-non-literal-fs-filename', unsafe, 9, false],
      ['security/detect-non-literal-regexp', unsafe, 13, false],
      ['no-eval', unsafe, 18, true],
      ['security/detect-eval-with-expression', unsafe, 18, false],
    ]);
  });

  it('reads the SARIF into the same findings ESLint reported as JSON', () => {
    expect(report.format).toBe('sarif');
    expect(report.tool).toBe('ESLint');
    expect(report.results).toBe(oracle.length);
    expect(seen(report)).toEqual(oracle);
  });
});

describe('secretlint with @secretlint/secretlint-formatter-sarif', () => {
  const dir = join(fixtures, 'secrets');
  interface SecretlintMessage {
    ruleId: string;
    ruleParentId?: string;
    message: string;
    loc: { start: { line: number }; end: { line: number } };
    severity: string;
  }
  let report: LoadedReport;
  let oracle: Seen[];

  beforeAll(async () => {
    const common = ['config/**/*', '--secretlintrc', '.secretlintrc.json', '--no-color'];
    const sarifPath = join(out, 'secretlint.sarif');
    scan('secretlint', [...common, '--format', '@secretlint/secretlint-formatter-sarif', '--output', sarifPath], dir);
    report = await readReport(sarifPath, ctx);

    const json = JSON.parse(scan('secretlint', [...common, '--format', 'json'], dir)) as Array<{ filePath: string; messages: SecretlintMessage[] }>;
    oracle = json
      .flatMap((file) =>
        file.messages.map((m): Seen => ({
          // The SARIF formatter names a preset's rule "preset > rule" and writes paths relative to the working directory.
          rule: m.ruleParentId === undefined ? m.ruleId : `${m.ruleParentId} > ${m.ruleId}`,
          path: relative(dir, file.filePath),
          startLine: m.loc.start.line,
          endLine: m.loc.end.line,
          severity: m.severity === 'error' ? 'high' : 'medium',
          suppressed: false,
          message: m.message,
        })),
      )
      .sort(byPlace);
  });

  it('produced the findings the fixture was written for', () => {
    expect(oracle.map((o) => [o.rule.split(' > ').pop(), o.path, o.startLine])).toEqual([
      ['@secretlint/secretlint-rule-aws', 'config/credentials.ini', 3],
      ['@secretlint/secretlint-rule-aws', 'config/credentials.ini', 4],
      ['@secretlint/secretlint-rule-privatekey', 'config/deploy-key.pem', 1],
    ]);
  });

  it('reads the SARIF into the same findings secretlint reported as JSON', () => {
    expect(report.format).toBe('sarif');
    expect(report.tool).toBe('secretlint');
    expect(report.results).toBe(oracle.length);
    expect(seen(report)).toEqual(oracle);
  });
});
