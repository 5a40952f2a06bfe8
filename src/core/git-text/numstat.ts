/**
 * Parsers for git's NUL-separated output (`-z`). With -z git never quotes paths, so names with
 * spaces, quotes, newlines or any other bytes arrive intact.
 */
import type { FileStatus } from '../model.js';

export interface NumstatEntry {
  path: string;
  previousPath?: string;
  additions: number;
  deletions: number;
  binary: boolean;
}

/**
 * Consumes one `--numstat -z` record starting at tokens[i]: `A\tD\tpath` or, for a rename or copy,
 * `A\tD\t` followed by the old and new path as separate tokens. Returns the entry and the next index.
 */
export function readNumstat(tokens: string[], i: number): { entry: NumstatEntry; next: number } | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const m = /^(-|\d+)\t(-|\d+)\t([\s\S]*)$/.exec(token);
  if (!m) return undefined;
  const binary = m[1] === '-' && m[2] === '-';
  const additions = binary ? 0 : Number(m[1]);
  const deletions = binary ? 0 : Number(m[2]);
  if (m[3] !== '') return { entry: { path: m[3]!, additions, deletions, binary }, next: i + 1 };
  const previousPath = tokens[i + 1];
  const path = tokens[i + 2];
  if (previousPath === undefined || path === undefined) return undefined;
  return { entry: { path, previousPath, additions, deletions, binary }, next: i + 3 };
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

export interface RawEntry {
  status: FileStatus;
  path: string;
  previousPath?: string;
}

/** Consumes one `--raw -z` record: `:modes shas STATUS` then one path, or two for renames and copies. */
export function readRaw(tokens: string[], i: number): { entry: RawEntry; next: number } | undefined {
  const head = tokens[i];
  if (head === undefined || !head.startsWith(':')) return undefined;
  const letter = lastWordInitial(head) ?? 'M';
  const status = STATUS[letter] ?? 'modified';
  if (status === 'renamed' || status === 'copied') {
    const previousPath = tokens[i + 1];
    const path = tokens[i + 2];
    if (previousPath === undefined || path === undefined) return undefined;
    return { entry: { status, path, previousPath }, next: i + 3 };
  }
  const path = tokens[i + 1];
  if (path === undefined) return undefined;
  return { entry: { status, path }, next: i + 2 };
}

const SPACE = /\s/;

/** The first character of the last whitespace-separated word (the status letter), read from the end. */
function lastWordInitial(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  return start < end ? text[start] : undefined;
}

/** Splits -z output into tokens, dropping the empty token after the final NUL. */
export function splitNul(text: string): string[] {
  const tokens = text.split('\0');
  if (tokens[tokens.length - 1] === '') tokens.pop();
  return tokens;
}
