/**
 * The scanner reports committed in test/fixtures/corpus: each one has its provenance (repository, path,
 * commit), a permissive licence whose notice is reproduced, its bytes' SHA-256 and a row in the INDEX;
 * and, where the shared corpus is beside the project, each is byte for byte the shared file it copies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedCorpusDir, projectRoot } from '../helpers/corpus.js';

interface Entry {
  repo: string;
  path: string;
  commit: string;
  license: string;
  sha256: string;
}

const manifest: Record<string, Entry> = JSON.parse(readFileSync(join(committedCorpusDir, 'manifest.json'), 'utf8'));
const files = ['sarif', 'gitlab', 'codequality', 'native'].flatMap((dir) =>
  existsSync(join(committedCorpusDir, dir)) ? readdirSync(join(committedCorpusDir, dir)).map((f) => `${dir}/${f}`) : [],
);
const licences = readFileSync(join(committedCorpusDir, 'LICENSES.md'), 'utf8');
const index = readFileSync(join(committedCorpusDir, 'INDEX.md'), 'utf8');
const shared = join(projectRoot, '../shared/corpus');

describe('the committed scanner corpus', () => {
  it('is small, and covers SARIF, GitLab and native reports', () => {
    const bytes = files.reduce((n, f) => n + readFileSync(join(committedCorpusDir, f)).length, 0);
    expect(bytes).toBeLessThan(512 * 1024);
    for (const dir of ['sarif', 'gitlab', 'native']) expect([dir, files.filter((f) => f.startsWith(`${dir}/`)).length >= 5]).toEqual([dir, true]);
  });

  it('has a manifest entry for every file and a file for every entry', () => {
    expect(Object.keys(manifest).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s: provenance, licence and checksum', (file) => {
    const e = manifest[file]!;
    expect(e.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(e.path.length).toBeGreaterThan(0);
    expect(e.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(['MIT', 'BSD-3-Clause', 'Apache-2.0']).toContain(e.license);
    expect(licences).toContain(`## ${e.repo} — ${e.license}`);
    expect(createHash('sha256').update(readFileSync(join(committedCorpusDir, file))).digest('hex')).toBe(e.sha256);
    expect(index).toContain(`| ${file.slice(file.indexOf('/') + 1)} |`);
  });

  it('ships the Apache-2.0 text its Apache-licensed files need', () => {
    if (Object.values(manifest).some((e) => e.license === 'Apache-2.0')) {
      expect(readFileSync(join(committedCorpusDir, 'LICENSE-Apache-2.0.txt'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    }
  });

  const sharedManifest = existsSync(join(shared, 'manifest.json')) ? JSON.parse(readFileSync(join(shared, 'manifest.json'), 'utf8')) : undefined;
  (sharedManifest ? it : it.skip)('copies the shared corpus byte for byte, with the same provenance', () => {
    for (const file of files) {
      expect([file, readFileSync(join(committedCorpusDir, file)).equals(readFileSync(join(shared, file)))]).toEqual([file, true]);
      const { repo, path, commit } = sharedManifest[file];
      expect([file, manifest[file]!.repo, manifest[file]!.path, manifest[file]!.commit]).toEqual([file, repo, path, commit]);
    }
  });
});
