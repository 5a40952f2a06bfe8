/**
 * A JSON Schema validator compiled by Ajv once and kept in the project's cache as Ajv's standalone code,
 * keyed by the schema's text and Ajv's version. Compiling the audit record's schema takes Ajv most of a
 * second; every test file that reads a record would otherwise pay it again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type { Ajv, Format, Options, ValidateFunction } from 'ajv';
import { cachePath, writeWhole } from './project-cache.js';

const require = createRequire(import.meta.url);

/** Ajv's standalone code for the schema. Ajv itself is loaded only here: a test file whose validators are kept never loads it. */
function compileToCode(schemaText: string, options: Options, formats: Record<string, Format>): string {
  const { Ajv: AjvClass, _ } = require('ajv') as typeof AjvModule;
  // CommonJS with a `default` beside `module.exports`; required, its type is the one it declares.
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
  const ajv = new AjvClass({ allErrors: true, ...options, code: { source: true, formats: _`formats` } });
  for (const [format, check] of Object.entries(formats)) ajv.addFormat(format, check);
  return standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as object));
}

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
  const kept = cachePath(`${name}-validator-${key}.cjs`);
  if (!existsSync(kept)) {
    const code = compileToCode(schemaText, options, formats);
    // A factory over the formats, which the kept code takes rather than holds.
    writeWhole(kept, `module.exports = function (formats) {\nconst module = { exports: {} };\n${code}\nreturn module.exports;\n};\n`);
  }
  const make = require(kept) as (f: Record<string, Format>) => ValidateFunction;
  return make(formats);
}
