#!/usr/bin/env node
// node scripts/release/move-major-tag.mjs vX.Y.Z [--remote NAME] [--dry-run]
// Points the major tag (v1 for v1.4.0) at the release and force-pushes it, so `uses: owner/repo@v1`
// gets the newest 1.x — unless a newer release of that major exists (a patch to an older line), which
// keeps it. --dry-run asks the remote whether the push would be accepted, and changes nothing there.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { git, isNewestOfMajor, parseTag, UsageError } from './lib.mjs';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { remote: { type: 'string', default: 'origin' }, 'dry-run': { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
  });
  if (positionals.length !== 1) throw new UsageError('usage: move-major-tag.mjs vX.Y.Z [--remote NAME] [--dry-run]');
  const root = values.root;
  const { tag, majorTag } = parseTag(positionals[0]);
  if (!isNewestOfMajor(root, tag)) {
    console.log(`${majorTag} stays where it is: a newer ${majorTag}.x release than ${tag} exists.`);
    process.exit(0);
  }
  const commit = git(root, 'rev-parse', `refs/tags/${tag}^{commit}`);
  const push = ['push', '--force', ...(values['dry-run'] ? ['--dry-run'] : []), values.remote, `${commit}:refs/tags/${majorTag}`];
  execFileSync('git', push, { cwd: root, stdio: 'inherit' });
  if (!values['dry-run']) git(root, 'tag', '--force', majorTag, commit);
  console.log(`${majorTag} ${values['dry-run'] ? 'would point' : 'points'} at ${tag} (${commit.slice(0, 12)}).`);
} catch (e) {
  if (e instanceof UsageError || e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
