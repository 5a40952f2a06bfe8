#!/usr/bin/env node
// Prints the README's set-up commands — the shell block right under its title — one per line, comments
// removed, so CI runs exactly what a newcomer is told to run. Exit 2 when the block is not there.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The commands of the first ```sh block before the README's first section. */
export function readmeCommands(readme) {
  const intro = readme.slice(0, readme.search(/^## /m) >>> 0);
  const block = /^```sh\n([\s\S]*?)^```/m.exec(intro);
  if (!block) return [];
  return block[1]
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const readme = readFileSync(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');
  const commands = readmeCommands(readme);
  if (commands.length === 0) {
    console.error('README.md has no ```sh block of set-up commands before its first section.');
    process.exit(2);
  }
  console.log(commands.join('\n'));
}
