/** The README's code blocks, so the examples it shows are the ones the tests run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './corpus.js';

export interface ReadmeBlock {
  code: string;
  /** The prose right after the block, to tell an example of an error from one that works. */
  after: string;
}

export function readmeBlocks(lang: string): ReadmeBlock[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```\\n', 'gm'))].map((m) => ({
    code: m[1]!,
    after: readme.slice(m.index + m[0].length, m.index + m[0].length + 200).trim(),
  }));
}

/** The policy the README shows failing, and the error text it says the gate prints for it. */
export function readmeInvalidPolicy(): { policy: ReadmeBlock; error: string } {
  const yaml = readmeBlocks('yaml');
  const policy = yaml.find((b) => b.after.startsWith('the gate stops with exit code 2'));
  const error = readmeBlocks('text').find((b) => b.code.startsWith('ai-governance-gate: error: Policy'));
  if (!policy || !error) throw new Error('README.md no longer shows the invalid policy example the tests run');
  return { policy, error: error.code };
}
