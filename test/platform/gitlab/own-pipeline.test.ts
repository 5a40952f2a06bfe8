/** This project's own .gitlab-ci.yml: valid, gating its own merge requests with the component at the same commit, and releasing to the catalog. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../../helpers/corpus.js';
import { TempRepo } from '../../helpers/git-repo.js';
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

  it('resolves under gitlab-ci-local: the gate in merge request pipelines, the image and release for tags', async () => {
    // A copy of just what the pipeline reads, in a repository whose remote names the same project.
    const repo = new TempRepo('gate-own-ci-');
    try {
      mkdirSync(join(repo.dir, 'templates'));
      copyFileSync(join(projectRoot, 'templates/ai-governance-gate.yml'), join(repo.dir, 'templates/ai-governance-gate.yml'));
      copyFileSync(join(projectRoot, '.gitlab-ci.yml'), join(repo.dir, '.gitlab-ci.yml'));
      repo.commit('pipeline');
      repo.git('remote', 'add', 'origin', 'git@gitlab.example.com:acme/ai-governance-gate.git');
      const list = async (vars: Record<string, string>) => {
        const args = [join(projectRoot, 'node_modules/gitlab-ci-local/dist/index.js'), '--list-json', '--ignore-predefined-vars', Object.keys(vars).join(',')];
        for (const [k, v] of Object.entries(vars)) args.push('--variable', `${k}=${v}`);
        const out = await new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, args, { cwd: repo.dir, env: { PATH: process.env.PATH, HOME: repo.dir } });
          let text = '';
          child.stdout.on('data', (d: Buffer) => (text += d.toString('utf8')));
          child.on('error', reject);
          child.on('close', () => resolve(text));
        });
        return Object.fromEntries((JSON.parse(out) as Array<{ name: string; when: string }>).map((j) => [j.name, j.when]));
      };
      expect(await list({ CI_PIPELINE_SOURCE: 'merge_request_event' })).toEqual({ 'ai-governance-gate': 'on_success', test: 'on_success', 'docker-image': 'never', release: 'never' });
      const tagged = await list({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: '0.1.0' });
      expect([tagged['docker-image'], tagged.release]).toEqual(['on_success', 'on_success']);
      // The project's own job settings merge into the component's job: the bundle of this commit runs.
      const expanded = load(readFileSync(join(repo.dir, '.gitlab-ci-local/expanded-gitlab-ci.yml'), 'utf8')) as any;
      const gate = expanded['ai-governance-gate'];
      expect(gate.before_script).toContain('ln -sf "$CI_PROJECT_DIR/dist/index.js" /usr/local/bin/ai-governance-gate');
      expect(gate.variables.AI_GOVERNANCE_RUNNER).toBe('image');
      expect(gate.stage).toBe('gate');
    } finally {
      repo.cleanup();
    }
  });
});
