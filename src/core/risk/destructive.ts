/**
 * Destructive operations read from the diff: what a revert of this change would not undo, or what
 * deletes infrastructure or data when applied. Each detector is a row; adding one is one entry.
 */
import type { ChangedFile, FilePatch } from '../model.js';
import type { DestructiveOperation } from './types.js';

const TERRAFORM = /\.(tf|tf\.json)$/i;
const YAML = /\.ya?ml$/i;
const SQL = /\.sql$/i;
const MIGRATION_PATH = /(^|\/)(migrations?|migrate|alembic\/versions|flyway|liquibase)\//i;

/** Files whose content the destructive checks need; the git reader fetches patches only for these. */
export function needsContent(file: ChangedFile, isSensitive: (path: string) => boolean): boolean {
  const p = file.path;
  if (file.binary) return false;
  if (TERRAFORM.test(p) || SQL.test(p) || MIGRATION_PATH.test(p)) return true;
  if (file.status === 'deleted' && YAML.test(p)) return true;
  return isSensitive(p);
}

const RESOURCE = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/;

function terraform(patch: FilePatch): DestructiveOperation[] {
  const ops: DestructiveOperation[] = [];
  const added = new Set(patch.added.map((l) => RESOURCE.exec(l)).filter(Boolean).map((m) => `${m![1]}.${m![2]}`));
  for (const line of patch.removed) {
    const m = RESOURCE.exec(line);
    if (m && !added.has(`${m[1]}.${m[2]}`)) {
      ops.push({ kind: 'terraform-resource-removed', path: patch.path, detail: `Terraform resource ${m[1]}.${m[2]} removed (destroyed on apply)`, reversible: false, address: `${m[1]}.${m[2]}` });
    }
  }
  const removedGuard = patch.removed.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l));
  const keptGuard = patch.added.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l));
  if (removedGuard && !keptGuard) {
    ops.push({ kind: 'terraform-prevent-destroy-removed', path: patch.path, detail: 'prevent_destroy = true removed', reversible: true });
  }
  if (patch.added.some((l) => /^\s*prevent_destroy\s*=\s*false\b/.test(l))) {
    ops.push({ kind: 'terraform-prevent-destroy-false', path: patch.path, detail: 'prevent_destroy set to false', reversible: true });
  }
  if (patch.added.some((l) => /^\s*force_destroy\s*=\s*true\b/.test(l))) {
    ops.push({ kind: 'terraform-force-destroy', path: patch.path, detail: 'force_destroy = true (deletes contents with the resource)', reversible: true });
  }
  return ops;
}

const SQL_OPS: { kind: string; pattern: RegExp; detail: (m: RegExpExecArray) => string }[] = [
  { kind: 'sql-drop', pattern: /\bDROP\s+(TABLE|DATABASE|SCHEMA|COLUMN|VIEW|INDEX|TYPE)\b(?:\s+IF\s+EXISTS)?\s*([\w."`\[\]]*)/i, detail: (m) => `DROP ${m[1]!.toUpperCase()} ${m[2] ?? ''}`.trim() },
  { kind: 'sql-truncate', pattern: /\bTRUNCATE\b(?:\s+TABLE)?\s*([\w."`\[\]]*)/i, detail: (m) => `TRUNCATE ${m[1] ?? ''}`.trim() },
  { kind: 'sql-delete-unbounded', pattern: /\bDELETE\s+FROM\s+([\w."`\[\]]+)\s*(?:;|$)/i, detail: (m) => `DELETE FROM ${m[1]} without WHERE` },
  { kind: 'orm-drop', pattern: /\b(drop_table|remove_column|drop_column|RemoveField|DeleteModel|dropTable|dropColumn|removeColumn|op\.drop_table|op\.drop_column)\b/, detail: (m) => `${m[1]} in a migration` },
];

const DOWN_STEP = /(\bdef\s+down\b|\bdef\s+downgrade\b|\+migrate\s+Down|\+goose\s+Down|\bexports\.down\b|\basync\s+down\s*\(|\bdown\s*\(|\bfunction\s+down\b|\breversible\b)/i;

function migrations(patch: FilePatch, changedPaths: Set<string>): DestructiveOperation[] {
  const ops: DestructiveOperation[] = [];
  const hasDown =
    patch.added.some((l) => DOWN_STEP.test(l)) ||
    [...changedPaths].some((p) => p !== patch.path && /\.down\.sql$/i.test(p) && p.replace(/\.down\.sql$/i, '') === patch.path.replace(/\.up\.sql$/i, ''));
  for (const line of patch.added) {
    if (/^\s*(--|#|\/\/)/.test(line)) continue;
    for (const op of SQL_OPS) {
      const m = op.pattern.exec(line);
      if (m) {
        const down = hasDown ? '' : ' (no down step)';
        ops.push({ kind: op.kind, path: patch.path, detail: `${op.detail(m)}${down}`, reversible: false });
        break;
      }
    }
  }
  return ops;
}

function isKubernetesManifest(lines: string[]): boolean {
  return lines.some((l) => /^apiVersion:\s*\S/.test(l)) && lines.some((l) => /^kind:\s*\S/.test(l));
}

export function detectDestructive(
  files: ChangedFile[],
  patches: FilePatch[],
  isSensitive: (path: string) => string[],
): DestructiveOperation[] {
  const ops: DestructiveOperation[] = [];
  const byPath = new Map(patches.map((p) => [p.path, p]));
  const changedPaths = new Set(files.map((f) => f.path));
  for (const file of files) {
    const patch = byPath.get(file.path);
    const fileOps: DestructiveOperation[] = [];
    if (patch && TERRAFORM.test(file.path)) fileOps.push(...terraform(patch));
    if (patch && (SQL.test(file.path) || MIGRATION_PATH.test(file.path))) fileOps.push(...migrations(patch, changedPaths));
    if (file.status === 'deleted' && fileOps.length === 0) {
      const groups = isSensitive(file.path);
      if (patch && YAML.test(file.path) && isKubernetesManifest(patch.removed)) {
        fileOps.push({ kind: 'kubernetes-manifest-deleted', path: file.path, detail: 'Kubernetes manifest deleted (its objects are pruned on the next sync)', reversible: true });
      } else if (groups.length) {
        fileOps.push({ kind: 'sensitive-file-deleted', path: file.path, detail: `sensitive file deleted (${groups.join(', ')})`, reversible: true });
      }
    }
    ops.push(...fileOps);
  }
  return ops;
}
