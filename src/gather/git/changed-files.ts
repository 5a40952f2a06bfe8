/** The files a change touches, from one `git diff --raw --numstat -z` call. */
import type { ChangedFile } from '../../core/model.js';
import { git } from './run.js';
import { readNumstat, readRaw, splitNul } from '../../core/git-text/numstat.js';

export const DIFF_FLAGS = ['--no-ext-diff', '--no-textconv', '--find-renames', '--find-copies'];

export function parseRawNumstat(text: string): ChangedFile[] {
  const tokens = splitNul(text);
  const files: ChangedFile[] = [];
  let i = 0;
  // --raw records come first, then the --numstat records in the same order.
  while (i < tokens.length) {
    const raw = readRaw(tokens, i);
    if (!raw) break;
    // Built field by field: spreading the entry into a new object costs ten times as much per file.
    const { status, path, previousPath } = raw.entry;
    files.push(previousPath === undefined ? { status, path, additions: 0, deletions: 0, binary: false } : { status, path, previousPath, additions: 0, deletions: 0, binary: false });
    i = raw.next;
  }
  if (tokens[i]?.startsWith('\n')) tokens[i] = tokens[i]!.slice(1);
  for (const file of files) {
    const n = readNumstat(tokens, i);
    if (!n) break;
    file.additions = n.entry.additions;
    file.deletions = n.entry.deletions;
    file.binary = n.entry.binary;
    i = n.next;
  }
  return files;
}

export async function readChangedFiles(repo: string, base: string, head: string): Promise<ChangedFile[]> {
  // Full object names: abbreviating them costs git a lookup per file and the gate never reads them.
  const out = await git(repo, ['diff', '--raw', '--numstat', '-z', '--no-abbrev', ...DIFF_FLAGS, base, head, '--']);
  return parseRawNumstat(out);
}
