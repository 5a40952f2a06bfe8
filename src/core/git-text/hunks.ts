/**
 * The one reader of unified-diff hunks, for git's own diffs (`-U0` or with context) and the patches the
 * GitHub API returns. A hunk body is read by the counts in its header, never by its lines' first
 * characters alone: an added line that reads "++ x" shows up as "+++ x" and would pass for a file header,
 * and one that reads "@ x" as a hunk header.
 */

export interface HunkHeader {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** What git prints after the header: the nearest line above the hunk that opens a block. */
  context: string;
}

const HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$/;

export function parseHunkHeader(line: string): HunkHeader | undefined {
  const m = HEADER.exec(line);
  if (!m) return undefined;
  return {
    oldStart: Number(m[1]),
    oldLines: m[2] === undefined ? 1 : Number(m[2]),
    newStart: Number(m[3]),
    newLines: m[4] === undefined ? 1 : Number(m[4]),
    context: m[5] ?? '',
  };
}

/** Where a hunk's lines go: the new-side ranges of added lines always, the text only when asked for. */
export interface HunkSink {
  addedRanges: Array<[number, number]>;
  added?: string[];
  removed?: string[];
  /**
   * With `contexts`: for each run of added lines, the line above it that opens a block, as git's -U0
   * header would name it (a diff with context lines names it only for the hunk's first line).
   */
  hunkContexts?: Array<{ line: number; context: string }>;
}

/** git's default "function name" rule: a line that starts with a letter, `_` or `$`. */
const OPENS_BLOCK = /^[A-Za-z_$]/;

/**
 * Reads the body of a hunk whose header was `header`, starting at `lines[from]`, into `sink`. Returns the
 * index of the first line after the body. A body cut short (the end of the input) ends the hunk.
 */
export function readHunk(lines: readonly string[], from: number, header: HunkHeader, sink: HunkSink, contexts = false): number {
  let oldLeft = header.oldLines;
  let newLeft = header.newLines;
  let line = header.newStart;
  let context = header.context;
  // Removed lines right before a run of added lines belong to that run's own -U0 hunk, not above it.
  let pending: string[] = [];
  let i = from;
  for (; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
    const text = lines[i]!;
    const kind = text[0];
    if (kind === '\\') continue; // "\ No newline at end of file" follows a body line without being one.
    if (kind === '+' && newLeft > 0) {
      const ranges = sink.addedRanges;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === line - 1) {
        last[1] = line;
      } else {
        ranges.push([line, line]);
        if (contexts && context) (sink.hunkContexts ??= []).push({ line, context });
        pending = [];
      }
      sink.added?.push(text.slice(1));
      line++;
      newLeft--;
    } else if (kind === '-' && oldLeft > 0) {
      sink.removed?.push(text.slice(1));
      if (contexts) pending.push(text.slice(1));
      oldLeft--;
    } else if ((kind === ' ' || text === '') && oldLeft > 0 && newLeft > 0) {
      // A context line; an empty line is a context line whose leading space was trimmed in transit.
      if (contexts) {
        for (const l of [...pending, text.slice(1)]) if (OPENS_BLOCK.test(l)) context = l;
        pending = [];
      }
      line++;
      oldLeft--;
      newLeft--;
    } else {
      break;
    }
  }
  // A "\ No newline" marker after the last body line belongs to the hunk too.
  while (i < lines.length && lines[i]!.startsWith('\\')) i++;
  return i;
}
