/**
 * The project's own folder and the cache the tests keep in it (under node_modules, so a clean clone
 * starts without it): what is slow to derive and never changes for the same inputs is made once there.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bench bundles the helpers elsewhere and says where the project is.
export const projectRoot = process.env.GATE_BENCH_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A path in the cache; `name` must name everything the content depends on (a version, a digest). */
export function cachePath(name: string): string {
  return join(projectRoot, 'node_modules/.cache/ai-governance-gate', name);
}

/** Writes `text` at `path` aside and renames it there, so a test file in another worker never reads half of it. */
export function writeWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}
