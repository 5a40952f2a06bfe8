/**
 * New or existing: whether a finding was already there before the change. A baseline given to the gate
 * (`--baseline`, reports of the base revision) decides when present, because the gate knows what it was
 * compared with; otherwise the report's own SARIF `baselineState` does, and a finding the report says
 * nothing about counts as new, so that nothing slips through as "old" by default.
 */
import type { Finding } from '../model.js';
import type { Novelty } from './result.js';

export interface Located {
  finding: Finding;
  /** The finding's repository-relative path. */
  path: string | undefined;
}

/**
 * A message compared across revisions: a line moved or a count changed ("3 occurrences") should not
 * make an old finding look new.
 */
function messageKey(message: string): string {
  return message.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

/**
 * Fingerprints are only unique within a rule (CodeQL's line hashes repeat wherever a line repeats), so
 * they are compared with the rule, first at the same path, then anywhere (a renamed file).
 */
function fingerprintKey({ finding: f, path }: Located, withPath: boolean): string | undefined {
  if (f.fingerprint === undefined) return undefined;
  return `${f.tool.toLowerCase()}\u0000${f.rule}\u0000${withPath ? (path ?? '') : ''}\u0000${f.fingerprint}`;
}

function contentKey({ finding: f, path }: Located): string {
  return `${f.tool.toLowerCase()}\u0000${f.rule}\u0000${path ?? ''}\u0000${messageKey(f.message)}`;
}

function fromReport(f: Finding): Novelty {
  return f.baselineState === 'unchanged' || f.baselineState === 'updated' ? 'existing' : 'new';
}

/** Baseline entries by key, each usable once: two copies now against one before leaves one new. */
function buckets(baseline: readonly Located[], key: (l: Located) => string | undefined): Map<string, number[]> {
  const map = new Map<string, number[]>();
  baseline.forEach((l, i) => {
    const k = key(l);
    if (k === undefined) return;
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  });
  return map;
}

export function classifyNovelty(findings: readonly Located[], baseline: readonly Located[] | undefined): Novelty[] {
  if (baseline === undefined) return findings.map((l) => fromReport(l.finding));
  // A result the baseline report itself calls absent was not there.
  const before = baseline.filter((l) => l.finding.baselineState !== 'absent');
  const result: Novelty[] = findings.map(() => 'new');
  // Nothing was there before: every finding is new, and no key need be built for any of them.
  if (before.length === 0) return result;
  const used = new Set<number>();

  for (const withPath of [true, false]) {
    const byFingerprint = buckets(before, (l) => fingerprintKey(l, withPath));
    findings.forEach((l, i) => {
      if (result[i] === 'existing') return;
      const key = fingerprintKey(l, withPath);
      const hit = key === undefined ? undefined : byFingerprint.get(key)?.find((j) => !used.has(j));
      if (hit !== undefined) {
        used.add(hit);
        result[i] = 'existing';
      }
    });
  }

  // Two fingerprints that differ are two findings in the tool's own judgement; the message key only
  // pairs a finding with a baseline entry when one of them has no fingerprint.
  const byContent = buckets(before, contentKey);
  const pair = (sameLine: boolean) =>
    findings.forEach((l, i) => {
      if (result[i] === 'existing') return;
      const hit = byContent.get(contentKey(l))?.find((j) => {
        const b = before[j]!.finding;
        if (used.has(j)) return false;
        if (l.finding.fingerprint !== undefined && b.fingerprint !== undefined) return false;
        return !sameLine || b.location.startLine === l.finding.location.startLine;
      });
      if (hit !== undefined) {
        used.add(hit);
        result[i] = 'existing';
      }
    });
  // Exact places first, so where a copy was added the copy on a new line is the one that is new.
  pair(true);
  pair(false);
  return result;
}
