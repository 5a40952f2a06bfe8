/**
 * `--request FILE`: a pull/merge request described as JSON, so a policy's request rules (declarations,
 * approvals) can be dry-run on a laptop. Validated with the same schema kit as the policy.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { RequestInfo } from '../model.js';
import { array, boolean, number, object, optional, string, validate, type Infer } from '../policy/schema-kit.js';

const approval = object(
  {
    login: string({ minLength: 1 }),
    at: optional(string()),
    commitSha: optional(string()),
    teams: optional(array(string())),
    isBot: optional(boolean()),
  },
  { required: ['login'] },
);

export const requestSchema = object({
  number: optional(number({ min: 0, integer: true })),
  url: optional(string()),
  author: optional(string()),
  authorIsBot: optional(boolean()),
  title: optional(string()),
  body: optional(string()),
  labels: array(string()).default([]),
  sourceBranch: optional(string()),
  targetBranch: optional(string()),
  draft: optional(boolean()),
  assignees: array(string()).default([]),
  requestedReviewers: array(string()).default([]),
  approvals: array(approval).default([]),
});

export type RequestFile = Infer<typeof requestSchema>;

export function parseRequest(text: string, file: string): RequestInfo {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`Request file ${file} is not valid JSON: ${(e as Error).message}`, 'See the README "Request file" section for the format.');
  }
  const { value, issues } = validate(requestSchema, doc);
  if (!value) {
    throw new InputError(
      `Request file ${file} is not valid:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`,
      'See the README "Request file" section for the fields.',
    );
  }
  return value as RequestInfo;
}

export async function readRequestFile(file: string, cwd: string): Promise<RequestInfo> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new InputError(`Request file ${file} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, 'Check the --request path.');
  }
  return parseRequest(text, file);
}
