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
 * many calls as there are cores, run at once (the 1,216 paths a 20,000-file change's risk checks read:
 * 310 ms in one call, 180 ms in two on two cores). A call also stops short of what a command line holds
 * comfortably (Windows allows 32K).
 */
const ARGUMENT_BYTES = process.platform === 'win32' ? 24 * 1024 : 256 * 1024;
const MIN_PATHS_PER_CALL = 200;

/**
 * A file whose patch to read: its path, or the file as the change's diff lists it. A renamed or copied
 * file's previous path goes to git in the same call as its path, for git to pair them again.
 */
export type PatchTarget = string | { readonly path: string; readonly previousPath?: string };

const pathsOf = (t: PatchTarget): string[] => (typeof t === 'string' ? [t] : t.previousPath === undefined ? [t.path] : [t.previousPath, t.path]);

/**
 * Files named alone are diffed without rename and copy detection, which is most of a call's time (the
 * 1,098 lone files of a 20,000-file change: 140 ms without it, 300 ms with it); only the pairs need it.
 */
const ALONE_FLAGS = ['--no-ext-diff', '--no-textconv', '--no-renames'];

function batches(groups: ReadonlyArray<readonly string[]>, calls: number): string[][] {
  const total = groups.reduce((n, g) => n + g.length, 0);
  const perCall = Math.max(MIN_PATHS_PER_CALL, Math.ceil(total / calls));
  const out: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const paths of groups) {
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

/**
 * The patches in the order the paths were named, as one call gives them. A file that two calls read
 * (a changed file that is also the source of a copy) is kept as the first call read it.
 */
function inNamedOrder(groups: ReadonlyArray<readonly string[]>, read: readonly FilePatch[][]): FilePatch[] {
  const position = new Map<string, number>();
  for (const p of groups.flat()) if (!position.has(p)) position.set(p, position.size);
  const seen = new Set<string>();
  const out: FilePatch[] = [];
  for (const patches of read) {
    // Within one call a path may have two patches (a file turned into a symlink): both are kept.
    const kept = patches.filter((p) => !seen.has(p.path));
    out.push(...kept);
    kept.forEach((p) => seen.add(p.path));
  }
  const at = (p: FilePatch): number => position.get(p.path) ?? position.size;
  return out.sort((a, b) => at(a) - at(b));
}

/** The patches of the files named, from at most as many git calls at once as there are cores; none for none. */
export async function readPatches(repo: string, base: string, head: string, files: readonly PatchTarget[]): Promise<FilePatch[]> {
  const cores = availableParallelism();
  const groups = files.map(pathsOf);
  const alone = groups.filter((g) => g.length === 1);
  const paired = groups.filter((g) => g.length > 1);
  const calls = [
    ...batches(alone, cores).map((batch) => ({ batch, flags: ALONE_FLAGS })),
    ...batches(paired, cores).map((batch) => ({ batch, flags: DIFF_FLAGS })),
  ];
  const read: FilePatch[][] = [];
  let next = 0;
  const caller = async (): Promise<void> => {
    for (let i = next++; i < calls.length; i = next++) {
      const { batch, flags } = calls[i]!;
      read[i] = parsePatch(await git(repo, ['--literal-pathspecs', 'diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...flags, base, head, '--', ...batch]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(cores, calls.length) }, caller));
  return inNamedOrder(groups, read);
}
