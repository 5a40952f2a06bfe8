/**
 * Turns policy text into a validated Policy. Pure: the caller decides where the text came from.
 * Every problem is reported at once, with the file, its key path and the line and column it is written
 * at, so a user fixes a policy in one pass.
 */
import { load, YAMLException } from 'js-yaml';
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { listProblems, validate } from '../schema/problems.js';
import { policySchema, type Policy } from './schema.js';
import { yamlPlaces } from './yaml-places.js';

/** Policies are small; anything larger is a mistake or an attack on the parser. */
export const MAX_POLICY_BYTES = 256 * 1024;
/** Problems listed in the error; past this, the file is hardly a policy and the rest are counted. */
const MAX_LISTED_ISSUES = 50;
/** Anchors are fine, alias bombs are not. */
const MAX_ALIASES = 64;

export interface ParsedPolicy {
  policy: Policy;
  sha256: string;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export function parsePolicy(text: string, file: string): ParsedPolicy {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_POLICY_BYTES) {
    throw new InputError(
      `Policy ${file} is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES}.`,
      'A policy is a short YAML file; check that the right file was given.',
    );
  }
  let doc: unknown;
  try {
    doc = text.trim() === '' ? undefined : load(text, { filename: file, maxAliases: MAX_ALIASES, maxDepth: 64 });
  } catch (e) {
    if (e instanceof YAMLException) {
      const where = e.mark ? `${file}:${e.mark.line + 1}:${e.mark.column + 1}` : file;
      const tag = /^unknown (?:\w+ )?tag (.*)$/.exec(e.reason ?? '');
      if (tag) {
        throw new InputError(
          `Policy ${where}: the YAML tag ${tag[1]} is not allowed; a policy is plain data (strings, numbers, booleans, lists, mappings).${e.mark?.snippet ? `\n${e.mark.snippet}` : ''}`,
          'Remove the tag (the text starting with "!") and write the value itself.',
        );
      }
      throw new InputError(
        `Policy ${where}: YAML syntax error: ${e.reason}${e.mark?.snippet ? `\n${e.mark.snippet}` : ''}`,
        'Fix the YAML at that line (indentation, a missing colon or quote), then run again.',
      );
    }
    throw e;
  }
  if (doc === undefined || doc === null) {
    throw new InputError(`Policy ${file} is empty.`, 'Start from `version: 1`; see the README "Policy" section.');
  }
  const result = validate(policySchema, doc);
  if (!result.ok) {
    const { problems } = result;
    // Listed in the order they are written, so the list reads down the file.
    const place = yamlPlaces(text);
    const offsets = new Map(problems.map((p) => [p, place(p.keys)?.offset ?? 0]));
    const inFileOrder = [...problems].sort((a, b) => offsets.get(a)! - offsets.get(b)!);
    throw new InputError(
      `Policy ${file} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${listProblems(inFileOrder, MAX_LISTED_ISSUES, (keys) => place(keys)?.text)}`,
      'Fix the keys above; schema/policy.schema.json lists every key, and editors can check it with a `# yaml-language-server: $schema=` line.',
    );
  }
  return { policy: result.value, sha256: sha256(text) };
}

/** The built-in default policy: the schema's defaults. */
export function defaultPolicy(): Policy {
  const result = validate(policySchema, { version: 1 });
  if (!result.ok) throw new Error('the built-in default policy does not validate');
  return result.value;
}
