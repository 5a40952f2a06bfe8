/** Gathers a Change from a local clone: the range, its files and commits, and the patches that matter. */
import { basename } from 'node:path';
import type { Change, ChangedFile, Commit } from '../../core/model.js';
import { readChangedFiles } from './changed-files.js';
import { readCommits, readOnlyCommit } from './commits.js';
import { readPatches } from './patches.js';
import type { Range } from './range.js';
import { git } from './run.js';
import { topLevel } from './top-level.js';

async function repositoryName(repo: string): Promise<string> {
  const r = await topLevel(repo);
  if ('failed' in r) return basename((await git(repo, ['rev-parse', '--show-toplevel'])).trim());
  return basename(r.top);
}

export async function readChange(
  repo: string,
  range: Range,
  needsContent: (file: ChangedFile) => boolean,
  repository?: string,
): Promise<Change> {
  const reading = readChangedFiles(repo, range.base, range.head);
  // The patches need only the files: they are read beside the commits, not after them.
  const patching = reading.then((files) => readPatches(repo, range.base, range.head, files.filter(needsContent)));
  const [files, commits, name, patches] = await Promise.all([
    reading,
    commitsOf(repo, range, reading),
    repository ? Promise.resolve(repository) : repositoryName(repo),
    patching,
  ]);
  return changeOf(name, range, { files, commits, patches });
}

/**
 * The range's commits with their line counts. A range of one commit on top of the base (most pushes
 * and many requests) has the range's own diff for its line counts, unless that diff found a rename or
 * a copy (the commit's counts are read without either): the second diff of the same trees, which a
 * large change pays dearly for, is skipped.
 */
async function commitsOf(repo: string, range: Range, reading: Promise<ChangedFile[]>): Promise<Commit[]> {
  const only = await readOnlyCommit(repo, range.base, range.head, range.emptyBase);
  if (only !== undefined) {
    const files = await reading;
    if (!files.some((f) => f.status === 'renamed' || f.status === 'copied')) {
      let additions = 0;
      let deletions = 0;
      for (const f of files) {
        additions += f.additions;
        deletions += f.deletions;
      }
      return [{ ...only, additions, deletions }];
    }
  }
  return readCommits(repo, range.base, range.head, range.emptyBase);
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
