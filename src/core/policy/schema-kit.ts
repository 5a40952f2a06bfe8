/**
 * A tiny schema kit: one declaration yields the TypeScript type (Infer), the runtime validator with
 * key-path errors and "did you mean" suggestions, and the published JSON Schema. Keeping all three in
 * one place is what stops the policy file, its docs and its editor support from drifting apart.
 */
import { closest as nearest } from './suggest.js';

export interface Issue {
  path: string;
  message: string;
}

interface Ctx {
  issues: Issue[];
}

/**
 * "Did you mean" hints stop after this many problems: a file with thousands of bad keys is not a typo,
 * and an edit distance per key would make a garbage file slow to reject.
 */
const MAX_HINTS = 100;

function closest(ctx: Ctx, input: string, candidates: readonly string[]): string | undefined {
  return ctx.issues.length < MAX_HINTS ? nearest(input, candidates) : undefined;
}

export interface Schema<T> {
  readonly _type?: T;
  parse(value: unknown, path: string, ctx: Ctx): T | undefined;
  json(): Record<string, unknown>;
  /** Value used when the key is absent. */
  readonly fallback: (() => T) | undefined;
  describe(text: string): Schema<T>;
  default(value: T): Schema<T>;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'a date';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

function at(path: string): string {
  return path === '' ? '(top level)' : path;
}

function make<T>(
  parse: (value: unknown, path: string, ctx: Ctx) => T | undefined,
  json: () => Record<string, unknown>,
  fallback?: () => T,
  description?: string,
  showDefault = true,
): Schema<T> {
  return {
    parse,
    fallback,
    json: () => ({ ...(description ? { description } : {}), ...json(), ...(fallback && showDefault ? { default: fallback() } : {}) }),
    describe: (text) => make(parse, json, fallback, text, showDefault),
    default: (value) => make(parse, json, () => structuredClone(value), description),
  };
}

export function string(opts: { pattern?: RegExp; patternHint?: string; minLength?: number } = {}): Schema<string> {
  return make(
    (v, path, ctx) => {
      if (typeof v !== 'string') {
        ctx.issues.push({ path: at(path), message: `expected a string, got ${typeName(v)}` });
        return undefined;
      }
      if (opts.minLength !== undefined && v.length < opts.minLength) {
        ctx.issues.push({ path: at(path), message: `must not be empty` });
        return undefined;
      }
      if (opts.pattern && !opts.pattern.test(v)) {
        ctx.issues.push({ path: at(path), message: `${JSON.stringify(v)} is not ${opts.patternHint ?? `matching ${opts.pattern}`}` });
        return undefined;
      }
      return v;
    },
    () => ({
      type: 'string',
      ...(opts.pattern ? { pattern: opts.pattern.source } : {}),
      ...(opts.minLength ? { minLength: opts.minLength } : {}),
    }),
  );
}

/** A calendar date. YAML turns an unquoted 2027-03-31 into a Date; both spellings are accepted. */
/** YYYY-MM-DD naming a day that exists: 2026-02-30 does not, and must not roll over into March. */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function date(): Schema<string> {
  return make(
    (v, path, ctx) => {
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
      if (typeof v === 'string' && isCalendarDate(v)) return v;
      const impossible = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
      ctx.issues.push({ path: at(path), message: impossible ? `${v} is not a date in the calendar (e.g. 2026-02-30 does not exist)` : `expected a date like 2027-03-31, got ${typeName(v)}` });
      return undefined;
    },
    () => ({ type: 'string', format: 'date' }),
  );
}

export function number(opts: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
  return make(
    (v, path, ctx) => {
      if (typeof v !== 'number' || Number.isNaN(v)) {
        ctx.issues.push({ path: at(path), message: `expected a number, got ${typeName(v)}` });
        return undefined;
      }
      if (opts.integer && !Number.isInteger(v)) {
        ctx.issues.push({ path: at(path), message: `expected a whole number, got ${v}` });
        return undefined;
      }
      if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
        const range = `${opts.min ?? '-∞'} to ${opts.max ?? '∞'}`;
        ctx.issues.push({ path: at(path), message: `${v} is out of range (${range})` });
        return undefined;
      }
      return v;
    },
    () => ({
      type: opts.integer ? 'integer' : 'number',
      ...(opts.min !== undefined ? { minimum: opts.min } : {}),
      ...(opts.max !== undefined ? { maximum: opts.max } : {}),
    }),
  );
}

export function boolean(): Schema<boolean> {
  return make(
    (v, path, ctx) => {
      if (typeof v !== 'boolean') {
        ctx.issues.push({ path: at(path), message: `expected true or false, got ${typeName(v)}` });
        return undefined;
      }
      return v;
    },
    () => ({ type: 'boolean' }),
  );
}

export function literal<const T extends readonly (string | number)[]>(...values: T): Schema<T[number]> {
  return make(
    (v, path, ctx) => {
      if ((values as readonly unknown[]).includes(v)) return v as T[number];
      const hint = typeof v === 'string' ? closest(ctx, v, values.map(String)) : undefined;
      ctx.issues.push({
        path: at(path),
        message: `${typeName(v)} is not one of ${values.map((x) => JSON.stringify(x)).join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
      return undefined;
    },
    () => ({ enum: [...values] }),
  );
}

export function array<T>(item: Schema<T>, opts: { minItems?: number } = {}): Schema<T[]> {
  return make(
    (v, path, ctx) => {
      if (!Array.isArray(v)) {
        ctx.issues.push({ path: at(path), message: `expected a list, got ${typeName(v)}` });
        return undefined;
      }
      if (opts.minItems !== undefined && v.length < opts.minItems) {
        ctx.issues.push({ path: at(path), message: `needs at least ${opts.minItems} item(s)` });
        return undefined;
      }
      const out: T[] = [];
      v.forEach((x, i) => {
        const r = item.parse(x, `${path}[${i}]`, ctx);
        if (r !== undefined) out.push(r);
      });
      return out;
    },
    () => ({ type: 'array', items: item.json(), ...(opts.minItems ? { minItems: opts.minItems } : {}) }),
  );
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** A mapping with free keys (e.g. group name → patterns). */
export function record<T>(value: Schema<T>, opts: { keys?: readonly string[]; keyPattern?: RegExp } = {}): Schema<Record<string, T>> {
  return make(
    (v, path, ctx) => {
      if (!isPlainObject(v)) {
        ctx.issues.push({ path: at(path), message: `expected a mapping, got ${typeName(v)}` });
        return undefined;
      }
      const out: Record<string, T> = {};
      for (const [k, x] of Object.entries(v)) {
        const p = path ? `${path}.${k}` : k;
        if (opts.keys && !opts.keys.includes(k)) {
          const hint = closest(ctx, k, opts.keys);
          ctx.issues.push({ path: p, message: `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}; valid keys: ${opts.keys.join(', ')}` });
          continue;
        }
        if (opts.keyPattern && !opts.keyPattern.test(k)) {
          ctx.issues.push({ path: p, message: `key "${k}" does not match ${opts.keyPattern}` });
          continue;
        }
        const r = value.parse(x, p, ctx);
        // A key such as "__proto__" must stay a key: plain assignment would replace the prototype.
        if (r !== undefined) Object.defineProperty(out, k, { value: r, enumerable: true, writable: true, configurable: true });
      }
      return out;
    },
    () => ({
      type: 'object',
      ...(opts.keys
        ? { properties: Object.fromEntries(opts.keys.map((k) => [k, value.json()])), additionalProperties: false }
        : { additionalProperties: value.json(), ...(opts.keyPattern ? { propertyNames: { pattern: opts.keyPattern.source } } : {}) }),
    }),
  );
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** Keys whose schema admits undefined (optional(...)) become optional properties. */
export type ObjectOut<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** Marks a key that may be absent and has no default. */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return schema;
}

/**
 * A mapping with fixed keys. Keys with a default are always present after parsing; keys without one
 * are optional unless listed in `required`. Unknown keys are errors with the nearest valid key.
 */
export function object<S extends Shape>(
  shape: S,
  opts: { required?: (keyof S & string)[]; atLeastOne?: (keyof S & string)[] } = {},
): Schema<ObjectOut<S>> {
  const keys = Object.keys(shape);
  const required = new Set<string>(opts.required ?? []);
  type Out = ObjectOut<S>;
  const parse = (v: unknown, path: string, ctx: Ctx): Out | undefined => {
    if (v === null || v === undefined) v = {};
    if (!isPlainObject(v)) {
      ctx.issues.push({ path: at(path), message: `expected a mapping, got ${typeName(v)}` });
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) {
        const hint = closest(ctx, k, keys);
        const p = path ? `${path}.${k}` : k;
        ctx.issues.push({ path: p, message: `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
      }
    }
    for (const k of keys) {
      const field = shape[k]!;
      const p = path ? `${path}.${k}` : k;
      if (v[k] === undefined || v[k] === null) {
        if (field.fallback) out[k] = field.fallback();
        else if (required.has(k)) ctx.issues.push({ path: p, message: `is required` });
        continue;
      }
      const r = field.parse(v[k], p, ctx);
      if (r !== undefined) out[k] = r;
    }
    if (opts.atLeastOne && !opts.atLeastOne.some((k) => v[k] !== undefined && v[k] !== null)) {
      ctx.issues.push({ path: at(path), message: `needs at least one of ${opts.atLeastOne.join(', ')}` });
    }
    return out as Out;
  };
  // A block with no required keys may be left out entirely: it then takes its keys' defaults.
  const fallback = required.size ? undefined : () => parse({}, '', { issues: [] }) as Out;
  return make(
    parse,
    () => ({
      type: 'object',
      properties: Object.fromEntries(keys.map((k) => [k, shape[k]!.json()])),
      ...(required.size ? { required: [...required] } : {}),
      ...(opts.atLeastOne ? { anyOf: opts.atLeastOne.map((k) => ({ required: [k] })) } : {}),
      additionalProperties: false,
    }),
    fallback,
    undefined,
    // Each key shows its own default; repeating the whole block's default would only bloat the schema.
    false,
  );
}

/** Runs a schema over a value, returning the parsed value and every issue found (not just the first). */
export function validate<T>(schema: Schema<T>, value: unknown): { value: T | undefined; issues: Issue[] } {
  const ctx: Ctx = { issues: [] };
  const parsed = schema.parse(value, '', ctx);
  return { value: ctx.issues.length ? undefined : parsed, issues: ctx.issues };
}
