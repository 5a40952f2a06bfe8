/**
 * Folds audit records, one at a time, into the state the report is computed from. Nothing holds a
 * whole record: each run adds to counters, and each change (a pull/merge request) keeps a small
 * summary of its latest run — the state it ended in — in a columnar table (change-table.ts). Pure:
 * the caller reads the files and passes the time the report is made for.
 */
import { ChangeTable, type ChangeTableData } from './change-table.js';
import { FingerprintSet } from './fingerprint-set.js';
import { KNOWN_SCHEMA_VERSION, readFacts, type CountedApprover, type RecordFacts, type WaiverFact } from './facts.js';
import type { InputProblem } from './report-model.js';
import { DAY } from './periods.js';
import { increment } from './stats.js';

/** How many problems are listed by name; the rest are counted. */
const PROBLEMS_LISTED = 50;

export interface RepositoryState {
  platform: string;
  runs: number;
  lastRun: number;
}

export interface WaiverSeen extends WaiverFact {
  repository: string;
  lastSeen: number;
}

export interface AggregateOptions {
  /** Records before this time (ms) are left out. */
  since?: number;
  /** Records at or after this time (ms) are left out. */
  until?: number;
  /** Log each counted run (for a part of the input read in another thread, merged later). */
  logRuns?: boolean;
}

/**
 * Each counted run of a part of the input, in columns: enough to take it back out of the counts when
 * another part already counted it (the same record read by two threads), and a digest of everything
 * it said, to tell a true copy from a different record with the same run key.
 */
export interface RunLog {
  size: number;
  print: Float64Array;
  digest: Float64Array;
  at: Float64Array;
  change: Uint32Array;
  /** Index into `violationLists`. */
  violations: Uint32Array;
  violationLists: string[][];
}

/** An aggregator's state as plain data, to send from a worker thread and merge in order. */
export interface AggregatePartial {
  documents: number;
  records: number;
  duplicates: number;
  outOfRange: number;
  unreadable: number;
  otherFiles: number;
  problems: InputProblem[];
  bySchemaVersion: Map<string, number>;
  changes: ChangeTableData;
  repositories: Map<string, RepositoryState>;
  waivers: Map<string, WaiverSeen>;
  violationDays: Map<number, Map<string, number>>;
  violationRuns: Map<string, number>;
  first: number | undefined;
  last: number | undefined;
  runs: RunLog;
}

class RunLogger {
  private readonly log: RunLog = { size: 0, print: new Float64Array(1024), digest: new Float64Array(1024), at: new Float64Array(1024), change: new Uint32Array(1024), violations: new Uint32Array(1024), violationLists: [] };
  private readonly lists = new Map<string, number>();

  add(print: number, f: RecordFacts, change: number): void {
    const l = this.log;
    if (l.size === l.print.length) {
      const grown = <A extends Float64Array | Uint32Array>(a: A): A => {
        const b = new (a.constructor as new (n: number) => A)(a.length * 2);
        b.set(a);
        return b;
      };
      Object.assign(l, { print: grown(l.print), digest: grown(l.digest), at: grown(l.at), change: grown(l.change), violations: grown(l.violations) });
    }
    const key = f.violations.join('\0');
    let v = this.lists.get(key);
    if (v === undefined) {
      v = l.violationLists.length;
      this.lists.set(key, v);
      l.violationLists.push(f.violations);
    }
    l.print[l.size] = print;
    l.digest[l.size] = fingerprint(JSON.stringify(f));
    l.at[l.size] = f.at;
    l.change[l.size] = change;
    l.violations[l.size] = v;
    l.size++;
  }

  data(): RunLog {
    const l = this.log;
    return { ...l, print: l.print.slice(0, l.size), digest: l.digest.slice(0, l.size), at: l.at.slice(0, l.size), change: l.change.slice(0, l.size), violations: l.violations.slice(0, l.size) };
  }
}

/** A 52-bit fingerprint of a run key: a set of them holds a million runs in 16 MiB. */
function fingerprint(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

export class OrgAggregator {
  documents = 0;
  records = 0;
  duplicates = 0;
  outOfRange = 0;
  unreadable = 0;
  otherFiles = 0;
  readonly problems: InputProblem[] = [];
  readonly bySchemaVersion = new Map<string, number>();
  readonly changes = new ChangeTable();
  readonly repositories = new Map<string, RepositoryState>();
  readonly waivers = new Map<string, WaiverSeen>();
  /** Runs reporting each violation rule, per UTC day (days since the epoch). */
  readonly violationDays = new Map<number, Map<string, number>>();
  readonly violationRuns = new Map<string, number>();
  first: number | undefined;
  last: number | undefined;
  private readonly seen = new FingerprintSet();
  private readonly runLog: RunLogger | undefined;
  /** The run logs of the parts merged so far: where a run counted twice finds its first copy. */
  private readonly merged: Array<Pick<RunLog, 'print' | 'digest'>> = [];

  constructor(private readonly options: AggregateOptions = {}) {
    if (options.logRuns) this.runLog = new RunLogger();
  }

  /** One JSON document: a parsed record, or anything else found where records were expected. */
  add(value: unknown, source: string): void {
    this.documents++;
    const outcome = readFacts(value);
    if (!outcome.ok) {
      this.note(source, outcome.reason);
      return;
    }
    this.addFacts(outcome.facts);
  }

  /** A JSON file found beside records (in a directory or an artifact) that is not one. */
  other(): void {
    this.otherFiles++;
  }

  /** A document that could not even be parsed (a broken line, an unreadable file or archive). */
  problem(source: string, reason: string): void {
    this.documents++;
    this.note(source, reason);
  }

  private note(source: string, reason: string): void {
    this.unreadable++;
    if (this.problems.length < PROBLEMS_LISTED) this.problems.push({ source, reason });
  }

  /** Versions newer than the known one, for the report's input summary. */
  newerVersions(): number[] {
    return [...this.bySchemaVersion.keys()].map(Number).filter((v) => Number.isFinite(v) && v > KNOWN_SCHEMA_VERSION).sort((a, b) => a - b);
  }

  private addFacts(f: RecordFacts): void {
    increment(this.bySchemaVersion, f.schemaVersion === undefined ? 'none' : String(f.schemaVersion));
    if ((this.options.since !== undefined && f.at < this.options.since) || (this.options.until !== undefined && f.at >= this.options.until)) {
      this.outOfRange++;
      return;
    }
    const print = fingerprint(f.runKey);
    if (!this.seen.add(print)) {
      this.duplicates++;
      return;
    }
    this.records++;
    this.first = this.first === undefined ? f.at : Math.min(this.first, f.at);
    this.last = this.last === undefined ? f.at : Math.max(this.last, f.at);
    this.addRun(f);
    const change = this.addChange(f, print);
    for (const w of f.waivers) this.addWaiver(f, w);
    this.runLog?.add(print, f, change);
  }

  private addRun(f: RecordFacts): void {
    const repo = this.repositories.get(f.repository);
    if (!repo) this.repositories.set(f.repository, { platform: f.platform, runs: 1, lastRun: f.at });
    else {
      repo.runs++;
      if (f.at >= repo.lastRun) {
        repo.lastRun = f.at;
        repo.platform = f.platform;
      }
    }
    if (f.violations.length === 0) return;
    const day = Math.floor(f.at / DAY);
    let perRule = this.violationDays.get(day);
    if (!perRule) this.violationDays.set(day, (perRule = new Map<string, number>()));
    for (const rule of f.violations) {
      increment(perRule, rule);
      increment(this.violationRuns, rule);
    }
  }

  private addChange(f: RecordFacts, run: number): number {
    const tiers = f.signoff.tiers;
    const approvers = new Map<string, CountedApprover>();
    for (const t of tiers) for (const c of t.counted) if (!approvers.has(c.login)) approvers.set(c.login, c);
    return this.changes.add(f.changeKey, {
      at: f.at,
      run,
      repository: f.repository,
      startedAt: f.startedAt,
      bypass: f.bypass,
      latest: {
        at: f.at,
        ai: f.aiAssisted,
        tools: f.tools,
        models: f.models,
        level: f.riskLevel,
        decision: f.decision,
        violations: f.violations,
        applicable: f.signoff.applicable,
        required: f.signoff.required,
        satisfied: f.signoff.satisfied,
        satisfiedAt: f.signoff.satisfiedAt,
        approvers: [...approvers.values()],
        overThreshold: f.overThreshold,
        unlisted: f.overThresholdUnlisted,
      },
    });
  }

  private addWaiver(f: RecordFacts, w: WaiverFact): void {
    const key = `${f.repository}\0${w.owner}\0${w.expires}\0${w.matcher}`;
    const prior = this.waivers.get(key);
    if (!prior || f.at >= prior.lastSeen) this.waivers.set(key, { ...w, repository: f.repository, lastSeen: f.at });
  }

  /** This aggregator's state as plain data (it logged its runs). */
  partial(): AggregatePartial {
    if (!this.runLog) throw new Error('partial() needs an aggregator made with logRuns');
    const { documents, records, duplicates, outOfRange, unreadable, otherFiles, problems, bySchemaVersion, repositories, waivers, violationDays, violationRuns, first, last } = this;
    return { documents, records, duplicates, outOfRange, unreadable, otherFiles, problems, bySchemaVersion, repositories, waivers, violationDays, violationRuns, first, last, changes: this.changes.data(), runs: this.runLog.data() };
  }

  /**
   * Folds in the state of the input's next part, read elsewhere: the result is what reading that
   * part here, after everything before it, would have given. A run this aggregator already counted
   * (the same record in two parts) is taken back out of the part's counts. False, with nothing
   * changed, when that cannot be exact: a different record under a run key already counted, or a
   * copy that may have decided a tie the part's state no longer shows. The caller then reads the
   * input in one thread.
   */
  merge(p: AggregatePartial): boolean {
    const again = this.countedBefore(p);
    if (again === undefined) return false;
    for (const j of again) this.uncount(p, j);
    for (let j = 0; j < p.runs.size; j++) this.seen.add(p.runs.print[j]!);
    this.merged.push({ print: p.runs.print, digest: p.runs.digest });
    this.documents += p.documents;
    this.records += p.records - again.length;
    this.duplicates += p.duplicates + again.length;
    this.outOfRange += p.outOfRange;
    this.unreadable += p.unreadable;
    this.otherFiles += p.otherFiles;
    for (const problem of p.problems) if (this.problems.length < PROBLEMS_LISTED) this.problems.push(problem);
    for (const [k, n] of p.bySchemaVersion) increment(this.bySchemaVersion, k, n);
    if (p.first !== undefined) this.first = this.first === undefined ? p.first : Math.min(this.first, p.first);
    if (p.last !== undefined) this.last = this.last === undefined ? p.last : Math.max(this.last, p.last);
    for (const [name, r] of p.repositories) {
      const mine = this.repositories.get(name);
      if (!mine) this.repositories.set(name, { ...r });
      else {
        mine.runs += r.runs;
        if (r.lastRun >= mine.lastRun) Object.assign(mine, { lastRun: r.lastRun, platform: r.platform });
      }
    }
    for (const [key, w] of p.waivers) {
      const prior = this.waivers.get(key);
      if (!prior || w.lastSeen >= prior.lastSeen) this.waivers.set(key, w);
    }
    for (const [day, rules] of p.violationDays) {
      let mine = this.violationDays.get(day);
      if (!mine) this.violationDays.set(day, (mine = new Map<string, number>()));
      for (const [rule, n] of rules) increment(mine, rule, n);
    }
    for (const [rule, n] of p.violationRuns) increment(this.violationRuns, rule, n);
    this.changes.merge(p.changes);
    return true;
  }

  /** The part's runs counted here already, or undefined when taking them out would not be exact. */
  private countedBefore(p: AggregatePartial): number[] | undefined {
    const again: number[] = [];
    for (let j = 0; j < p.runs.size; j++) if (this.seen.has(p.runs.print[j]!)) again.push(j);
    if (again.length === 0) return again;
    if (this.runLog || this.merged.length === 0) return undefined;
    const digests = new Map<number, number>();
    for (const j of again) digests.set(p.runs.print[j]!, p.runs.digest[j]!);
    for (const log of this.merged) for (let i = 0; i < log.print.length; i++) if (digests.has(log.print[i]!) && digests.get(log.print[i]!) !== log.digest[i]) return undefined;
    // A copy at the very instant of the repository's (or a waiver's) last run may have been the run
    // that set it in the part; an earlier record at the same instant would have set it here.
    const instants = new Set(again.map((j) => `${p.changes.words[p.changes.repository[p.runs.change[j]!]!]!}\0${p.runs.at[j]!}`));
    for (const [name, r] of p.repositories) {
      const mine = this.repositories.get(name);
      if (mine && mine.lastRun === r.lastRun && mine.platform !== r.platform && instants.has(`${name}\0${r.lastRun}`)) return undefined;
    }
    for (const [key, w] of p.waivers) {
      const prior = this.waivers.get(key);
      if (prior && prior.lastSeen === w.lastSeen && JSON.stringify(prior) !== JSON.stringify(w) && instants.has(`${w.repository}\0${w.lastSeen}`)) return undefined;
    }
    return again;
  }

  /** Takes a run the part counted out of its counts. */
  private uncount(p: AggregatePartial, j: number): void {
    const change = p.runs.change[j]!;
    p.changes.runs[change]!--;
    const repository = p.changes.words[p.changes.repository[change]!]!;
    p.repositories.get(repository)!.runs--;
    const violations = p.runs.violationLists[p.runs.violations[j]!]!;
    if (violations.length === 0) return;
    const perRule = p.violationDays.get(Math.floor(p.runs.at[j]! / DAY))!;
    for (const rule of violations) {
      increment(perRule, rule, -1);
      increment(p.violationRuns, rule, -1);
    }
  }
}
