/**
 * The JSON Schemas published in schema/, each generated from the valibot schema that validates the same
 * structure at run time (`npm run build` writes them; CI fails when the committed ones differ).
 */
import { publishedJsonSchema } from './schema/json-schema.js';
import { policySchema } from './policy/schema.js';
import { requestSchema } from './request-schema.js';
import { auditRecordSchema } from './render/audit-schema.js';

const BASE = 'https://unpkg.com/ai-governance-gate/schema/';

export function publishedSchemas(): Record<string, Record<string, unknown>> {
  return {
    'policy.schema.json': publishedJsonSchema(policySchema, { $id: `${BASE}policy.schema.json`, title: 'ai-governance-gate policy' }),
    'request.schema.json': publishedJsonSchema(requestSchema, { $id: `${BASE}request.schema.json`, title: 'ai-governance-gate request file (--request)' }),
    'audit-record.schema.json': publishedJsonSchema(auditRecordSchema, { $id: `${BASE}audit-record.schema.json`, title: 'ai-governance-gate audit record' }),
  };
}
