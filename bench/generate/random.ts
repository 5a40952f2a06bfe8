/**
 * A seeded generator (mulberry32): the same seed gives the same bytes on every machine, so a bench
 * input can be rebuilt anywhere and two runs measure identical files.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  hex(length: number): string {
    let s = '';
    while (s.length < length) s += Math.floor(this.next() * 0x100000000).toString(16).padStart(8, '0');
    return s.slice(0, length);
  }

  /** Pseudo-English: words from a fixed list, so messages compress and tokenize like real prose. */
  words(count: number): string {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.pick(WORDS));
    return out.join(' ');
  }
}

const WORDS = [
  'the', 'value', 'of', 'this', 'parameter', 'flows', 'into', 'a', 'database', 'query', 'without', 'sanitisation',
  'user', 'provided', 'input', 'reaches', 'sink', 'call', 'untrusted', 'data', 'may', 'allow', 'an', 'attacker',
  'to', 'execute', 'arbitrary', 'code', 'path', 'traversal', 'file', 'system', 'access', 'cross-site', 'scripting',
  'request', 'response', 'header', 'cookie', 'insecure', 'random', 'number', 'generator', 'used', 'for', 'security',
  'sensitive', 'token', 'hard-coded', 'credential', 'password', 'is', 'stored', 'in', 'clear', 'text', 'log',
  'regular', 'expression', 'can', 'take', 'exponential', 'time', 'on', 'strings', 'starting', 'with', 'many',
  'repetitions', 'deserialisation', 'object', 'prototype', 'pollution', 'shell', 'command', 'built', 'from',
] as const;
