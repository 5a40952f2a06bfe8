/** Gathers a Change from a local clone: the range, its files and commits, and the patches that matter. */
import { basename } from 'node:path';
import type { Change, ChangedFile } from '../../core/model.js';
import { readChangedFiles } from './changed-files.js';
import { readCommits } from './commits.js';
import { readPatches } from './patches.js';
import type { Range } from './range.js';
import { git } from './run.js';

async function repositoryName(repo: string): Promise<string> {
  const top = (await git(repo, ['rev-parse', '--show-toplevel'])).trim();
  return basename(top);
}

export async function readChange(
  repo: string,
  range: Range,
  needsContent: (file: ChangedFile) => boolean,
  repository?: string,
): Promise<Change> {
  const [files, commits, name] = await Promise.all([
    readChangedFiles(repo, range.base, range.head),
    readCommits(repo, range.base, range.head, range.emptyBase),
    repository ? Promise.resolve(repository) : repositoryName(repo),
  ]);
  const wanted = files.filter(needsContent).flatMap((f) => (f.previousPath ? [f.previousPath, f.path] : [f.path]));
  const patches = wanted.length ? await readPatches(repo, range.base, range.head, wanted) : [];
  return changeOf(name, range, { files, commits, patches });
}

/** A Change from a range and what was read for it, wherever it was read from (git or a platform API). */
export function changeOf(repository: string, range: Range, parts: Pick<Change, 'files' | 'commits' | 'patches'>): Change {
  return {
    repository,
    base: range.base,
    baseReason: range.baseReason,
    baseDescription: range.baseDescription,
    head: range.head,
    ...parts,
  };
}
