/**
 * Findings with their repository paths, as two lists side by side: `paths[i]` is where `findings[i]`
 * sits. The evaluation refers to a finding by its index, so a report of a million findings needs no
 * wrapper object per finding, only a reference per path.
 */
import type { Finding } from '../model.js';
import { repoPath, type ChangeIndex } from './scope.js';

export interface PlacedFindings {
  readonly findings: readonly Finding[];
  readonly paths: readonly (string | undefined)[];
}

export function place(findings: readonly Finding[], roots: readonly string[], change: ChangeIndex): PlacedFindings {
  // Thousands of findings name the same few files: each distinct report path is made relative once.
  const known = new Map<string | undefined, string | undefined>();
  const paths = new Array<string | undefined>(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const raw = findings[i]!.location.path;
    let path = known.get(raw);
    if (path === undefined && !known.has(raw)) known.set(raw, (path = repoPath(raw, roots, change)));
    paths[i] = path;
  }
  return { findings, paths };
}
