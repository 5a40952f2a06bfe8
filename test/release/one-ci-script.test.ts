/**
 * One meaning of green: the GitHub workflow and the GitLab pipeline run the same script as a plain
 * machine does (.ci/run), and none of them runs its own subset of the tests or hides the CI variable
 * the corpus suites read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../helpers/corpus.js';

type Json = Record<string, any>;
const github = load(readFileSync(join(projectRoot, '.github/workflows/ci.yml'), 'utf8')) as Json;
const gitlab = load(readFileSync(join(projectRoot, '.gitlab-ci.yml'), 'utf8'), { schema: YAML11_SCHEMA }) as Json;
const ciRun = readFileSync(join(projectRoot, '.ci/run'), 'utf8');

const runs = (steps: Json[]) => steps.flatMap((s) => (typeof s.run === 'string' ? [s.run.trim()] : []));

describe('the project\'s CI', () => {
  it('GitHub runs .ci/run and nothing else that tests', () => {
    const steps: Json[] = github.jobs.build.steps;
    expect(runs(steps)).toEqual(['.ci/run']);
    for (const s of steps) expect(s.env?.CI).toBeUndefined();
  });

  it('GitLab runs .ci/run in its test job, and no other job runs tests', () => {
    expect(gitlab.test.script).toEqual(['.ci/run']);
    for (const [name, job] of Object.entries(gitlab)) {
      const script = JSON.stringify((job as Json)?.script ?? []);
      if (name !== 'test') expect([name, /jest|npm (run )?test/.test(script)]).toEqual([name, false]);
    }
  });

  it('.ci/run runs the README\'s commands, the build check, the types and the Node 24 end-to-end run', () => {
    expect(ciRun).toMatch(/readme-commands\.mjs/);
    expect(ciRun).toMatch(/scripts\/check-build\.sh/);
    expect(ciRun).toMatch(/npm run --silent typecheck/);
    expect(ciRun).toMatch(/GATE_EXPECT_NODE=24 .* test\/e2e/);
    expect(ciRun).not.toMatch(/\bCI=(''|""|\s|$)/m);
    // The README's `npm start` on a runner must judge the clone as on a laptop, not the runner's event.
    expect(ciRun).toMatch(/^unset GITHUB_ACTIONS GITLAB_CI$/m);
  });
});
