// What a release is made of, for the release scripts that both pipelines call: the tag's version, the
// places in the repository that must name it, the previous release, the notes, the major tag.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** A usage error: the scripts exit 2 on it, 1 on a failed check. */
export class UsageError extends Error {}

/** `v1.2.3` → its parts; anything else is a usage error that says the expected form. */
export function parseTag(tag) {
  const m = TAG.exec(tag ?? '');
  if (!m) throw new UsageError(`"${tag ?? ''}" is not a release tag: releases are tagged vMAJOR.MINOR.PATCH, for example v1.4.0.`);
  const [major, minor, patch] = m.slice(1).map(Number);
  return { tag, version: `${major}.${minor}.${patch}`, major, majorTag: `v${major}`, parts: [major, minor, patch] };
}

function compareParts(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function git(root, ...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Release tags of the repository, oldest first. */
export function releaseTags(root) {
  return git(root, 'tag', '--list', 'v*')
    .split('\n')
    .filter((t) => TAG.test(t))
    .map(parseTag)
    .sort((a, b) => compareParts(a.parts, b.parts));
}

/** The release before `tag` by version, if any. */
export function previousRelease(root, tag) {
  const { parts } = parseTag(tag);
  return releaseTags(root).filter((t) => compareParts(t.parts, parts) < 0).pop();
}

/** Whether no release of the same major is newer: only then does the major tag move to it. */
export function isNewestOfMajor(root, tag) {
  const { parts } = parseTag(tag);
  return !releaseTags(root).some((t) => t.major === parts[0] && compareParts(t.parts, parts) > 0);
}

const read = (root, file) => readFileSync(join(root, file), 'utf8');

/**
 * Every place that names the release version, with what it says: package.json and its lock, the image
 * label, the component's npm version, and the version references in the README and the workflow
 * template (exact versions, and GitHub's moving major tag).
 */
export function versionMentions(root) {
  const mentions = [];
  const add = (file, what, found, kind = 'version') => mentions.push({ file, what, found, kind });
  const pkg = JSON.parse(read(root, 'package.json'));
  add('package.json', '"version"', pkg.version);
  const lock = JSON.parse(read(root, 'package-lock.json'));
  add('package-lock.json', '"version"', lock.version);
  add('package-lock.json', 'packages[""].version', lock.packages?.['']?.version);
  const label = /org\.opencontainers\.image\.version="([^"]*)"/.exec(read(root, 'Dockerfile'));
  add('Dockerfile', 'the org.opencontainers.image.version label', label?.[1]);
  const component = read(root, 'templates/ai-governance-gate.yml');
  const input = /^ {4}version:\n(?: {6}.*\n)*? {6}default: (\S+)$/m.exec(component);
  add('templates/ai-governance-gate.yml', 'the default of the version input', input?.[1]);
  for (const file of ['README.md', 'templates/github/ai-governance.yml']) {
    const text = read(root, file);
    const lineOf = (index) => text.slice(0, index).split('\n').length;
    // Component includes (…/ai-governance-gate@1.2.3), npm (ai-governance-gate@1.2.3), images
    // (…/ai-governance-gate:1.2.3) and exact action refs (ai-governance-gate@v1.2.3).
    for (const m of text.matchAll(/ai-governance-gate[@:]v?(\d+\.\d+\.\d+)\b/g)) add(file, `line ${lineOf(m.index)}: ${m[0]}`, m[1]);
    for (const m of text.matchAll(/ai-governance-gate@v(\d+)(?![.\d])/g)) add(file, `line ${lineOf(m.index)}: ${m[0]}`, m[1], 'major');
  }
  return mentions;
}

/** The mentions that do not name `version` (or its major, for a major reference). */
export function versionMismatches(root, version) {
  const major = version.split('.')[0];
  return versionMentions(root).filter((m) => m.found !== (m.kind === 'major' ? major : version));
}

/**
 * The release notes: the changes since the previous release (commit subjects), and how to use this
 * release on each platform under the names the pipeline publishes it.
 */
export function releaseNotes(root, tag, names = {}) {
  const { version, majorTag } = parseTag(tag);
  const previous = previousRelease(root, tag);
  const range = previous ? `${previous.tag}..${tag}` : tag;
  const log = git(root, 'log', '--no-merges', '--format=- %s (%h)', range);
  const lines = [`## ai-governance-gate ${version}`, '', previous ? `### Changes since ${previous.tag}` : '### Changes', '', log || '- No changes.', '', '### Use this release', ''];
  const action = names.githubRepository ?? '<owner>/ai-governance-gate';
  lines.push(`- GitHub Action: \`uses: ${action}@${tag}\`, or \`@${majorTag}\`, which moves to the newest ${majorTag.slice(1)}.x release.`);
  const component = names.gitlabProject ? `$CI_SERVER_FQDN/${names.gitlabProject}/ai-governance-gate` : '$CI_SERVER_FQDN/<namespace>/ai-governance-gate/ai-governance-gate';
  lines.push(`- GitLab CI/CD component: \`component: ${component}@${version}\`.`);
  lines.push(`- npm: \`npx ai-governance-gate@${version}\`.`);
  if (names.image) lines.push(`- Container image: \`${names.image}:${version}\`.`);
  return `${lines.join('\n')}\n`;
}
