/** This project's own .gitlab-ci.yml: valid, gating its own merge requests with the component at the same commit, and releasing to the catalog. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../../helpers/corpus.js';
import { gitlabCiValidator } from './ci-schema.js';

const ci = load(readFileSync(join(projectRoot, '.gitlab-ci.yml'), 'utf8'), { schema: YAML11_SCHEMA }) as any;

describe('.gitlab-ci.yml', () => {
  it('is valid against GitLab\'s CI JSON Schema', () => {
    expect(gitlabCiValidator()(ci)).toEqual([]);
  });

  it('includes the component from this project at the commit under test', () => {
    expect(ci.include).toEqual([expect.objectContaining({ component: '$CI_SERVER_FQDN/$CI_PROJECT_PATH/ai-governance-gate@$CI_COMMIT_SHA' })]);
    expect(ci.stages).toContain(ci.include[0].inputs.stage);
  });

  it('publishes releases with the release keyword, only for version tags', () => {
    const release = ci.release;
    expect(release.release.tag_name).toBe('$CI_COMMIT_TAG');
    expect(release.rules).toHaveLength(1);
    const tagPattern = new RegExp(/^\$CI_COMMIT_TAG =~ \/(.*)\/$/.exec(release.rules[0].if)![1]!);
    expect(['1.2.3', '0.1.0'].map((t) => tagPattern.test(t))).toEqual([true, true]);
    expect(['v1.2', 'main', '1.2.3-rc.1'].map((t) => tagPattern.test(t))).toEqual([false, false, false]);
    expect(ci['docker-image'].rules).toEqual(release.rules);
  });

  it('refuses to release a tag that is not the version the package, the image and the component carry', () => {
    const version = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version;
    const checks = [...ci['docker-image'].script.filter((l: string) => l.startsWith('grep')), ...ci.release.script];
    expect(checks).toHaveLength(3);
    for (const line of checks) {
      const run = (tag: string) => spawnSync('sh', ['-c', line], { cwd: projectRoot, env: { PATH: process.env.PATH, CI_COMMIT_TAG: tag } }).status;
      expect([line, run(version)]).toEqual([line, 0]);
      expect([line, run('99.0.0')]).toEqual([line, 1]);
    }
  });
});
