/**
 * What the report's PATH arguments name: files, directories (walked for record files) and globs
 * (expanded here, so they work on every shell and when quoted). Each file is read once, however
 * many arguments name it.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../../core/errors.js';

export interface InputFile {
  path: string;
  /** Named on the command line (not found by walking a directory or a glob). */
  named: boolean;
}

const RECORD_FILE = /\.(json|jsonl|ndjson)(\.gz)?$|\.zip$/i;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

function walk(dir: string, accept: (path: string) => boolean, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) walk(full, accept, out);
    } else if (e.isFile() && accept(full)) out.push(full);
  }
}

function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob;
}

function expandGlob(arg: string, cwd: string): string[] {
  const scan = picomatch.scan(arg);
  const base = resolve(cwd, scan.base || '.');
  const matcher = picomatch(scan.glob, { dot: false });
  const out: string[] = [];
  try {
    if (statSync(base).isDirectory()) walk(base, (p) => matcher(relative(base, p).split(sep).join('/')), out);
  } catch {
    // A base directory that does not exist matches nothing; said below.
  }
  if (out.length === 0) throw new InputError(`No file matches ${arg}.`, 'Check the pattern (quote it so the shell leaves it alone) or name the files or directories.');
  return out;
}

/** The files to read, in a stable order; `-` stays as is (standard input). */
export function expandInputs(args: readonly string[], cwd: string): InputFile[] {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const push = (path: string, named: boolean): void => {
    let key = path;
    try {
      key = realpathSync(path);
    } catch {
      // Kept by its own name; reading it will say what is wrong.
    }
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, named });
  };
  for (const arg of args) {
    if (arg === '-') {
      push('-', true);
      continue;
    }
    const full = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      if (isGlob(arg)) {
        for (const p of expandGlob(arg, cwd)) push(p, false);
        continue;
      }
      throw new InputError(`${arg} does not exist.`, 'Name audit record files (JSON, JSON Lines, .gz, .zip), directories holding them, or a quoted glob.');
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(full, (p) => RECORD_FILE.test(p), found);
      for (const p of found) push(p, false);
    } else push(full, true);
  }
  return files;
}
