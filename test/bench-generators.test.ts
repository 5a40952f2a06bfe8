/**
 * The bench's inputs are what the bench says they are: seeded (the same bytes every time), SARIF in
 * the shapes it claims (rules in extensions referenced by index, fingerprints, suppressions, baseline
 * states), GitLab reports with `scan` last, and git repositories whose change git itself counts as
 * generated. Correctness only: no test here looks at a timing.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSarif } from '../bench/generate/sarif.js';
import { generateGitlab } from '../bench/generate/gitlab.js';
import { generateRepo } from '../bench/generate/repo.js';
import { generateCodeqlSarif, generateFlatAdd, generateHistory, manyGroupsPolicy } from '../bench/generate/issue-shapes.js';
import { parsePolicy } from '../src/core/policy/parse.js';
import { median } from '../bench/measure.js';
import { ratio, verdict } from '../bench/table.js';
import { leanExecFileSync } from './helpers/lean-exec.js';

const dir = mkdtempSync(join(tmpdir(), 'gate-bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

interface Result {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id: string; index: number; toolComponent?: { index: number } };
  partialFingerprints?: Record<string, string>;
  suppressions?: unknown[];
  baselineState?: string;
  codeFlows?: unknown[];
}
interface Run {
  tool: { driver: { name: string; rules: Array<{ id: string }> }; extensions?: Array<{ rules: Array<{ id: string }> }> };
  results: Result[];
}

describe('bench SARIF generator', () => {
  it('writes the same bytes for the same seed, and others for another seed', () => {
    generateSarif(join(dir, 'a.sarif'), 500, 1);
    generateSarif(join(dir, 'b.sarif'), 500, 1);
    generateSarif(join(dir, 'c.sarif'), 500, 2);
    expect(sha(join(dir, 'a.sarif'))).toBe(sha(join(dir, 'b.sarif')));
    expect(sha(join(dir, 'a.sarif'))).not.toBe(sha(join(dir, 'c.sarif')));
  });

  it.each(['typical', 'flows'] as const)('writes valid SARIF of the claimed shape (%s)', (profile) => {
    const path = join(dir, `${profile}.sarif`);
    const generated = generateSarif(path, 2000, 3, profile);
    const bytes = readFileSync(path);
    expect(generated.bytes).toBe(bytes.length);
    const log = JSON.parse(bytes.toString('utf8')) as { version: string; runs: Run[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual(['CodeQL', 'Semgrep OSS', 'ESLint']);
    expect(log.runs.reduce((n, r) => n + r.results.length, 0)).toBe(2000);

    const [codeql, semgrep, eslint] = log.runs as [Run, Run, Run];
    for (const r of codeql.results) {
      // rule.index + rule.toolComponent.index name a rule in tool.extensions with the result's id.
      const component = codeql.tool.extensions![r.rule!.toolComponent!.index]!;
      expect(component.rules[r.rule!.index]!.id).toBe(r.ruleId);
      expect(r.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d$/);
    }
    for (const r of eslint.results) expect(eslint.tool.driver.rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    const semgrepIds = new Set(semgrep.tool.driver.rules.map((r) => r.id));
    for (const r of semgrep.results) expect(semgrepIds.has(r.ruleId!)).toBe(true);

    const all = log.runs.flatMap((r) => r.results);
    expect(all.some((r) => r.suppressions !== undefined)).toBe(true);
    expect(new Set(all.map((r) => r.baselineState).filter(Boolean))).toEqual(new Set(['new', 'unchanged', 'updated', 'absent']));
    const withFlows = codeql.results.filter((r) => r.codeFlows !== undefined).length / codeql.results.length;
    if (profile === 'flows') expect(withFlows).toBeGreaterThan(0.5);
    else expect(withFlows).toBeLessThan(0.2);
  });
});

describe('bench GitLab generator', () => {
  it('writes a SAST report with every vulnerability complete and scan last', () => {
    const path = join(dir, 'gl.json');
    generateGitlab(path, 300, 5);
    const text = readFileSync(path, 'utf8');
    const report = JSON.parse(text) as { version: string; vulnerabilities: Array<Record<string, any>>; scan: { type: string } };
    expect(Object.keys(report)).toEqual(['version', 'vulnerabilities', 'dependency_files', 'scan']);
    expect(report.scan.type).toBe('sast');
    expect(report.vulnerabilities).toHaveLength(300);
    for (const v of report.vulnerabilities) {
      expect(v.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(['Critical', 'High', 'Medium', 'Low', 'Info', 'Unknown']).toContain(v.severity);
      expect(typeof v.location.file).toBe('string');
      expect(v.identifiers.length).toBeGreaterThan(0);
    }
  });
});

describe('bench repository generator', () => {
  it('makes a change that git counts as generated: renames found, binary files flagged', () => {
    const repo = generateRepo(join(dir, 'repo'), 200, 9);
    const git = (...args: string[]): string => leanExecFileSync('git', args, { cwd: repo.dir, encoding: 'utf8' });
    const numstat = git('diff', '--numstat', '-z', repo.base, repo.head);
    const status = git('diff', '--name-status', '-M', repo.base, repo.head).trim().split('\n');
    const c = repo.changed;
    expect(status).toHaveLength(200);
    expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(200);
    expect(status.filter((l) => l.startsWith('R')).length).toBe(c.renamed + c.renamedEdited);
    expect(status.filter((l) => l.startsWith('R100')).length).toBe(c.renamed);
    expect(status.filter((l) => l.startsWith('D')).length).toBe(c.deleted);
    expect(status.filter((l) => l.startsWith('A')).length).toBe(c.added + c.binaryAdded);
    // Binary files have "-\t-" for their line counts in numstat.
    expect(numstat.split('\0').filter((t) => t.startsWith('-\t-\t')).length).toBe(c.binaryModified + c.binaryAdded);
    expect(git('rev-list', '--count', `${repo.base}..${repo.head}`).trim()).toBe('3');
  });
});

describe('bench arithmetic', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('judges a ratio against its target', () => {
    expect(ratio({ group: 'report', what: 'x', ours: 120, base: 100, unit: 'ms', target: 1.25 })).toBeCloseTo(1.2);
    expect(verdict({ group: 'report', what: 'x', ours: 120, base: 100, unit: 'ms', target: 1.25 })).toBe('met');
    expect(verdict({ group: 'report', what: 'x', ours: 130, base: 100, unit: 'ms', target: 1.25 })).toBe('MISSED');
    expect(verdict({ group: 'report', what: 'x', ours: 130, unit: 'ms' })).toBe('');
  });
});

describe('the shapes of the performance issue', () => {
  it('CodeQL-shaped SARIF: seeded, rules only in extensions, a unique message per result, the count asked for', () => {
    const a = generateCodeqlSarif(join(dir, 'codeql-a.sarif'), 301);
    const b = generateCodeqlSarif(join(dir, 'codeql-b.sarif'), 301);
    expect(sha(a.path)).toBe(sha(b.path));
    const log = JSON.parse(readFileSync(a.path, 'utf8')) as { runs: Array<{ tool: { driver: { rules: unknown[] }; extensions: Array<{ rules: unknown[] }> }; results: Array<{ message: { text: string }; rule: { toolComponent: { index: number } } }> }> };
    const results = log.runs.flatMap((r) => r.results);
    expect(results).toHaveLength(301);
    expect(log.runs.every((r) => r.tool.driver.rules.length === 0 && r.tool.extensions[0]!.rules.length === 200)).toBe(true);
    // Unique within each run (the generator numbers results per run, as the floor scripts' does).
    for (const run of log.runs) expect(new Set(run.results.map((r) => r.message.text)).size).toBe(run.results.length);
  });

  it('a commit adding one-line files: git counts the files and lines generated', () => {
    const repo = generateFlatAdd(join(dir, 'flat'), 450, 20);
    const numstat = leanExecFileSync('git', ['diff', '--numstat', repo.base, repo.head], { cwd: repo.dir, encoding: 'utf8' }).trim().split('\n');
    expect(numstat).toHaveLength(450);
    expect(numstat.every((l) => l.startsWith('1\t0\t'))).toBe(true);
    expect(new Set(numstat.map((l) => l.split('\t')[2]!.split('/')[0])).size).toBe(20);
  });

  it('a long history: git counts the commits and AI co-authored ones generated; a policy of many groups parses', () => {
    const repo = generateHistory(join(dir, 'history'), 300, 50, 5);
    const count = (args: string[]) => Number(leanExecFileSync('git', ['rev-list', '--count', ...args, `${repo.base}..${repo.head}`], { cwd: repo.dir, encoding: 'utf8' }).trim());
    expect(count([])).toBe(300);
    expect(count(['--grep', 'Co-Authored-By: Claude'])).toBe(repo.aiAssisted);
    expect(repo.aiAssisted).toBeGreaterThan(0);
    const policy = parsePolicy(manyGroupsPolicy(40), 'many.yml').policy;
    expect(Object.keys(policy['sensitive-paths']).filter((g) => g.startsWith('group-'))).toHaveLength(40);
  });
});
