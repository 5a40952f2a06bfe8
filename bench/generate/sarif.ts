/**
 * CodeQL-, Semgrep- and ESLint-shaped SARIF in one log, as a CI job that merges several scanners writes
 * it: three runs; CodeQL rules live in `tool.extensions` and results point at them with `rule.index` +
 * `rule.toolComponent.index`; artifacts and `originalUriBaseIds`; partial fingerprints; long messages
 * with placeholders; code flows; suppressions; baseline states. Results are written one per line.
 */
import { FileWriter } from './writer.js';
import { Random } from './random.js';

export interface GeneratedReport {
  path: string;
  bytes: number;
  results: number;
}

const LEVELS = ['error', 'warning', 'note'] as const;
const BASELINE = ['new', 'unchanged', 'updated', 'absent'] as const;
const DIRS = ['src', 'src/api', 'src/db', 'lib/util', 'app/controllers', 'app/models', 'web/static/js', 'internal/auth'];
const EXTS = ['.js', '.ts', '.py', '.go', '.java', '.rb'];

/** Share of results per run: CodeQL, Semgrep, ESLint. */
const RUN_SHARE = [0.6, 0.3, 0.1];

function filePaths(r: Random, count: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) paths.push(`${r.pick(DIRS)}/module_${i}_${r.hex(4)}${r.pick(EXTS)}`);
  return paths;
}

function codeqlRules(r: Random, count: number): object[] {
  const rules: object[] = [];
  for (let i = 0; i < count; i++) {
    const level = r.pick(LEVELS);
    rules.push({
      id: `js/query-${i}`,
      name: `js/query-${i}`,
      shortDescription: { text: r.words(6) },
      fullDescription: { text: r.words(30) },
      defaultConfiguration: { enabled: true, level },
      help: { text: r.words(120), markdown: `# ${r.words(4)}\n\n${r.words(120)}` },
      properties: {
        tags: ['security', `external/cwe/cwe-${r.int(20, 900)}`],
        kind: 'path-problem',
        precision: r.pick(['high', 'medium', 'very-high']),
        'security-severity': r.chance(0.7) ? (r.next() * 10).toFixed(1) : undefined,
        'problem.severity': level,
      },
    });
  }
  return rules;
}

function plainRules(r: Random, prefix: string, count: number, withSecuritySeverity: boolean): object[] {
  const rules: object[] = [];
  for (let i = 0; i < count; i++) {
    rules.push({
      id: `${prefix}.rule-${i}`,
      name: `${prefix}.rule-${i}`,
      shortDescription: { text: r.words(5) },
      fullDescription: { text: r.words(25) },
      defaultConfiguration: { level: r.pick(LEVELS) },
      messageStrings: { default: { text: `${r.words(8)} {0} ${r.words(4)} {1}.` } },
      properties: withSecuritySeverity ? { 'security-severity': String(r.int(1, 9)), precision: 'high' } : { category: 'Best Practices' },
    });
  }
  return rules;
}

function region(r: Random): object {
  const startLine = r.int(1, 4000);
  return { startLine, startColumn: r.int(1, 80), endLine: startLine + r.int(0, 3), endColumn: r.int(1, 120) };
}

function physical(r: Random, paths: string[], withIndex: boolean): object {
  const index = r.int(0, paths.length - 1);
  const artifactLocation = withIndex ? { uri: paths[index], uriBaseId: '%SRCROOT%', index } : { uri: paths[index] };
  return { physicalLocation: { artifactLocation, region: region(r) } };
}

function codeFlow(r: Random, paths: string[]): object {
  const steps = r.int(3, 6);
  const locations: object[] = [];
  for (let i = 0; i < steps; i++) locations.push({ location: { ...physical(r, paths, true), message: { text: r.words(3) } } });
  return { threadFlows: [{ locations }] };
}

/**
 * `typical` is a mixed CI merge (about 670 bytes a result). `flows` is a CodeQL data-flow run, where most
 * results carry their path from source to sink — the shape that makes real SARIF files reach gigabytes
 * (about 1.5 KB a result).
 */
export type SarifProfile = 'typical' | 'flows';

function codeqlResult(r: Random, rules: number, paths: string[], profile: SarifProfile): object {
  const index = r.int(0, rules - 1);
  const long = r.chance(0.05);
  const result: Record<string, unknown> = {
    ruleId: `js/query-${index}`,
    rule: { id: `js/query-${index}`, index, toolComponent: { index: 0 } },
    message: { text: `${r.words(long ? 120 : 12)} [${r.words(2)}](1) ${r.words(4)} [${r.words(1)}](2).` },
    locations: [physical(r, paths, true)],
    partialFingerprints: { primaryLocationLineHash: `${r.hex(16)}:${r.int(1, 3)}`, primaryLocationStartColumnFingerprint: String(r.int(0, 40)) },
  };
  if (r.chance(profile === 'flows' ? 0.7 : 0.08)) result.codeFlows = [codeFlow(r, paths)];
  if (r.chance(0.1)) result.relatedLocations = [{ id: 1, ...physical(r, paths, true), message: { text: r.words(2) } }];
  if (r.chance(0.03)) result.suppressions = [{ kind: 'inSource', status: r.pick(['accepted', 'underReview']) }];
  if (r.chance(0.5)) result.baselineState = r.pick(BASELINE);
  return result;
}

function semgrepResult(r: Random, rules: number, paths: string[]): object {
  const index = r.int(0, rules - 1);
  const result: Record<string, unknown> = {
    ruleId: `semgrep.rule-${index}`,
    message: { text: r.words(r.int(10, 40)) },
    locations: [physical(r, paths, false)],
    fingerprints: { 'matchBasedId/v1': r.hex(64) },
    properties: {},
  };
  if (r.chance(0.4)) result.level = r.pick(LEVELS);
  if (r.chance(0.03)) result.suppressions = [{ kind: 'inSource' }];
  return result;
}

function eslintResult(r: Random, rules: number, paths: string[]): object {
  const ruleIndex = r.int(0, rules - 1);
  return {
    level: r.pick(LEVELS),
    message: { id: 'default', arguments: [r.words(1), r.words(1)] },
    ruleId: `eslint.rule-${ruleIndex}`,
    ruleIndex,
    locations: [{ physicalLocation: { artifactLocation: { uri: `file:///home/runner/work/app/app/${r.pick(paths)}`, index: 0 }, region: region(r) } }],
  };
}

export function generateSarif(path: string, results: number, seed: number, profile: SarifProfile = 'typical'): GeneratedReport {
  const r = new Random(seed);
  const out = new FileWriter(path);
  const paths = filePaths(r, Math.max(20, Math.min(20_000, Math.ceil(results / 20))));
  out.write('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n');

  const shares = profile === 'flows' ? [0.9, 0.08, 0.02] : RUN_SHARE;
  const counts = shares.map((share) => Math.floor(results * share));
  counts[0]! += results - counts.reduce((a, b) => a + b, 0);
  const codeqlRuleCount = 300;
  const runs = [
    {
      head: {
        tool: {
          driver: { name: 'CodeQL', organization: 'GitHub', semanticVersion: '2.17.0', rules: [] },
          extensions: [
            { name: 'codeql/javascript-queries', semanticVersion: '0.8.0', rules: codeqlRules(r, codeqlRuleCount) },
            { name: 'codeql/javascript-all', semanticVersion: '0.9.0', rules: [] },
          ],
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: [] }],
        artifacts: paths.map((uri, index) => ({ location: { uri, uriBaseId: '%SRCROOT%', index } })),
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///home/runner/work/app/app/' } },
      },
      result: () => codeqlResult(r, codeqlRuleCount, paths, profile),
      tail: { columnKind: 'utf16CodeUnits', properties: { semmle: { formatSpecifier: 'sarif-latest' } } },
    },
    {
      head: { tool: { driver: { name: 'Semgrep OSS', semanticVersion: '1.74.0', rules: plainRules(r, 'semgrep', 400, true) } }, invocations: [{ executionSuccessful: true }] },
      result: () => semgrepResult(r, 400, paths),
      tail: {},
    },
    {
      head: { tool: { driver: { name: 'ESLint', informationUri: 'https://eslint.org', rules: plainRules(r, 'eslint', 120, false) } }, artifacts: [{ location: { uri: 'file:///home/runner/work/app/app/index.js' } }] },
      result: () => eslintResult(r, 120, paths),
      tail: {},
    },
  ];

  runs.forEach((run, i) => {
    const head = JSON.stringify(run.head);
    out.write(`    ${head.slice(0, -1)},\n      "results": [\n`);
    const n = counts[i]!;
    for (let j = 0; j < n; j++) out.write(`        ${JSON.stringify(run.result())}${j + 1 < n ? ',' : ''}\n`);
    const tail = JSON.stringify(run.tail);
    out.write(`      ]${tail === '{}' ? '' : `,${tail.slice(1, -1)}`}\n    }${i + 1 < runs.length ? ',' : ''}\n`);
  });
  out.write('  ]\n}\n');
  return { path, bytes: out.close(), results };
}
