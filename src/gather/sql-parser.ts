/**
 * The SQL parser, loaded only when a change has SQL to read: each dialect is a separate chunk of the
 * bundle, so a run without SQL never parses them. A statement is tried in each dialect in turn; the
 * first that reads it wins, and a statement no dialect reads goes to the token classifier.
 */
import type { SqlAst, SqlStatementParser } from '../core/risk/destructive/sql-ast.js';

interface DialectParser {
  astify(sql: string, options: { database: string }): unknown;
}

/** The node-sql-parser builds tried, most common first: PostgreSQL, MySQL, T-SQL and SQLite. */
export const SQL_DIALECTS = ['postgresql', 'mysql', 'transactsql', 'sqlite'] as const;

type Dialect = (typeof SQL_DIALECTS)[number];

// Literal paths, so the bundler makes each dialect a chunk of its own.
const LOAD: Record<Dialect, () => Promise<unknown>> = {
  postgresql: () => import('node-sql-parser/build/postgresql.js'),
  mysql: () => import('node-sql-parser/build/mysql.js'),
  transactsql: () => import('node-sql-parser/build/transactsql.js'),
  sqlite: () => import('node-sql-parser/build/sqlite.js'),
};

/** Statements longer than this are left to the token classifier: the parser's time grows with them. */
const MAX_STATEMENT = 20_000;

function asList(ast: unknown): SqlAst[] {
  const list = Array.isArray(ast) ? ast : [ast];
  return list.filter((a): a is SqlAst => Boolean(a) && typeof a === 'object');
}

export async function loadSqlParser(): Promise<SqlStatementParser> {
  return sqlParserOf(await Promise.all(SQL_DIALECTS.map((d) => LOAD[d]())));
}

/**
 * The parser over dialect modules already loaded, in the order of SQL_DIALECTS (as `import()` or
 * `require()` gives them).
 */
export function sqlParserOf(modules: readonly unknown[]): SqlStatementParser {
  const loaded = SQL_DIALECTS.map((database, i) => {
    const mod = modules[i] as { Parser?: new () => DialectParser; default?: { Parser: new () => DialectParser } };
    const Parser = mod.Parser ?? mod.default!.Parser;
    return { database, parser: new Parser() };
  });
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
