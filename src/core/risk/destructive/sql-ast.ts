/**
 * Destructive effects read from a parsed statement (node-sql-parser's AST, any dialect). Only the
 * shapes that destroy or rename are read; everything else parses to "no effect".
 */
import type { SqlEffect } from './sql-effect.js';

/** One statement's AST as the parser gives it; read structurally, never trusted to have a field. */
export type SqlAst = Record<string, unknown>;

/**
 * Parses one statement; undefined when no dialect can. Loaded lazily by the gatherer, only when a
 * changed file is SQL, and handed to the core so scoring stays synchronous and pure.
 */
export type SqlStatementParser = (statement: string) => SqlAst[] | undefined;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A keyword field lower-cased, or '' when the field is not a string. */
function word(v: unknown): string {
  return typeof v === 'string' ? v.toLowerCase() : '';
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** A name from any of the parser's name shapes: "t", {db, table}, a column_ref, {expr: {value}}. */
function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  const o = obj(v);
  if (!o) return undefined;
  if (o.type === 'column_ref') {
    const column = nameOf(o.column);
    const table = str(o.table);
    return column && table ? `${table}.${column}` : column;
  }
  if (o.expr) return nameOf(o.expr);
  if (o.value !== undefined) return nameOf(o.value);
  const table = str(o.table);
  if (table) return [str(o.db), str(o.schema), table].filter(Boolean).join('.');
  return undefined;
}

const DROPPABLE = new Set(['table', 'view', 'index', 'schema', 'database', 'type']);

function drop(ast: SqlAst): SqlEffect[] {
  const keyword = word(ast.keyword);
  if (!DROPPABLE.has(keyword)) return [];
  return list(ast.name)
    .map(nameOf)
    .filter((n): n is string => Boolean(n))
    .map((object) => ({ kind: 'sql-drop', action: 'delete', objectType: keyword, object }));
}

function alterEffect(table: string, e: Record<string, unknown>): SqlEffect[] {
  const action = word(e.action);
  const resource = word(e.resource);
  if (action === 'drop') {
    if (resource === 'column') return [{ kind: 'sql-drop', action: 'delete', objectType: 'column', object: `${table}.${nameOf(e.column) ?? '?'}` }];
    if (resource === 'constraint') return [{ kind: 'sql-drop', action: 'delete', objectType: 'constraint', object: `${table}.${nameOf(e.constraint) ?? '?'}` }];
    if (resource === 'key' && word(e.keyword) === 'primary key') return [{ kind: 'sql-drop', action: 'delete', objectType: 'constraint', object: `${table} primary key` }];
    if (resource === 'key') return [{ kind: 'sql-drop', action: 'delete', objectType: 'constraint', object: `${table}.${nameOf(e.key) ?? '?'}` }];
    if (resource === 'index') return [{ kind: 'sql-drop', action: 'delete', objectType: 'index', object: `${table}.${nameOf(e.index) ?? '?'}` }];
    if (resource === 'partition') return [{ kind: 'sql-drop', action: 'delete', objectType: 'partition', object: table }];
    return [];
  }
  if (action === 'rename') {
    if (resource === 'table') return [{ kind: 'sql-rename', action: 'rename', objectType: 'table', object: `${table} → ${nameOf(e.table) ?? '?'}` }];
    if (resource === 'column') return [{ kind: 'sql-rename', action: 'rename', objectType: 'column', object: `${table}.${nameOf(e.old_column) ?? '?'} → ${nameOf(e.column) ?? '?'}` }];
  }
  return [];
}

function alter(ast: SqlAst): SqlEffect[] {
  if (ast.keyword !== undefined && word(ast.keyword) !== 'table') return [];
  const table = nameOf(list(ast.table)[0]);
  if (!table) return [];
  return list(ast.expr).flatMap((e) => (obj(e) ? alterEffect(table, obj(e)!) : []));
}

function rename(ast: SqlAst): SqlEffect[] {
  return list(ast.table).flatMap((pair) => {
    const [from, to] = list(pair);
    return [{ kind: 'sql-rename' as const, action: 'rename' as const, objectType: 'table', object: `${nameOf(from) ?? '?'} → ${nameOf(to) ?? '?'}` }];
  });
}

function targets(ast: SqlAst): string[] {
  return list(ast.table).map(nameOf).filter((n): n is string => Boolean(n));
}

export function effectsOfAst(ast: SqlAst): SqlEffect[] {
  switch (word(ast.type)) {
    case 'drop':
      return drop(ast);
    case 'truncate':
      return list(ast.name).map(nameOf).filter((n): n is string => Boolean(n)).map((object) => ({ kind: 'sql-truncate', action: 'truncate', objectType: 'table', object }));
    case 'alter':
      return alter(ast);
    case 'rename':
      return rename(ast);
    case 'delete':
      return ast.where ? [] : targets(ast).slice(0, 1).map((object) => ({ kind: 'sql-delete-unbounded', action: 'delete', objectType: 'rows', object }));
    case 'update':
      return ast.where ? [] : targets(ast).slice(0, 1).map((object) => ({ kind: 'sql-update-unbounded', action: 'replace', objectType: 'rows', object }));
    default:
      return [];
  }
}
