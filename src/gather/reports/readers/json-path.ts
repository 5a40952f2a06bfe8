/**
 * Typed access to a parsed report that remembers where each value came from, so a report with the
 * wrong shape fails with the file, the JSON path (e.g. `vulnerabilities[2].location`) and what was
 * expected, instead of a TypeError deep inside a reader.
 *
 * `null` counts as absent everywhere: scanners write `"Vulnerabilities": null` for "none".
 */
import { InputError } from '../../../core/errors.js';

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first element of an array when it is an object: enough for detect() to recognise a shape. */
export function firstObject(value: unknown): JsonObject | undefined {
  if (!Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  return isObject(first) ? first : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `the ${typeof value} ${String(value)}`;
  return `the ${typeof value}`;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** A position inside one report: the report's name, its format's human name, and the JSON path. */
export class JsonPath {
  private constructor(
    readonly report: string,
    readonly formatName: string,
    readonly path: string,
  ) {}

  static root(report: string, formatName: string): JsonPath {
    return new JsonPath(report, formatName, '');
  }

  key(key: string): JsonPath {
    const step = PLAIN_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
    const joined = this.path === '' || step.startsWith('[') ? `${this.path}${step}` : `${this.path}.${step}`;
    return new JsonPath(this.report, this.formatName, joined);
  }

  index(i: number): JsonPath {
    return new JsonPath(this.report, this.formatName, `${this.path}[${i}]`);
  }

  toString(): string {
    return this.path === '' ? 'the document root' : this.path;
  }

  fail(expected: string, found: unknown): never {
    throw new InputError(
      `${this.report}: ${this.formatName}: ${this.toString()} should be ${expected}, but it is ${describe(found)}.`,
      `The file does not have the ${this.formatName} layout. Regenerate it with the scanner's JSON output, or stop passing this file to the gate.`,
    );
  }
}

/** An object inside a report, with readers for its fields that check their types. */
export class Obj {
  readonly value: JsonObject;

  constructor(
    value: unknown,
    readonly at: JsonPath,
  ) {
    if (!isObject(value)) at.fail('an object', value);
    this.value = value;
  }

  static root(doc: unknown, report: string, formatName: string): Obj {
    return new Obj(doc, JsonPath.root(report, formatName));
  }

  private present(key: string): unknown {
    const v = this.value[key];
    return v === null ? undefined : v;
  }

  string(key: string): string | undefined {
    const v = this.present(key);
    if (v === undefined || typeof v === 'string') return v;
    return this.at.key(key).fail('a string', v);
  }

  /** A string, or a number written where a string was meant (GitLab identifier values, CWE ids). */
  text(key: string): string | undefined {
    const v = this.present(key);
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return this.string(key);
  }

  number(key: string): number | undefined {
    const v = this.present(key);
    if (v === undefined || (typeof v === 'number' && Number.isFinite(v))) return v;
    return this.at.key(key).fail('a number', v);
  }

  /** A line number; 0 means "no line" in several formats. */
  line(key: string): number | undefined {
    const v = this.number(key);
    if (v === undefined || v === 0) return undefined;
    if (!Number.isInteger(v) || v < 0) return this.at.key(key).fail('a line number (a positive integer)', v);
    return v;
  }

  boolean(key: string): boolean | undefined {
    const v = this.present(key);
    if (v === undefined || typeof v === 'boolean') return v;
    return this.at.key(key).fail('true or false', v);
  }

  object(key: string): Obj | undefined {
    const v = this.present(key);
    return v === undefined ? undefined : new Obj(v, this.at.key(key));
  }

  requiredObject(key: string): Obj {
    return new Obj(this.value[key], this.at.key(key));
  }

  /** Raw elements of an optional array, each with its path. */
  elements(key: string): Array<{ value: unknown; at: JsonPath }> {
    const v = this.present(key);
    if (v === undefined) return [];
    return this.elementsOf(key, v);
  }

  requiredElements(key: string): Array<{ value: unknown; at: JsonPath }> {
    return this.elementsOf(key, this.value[key]);
  }

  private elementsOf(key: string, v: unknown): Array<{ value: unknown; at: JsonPath }> {
    const at = this.at.key(key);
    if (!Array.isArray(v)) return at.fail('an array', v);
    return v.map((value: unknown, i) => ({ value, at: at.index(i) }));
  }

  /** An optional array whose elements must all be objects. */
  objects(key: string): Obj[] {
    return this.elements(key).map((e) => new Obj(e.value, e.at));
  }

  requiredObjects(key: string): Obj[] {
    return this.requiredElements(key).map((e) => new Obj(e.value, e.at));
  }

  /** An optional array whose elements must all be strings. */
  strings(key: string): string[] {
    return this.elements(key).map((e) => (typeof e.value === 'string' ? e.value : e.at.fail('a string', e.value)));
  }

  /** The entries of a required object used as a map (npm's `vulnerabilities: { name: {...} }`). */
  requiredEntries(key: string): Array<[string, Obj]> {
    const map = this.requiredObject(key);
    return Object.keys(map.value).map((k) => [k, new Obj(map.value[k], map.at.key(k))]);
  }
}

/** The elements of a top-level array document, each required to be an object. */
export function rootObjects(doc: unknown, report: string, formatName: string): Obj[] {
  const at = JsonPath.root(report, formatName);
  if (!Array.isArray(doc)) return at.fail('an array', doc);
  return doc.map((value: unknown, i) => new Obj(value, at.index(i)));
}
