/**
 * Mappings as people write them in a policy or a request file. Valibot's own objects accept a list,
 * stop at the first unknown key and treat `key:` with nothing after it (YAML null) as a value; these
 * two keep valibot's types and JSON Schema but read a mapping the way its author means it:
 *
 * - a list, a date or a scalar is not a mapping;
 * - every unknown key is reported, not just the first;
 * - a known key written with no value is a key left out, so it takes its default;
 * - `__proto__`, `constructor` and `prototype` are refused as names instead of being dropped unseen.
 */
import * as v from 'valibot';

type Dataset = v.UnknownDataset | v.OutputDataset<unknown, v.BaseIssue<unknown>>;

/** The dataset a schema's run returns: the one it was given, now carrying its output or issues. */
function finished<S extends v.GenericSchema>(_schema: S, dataset: Dataset): ReturnType<S['~run']> {
  return dataset as unknown as ReturnType<S['~run']>;
}

/** Names an object cannot hold as plain data; valibot's record skips them without a word. */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function keyPath(input: Record<string, unknown>, key: string): [v.ObjectPathItem] {
  return [{ type: 'object', origin: 'key', input, key, value: input[key] }];
}

type Read = (context: v.GenericSchema, input: Record<string, unknown>, dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) => Dataset;

/** `base` with its run replaced: anything but a mapping is refused as `base` refuses a wrong type; a mapping goes to `read`. */
function readingMappings<S extends v.GenericSchema>(base: S, read: Read): S {
  return v._standardSchema<S>({
    ...base,
    '~run'(dataset, config) {
      const input = dataset.value;
      if (isMapping(input)) return finished(base, read(this, input, dataset, config));
      v._addIssue(this, 'type', dataset, config);
      return finished(base, dataset);
    },
  });
}

/** A mapping with fixed keys; an unknown key is an error (the report names the nearest valid one). */
export function mapping<const E extends v.ObjectEntries>(entries: E): v.StrictObjectSchema<E, undefined> {
  const known = v.object(entries);
  return readingMappings(v.strictObject(entries), (context, input, _dataset, config) => {
    // A prototype-free copy: `key in given` must not find inherited names such as "toString".
    const given: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(input)) if (Object.hasOwn(entries, key) && input[key] !== null) given[key] = input[key];
    const result: Dataset = known['~run']({ value: given }, config);
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(entries, key)) v._addIssue(context, 'key', result, config, { input: key, expected: 'never', path: keyPath(input, key) });
    }
    return result;
  });
}

/** A mapping whose keys are names the author chooses (group name → group, tool name → limits). */
export function dictionary<const S extends v.GenericSchema>(value: S): v.RecordSchema<v.StringSchema<undefined>, S, undefined> {
  const record = v.record(v.string(), value);
  return readingMappings(record, (context, input, dataset, config) => {
    const result: Dataset = record['~run'](dataset, config);
    for (const key of Object.keys(input)) {
      if (RESERVED_NAMES.has(key)) {
        v._addIssue(context, 'key', result, config, { input: key, expected: 'another name', path: keyPath(input, key), message: `"${key}" is reserved and cannot be used as a name` });
      }
    }
    return result;
  });
}
