// The long property runs of the nightly fuzz workflow: the suites in test/fuzz/ and every other test
// file that takes its fast-check parameters from test/fuzz/support/fuzz.ts, so a property test written
// beside the code it checks is run long too without being listed anywhere. FUZZ_RUNS comes from the
// caller (`npm run test:fuzz` sets it). With --list, prints the files instead of running them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUPPORT = /from '[^']*fuzz\/support\/fuzz\.js'/;

const files = readdirSync(join(root, 'test'), { recursive: true })
  .filter((f) => f.endsWith('.test.ts') && (f.startsWith(`fuzz${sep}`) || SUPPORT.test(readFileSync(join(root, 'test', f), 'utf8'))))
  .map((f) => join('test', f))
  .sort();

if (process.argv.includes('--list')) {
  process.stdout.write(`${files.join('\n')}\n`);
} else {
  const r = spawnSync(process.execPath, ['--experimental-vm-modules', join(root, 'node_modules/jest/bin/jest.js'), '--runTestsByPath', ...files], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
