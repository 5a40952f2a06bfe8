/**
 * The same finding read twice — the same report passed under two names, overlapping scans, a tool that
 * repeats a result — is counted once. Identity is the tool, rule, place and fingerprint; without a
 * fingerprint the message is part of it too, because a tool can report several distinct problems under
 * one rule at one line (SARIF validators do), and those are not duplicates.
 */
import type { Finding } from '../model.js';

export function duplicateKey(finding: Finding, path: string | undefined): string {
  const place = `${path ?? ''}\u0000${finding.location.startLine ?? ''}`;
  const identity = finding.fingerprint !== undefined ? `fp\u0000${finding.fingerprint}` : `msg\u0000${finding.message}`;
  return `${finding.tool}\u0000${finding.rule}\u0000${place}\u0000${identity}`;
}

/** For each item, whether an earlier item had the same key; the first occurrence is kept. */
export function markDuplicates(keys: readonly string[]): boolean[] {
  const seen = new Set<string>();
  return keys.map((key) => {
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}
