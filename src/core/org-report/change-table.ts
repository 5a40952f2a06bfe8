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

export class ChangeTable {
  private readonly keys = new Map<string, number>();
  private readonly lists = new Pool<readonly string[]>();
  private readonly words = new Pool<string>();
  private readonly approverLists = new Pool<readonly CountedApprover[]>();
  private readonly findingLists = new Pool<readonly OverThreshold[]>();
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
    this.approvers[i] = this.approverLists.index(l.approvers.map((a) => `${a.login}\0${a.via}`).join('\0'), () => Object.freeze(l.approvers.map((a) => Object.freeze({ ...a }))));
    this.findings[i] = this.findingLists.index(l.overThreshold.map((f) => `${f.tool}\0${f.severity}\0${f.count}`).join('\0'), () => Object.freeze(l.overThreshold.map((f) => Object.freeze({ ...f }))));
    const bypass = this.flags[i]! & BYPASS;
    this.flags[i] = bypass | (l.ai ? AI : 0) | (l.applicable ? APPLICABLE : 0) | (l.required ? REQUIRED : 0) | (l.satisfied ? SATISFIED : 0);
  }

  /** Folds one run into its change: counts, the earliest times, and the latest run's facts. */
  add(key: string, r: RunSummary): void {
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
      return;
    }
    this.runs[i]!++;
    if (r.bypass) this.flags[i]! |= BYPASS;
    if (r.at < this.firstAt[i]!) this.firstAt[i] = r.at;
    if (r.startedAt !== undefined && !(r.startedAt >= this.startedAt[i]!)) this.startedAt[i] = r.startedAt;
    // Input order must not change the numbers: the later run wins, and of two at the same instant the
    // one with the greater fingerprint.
    if (r.at > this.at[i]! || (r.at === this.at[i]! && r.run > this.run[i]!)) this.setLatest(i, r);
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
