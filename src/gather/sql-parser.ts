/**
 * The SQL parser, loaded only when a change has SQL to read: each dialect is a separate chunk of the
 * bundle, so a run without SQL never parses them. A statement is tried in each dialect in turn; the
 * first that reads it wins, and a statement no dialect reads goes to the token classifier.
 */
import type { SqlAst, SqlStatementParser } from '../core/risk/destructive/sql-ast.js';

interface DialectParser {
  astify(sql: string, options: { database: string }): unknown;
}

/** PostgreSQL, MySQL, T-SQL and SQLite, most common first. */
const DIALECTS = [
  { database: 'postgresql', load: () => import('node-sql-parser/build/postgresql.js') },
  { database: 'mysql', load: () => import('node-sql-parser/build/mysql.js') },
  { database: 'transactsql', load: () => import('node-sql-parser/build/transactsql.js') },
  { database: 'sqlite', load: () => import('node-sql-parser/build/sqlite.js') },
] as const;

/** Statements longer than this are left to the token classifier: the parser's time grows with them. */
const MAX_STATEMENT = 20_000;

function asList(ast: unknown): SqlAst[] {
  const list = Array.isArray(ast) ? ast : [ast];
  return list.filter((a): a is SqlAst => Boolean(a) && typeof a === 'object');
}

export async function loadSqlParser(): Promise<SqlStatementParser> {
  const loaded = await Promise.all(
    DIALECTS.map(async (d) => {
      const mod = (await d.load()) as { Parser?: new () => DialectParser; default?: { Parser: new () => DialectParser } };
      const Parser = mod.Parser ?? mod.default!.Parser;
      return { database: d.database, parser: new Parser() };
    }),
  );
  return (statement) => {
    if (statement.length > MAX_STATEMENT) return undefined;
    for (const { database, parser } of loaded) {
      try {
        return asList(parser.astify(statement, { database }));
      } catch {
        // Not this dialect; the next one may read it.
      }
    }
    return undefined;
  };
}
