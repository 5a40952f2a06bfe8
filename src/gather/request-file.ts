/**
 * `--request FILE`: a pull/merge request described as JSON, so a policy's request rules (declarations,
 * approvals) can be dry-run on a laptop. Validated with the same schema library and problem report as the policy.
 */
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { readLimited } from './files/read-limited.js';
import type { RequestInfo } from '../core/model.js';
import { requestSchema } from '../core/request-schema.js';
import { listProblems, validate } from '../core/schema/problems.js';

/**
 * Largest request file read. GitLab allows a 1,048,576-character description, which JSON-escaped can
 * take a few MiB; anything larger is not a request description.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const MAX_LISTED_ISSUES = 50;
const FORMAT_HINT = 'See the README "Request file" section for the format.';

function tooLarge(file: string): InputError {
  return new InputError(
    `Request file ${file} is larger than ${MAX_REQUEST_BYTES} bytes (${MAX_REQUEST_BYTES / 1024 / 1024} MiB), the most a request description needs.`,
    'Check that --request names the request JSON and not another file.',
  );
}

export function parseRequest(text: string, file: string): RequestInfo {
  if (Buffer.byteLength(text) > MAX_REQUEST_BYTES) throw tooLarge(file);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`Request file ${file} is not valid JSON: ${(e as Error).message}`, FORMAT_HINT);
  }
  const result = validate(requestSchema, doc);
  if (!result.ok) {
    throw new InputError(`Request file ${file} is not valid:\n${listProblems(result.problems, MAX_LISTED_ISSUES)}`, 'See the README "Request file" section for the fields.');
  }
  return result.value;
}

export async function readRequestFile(file: string, cwd: string): Promise<RequestInfo> {
  let read;
  try {
    read = await readLimited(resolve(cwd, file), MAX_REQUEST_BYTES);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`Request file ${file} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, 'Check the --request path.');
  }
  if (!read.ok) throw tooLarge(file);
  return parseRequest(read.bytes.toString('utf8'), file);
}
