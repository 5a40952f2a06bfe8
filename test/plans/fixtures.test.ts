/**
 * The plan fixtures are what the manifest says they are: the same bytes (sha256 and size), every file
 * listed, the CloudFormation extracts value-identical to the part of the verbatim LocalStack recording
 * they came from, and enough of each kind that the readers are tested against real output.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { MANIFEST, NOT_PLANS, PLANS_DIR, REAL_PLANS, SIX_CLASSES, entry } from './support/fixtures.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [relative(PLANS_DIR, full)];
  });
}

/** RFC 6901 JSON pointer. */
function atPointer(doc: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc);
}

describe('plan fixtures', () => {
  it.each(MANIFEST.map((e) => e.file))('%s has the bytes the manifest records', (file) => {
    const bytes = readFileSync(join(PLANS_DIR, file));
    expect(bytes.length).toBe(entry(file).bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry(file).sha256);
  });

  it('lists every fixture file in the manifest, and only those beside the manifest itself, its notes and its counter', () => {
    const listed = MANIFEST.map((e) => e.file).sort();
    const present = filesUnder(PLANS_DIR).filter((f) => !['manifest.json', 'PROVENANCE.md', 'count.py'].includes(f)).sort();
    expect(present).toEqual(listed);
  });

  it('records where each real file came from: repository, commit, path, licence; verbatim unless an extract', () => {
    for (const e of MANIFEST) {
      expect([e.file, e.repo]).toEqual([e.file, expect.stringMatching(/^[\w.-]+\/[\w.-]+$/)]);
      expect([e.file, e.commit]).toEqual([e.file, expect.stringMatching(/^[0-9a-f]{40}$/)]);
      expect([e.file, e.licence.length > 0, e.path.length > 0]).toEqual([e.file, true, true]);
      expect([e.file, e.verbatim === true || e.extract !== undefined]).toEqual([e.file, true]);
    }
  });

  it('holds each CloudFormation extract value-identical to its place in the kept LocalStack recording', () => {
    const container = entry('not-a-plan/localstack-changeset-snapshot-container.json');
    const recording = JSON.parse(readFileSync(join(PLANS_DIR, container.file), 'utf8'));
    const extracts = MANIFEST.filter((e) => e.extract && e.repo === container.repo && e.path === container.path && e.commit === container.commit);
    expect(extracts.length).toBeGreaterThanOrEqual(1);
    for (const e of extracts) {
      expect(JSON.parse(readFileSync(join(PLANS_DIR, e.file), 'utf8'))).toEqual(atPointer(recording, e.extract!.jsonPointer));
    }
  });

  it('has at least ten Terraform or OpenTofu plans, with deletes and replaces among them, plus Pulumi and CloudFormation', () => {
    const tf = REAL_PLANS.filter((e) => e.tool === 'terraform' || e.tool === 'opentofu');
    expect(tf.length).toBeGreaterThanOrEqual(10);
    expect(tf.filter((e) => e.counts.delete > 0).length).toBeGreaterThanOrEqual(3);
    expect(tf.filter((e) => e.counts.replace > 0).length).toBeGreaterThanOrEqual(3);
    expect(REAL_PLANS.filter((e) => e.tool === 'pulumi').length).toBeGreaterThanOrEqual(3);
    expect(REAL_PLANS.filter((e) => e.tool === 'cloudformation').length).toBeGreaterThanOrEqual(3);
    expect(NOT_PLANS.length).toBeGreaterThanOrEqual(5);
    for (const e of REAL_PLANS) expect(Object.keys(e.counts)).toEqual([...SIX_CLASSES]);
  });

  it('are counted in the README as they are here', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const said = readme.slice(readme.indexOf('### What the readers are tested against'));
    const number = (what: string) => Number(new RegExp(`(\\d+)\\s+${what}`).exec(said)?.[1]);
    const of = (tool: string) => MANIFEST.filter((e) => e.tool === tool).length;
    expect([number('Terraform plans'), number('OpenTofu plans'), number('Pulumi previews'), number('CloudFormation change sets'), number('look-alikes')]).toEqual([
      of('terraform'), of('opentofu'), of('pulumi'), of('cloudformation'), of('not-a-plan'),
    ]);
  });
});
