/** Checks that parsed output is plain data: what the audit record serialises and the renderers read. */

/** Object.prototype of any realm: structuredClone and Jest's sandbox each have their own. */
function isObjectPrototype(proto: unknown): boolean {
  return proto !== null && typeof proto === 'object' && Object.getPrototypeOf(proto) === null && Object.hasOwn(proto, 'hasOwnProperty');
}

/**
 * Every value reachable from `value` is a string, a finite number, a boolean, null, an array or an
 * object whose prototype is Object.prototype: no functions, no inherited prototypes, no NaN. Returns
 * the JSON path of the first offender, or undefined.
 */
export function firstNonPlain(value: unknown, path = '$'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} (${value})`;
  if (value === undefined) return undefined;
  if (typeof value !== 'object') return `${path} (${typeof value})`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstNonPlain(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (!isObjectPrototype(Object.getPrototypeOf(value))) return `${path} (prototype is not Object.prototype)`;
  for (const [k, v] of Object.entries(value)) {
    const bad = firstNonPlain(v, `${path}.${k}`);
    if (bad) return bad;
  }
  return undefined;
}

/** Nests `inner` `depth` levels deep in arrays or objects, without recursion. */
export function deepJson(depth: number, kind: 'array' | 'object', inner = '1'): string {
  const open = kind === 'array' ? '[' : '{"a":';
  const close = kind === 'array' ? ']' : '}';
  return open.repeat(depth) + inner + close.repeat(depth);
}
