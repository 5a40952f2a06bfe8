/**
 * Every audit record an end-to-end test reads passes through here: it is checked against the
 * published schema/audit-record.schema.json with a JSON Schema validator other than the one that
 * generated it, so each e2e test is also a test of the record's contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { projectRoot } from './corpus.js';
import { isCalendarDate } from '../../src/core/schema/scalars.js';
import type { AuditRecord } from '../../src/core/render/audit-schema.js';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

let validator: ValidateFunction | undefined;

function validateRecord(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'schema/audit-record.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat('date-time', { type: 'string', validate: (s: string) => ISO_TIMESTAMP.test(s) && isCalendarDate(s.slice(0, 10)) });
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Problems of `record` against the published schema, one line each; empty when it conforms. */
export function auditRecordProblems(record: unknown): string[] {
  const validate = validateRecord();
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

/** Parses an audit record and fails the test when it does not match schema/audit-record.schema.json. */
export function readAuditRecord(text: string, where: string): AuditRecord {
  const record: unknown = JSON.parse(text);
  const problems = auditRecordProblems(record);
  if (problems.length) throw new Error(`The audit record ${where} does not match schema/audit-record.schema.json:\n${problems.join('\n')}`);
  return record as AuditRecord;
}
