/**
 * Destructive statements in migrations and SQL files, read from the added lines: SQL by statement
 * (parser first, tokens when it does not parse), framework calls by pattern, SQL embedded in code.
 */
import type { FilePatch } from '../../model.js';
import type { DestructiveFact } from '../types.js';
import { addedBlocks, evidence, lineAt, type AddedBlock } from './added-blocks.js';
import { hasDownStep, isDownFile, MIGRATION_PATH, SQL_FILE, withoutDownSections } from './migration-files.js';
import { embeddedSql, ormEffects } from './orm-operations.js';
import { effectsOfAst, type SqlStatementParser } from './sql-ast.js';
import { losesData, type SqlEffect } from './sql-effect.js';
import { splitSqlStatements } from './sql-text.js';
import { classifyTokens } from './sql-tokens.js';

const CODE_MIGRATION = /\.(rb|py|js|mjs|cjs|ts|mts|cts|xml|ya?ml|json|php|java|kt|go|cs|ex|exs)$/i;

export function isSqlOrMigration(path: string): boolean {
  return SQL_FILE.test(path) || MIGRATION_PATH.test(path);
}

interface Read {
  effect: SqlEffect;
  /** 0-based line within the scanned text. */
  line: number;
  statement: string;
  readBy: 'sql-parser' | 'sql-tokens';
}

/** Statements of a SQL text and what each destroys: the parser's reading when it parses, tokens otherwise. */
export function readSql(text: string, parse?: SqlStatementParser): Read[] {
  const out: Read[] = [];
  for (const s of splitSqlStatements(text)) {
    // A parser can accept a statement it misreads (T-SQL takes `DROP SCHEMA x` for a variable), so a
    // reading that names nothing is checked by the tokens too.
    const parsed = parse?.(s.text)?.flatMap(effectsOfAst) ?? [];
    const readBy = parsed.length ? 'sql-parser' : 'sql-tokens';
    const effects = parsed.length ? parsed : classifyTokens(s.text);
    for (const effect of effects) out.push({ effect, line: s.line, statement: s.text, readBy });
  }
  return out;
}

function lineOfIndex(text: string, index: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Comment lines of code migrations blanked (keeping line numbers); SQL comments are the SQL reader's job. */
function withoutCodeComments(lines: string[]): string[] {
  return lines.map((l) => (/^\s*(#|\/\/|\*|\/\*)/.test(l) ? '' : l));
}

function fromBlock(path: string, block: AddedBlock, lines: string[], parse: SqlStatementParser | undefined, downStep: boolean): DestructiveFact[] {
  const text = lines.join('\n');
  const facts: DestructiveFact[] = [];
  const sqlFact = (r: Read, baseLine: number): DestructiveFact => ({
    kind: r.effect.kind,
    path,
    reversible: !losesData(r.effect) && downStep,
    source: 'diff',
    action: r.effect.action,
    objectType: r.effect.objectType,
    object: r.effect.object,
    line: lineAt(block, baseLine + r.line),
    evidence: evidence(r.statement),
    downStep,
    readBy: r.readBy,
  });
  if (SQL_FILE.test(path)) return readSql(text, parse).map((r) => sqlFact(r, 0));
  if (!CODE_MIGRATION.test(path)) return facts;
  const code = withoutCodeComments(lines).join('\n');
  for (const e of ormEffects(code)) {
    facts.push({
      kind: e.kind,
      path,
      reversible: e.kind === 'orm-rename' && downStep,
      source: 'diff',
      action: e.action,
      objectType: e.objectType,
      object: e.object,
      line: lineAt(block, lineOfIndex(code, e.index)),
      evidence: evidence(e.evidence),
      downStep,
      readBy: 'pattern',
    });
  }
  for (const embedded of embeddedSql(code)) {
    const at = lineOfIndex(code, embedded.index);
    facts.push(...readSql(embedded.sql, parse).map((r) => sqlFact(r, at)));
  }
  return facts;
}

export function migrationOperations(patch: FilePatch, changedPaths: ReadonlySet<string>, parse?: SqlStatementParser): DestructiveFact[] {
  if (isDownFile(patch.path)) return [];
  const downStep = hasDownStep(patch.path, patch.added, changedPaths);
  return addedBlocks(patch).flatMap((block) => fromBlock(patch.path, block, withoutDownSections(block.lines), parse, downStep));
}
