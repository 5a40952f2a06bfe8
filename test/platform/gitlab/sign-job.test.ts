/**
 * The component's signing job: valid for GitLab together with the id_tokens the project's own CI file
 * declares for it, present only when `sign` is on, keeping its bundle as long as the record, and a
 * script that signs the record with cosign (a stand-in here: nothing reaches Sigstore in a test), says
 * exactly what to add when the project gave it no token, and has nothing to sign when the gate decided
 * nothing.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, loadAll, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../../helpers/corpus.js';
import { DEFAULT_AUDIT_FILE } from '../../../src/gather/options.js';
import { DECISION_PREDICATE_TYPE } from '../../../src/core/record/statement.js';
import { gitlabCiValidator } from './ci-schema.js';
import { leanSpawnSync } from '../../helpers/lean-exec.js';

const text = readFileSync(join(projectRoot, 'templates/ai-governance-gate.yml'), 'utf8');
const [header, body] = loadAll(text, { schema: YAML11_SCHEMA }) as [any, any];
const inputs: Record<string, any> = header.spec.inputs;
const defaults = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.default]));
const gateKey = '$[[ inputs.job-name ]]';
const signKey = `${gateKey}-sign`;
const job = body[signKey];

function interpolate(doc: unknown, values: Record<string, unknown>): any {
  const json = JSON.stringify(doc)
    .replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_, name: string) => JSON.stringify(String(values[name])).slice(1, -1))
    .replace(/\$\[\[\s*component\.(\w+)\s*\]\]/g, '');
  return JSON.parse(json);
}

describe('the component\'s signing job', () => {
  it('with the id_tokens the project declares for it, the pipeline is valid against GitLab\'s CI schema', () => {
    const validate = gitlabCiValidator();
    const included = interpolate(body, { ...defaults, sign: true });
    // What the project's own .gitlab-ci.yml adds (README, "Signed attestations"): GitLab merges it into the included job.
    const own = load('ai-governance-gate-sign:\n  id_tokens:\n    SIGSTORE_ID_TOKEN:\n      aud: sigstore\n') as Record<string, any>;
    const merged = { ...included, 'ai-governance-gate-sign': { ...included['ai-governance-gate-sign'], ...own['ai-governance-gate-sign'] } };
    expect(validate(merged)).toEqual([]);
    expect(merged['ai-governance-gate-sign'].id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
    // Not vacuous: a wrong id_tokens shape is rejected.
    expect(validate({ ...merged, 'ai-governance-gate-sign': { ...merged['ai-governance-gate-sign'], id_tokens: { SIGSTORE_ID_TOKEN: 'sigstore' } } })).not.toEqual([]);
  });

  it('runs only when sign is on, after the gate whatever its decision, and keeps the signature as long as the record', () => {
    expect(inputs.sign).toEqual(expect.objectContaining({ type: 'boolean', default: false }));
    for (const rule of job.rules) {
      expect(interpolate(rule, { ...defaults, sign: false }).if).toMatch(/^"false" == "true" && /);
      expect(rule.when).toBe('always');
    }
    expect(job.needs).toEqual([{ job: gateKey, artifacts: true }]);
    expect(job.artifacts).toEqual({ when: 'always', expire_in: '$[[ inputs.artifacts-expire-in ]]', paths: [DEFAULT_AUDIT_FILE, 'ai-governance-audit.sigstore.json'] });
    expect(body[gateKey].artifacts.expire_in).toBe('$[[ inputs.artifacts-expire-in ]]');
    expect(job.variables.AI_GOVERNANCE_PREDICATE_TYPE).toBe(DECISION_PREDICATE_TYPE);
  });

  it('keeps records at least 180 days unless told otherwise', () => {
    const [n, unit] = String(inputs['artifacts-expire-in'].default).split(' ');
    expect(unit).toBe('days');
    expect(Number(n)).toBeGreaterThanOrEqual(180);
  });

  describe('its script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-sign-'));
    const bin = join(dir, 'bin');
    const work = join(dir, 'work');
    const calls = join(dir, 'calls');
    mkdirSync(bin);
    mkdirSync(work);
    const script = join(dir, 'script.sh');
    writeFileSync(script, job.script.join('\n'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // A stand-in cosign: records its arguments and writes the bundle it was asked for.
    writeFileSync(join(bin, 'cosign'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${calls}"\nwhile [ $# -gt 0 ]; do [ "$1" = --bundle ] && echo '{}' > "$2"; shift; done\n`);
    chmodSync(join(bin, 'cosign'), 0o755);

    function run(env: Record<string, string>) {
      rmSync(calls, { force: true });
      const vars = Object.fromEntries(Object.entries(job.variables as Record<string, string>).map(([k, v]) => [k, String(v)]));
      const r = leanSpawnSync('/bin/sh', [script], { cwd: work, env: { PATH: `${bin}:/usr/bin:/bin`, CI_JOB_NAME: 'ai-governance-gate-sign', ...vars, ...env }, encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr, args: existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : undefined };
    }

    it('without a record (the gate decided nothing) has nothing to sign', () => {
      rmSync(join(work, DEFAULT_AUDIT_FILE), { force: true });
      const r = run({ SIGSTORE_ID_TOKEN: 'token' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('nothing to sign');
      expect(r.args).toBeUndefined();
    });

    it('without an OIDC token stops with exit 2 and prints the id_tokens to add for this job', () => {
      writeFileSync(join(work, DEFAULT_AUDIT_FILE), '{}\n');
      const r = run({});
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('  ai-governance-gate-sign:\n    id_tokens:\n      SIGSTORE_ID_TOKEN:\n        aud: sigstore\n');
      expect(r.args).toBeUndefined();
    });

    it('signs the record keyless with the decision predicate type, the record as predicate and subject, into a bundle', () => {
      writeFileSync(join(work, DEFAULT_AUDIT_FILE), '{}\n');
      const r = run({ SIGSTORE_ID_TOKEN: 'token' });
      expect(r.code).toBe(0);
      expect(r.args).toEqual(['attest-blob', '--yes', '--predicate', DEFAULT_AUDIT_FILE, '--type', DECISION_PREDICATE_TYPE, '--bundle', 'ai-governance-audit.sigstore.json', DEFAULT_AUDIT_FILE]);
      expect(existsSync(join(work, 'ai-governance-audit.sigstore.json'))).toBe(true);
    });
  });
});
