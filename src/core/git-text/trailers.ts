/**
 * Commit trailers, read the way git reads them, so a trailer here is a trailer in `git log
 * --format=%(trailers)` and in `git interpret-trailers --parse --no-divider` (the tests hold this
 * parser to both). The rules, from git's trailer.c:
 *
 * - The block is the last paragraph of the message, after dropping a scissors line and what follows
 *   it, and trailing blank lines, comment lines (`#`) and an old-style `Conflicts:` list.
 * - The first paragraph is the subject and never holds trailers.
 * - The last paragraph is a trailer block when every line in it is a trailer (or a continuation
 *   line), or when it holds a git-generated line (`Signed-off-by: `, `(cherry picked from commit `)
 *   and trailers are at least 25% of its lines. Otherwise the message has no trailers.
 * - A trailer line is `Key: value` where the key is letters, digits and `-`, optionally followed by
 *   spaces before the colon. Keys keep their spelling; compare them lower-cased.
 * - A line starting with whitespace continues the trailer above it; the value is unfolded to one
 *   line with single spaces, as `--parse` and `%(trailers:unfold)` do.
 *
 * Two choices follow `git log` rather than plain `git interpret-trailers`: a `---` line is not taken
 * as the start of a patch (squash merges use it as a rule), and blank lines before the subject are
 * skipped, so a message stored with a leading blank line still has its first paragraph as subject.
 * Only `:` is a separator (git's default); `trailer.*` configuration is not consulted.
 */
import type { Trailer } from '../model.js';

const COMMENT = '#';
const SCISSORS = `${COMMENT} ------------------------ >8 ------------------------`;
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];

/** C's isspace() in the C locale: git compares bytes, so Unicode spaces are not whitespace here. */
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

function isAlnum(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

function isBlank(line: string): boolean {
  for (const c of line) if (!isSpace(c)) return false;
  return true;
}

function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s[start])) start++;
  while (end > start && isSpace(s[end - 1])) end--;
  return s.slice(start, end);
}

/** Index of the `:` ending a trailer key, or -1 when the line does not start with a key. */
function findSeparator(line: string): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ':') return i;
    if (!whitespaceFound && (isAlnum(c) || c === '-')) continue;
    if (i !== 0 && (c === ' ' || c === '\t')) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

function splitLines(message: string): string[] {
  const lines = message.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let first = 0;
  while (first < lines.length && isBlank(lines[first]!)) first++;
  return lines.slice(first);
}

/** End of the part of the message that can hold trailers (exclusive line index). */
function blockEnd(lines: string[]): number {
  const scissors = lines.indexOf(SCISSORS);
  const cutoff = scissors === -1 ? lines.length : scissors;
  let trailingRunStart = -1;
  let inConflicts = false;
  for (let i = 0; i < cutoff; i++) {
    const line = lines[i]!;
    if (line.startsWith(COMMENT) || line === '') {
      if (trailingRunStart === -1) trailingRunStart = i;
    } else if (line === 'Conflicts:') {
      inConflicts = true;
      if (trailingRunStart === -1) trailingRunStart = i;
    } else if (inConflicts && line.startsWith('\t')) {
      // a path listed under Conflicts:
    } else if (trailingRunStart !== -1) {
      trailingRunStart = -1;
      inConflicts = false;
    }
  }
  return trailingRunStart === -1 ? cutoff : trailingRunStart;
}

/** Start of the trailer block (line index), or `end` when the last paragraph is not trailers. */
function blockStart(lines: string[], end: number): number {
  let endOfTitle = 0;
  while (endOfTitle < end) {
    const line = lines[endOfTitle]!;
    if (!line.startsWith(COMMENT) && isBlank(line)) break;
    endOfTitle++;
  }

  let onlySpaces = true;
  let recognized = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  // Indented lines are continuations if a trailer sits above them, plain text otherwise.
  let possibleContinuations = 0;

  for (let i = end - 1; i >= endOfTitle; i--) {
    const line = lines[i]!;
    if (line.startsWith(COMMENT)) {
      nonTrailerLines += possibleContinuations;
      possibleContinuations = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuations;
      if (recognized && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return end;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((p) => line.startsWith(p))) {
      trailerLines++;
      possibleContinuations = 0;
      recognized = true;
      continue;
    }
    if (findSeparator(line) >= 1 && !isSpace(line[0])) {
      trailerLines++;
      possibleContinuations = 0;
    } else if (isSpace(line[0])) {
      possibleContinuations++;
    } else {
      nonTrailerLines += 1 + possibleContinuations;
      possibleContinuations = 0;
    }
  }
  return end;
}

/** Collapses each newline and the whitespace after it to one space, as `--unfold` does. */
function unfold(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; ) {
    const c = value[i++]!;
    if (c === '\n') {
      while (i < value.length && isSpace(value[i])) i++;
      out += ' ';
    } else {
      out += c;
    }
  }
  return trimSpace(out);
}

export function parseTrailers(message: string): Trailer[] {
  const lines = splitLines(message);
  const end = blockEnd(lines);
  const start = blockStart(lines, end);

  // Join continuation lines onto the trailer above them, keeping the newline for unfolding.
  const entries: string[] = [];
  let lastIsTrailer = false;
  for (const line of lines.slice(start, end)) {
    if (lastIsTrailer && isSpace(line[0])) {
      entries[entries.length - 1] += `\n${line}`;
      continue;
    }
    entries.push(line);
    lastIsTrailer = findSeparator(line) >= 1;
  }

  const trailers: Trailer[] = [];
  for (const entry of entries) {
    if (entry.startsWith(COMMENT)) continue;
    const sep = findSeparator(entry);
    if (sep < 1) continue;
    trailers.push({ key: trimSpace(entry.slice(0, sep)), value: unfold(trimSpace(entry.slice(sep + 1))) });
  }
  return trailers;
}
