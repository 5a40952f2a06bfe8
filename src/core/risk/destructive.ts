/**
 * Destructive operations read from the diff: what a revert of this change would not undo, or what
 * deletes infrastructure or data when applied. One detector for every diff-based source; a plan reader
 * yields the same DestructiveFact shape.
 */
import type { ChangedFile, FilePatch } from '../model.js';
import type { DestructiveFact } from './types.js';
import { isSqlOrMigration, migrationOperations } from './destructive/migrations.js';
import type { SqlStatementParser } from './destructive/sql-ast.js';
import { destroyCommands, terraformOperations } from './destructive/terraform.js';
import { SQL_FILE } from './destructive/migration-files.js';

export type { SqlStatementParser } from './destructive/sql-ast.js';

const TERRAFORM = /\.(tf|tf\.json)$/i;
const YAML = /\.ya?ml$/i;
/** Scripts and build files where `terraform destroy` can hide. */
const SCRIPT = /(\.(sh|bash|zsh|ps1|mk)|(^|\/)(Makefile|GNUmakefile|makefile|justfile|Taskfile\.ya?ml))$/;

/** Files whose content the destructive checks need; the git reader fetches patches only for these. */
export function needsContent(file: ChangedFile, isSensitive: (path: string) => boolean): boolean {
  const p = file.path;
  if (file.binary) return false;
  if (TERRAFORM.test(p) || isSqlOrMigration(p) || SCRIPT.test(p)) return true;
  if (file.previousPath && TERRAFORM.test(file.previousPath)) return true;
  if (file.status === 'deleted' && YAML.test(p)) return true;
  return isSensitive(p);
}

/** Whether the change has SQL to read, so the SQL parser is worth loading. */
export function hasSql(files: ChangedFile[]): boolean {
  return files.some((f) => !f.binary && f.status !== 'deleted' && (SQL_FILE.test(f.path) || isSqlOrMigration(f.path)));
}

function isKubernetesManifest(lines: string[]): boolean {
  return lines.some((l) => /^apiVersion:\s*\S/.test(l)) && lines.some((l) => /^kind:\s*\S/.test(l));
}

function deletedFile(file: ChangedFile, patch: FilePatch | undefined, groups: readonly string[]): DestructiveFact[] {
  if (patch && YAML.test(file.path) && isKubernetesManifest(patch.removed)) {
    return [{ kind: 'kubernetes-manifest-deleted', path: file.path, reversible: true, source: 'diff', action: 'delete', objectType: 'manifest', object: file.path }];
  }
  if (groups.length) {
    return [{ kind: 'sensitive-file-deleted', path: file.path, reversible: true, source: 'diff', action: 'delete', objectType: 'file', object: file.path, reason: groups.join(', ') }];
  }
  return [];
}

export function detectDestructive(
  files: ChangedFile[],
  patches: FilePatch[],
  isSensitive: (path: string) => readonly string[],
  parse?: SqlStatementParser,
): DestructiveFact[] {
  const byPath = new Map(patches.map((p) => [p.path, p]));
  const changedPaths = new Set(files.map((f) => f.path));
  const ops: DestructiveFact[] = terraformOperations(files, byPath);
  const seen = new Set(ops.map((o) => o.path));
  for (const file of files) {
    const patch = byPath.get(file.path);
    const fileOps: DestructiveFact[] = [];
    if (patch && isSqlOrMigration(file.path) && !TERRAFORM.test(file.path)) fileOps.push(...migrationOperations(patch, changedPaths, parse));
    if (patch && !TERRAFORM.test(file.path)) fileOps.push(...destroyCommands(patch));
    if (file.status === 'deleted' && fileOps.length === 0 && !seen.has(file.path)) fileOps.push(...deletedFile(file, patch, isSensitive(file.path)));
    ops.push(...fileOps);
  }
  return ops;
}
