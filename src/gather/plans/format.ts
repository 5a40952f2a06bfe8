/**
 * One plan format: how to recognise it from its content, which top-level arrays are read one element
 * at a time (so a plan of any size reads in bounded memory), and how the rest of the document
 * finishes the reading. Elements go through the same code however large the file is.
 */
import type { LoadedPlan } from '../../core/plans/types.js';
import type { JsonObject, JsonPath, Obj } from '../reports/readers/json-path.js';

type PlanContent = Omit<LoadedPlan, 'path' | 'sha256'>;

export interface PlanReading {
  /** One element of one of the format's arrays, in file order. Throws InputError naming `at`. */
  element(array: string, value: unknown, at: JsonPath): void;
  /** The document with those arrays emptied: what the elements could not say on their own. */
  finish(root: Obj): PlanContent;
}

export interface PlanFormat {
  /** The format's name in messages, e.g. "Terraform plan JSON". */
  name: string;
  /** Top-level arrays whose elements are read one at a time. */
  arrays: readonly string[];
  /** Recognise the format from the document (its streamed arrays may be empty). */
  detect(root: JsonObject): boolean;
  start(): PlanReading;
  /** How to produce a file of this format, for the hint of an error. */
  produce: string;
}

/** A required string field, or an error naming its JSON path. */
export function requiredString(o: Obj, key: string, expected = 'a string'): string {
  const v = o.string(key);
  return v !== undefined && v !== '' ? v : o.at.key(key).fail(expected, o.value[key]);
}
