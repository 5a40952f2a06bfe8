/**
 * Bugs the suites found in code this suite may not change (another area's files), with the inputs
 * that show them. Each has an `it.failing` regression test in report-readers.test.ts, which starts to
 * fail once the bug is fixed: then delete the entry here and turn the test into a plain `it`.
 * The random properties skip inputs of exactly these classes, so the suites stay deterministic
 * while the fix is pending.
 */

export type JsonPathSteps = Array<string | number>;

/**
 * src/findings/readers/sarif.ts serialise(): `String(map[k])` on a fingerprint value that is an array
 * nested thousands deep recurses through Array.prototype.join and overflows the stack (RangeError).
 * Fix: use only string (and finite number) values of fingerprints/partialFingerprints, skip others.
 */
export function sarifDeepFingerprint(path: JsonPathSteps, rawValue: string): boolean {
  return path.some((p) => p === 'partialFingerprints' || p === 'fingerprints') && /^\s*\[\s*\[/.test(rawValue);
}

/**
 * src/findings/readers/gitlab-security.ts: `TYPE_FORMATS[scan.type]` and `TYPE_FORMATS[v.category]`
 * find Object.prototype members, so `"scan": {"type": "constructor"}` makes the report's format a
 * function. Fix: `Object.hasOwn(TYPE_FORMATS, key) ? TYPE_FORMATS[key] : undefined`.
 */
export function gitlabPrototypeType(path: JsonPathSteps, rawValue: string): boolean {
  const last = path[path.length - 1];
  return (last === 'type' || last === 'category') && PROTOTYPE_WORDS.has(parsed(rawValue) as string);
}

const PROTOTYPE_WORDS = new Set(Object.getOwnPropertyNames(Object.prototype));

function parsed(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The same class in a whole document: any `type` or `category` whose value is an Object.prototype member. */
export function hasGitlabPrototypeType(doc: unknown): boolean {
  const stack = [doc];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'type' || k === 'category') && PROTOTYPE_WORDS.has(x as string)) return true;
        stack.push(x);
      }
    }
  }
  return false;
}

export function isKnownOpenBug(path: JsonPathSteps, rawValue: string): boolean {
  return sarifDeepFingerprint(path, rawValue) || gitlabPrototypeType(path, rawValue);
}
