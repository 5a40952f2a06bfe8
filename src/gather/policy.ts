/**
 * Where the policy comes from. An explicit --policy file is read from disk. Otherwise the repository's
 * policy file is read as it is at the BASE revision: the change being judged must never supply the
 * policy that judges it. Without one, the built-in default applies.
 */
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { readLimited } from './files/read-limited.js';
import { gitRaw } from './git/run.js';
import { catFile } from './git/cat-file.js';
import type { PolicyInfo } from '../core/evaluation.js';
import type { Policy } from '../core/policy/schema.js';
import { POLICY_FILES } from '../core/policy/locations.js';
import { MAX_POLICY_BYTES, defaultPolicy, parsePolicy, sha256 } from '../core/policy/parse.js';

export interface LoadedPolicy {
  policy: Policy;
  info: PolicyInfo;
  /** The text the policy was parsed from, kept in the audit record so the decision can be replayed. */
  text: string;
}

/**
 * The built-in default when the repository commits no policy. Nothing committed is being protected
 * then, so the workflow's or component's inputs (e.g. `mode: warn` while trying the gate out) decide.
 */
export function builtInPolicy(): LoadedPolicy {
  const policy = { ...defaultPolicy(), 'inputs-may-weaken': true };
  const text = JSON.stringify(policy);
  return { policy, info: { source: 'built-in default', sha256: sha256(text) }, text };
}

export async function loadPolicyFile(file: string, cwd: string): Promise<LoadedPolicy> {
  const full = resolve(cwd, file);
  let read;
  try {
    read = await readLimited(full, MAX_POLICY_BYTES);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `Policy file ${file} was not found.` : `Policy file ${file} could not be read (${code ?? (e as Error).message}).`,
      'Check the --policy path (relative paths are resolved from the current directory), or leave --policy out to use .ai-governance.yml or the built-in default.',
    );
  }
  if (!read.ok) {
    throw new InputError(`Policy ${file} is larger than the limit of ${MAX_POLICY_BYTES} bytes.`, 'A policy is a short YAML file; check that the right file was given.');
  }
  const text = read.bytes.toString('utf8');
  const { policy, sha256: sum } = parsePolicy(text, file);
  return { policy, info: { source: file, sha256: sum }, text };
}

/** Reads one file of the base revision; undefined when it does not exist there. */
export type BaseReader = (path: string) => Promise<string | undefined>;

/** Reads the repository's policy file through `read` (the base revision); undefined when there is none. */
export async function loadPolicyAtBase(read: BaseReader, label: string): Promise<LoadedPolicy | undefined> {
  for (const name of POLICY_FILES) {
    const text = await read(name);
    if (text === undefined) continue;
    const { policy, sha256: sum } = parsePolicy(text, `${name} (at ${label})`);
    return { policy, info: { source: `${name} at ${label}`, sha256: sum, path: name }, text };
  }
  return undefined;
}

/**
 * A BaseReader over the local clone. The files every run looks for (`usual`: the policy and CODEOWNERS
 * locations) are read together on the first call, in one git process instead of one each; anything
 * else, or everything if that batch fails, is read on its own.
 */
export function gitReader(repo: string, rev: string, usual: readonly string[] = []): BaseReader {
  const one = async (path: string): Promise<string | undefined> => {
    const r = await gitRaw(repo, ['cat-file', 'blob', `${rev}:${path}`]);
    return r.code === 0 ? r.stdout.toString('utf8') : undefined;
  };
  let batch: Promise<Map<string, string | undefined> | undefined> | undefined;
  const readUsual = () =>
    (batch ??= catFile(repo, usual.map((path) => `${rev}:${path}`)).then(
      (objects) => new Map(usual.map((path) => {
        const o = objects.get(`${rev}:${path}`);
        return [path, o?.type === 'blob' ? o.content.toString('utf8') : undefined];
      })),
      () => undefined,
    ));
  return async (path) => {
    if (!usual.includes(path)) return one(path);
    const read = await readUsual();
    return read === undefined ? one(path) : read.get(path);
  };
}
