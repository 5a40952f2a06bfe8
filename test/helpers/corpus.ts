/**
 * The shared scanner-report corpus lives beside the project (../shared/corpus) and is read in place.
 * Under CI=true a missing corpus fails the suite; elsewhere the tests skip with a message.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bench bundles this file elsewhere and says where the project is.
export const projectRoot = process.env.GATE_BENCH_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = resolve(projectRoot, '../shared/corpus');
export const corpusPresent = existsSync(join(corpusDir, 'INDEX.md'));

/** `describe` when the corpus is there; otherwise a failing test in CI, a skipped suite with a message elsewhere. */
export function describeCorpus(name: string, body: () => void): void {
  if (corpusPresent) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs the shared corpus', () => {
        throw new Error(`The scanner corpus is missing at ${corpusDir}; CI must check out shared/ beside the project.`);
      });
    });
  } else {
     
    console.warn(`Skipping "${name}": no scanner corpus at ${corpusDir} (shared/ is not beside the project).`);
    // Outside CI the shared corpus may simply not be checked out beside the project; say so and skip.
    describe.skip(name, body);
  }
}

export function corpusFile(relative: string): string {
  return join(corpusDir, relative);
}
