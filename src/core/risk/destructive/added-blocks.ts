/** The added lines of a patch as runs of consecutive new-side lines, each with the line it starts on. */
import type { FilePatch } from '../../model.js';

export interface AddedBlock {
  /** New-side line of the first line, 1-based; 0 when the patch carries no line ranges. */
  start: number;
  lines: string[];
}

export function addedBlocks(patch: FilePatch): AddedBlock[] {
  const blocks: AddedBlock[] = [];
  let next = 0;
  for (const [from, to] of patch.addedRanges) {
    const count = to - from + 1;
    if (count <= 0) continue;
    blocks.push({ start: from, lines: patch.added.slice(next, next + count) });
    next += count;
  }
  // A patch without ranges (or with fewer than its lines) still has its lines read.
  if (next < patch.added.length) blocks.push({ start: 0, lines: patch.added.slice(next) });
  return blocks;
}

/** New-side line for the `offset`-th line of a block, or undefined when unknown. */
export function lineAt(block: AddedBlock, offset: number): number | undefined {
  return block.start > 0 ? block.start + offset : undefined;
}

/** Cuts evidence to a length a summary can show; the full statement stays in the file. */
export function evidence(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
