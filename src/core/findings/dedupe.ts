/**
 * The same finding read twice — the same report passed under two names, overlapping scans, a tool that
 * repeats a result — is counted once. Identity is the tool, rule, place and fingerprint; without a
 * fingerprint the message is part of it too, because a tool can report several distinct problems under
 * one rule at one line (SARIF validators do), and those are not duplicates.
 */
import type { PlacedFindings } from './placed.js';

function sameFinding({ findings, paths }: PlacedFindings, a: number, b: number): boolean {
  const x = findings[a]!;
  const y = findings[b]!;
  return (
    x.tool === y.tool &&
    x.rule === y.rule &&
    (paths[a] ?? '') === (paths[b] ?? '') &&
    (x.location.startLine ?? '') === (y.location.startLine ?? '') &&
    (x.fingerprint !== undefined ? y.fingerprint === x.fingerprint : y.fingerprint === undefined && y.message === x.message)
  );
}

/** FNV-1a over the whole string: the identity's hash, so most findings are compared with none other. */
function hashOf(text: string): number {
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * For each finding `items` names (indices into `placed`), 1 when an earlier one is the same; the first
 * occurrence is kept. Findings are hashed by their fingerprint or message (the same fingerprint or
 * message is the same hash) and compared field by field only with earlier ones of the same hash.
 *
 * The table is two typed arrays, not a Map: with a Map keyed by identity, a report of 1.6M findings
 * peaked about 90 MiB higher and spent most of its evaluation's time there.
 */
export function markDuplicates(placed: PlacedFindings, items: ArrayLike<number>): Uint8Array {
  const duplicate = new Uint8Array(items.length);
  // Open addressing at most 3/4 full; a slot holds a kept finding's index + 1, and 0 when empty.
  let size = 16;
  while (size * 3 < items.length * 4) size *= 2;
  const mask = size - 1;
  const kept = new Int32Array(size);
  const hashes = new Int32Array(size);
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const f = placed.findings[item]!;
    const hash = hashOf(f.fingerprint ?? f.message);
    let slot = hash & mask;
    for (; kept[slot] !== 0; slot = (slot + 1) & mask) {
      if (hashes[slot] === hash && sameFinding(placed, kept[slot]! - 1, item)) {
        duplicate[k] = 1;
        break;
      }
    }
    if (duplicate[k] === 0) {
      kept[slot] = item + 1;
      hashes[slot] = hash;
    }
  }
  return duplicate;
}
