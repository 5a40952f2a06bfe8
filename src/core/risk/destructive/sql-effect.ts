/** What one SQL statement destroys or renames, however it was read (parser or tokens). */
import type { DestructiveAction } from '../types.js';

type SqlKind = 'sql-drop' | 'sql-truncate' | 'sql-rename' | 'sql-delete-unbounded' | 'sql-update-unbounded';

export interface SqlEffect {
  kind: SqlKind;
  action: DestructiveAction;
  /** table, column, schema, database, index, view, constraint, partition, type, rows */
  objectType: string;
  /** `users`, `users.email`, `users → people` for renames. */
  object: string;
}

/** Kinds that lose data when applied; a down migration cannot bring the data back. */
export function losesData(effect: Pick<SqlEffect, 'kind' | 'objectType'>): boolean {
  if (effect.kind === 'sql-rename') return false;
  if (effect.kind === 'sql-drop') return !['index', 'view', 'constraint', 'type'].includes(effect.objectType);
  return true;
}
