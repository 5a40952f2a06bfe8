/**
 * Where the policy comes from. An explicit --policy file is read from disk. Otherwise the repository's
 * policy file is read as it is at the BASE revision: the change being judged must never supply the
 * policy that judges it. Without one, the built-in default applies.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { gitRaw } from '../git/run.js';
import type { PolicyInfo } from '../evaluation.js';
import type { Policy } from './schema.js';
import { defaultPolicy, parsePolicy, sha256 } from './parse.js';

export const POLICY_FILES = ['.ai-governance.yml', '.ai-governance.yaml'];

export interface LoadedPolicy {
  policy: Policy;
  info: PolicyInfo;
}

export function builtInPolicy(): LoadedPolicy {
  const policy = defaultPolicy();
  return { policy, info: { source: 'built-in default', sha256: sha256(JSON.stringify(policy)) } };
}

export async function loadPolicyFile(file: string, cwd: string): Promise<LoadedPolicy> {
  const full = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `Policy file ${file} was not found.` : `Policy file ${file} could not be read (${code ?? (e as Error).message}).`,
      'Check the --policy path (relative paths are resolved from the current directory), or leave --policy out to use .ai-governance.yml or the built-in default.',
    );
  }
  const { policy, sha256: sum } = parsePolicy(text, file);
  return { policy, info: { source: file, sha256: sum } };
}

/** Reads the repository's policy file at `rev`; undefined when there is none at that revision. */
export async function loadPolicyAtRevision(repo: string, rev: string, label: string): Promise<LoadedPolicy | undefined> {
  for (const name of POLICY_FILES) {
    const r = await gitRaw(repo, ['cat-file', 'blob', `${rev}:${name}`]);
    if (r.code !== 0) continue;
    const text = r.stdout.toString('utf8');
    const { policy, sha256: sum } = parsePolicy(text, `${name} (at ${label})`);
    return { policy, info: { source: `${name} at ${label}`, sha256: sum, path: name } };
  }
  return undefined;
}
