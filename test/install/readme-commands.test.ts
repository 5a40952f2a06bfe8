/**
 * The README opens with the two set-up commands a newcomer runs; .ci/run extracts them with
 * scripts/ci/readme-commands.mjs and runs them in a clean clone. This checks the extraction and what
 * the commands name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
// @ts-expect-error: a plain ES module of the CI scripts, without types
import { readmeCommands } from '../../scripts/ci/readme-commands.mjs';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

describe('the README\'s set-up commands', () => {
  const commands: string[] = readmeCommands(readme);

  it('are two: install and run the gate, install and run the tests', () => {
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('name scripts that run the bundle and the test suite', () => {
    expect(pkg.scripts.start).toBe('node dist/index.js');
    expect(pkg.scripts.test).toMatch(/jest/);
  });

  it('are read only from the block under the title, comments dropped', () => {
    expect(readmeCommands('# x\n\n```sh\nmake  # build it\n# a note\nmake test\n```\n\n## Later\n\n```sh\nrm -rf /\n```\n')).toEqual(['make', 'make test']);
    expect(readmeCommands('# x\n\n## First\n\n```sh\nmake\n```\n')).toEqual([]);
  });
});
