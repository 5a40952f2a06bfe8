/**
 * Reads many git objects through one `git cat-file --batch` process, so a change with hundreds of notes costs
 * one process, not hundreds.
 */
import { gitRaw } from '../git/run.js';

/** Object contents by the name asked for; names git reports missing are absent from the map. */
export async function readBlobs(repo: string, names: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const unique = [...new Set(names)];
  if (unique.length === 0) return out;
  const r = await gitRaw(repo, ['cat-file', '--batch'], unique.map((n) => `${n}\n`).join(''));
  if (r.code !== 0) throw new Error(`git cat-file --batch failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  const data = r.stdout;
  let pos = 0;
  // Answers come in the order asked: "<oid> <type> <size>\n<content>\n" or "<name> missing\n".
  for (const name of unique) {
    const eol = data.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = data.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    const m = /^[0-9a-f]+ \S+ (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[1]);
    out.set(name, data.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
}
