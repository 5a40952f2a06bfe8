/**
 * The shapes the performance figures were first taken on, which the friendly inputs above miss:
 * - a CodeQL-shaped SARIF log (rules only in `tool.extensions`, security-severity, a unique message and
 *   path per result), byte for byte what the floor scripts' generator writes for the same count;
 * - a commit that adds 20,000 one-line files in 200 directories, judged under a policy of many path groups;
 * - a linear history of the length of a large real repository, each commit touching a few files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fastImportEnv, Stream } from './repo.js';
import { Random } from './random.js';
import { FileWriter } from './writer.js';
import type { GeneratedReport } from './sarif.js';

/** The floor scripts' generator (gen-sarif.mjs: its LCG, its fields, two runs), written to `path`. */
export function generateCodeqlSarif(path: string, n: number, runs = 2): GeneratedReport {
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const w = new FileWriter(path);
  const sev = ['9.8', '8.1', '7.5', '5.3', '3.1', '0.0'];
  const lv = ['error', 'warning', 'note'];
  const R = 200;
  w.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
  for (let r = 0; r < runs; r++) {
    const rules = Array.from({ length: R }, (_, i) => ({
      id: `js/rule-${i}`, name: `Rule${i}`, shortDescription: { text: `Rule ${i} short description` }, fullDescription: { text: 'x'.repeat(120) },
      defaultConfiguration: { level: lv[i % 3] },
      properties: i % 4 ? { tags: ['security', `external/cwe/cwe-${i}`], 'security-severity': sev[i % 6] } : { tags: ['maintainability'] },
    }));
    const tool = JSON.stringify({ tool: { driver: { name: 'CodeQL', semanticVersion: '2.19.0', rules: [] }, extensions: [{ name: 'codeql/javascript-queries', semanticVersion: '1.0.0', rules }] } });
    w.write((r ? ',' : '') + tool.slice(0, -1) + ',"results":[');
    const per = Math.floor(n / runs) + (r < n % runs ? 1 : 0);
    for (let i = 0; i < per; i++) {
      const k = Math.floor(rnd() * R);
      const res: Record<string, unknown> = {
        ruleId: `js/rule-${k}`, rule: { id: `js/rule-${k}`, index: k, toolComponent: { index: 0 } },
        message: { text: `Potential issue ${i} in value flowing from [user input](1) to sink; ${'m'.repeat(40 + (i % 60))}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: `src/module${i % 997}/file${i % 31}.js`, uriBaseId: '%SRCROOT%', index: i % 50 }, region: { startLine: 1 + (i % 4000), startColumn: 5, endColumn: 40 } } }],
        partialFingerprints: { primaryLocationLineHash: ((i * 2654435761) % 4294967296).toString(16) + ':1' },
      };
      if (i % 97 === 0) res.suppressions = [{ kind: 'inSource' }];
      if (i % 5 === 0) res.baselineState = i % 10 ? 'unchanged' : 'new';
      w.write((i ? ',' : '') + JSON.stringify(res));
    }
    w.write(']}');
  }
  w.write(']}');
  return { path, bytes: w.close(), results: n };
}

export interface ShapeRepo {
  dir: string;
  base: string;
  head: string;
}

function importStream(dir: string, s: Stream): (rev: string) => string {
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: s.bytes(), maxBuffer: 1 << 30, env: fastImportEnv() });
  return (rev) => execFileSync('git', ['rev-parse', rev], { cwd: dir, encoding: 'utf8' }).trim();
}

/** A base with a README, and one commit adding `files` one-line files spread over `dirs` directories. */
export function generateFlatAdd(dir: string, files: number, dirs: number): ShapeRepo {
  const s = new Stream();
  const t0 = 1_700_000_000;
  const base = s.commit('refs/heads/main', 'Base\n', t0, undefined, [`M 100644 :${s.blob(Buffer.from('# repo\n'))} README.md`]);
  s.reset('refs/tags/bench-base', base);
  const ops: string[] = [];
  for (let i = 0; i < files; i++) ops.push(`M 100644 :${s.blob(Buffer.from(`line ${i}\n`))} d${i % dirs}/f${i}.txt`);
  s.commit('refs/heads/main', `Add ${files} files\n`, t0 + 60, base, ops);
  const rev = importStream(dir, s);
  return { dir, base: rev('bench-base'), head: rev('main') };
}

/**
 * `commits` commits on one line, each editing one to four of `files` files (a large real repository's
 * history: 82,000 commits of a few files each), one in thirty with an AI co-author trailer.
 */
export function generateHistory(dir: string, commits: number, files: number, seed: number): ShapeRepo & { aiAssisted: number } {
  const r = new Random(seed);
  const s = new Stream();
  const t0 = 1_500_000_000;
  const contents: number[] = new Array<number>(files).fill(0);
  const path = (i: number): string => `src/pkg${i % 300}/module_${i}.c`;
  const baseOps: string[] = [];
  for (let i = 0; i < files; i++) baseOps.push(`M 100644 :${s.blob(Buffer.from(`/* ${i} */\nint v${i} = 0;\n`))} ${path(i)}`);
  let parent = s.commit('refs/heads/main', 'Initial import\n', t0, undefined, baseOps);
  const root = parent;
  s.reset('refs/tags/bench-base', root);
  let aiAssisted = 0;
  for (let c = 0; c < commits; c++) {
    const ops: string[] = [];
    for (let k = r.int(1, 4); k > 0; k--) {
      const f = r.int(0, files - 1);
      contents[f]! += 1;
      const body = Array.from({ length: 2 + (contents[f]! % 7) }, (_, j) => `int v${f}_${j} = ${contents[f]! + j};`).join('\n');
      ops.push(`M 100644 :${s.blob(Buffer.from(`/* ${f} */\n${body}\n`))} ${path(f)}`);
    }
    const ai = r.chance(1 / 30);
    if (ai) aiAssisted += 1;
    const message = `${r.words(r.int(3, 9))}\n\n${r.words(r.int(10, 40))}\n${ai ? '\nCo-Authored-By: Claude <noreply@anthropic.com>\n' : ''}`;
    parent = s.commit('refs/heads/main', message, t0 + 600 * (c + 1), parent, ops);
  }
  const rev = importStream(dir, s);
  return { dir, base: rev('bench-base'), head: rev('main'), aiAssisted };
}

/** A policy whose sensitive paths are `groups` groups of a few globs and words each. */
export function manyGroupsPolicy(groups: number): string {
  const lines = ['version: 1', 'sensitive-paths:'];
  for (let g = 0; g < groups; g++) {
    lines.push(`  group-${g}:`, '    points: 5', `    paths: ['**/area${g}/**', '**/*.kind${g}', '**/service${g}-*.yaml']`, `    words: [topic${g}]`);
  }
  return lines.join('\n') + '\n';
}
