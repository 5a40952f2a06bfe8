/**
 * Real scanner reports the reader suites run over. A subset is committed in test/fixtures/corpus (with
 * provenance and licences), so every clone — the project's own CI included — exercises the readers.
 * The full shared corpus (../shared/corpus) is read instead when it is beside the project;
 * GATE_CORPUS=committed forces the committed subset even then, so the subset's own runs can be checked
 * on a machine that has both.
 *
 * Large committed reports are stored Brotli-compressed (`name.br`) to keep the repository small; the
 * suites read the subset from a copy in the project's cache where they are decompressed, so a test sees
 * the same file names and bytes as in the shared corpus.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { cachePath, projectRoot } from './project-cache.js';

export { projectRoot };
const sharedCorpusDir = resolve(projectRoot, '../shared/corpus');
export const committedCorpusDir = join(projectRoot, 'test/fixtures/corpus');
export const sharedCorpusPresent = existsSync(join(sharedCorpusDir, 'INDEX.md')) && process.env.GATE_CORPUS !== 'committed';

/** The report folders of a corpus. */
const CORPUS_KINDS = ['sarif', 'gitlab', 'codequality', 'native'] as const;

/** The logical name of a committed file: a compressed report is named without its `.br`. */
export function reportName(committedFile: string): string {
  return committedFile.endsWith('.br') ? committedFile.slice(0, -3) : committedFile;
}

/** The bytes of a committed report, decompressed when it is stored compressed. */
export function committedBytes(committedFile: string): Buffer {
  const raw = readFileSync(join(committedCorpusDir, committedFile));
  return committedFile.endsWith('.br') ? brotliDecompressSync(raw) : raw;
}

/** Every file in the committed subset's report folders, as stored (`sarif/x.sarif.br`). */
export function committedFiles(): string[] {
  return CORPUS_KINDS.flatMap((dir) => (existsSync(join(committedCorpusDir, dir)) ? readdirSync(join(committedCorpusDir, dir)).map((f) => `${dir}/${f}`) : []));
}

/**
 * The committed subset as the suites read it: a folder in the project's cache, named by the subset's
 * manifest (which holds every report's SHA-256), with the compressed reports decompressed. Two Jest
 * workers may build it at once; each builds its own and the first rename wins.
 */
function readableCommittedCorpus(): string {
  const manifest = join(committedCorpusDir, 'manifest.json');
  if (!existsSync(manifest)) return committedCorpusDir;
  const key = createHash('sha256').update(readFileSync(manifest)).digest('hex').slice(0, 16);
  const ready = cachePath(`corpus-${key}`);
  if (existsSync(join(ready, 'INDEX.md'))) return ready;
  const building = `${ready}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  cpSync(committedCorpusDir, building, { recursive: true, filter: (src) => !src.endsWith('.br') });
  for (const file of committedFiles().filter((f) => f.endsWith('.br'))) {
    mkdirSync(dirname(join(building, file)), { recursive: true });
    writeFileSync(join(building, reportName(file)), committedBytes(file));
  }
  try {
    renameSync(building, ready);
  } catch (e) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(ready, 'INDEX.md'))) throw e;
  }
  return ready;
}

/** The corpus the suites read: the shared one when it is beside the project, else the committed subset. */
export const corpusDir = sharedCorpusPresent ? sharedCorpusDir : readableCommittedCorpus();
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
 * A test over named reports of the corpus being read. It fails, never skips, when one of them is
 * missing: a renamed or removed report must not hide a test, and every report these tests name is in
 * the committed subset too (committed-corpus.test.ts checks that), so they run in every clone.
 */
export function itWithCorpus(files: string[], name: string, fn: () => unknown, timeout?: number): void {
  if (corpusHas(...files)) it(name, fn as jest.ProvidesCallback, timeout);
  else {
    it(name, () => {
      throw new Error(`The corpus read (${corpusDir}) lacks ${files.filter((f) => !corpusHas(f)).join(', ')}: restore the report or update the test.`);
    });
  }
}
