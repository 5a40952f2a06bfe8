/**
 * The risk factors as data: each row names its template, measures facts from the change and turns
 * them into points. The prose that explains a factor lives in render/risk-words.ts, keyed by template.
 */
import type { ChangedFile } from '../model.js';
import type { Policy } from '../policy/schema.js';
import type { DestructiveFact, FactorFacts, FactorTemplate } from './types.js';

const MAX_LISTED = 20;

/** What the rows measure from: the change, read once. */
export interface FactorContext {
  policy: Policy;
  files: ChangedFile[];
  /** Lines added + removed in files that count for size. */
  lines: number;
  directories: number;
  /** Sensitive group → files touching it. */
  groups: Map<string, string[]>;
  destructive: DestructiveFact[];
  sources: string[];
  tests: string[];
  /** Share of the change written by AI, 0 when not AI-assisted. */
  aiShare: number;
}

export interface FactorRow {
  /** Which sentence explains it. */
  template: FactorTemplate;
  /**
   * The factor's rows for this change (sensitive paths yield one per group), or none when it does not
   * apply. `before` is the sum of the points of the rows evaluated so far.
   */
  measure(ctx: FactorContext, before: number): Array<{ id: string; points: number; facts: FactorFacts; files: string[] }>;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** 0..1, growing with the logarithm of `n`: each tenfold adds about the same, `full` reaches 1. */
export function logShare(n: number, full: number, unit = 1): number {
  if (n <= 0) return 0;
  return Math.min(1, Math.log1p(n / unit) / Math.log1p(full / unit));
}

const size: FactorRow = {
  template: 'size',
  measure({ policy, lines }) {
    const f = policy.risk.factors.size;
    return [{ id: 'size', points: round1(f['max-points'] * logShare(lines, f['saturate-lines'], 10)), facts: { lines, maxPoints: f['max-points'], saturateLines: f['saturate-lines'] }, files: [] }];
  },
};

const spread: FactorRow = {
  template: 'spread',
  measure({ policy, files, directories }) {
    const f = policy.risk.factors.spread;
    const half = f['max-points'] / 2;
    const points = round1(half * logShare(files.length, f['saturate-files']) + half * logShare(directories, f['saturate-directories']));
    return [{ id: 'spread', points, facts: { files: files.length, directories }, files: [] }];
  },
};

const sensitive: FactorRow = {
  template: 'sensitive',
  measure({ policy, groups }) {
    const cap = policy.risk.factors['sensitive-paths']['max-points'];
    const pointsOf = (name: string) => policy['sensitive-paths'][name]?.points ?? 0;
    let budget = cap;
    return [...groups]
      .sort((a, b) => pointsOf(b[0]) - pointsOf(a[0]))
      .map(([name, paths]) => {
        const points = Math.min(pointsOf(name), budget);
        budget -= points;
        const facts: FactorFacts = { group: name, description: policy['sensitive-paths'][name]?.description ?? name, files: paths.length, capped: points < pointsOf(name), cap };
        return { id: `sensitive:${name}`, points, facts, files: paths.slice(0, MAX_LISTED) };
      });
  },
};

const destructive: FactorRow = {
  template: 'destructive',
  measure({ policy, destructive: ops }) {
    if (!ops.length) return [];
    const f = policy.risk.factors.destructive;
    const irreversible = ops.filter((o) => !o.reversible).length;
    const raw = irreversible * f['points-each'] + (ops.length - irreversible) * f['reversible-points-each'];
    return [{ id: 'destructive', points: Math.min(f['max-points'], raw), facts: { operations: ops.length, irreversible }, files: [...new Set(ops.map((d) => d.path))].slice(0, MAX_LISTED) }];
  },
};

const missingTests: FactorRow = {
  template: 'missing-tests',
  measure({ policy, sources, tests }) {
    if (!sources.length || tests.length) return [];
    return [{ id: 'missing-tests', points: policy.risk.factors['missing-tests'].points, facts: { sources: sources.length }, files: sources.slice(0, MAX_LISTED) }];
  },
};

/** Scales what came before it by the AI share: one AI commit among many adds little, an all-AI change the full multiplier. */
const aiAssisted: FactorRow = {
  template: 'ai-assisted',
  measure({ policy, aiShare }, before) {
    const multiplier = policy.risk.factors['ai-multiplier'];
    if (aiShare <= 0 || multiplier <= 1) return [];
    const applied = 1 + (multiplier - 1) * aiShare;
    return [{ id: 'ai-assisted', points: round1(before * (applied - 1)), facts: { share: aiShare, multiplier, applied: Math.round(applied * 1000) / 1000 }, files: [] }];
  },
};

/** Evaluated in order; the AI row last, as it scales the others. */
export const FACTORS: readonly FactorRow[] = [size, spread, sensitive, destructive, missingTests, aiAssisted];
