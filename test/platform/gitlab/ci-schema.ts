/**
 * GitLab's CI JSON Schema (app/assets/javascripts/editor/schema/ci.json, the one GitLab's own editor
 * validates with) as gitlab-ci-local ships it: embedded in its bundle as an object literal. It is cut
 * out of the bundle and validated with the same Ajv and options gitlab-ci-local uses (compiled once and
 * kept: test/helpers/kept-validator.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/corpus.js';
import { keptValidator } from '../../helpers/kept-validator.js';

const GCL = join(projectRoot, 'node_modules/gitlab-ci-local');
const SCHEMA_START = '{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"';

/** The object literal that starts at `start`, found by matching braces outside string literals. */
function objectLiteralAt(src: string, start: number): string {
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return src.slice(start, i + 1);
  }
  throw new Error('unterminated schema literal in the gitlab-ci-local bundle');
}

let cached: ((doc: unknown) => string[]) | undefined;

/** Returns a validator that lists schema errors (empty when the document is valid). */
export function gitlabCiValidator(): (doc: unknown) => string[] {
  if (cached) return cached;
  const bundle = readFileSync(join(GCL, 'dist/index.js'), 'utf8');
  const start = bundle.indexOf(SCHEMA_START);
  if (start < 0) throw new Error('GitLab CI schema not found in the gitlab-ci-local bundle');
  // The literal is plain data (strings, numbers, arrays, objects); evaluating it builds the object.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a data literal from a bundle, never user input
  const schema = new Function(`return (${objectLiteralAt(bundle, start)});`)() as Record<string, unknown>;
  // gitlab-ci-local's own Ajv is the project's: the kept validator is compiled by the same copy.
  const gclAjv = createRequire(join(GCL, 'package.json')).resolve('ajv');
  if (gclAjv !== createRequire(import.meta.url).resolve('ajv')) throw new Error(`gitlab-ci-local validates with another Ajv (${gclAjv}); compile with it here`);
  const validate = keptValidator('gitlab-ci', JSON.stringify(schema), {
    options: { allErrors: true, allowUnionTypes: true, validateFormats: false, strictTypes: false, strict: false, keywords: ['markdownDescription'] },
  });
  cached = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath || '/'} ${e.message ?? ''}`));
  return cached;
}
