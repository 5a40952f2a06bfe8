/**
 * A repository's remote that has moved on: `origin` becomes a bare copy of the repository, and a
 * maintainer commits `files` to its `main` afterwards — as when a policy lands on the target branch
 * after a change was branched, and the runner's clone can fetch it.
 */
import { leanExecFileSync } from './lean-exec.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TempRepo } from './git-repo.js';

/** Returns the new tip of origin's main; `cleanup` receives the removal of the directories it made. */
export function advanceOrigin(repo: TempRepo, files: Record<string, string>, cleanup: Array<() => void>): string {
  const upstream = mkdtempSync(join(tmpdir(), 'gate-upstream-'));
  const work = mkdtempSync(join(tmpdir(), 'gate-upstream-work-'));
  cleanup.push(() => rmSync(upstream, { recursive: true, force: true }), () => rmSync(work, { recursive: true, force: true }));
  leanExecFileSync('git', ['clone', '-q', '--bare', repo.dir, upstream]);
  leanExecFileSync('git', ['clone', '-q', '--branch', 'main', upstream, work]);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(work, path), text);
  leanExecFileSync('git', ['-C', work, 'add', '-A']);
  leanExecFileSync('git', ['-C', work, '-c', 'user.name=Maintainer', '-c', 'user.email=m@example.com', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'Adopt the policy']);
  leanExecFileSync('git', ['-C', work, 'push', '-q', 'origin', 'main']);
  repo.git('remote', 'add', 'origin', upstream);
  return leanExecFileSync('git', ['-C', work, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}
