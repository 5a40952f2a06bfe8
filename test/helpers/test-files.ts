/** Every test file in the project, as a path relative to its root (`test/…/x.test.ts`), in a stable order. */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { projectRoot } from './corpus.js';

export function testFiles(): string[] {
  return (readdirSync(join(projectRoot, 'test'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.ts') && !f.split(sep).includes('node_modules'))
    .map((f) => join('test', f))
    .sort();
}
