/**
 * Valibot issues → problems a person can fix: a key path, a message in plain words, and for an unknown
 * key or value the nearest valid one. Every schema in the project reports through here, so a policy,
 * a request file and a platform answer read alike.
 */
import * as v from 'valibot';
import { closest } from './suggest.js';
import { schemaAt, type SchemaNode } from './walk.js';

export interface Problem {
  /** The key path as a reader writes it, e.g. `findings.waivers[0].expires`, or `(top level)`. */
  path: string;
  /** The same path as keys and indexes, to find the place in the source text. */
  keys: Array<string | number>;
  message: string;
}

type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * "Did you mean" hints stop after this many problems: a file with thousands of bad keys is not a typo,
 * and an edit distance per key would make a garbage file slow to reject.
 */
const MAX_HINTS = 100;

/** Runs `schema` over `value`: the typed output, or every problem found (not just the first). */
export function validate<const S extends v.GenericSchema>(schema: S, value: unknown): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: problemsOf(schema, result.issues) };
}

function problemsOf(schema: v.GenericSchema, issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue, i) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    return { path: pathText(keys), keys, message: messageOf(schema, issue, keys, i < MAX_HINTS) };
  });
}

function pathText(keys: ReadonlyArray<string | number>): string {
  if (keys.length === 0) return '(top level)';
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** A value as a message shows it: its kind, and short scalars themselves. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return `a ${typeof value}`;
  return `${typeof value} ${quote(value as string | number | boolean)}`;
}

/** JSON spelling, cut short: a message quotes a value, it does not repeat a megabyte of it. */
function quote(value: string | number | boolean): string {
  const text = typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(text);
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  strict_object: 'a mapping',
  loose_object: 'a mapping',
  record: 'a mapping',
  null: 'null',
};

function messageOf(root: v.GenericSchema, issue: v.BaseIssue<unknown>, keys: Array<string | number>, hint: boolean): string {
  if (issue.kind !== 'schema') return issue.message;
  const last = issue.path?.at(-1);
  if (last && 'origin' in last && last.origin === 'key') {
    const key = String(last.key);
    if (issue.expected === 'never') {
      const allowed = entryNames(schemaAt(root, keys.slice(0, -1)));
      return `unknown key ${quote(key)}${didYouMean(hint ? key : undefined, allowed)}`;
    }
    if (issue.input === undefined) return 'is required';
    return issue.message;
  }
  if (issue.type === 'picklist' || issue.type === 'literal') {
    const options = optionsOf(schemaAt(root, keys));
    if (options) {
      const guess = hint && typeof issue.input === 'string' ? issue.input : undefined;
      return `${describeValue(issue.input)} is not one of ${options.map((o) => JSON.stringify(o)).join(', ')}${didYouMean(guess, options.map(String))}`;
    }
  }
  return `expected ${EXPECTED[issue.type] ?? issue.expected ?? issue.type}, got ${describeValue(issue.input)}`;
}

function didYouMean(input: string | undefined, candidates: string[] | undefined): string {
  const near = input !== undefined && candidates ? closest(input, candidates) : undefined;
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

function entryNames(schema: SchemaNode | undefined): string[] | undefined {
  return schema?.entries ? Object.keys(schema.entries) : undefined;
}

function optionsOf(schema: SchemaNode | undefined): readonly unknown[] | undefined {
  if (schema?.type === 'picklist') return schema.options;
  if (schema?.type === 'literal') return [schema.literal];
  return undefined;
}

/** The problems as an indented list, at most `max` of them, each with its place when `where` knows it. */
export function listProblems(problems: readonly Problem[], max: number, where?: (keys: Problem['keys']) => string | undefined): string {
  const shown = problems.slice(0, max).map((p) => {
    const place = where?.(p.keys);
    return `  - ${p.path}: ${p.message}${place ? ` [${place}]` : ''}`;
  });
  if (problems.length > max) shown.push(`  - …and ${problems.length - max} more`);
  return shown.join('\n');
}
