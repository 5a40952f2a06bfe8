/**
 * `npm pack` ships exactly what users need: the bundle, action.yml, the policy schema, the CI templates,
 * the README and the licence — the list npm itself prints, compared with the committed files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { TempRepo } from '../helpers/git-repo.js';
// @ts-expect-error: a plain ES module of the release scripts, without types
import { expectedFiles, packDifferences, packedFiles } from '../../scripts/release/pack-files.mjs';

describe('the npm package', () => {
  const packed: string[] = packedFiles(projectRoot);

  it('holds every committed file of dist/, schema/ and templates/, action.yml, README.md, LICENSE and package.json, and nothing else', () => {
    expect(packed).toEqual(expectedFiles(projectRoot));
    expect(packDifferences(projectRoot, packed)).toEqual({ extra: [], missing: [] });
  });

  it('holds the entry the bin and the action run, and the licence package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(packed).toContain(pkg.bin['ai-governance-gate']);
    expect(packed).toContain('LICENSE');
    expect(readFileSync(join(projectRoot, 'LICENSE'), 'utf8')).toMatch(new RegExp(`^${pkg.license} License`));
    expect(packed.filter((f) => /^(src|test|scripts|bench|\.ci|\.github|node_modules)\//.test(f))).toEqual([]);
    for (const f of packed) expect([f, existsSync(join(projectRoot, f))]).toEqual([f, true]);
  });

  it('the check names a file that would ship without being needed, and one that would be left out', () => {
    const repo = new TempRepo('gate-pack-');
    try {
      repo
        .write('package.json', JSON.stringify({ name: 'x', version: '1.0.0', files: ['dist', 'src', 'README.md', 'LICENSE', 'action.yml'] }))
        .write('dist/index.js', '')
        .write('src/main.ts', '')
        .write('schema/policy.schema.json', '{}')
        .write('README.md', '# x\n')
        .write('LICENSE', 'MIT License\n')
        .write('action.yml', 'name: x\n');
      repo.commit('package');
      expect(packDifferences(repo.dir)).toEqual({ extra: ['src/main.ts'], missing: ['schema/policy.schema.json'] });
    } finally {
      repo.cleanup();
    }
  });
});
