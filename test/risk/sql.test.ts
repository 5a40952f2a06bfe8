/** SQL read statement by statement: with the real parser (lazily loaded chunks) and with the token fallback alone. */
import { loadSqlParser } from '../../src/gather/sql-parser.js';
import { readSql } from '../../src/core/risk/destructive/migrations.js';
import { splitSqlStatements } from '../../src/core/risk/destructive/sql-text.js';
import type { SqlStatementParser } from '../../src/core/risk/destructive/sql-ast.js';

let parser: SqlStatementParser;
beforeAll(async () => {
  parser = await loadSqlParser();
});

const summary = (text: string, parse?: SqlStatementParser) => readSql(text, parse).map((r) => `${r.effect.kind} ${r.effect.objectType} ${r.effect.object}`);

describe('splitting SQL into statements', () => {
  it('drops line, block and nested comments, keeps quotes, dollar quotes and line numbers', () => {
    const text = [
      '-- header; with a semicolon',
      "INSERT INTO notes VALUES ('a; b', 'it''s');",
      '/* outer /* nested; */ still comment; */ DROP/**/TABLE',
      '  users;',
      'CREATE FUNCTION f() RETURNS void AS $body$ BEGIN DELETE FROM t; END $body$ LANGUAGE plpgsql;',
    ].join('\n');
    const statements = splitSqlStatements(text);
    expect(statements.map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
      "INSERT INTO notes VALUES ('a; b', 'it''s')",
      'DROP TABLE users',
      'CREATE FUNCTION f() RETURNS void AS $body$ BEGIN DELETE FROM t; END $body$ LANGUAGE plpgsql',
    ]);
    expect(statements.map((s) => s.line)).toEqual([1, 2, 4]);
  });

  it('ends a T-SQL batch at GO', () => {
    expect(splitSqlStatements('DROP TABLE a\nGO\nDROP TABLE b\ngo\n').map((s) => s.text)).toEqual(['DROP TABLE a', 'DROP TABLE b']);
  });
});

/** Each case reads the same through the parser and through the tokens: both paths are checked. */
const CASES: Array<[string, string, string[]]> = [
  ['a comment inside DROP TABLE', 'DROP/**/TABLE users;', ['sql-drop table users']],
  ['a statement over several lines', 'ALTER TABLE\n  accounts\n  DROP COLUMN\n  legacy_token;', ['sql-drop column accounts.legacy_token']],
  ['several tables and IF EXISTS', 'DROP TABLE IF EXISTS public.sessions, audit CASCADE;', ['sql-drop table public.sessions', 'sql-drop table audit']],
  ['a column rename', 'ALTER TABLE customers RENAME COLUMN created_time TO created_at;', ['sql-rename column customers.created_time → created_at']],
  ['a table rename', 'ALTER TABLE users RENAME TO people;', ['sql-rename table users → people']],
  ['a constraint drop', 'ALTER TABLE orders DROP CONSTRAINT orders_user_fk;', ['sql-drop constraint orders.orders_user_fk']],
  ['TRUNCATE', 'TRUNCATE TABLE sessions;', ['sql-truncate table sessions']],
  ['DELETE without WHERE', 'DELETE FROM sessions;', ['sql-delete-unbounded rows sessions']],
  ['UPDATE without WHERE', 'UPDATE users SET admin = false;', ['sql-update-unbounded rows users']],
  ['DELETE with WHERE', 'DELETE FROM audit WHERE at < now();', []],
  ['UPDATE whose only WHERE is in a subquery', 'UPDATE users SET plan = (SELECT id FROM plans WHERE name = $$free$$);', ['sql-update-unbounded rows users']],
  ['a DROP INDEX', 'DROP INDEX idx_users_email;', ['sql-drop index idx_users_email']],
  ['DROP inside a string literal', "INSERT INTO log (line) VALUES ('DROP TABLE users');", []],
  ['a CREATE', 'CREATE TABLE t (id int primary key);', []],
];

describe.each([
  ['the SQL parser', () => parser],
  ['the token classifier alone', () => undefined],
])('destructive statements read by %s', (_, parse) => {
  it.each(CASES)('%s', (_name, sql, expected) => {
    expect(summary(sql, parse())).toEqual(expected);
  });
});

describe('which path read a statement', () => {
  it('uses the parser when the statement parses and the tokens when no dialect reads it (templated names)', () => {
    const reads = readSql('DROP TABLE users;\nDROP TABLE {{ schema }}.events;\n', parser);
    expect(reads.map((r) => [r.effect.object, r.readBy, r.line])).toEqual([
      ['users', 'sql-parser', 0],
      ['{{schema}}.events', 'sql-tokens', 1],
    ]);
  });

  it('reads vendor syntax the parser rejects: PostgreSQL DROP SCHEMA, MySQL RENAME TABLE, T-SQL sp_rename', () => {
    const text = "DROP SCHEMA reporting CASCADE;\nRENAME TABLE a TO b, c TO d;\nEXEC sp_rename 'dbo.users.email', 'mail', 'COLUMN';\nDROP MATERIALIZED VIEW daily_totals;";
    expect(summary(text, parser)).toEqual([
      'sql-drop schema reporting',
      'sql-rename table a → b',
      'sql-rename table c → d',
      'sql-rename column dbo.users.email → mail',
      'sql-drop view daily_totals',
    ]);
  });
});
