import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectReports, splitPatterns } from '../../src/gather/reports/collect.js';

let dir: string;

const FILES = [
  'a.sarif',
  'b.json',
  'reports/z.sarif',
  'reports/m.sarif',
  'reports/gl-sast-report.json',
  'reports/nested/deep.sarif',
  'reports/.hidden/h.sarif',
  'node_modules/pkg/skip.sarif',
  'reports/node_modules/skip.sarif',
  '.git/skip.sarif',
  'other/gl-secret-detection-report.json',
  'with space/r.sarif',
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-collect-'));
  for (const f of FILES) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), '{}');
  }
  symlinkSync(join(dir, 'reports'), join(dir, 'loop-link'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function files(pattern: string): Promise<string[]> {
  const [only] = await collectReports([pattern], dir);
  return only!.files;
}

describe('splitPatterns', () => {
  it('splits on newlines and commas, trims, and drops blanks', () => {
    expect(splitPatterns(['a.sarif, b.sarif\n\n  reports/*.sarif  \r\n', ' ,c.json,'])).toEqual(['a.sarif', 'b.sarif', 'reports/*.sarif', 'c.json']);
  });
  it('keeps commas inside braces with their glob', () => {
    expect(splitPatterns(['reports/*.{sarif,json},x.json'])).toEqual(['reports/*.{sarif,json}', 'x.json']);
  });
});

describe('collectReports', () => {
  it('returns one entry per pattern, in input order', async () => {
    const collected = await collectReports(['a.sarif,missing.sarif', 'reports/*.sarif'], dir);
    expect(collected).toEqual([
      { pattern: 'a.sarif', files: ['a.sarif'] },
      { pattern: 'missing.sarif', files: [] },
      { pattern: 'reports/*.sarif', files: ['reports/m.sarif', 'reports/z.sarif'] },
    ]);
  });

  it('returns an existing literal path as given', async () => {
    expect(await files('./reports/../a.sarif')).toEqual(['./reports/../a.sarif']);
    expect(await files('with space/r.sarif')).toEqual(['with space/r.sarif']);
  });

  it('matches ** at any depth, hidden folders included, but never inside node_modules or .git', async () => {
    expect(await files('**/*.sarif')).toEqual([
      'a.sarif',
      'reports/.hidden/h.sarif',
      'reports/m.sarif',
      'reports/nested/deep.sarif',
      'reports/z.sarif',
      'with space/r.sarif',
    ]);
  });

  it('does not descend further than a pattern without ** can match', async () => {
    expect(await files('*.sarif')).toEqual(['a.sarif']);
    expect(await files('*/*.sarif')).toEqual(['reports/m.sarif', 'reports/z.sarif', 'with space/r.sarif']);
  });

  it('expands braces and character classes', async () => {
    expect(await files('reports/*.{sarif,json}')).toEqual(['reports/gl-sast-report.json', 'reports/m.sarif', 'reports/z.sarif']);
    expect(await files('**/gl-*-report.json')).toEqual(['other/gl-secret-detection-report.json', 'reports/gl-sast-report.json']);
    expect(await files('reports/[mz].sarif')).toEqual(['reports/m.sarif', 'reports/z.sarif']);
  });

  it('expands absolute patterns to absolute paths', async () => {
    expect(await files(`${dir}/reports/*.sarif`)).toEqual([`${dir}/reports/m.sarif`, `${dir}/reports/z.sarif`]);
  });

  it('matches nothing under a base that does not exist', async () => {
    expect(await files('nowhere/**/*.sarif')).toEqual([]);
  });

  it('does not follow directory symlinks', async () => {
    expect((await files('**/*.sarif')).some((f) => f.startsWith('loop-link/'))).toBe(false);
  });
});
