import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempRepo } from '../../helpers/git-repo.js';
import type { GitHubEvent } from '../../../src/platform/github/event.js';
import { eventRange } from '../../../src/platform/github/range.js';
import { pullScenario } from './support/scenario.js';
import { leanExecFileSync } from '../../helpers/lean-exec.js';

describe('eventRange', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => cleanup.forEach((f) => f()));
  // One repository for every case: no case changes what another reads (building one costs many git runs).
  let shared: ReturnType<typeof pullScenario> | undefined;
  const scenario = () => {
    if (!shared) {
      shared = pullScenario((r) => r.write('src/app.ts', 'export const a = 2;\n'), 'Bump');
      const s = shared;
      cleanup.push(() => s.repo.cleanup());
    }
    return shared;
  };
  const prEvent = (s: { baseTip: string; head: string }): GitHubEvent => ({
    name: 'pull_request',
    pullNumber: 7,
    pullRequest: { number: 7, baseSha: s.baseTip, baseRef: 'main', headSha: s.head, headRef: 'feature', fromFork: false, payload: {} },
  });

  it('uses the merge-base of the base tip and the head, not the base tip', async () => {
    const s = scenario();
    // Computed by git itself, independently of the code under test.
    const mergeBase = s.repo.git('merge-base', s.baseTip, s.head).trim();
    expect(mergeBase).toBe(s.forkPoint);
    const { range, local } = await eventRange(s.repo.dir, prEvent(s), {});
    expect(local).toBe(true);
    expect(range).toEqual({ base: s.forkPoint, head: s.head, baseReason: 'platform', baseDescription: `merge-base with main (tip ${s.baseTip.slice(0, 12)})`, emptyBase: false });
  });

  it('keeps the base tip and asks for the API when the clone lacks the commits', async () => {
    const s = scenario();
    const dir = mkdtempSync(join(tmpdir(), 'gate-shallow-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    leanExecFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${s.repo.dir}`, join(dir, 'ws')]);
    const { range, local } = await eventRange(join(dir, 'ws'), prEvent(s), {});
    expect(local).toBe(false);
    expect([range.base, range.head]).toEqual([s.baseTip, s.head]);
  });

  it('judges a merge group from its base to its head', async () => {
    const s = scenario();
    const e: GitHubEvent = { name: 'merge_group', base: s.forkPoint, head: s.head, baseLabel: 'merge queue base (main)' };
    const { range } = await eventRange(s.repo.dir, e, {});
    expect([range.base, range.head, range.baseDescription]).toEqual([s.forkPoint, s.head, 'merge queue base (main)']);
  });

  it('stops with the fetch-depth hint when a push names commits the clone lacks', async () => {
    const s = scenario();
    const e: GitHubEvent = { name: 'push', base: 'f'.repeat(40), head: s.head };
    await expect(eventRange(s.repo.dir, e, {})).rejects.toThrow(/base commit is not in the clone/);
  });

  it('judges a push that created a branch like a laptop would: from the merge-base with the default branch', async () => {
    const s = scenario();
    s.repo.git('update-ref', 'refs/remotes/origin/main', s.baseTip);
    const e: GitHubEvent = { name: 'push', head: s.head, created: true };
    const { range } = await eventRange(s.repo.dir, e, {});
    expect([range.base, range.head, range.baseReason]).toEqual([s.forkPoint, s.head, 'merge-base']);
  });

  it('lets explicit base and head inputs win over the event', async () => {
    const s = scenario();
    const { range } = await eventRange(s.repo.dir, prEvent(s), { base: s.forkPoint, head: s.head });
    expect([range.base, range.head, range.baseReason]).toEqual([s.forkPoint, s.head, 'explicit']);
  });

  it('replaces an explicit base that is not an ancestor of the head with their merge-base, and says so', async () => {
    const s = scenario();
    const { range } = await eventRange(s.repo.dir, prEvent(s), { base: s.baseTip, head: s.head });
    expect([range.base, range.head, range.baseReason]).toEqual([s.forkPoint, s.head, 'merge-base-of-explicit']);
    expect(range.baseDescription).toContain('is not an ancestor of the head');
  });

  it('judges a manual run at the run\'s commit', async () => {
    const repo = new TempRepo();
    cleanup.push(() => repo.cleanup());
    repo.write('a.txt', '1\n');
    const first = repo.commit('one');
    repo.write('a.txt', '2\n');
    const second = repo.commit('two');
    const { range } = await eventRange(repo.dir, { name: 'workflow_dispatch', sha: second }, {});
    expect([range.base, range.head]).toEqual([first, second]);
  });
});
