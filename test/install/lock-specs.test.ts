/**
 * `npm ci` checks every dependency specification recorded in the lock against the registry when it is
 * not a semver range: a dist-tag such as `latest` resolves to whatever the registry publishes today, so
 * the lock stops satisfying it the day a new version ships. Such specifications must be pinned with
 * `overrides`; this test names every one that is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { unpinnedSpecs } from '../helpers/lock-specs.js';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'));

describe('package-lock.json', () => {
  it('holds no dist-tag, git or URL specification that overrides do not pin', () => {
    expect(unpinnedSpecs(pkg, lock)).toEqual([]);
  });

  it('pins the overrides to exact versions the lock installs', () => {
    const versions = new Map<string, Set<string>>();
    for (const [path, meta] of Object.entries<any>(lock.packages)) {
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      if (path) versions.set(name, (versions.get(name) ?? new Set()).add(meta.version));
    }
    for (const [name, version] of Object.entries<string>(pkg.overrides ?? {})) {
      expect([name, /^\d+\.\d+\.\d+$/.test(version)]).toEqual([name, true]);
      expect([name, [...(versions.get(name) ?? [])]]).toEqual([name, [version]]);
    }
  });

  it('is caught when a dependency asks for a dist-tag, a git or a URL spec', () => {
    const lockWith = (spec: string) => ({ packages: { '': {}, 'node_modules/a': { version: '1.0.0', dependencies: { b: spec } } } });
    for (const spec of ['latest', 'next', 'github:o/r', 'o/r', 'git+https://x/y.git', 'https://x/y.tgz', 'file:../b']) {
      expect(unpinnedSpecs({}, lockWith(spec))).toEqual([{ from: 'node_modules/a', name: 'b', spec }]);
      expect(unpinnedSpecs({ overrides: { b: '1.0.0' } }, lockWith(spec))).toEqual([]);
    }
    for (const spec of ['^1.2.3', '1.x', '*', '>=2 <3', 'x', 'npm:c@^1.0.0', '']) expect(unpinnedSpecs({}, lockWith(spec))).toEqual([]);
  });
});
