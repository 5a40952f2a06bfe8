#!/usr/bin/env node
// node scripts/release/set-version.mjs X.Y.Z [ROOT]
// Writes the version into every place check-version.mjs reads: package.json and its lock, the image
// label, the component's version input, and the README's and the workflow template's references (exact
// versions, and the major of GitHub's moving tag). Exit 2 on a malformed version.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTag, UsageError, versionMismatches } from './lib.mjs';

try {
  const [version, root = join(dirname(fileURLToPath(import.meta.url)), '../..')] = process.argv.slice(2);
  const { major } = parseTag(`v${version}`);
  const edit = (file, change) => {
    const path = join(root, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  edit('package.json', (t) => JSON.stringify({ ...JSON.parse(t), version }, null, 2) + '\n');
  edit('package-lock.json', (t) => {
    const lock = JSON.parse(t);
    lock.version = version;
    if (lock.packages?.['']) lock.packages[''].version = version;
    return JSON.stringify(lock, null, 2) + '\n';
  });
  edit('Dockerfile', (t) => t.replace(/(org\.opencontainers\.image\.version=")[^"]*(")/, `$1${version}$2`));
  edit('templates/ai-governance-gate.yml', (t) => t.replace(/^( {4}version:\n(?: {6}.*\n)*? {6}default: )\S+$/m, `$1${version}`));
  for (const file of ['README.md', 'templates/github/ai-governance.yml']) {
    edit(file, (t) => t.replace(/(ai-governance-gate[@:]v?)\d+\.\d+\.\d+\b/g, `$1${version}`).replace(/(ai-governance-gate@v)\d+(?![.\d])/g, `$1${major}`));
  }
  const left = versionMismatches(root, version);
  if (left.length) {
    for (const m of left) console.error(`${m.file}: ${m.what} still says ${m.found ?? 'nothing'}.`);
    process.exit(1);
  }
  console.log(`Every version mention now says ${version}. Review the diff, commit it, and tag the commit v${version}.`);
} catch (e) {
  if (e instanceof UsageError) {
    console.error(e.message.replace(/"v([^"]*)" is not a release tag: releases are tagged vMAJOR\.MINOR\.PATCH, for example v1\.4\.0\./, '"$1" is not a version: give MAJOR.MINOR.PATCH, for example 1.4.0.'));
    process.exit(2);
  }
  throw e;
}
