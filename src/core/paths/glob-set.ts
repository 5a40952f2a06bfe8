/**
 * Many lists of policy globs matched against many paths, each path once. Each glob keeps the exact
 * picomatch test (its regular expression, and picomatch's "the path is the glob" shortcut); what this
 * adds is an index that skips globs a path cannot match, from necessary conditions on the lower-cased
 * path: a literal segment it must have (`**\/terraform/**`), a literal ending (`**\/*.tf`), or a literal
 * run it must contain (`**\/test_*.*`), and then every other literal run of the glob. A glob with none
 * of these (negations, character classes, extglobs, escapes, quotes) is tested on every path.
 *
 * Why the conditions are exact: with `nocase`, a regular expression matches an ASCII character of the
 * pattern only with an ASCII character of the path that lower-cases to the same letter, so every
 * literal taken here is ASCII and compared with the lower-cased path. Paths ending in `/` (picomatch
 * lets a glob match them) skip the index. test/risk/glob-set.test.ts holds the set to picomatch.
 */
import picomatch from 'picomatch';

const OPTIONS = { dot: true, nocase: true } as const;
/** Brace lists expanded for the index at most this many ways; a larger product is tested on every path. */
const MAX_EXPANSIONS = 256;

/** How a glob is found in the index (`key`), and the literals a path must also contain. */
export interface Requirement {
  kind: 'segment' | 'tail' | 'needle';
  key: string;
  /** Further literal runs of the glob, checked before its expression. */
  also: string[];
}

interface Glob {
  glob: string;
  /** Built when the index first lets a path through to this glob: most globs of a policy never meet a path of a small change. */
  regex?: RegExp;
  /** Matched against the path's last segment (a glob without a slash), as picomatch's `basename` option does. */
  basename: boolean;
  list: number;
}

/** A glob as an index entry: tested when the path holds every one of `also`. */
interface Entry {
  id: number;
  also: string[];
}

/** For each glob of `lists[i]`, whether a path matches any; see match(). */
export class GlobSet {
  private readonly globs: Glob[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly bySegment = new Map<string, Entry[]>();
  /** Endings by their last one, two or three characters; the whole ending is among the entry's `also`. */
  private readonly byTail: Array<Map<string, Entry[]>> = [new Map<string, Entry[]>(), new Map<string, Entry[]>(), new Map<string, Entry[]>()];
  private readonly needles: Array<[string, Entry[]]>;
  /** Any needle at all, in one expression: most paths hold none, and are past the needles in one test. */
  private readonly anyNeedle: RegExp;
  private readonly always: number[] = [];
  /** Per glob, the path it was last tested for, so a glob found by two keys is tested once. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(readonly lists: ReadonlyArray<readonly string[]>) {
    const needles = new Map<string, Entry[]>();
    lists.forEach((patterns, list) => {
      const withSlash = patterns.filter((p) => p.includes('/'));
      const nameOnly = patterns.filter((p) => !p.includes('/'));
      for (const [group, basename] of [[withSlash, false], [nameOnly, true]] as const) {
        for (const glob of group) {
          const id = this.globs.length;
          this.globs.push({ glob, basename, list });
          push(this.exact, glob, id);
          const requirements = requirementsOf(glob);
          if (requirements === undefined) {
            this.always.push(id);
            continue;
          }
          for (const r of requirements) {
            const entry = { id, also: r.also };
            if (r.kind === 'segment') push(this.bySegment, r.key, entry);
            else if (r.kind === 'needle') push(needles, r.key, entry);
            else push(this.byTail[Math.min(3, r.key.length) - 1]!, r.key.slice(-3), entry);
          }
        }
      }
    });
    this.needles = [...needles];
    this.anyNeedle = new RegExp(this.needles.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)');
    this.seen = new Uint32Array(this.globs.length);
  }

  /**
   * Which lists match `path`: entry i is 1 when a glob of lists[i] matches, as picomatch would answer
   * for that list (`picomatch(list, { dot, nocase })`, with `basename` for globs without a slash).
   */
  match(path: string): Uint8Array {
    const found = new Uint8Array(this.lists.length);
    this.matchInto(path, found);
    return found;
  }

  /** match() into `found` (zeroed here), so a caller classifying many paths allocates nothing per path. */
  matchInto(path: string, found: Uint8Array): void {
    found.fill(0);
    if (path === '') return;
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    const exact = this.exact.get(path);
    if (exact) for (const id of exact) found[this.globs[id]!.list] = 1;
    const lower = path.toLowerCase();
    if (lower.endsWith('/')) {
      for (let id = 0; id < this.globs.length; id++) this.test(id, path, found);
      return;
    }
    for (const id of this.always) this.test(id, path, found);
    if (this.bySegment.size > 0) {
      let from = 0;
      for (;;) {
        const slash = lower.indexOf('/', from);
        const entries = this.bySegment.get(slash < 0 ? lower.slice(from) : lower.slice(from, slash));
        if (entries) this.testAll(entries, lower, path, found);
        if (slash < 0) break;
        from = slash + 1;
      }
    }
    for (let k = 1; k <= 3 && k <= lower.length; k++) {
      const entries = this.byTail[k - 1]!.get(lower.slice(-k));
      if (entries) this.testAll(entries, lower, path, found);
    }
    if (this.anyNeedle.test(lower)) for (const [needle, entries] of this.needles) if (lower.includes(needle)) this.testAll(entries, lower, path, found);
  }

  private testAll(entries: readonly Entry[], lower: string, path: string, found: Uint8Array): void {
    for (const e of entries) if (holdsAll(lower, e.also)) this.test(e.id, path, found);
  }

  /** The exact test of one glob, once per path. */
  private test(id: number, path: string, found: Uint8Array): void {
    if (this.seen[id] === this.stamp) return;
    this.seen[id] = this.stamp;
    const g = this.globs[id]!;
    if (found[g.list] === 1) return;
    // The same expression picomatch builds for `picomatch(glob, options)`.
    g.regex ??= picomatch.makeRe(g.glob, OPTIONS);
    if (g.regex.test(g.basename ? lastSegment(path) : path)) found[g.list] = 1;
  }
}

function holdsAll(lower: string, also: readonly string[]): boolean {
  for (const text of also) if (!lower.includes(text)) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/** picomatch's basename: the last segment, or the one before a trailing slash (for "/", none: tested as "undefined"). */
function lastSegment(path: string): string {
  const segments = path.split('/');
  const last = segments[segments.length - 1]!;
  return last === '' ? String(segments[segments.length - 2]) : last;
}

/** Characters picomatch may read as more than themselves, apart from `*`, `?`, `/`, `{` and `}`. */
const UNSURE = /[\\[\]()|!+@"]/;
const ASCII_LITERAL = /^[\x20-\x7e]+$/;

/**
 * Conditions of which a path matching `glob` meets at least one (one per brace alternative), or
 * undefined when none can be read off safely.
 */
export function requirementsOf(glob: string): Requirement[] | undefined {
  let g = glob;
  while (g.startsWith('./')) g = g.slice(2);
  // A leading `!` negates; `+ @ !` before `(` are extglobs; brackets, escapes, `|` and quotes are left to the expression.
  if (g === '' || UNSURE.test(g)) return undefined;
  const expanded = expandBraces(g);
  if (expanded === undefined) return undefined;
  const out: Requirement[] = [];
  for (const e of expanded) {
    const r = requirementOf(e);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}

function longest(texts: readonly string[]): string | undefined {
  return [...texts].sort((a, b) => b.length - a.length)[0];
}

function requirementOf(glob: string): Requirement | undefined {
  const segments = glob.split('/');
  if (segments.some((s) => s === '.' || s === '..')) return undefined;
  // Literal runs between wildcards and slashes: each must appear in a matching path as it is.
  const runs = [...new Set(glob.split(/[*?/]+/).filter((s) => s !== '' && ASCII_LITERAL.test(s)).map((s) => s.toLowerCase()))];
  const others = (key: string): string[] => runs.filter((r) => !key.includes(r));
  // A segment without wildcards matches exactly one segment of the path: the most selective lookup.
  const literal = longest(segments.filter((s) => s !== '' && !/[*?]/.test(s) && ASCII_LITERAL.test(s)));
  if (literal !== undefined) {
    const key = literal.toLowerCase();
    return { kind: 'segment', key, also: others(key) };
  }
  const last = segments[segments.length - 1]!;
  const tail = last.slice(Math.max(last.lastIndexOf('*'), last.lastIndexOf('?')) + 1);
  if (tail !== '' && ASCII_LITERAL.test(tail)) {
    const key = tail.toLowerCase();
    return { kind: 'tail', key, also: [key, ...others(key)] };
  }
  const needle = longest(runs.filter((r) => r.length >= 2));
  return needle === undefined ? undefined : { kind: 'needle', key: needle, also: others(needle) };
}

/**
 * `a.{yml,yaml}` → `a.yml`, `a.yaml`: plain comma lists only. Ranges, nesting and a brace without a
 * comma (which picomatch reads literally) give undefined.
 */
function expandBraces(glob: string): string[] | undefined {
  if (!glob.includes('{') && !glob.includes('}')) return [glob];
  let out = [''];
  let i = 0;
  while (i < glob.length) {
    const open = glob.indexOf('{', i);
    const close = glob.indexOf('}', i);
    if (open < 0) {
      if (close >= 0) return undefined;
      out = out.map((o) => o + glob.slice(i));
      break;
    }
    const end = glob.indexOf('}', open);
    if (close < open || end < 0) return undefined;
    const body = glob.slice(open + 1, end);
    if (body.includes('{') || body.includes('..') || !body.includes(',')) return undefined;
    const prefix = glob.slice(i, open);
    const choices = body.split(',');
    if (out.length * choices.length > MAX_EXPANSIONS) return undefined;
    out = out.flatMap((o) => choices.map((c) => o + prefix + c));
    i = end + 1;
  }
  return out;
}
