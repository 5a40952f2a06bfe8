/**
 * A valibot schema as the JSON Schema published in schema/ (draft-07, which editors and ajv read).
 * Rules across keys (checks) have no JSON Schema form; they hold at run time and the README lists them.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { unwrapped } from './walk.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Run-time rules: a transform (built-in groups merged in) and checks across keys. */
const RUN_TIME_ONLY = ['check', 'raw_check', 'transform'];

type Converted = Parameters<NonNullable<ConversionConfig['overrideSchema']>>[0];

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/**
 * Tidy-ups that keep the published schema as small as it reads: no empty `required` list, no
 * `propertyNames` that only says "a string" (every JSON key is one), and no `default: {}` on a block
 * whose keys each show their own default.
 */
function tidy({ valibotSchema, jsonSchema, errors }: Converted): JsonSchema | undefined {
  if (errors) return undefined;
  const emptyRequired = Array.isArray(jsonSchema.required) && jsonSchema.required.length === 0;
  const anyName = JSON.stringify(jsonSchema.propertyNames) === '{"type":"string"}';
  const blockDefault = valibotSchema.type === 'optional' && unwrapped(valibotSchema).type === 'strict_object' && isEmptyObject(jsonSchema.default);
  if (!emptyRequired && !anyName && !blockDefault) return undefined;
  const tidied = { ...jsonSchema };
  if (emptyRequired) delete tidied.required;
  if (anyName) delete tidied.propertyNames;
  if (blockDefault) delete tidied.default;
  return tidied;
}

export function publishedJsonSchema(schema: GenericSchema, about: { $id: string; title: string }): Record<string, unknown> {
  const { $schema: _draft, ...body } = toJsonSchema(schema, { target: 'draft-07', errorMode: 'throw', ignoreActions: RUN_TIME_ONLY, overrideSchema: tidy });
  return { $schema: DRAFT_07, ...about, ...body };
}
