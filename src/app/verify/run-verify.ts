/**
 * `ai-governance-gate verify RECORD [--statement FILE]`: replays the decision an audit record holds and,
 * given a statement, checks it is about this record. Exit 0: the same decision byte for byte (and the
 * statement matches); 1: something differs, named by path; 2: the record cannot be read or replayed, or
 * was written by another gate version whose evaluator may differ.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import { validate, listProblems } from '../../core/schema/problems.js';
import { auditRecordSchema, type AuditRecord } from '../../core/render/audit-schema.js';
import { AUDIT_SCHEMA_VERSION } from '../../core/render/audit-version.js';
import { replayNeedsSql, replayRecord, type Difference } from '../../core/record/replay.js';
import { statementProblems, statementsIn } from '../../core/record/statement-check.js';
import { loadSqlParser } from '../../gather/sql-parser.js';
import { VERSION } from '../../core/version.js';

const VERIFY_HELP = `Usage: ai-governance-gate verify RECORD [--statement FILE]

Replays the decision an audit record holds: evaluates the inputs it keeps again with this gate's
evaluator and compares the record it would write with the one given, field by field.

Options:
  --statement FILE   also check an in-toto statement is about this record: the gate's own
                     statement file, or a signed bundle as \`gh attestation download\` or
                     \`cosign attest-blob --bundle\` wrote it (the signature itself is checked by
                     \`gh attestation verify\` or \`cosign verify-blob-attestation\`)
  -h, --help         print this help

Exit codes: 0 the same decision (and the statement matches), 1 something differs, 2 the record
cannot be read or replayed, or another gate version wrote it and the replay differs.
`;

export interface VerifyIo {
  cwd: string;
  stdout: { write(text: string): unknown };
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return '(absent)';
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function listDifferences(diffs: Difference[]): string {
  return diffs.map((d) => `  - ${d.path}: recorded ${show(d.recorded)}, replayed ${show(d.replayed)}`).join('\n');
}

async function readText(file: string, what: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new InputError(`The ${what} ${file} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, `Give the path of the ${what} file.`);
  }
}

function parseJson(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError(`The ${what} ${file} is not JSON: ${(e as Error).message}.`, `Give the ${what} file as the gate or the signing step wrote it.`);
  }
}

function readRecord(text: string, file: string): AuditRecord {
  const doc = parseJson(text, file, 'audit record');
  const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  const tool = (doc as { tool?: { version?: unknown } } | null)?.tool?.version;
  if (typeof version === 'number' && version !== AUDIT_SCHEMA_VERSION) {
    throw new InputError(
      `The audit record ${file} has schema version ${version}${typeof tool === 'string' ? ` (written by ai-governance-gate ${tool})` : ''}; this gate (${VERSION}) replays version ${AUDIT_SCHEMA_VERSION}.`,
      version < 5 ? 'Records before schema version 5 keep no inputs and cannot be replayed.' : `Verify it with the gate version that wrote it, e.g. \`npx ai-governance-gate@${typeof tool === 'string' ? tool : '<version>'} verify ${file}\`.`,
    );
  }
  const checked = validate(auditRecordSchema, doc);
  if (!checked.ok) {
    throw new InputError(
      `The audit record ${file} does not match the audit record schema (version ${AUDIT_SCHEMA_VERSION}):\n${listProblems(checked.problems, 10)}`,
      'A record the gate wrote always matches its schema: this one was edited or truncated.',
    );
  }
  return checked.value;
}

async function checkStatement(file: string, recordText: string, record: AuditRecord, io: VerifyIo): Promise<boolean> {
  const text = await readText(file, 'statement', io.cwd);
  const docs = text.trim().startsWith('{') && !text.trim().includes('\n{') ? [parseJson(text, file, 'statement')] : text.split('\n').filter((l) => l.trim()).map((l) => parseJson(l, file, 'statement'));
  const statements = docs.flatMap(statementsIn);
  if (!statements.length) throw new InputError(`The statement ${file} holds no in-toto statement.`, 'Give the statement file the gate wrote, or a bundle from `gh attestation download` or `cosign attest-blob --bundle`.');
  const results = statements.map((s) => statementProblems(s, recordText, record));
  if (results.some((p) => p.length === 0)) {
    io.stdout.write(`Statement ${file}: its subject is this record file and the head commit, its predicate is this record.\n`);
    return true;
  }
  io.stdout.write(`Statement ${file} is not about this record:\n${results.flatMap((p) => p.map((x) => `  - ${x}`)).join('\n')}\n`);
  return false;
}

export async function runVerify(argv: string[], io: VerifyIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { statement: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError((e as Error).message, 'Run `ai-governance-gate verify --help` for the options.');
  }
  if (parsed.values.help) {
    io.stdout.write(VERIFY_HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new InputError('verify takes one audit record file.', 'Run `ai-governance-gate verify RECORD [--statement FILE]`.');
  const file = parsed.positionals[0]!;
  const text = await readText(file, 'audit record', io.cwd);
  const record = readRecord(text, file);
  const sqlParser = replayNeedsSql(record) ? await loadSqlParser() : undefined;
  const replay = replayRecord(record, sqlParser);
  if (!replay.ok) throw new InputError(`The decision in ${file} cannot be replayed: ${replay.reason}.`, `Only a record the gate wrote (schema version ${AUDIT_SCHEMA_VERSION}) can be replayed.`);
  const otherVersion = record.tool.version !== VERSION;
  const partial = record.inputs && !record.inputs.complete ? ` The record's inputs are partial (${record.inputs.capped.join('; ')}), so the replay is too.` : '';
  let code = 0;
  if (replay.differences.length) {
    io.stdout.write(`The record ${file} does not match its replay (decision recorded ${record.decision}, replayed ${replay.rebuilt.decision}):\n${listDifferences(replay.differences)}\n`);
    if (otherVersion) {
      io.stdout.write(`It was written by ai-governance-gate ${record.tool.version}; this is ${VERSION}, whose evaluator may differ. Verify it with the version that wrote it (npx ai-governance-gate@${record.tool.version} verify ${file}).${partial}\n`);
      return 2;
    }
    if (partial) io.stdout.write(`${partial.trim()}\n`);
    code = 1;
  } else {
    io.stdout.write(`Replayed: the decision ${record.decision}, its ${record.violations.length} violation${record.violations.length === 1 ? '' : 's'} and every other field match the record ${file}.${otherVersion ? ` (Written by ${record.tool.version}, replayed by ${VERSION}.)` : ''}${partial}\n`);
  }
  if (parsed.values.statement && !(await checkStatement(parsed.values.statement, text, record, io))) code = 1;
  return code;
}
