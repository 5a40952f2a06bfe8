/**
 * New or existing: whether a finding was already there before the change. A baseline given to the gate
 * (`--baseline`, reports of the base revision) decides when present, because the gate knows what it was
 * compared with; otherwise the report's own SARIF `baselineState` does, and a finding the report says
 * nothing about counts as new, so that nothing slips through as "old" by default.
 */
import type { Finding } from '../model.js';
import type { PlacedFindings } from './placed.js';

/** `classifyNovelty` marks a finding that was there before with this; 0 is new. */
export const EXISTING = 1;

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
function fingerprintKey({ findings, paths }: PlacedFindings, i: number, withPath: boolean): string | undefined {
  const f = findings[i]!;
  if (f.fingerprint === undefined) return undefined;
  return `${f.tool.toLowerCase()}\u0000${f.rule}\u0000${withPath ? (paths[i] ?? '') : ''}\u0000${f.fingerprint}`;
}

function contentKey({ findings, paths }: PlacedFindings, i: number): string {
  const f = findings[i]!;
  return `${f.tool.toLowerCase()}\u0000${f.rule}\u0000${paths[i] ?? ''}\u0000${messageKey(f.message)}`;
}

function fromReport(f: Finding): number {
  return f.baselineState === 'unchanged' || f.baselineState === 'updated' ? EXISTING : 0;
}

/**
 * Baseline entries (their indices) by key, each usable once: two copies now against one before leaves
 * one new.
 */
function buckets(before: readonly number[], key: (j: number) => string | undefined): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const j of before) {
    const k = key(j);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(j);
    else map.set(k, [j]);
  }
  return map;
}

/**
 * EXISTING or 0 (new) for each finding of `placed`, by its index. Only the findings `items` names are
 * classified; the others stay 0.
 */
export function classifyNovelty(placed: PlacedFindings, items: ArrayLike<number>, baseline: PlacedFindings | undefined): Uint8Array {
  const result = new Uint8Array(placed.findings.length);
  if (baseline === undefined) {
    for (let k = 0; k < items.length; k++) result[items[k]!] = fromReport(placed.findings[items[k]!]!);
    return result;
  }
  // A result the baseline report itself calls absent was not there.
  const before: number[] = [];
  baseline.findings.forEach((f, j) => {
    if (f.baselineState !== 'absent') before.push(j);
  });
  // Nothing was there before: every finding is new, and no key need be built for any of them.
  if (before.length === 0) return result;
  const used = new Set<number>();

  for (const withPath of [true, false]) {
    const byFingerprint = buckets(before, (j) => fingerprintKey(baseline, j, withPath));
    for (let k = 0; k < items.length; k++) {
      const i = items[k]!;
      if (result[i] === EXISTING) continue;
      const key = fingerprintKey(placed, i, withPath);
      const hit = key === undefined ? undefined : byFingerprint.get(key)?.find((j) => !used.has(j));
      if (hit !== undefined) {
        used.add(hit);
        result[i] = EXISTING;
      }
    }
  }

  // Two fingerprints that differ are two findings in the tool's own judgement; the message key only
  // pairs a finding with a baseline entry when one of them has no fingerprint.
  const byContent = buckets(before, (j) => contentKey(baseline, j));
  const pair = (sameLine: boolean): void => {
    for (let k = 0; k < items.length; k++) {
      const i = items[k]!;
      if (result[i] === EXISTING) continue;
      const f = placed.findings[i]!;
      const hit = byContent.get(contentKey(placed, i))?.find((j) => {
        const b = baseline.findings[j]!;
        if (used.has(j)) return false;
        if (f.fingerprint !== undefined && b.fingerprint !== undefined) return false;
        return !sameLine || b.location.startLine === f.location.startLine;
      });
      if (hit !== undefined) {
        used.add(hit);
        result[i] = EXISTING;
      }
    }
  };
  // Exact places first, so where a copy was added the copy on a new line is the one that is new.
  pair(true);
  pair(false);
  return result;
}
