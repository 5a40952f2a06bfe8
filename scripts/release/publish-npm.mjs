#!/usr/bin/env node
// node scripts/release/publish-npm.mjs [--dry-run]
// Publishes the package to the npm registry with provenance, from CI:
//   1. the package holds exactly what users need (pack-files.mjs), else exit 1;
//   2. package.json names the repository the package is built from (npm's provenance check compares
//      them), taken from the CI environment when package.json has none;
//   3. a version the registry already has is not published again (both platforms' release pipelines
//      may run for the same tag; the first one publishes), exit 0;
//   4. npm publish --provenance --access public. Authentication is npm's trusted publishing (OIDC) or
//      the NODE_AUTH_TOKEN / NPM_TOKEN the pipeline provides.
// --dry-run runs the same steps with `npm publish --dry-run` and changes no file.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packDifferences } from './pack-files.mjs';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } } });
const dryRun = values['dry-run'];
const root = values.root;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = (args, opts = {}) => spawnSync('npm', args, { cwd: root, encoding: 'utf8', ...opts });

const { extra, missing } = packDifferences(root);
if (extra.length || missing.length) {
  console.error(`The package would ship ${extra.join(', ') || 'nothing extra'} and leave out ${missing.join(', ') || 'nothing'}; run node scripts/release/pack-files.mjs.`);
  process.exit(1);
}

if (!pkg.repository) {
  const env = process.env;
  const source = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}` : env.CI_PROJECT_URL;
  if (!source) {
    console.error('package.json has no "repository", and this is not a GitHub or GitLab job that could name it: npm provenance needs it.');
    process.exit(1);
  }
  if (dryRun) console.log(`Would set repository.url to git+${source}.git for provenance.`);
  else execFileSync('npm', ['pkg', 'set', `repository.type=git`, `repository.url=git+${source}.git`], { cwd: root, stdio: 'inherit' });
}

const view = npm(['view', `${pkg.name}@${pkg.version}`, 'version']);
if (view.status === 0 && view.stdout.trim() === pkg.version) {
  console.log(`${pkg.name}@${pkg.version} is already on ${npm(['config', 'get', 'registry']).stdout.trim()}; nothing to publish.`);
  process.exit(0);
}
if (view.status !== 0 && !/E404|404 Not Found/.test(view.stderr)) {
  console.error(`Could not ask the registry whether ${pkg.name}@${pkg.version} exists:\n${view.stderr.trim()}`);
  process.exit(1);
}

const publish = npm(['publish', '--provenance', '--access', 'public', '--ignore-scripts', ...(dryRun ? ['--dry-run'] : [])], { stdio: 'inherit' });
if (publish.status !== 0) process.exit(1);
console.log(`${dryRun ? 'Dry run: would publish' : 'Published'} ${pkg.name}@${pkg.version} with provenance.`);
