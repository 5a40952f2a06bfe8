/**
 * Bench floor for reading a change: the least a Node gate can do with one — start, run the same git
 * command as the git baseline, split its output into entries (files of `diff --numstat -z`, commits of
 * `log --numstat`), and write them as a JSON list, as a record that can be replayed must list them. No
 * policy, attribution, risk or summary. The gate's distance from this is what the gate itself costs.
 *
 * Usage: bare-change OUT-FILE REPO GIT-ARGS…
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [out, repo, ...args] = process.argv.slice(2);
if (out === undefined || repo === undefined || !args.length) throw new Error('usage: bare-change OUT-FILE REPO GIT-ARGS…');
const child = spawn('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
const parts: Buffer[] = [];
for await (const chunk of child.stdout) parts.push(chunk as Buffer);
const text = Buffer.concat(parts).toString('utf8');
const entries: Array<{ path: string; additions: number; deletions: number } | { commit: string; files: number }> = [];
if (args[0] === 'diff') {
  // -z numstat: "added\tdeleted\tpath\0" per file.
  for (const item of text.split('\0')) {
    if (!item) continue;
    const [additions, deletions, path] = item.split('\t');
    entries.push({ path: path!, additions: Number(additions), deletions: Number(deletions) });
  }
} else {
  for (const block of text.split(/^commit /m)) {
    if (!block) continue;
    entries.push({ commit: block.slice(0, 40), files: block.split('\n').filter((l) => /^\d+\t\d+\t/.test(l)).length });
  }
}
writeFileSync(out, JSON.stringify(entries));
process.stdout.write(JSON.stringify({ entries: entries.length, maxRssKB: process.resourceUsage().maxRSS }) + '\n');
