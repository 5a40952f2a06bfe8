/**
 * Where a finding sits relative to the change. Reports name files in many ways (repository-relative,
 * absolute paths of the machine that scanned, `file://` URIs, a leading `./`); policy globs and the
 * change speak repository-relative paths, so every finding path is brought to that form first. Paths are
 * only compared as text, never opened.
 */
import type { ChangedFile } from '../model.js';
import type { FindingsScope } from './result.js';

/** Where container-based scanners (Docker actions) see the checked-out workspace. */
const CONTAINER_WORKSPACES: readonly string[] = ['/github/workspace'];

type LineRange = [number, number];

export interface ChangeIndex {
  files: ReadonlyMap<string, ChangedFile>;
  /** Changed paths, longest first, for recognising the tail of an absolute path. */
  bySuffix: readonly string[];
}

export function indexChange(files: readonly ChangedFile[]): ChangeIndex {
  const map = new Map<string, ChangedFile>();
  for (const f of files) map.set(f.path, f);
  const bySuffix = [...map.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return { files: map, bySuffix };
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-z]:\//i.test(path);
}

/** A `file:` URI as a path: `file:///a/b`, `file:/a/b`, `file://host/share`, `file:///C:/x`. */
function fromFileUri(uri: string): string {
  let path = uri.slice('file:'.length);
  if (path.startsWith('//')) {
    const rest = path.slice(2);
    path = rest.startsWith('/') ? rest : `//${rest}`;
  }
  if (/^\/[a-z]:\//i.test(path)) path = path.slice(1);
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a stray "%" is part of the name
  }
}

function clean(path: string): string {
  let p = /^file:/i.test(path) ? fromFileUri(path) : path;
  p = p.replace(/\\/g, '/').replace(/(?<!^)\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

function underRoot(path: string, root: string): string | undefined {
  const r = clean(root).replace(/\/+$/, '');
  if (r === '') return undefined;
  // Windows drive letters and directories compare without case; POSIX roots exactly.
  const windows = /^[a-z]:\//i.test(r);
  const head = path.slice(0, r.length + 1);
  const match = windows ? head.toLowerCase() === `${r}/`.toLowerCase() : head === `${r}/`;
  return match ? path.slice(r.length + 1) : undefined;
}

/**
 * The repository-relative form of a report path. An absolute path is cut at the first root it lies
 * under (the checkout directories the caller knows, then container workspaces); failing that, a
 * changed file it ends with names it. Anything else is returned cleaned but otherwise as given.
 */
export function repoPath(raw: string | undefined, roots: readonly string[], change: ChangeIndex): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const path = clean(raw.trim());
  if (!isAbsolute(path)) return path;
  for (const root of [...roots, ...CONTAINER_WORKSPACES]) {
    const rel = underRoot(path, root);
    if (rel !== undefined && rel !== '') return rel;
  }
  const tail = change.bySuffix.find((p) => path.endsWith(`/${p}`));
  return tail ?? path;
}

function addedRangesOf(file: ChangedFile): LineRange[] | undefined {
  return (file as ChangedFile & { addedRanges?: LineRange[] }).addedRanges;
}

/**
 * Whether a finding at `path` (repository-relative), lines `startLine..endLine`, is in the change under
 * a change-based scope. Without a line the finding concerns the whole file, so any added line counts.
 * When the change carries no line ranges at all, a changed file counts whole: better to hold a finding
 * to the limits than to let it through unseen.
 */
export function inChange(
  scope: Extract<FindingsScope, 'changed-files' | 'changed-lines'>,
  path: string | undefined,
  startLine: number | undefined,
  endLine: number | undefined,
  change: ChangeIndex,
): boolean {
  if (path === undefined) return false;
  const file = change.files.get(path);
  if (file === undefined || file.status === 'deleted') return false;
  if (scope === 'changed-files') return true;
  const ranges = addedRangesOf(file);
  if (ranges === undefined) return true;
  if (startLine === undefined) return ranges.length > 0;
  const last = endLine !== undefined && endLine >= startLine ? endLine : startLine;
  return ranges.some(([from, to]) => from <= last && to >= startLine);
}
