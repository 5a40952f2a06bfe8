/**
 * Expands the report inputs (globs, lists of globs) into files. What to do when a pattern matches
 * nothing is policy (`findings.missing`) and stays with the caller: here each pattern keeps its own list.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import picomatch from 'picomatch';

export interface CollectedPattern {
  pattern: string;
  /** Sorted, distinct; relative to cwd for relative patterns, absolute for absolute ones. */
  files: string[];
}

/** Directories never searched: dependencies and git internals hold no reports of this change. */
const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export async function collectReports(inputs: string[], cwd: string): Promise<CollectedPattern[]> {
  const collected: CollectedPattern[] = [];
  for (const pattern of splitPatterns(inputs)) {
    collected.push({ pattern, files: await expand(pattern, cwd) });
  }
  return collected;
}

/**
 * One input may list several patterns, one per line or separated by commas (the form CI inputs take).
 * Commas inside braces belong to the glob: `reports/*.{sarif,json}` is one pattern.
 */
export function splitPatterns(inputs: string[]): string[] {
  const patterns: string[] = [];
  for (const input of inputs) {
    let depth = 0;
    let current = '';
    for (const ch of input) {
      if (ch === '{') depth += 1;
      else if (ch === '}') depth = Math.max(0, depth - 1);
      if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) {
        patterns.push(current);
        current = '';
      } else {
        current += ch;
      }
    }
    patterns.push(current);
  }
  return patterns.map((p) => p.trim()).filter((p) => p !== '');
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return (await exists(resolve(cwd, pattern))) ? [pattern] : [];

  const base = scan.base;
  const isMatch = picomatch(scan.glob, { dot: true });
  // Without "**" a glob cannot match deeper than it has segments; stop the walk there.
  const maxDepth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
  const relative = await walk(resolve(cwd, base), maxDepth);
  const files = relative.filter((rel) => isMatch(rel)).map((rel) => (base === '' ? rel : posix.join(base, rel)));
  return [...new Set(files)].sort(byCodeUnit);
}

/** Files under `dir` as '/'-separated paths relative to it, not following directory symlinks (no cycles). */
async function walk(dir: string, maxDepth: number): Promise<string[]> {
  const files: string[] = [];
  const pending: Array<{ abs: string; rel: string; depth: number }> = [{ abs: dir, rel: '', depth: 1 }];
  while (pending.length > 0) {
    const { abs, rel, depth } = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      continue; // missing or unreadable: nothing to match there
    }
    for (const entry of entries) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const childAbs = join(abs, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && depth < maxDepth) pending.push({ abs: childAbs, rel: childRel, depth: depth + 1 });
      } else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(childAbs)))) {
        files.push(childRel);
      }
    }
  }
  return files;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

