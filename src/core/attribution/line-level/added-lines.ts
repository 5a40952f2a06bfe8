/**
 * Which line numbers each commit added, per file, read from one zero-context log:
 *   git log --no-walk=unsorted --stdin -p -U0 --format=%x00%H --src-prefix=a/ --dst-prefix=b/
 * Only the new-side ranges of added lines are kept; the hunk reader skips bodies by their headers' counts.
 */
import { headerPath } from '../../git-text/quote.js';
import { parseHunkHeader, readHunk } from '../../git-text/hunks.js';
import type { LineRange } from './line-ranges.js';

/** commit sha → file path (at that commit) → added line ranges. */
export type AddedLines = Map<string, Map<string, LineRange[]>>;

export function parseAddedLines(log: string): AddedLines {
  const result: AddedLines = new Map();
  for (const chunk of log.split('\0')) {
    const newline = chunk.indexOf('\n');
    const sha = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    const files = new Map<string, LineRange[]>();
    result.set(sha, files);
    if (newline < 0) continue;

    const lines = chunk.slice(newline + 1).split('\n');
    let path: string | undefined;
    for (let i = 0; i < lines.length; ) {
      const line = lines[i]!;
      if (line.startsWith('diff --git ')) {
        path = undefined;
      } else if (line.startsWith('+++ ')) {
        path = headerPath(line.slice(4), 'b/');
      } else {
        const header = parseHunkHeader(line);
        if (header) {
          const sink = { addedRanges: [] as Array<[number, number]> };
          i = readHunk(lines, i + 1, header, sink);
          if (path !== undefined && sink.addedRanges.length) {
            const ranges = files.get(path) ?? [];
            for (const [start, end] of sink.addedRanges) ranges.push({ start, end });
            files.set(path, ranges);
          }
          continue;
        }
      }
      i++;
    }
  }
  return result;
}
