/** Emits the published JSON Schema for policy files (schema/policy.schema.json) from the one schema. */
import { policySchema } from './schema.js';

export function policyJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/ai-governance-gate/schema/policy.schema.json',
    title: 'ai-governance-gate policy',
    ...policySchema.json(),
  };
}
