/**
 * The careful fallback for a statement the SQL parser cannot read (vendor syntax, templating): a
 * token-level classifier over the comment-stripped statement. It recognises the statements that
 * destroy or rename, names the object, and says nothing about anything else.
 */
import type { SqlEffect } from './sql-effect.js';

interface Token {
  /** Upper-cased word, or the punctuation itself; quoted identifiers and strings keep their text. */
  word: string;
  /** Identifier as written, without quotes. */
  name: string;
  quoted: boolean;
  depth: number;
}

/** Quoted identifiers, strings, template placeholders (`{{ schema }}`, `${table}`), words, numbers, punctuation. */
const TOKEN = /"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|'(?:[^']|'')*'|\{\{[^}]*\}\}|\$\{[^}]*\}|[A-Za-z_#@][\w$#@]*|\d+(?:\.\d+)?|\S/g;

function tokenise(statement: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const m of statement.matchAll(TOKEN)) {
    const t = m[0];
    if (t === ')') depth = Math.max(0, depth - 1);
    const placeholder = /^(\{\{|\$\{)/.test(t);
    const quoted = placeholder || /^["`[]/.test(t);
    const isString = t.startsWith("'");
    const name = placeholder ? t.replace(/\s+/g, '') : quoted ? t.slice(1, -1).replace(/""/g, '"').replace(/``/g, '`') : isString ? t.slice(1, -1).replace(/''/g, "'") : t;
    out.push({ word: quoted || isString ? t : t.toUpperCase(), name, quoted, depth });
    if (t === '(') depth++;
  }
  return out;
}

class Cursor {
  constructor(
    readonly tokens: Token[],
    public i = 0,
  ) {}
  peek(offset = 0): string | undefined {
    return this.tokens[this.i + offset]?.word;
  }
  accept(...words: string[]): boolean {
    if (words.every((w, k) => this.peek(k) === w)) {
      this.i += words.length;
      return true;
    }
    return false;
  }
  /** A possibly qualified name: a.b.c, quoted parts allowed. */
  name(): string | undefined {
    const first = this.tokens[this.i];
    if (!first || !(first.quoted || /^[A-Z_#@]/.test(first.word))) return undefined;
    const parts = [first.name];
    this.i++;
    while (this.peek() === '.' && this.tokens[this.i + 1]) {
      parts.push(this.tokens[this.i + 1]!.name);
      this.i += 2;
    }
    return parts.join('.');
  }
  names(stop: readonly string[]): string[] {
    const out: string[] = [];
    for (;;) {
      const n = this.name();
      if (!n || stop.includes(n.toUpperCase())) break;
      out.push(n);
      if (!this.accept(',')) break;
    }
    return out;
  }
  rest(): Token[] {
    return this.tokens.slice(this.i);
  }
}

const DROPPABLE: Record<string, string> = { TABLE: 'table', VIEW: 'view', INDEX: 'index', SCHEMA: 'schema', DATABASE: 'database', TYPE: 'type' };
const NAME_STOP = ['CASCADE', 'RESTRICT', 'ON', 'PURGE'];

function drop(c: Cursor): SqlEffect[] {
  if (!c.accept('TEMPORARY')) c.accept('TEMP');
  let objectType: string | undefined;
  if (c.accept('MATERIALIZED', 'VIEW')) objectType = 'view';
  else if (c.peek() && DROPPABLE[c.peek()!]) objectType = DROPPABLE[c.tokens[c.i++]!.word];
  if (!objectType) return [];
  c.accept('CONCURRENTLY');
  c.accept('IF', 'EXISTS');
  const type = objectType;
  return c.names(NAME_STOP).map((object) => ({ kind: 'sql-drop', action: 'delete', objectType: type, object }));
}

function truncate(c: Cursor): SqlEffect[] {
  c.accept('TABLE');
  c.accept('ONLY');
  return c.names(NAME_STOP).map((object) => ({ kind: 'sql-truncate', action: 'truncate', objectType: 'table', object }));
}

/** Splits the tokens after ALTER TABLE name into its comma-separated actions (top level only). */
function actions(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  const base = tokens[0]?.depth ?? 0;
  for (const t of tokens) {
    if (t.word === ',' && t.depth === base) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.filter((a) => a.length);
}

const NOT_A_COLUMN = ['CONSTRAINT', 'INDEX', 'KEY', 'PRIMARY', 'FOREIGN', 'CHECK', 'DEFAULT', 'PARTITION', 'NOT', 'IDENTITY', 'EXPRESSION', 'PERIOD', 'SYSTEM'];

function alterAction(table: string, tokens: Token[]): SqlEffect[] {
  const c = new Cursor(tokens);
  if (c.accept('DROP')) {
    if (c.accept('CONSTRAINT') || c.accept('FOREIGN', 'KEY') || c.accept('CHECK')) {
      c.accept('IF', 'EXISTS');
      return [{ kind: 'sql-drop', action: 'delete', objectType: 'constraint', object: `${table}.${c.name() ?? '?'}` }];
    }
    if (c.accept('PRIMARY', 'KEY')) return [{ kind: 'sql-drop', action: 'delete', objectType: 'constraint', object: `${table} primary key` }];
    if (c.accept('INDEX') || c.accept('KEY')) return [{ kind: 'sql-drop', action: 'delete', objectType: 'index', object: `${table}.${c.name() ?? '?'}` }];
    if (c.accept('PARTITION')) return c.names([]).map((p) => ({ kind: 'sql-drop', action: 'delete', objectType: 'partition', object: `${table}.${p}` }));
    if (c.peek() && NOT_A_COLUMN.includes(c.peek()!)) return [];
    c.accept('COLUMN');
    c.accept('IF', 'EXISTS');
    const column = c.name();
    return column ? [{ kind: 'sql-drop', action: 'delete', objectType: 'column', object: `${table}.${column}` }] : [];
  }
  if (c.accept('RENAME')) {
    if (c.accept('TO') || c.accept('AS')) return [{ kind: 'sql-rename', action: 'rename', objectType: 'table', object: `${table} → ${c.name() ?? '?'}` }];
    if (c.peek() === 'CONSTRAINT' || c.peek() === 'INDEX' || c.peek() === 'KEY') return [];
    c.accept('COLUMN');
    const from = c.name();
    if (from && c.accept('TO')) return [{ kind: 'sql-rename', action: 'rename', objectType: 'column', object: `${table}.${from} → ${c.name() ?? '?'}` }];
  }
  return [];
}

function alterTable(c: Cursor): SqlEffect[] {
  if (!c.accept('TABLE')) return [];
  c.accept('IF', 'EXISTS');
  c.accept('ONLY');
  const table = c.name();
  if (!table) return [];
  return actions(c.rest()).flatMap((a) => alterAction(table, a));
}

function renameTable(c: Cursor): SqlEffect[] {
  if (!c.accept('TABLE')) return [];
  const out: SqlEffect[] = [];
  for (;;) {
    const from = c.name();
    if (!from || !c.accept('TO')) break;
    out.push({ kind: 'sql-rename', action: 'rename', objectType: 'table', object: `${from} → ${c.name() ?? '?'}` });
    if (!c.accept(',')) break;
  }
  return out;
}

/** T-SQL: EXEC sp_rename 'dbo.users.email', 'mail', 'COLUMN' */
function spRename(c: Cursor): SqlEffect[] {
  const proc = c.name();
  if (!proc || !/(^|\.)sp_rename$/i.test(proc)) return [];
  // N'...' strings tokenise as the word N and then the string.
  const strings = c.rest().filter((t) => t.word.startsWith("'")).map((t) => t.name);
  if (strings.length < 2) return [];
  const type = (strings[2] ?? 'object').toLowerCase();
  if (type !== 'column' && type !== 'object') return [];
  return [{ kind: 'sql-rename', action: 'rename', objectType: type === 'column' ? 'column' : 'table', object: `${strings[0]} → ${strings[1]}` }];
}

function hasTopLevel(tokens: Token[], word: string): boolean {
  const base = tokens[0]?.depth ?? 0;
  return tokens.some((t) => t.word === word && t.depth === base);
}

function unbounded(c: Cursor, verb: 'DELETE' | 'UPDATE'): SqlEffect[] {
  const rest = c.rest();
  if (hasTopLevel(rest, 'WHERE')) return [];
  if (verb === 'DELETE') {
    c.accept('FROM');
    c.accept('ONLY');
    const table = c.name();
    return table ? [{ kind: 'sql-delete-unbounded', action: 'delete', objectType: 'rows', object: table }] : [];
  }
  c.accept('ONLY');
  const table = c.name();
  return table && hasTopLevel(c.rest(), 'SET') ? [{ kind: 'sql-update-unbounded', action: 'replace', objectType: 'rows', object: table }] : [];
}

/** Skips a leading `WITH a AS (...), b AS (...)` so the statement's own verb comes next. */
function skipCommonTableExpressions(c: Cursor): void {
  if (!c.accept('WITH')) return;
  c.accept('RECURSIVE');
  while (c.i < c.tokens.length) {
    const t = c.tokens[c.i]!;
    if (t.depth === 0 && ['DELETE', 'UPDATE', 'SELECT', 'INSERT', 'MERGE'].includes(t.word)) return;
    c.i++;
  }
}

export function classifyTokens(statement: string): SqlEffect[] {
  const c = new Cursor(tokenise(statement));
  skipCommonTableExpressions(c);
  const verb = c.tokens[c.i++]?.word;
  switch (verb) {
    case 'DROP':
      return drop(c);
    case 'TRUNCATE':
      return truncate(c);
    case 'ALTER':
      return alterTable(c);
    case 'RENAME':
      return renameTable(c);
    case 'EXEC':
    case 'EXECUTE':
      return spRename(c);
    case 'DELETE':
    case 'UPDATE':
      return unbounded(c, verb);
    case undefined:
    default:
      return [];
  }
}
