/**
 * The component file itself: valid for GitLab (its CI JSON Schema, YAML 1.1 as GitLab's parser reads
 * it), consistent with what the adapter accepts, and a script that turns inputs into a command line
 * without letting any input become shell code.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../../helpers/corpus.js';
import { APPROVAL_RULES_MODES, COMMENT_MODES, DEFAULT_CODE_QUALITY_FILE, DEFAULT_DOTENV_FILE, DEFAULT_SUMMARY_FILE, SETTING_VARIABLES, VARIABLE_NAME } from '../../../src/platform/gitlab/options.js';
import { DEFAULT_AUDIT_FILE, DEFAULT_STATEMENT_FILE } from '../../../src/gather/options.js';
import { gitlabCiValidator } from './ci-schema.js';
import { leanSpawnSync } from '../../helpers/lean-exec.js';

const TEMPLATE = join(projectRoot, 'templates/ai-governance-gate.yml');
const text = readFileSync(TEMPLATE, 'utf8');
const [header, body] = loadAll(text, { schema: YAML11_SCHEMA }) as [any, any];
const inputs: Record<string, any> = header.spec.inputs;
const jobKey = '$[[ inputs.job-name ]]';
const job = body[jobKey];
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

/** The component context a released include gets (GitLab 18.6+): the commit and the version. */
const CONTEXT = { sha: 'c0ffee0000000000000000000000000000000000', version: pkg.version };

/** Substitutes inputs and component context the way GitLab does inside string values. */
function interpolate(doc: unknown, values: Record<string, unknown>, context: Record<string, string> = CONTEXT): any {
  const json = JSON.stringify(doc)
    .replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`no value for input ${name}`);
      return JSON.stringify(String(values[name])).slice(1, -1);
    })
    .replace(/\$\[\[\s*component\.(\w+)\s*\]\]/g, (_, field: string) => {
      if (!header.spec.component.includes(field)) throw new Error(`component.${field} is used but not declared in spec:component`);
      return context[field] ?? '';
    });
  return JSON.parse(json);
}

const defaults = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default]));

describe('templates/ai-governance-gate.yml', () => {
  it('is a catalog component: a spec header, then the gate\'s job and its signing job', () => {
    expect(loadAll(text, { schema: YAML11_SCHEMA })).toHaveLength(2);
    expect(Object.keys(header)).toEqual(['spec']);
    expect(Object.keys(body)).toEqual([jobKey, `${jobKey}-sign`]);
  });

  it('is valid against GitLab\'s CI JSON Schema, before and after interpolation', () => {
    const validate = gitlabCiValidator();
    // spec:component (GitLab 18.6) is newer than the schema gitlab-ci-local ships; the rest of the
    // header is checked against it, and the component fields against the ones GitLab offers.
    const { component, ...specRest } = header.spec;
    expect(validate({ spec: specRest })).toEqual([]);
    expect(component.length).toBeGreaterThan(0);
    for (const field of component) expect(['name', 'sha', 'version', 'reference']).toContain(field);
    expect(validate(body)).toEqual([]);
    expect(validate(interpolate(body, defaults))).toEqual([]);
    // The validator is not vacuous: GitLab rejects these.
    expect(validate({ spec: { inputs: { x: { type: 'boolean', default: 'yes' } } } })).not.toEqual([]);
    expect(validate({ spec: { description: 'x' } })).not.toEqual([]);
    expect(validate({ job: { script: 'x', artifacts: { when: 'sometimes' } } })).not.toEqual([]);
  });

  it('describes every input, declares every input it uses, and uses every input it declares', () => {
    for (const [name, spec] of Object.entries(inputs)) {
      expect([name, typeof spec.description]).toEqual([name, 'string']);
      expect(spec.description.length).toBeLessThanOrEqual(1024);
      expect(spec).toHaveProperty('default');
    }
    const used = new Set([...JSON.stringify(body).matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(inputs).sort());
  });

  it('reads as GitLab reads YAML 1.1: no choice or default silently becomes a boolean', () => {
    for (const [name, spec] of Object.entries(inputs)) {
      const type = spec.type ?? 'string';
      const expected = type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'string';
      expect([name, typeof spec.default]).toEqual([name, expected]);
      for (const option of spec.options ?? []) expect([name, typeof option]).toEqual([name, 'string']);
      if (spec.options) expect(spec.options).toContain(spec.default);
      if (spec.regex) expect([name, new RegExp(spec.regex).test(spec.default)]).toEqual([name, true]);
    }
  });

  it('offers exactly the choices the adapter accepts', () => {
    expect(inputs.comment.options).toEqual([...COMMENT_MODES]);
    expect(inputs['approval-rules'].options).toEqual([...APPROVAL_RULES_MODES]);
    expect(inputs['token-variable'].regex).toBe(VARIABLE_NAME.source);
    expect(inputs['token-variable'].default).toBe('GITLAB_TOKEN');
    expect(inputs.comment.default).toBe('always');
  });

  it('pins the npm route to this release', () => {
    expect(inputs.version.default).toBe(pkg.version);
  });

  it('runs on merge request pipelines, and on the default branch only when asked', () => {
    expect(job.rules[0]).toEqual({ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' });
    expect(job.rules).toHaveLength(2);
    expect(interpolate(job.rules[1], { 'default-branch': false }).if).toMatch(/^"false" == "true" && /);
    expect(job.rules[1].if).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
  });

  it('clones the whole history and keeps its record even when it fails', () => {
    expect(job.variables.GIT_DEPTH).toBe('0');
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.paths).toEqual([DEFAULT_AUDIT_FILE, DEFAULT_STATEMENT_FILE, DEFAULT_SUMMARY_FILE, DEFAULT_CODE_QUALITY_FILE]);
    expect(job.artifacts.reports).toEqual({ codequality: DEFAULT_CODE_QUALITY_FILE, dotenv: DEFAULT_DOTENV_FILE });
    expect(job.variables[SETTING_VARIABLES.codeQualityFile]).toBe(DEFAULT_CODE_QUALITY_FILE);
    expect(job.variables[SETTING_VARIABLES.dotenvFile]).toBe(DEFAULT_DOTENV_FILE);
  });

  it('hands the GitLab-only inputs to the adapter under the variable names it reads', () => {
    expect(job.variables[SETTING_VARIABLES.comment]).toBe('$[[ inputs.comment ]]');
    expect(job.variables[SETTING_VARIABLES.approvalRules]).toBe('$[[ inputs.approval-rules ]]');
    expect(job.variables[SETTING_VARIABLES.tokenVariable]).toBe('$[[ inputs.token-variable ]]');
    // Inputs reach the script only through variables: none is spliced into shell code.
    expect(JSON.stringify(job.script)).not.toContain('$[[');
  });

  describe('its script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-script-'));
    const bin = join(dir, 'bin');
    const work = join(dir, 'work');
    const argsFile = join(dir, 'args');
    const calls = join(dir, 'calls');
    mkdirSync(bin);
    mkdirSync(join(work, 'reports'), { recursive: true });
    // A file the report glob would match if the shell expanded it.
    writeFileSync(join(work, 'reports/a.sarif'), '{}');
    const script = join(dir, 'script.sh');
    writeFileSync(script, job.script.join('\n'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** A stand-in gate: answers --version with `version` (or fails it), records any other call's arguments. */
    const gate = (version = pkg.version, startsOk = true) =>
      `#!/bin/sh\nif [ "$1" = --version ]; then ${startsOk ? `echo ${version}` : "echo 'SyntaxError: Unexpected token' >&2; exit 1"}; exit 0; fi\nprintf '%s\\n' "$(basename "$0")" "$@" > "${argsFile}"\n`;
    /** A stand-in npm: records its arguments; `install` puts a stand-in gate in the prefix, or fails as for a missing package. */
    const npm = (published: boolean) =>
      `#!/bin/sh\nprintf '%s\\n' "$@" >> "${calls}"\n[ "$1" = config ] && { echo http://registry.example.test/; exit 0; }\n` +
      (published
        ? `prefix=$3; mkdir -p "$prefix/node_modules/.bin"; cat > "$prefix/node_modules/.bin/ai-governance-gate" <<'EOF'\n${gate()}EOF\nchmod +x "$prefix/node_modules/.bin/ai-governance-gate"\n`
        : `echo "npm error 404 Not Found - GET http://registry.example.test/ai-governance-gate - Not found" >&2; exit 1\n`);

    /**
     * Runs the job's script with the inputs and component context interpolated into its variables, in an
     * image whose commands are `tools` (stand-ins written to bin/) plus, when `system` is true, this
     * machine's (node, git, mktemp).
     */
    function run(values: Record<string, string>, tools: Record<string, string> = { 'ai-governance-gate': gate() }, opts: { system?: boolean; context?: Record<string, string>; env?: Record<string, string> } = {}) {
      rmSync(argsFile, { force: true });
      rmSync(calls, { force: true });
      for (const t of ['ai-governance-gate', 'npm', 'git']) rmSync(join(bin, t), { force: true });
      for (const [name, body] of Object.entries(tools)) {
        writeFileSync(join(bin, name), body);
        chmodSync(join(bin, name), 0o755);
      }
      const env: Record<string, string> = { PATH: opts.system === false ? bin : `${bin}:/usr/local/bin:/usr/bin:/bin`, ...opts.env };
      for (const [k, v] of Object.entries(job.variables as Record<string, string>)) env[k] = String(interpolate(v, { ...defaults, ...values }, opts.context));
      const r = leanSpawnSync('/bin/sh', [script], { cwd: work, env, encoding: 'utf8' });
      const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').split('\n').slice(0, -1) : undefined;
      const called = existsSync(calls) ? readFileSync(calls, 'utf8') : '';
      return { code: r.status, stdout: r.stdout, stderr: r.stderr, args, called };
    }

    it('with the defaults, runs the image\'s command with only the output files', () => {
      const r = run({});
      expect(r.code).toBe(0);
      expect(r.args).toEqual(['ai-governance-gate', '--audit-file', DEFAULT_AUDIT_FILE, '--statement-file', DEFAULT_STATEMENT_FILE, '--summary-file', DEFAULT_SUMMARY_FILE]);
      expect(r.stdout).toContain(`ai-governance-gate ${pkg.version}, image route`);
    });

    it('passes policy, report globs and mode verbatim, unexpanded by the shell', () => {
      const r = run({ policy: 'ci/policy.yml', reports: 'reports/*.sarif,gl-sast-report.json', baseline: 'base/*.json', plans: 'plans/*.json', mode: 'warn' });
      expect(r.code).toBe(0);
      expect(r.args).toEqual([
        'ai-governance-gate',
        '--audit-file', DEFAULT_AUDIT_FILE,
        '--statement-file', DEFAULT_STATEMENT_FILE,
        '--summary-file', DEFAULT_SUMMARY_FILE,
        '--policy', 'ci/policy.yml',
        '--reports', 'reports/*.sarif,gl-sast-report.json',
        '--baseline', 'base/*.json',
        '--plans', 'plans/*.json',
        '--mode', 'warn',
      ]);
    });

    it('never runs an input as a command', () => {
      const r = run({ reports: '$(touch pwned);`touch pwned2`', policy: '"; touch pwned3; "' });
      expect(r.code).toBe(0);
      expect(r.args).toContain('$(touch pwned);`touch pwned2`');
      expect(r.args).toContain('"; touch pwned3; "');
      for (const f of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(work, f))).toBe(false);
    });

    it('notes when the image runs another version than the component was released with', () => {
      const r = run({}, { 'ai-governance-gate': gate('9.9.9') });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`this is component ${pkg.version} but the gate is 9.9.9`);
      // Included by a commit or a branch, there is no released version to compare.
      expect(run({}, { 'ai-governance-gate': gate('9.9.9') }, { context: { sha: CONTEXT.sha, version: '' } }).stderr).toBe('');
    });

    it('auto without the command takes the bundle route, which stops with exit 2 until it knows the gate\'s project', () => {
      const r = run({}, {});
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('the bundle route needs the path of the project that hosts this component');
      expect(r.stderr).toContain('set the input gate-project');
    });

    it('bundle route: a fetch the job token may not make is exit 2 naming the allowlist, and the token never reaches an argument', () => {
      const git = `#!/bin/sh\nprintf '%s\\n' "$@" >> "${calls}"\ncase " $* " in *" fetch "*) echo "fatal: Authentication failed" >&2; exit 128 ;; esac\nexec /usr/bin/git "$@"\n`;
      const r = run({ 'gate-project': 'tools/ai-governance-gate' }, { git }, { env: { CI_JOB_TOKEN: 'job-token-secret', CI_SERVER_HOST: 'gitlab.example.test', CI_SERVER_PORT: '443' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`could not fetch tools/ai-governance-gate at ${CONTEXT.sha} from https://gitlab.example.test:443/tools/ai-governance-gate.git`);
      expect(r.stderr).toContain('Job token permissions');
      expect(r.called).toContain(CONTEXT.sha);
      expect(r.called + r.stdout + r.stderr).not.toContain('job-token-secret');
    });

    it('bundle route without the component context (GitLab before 18.6) is exit 2', () => {
      const r = run({ 'gate-project': 'tools/ai-governance-gate' }, {}, { context: { sha: '', version: '' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('GitLab 18.6 or later');
    });

    it('npm route installs the version input and runs it', () => {
      const r = run({ runner: 'npm', version: '9.8.7' }, { npm: npm(true) });
      expect(r.code).toBe(0);
      expect(r.called).toContain('ai-governance-gate@9.8.7');
      expect(r.args![0]).toBe('ai-governance-gate');
      expect(r.args!.slice(1, 3)).toEqual(['--audit-file', DEFAULT_AUDIT_FILE]);
    });

    it('npm route with a version the registry does not have is exit 2, never 1', () => {
      const r = run({ runner: 'npm' }, { npm: npm(false) });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`npm could not install ai-governance-gate@${pkg.version} from http://registry.example.test/`);
      expect(r.stderr).toContain('runner: bundle');
    });

    it('a gate that cannot even load is exit 2 with its error, never 1', () => {
      const r = run({}, { 'ai-governance-gate': gate(pkg.version, false) });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('SyntaxError: Unexpected token');
      expect(r.args).toBeUndefined();
    });

    it('an image without node is exit 2 that says which image to use', () => {
      const r = run({}, { 'ai-governance-gate': gate() }, { system: false });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('has no node');
    });

    it('runner image without the command stops with exit 2 and says what to change', () => {
      const r = run({ runner: 'image' }, {});
      expect(r.code).toBe(2);
      expect(r.args).toBeUndefined();
      expect(r.stderr).toContain("runner is 'image' but the image");
      expect(r.stderr).toContain('set runner: bundle');
    });
  });
});
