/**
 * The component file itself: valid for GitLab (its CI JSON Schema, YAML 1.1 as GitLab's parser reads
 * it), consistent with what the adapter accepts, and a script that turns inputs into a command line
 * without letting any input become shell code.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../../helpers/corpus.js';
import { APPROVAL_RULES_MODES, COMMENT_MODES, DEFAULT_CODE_QUALITY_FILE, DEFAULT_DOTENV_FILE, DEFAULT_SUMMARY_FILE, SETTING_VARIABLES, VARIABLE_NAME } from '../../../src/platform/gitlab/options.js';
import { DEFAULT_AUDIT_FILE } from '../../../src/gather/options.js';
import { gitlabCiValidator } from './ci-schema.js';

const TEMPLATE = join(projectRoot, 'templates/ai-governance-gate.yml');
const text = readFileSync(TEMPLATE, 'utf8');
const [header, body] = loadAll(text, { schema: YAML11_SCHEMA }) as [any, any];
const inputs: Record<string, any> = header.spec.inputs;
const jobKey = '$[[ inputs.job-name ]]';
const job = body[jobKey];
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

/** Substitutes inputs the way GitLab does inside string values. */
function interpolate(doc: unknown, values: Record<string, unknown>): any {
  const json = JSON.stringify(doc).replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for input ${name}`);
    return JSON.stringify(String(values[name])).slice(1, -1);
  });
  return JSON.parse(json);
}

const defaults = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default]));

describe('templates/ai-governance-gate.yml', () => {
  it('is a catalog component: a spec header, then one job', () => {
    expect(loadAll(text, { schema: YAML11_SCHEMA })).toHaveLength(2);
    expect(Object.keys(header)).toEqual(['spec']);
    expect(Object.keys(body)).toEqual([jobKey]);
  });

  it('is valid against GitLab\'s CI JSON Schema, before and after interpolation', () => {
    const validate = gitlabCiValidator();
    expect(validate(header)).toEqual([]);
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
    expect(job.artifacts.paths).toEqual([DEFAULT_AUDIT_FILE, DEFAULT_SUMMARY_FILE, DEFAULT_CODE_QUALITY_FILE]);
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
    mkdirSync(bin);
    mkdirSync(join(work, 'reports'), { recursive: true });
    // A file the report glob would match if the shell expanded it.
    writeFileSync(join(work, 'reports/a.sarif'), '{}');
    const recorder = `#!/bin/sh\nprintf '%s\\n' "$(basename "$0")" "$@" > "${argsFile}"\n`;
    const script = join(dir, 'script.sh');
    writeFileSync(script, job.script.join('\n'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    function run(values: Record<string, string>, tools: string[] = ['ai-governance-gate']) {
      rmSync(argsFile, { force: true });
      for (const t of ['ai-governance-gate', 'npx']) rmSync(join(bin, t), { force: true });
      for (const t of tools) {
        writeFileSync(join(bin, t), recorder);
        chmodSync(join(bin, t), 0o755);
      }
      const env: Record<string, string> = { PATH: `${bin}:/usr/local/bin:/usr/bin:/bin` };
      for (const [k, v] of Object.entries(job.variables as Record<string, string>)) env[k] = String(interpolate(v, { ...defaults, ...values }));
      const r = spawnSync('sh', [script], { cwd: work, env, encoding: 'utf8' });
      const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').split('\n').slice(0, -1) : undefined;
      return { code: r.status, stderr: r.stderr, args };
    }

    it('with the defaults, runs the image\'s command with only the output files', () => {
      const r = run({});
      expect(r.code).toBe(0);
      expect(r.args).toEqual(['ai-governance-gate', '--audit-file', DEFAULT_AUDIT_FILE, '--summary-file', DEFAULT_SUMMARY_FILE]);
    });

    it('passes policy, report globs and mode verbatim, unexpanded by the shell', () => {
      const r = run({ policy: 'ci/policy.yml', reports: 'reports/*.sarif,gl-sast-report.json', baseline: 'base/*.json', plans: 'plans/*.json', mode: 'warn' });
      expect(r.code).toBe(0);
      expect(r.args).toEqual([
        'ai-governance-gate',
        '--audit-file', DEFAULT_AUDIT_FILE,
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

    it('auto falls back to npm when the image has no gate command, pinned to the version input', () => {
      const r = run({}, ['npx']);
      expect(r.code).toBe(0);
      expect(r.args!.slice(0, 3)).toEqual(['npx', '--yes', `ai-governance-gate@${pkg.version}`]);
      const pinned = run({ runner: 'npm', version: '9.8.7' }, ['npx', 'ai-governance-gate']);
      expect(pinned.args!.slice(0, 3)).toEqual(['npx', '--yes', 'ai-governance-gate@9.8.7']);
    });

    it('runner image without the command stops with exit 2 and says what to change', () => {
      const r = run({ runner: 'image' }, []);
      expect(r.code).toBe(2);
      expect(r.args).toBeUndefined();
      expect(r.stderr).toContain("runner is 'image' but the image");
      expect(r.stderr).toContain('set runner: npm');
    });
  });
});
