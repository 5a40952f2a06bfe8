#!/usr/bin/env node
// node scripts/release/prepare.mjs vX.Y.Z [--notes FILE] [--outputs FILE] [--github-repository OWNER/NAME]
//                                         [--gitlab-project PATH] [--image NAME]
// The first step of both release pipelines: the tag is a release tag on the commit being built, every
// version mention agrees with it, the release notes are written, and what later steps need is written
// as KEY=value lines (a GitHub step output file or a GitLab dotenv report):
//   RELEASE_TAG, RELEASE_VERSION, RELEASE_MAJOR_TAG, RELEASE_MOVE_MAJOR (true when no newer release of
//   the major exists), RELEASE_PREVIOUS_TAG.
// Exit 0 ready, 1 a check failed, 2 usage.
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { git, isNewestOfMajor, parseTag, previousRelease, releaseNotes, UsageError, versionMismatches } from './lib.mjs';

function fail(message) {
  console.error(message);
  process.exit(1);
}

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      notes: { type: 'string' },
      outputs: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
      'github-repository': { type: 'string' },
      'gitlab-project': { type: 'string' },
      image: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('usage: prepare.mjs vX.Y.Z [--notes FILE] [--outputs FILE] [--github-repository OWNER/NAME] [--gitlab-project PATH] [--image NAME]');
  const root = values.root;
  const { tag, version, majorTag } = parseTag(positionals[0]);

  let tagged;
  try {
    tagged = git(root, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`);
  } catch {
    fail(`There is no tag ${tag} in this clone: push the tag, and fetch tags in the release job.`);
  }
  const head = git(root, 'rev-parse', 'HEAD');
  if (tagged !== head) fail(`The tag ${tag} is on ${tagged.slice(0, 12)}, but this job built ${head.slice(0, 12)}.`);

  const wrong = versionMismatches(root, version);
  if (wrong.length) fail(wrong.map((m) => `${m.file}: ${m.what} says ${m.found ?? 'nothing'}, not ${m.kind === 'major' ? majorTag : version}.`).join('\n'));

  const previous = previousRelease(root, tag);
  const outputs = {
    RELEASE_TAG: tag,
    RELEASE_VERSION: version,
    RELEASE_MAJOR_TAG: majorTag,
    RELEASE_MOVE_MAJOR: String(isNewestOfMajor(root, tag)),
    RELEASE_PREVIOUS_TAG: previous?.tag ?? '',
  };
  const notes = releaseNotes(root, tag, { githubRepository: values['github-repository'], gitlabProject: values['gitlab-project'], image: values.image });
  if (values.notes) writeFileSync(values.notes, notes);
  if (values.outputs) appendFileSync(values.outputs, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
  console.log(`Release ${tag}: version ${version}, major tag ${majorTag} ${outputs.RELEASE_MOVE_MAJOR === 'true' ? 'moves to it' : 'stays on a newer release'}, previous ${previous?.tag ?? 'none'}.`);
} catch (e) {
  if (e instanceof UsageError || e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
