/**
 * Added and removed lines of selected files, for the checks that must read content (destructive
 * operations). Only the files asked for are diffed, in batches, with zero context lines.
 */
import type { FilePatch } from '../../core/model.js';
import { git } from './run.js';
import { DIFF_FLAGS } from './changed-files.js';
import { headerPath } from '../../core/git-text/quote.js';

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@ ?(.*)$/;

function addHunk(patch: FilePatch | undefined, line: string): void {
  const m = HUNK.exec(line);
  if (!patch || !m) return;
  const start = Number(m[1]);
  const count = m[2] === undefined ? 1 : Number(m[2]);
  if (count <= 0) return;
  patch.addedRanges.push([start, start + count - 1]);
  if (m[3]) (patch.hunkContexts ??= []).push({ line: start, context: m[3] });
}

/**
 * Parses a unified diff produced with --src-prefix=a/ --dst-prefix=b/ and zero context lines. Hunk
 * headers are recognised only where a hunk can start: with -U0 every body line is + or -, so a line
 * starting with "@@" in a body would be "+@@" or "-@@", never bare.
 */
export function parsePatch(text: string): FilePatch[] {
  const patches: FilePatch[] = [];
  let current: FilePatch | undefined;
  let inHeader = false;
  let oldPath: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      inHeader = true;
      oldPath = undefined;
      continue;
    }
    if (inHeader) {
      if (line.startsWith('--- ')) {
        oldPath = headerPath(line.slice(4), 'a/');
      } else if (line.startsWith('+++ ')) {
        const path = headerPath(line.slice(4), 'b/') ?? oldPath;
        if (path !== undefined) {
          current = { path, added: [], removed: [], addedRanges: [] };
          patches.push(current);
        }
      } else if (line.startsWith('@@')) {
        inHeader = false;
        addHunk(current, line);
      }
      continue;
    }
    if (!current) continue;
    if (line.startsWith('@@')) {
      addHunk(current, line);
      continue;
    }
    if (line.startsWith('+')) current.added.push(line.slice(1));
    else if (line.startsWith('-')) current.removed.push(line.slice(1));
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
