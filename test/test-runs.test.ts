/**
 * The two runs of the tests: `npm test` (jest.config.js) and `npm run test:release` (jest.release.config.js,
 * the project's own CI and release). Every test file belongs to exactly one of them, .ci/run runs both,
 * and `npm test` ends by naming what it left out: no suite is dropped silently.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { projectRoot } from './helpers/corpus.js';
import { testFiles as projectTestFiles } from './helpers/test-files.js';

interface JestRun {
  testMatch: string[];
  testPathIgnorePatterns: string[];
  reporters: string[];
}

const load = async (file: string): Promise<JestRun> => ((await import(join(projectRoot, file))) as { default: JestRun }).default;
const atRoot = (pattern: string): string => pattern.replaceAll('<rootDir>', projectRoot);

/** The test files a Jest configuration runs when given no paths, as Jest picks them. */
function picked(run: JestRun, files: string[]): string[] {
  const matches = picomatch(run.testMatch.map(atRoot));
  const ignored = run.testPathIgnorePatterns.map((p) => new RegExp(atRoot(p)));
  return files.filter((f) => matches(f) && !ignored.some((re) => re.test(f)));
}

const testFiles = projectTestFiles().map((f) => join(projectRoot, f));

describe('the two runs of the tests', () => {
  it('take every test file, each in one run only; the release run takes exactly test/release/', async () => {
    const gate = picked(await load('jest.config.js'), testFiles);
    const release = picked(await load('jest.release.config.js'), testFiles);
    expect(gate.length).toBeGreaterThan(100);
    expect(release.map((f) => relative(projectRoot, f).split(sep).slice(0, 2).join('/'))).toEqual(release.map(() => 'test/release'));
    expect(release.length).toBe(testFiles.filter((f) => relative(projectRoot, f).startsWith(`test${sep}release${sep}`)).length);
    expect(gate.filter((f) => release.includes(f))).toEqual([]);
    expect(testFiles.filter((f) => !gate.includes(f) && !release.includes(f))).toEqual([]);
  });

  it('npm run test:release builds and runs the release configuration, and .ci/run runs it after npm test', () => {
    const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test:release']).toMatch(/^npm run build && node --experimental-vm-modules node_modules\/jest\/bin\/jest\.js --config jest\.release\.config\.js$/);
    const ciRun = readFileSync(join(projectRoot, '.ci/run'), 'utf8');
    const readme = ciRun.indexOf('bash -euo pipefail -c "${readme[1]}"');
    const releaseRun = ciRun.search(/^jest node --config jest\.release\.config\.js$/m);
    expect(readme).toBeGreaterThan(0);
    expect(releaseRun).toBeGreaterThan(readme);
  });

  it('a whole run of npm test ends by naming the suites it left out and the command that runs them; a run given paths does not', async () => {
    const run = await load('jest.config.js');
    const reporter = run.reporters.find((r) => r !== 'default');
    expect(reporter).toBeDefined();
    type Note = new (config: { rootDir: string; testPathPatterns: { isSet(): boolean } }) => { onRunComplete(): void };
    const Note = createRequire(import.meta.url)(atRoot(reporter!)) as Note;
    const noteOf = (givenPaths: boolean): string => {
      const written: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = (chunk: string) => written.push(chunk) > 0;
      try {
        new Note({ rootDir: projectRoot, testPathPatterns: { isSet: () => givenPaths } }).onRunComplete();
      } finally {
        process.stderr.write = write;
      }
      return written.join('');
    };
    const suites = picked(await load('jest.release.config.js'), testFiles).length;
    expect(noteOf(false)).toContain(`Not in this run: the ${suites} suites in test/release/`);
    expect(noteOf(false)).toContain('npm run test:release runs them');
    expect(noteOf(true)).toBe('');
  });
});
