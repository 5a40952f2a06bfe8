/**
 * Added and removed lines of selected files, for the checks that must read content (destructive
 * operations). Only the files asked for are diffed, in batches, with zero context lines.
 */
import type { FilePatch } from '../../core/model.js';
import { git } from './run.js';
import { DIFF_FLAGS } from './changed-files.js';
import { headerPath } from '../../core/git-text/quote.js';
import { parseHunkHeader, readHunk } from '../../core/git-text/hunks.js';

/**
 * Parses a unified diff produced with --src-prefix=a/ --dst-prefix=b/. File headers are recognised only
 * between hunks; hunk bodies are read by their headers' counts.
 */
export function parsePatch(text: string): FilePatch[] {
  const patches: FilePatch[] = [];
  const lines = text.split('\n');
  let current: FilePatch | undefined;
  let oldPath: string | undefined;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.startsWith('diff --git ')) {
      current = undefined;
      oldPath = undefined;
    } else if (line.startsWith('--- ')) {
      oldPath = headerPath(line.slice(4), 'a/');
    } else if (line.startsWith('+++ ')) {
      const path = headerPath(line.slice(4), 'b/') ?? oldPath;
      current = path === undefined ? undefined : { path, added: [], removed: [], addedRanges: [] };
      if (current) patches.push(current);
    } else {
      const header = parseHunkHeader(line);
      if (header && current) {
        i = readHunk(lines, i + 1, header, current, true);
        continue;
      }
    }
    i++;
  }
  return patches;
}

const BATCH = 500;

export async function readPatches(repo: string, base: string, head: string, paths: string[]): Promise<FilePatch[]> {
  const out: FilePatch[] = [];
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const text = await git(repo, [
      '--literal-pathspecs', 'diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...DIFF_FLAGS, base, head, '--', ...batch,
    ]);
    out.push(...parsePatch(text));
  }
  return out;
}
