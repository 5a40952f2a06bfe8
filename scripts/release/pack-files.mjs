#!/usr/bin/env node
// What the npm package ships, against what users need: the bundle, the action metadata, the policy
// schema, the CI templates, the README and the licence — nothing else (no sources, tests or scripts).
// `node scripts/release/pack-files.mjs` exits 1 and names every difference; the release runs it before
// publishing and a test runs it on every change.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Folders whose committed files all ship, and single files that ship. */
export const SHIPPED_FOLDERS = ['dist', 'schema', 'templates'];
export const SHIPPED_FILES = ['package.json', 'README.md', 'LICENSE', 'action.yml'];

/** The files `npm pack` would put in the tarball, as npm itself lists them. */
export function packedFiles(root) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  return JSON.parse(out)[0].files.map((f) => f.path).sort();
}

/** The files users need: every committed file of the shipped folders, and the single files. */
export function expectedFiles(root) {
  const tracked = execFileSync('git', ['ls-files', '-z', '--', ...SHIPPED_FOLDERS], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  return [...tracked, ...SHIPPED_FILES].sort();
}

/** Files packed but not needed, and files needed but not packed (`packed`: npm's list, when already read). */
export function packDifferences(root, packed = packedFiles(root)) {
  const expected = expectedFiles(root);
  return {
    extra: packed.filter((f) => !expected.includes(f)),
    missing: expected.filter((f) => !packed.includes(f)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? join(here, '../..');
  const { extra, missing } = packDifferences(root);
  if (extra.length || missing.length) {
    for (const f of extra) console.error(`npm pack would ship ${f}, which users do not need: narrow "files" in package.json or add it to .npmignore.`);
    for (const f of missing) console.error(`npm pack would leave out ${f}: add it to "files" in package.json.`);
    process.exit(1);
  }
  console.log(`npm pack ships ${expectedFiles(root).length} files: the bundle, action.yml, the schema, the templates, README.md and LICENSE.`);
}
