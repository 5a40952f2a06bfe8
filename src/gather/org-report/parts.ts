/**
 * The input cut into as many parts as there are threads to read it, each a run of consecutive pieces
 * in input order (so merging the parts in order is reading the input in order). A piece is a whole
 * file, or a byte range of a plain JSON Lines file; gzip, zip and whole-parsed JSON files are never cut.
 */
import { statSync } from 'node:fs';
import { isLinesName } from './documents.js';
import type { InputFile } from './inputs.js';
import { WHOLE_FILE_LIMIT } from './read-files.js';

export interface Piece {
  path: string;
  named: boolean;
  /** A byte range of the file (lines starting in [start, end)); absent for the whole file. */
  range?: { start: number; end: number };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // Reading it will say what is wrong; it weighs nothing here.
    return 0;
  }
}

function cuttable(path: string, size: number): boolean {
  return !/\.(gz|zip)$/i.test(path) && (isLinesName(path) || size > WHOLE_FILE_LIMIT);
}

/** Bytes of all the files (as stored: a gzip file by its compressed size). */
export function inputBytes(files: readonly InputFile[]): number {
  return files.reduce((n, f) => n + sizeOf(f.path), 0);
}

/** At most `count` parts of about equal bytes; fewer when the files cannot be cut finer. No `-`. */
export function planParts(files: readonly InputFile[], count: number): Piece[][] {
  const sized = files.map((f) => ({ ...f, size: sizeOf(f.path) }));
  const total = sized.reduce((n, f) => n + f.size, 0);
  const parts: Piece[][] = [[]];
  let before = 0;
  let next = 1;
  const boundary = (): number => (next < count ? Math.floor((total * next) / count) : Infinity);
  for (const f of sized) {
    let from = 0;
    if (cuttable(f.path, f.size)) {
      while (before + f.size > boundary()) {
        const cut = boundary() - before;
        if (cut > from) parts[parts.length - 1]!.push({ path: f.path, named: f.named, range: { start: from, end: cut } });
        from = Math.max(from, cut);
        parts.push([]);
        next++;
      }
      if (from > 0) {
        parts[parts.length - 1]!.push({ path: f.path, named: f.named, range: { start: from, end: f.size } });
        before += f.size;
        continue;
      }
    }
    parts[parts.length - 1]!.push({ path: f.path, named: f.named });
    before += f.size;
    while (before >= boundary()) {
      parts.push([]);
      next++;
    }
  }
  return parts.filter((p) => p.length > 0);
}
