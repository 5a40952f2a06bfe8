// What dist/ is built for, shared by the build, the benchmarks and the engines test: the bundle targets
// the oldest Node that package.json `engines` admits, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `node22` for `>=22`: the lowest major the engines range admits. */
export function nodeTarget(engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node) {
  const m = /^\s*>=\s*v?(\d+)(?:\.\d+){0,2}\s*$/.exec(engines ?? '');
  if (!m) throw new Error(`package.json engines.node must be one ">=N" range, not ${JSON.stringify(engines)}`);
  return `node${m[1]}`;
}
