/**
 * A repository shaped like an ordinary pull request, cloned with its history (`fetch-depth: 0`): a base
 * commit on main, a feature branch with one commit that changes a few source files, and main moved on
 * with an unrelated commit after the branch point.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PullRepo {
  dir: string;
  /** main's tip when the event fired. */
  baseTip: string;
  head: string;
}

export function generatePull(dir: string): PullRepo {
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const commit = (message: string): string => {
    git('add', '-A');
    git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q', '-b', 'main');
  write('README.md', '# Shop\n');
  for (let i = 0; i < 10; i++) write(`src/module${i}.ts`, `export const value${i} = ${i};\n`);
  commit('Base');
  git('checkout', '-q', '-b', 'feature');
  for (let i = 0; i < 4; i++) write(`src/module${i}.ts`, `export const value${i} = ${i * 10};\nexport const label${i} = 'm${i}';\n`);
  const head = commit('Change four modules');
  git('checkout', '-q', 'main');
  write('docs/later.md', 'Landed on main after the branch point.\n');
  const baseTip = commit('Unrelated work on main');
  git('checkout', '-q', head);
  return { dir, baseTip, head };
}
