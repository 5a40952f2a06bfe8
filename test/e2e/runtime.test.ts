/**
 * Which Node runs the end-to-end suites. .ci/run runs them a second time under Node 24 (the runtime of
 * the GitHub Action and the GitLab component) and sets GATE_EXPECT_NODE=24, so this suite fails if that
 * run was not really on Node 24; and the bundle starts under whatever Node runs the suites.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { distEntry } from '../helpers/run-dist.js';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

describe('the runtime of the end-to-end suites', () => {
  const expected = process.env.GATE_EXPECT_NODE;
  const running = process.versions.node.split('.')[0];
  if (expected) {
    it(`is Node ${expected}, and so is every process they start`, () => {
      expect(running).toBe(expected);
      const child = spawnSync(process.execPath, ['-p', 'process.versions.node'], { encoding: 'utf8' });
      expect(child.stdout.trim().split('.')[0]).toBe(expected);
      const onPath = spawnSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
      expect(onPath.stdout.trim().split('.')[0]).toBe(expected);
    });
  } else {
    // npm test: the bundle runs on the Node that runs the suites, whichever it is.
    it(`starts the bundle on the Node that runs the suites (Node ${running})`, () => {
      const child = spawnSync(process.execPath, ['-p', 'process.versions.node'], { encoding: 'utf8' });
      expect(child.stdout.trim()).toBe(process.versions.node);
    });
  }

  it('starts the bundle', () => {
    const r = spawnSync(process.execPath, [distEntry, '--version'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
