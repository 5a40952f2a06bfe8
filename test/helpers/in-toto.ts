/**
 * The in-toto Statement v1 shape as the attestation specification describes it (spec/v1/statement.md,
 * resource_descriptor.md, digest_set.md): `_type` is the Statement v1 URI; `subject` holds at least one
 * resource descriptor, each with a digest set of lowercase hex values by algorithm (`sha256`,
 * `gitCommit`, ...); `predicateType` is a URI; `predicate` an object. Written here from the
 * specification, apart from the gate's own code, so the gate's statements are checked against it.
 */
import type { ValidateFunction } from 'ajv';
import { keptValidator } from './kept-validator.js';

const HEX = '^[0-9a-f]+$';

const STATEMENT_V1_SCHEMA = {
  type: 'object',
  required: ['_type', 'subject', 'predicateType'],
  properties: {
    _type: { const: 'https://in-toto.io/Statement/v1' },
    subject: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['digest'],
        properties: {
          name: { type: 'string' },
          uri: { type: 'string' },
          digest: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: HEX } },
          annotations: { type: 'object' },
        },
      },
    },
    predicateType: { type: 'string', pattern: '^[a-z][a-z0-9+.-]*://' },
    predicate: { type: 'object' },
  },
} as const;

let validator: ValidateFunction | undefined;

/** Where `statement` departs from the Statement v1 shape, one line each; empty when it conforms. */
export function statementShapeProblems(statement: unknown): string[] {
  const validate = (validator ??= keptValidator('in-toto-statement-v1', JSON.stringify(STATEMENT_V1_SCHEMA)));
  if (validate(statement)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'}: ${e.message ?? e.keyword}`);
}
