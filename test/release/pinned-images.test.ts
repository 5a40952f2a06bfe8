/**
 * Every container image the templates and this project's pipelines use names an exact release (no
 * `latest`, no bare major), and the Node images agree on one Node release, so the action, the
 * component, the gate's image and the project's CI run the same runtime.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, loadAll, YAML11_SCHEMA } from 'js-yaml';
import { projectRoot } from '../helpers/corpus.js';

type Json = Record<string, any>;
const read = (f: string) => readFileSync(join(projectRoot, f), 'utf8');

/** Every `image:` of a GitLab CI document (job images, and image objects' names). */
function gitlabImages(doc: Json): string[] {
  return Object.values(doc).flatMap((job) => {
    if (!job || typeof job !== 'object' || !('image' in job)) return [];
    const image = (job as Json).image;
    return [typeof image === 'string' ? image : image.name];
  });
}

const [header, component] = loadAll(read('templates/ai-governance-gate.yml'), { schema: YAML11_SCHEMA }) as [Json, Json];
const images: Array<[string, string]> = [
  ['Dockerfile', /^FROM\s+(\S+)/m.exec(read('Dockerfile'))![1]!],
  ['templates/ai-governance-gate.yml (image input)', header.spec.inputs.image.default],
  ...gitlabImages(load(read('.gitlab-ci.yml'), { schema: YAML11_SCHEMA }) as Json).map((i): [string, string] => ['.gitlab-ci.yml', i]),
];
/** An exact release: a version with at least major.minor.patch, optionally a variant (alpine3.24, bookworm). */
const EXACT = /^[\w.\/-]+:v?\d+\.\d+\.\d+(-[\w.]+)?$/;

describe('container images', () => {
  it('are found in the Dockerfile, the component and the project\'s pipeline', () => {
    expect(images.length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(component)).toContain('"image":"$[[ inputs.image ]]"');
  });

  it.each(images)('%s: %s is pinned to a release', (_where, image) => {
    expect(image).toMatch(EXACT);
    expect(image).not.toMatch(/:latest$/);
  });

  it('the pin check refuses floating tags', () => {
    for (const floating of ['node:24-alpine', 'node:24', 'registry.gitlab.com/gitlab-org/cli:latest', 'docker:27', 'node']) expect(floating).not.toMatch(EXACT);
  });

  it('run one Node release everywhere: the images, and the release workflow\'s setup-node', () => {
    const nodes = new Set(images.map(([, i]) => /^node:(\d+\.\d+\.\d+)-/.exec(i)?.[1]).filter(Boolean));
    const release = load(read('.github/workflows/release.yml')) as Json;
    for (const job of Object.values(release.jobs as Json)) {
      for (const step of (job as Json).steps ?? []) if (/^actions\/setup-node@/.test(step.uses ?? '')) nodes.add(String(step.with['node-version']));
    }
    expect([...nodes]).toHaveLength(1);
    expect([...nodes][0]).toMatch(/^24\./);
  });
});
