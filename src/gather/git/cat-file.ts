/**
 * Many objects of a repository through one `git cat-file --batch` process: a run asks for a handful of
 * files at the base (policy, CODEOWNERS) and whether a few refs and trees exist, and each git process
 * costs more than the answer.
 */
import { gitRaw } from './run.js';

export interface GitObject {
  /** blob, tree, commit or tag. */
  type: string;
  content: Buffer;
}

/**
 * The objects named (any revision syntax: `sha`, `rev:path`, `ref^{commit}`), by name; undefined for
 * those git reports missing or ambiguous. A name holding a newline cannot be asked this way: undefined.
 */
export async function catFile(repo: string, names: readonly string[]): Promise<Map<string, GitObject | undefined>> {
  const out = new Map<string, GitObject | undefined>();
  const asked = [...new Set(names)].filter((n) => {
    if (!n.includes('\n')) return true;
    out.set(n, undefined);
    return false;
  });
  if (asked.length === 0) return out;
  const r = await gitRaw(repo, ['cat-file', '--batch'], asked.map((n) => `${n}\n`).join(''));
  if (r.code !== 0) throw new Error(`git cat-file --batch failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  const data = r.stdout;
  let pos = 0;
  // Answers come in the order asked: "<oid> <type> <size>\n<content>\n", or "<name> missing\n" (or ambiguous).
  for (const name of asked) {
    const eol = data.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = data.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
    if (!m) {
      out.set(name, undefined);
      continue;
    }
    const size = Number(m[2]);
    out.set(name, { type: m[1]!, content: data.subarray(pos, pos + size) });
    pos += size + 1;
  }
  return out;
}
