/**
 * Bench child: what the gate does with one report — read it (readReport, which picks whole or in parts
 * by size) and apply the built-in policy's findings rules (applyFindingsPolicy) — and nothing else, so
 * its time and memory compare with a bare JSON.parse in a process of the same kind. The full CLI adds
 * git, policy and rendering work whose cost does not depend on the report; the bench measures it
 * separately.
 *
 * Usage: read-report FILE [STREAM_ABOVE_BYTES]
 */
import { readReport } from '../../src/gather/reports/load.js';
import { applyFindingsPolicy } from '../../src/core/findings/apply.js';
import { builtInPolicy } from '../../src/gather/policy.js';

const [file, streamAbove] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: read-report FILE [STREAM_ABOVE_BYTES]');
const t0 = performance.now();
const report = await readReport(file, { secretSeverity: 'high', ...(streamAbove === undefined ? {} : { streamAbove: Number(streamAbove) }) });
const t1 = performance.now();
// The peak so far is the peak of reading alone; evaluation may raise it.
const readMaxRssKB = process.resourceUsage().maxRSS;
const result = applyFindingsPolicy({ reports: [report], change: { files: [] }, policy: builtInPolicy().policy, now: new Date('2025-01-01T00:00:00Z') });
const t2 = performance.now();
process.stdout.write(
  JSON.stringify({ results: report.results, format: report.format, readMs: t1 - t0, evaluateMs: t2 - t1, counts: result.counts, readMaxRssKB, maxRssKB: process.resourceUsage().maxRSS }) + '\n',
);
