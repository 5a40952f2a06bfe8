/**
 * The small part of npm's range grammar that `engines.node` fields use: comparator sets joined by `||`,
 * comparators `>=`, `>`, `<=`, `<`, `=` or a bare version, separated by spaces.
 */
type Version = [number, number, number];

function parse(v: string): Version {
  const parts = v.replace(/^v/, '').split('.').map((p) => (p === 'x' || p === '*' || p === '' ? 0 : Number(p)));
  if (parts.some((p) => !Number.isInteger(p))) throw new Error(`not a version: ${v}`);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `version` satisfies `range`. */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((set) =>
    set
      .trim()
      .replace(/(>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((c) => {
        const m = /^(>=|<=|>|<|=)?(.+)$/.exec(c)!;
        const d = compare(v, parse(m[2]!));
        switch (m[1]) {
          case '>=': return d >= 0;
          case '>': return d > 0;
          case '<=': return d <= 0;
          case '<': return d < 0;
          default: return c === '*' || d === 0;
        }
      }),
  );
}
