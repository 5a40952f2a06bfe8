/**
 * Where each key of a YAML document is written, so a problem the schema finds at a key path can also
 * name its line and column. Read again from the parser's events only when there is a problem to show.
 */
import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';

type Keys = ReadonlyArray<string | number>;

/** Where a node starts: its anchor or tag when it has one, else its value. */
function startOf(e: Event): number {
  if (e.type === EVENT_ID.POP || e.type === EVENT_ID.DOCUMENT) return -1;
  const starts = [e.anchorStart, e.type === EVENT_ID.ALIAS ? -1 : e.tagStart];
  if (e.type === EVENT_ID.SCALAR) starts.push(e.valueStart);
  if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) starts.push(e.start);
  const known = starts.filter((s) => s >= 0);
  return known.length ? Math.min(...known) : -1;
}

function placesOf(text: string, events: Event[]): Map<string, number> {
  const places = new Map<string, number>();
  const note = (keys: Keys | undefined, at: number) => {
    if (keys && at >= 0 && !places.has(JSON.stringify(keys))) places.set(JSON.stringify(keys), at);
  };
  // Returns the index after the node at `i`; `keys` is undefined under a key that is not a plain name.
  const node = (i: number, keys: Keys | undefined): number => {
    const e = events[i];
    if (!e) return i;
    if (e.type === EVENT_ID.SEQUENCE) {
      let next = i + 1;
      for (let n = 0; events[next] && events[next]!.type !== EVENT_ID.POP; n++) {
        const item = keys && [...keys, n];
        note(item, startOf(events[next]!));
        next = node(next, item);
      }
      return next + 1;
    }
    if (e.type === EVENT_ID.MAPPING) {
      let next = i + 1;
      while (events[next] && events[next]!.type !== EVENT_ID.POP) {
        const k = events[next]!;
        const entry = keys && k.type === EVENT_ID.SCALAR ? [...keys, getScalarValue(text, k)] : undefined;
        note(entry, startOf(k));
        next = node(node(next, undefined), entry);
      }
      return next + 1;
    }
    return i + 1;
  };
  const first = events.findIndex((e) => e.type !== EVENT_ID.DOCUMENT);
  if (first >= 0) {
    note([], startOf(events[first]!));
    node(first, []);
  }
  return places;
}

/** Offsets at which each line starts (a line ends at \n, \r\n or a lone \r, as YAML reads it). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

interface YamlPlace {
  offset: number;
  /** "line L, column C", both counted from 1. */
  text: string;
}

/**
 * A function from a key path to where the key is written in `text`; for a key that is not written
 * (a missing one) it names the nearest enclosing key that is.
 */
export function yamlPlaces(text: string): (keys: Keys) => YamlPlace | undefined {
  let places: Map<string, number>;
  try {
    places = placesOf(text, parseEvents(text, { maxDepth: 64 }));
  } catch {
    return () => undefined;
  }
  let starts: number[] | undefined;
  const describe = (offset: number): string => {
    starts ??= lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `line ${lo + 1}, column ${offset - starts[lo]! + 1}`;
  };
  return (keys) => {
    for (let n = keys.length; n >= 0; n--) {
      const offset = places.get(JSON.stringify(keys.slice(0, n)));
      if (offset !== undefined) return { offset, text: describe(offset) };
    }
    return undefined;
  };
}
