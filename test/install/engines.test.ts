/**
 * `engines` in package.json tells the truth: no Node it admits is refused by a dependency bundled into
 * dist/, the bundle is built for the oldest Node it admits, and every runtime the project ships the gate
 * on (the action's `node24`, the images' Node) is one it admits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { load } from 'js-yaml';
import { projectRoot } from '../helpers/corpus.js';
import { satisfies } from '../helpers/node-range.js';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { nodeTarget } from '../../scripts/build-config.mjs';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const range: string = pkg.engines.node;
const floor = `${/\d+/.exec(range)![0]}.0.0`;

/** Every package esbuild takes into the bundle, with the engines it declares. */
let cached: Promise<Array<{ name: string; node: string }>> | undefined;
function bundledEngines(): Promise<Array<{ name: string; node: string }>> {
  cached ??= readBundledEngines();
  return cached;
}

async function readBundledEngines(): Promise<Array<{ name: string; node: string }>> {
  const result = await build({
    entryPoints: { index: join(projectRoot, 'src/main.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: nodeTarget(),
    splitting: true,
    outdir: join(projectRoot, 'node_modules/.cache/engines-test'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const dirs = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]!);
  }
  return [...dirs].flatMap((dir) => {
    const dep = JSON.parse(readFileSync(join(projectRoot, dir, 'package.json'), 'utf8'));
    return dep.engines?.node ? [{ name: `${dep.name}@${dep.version}`, node: dep.engines.node as string }] : [];
  });
}

describe('engines', () => {
  it('admits no Node that a bundled dependency refuses', async () => {
    const deps = await bundledEngines();
    expect(deps.length).toBeGreaterThan(10);
    const refusing = deps.filter((d) => !satisfies(floor, d.node));
    expect(refusing).toEqual([]);
  });

  it('starts at the oldest Node every bundled dependency accepts: one of them refuses the major before', async () => {
    const deps = await bundledEngines();
    const before = `${Number(floor.split('.')[0]) - 1}.99.99`;
    expect(deps.filter((d) => !satisfies(before, d.node)).length).toBeGreaterThan(0);
  });

  it('builds the bundle for the oldest Node it admits', () => {
    expect(nodeTarget()).toBe(`node${floor.split('.')[0]}`);
    expect(() => nodeTarget('^22 || ^24')).toThrow(/one ">=N" range/);
  });

  it('admits the runtimes the gate ships on', () => {
    const action = load(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as { runs: { using: string } };
    const actionMajor = /^node(\d+)$/.exec(action.runs.using)![1]!;
    expect(satisfies(`${actionMajor}.0.0`, range)).toBe(true);
    const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
    const from = /^FROM node:(\d+)[.\d]*-/m.exec(dockerfile)!;
    expect(satisfies(`${from[1]}.0.0`, range)).toBe(true);
  });

  it('the range reader is not vacuous', () => {
    expect(satisfies('22.0.0', '>= 20')).toBe(true);
    expect(satisfies('20.19.0', '>=22')).toBe(false);
    expect(satisfies('0.7.1', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(false);
    expect(satisfies('0.7.3', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(true);
  });
});
