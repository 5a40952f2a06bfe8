/**
 * The scanner reports committed in test/fixtures/corpus: each one has its provenance (repository, path,
 * commit), a permissive licence whose notice is reproduced, its bytes' SHA-256 and a row in the INDEX;
 * every report a test names is among them; and, where the shared corpus is beside the project, each is
 * byte for byte the shared file it copies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedBytes, committedCorpusDir, committedFiles, projectRoot, reportName } from '../helpers/corpus.js';

interface Entry {
  repo: string;
  path: string;
  commit: string;
  license: string;
  sha256: string;
}

const manifest: Record<string, Entry> = JSON.parse(readFileSync(join(committedCorpusDir, 'manifest.json'), 'utf8'));
const stored = committedFiles();
const files = stored.map(reportName);
const bytesOf = new Map(stored.map((f) => [reportName(f), committedBytes(f)]));
const licences = readFileSync(join(committedCorpusDir, 'LICENSES.md'), 'utf8');
const index = readFileSync(join(committedCorpusDir, 'INDEX.md'), 'utf8');
const shared = join(projectRoot, '../shared/corpus');

describe('the committed scanner corpus', () => {
  it('is small as stored, and covers SARIF, GitLab and native reports', () => {
    const bytes = stored.reduce((n, f) => n + readFileSync(join(committedCorpusDir, f)).length, 0);
    expect(bytes).toBeLessThan(512 * 1024);
    for (const dir of ['sarif', 'gitlab', 'native']) expect([dir, files.filter((f) => f.startsWith(`${dir}/`)).length >= 5]).toEqual([dir, true]);
  });

  it('has a manifest entry for every file and a file for every entry', () => {
    expect(Object.keys(manifest).sort()).toEqual([...files].sort());
  });

  it('stores compressed only what it must: each .br report is over 64 KiB decompressed', () => {
    for (const f of stored.filter((s) => s.endsWith('.br'))) expect([f, bytesOf.get(reportName(f))!.length > 64 * 1024]).toEqual([f, true]);
  });

  it('holds every report a test names, so no test depends on the shared corpus', () => {
    const named = new Set<string>();
    for (const source of testSources(join(projectRoot, 'test'))) {
      for (const call of readFileSync(source, 'utf8').matchAll(/itWithCorpus\(\[([^\]]*)\]/g)) {
        for (const name of call[1]!.matchAll(/'([^']+)'/g)) named.add(name[1]!);
      }
    }
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((n) => !files.includes(n))).toEqual([]);
  });

  it.each(files)('%s: provenance, licence and checksum', (file) => {
    const e = manifest[file]!;
    expect(e.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(e.path.length).toBeGreaterThan(0);
    expect(e.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(['MIT', 'BSD-3-Clause', 'Apache-2.0']).toContain(e.license);
    expect(licences).toContain(`## ${e.repo} — ${e.license}`);
    expect(createHash('sha256').update(bytesOf.get(file)!).digest('hex')).toBe(e.sha256);
    expect(index).toContain(`| ${file.slice(file.indexOf('/') + 1)} |`);
  });

  it('ships the Apache-2.0 text its Apache-licensed files need', () => {
    if (Object.values(manifest).some((e) => e.license === 'Apache-2.0')) {
      expect(readFileSync(join(committedCorpusDir, 'LICENSE-Apache-2.0.txt'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    }
  });

  const sharedManifest = existsSync(join(shared, 'manifest.json')) ? JSON.parse(readFileSync(join(shared, 'manifest.json'), 'utf8')) : undefined;
  if (sharedManifest) {
    it('copies the shared corpus byte for byte, with the same provenance', () => {
      for (const file of files) {
        expect([file, bytesOf.get(file)!.equals(readFileSync(join(shared, file)))]).toEqual([file, true]);
        const { repo, path, commit } = sharedManifest[file];
        expect([file, manifest[file]!.repo, manifest[file]!.path, manifest[file]!.commit]).toEqual([file, repo, path, commit]);
      }
    });
  } else {
    // Without ../shared the copies cannot be compared with it; what can be checked is that each file is
    // still the bytes the manifest recorded when it was copied.
    it('is, without the shared corpus to compare with, the bytes its manifest recorded when copied', () => {
      for (const file of files) expect([file, createHash('sha256').update(bytesOf.get(file)!).digest('hex')]).toEqual([file, manifest[file]!.sha256]);
    });
  }
});

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'fixtures' ? [] : testSources(join(dir, d.name))) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}
