/**
 * The top of the working tree `repo` lies in, asked of git once per directory and run: the range,
 * the repository's name and the policy's path all need it, and each question would otherwise start a
 * git process. Only answers are kept; a failure is asked again (the directory may become a clone).
 */
import { gitRaw, type GitResult } from './run.js';

const known = new Map<string, string>();

/** git's answer: the top directory, or the failed result (its stderr says why). */
export async function topLevel(repo: string): Promise<{ top: string } | { failed: GitResult }> {
  const top = known.get(repo);
  if (top !== undefined) return { top };
  const r = await gitRaw(repo, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) return { failed: r };
  const found = r.stdout.toString('utf8').trim();
  known.set(repo, found);
  return { top: found };
}
