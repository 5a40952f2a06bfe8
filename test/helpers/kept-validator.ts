/**
 * A JSON Schema validator compiled by Ajv once and kept in the project's cache as Ajv's standalone code,
 * keyed by the schema's text and Ajv's version. Compiling the audit record's schema takes Ajv most of a
 * second; every test file that reads a record would otherwise pay it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, _, type Format, type Options, type ValidateFunction } from 'ajv';
import { projectRoot } from './corpus.js';

const require = createRequire(import.meta.url);
// CommonJS with a `default` beside `module.exports`; required, its type is the one it declares.
const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;

/**
 * The validator of the JSON schema `schemaText` under Ajv `options` and `formats`; the formats are
 * passed to the kept code, not written in it.
 */
export function keptValidator(name: string, schemaText: string, { options = {}, formats = {} }: { options?: Options; formats?: Record<string, Format> } = {}): ValidateFunction {
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update([ajvVersion, JSON.stringify(options), Object.keys(formats).sort().join(','), schemaText].join('\0'))
    .digest('hex')
    .slice(0, 16);
  const kept = join(projectRoot, 'node_modules/.cache/ai-governance-gate', `${name}-validator-${key}.cjs`);
  if (!existsSync(kept)) {
    const ajv = new Ajv({ allErrors: true, ...options, code: { source: true, formats: _`formats` } });
    for (const [format, check] of Object.entries(formats)) ajv.addFormat(format, check);
    const code = standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as object));
    mkdirSync(dirname(kept), { recursive: true });
    // A factory over the formats; written aside and renamed, so another worker never reads half of it.
    const partial = `${kept}.${process.pid}.partial`;
    writeFileSync(partial, `module.exports = function (formats) {\nconst module = { exports: {} };\n${code}\nreturn module.exports;\n};\n`);
    renameSync(partial, kept);
  }
  const make = require(kept) as (f: Record<string, Format>) => ValidateFunction;
  return make(formats);
}
