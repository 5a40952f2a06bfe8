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

/**
 * Paths per git call, by their length: one call for any usual change (each call is a process and a
 * walk of both trees), several only past what a command line holds comfortably (Windows allows 32K).
 */
const ARGUMENT_BYTES = process.platform === 'win32' ? 24 * 1024 : 256 * 1024;

function batches(paths: readonly string[]): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const p of paths) {
    const size = Buffer.byteLength(p) + 1;
    if (batch.length > 0 && bytes + size > ARGUMENT_BYTES) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(p);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

export async function readPatches(repo: string, base: string, head: string, paths: string[]): Promise<FilePatch[]> {
  const out: FilePatch[] = [];
  for (const batch of batches(paths)) {
    const text = await git(repo, [
      '--literal-pathspecs', 'diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...DIFF_FLAGS, base, head, '--', ...batch,
    ]);
    for (const patch of parsePatch(text)) out.push(patch);
  }
  return out;
}
