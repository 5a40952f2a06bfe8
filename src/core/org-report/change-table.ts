/**
 * The state of every change, in columns: typed arrays of numbers, with the lists and words a change
 * refers to (tools, violations, approvers, repository) kept once each in pools and referred to by
 * index. A million changes take a few tens of MiB this way, where a million small objects holding
 * boxed times would take several hundred.
 */
import type { CountedApprover, Level, OverThreshold } from './facts.js';
import { LEVELS } from './facts.js';

/** The latest run of one change, as the summaries read it. */
interface LatestRun {
  at: number;
  ai: boolean;
  tools: readonly string[];
  models: readonly string[];
  level: Level;
  decision: string;
  violations: readonly string[];
  applicable: boolean;
  required: boolean;
  satisfied: boolean;
  satisfiedAt?: number;
  approvers: readonly CountedApprover[];
  overThreshold: readonly OverThreshold[];
  unlisted: number;
}

export interface ChangeState {
  repository: string;
  firstAt: number;
  startedAt?: number;
  runs: number;
  bypass: boolean;
  latest: LatestRun;
}

/** What one run says about its change. */
export interface RunSummary {
  at: number;
  /** The run key's fingerprint: breaks ties between runs at the same instant, whatever the input order. */
  run: number;
  repository: string;
  startedAt: number | undefined;
  bypass: boolean;
  latest: LatestRun;
}

/** Values kept once, each known by its index; the key says when two values are the same. */
class Pool<T> {
  private readonly byKey = new Map<string, number>();
  readonly values: T[] = [];

  static of<T>(values: readonly T[], key: (value: T) => string): Pool<T> {
    const pool = new Pool<T>();
    for (const v of values) pool.index(key(v), () => v);
    return pool;
  }

  index(key: string, value: () => T): number {
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    this.byKey.set(key, this.values.length);
    this.values.push(value());
    return this.values.length - 1;
  }
}

const AI = 1;
const APPLICABLE = 2;
const REQUIRED = 4;
const SATISFIED = 8;
const BYPASS = 16;

const listKey = (xs: readonly string[]): string => xs.join('\0');
const approversKey = (xs: readonly CountedApprover[]): string => xs.map((a) => `${a.login}\0${a.via}`).join('\0');
const findingsKey = (xs: readonly OverThreshold[]): string => xs.map((f) => `${f.tool}\0${f.severity}\0${f.count}`).join('\0');
const same = (x: string): string => x;

/**
 * A table as plain data (typed arrays cut to size, the pools' values, the keys in row order): what a
 * worker thread sends back, and what another table merges.
 */
export interface ChangeTableData {
  keys: string[];
  lists: ReadonlyArray<readonly string[]>;
  words: string[];
  approverLists: ReadonlyArray<readonly CountedApprover[]>;
  findingLists: ReadonlyArray<readonly OverThreshold[]>;
  at: Float64Array;
  firstAt: Float64Array;
  startedAt: Float64Array;
  satisfiedAt: Float64Array;
  run: Float64Array;
  unlisted: Float64Array;
  runs: Uint32Array;
  repository: Uint32Array;
  tools: Uint32Array;
  models: Uint32Array;
  violations: Uint32Array;
  decision: Uint32Array;
  approvers: Uint32Array;
  findings: Uint32Array;
  level: Uint8Array;
  flags: Uint8Array;
}

const COLUMNS = ['at', 'firstAt', 'startedAt', 'satisfiedAt', 'run', 'unlisted', 'runs', 'repository', 'tools', 'models', 'violations', 'decision', 'approvers', 'findings', 'level', 'flags'] as const;

export class ChangeTable {
  private readonly keys = new Map<string, number>();
  private lists = new Pool<readonly string[]>();
  private words = new Pool<string>();
  private approverLists = new Pool<readonly CountedApprover[]>();
  private findingLists = new Pool<readonly OverThreshold[]>();
  private capacity = 1024;
  size = 0;
  private at = new Float64Array(this.capacity);
  private firstAt = new Float64Array(this.capacity);
  private startedAt = new Float64Array(this.capacity);
  private satisfiedAt = new Float64Array(this.capacity);
  private run = new Float64Array(this.capacity);
  private unlisted = new Float64Array(this.capacity);
  private runs = new Uint32Array(this.capacity);
  private repository = new Uint32Array(this.capacity);
  private tools = new Uint32Array(this.capacity);
  private models = new Uint32Array(this.capacity);
  private violations = new Uint32Array(this.capacity);
  private decision = new Uint32Array(this.capacity);
  private approvers = new Uint32Array(this.capacity);
  private findings = new Uint32Array(this.capacity);
  private level = new Uint8Array(this.capacity);
  private flags = new Uint8Array(this.capacity);

  private grow(): void {
    this.capacity *= 2;
    const grown = <A extends Float64Array | Uint32Array | Uint8Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(this.capacity);
      b.set(a);
      return b;
    };
    this.at = grown(this.at);
    this.firstAt = grown(this.firstAt);
    this.startedAt = grown(this.startedAt);
    this.satisfiedAt = grown(this.satisfiedAt);
    this.run = grown(this.run);
    this.unlisted = grown(this.unlisted);
    this.runs = grown(this.runs);
    this.repository = grown(this.repository);
    this.tools = grown(this.tools);
    this.models = grown(this.models);
    this.violations = grown(this.violations);
    this.decision = grown(this.decision);
    this.approvers = grown(this.approvers);
    this.findings = grown(this.findings);
    this.level = grown(this.level);
    this.flags = grown(this.flags);
  }

  private list(xs: readonly string[]): number {
    return this.lists.index(listKey(xs), () => Object.freeze([...xs]));
  }

  private setLatest(i: number, r: RunSummary): void {
    const l = r.latest;
    this.at[i] = r.at;
    this.run[i] = r.run;
    this.tools[i] = this.list(l.tools);
    this.models[i] = this.list(l.models);
    this.violations[i] = this.list(l.violations);
    this.decision[i] = this.words.index(l.decision, () => l.decision);
    this.level[i] = LEVELS.indexOf(l.level);
    this.satisfiedAt[i] = l.satisfiedAt ?? NaN;
    this.unlisted[i] = l.unlisted;
    this.approvers[i] = this.approverLists.index(approversKey(l.approvers), () => Object.freeze(l.approvers.map((a) => Object.freeze({ ...a }))));
    this.findings[i] = this.findingLists.index(findingsKey(l.overThreshold), () => Object.freeze(l.overThreshold.map((f) => Object.freeze({ ...f }))));
    const bypass = this.flags[i]! & BYPASS;
    this.flags[i] = bypass | (l.ai ? AI : 0) | (l.applicable ? APPLICABLE : 0) | (l.required ? REQUIRED : 0) | (l.satisfied ? SATISFIED : 0);
  }

  /** Folds one run into its change: counts, the earliest times, and the latest run's facts. Returns the change's row. */
  add(key: string, r: RunSummary): number {
    let i = this.keys.get(key);
    if (i === undefined) {
      if (this.size === this.capacity) this.grow();
      i = this.size++;
      this.keys.set(key, i);
      this.firstAt[i] = r.at;
      this.startedAt[i] = r.startedAt ?? NaN;
      this.repository[i] = this.words.index(r.repository, () => r.repository);
      this.runs[i] = 1;
      this.flags[i] = r.bypass ? BYPASS : 0;
      this.setLatest(i, r);
      return i;
    }
    this.runs[i]!++;
    if (r.bypass) this.flags[i]! |= BYPASS;
    if (r.at < this.firstAt[i]!) this.firstAt[i] = r.at;
    if (r.startedAt !== undefined && !(r.startedAt >= this.startedAt[i]!)) this.startedAt[i] = r.startedAt;
    // Input order must not change the numbers: the later run wins, and of two at the same instant the
    // one with the greater fingerprint.
    if (r.at > this.at[i]! || (r.at === this.at[i]! && r.run > this.run[i]!)) this.setLatest(i, r);
    return i;
  }

  data(): ChangeTableData {
    const n = this.size;
    return {
      keys: [...this.keys.keys()],
      lists: this.lists.values,
      words: this.words.values,
      approverLists: this.approverLists.values,
      findingLists: this.findingLists.values,
      at: this.at.slice(0, n),
      firstAt: this.firstAt.slice(0, n),
      startedAt: this.startedAt.slice(0, n),
      satisfiedAt: this.satisfiedAt.slice(0, n),
      run: this.run.slice(0, n),
      unlisted: this.unlisted.slice(0, n),
      runs: this.runs.slice(0, n),
      repository: this.repository.slice(0, n),
      tools: this.tools.slice(0, n),
      models: this.models.slice(0, n),
      violations: this.violations.slice(0, n),
      decision: this.decision.slice(0, n),
      approvers: this.approvers.slice(0, n),
      findings: this.findings.slice(0, n),
      level: this.level.slice(0, n),
      flags: this.flags.slice(0, n),
    };
  }

  /** A read-only view of a table's data, as `data()` gave it (in another thread): its rows' states. */
  private static view(d: ChangeTableData): ChangeTable {
    const t = new ChangeTable();
    t.size = d.keys.length;
    t.capacity = Math.max(1, t.size);
    t.lists = Pool.of(d.lists, listKey);
    t.words = Pool.of(d.words, same);
    t.approverLists = Pool.of(d.approverLists, approversKey);
    t.findingLists = Pool.of(d.findingLists, findingsKey);
    for (const c of COLUMNS) (t as unknown as Record<string, unknown>)[c] = d[c];
    return t;
  }

  /**
   * Folds another table's rows in, as if its runs had come after this table's: the same rules as
   * `add`, so a table built from several parts of the input equals the one built from all of it.
   */
  merge(d: ChangeTableData): void {
    const states = ChangeTable.view(d);
    for (let j = 0; j < states.size; j++) {
      const key = d.keys[j]!;
      const s = states.state(j);
      const i = this.keys.get(key);
      const summary: RunSummary = { at: s.latest.at, run: d.run[j]!, repository: s.repository, startedAt: s.startedAt, bypass: s.bypass, latest: s.latest };
      if (i === undefined) {
        const k = this.add(key, summary);
        this.firstAt[k] = s.firstAt;
        this.runs[k] = s.runs;
        continue;
      }
      this.runs[i]! += s.runs;
      if (s.bypass) this.flags[i]! |= BYPASS;
      if (s.firstAt < this.firstAt[i]!) this.firstAt[i] = s.firstAt;
      if (s.startedAt !== undefined && !(s.startedAt >= this.startedAt[i]!)) this.startedAt[i] = s.startedAt;
      if (summary.at > this.at[i]! || (summary.at === this.at[i]! && summary.run > this.run[i]!)) this.setLatest(i, summary);
    }
  }

  /** One change as the summaries read it (a fresh object each time). */
  state(i: number): ChangeState {
    const flags = this.flags[i]!;
    const latest: LatestRun = {
      at: this.at[i]!,
      ai: (flags & AI) !== 0,
      tools: this.lists.values[this.tools[i]!]!,
      models: this.lists.values[this.models[i]!]!,
      level: LEVELS[this.level[i]!]!,
      decision: this.words.values[this.decision[i]!]!,
      violations: this.lists.values[this.violations[i]!]!,
      applicable: (flags & APPLICABLE) !== 0,
      required: (flags & REQUIRED) !== 0,
      satisfied: (flags & SATISFIED) !== 0,
      approvers: this.approverLists.values[this.approvers[i]!]!,
      overThreshold: this.findingLists.values[this.findings[i]!]!,
      unlisted: this.unlisted[i]!,
    };
    if (!Number.isNaN(this.satisfiedAt[i])) latest.satisfiedAt = this.satisfiedAt[i]!;
    const state: ChangeState = { repository: this.words.values[this.repository[i]!]!, firstAt: this.firstAt[i]!, runs: this.runs[i]!, bypass: (flags & BYPASS) !== 0, latest };
    if (!Number.isNaN(this.startedAt[i])) state.startedAt = this.startedAt[i]!;
    return state;
  }

  *states(): Generator<ChangeState> {
    for (let i = 0; i < this.size; i++) yield this.state(i);
  }
}
