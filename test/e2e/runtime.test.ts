/**
 * Which Node runs the end-to-end suites. .ci/run runs them a second time under Node 24 (the runtime of
 * the GitHub Action and the GitLab component) and sets GATE_EXPECT_NODE=24, so this suite fails if that
 * run was not really on Node 24; in `npm test` every process must run on the Node that runs the suites.
 * And the bundle starts under that Node.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { distEntry } from '../helpers/run-dist.js';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

describe('the runtime of the end-to-end suites', () => {
  // .ci/run's second pass names the Node it expects; otherwise the suites expect the Node they run on.
  const expected = process.env.GATE_EXPECT_NODE ?? process.versions.node.split('.')[0]!;
  it(`is Node ${expected}, and so is every process they start`, () => {
    expect(process.versions.node.split('.')[0]).toBe(expected);
    const child = spawnSync(process.execPath, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    expect(child.stdout.trim().split('.')[0]).toBe(expected);
    // Processes that start `node` by name (gitlab-ci-local's jobs, npm) find it on PATH.
    const onPath = spawnSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
    expect(onPath.stdout.trim().split('.')[0]).toBe(expected);
  });

  it('starts the bundle', () => {
    const r = spawnSync(process.execPath, [distEntry, '--version'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
