/**
 * Every audit record the builder can write matches its contract: records built from arbitrary
 * evaluations (assembled field by field, and produced by the real evaluate()) validate against the
 * valibot schema and, with another validator, against the published schema/audit-record.schema.json.
 */
import { AUDIT_SCHEMA_VERSION } from '../../src/core/render/audit-version.js';
import fc from 'fast-check';
import * as v from 'valibot';
import { auditRecord, type Platform } from '../../src/core/render/audit.js';
import { auditRecordSchema } from '../../src/core/render/audit-schema.js';
import type { SummaryInput } from '../../src/core/render/summary-model.js';
import { auditRecordProblems } from '../helpers/audit-record.js';
import { evaluatedInput, summaryInput } from './support/evaluations.js';
import { params, testTimeout } from './support/fuzz.js';

const platform = fc.constantFrom<Platform>('local', 'github', 'gitlab');

function expectConforming(input: SummaryInput, on: Platform): void {
  const record = auditRecord({ evaluation: input.evaluation, change: input.change, policyInfo: input.policyInfo, platform: on, version: input.version, timestamp: new Date('2026-06-01T12:00:00Z'), policyText: 'version: 1\n' });
  // What the file holds: undefined fields are left out, as JSON.stringify writes them.
  const written: unknown = JSON.parse(JSON.stringify(record));
  const checked = v.safeParse(auditRecordSchema, written);
  expect(checked.success ? [] : checked.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`)).toEqual([]);
  expect(auditRecordProblems(written)).toEqual([]);
}

describe('the audit record against its schema', () => {
  it(
    'conforms for evaluations assembled field by field',
    () => {
      fc.assert(fc.property(summaryInput, platform, expectConforming), params(150));
    },
    testTimeout(),
  );

  it(
    'conforms for evaluations the real evaluate() produces',
    () => {
      fc.assert(fc.property(evaluatedInput, platform, expectConforming), params(100));
    },
    testTimeout(),
  );

  it('refuses a field the contract does not name, so a new field cannot slip in without a schema change', () => {
    const record = fc.sample(evaluatedInput, { numRuns: 1, seed: 1 })[0]!;
    const written = JSON.parse(JSON.stringify(auditRecord({ ...record, platform: 'local', timestamp: new Date(0), policyText: 'version: 1\n' }))) as Record<string, unknown>;
    expect(auditRecordProblems(written)).toEqual([]);
    expect(auditRecordProblems({ ...written, reviewer: 'x' })).toEqual([expect.stringContaining('must NOT have additional properties')]);
    expect(auditRecordProblems({ ...written, schemaVersion: AUDIT_SCHEMA_VERSION + 1 })).toEqual([expect.stringContaining('/schemaVersion')]);
  });
});
