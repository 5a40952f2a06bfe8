/**
 * The JSON Schemas in schema/ are generated from the run-time schemas, and an editor or a script
 * checking a file with them agrees with the gate: the README's policies and request pass both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { load } from 'js-yaml';
import { projectRoot } from '../helpers/corpus.js';
import { readmeBlocks, readmeInvalidPolicy } from '../helpers/readme.js';
import { publishedSchemas } from '../../src/core/published-schemas.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { parseRequest } from '../../src/gather/request-file.js';

const committed = (file: string) => JSON.parse(readFileSync(join(projectRoot, 'schema', file), 'utf8')) as Record<string, unknown>;

function validator(file: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  // Formats are annotations here; the run-time schemas check the dates themselves.
  ajv.addFormat('date', true).addFormat('date-time', true);
  return ajv.compile(committed(file));
}

const POLICY_KEYS = /^(version|mode|on-error|risk|sensitive-paths|attribution|ai|findings|approvals|declarations):/m;
const invalidExample = readmeInvalidPolicy().policy.code;
/** README blocks that are valid policies or parts of one (a part gets the `version: 1` it leaves out). */
const readmePolicies = readmeBlocks('yaml')
  .map((b) => b.code)
  .filter((code) => code !== invalidExample && POLICY_KEYS.test(code.replace(/^#.*\n/gm, '').split('\n')[0] ?? ''))
  .map((code) => (/^version:/m.test(code) ? code : `version: 1\n${code}`));

describe('schema/', () => {
  it.each(Object.keys(publishedSchemas()))('%s is what the run-time schema generates', (file) => {
    expect(committed(file)).toEqual(publishedSchemas()[file]);
  });

  it('accepts every valid policy in the README, as the gate does, and refuses the invalid one', () => {
    expect(readmePolicies.length).toBeGreaterThanOrEqual(4);
    const validate = validator('policy.schema.json');
    for (const text of readmePolicies) {
      expect(() => parsePolicy(text, 'README.md')).not.toThrow();
      expect(validate(load(text)) ? [] : validate.errors).toEqual([]);
    }
    expect(validate(load(invalidExample))).toBe(false);
  });

  it('refuses in an editor what the gate refuses: an unknown key, a value out of its list, a missing version', () => {
    const validate = validator('policy.schema.json');
    expect(validate({ version: 1, findings: { max: { critcal: 0 } } })).toBe(false);
    expect(validate({ version: 1, mode: 'strict' })).toBe(false);
    expect(validate({ mode: 'warn' })).toBe(false);
    expect(validate({ version: 1, findings: { waivers: [{ reason: 'r', owner: 'o', expires: '2027-01-01' }] } })).toBe(false);
  });

  it('accepts the README request file, as --request does', () => {
    const [example] = readmeBlocks('json')
      .map((b) => b.code)
      .filter((code) => code.includes('"requestedReviewers"'));
    expect(example).toBeDefined();
    const validate = validator('request.schema.json');
    expect(validate(JSON.parse(example!)) ? [] : validate.errors).toEqual([]);
    expect(parseRequest(example!, 'README.md').approvals[0]?.login).toBe('alice');
  });
});
