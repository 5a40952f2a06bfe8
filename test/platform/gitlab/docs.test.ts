/**
 * The GitLab documentation stays true to the component: its snippets are valid GitLab CI, use only
 * inputs the component declares with values it accepts, and its inputs table lists every input with
 * its real default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, loadAll, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../../helpers/corpus.js';
import { gitlabCiValidator } from './ci-schema.js';

function gitlabSection(): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('## GitLab CI/CD component');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const doc = gitlabSection();
const [header] = loadAll(readFileSync(join(projectRoot, 'templates/ai-governance-gate.yml'), 'utf8'), { schema: YAML11_SCHEMA }) as [any];
const inputs: Record<string, any> = header.spec.inputs;
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('GitLab component documentation', () => {
  it('has the sections catalog users look for', () => {
    for (const heading of ['### Components', '### Inputs', '### Tokens', '### Approval rules', '### Organisation-wide enforcement']) expect(doc).toContain(heading);
    expect(doc).toMatch(/Premium or Ultimate/);
  });

  it('shows CI snippets that are valid GitLab CI and use the component\'s inputs as it accepts them', () => {
    const validate = gitlabCiValidator();
    const ci = yamlBlocks.map((b) => load(b, { schema: YAML11_SCHEMA }) as any).filter((d) => !d.pipeline_execution_policy);
    // A snippet of a job's inputs only is checked as inputs, the rest as whole files.
    let includes = 0;
    for (const d of ci) {
      const values = d.inputs && Object.keys(d).length === 1 ? d.inputs : undefined;
      if (!values) expect(validate(d)).toEqual([]);
      const all = values ? [values] : (d.include ?? []).map((i: { inputs?: object }) => i.inputs ?? {});
      includes += values ? 0 : (d.include ?? []).length;
      for (const given of all) {
        for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
          expect([name, name in inputs]).toEqual([name, true]);
          const spec = inputs[name];
          if (spec.options) expect([name, spec.options]).toEqual([name, expect.arrayContaining([value])]);
          expect([name, typeof value]).toEqual([name, spec.type === 'boolean' ? 'boolean' : 'string']);
        }
      }
    }
    expect(includes).toBeGreaterThanOrEqual(3);
    for (const d of ci.filter((x) => x.include)) {
      for (const inc of d.include) expect(inc.component).toMatch(/^\$CI_SERVER_FQDN\/[^@]+\/ai-governance-gate@\d+\.\d+\.\d+$/);
    }
  });

  it('lists every input in its table with the real default', () => {
    const rows = new Map([...doc.matchAll(/^\| `([a-z-]+)` \| [^|]+(?:\\\|[^|]+)* \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));
    expect([...rows.keys()].filter((k) => k in inputs).sort()).toEqual(Object.keys(inputs).sort());
    for (const [name, spec] of Object.entries(inputs)) {
      const shown = rows.get(name)!;
      const expected = spec.default === '' ? 'empty' : `\`${String(spec.default)}\``;
      expect([name, shown]).toEqual([name, expected]);
    }
  });
});
