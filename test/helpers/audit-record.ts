/**
 * Every audit record an end-to-end test reads passes through here: it is checked against the
 * published schema/audit-record.schema.json with a JSON Schema validator other than the one that
 * generated it (Ajv, compiled once and kept: test/helpers/kept-validator.ts), replayed by the same
 * code `verify` runs (the decision and every field must come out the same), and checked against the
 * statement written beside it, so each e2e test is also a test of the record's contract and of replay.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { projectRoot } from './corpus.js';
import { isCalendarDate } from '../../src/core/schema/scalars.js';
import type { AuditRecord } from '../../src/core/render/audit-schema.js';
import { replayNeedsSql, replayRecord } from '../../src/core/record/replay.js';
import { statementProblems } from '../../src/core/record/statement-check.js';
import type { SqlStatementParser } from '../../src/core/risk/destructive.js';
import { SQL_DIALECTS, sqlParserOf } from '../../src/gather/sql-parser.js';
import { statementShapeProblems } from './in-toto.js';
import { keptValidator } from './kept-validator.js';

let sqlParser: SqlStatementParser | undefined;

/**
 * The parser the run used, for records of changes with SQL, as `verify` loads it only for those: the
 * dialect builds are over a megabyte of code, too dear to load in every test file that reads a record.
 */
function parserFor(record: AuditRecord): SqlStatementParser | undefined {
  if (!replayNeedsSql(record)) return undefined;
  const require = createRequire(import.meta.url);
  return (sqlParser ??= sqlParserOf(SQL_DIALECTS.map((d) => require(`node-sql-parser/build/${d}.js`))));
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

let validator: ValidateFunction | undefined;

function validateRecord(): ValidateFunction {
  if (!validator) {
    const schema = readFileSync(join(projectRoot, 'schema/audit-record.schema.json'), 'utf8');
    validator = keptValidator('audit-record', schema, { formats: { 'date-time': { type: 'string', validate: (s: string) => ISO_TIMESTAMP.test(s) && isCalendarDate(s.slice(0, 10)) } } });
  }
  return validator;
}

/** Problems of `record` against the published schema, one line each; empty when it conforms. */
export function auditRecordProblems(record: unknown): string[] {
  const validate = validateRecord();
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

/** How the replay of `record` differs from it, one line each; empty when `verify` would accept it. */
function replayProblems(record: AuditRecord): string[] {
  const replay = replayRecord(record, parserFor(record));
  if (!replay.ok) return [replay.reason];
  return replay.differences.map((d) => `${d.path}: recorded ${JSON.stringify(d.recorded)}, replayed ${JSON.stringify(d.replayed)}`);
}

/**
 * Parses an audit record and fails the test when it does not match schema/audit-record.schema.json,
 * when its replay differs, or when the statement written beside it (if given) is not about it.
 */
export function readAuditRecord(text: string, where: string, statementText?: string): AuditRecord {
  const record: unknown = JSON.parse(text);
  const problems = auditRecordProblems(record);
  if (problems.length) throw new Error(`The audit record ${where} does not match schema/audit-record.schema.json:\n${problems.join('\n')}`);
  const replayed = replayProblems(record as AuditRecord);
  if (replayed.length) throw new Error(`The audit record ${where} does not replay to itself:\n${replayed.join('\n')}`);
  if (statementText !== undefined) {
    const statement: unknown = JSON.parse(statementText);
    const wrong = [...statementShapeProblems(statement), ...statementProblems(statement, text, record)];
    if (wrong.length) throw new Error(`The statement beside the audit record ${where} is not about it:\n${wrong.join('\n')}`);
  }
  return record as AuditRecord;
}
