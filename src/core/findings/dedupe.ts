/**
 * The same finding read twice — the same report passed under two names, overlapping scans, a tool that
 * repeats a result — is counted once. Identity is the tool, rule, place and fingerprint; without a
 * fingerprint the message is part of it too, because a tool can report several distinct problems under
 * one rule at one line (SARIF validators do), and those are not duplicates.
 */
import type { Finding } from '../model.js';

export interface Placed {
  finding: Finding;
  /** The repository-relative path. */
  path: string | undefined;
}

function sameFinding(a: Placed, b: Placed): boolean {
  const x = a.finding;
  const y = b.finding;
  return (
    x.tool === y.tool &&
    x.rule === y.rule &&
    (a.path ?? '') === (b.path ?? '') &&
    (x.location.startLine ?? '') === (y.location.startLine ?? '') &&
    (x.fingerprint !== undefined ? y.fingerprint === x.fingerprint : y.fingerprint === undefined && y.message === x.message)
  );
}

/**
 * For each finding, whether an earlier one is the same; the first occurrence is kept. Findings are
 * grouped by their fingerprint or message (strings they already hold, so no key is built per finding)
 * and compared field by field within a group, where duplicates are rare.
 */
export function markDuplicates(items: readonly Placed[]): boolean[] {
  // A group is its one finding until a second arrives: most identities occur once, and a report of a
  // million findings would otherwise hold a million one-element arrays.
  const byFingerprint = new Map<string, Placed | Placed[]>();
  const byMessage = new Map<string, Placed | Placed[]>();
  return items.map((item) => {
    const f = item.finding;
    const groups = f.fingerprint !== undefined ? byFingerprint : byMessage;
    const identity = f.fingerprint ?? f.message;
    const group = groups.get(identity);
    if (group === undefined) {
      groups.set(identity, item);
      return false;
    }
    if (!Array.isArray(group)) {
      if (sameFinding(group, item)) return true;
      groups.set(identity, [group, item]);
      return false;
    }
    if (group.some((earlier) => sameFinding(earlier, item))) return true;
    group.push(item);
    return false;
  });
}
