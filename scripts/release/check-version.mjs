#!/usr/bin/env node
// node scripts/release/check-version.mjs vX.Y.Z [ROOT]
// Every place that names the release version agrees with the tag: package.json and its lock, the
// image label, the component's version input, the README and the workflow template. Exit 0 when they
// do, 1 naming each that does not, 2 on a malformed tag.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTag, UsageError, versionMentions, versionMismatches } from './lib.mjs';

try {
  const [tag, root = join(dirname(fileURLToPath(import.meta.url)), '../..')] = process.argv.slice(2);
  const { version, majorTag } = parseTag(tag);
  const wrong = versionMismatches(root, version);
  if (wrong.length) {
    for (const m of wrong) {
      const want = m.kind === 'major' ? majorTag : version;
      console.error(`${m.file}: ${m.what} says ${m.found ?? 'nothing'}, but the tag ${tag} releases ${want}.`);
    }
    console.error(`Set the version everywhere (npm version ${version} --no-git-tag-version, then the Dockerfile label, the component's version input and the README), commit, and tag that commit.`);
    process.exit(1);
  }
  console.log(`${tag}: all ${versionMentions(root).length} version mentions agree on ${version}.`);
} catch (e) {
  if (e instanceof UsageError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
