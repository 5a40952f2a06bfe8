/**
 * Destructive calls of migration frameworks that are not plain SQL: Rails, Django, Alembic, Knex,
 * Sequelize, TypeORM and Liquibase changelogs. Data, not logic: one row per call shape.
 */
import type { DestructiveAction } from '../types.js';

export interface OrmEffect {
  kind: 'orm-drop' | 'orm-rename';
  action: DestructiveAction;
  objectType: string;
  object: string;
  /** Character offset of the call in the scanned text. */
  index: number;
  evidence: string;
}

/** String or symbol arguments of a call, in order: 'users', "users", :users, `users`. */
function literals(args: string): string[] {
  return [...args.matchAll(/(?:(\w+)\s*[=:]\s*)?(?:'([^']*)'|"([^"]*)"|`([^`]*)`|:(\w+))/g)].map((m) => m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
}

/** Keyword arguments of a call: model_name='user', tableName="users". */
function keyword(args: string, key: string): string | undefined {
  const m = new RegExp(`\\b${key}\\s*[=:]\\s*(?:'([^']*)'|"([^"]*)")`).exec(args);
  return m ? (m[1] ?? m[2]) : undefined;
}

interface OrmRow {
  /** Matches the call; group 1 is the argument text. */
  call: RegExp;
  kind: OrmEffect['kind'];
  objectType: string;
  object: (args: string) => string | undefined;
}

const first = (args: string) => literals(args)[0];
const pair = (args: string) => {
  const [a, b] = literals(args);
  return a && b ? `${a}.${b}` : a;
};
const renamed = (args: string) => {
  const [a, b] = literals(args);
  return a && b ? `${a} → ${b}` : a;
};
const renamedColumn = (args: string) => {
  const [t, a, b] = literals(args);
  return t && a && b ? `${t}.${a} → ${b}` : renamed(args);
};

const ARGS = String.raw`\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)`;
const RUBY_ARGS = String.raw`[ \t(]+([^\n]*)`;

const ROWS: OrmRow[] = [
  // Rails (ActiveRecord)
  { call: new RegExp(String.raw`\bdrop_table${RUBY_ARGS}`), kind: 'orm-drop', objectType: 'table', object: first },
  { call: new RegExp(String.raw`\bremove_columns?${RUBY_ARGS}`), kind: 'orm-drop', objectType: 'column', object: pair },
  { call: new RegExp(String.raw`\brename_table${RUBY_ARGS}`), kind: 'orm-rename', objectType: 'table', object: renamed },
  { call: new RegExp(String.raw`\brename_column${RUBY_ARGS}`), kind: 'orm-rename', objectType: 'column', object: renamedColumn },
  { call: new RegExp(String.raw`\bremove_(?:reference|belongs_to)${RUBY_ARGS}`), kind: 'orm-drop', objectType: 'column', object: pair },
  // Django
  { call: new RegExp(String.raw`\bDeleteModel${ARGS}`), kind: 'orm-drop', objectType: 'model', object: (a) => keyword(a, 'name') ?? first(a) },
  { call: new RegExp(String.raw`\bRemoveField${ARGS}`), kind: 'orm-drop', objectType: 'field', object: (a) => (keyword(a, 'model_name') ? `${keyword(a, 'model_name')}.${keyword(a, 'name') ?? '?'}` : pair(a)) },
  { call: new RegExp(String.raw`\bRenameModel${ARGS}`), kind: 'orm-rename', objectType: 'model', object: (a) => (keyword(a, 'old_name') ? `${keyword(a, 'old_name')} → ${keyword(a, 'new_name') ?? '?'}` : renamed(a)) },
  { call: new RegExp(String.raw`\bRenameField${ARGS}`), kind: 'orm-rename', objectType: 'field', object: (a) => (keyword(a, 'model_name') ? `${keyword(a, 'model_name')}.${keyword(a, 'old_name') ?? '?'} → ${keyword(a, 'new_name') ?? '?'}` : renamedColumn(a)) },
  // Alembic
  { call: new RegExp(String.raw`\bop\.drop_table${ARGS}`), kind: 'orm-drop', objectType: 'table', object: first },
  { call: new RegExp(String.raw`\bop\.drop_column${ARGS}`), kind: 'orm-drop', objectType: 'column', object: pair },
  { call: new RegExp(String.raw`\bop\.rename_table${ARGS}`), kind: 'orm-rename', objectType: 'table', object: renamed },
  { call: new RegExp(String.raw`\bop\.alter_column(\s*\([^()]*\bnew_column_name\b[^()]*\))`), kind: 'orm-rename', objectType: 'column', object: (a) => `${pair(a) ?? '?'} → ${keyword(a, 'new_column_name') ?? '?'}` },
  // Knex, Sequelize, TypeORM
  { call: new RegExp(String.raw`\.(?:dropTable|dropTableIfExists)${ARGS}`), kind: 'orm-drop', objectType: 'table', object: first },
  { call: new RegExp(String.raw`\.(?:removeColumn)${ARGS}`), kind: 'orm-drop', objectType: 'column', object: pair },
  { call: new RegExp(String.raw`\.(?:dropColumns?)${ARGS}`), kind: 'orm-drop', objectType: 'column', object: pair },
  { call: new RegExp(String.raw`\.renameTable${ARGS}`), kind: 'orm-rename', objectType: 'table', object: renamed },
  { call: new RegExp(String.raw`\.renameColumn${ARGS}`), kind: 'orm-rename', objectType: 'column', object: (a) => (literals(a).length >= 3 ? renamedColumn(a) : renamed(a)) },
  // Liquibase changelogs (XML attributes, YAML/JSON keys)
  { call: /<dropTable\b([^>]*)>/, kind: 'orm-drop', objectType: 'table', object: (a) => keyword(a, 'tableName') },
  { call: /<dropColumn\b([^>]*)>/, kind: 'orm-drop', objectType: 'column', object: (a) => `${keyword(a, 'tableName') ?? '?'}.${keyword(a, 'columnName') ?? '?'}` },
  { call: /<renameTable\b([^>]*)>/, kind: 'orm-rename', objectType: 'table', object: (a) => `${keyword(a, 'oldTableName') ?? '?'} → ${keyword(a, 'newTableName') ?? '?'}` },
  { call: /<renameColumn\b([^>]*)>/, kind: 'orm-rename', objectType: 'column', object: (a) => `${keyword(a, 'tableName') ?? '?'}.${keyword(a, 'oldColumnName') ?? '?'} → ${keyword(a, 'newColumnName') ?? '?'}` },
  { call: /-\s*dropTable\s*:((?:\s+\w+\s*:\s*\S+)+)/, kind: 'orm-drop', objectType: 'table', object: (a) => /tableName\s*:\s*["']?([\w.]+)/.exec(a)?.[1] },
  { call: /-\s*dropColumn\s*:((?:\s+\w+\s*:\s*\S+)+)/, kind: 'orm-drop', objectType: 'column', object: (a) => `${/tableName\s*:\s*["']?([\w.]+)/.exec(a)?.[1] ?? '?'}.${/columnName\s*:\s*["']?([\w.]+)/.exec(a)?.[1] ?? '?'}` },
];

export function ormEffects(text: string): OrmEffect[] {
  const out: OrmEffect[] = [];
  for (const row of ROWS) {
    const global = new RegExp(row.call.source, row.call.flags.includes('g') ? row.call.flags : `${row.call.flags}g`);
    for (const m of text.matchAll(global)) {
      const object = row.object(m[1] ?? '') ?? '?';
      out.push({ kind: row.kind, action: row.kind === 'orm-drop' ? 'delete' : 'rename', objectType: row.objectType, object, index: m.index, evidence: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** SQL written inside a migration's code: execute("..."), op.execute, RunSQL, knex.raw, queryRunner.query. */
const EMBEDDED_SQL = /\b(?:execute|exec|RunSQL|raw|query|statement|sql)\s*\(?\s*(?:[rRuUbBfF]{0,2})(?:"""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`]*)`|<<-?~?(\w+)\n([\s\S]*?)\n\s*\6)/g;

export function embeddedSql(text: string): { sql: string; index: number }[] {
  return [...text.matchAll(EMBEDDED_SQL)].map((m) => ({ sql: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[7] ?? '', index: m.index }));
}
