/** Finding the schema behind a key path, for messages that name what would have been valid there. */
import type * as v from 'valibot';

/** The parts of a valibot schema object the walk reads (a pipe carries those of the schema it starts with). */
export type SchemaNode = v.GenericSchema & {
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
  options?: readonly unknown[];
  literal?: unknown;
};

/** The schema itself under optional/nullable wrappers. */
export function unwrapped(schema: v.GenericSchema): SchemaNode {
  let s: SchemaNode = schema;
  while (s.wrapped) s = s.wrapped;
  return s;
}

/** The schema that validates the value at `keys`, when the path leads through objects, lists and records. */
export function schemaAt(root: v.GenericSchema, keys: ReadonlyArray<string | number>): SchemaNode | undefined {
  let s: SchemaNode | undefined = root;
  for (const key of keys) {
    if (!s) return undefined;
    const inner = unwrapped(s);
    if (inner.entries) s = typeof key === 'string' && Object.hasOwn(inner.entries, key) ? inner.entries[key] : undefined;
    else if (inner.type === 'array') s = inner.item;
    else if (inner.type === 'record') s = inner.value;
    else return undefined;
  }
  return s && unwrapped(s);
}
