/**
 * Which line numbers each commit added, per file, read from one zero-context log:
 *   git log --no-walk=unsorted --stdin -p -U0 --format=%x00%H --src-prefix=a/ --dst-prefix=b/
 * Only hunk headers are needed: "@@ -a,b +c,d @@" says lines c..c+d-1 of the new file were added. Hunk bodies
 * are skipped by count, not by their first character, because an added line that reads "++ x" shows up as
 * "+++ x" and would otherwise pass for a file header.
 */
import { headerPath } from '../../git-text/quote.js';
import type { LineRange } from './line-ranges.js';

/** commit sha → file path (at that commit) → added line ranges. */
export type AddedLines = Map<string, Map<string, LineRange[]>>;

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseAddedLines(log: string): AddedLines {
  const result: AddedLines = new Map();
  for (const chunk of log.split('\0')) {
    const newline = chunk.indexOf('\n');
    const sha = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    const files = new Map<string, LineRange[]>();
    result.set(sha, files);
    if (newline < 0) continue;

    let path: string | undefined;
    let skip = 0;
    for (const line of chunk.slice(newline + 1).split('\n')) {
      if (skip > 0) {
        // "\ No newline at end of file" follows a body line without being one.
        if (!line.startsWith('\\')) skip--;
        continue;
      }
      if (line.startsWith('diff --git ')) {
        path = undefined;
      } else if (line.startsWith('+++ ')) {
        path = headerPath(line.slice(4), 'b/');
      } else if (line.startsWith('@@ ')) {
        const m = HUNK.exec(line);
        if (!m) continue;
        const removed = m[1] === undefined ? 1 : Number(m[1]);
        const start = Number(m[2]);
        const added = m[3] === undefined ? 1 : Number(m[3]);
        skip = removed + added;
        if (path !== undefined && added > 0) {
          const ranges = files.get(path) ?? [];
          ranges.push({ start, end: start + added - 1 });
          files.set(path, ranges);
        }
      }
    }
  }
  return result;
}
