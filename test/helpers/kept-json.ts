/**
 * A JSON value derived from a large file of a dependency, kept in the project's cache under `name`
 * (which names the dependency's version), so test files parse the small part they use, not the whole.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cachePath, writeWhole } from './project-cache.js';

export function keptJson<T>(name: string, make: () => T): T {
  const kept = cachePath(`${name}.json`);
  if (existsSync(kept)) return JSON.parse(readFileSync(kept, 'utf8')) as T;
  const value = make();
  writeWhole(kept, JSON.stringify(value));
  return value;
}
