/**
 * A JSON value derived from a large file of a dependency, kept in the project's cache under `name`
 * (which names the dependency's version), so test files parse the small part they use, not the whole.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './corpus.js';

export function keptJson<T>(name: string, make: () => T): T {
  const kept = join(projectRoot, 'node_modules/.cache/ai-governance-gate', `${name}.json`);
  if (existsSync(kept)) return JSON.parse(readFileSync(kept, 'utf8')) as T;
  const value = make();
  mkdirSync(dirname(kept), { recursive: true });
  // Written aside and renamed: a test file in another worker never reads half of it.
  const partial = `${kept}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, kept);
  return value;
}
