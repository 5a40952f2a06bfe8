// Scores real commit ranges of a repository with the bundled gate, to check that risk discriminates:
// ranges of 1, 20, 200 and 2,000 first-parent commits at a few offsets from HEAD.
//   node bench/risk-ranges.mjs REPO [DIST_ENTRY]
// REPO is any local clone with enough history; DIST_ENTRY defaults to this checkout's dist/index.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = process.argv[2];
if (!repo) {
  console.error('usage: node bench/risk-ranges.mjs REPO [DIST_ENTRY]');
  process.exit(2);
}
const entry = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist/index.js');
const out = mkdtempSync(join(tmpdir(), 'risk-ranges-'));
const git = (...args) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).stdout.trim();
const exists = (rev) => spawnSync('git', ['-C', repo, 'rev-parse', '--verify', '-q', `${rev}^{commit}`]).status === 0;

console.log('| commits | offset | files | lines | score | level | factors |');
console.log('|---:|---:|---:|---:|---:|---|---|');
for (const size of [1, 20, 200, 2000]) {
  for (const offset of [0, 300, 1000]) {
    if (!exists(`HEAD~${offset + size}`)) continue;
    const head = git('rev-parse', `HEAD~${offset}`);
    const base = git('rev-parse', `HEAD~${offset + size}`);
    if (!/^[0-9a-f]{40}$/.test(head) || !/^[0-9a-f]{40}$/.test(base)) continue;
    const audit = join(out, 'audit.json');
    const r = spawnSync(process.execPath, [entry, '--repo', repo, '--base', base, '--head', head, '--mode', 'warn', '--format', 'json', '--audit-file', audit], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) {
      console.log(`| ${size} | ${offset} | error: ${r.stderr.split('\n')[0]} |`);
      continue;
    }
    const a = JSON.parse(readFileSync(audit, 'utf8'));
    const factors = a.risk.factors.filter((f) => f.points > 0).map((f) => `${f.id} ${f.points}`).join(', ');
    const lines = a.change.additions + a.change.deletions;
    console.log(`| ${a.change.commits} | ${offset} | ${a.change.files} | ${lines} | ${a.risk.score} | ${a.risk.level} | ${factors} |`);
  }
}
rmSync(out, { recursive: true, force: true });
