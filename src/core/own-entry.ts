/**
 * A table lookup by text that came from outside (a report, a commit, a request). `table[key]` alone
 * would find Object.prototype members: "constructor" or "__proto__" must map to nothing.
 */
export function ownEntry<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
