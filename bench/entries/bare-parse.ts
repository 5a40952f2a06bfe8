/**
 * Bench baseline: the least a Node program can do with a report — read it, JSON.parse it whole, and
 * count results by level (SARIF) or severity (GitLab). No validation, no findings, no policy.
 *
 * With --digest it also takes the file's SHA-256, as the gate must for the audit record: the least a
 * program that records which report it judged can do.
 *
 * Usage: bare-parse FILE [--digest]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: bare-parse FILE [--digest]');
const bytes = readFileSync(file);
const digest = process.argv[3] === '--digest' ? createHash('sha256').update(bytes).digest('hex') : undefined;
const doc = JSON.parse(bytes.toString('utf8'));
const counts: Record<string, number> = {};
let results = 0;
if (Array.isArray(doc.runs)) {
  for (const run of doc.runs) {
    for (const r of run.results ?? []) {
      const level = r.level ?? 'warning';
      counts[level] = (counts[level] ?? 0) + 1;
      results += 1;
    }
  }
} else {
  for (const v of doc.vulnerabilities ?? []) {
    counts[v.severity] = (counts[v.severity] ?? 0) + 1;
    results += 1;
  }
}
process.stdout.write(JSON.stringify({ results, counts, digest, maxRssKB: process.resourceUsage().maxRSS }) + '\n');
