/**
 * Real scanner reports the reader suites run over. A small subset is committed in test/fixtures/corpus
 * (with provenance and licences), so every clone — the project's own CI included — exercises the
 * readers. The full shared corpus (../shared/corpus) is read instead when it is beside the project;
 * GATE_CORPUS=committed forces the committed subset even then, so the subset's own runs can be checked
 * on a machine that has both.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bench bundles this file elsewhere and says where the project is.
export const projectRoot = process.env.GATE_BENCH_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedCorpusDir = resolve(projectRoot, '../shared/corpus');
export const committedCorpusDir = join(projectRoot, 'test/fixtures/corpus');
export const sharedCorpusPresent = existsSync(join(sharedCorpusDir, 'INDEX.md')) && process.env.GATE_CORPUS !== 'committed';

/** The corpus the suites read: the shared one when it is beside the project, else the committed subset. */
export const corpusDir = sharedCorpusPresent ? sharedCorpusDir : committedCorpusDir;
const corpusPresent = existsSync(join(corpusDir, 'INDEX.md'));

export function corpusFile(relative: string): string {
  return join(corpusDir, relative);
}

/** Whether the corpus being read holds every one of these files. */
export function corpusHas(...relative: string[]): boolean {
  return relative.every((r) => existsSync(corpusFile(r)));
}

/** The entries whose report (the first element, relative to `dir`) the corpus being read holds. */
export function inCorpus<T extends [string, ...unknown[]]>(dir: string, entries: T[]): T[] {
  return entries.filter((e) => corpusHas(`${dir}/${e[0]}`));
}

/** A suite over the corpus; it fails, never skips, when no corpus can be found at all. */
export function describeCorpus(name: string, body: () => void): void {
  if (corpusPresent) {
    describe(name, body);
  } else {
    describe(name, () => {
      it('needs a scanner corpus', () => {
        throw new Error(`No scanner corpus: neither ${sharedCorpusDir} nor the committed ${committedCorpusDir} has an INDEX.md.`);
      });
    });
  }
}

/**
 * A test that reads reports only the shared corpus holds. It runs wherever the shared corpus is read,
 * and fails there when a file it names is missing (a renamed or removed report must not hide a test).
 * Reading the committed subset (a clone without ../shared, or GATE_CORPUS=committed), whose files are
 * chosen to stay small, it is reported as skipped with the files it would have read in its name.
 */
export function itWithCorpus(files: string[], name: string, fn: () => unknown, timeout?: number): void {
  if (corpusHas(...files)) it(name, fn as jest.ProvidesCallback, timeout);
  else if (sharedCorpusPresent) {
    it(name, () => {
      throw new Error(`The shared corpus (${sharedCorpusDir}) lacks ${files.filter((f) => !corpusHas(f)).join(', ')}: restore the report or update the test.`);
    });
  }
  // The one skip: the committed subset is capped at 512 KiB (committed-corpus.test.ts) and these reports do
  // not fit; the same test runs, and must pass, in every run that reads the shared corpus (`npm test` in
  // .ci/run), and the skip names the reports it needs.
  else it.skip(`${name} [needs ${files.join(', ')} from the shared corpus; the committed subset is read]`, fn as jest.ProvidesCallback, timeout);
}
