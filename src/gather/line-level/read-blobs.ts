/**
 * Reads many git objects through one `git cat-file --batch` process, so a change with hundreds of notes costs
 * one process, not hundreds.
 */
import { catFile } from '../git/cat-file.js';

/** Object contents by the name asked for; names git reports missing are absent from the map. */
export async function readBlobs(repo: string, names: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const [name, object] of await catFile(repo, names)) if (object !== undefined) out.set(name, object.content);
  return out;
}
