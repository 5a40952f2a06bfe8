/**
 * Added and removed lines of selected files, for the checks that must read content (destructive
 * operations). Only the files asked for are diffed, in batches, with zero context lines.
 */
import { availableParallelism } from 'node:os';
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
 * Paths per git call. Each call is a process and a walk of both trees, so a usual change takes one.
 * git diffs the files' content on one core, so past MIN_PATHS_PER_CALL the paths are shared among as
 * many calls as there are cores, run at once (1,216 files: 310 ms in one call, 180 ms in two on two
 * cores). A call also stops short of what a command line holds comfortably (Windows allows 32K).
 */
const ARGUMENT_BYTES = process.platform === 'win32' ? 24 * 1024 : 256 * 1024;
const MIN_PATHS_PER_CALL = 200;

/** A path, or paths git must be given in the same call (a renamed file's two paths, for it to pair them). */
export type PatchPaths = string | readonly string[];

function batches(groups: readonly PatchPaths[], calls: number): string[][] {
  const total = groups.reduce((n, g) => n + (typeof g === 'string' ? 1 : g.length), 0);
  const perCall = Math.max(MIN_PATHS_PER_CALL, Math.ceil(total / calls));
  const out: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const group of groups) {
    const paths = typeof group === 'string' ? [group] : group;
    const size = paths.reduce((n, p) => n + Buffer.byteLength(p) + 1, 0);
    if (batch.length > 0 && (bytes + size > ARGUMENT_BYTES || batch.length >= perCall)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(...paths);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** The patches of the files named, in the order named, from at most as many git calls at once as there are cores. */
export async function readPatches(repo: string, base: string, head: string, paths: readonly PatchPaths[]): Promise<FilePatch[]> {
  const cores = availableParallelism();
  const calls = batches(paths, cores);
  const read: FilePatch[][] = [];
  let next = 0;
  const caller = async (): Promise<void> => {
    for (let i = next++; i < calls.length; i = next++) {
      const text = await git(repo, [
        '--literal-pathspecs', 'diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...DIFF_FLAGS, base, head, '--', ...calls[i]!,
      ]);
      read[i] = parsePatch(text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(cores, calls.length) }, caller));
  return read.flat();
}
