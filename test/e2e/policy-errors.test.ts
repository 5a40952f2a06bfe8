/** A policy with problems stops the gate with every problem, its key path and its place in the file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepos } from '../helpers/git-repo.js';
import { readmeInvalidPolicy } from '../helpers/readme.js';
import { runDist } from '../helpers/run-dist.js';

describe('policy problems (dist/index.js)', () => {
  const repo = tempRepos();

  it('prints what the README shows for its invalid policy, and exits 2 without a record', () => {
    const { policy, error } = readmeInvalidPolicy();
    const r = repo();
    r.write('a.txt', 'a\n');
    r.commit('base');
    writeFileSync(join(r.dir, '.ai-governance.yml'), policy.code);
    const res = runDist(['--policy', '.ai-governance.yml'], { cwd: r.dir });
    expect(res.code).toBe(2);
    expect(res.stderr.startsWith(error)).toBe(true);
    expect(res.stderr).toContain('→ Fix the keys above');
    expect(res.audit).toBeUndefined();
  });

  it('reads the policy at the base revision with the same report, naming the revision', () => {
    const r = repo();
    r.write('.ai-governance.yml', 'version: 1\nmode: warn\nrisk:\n  levels:\n    medium: 60\n');
    r.commit('base with a policy whose medium level is above the default high');
    r.write('a.txt', 'a\n');
    r.commit('change');
    const res = runDist(['--base', 'HEAD~1'], { cwd: r.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/Policy \.ai-governance\.yml \(at base [0-9a-f]{12}\) is not valid \(1 problem\):/);
    expect(res.stderr).toContain('risk.levels: levels must rise: medium < high < critical, got medium 60, high 50, critical 75 [line 4, column 3]');
  });
});
