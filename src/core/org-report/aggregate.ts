/**
 * Folds audit records, one at a time, into the state the report is computed from. Nothing holds a
 * whole record: each run adds to counters, and each change (a pull/merge request) keeps a small
 * summary of its latest run — the state it ended in — in a columnar table (change-table.ts). Pure:
 * the caller reads the files and passes the time the report is made for.
 */
import { ChangeTable } from './change-table.js';
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
}

/** A 52-bit fingerprint of a run key: a set of numbers holds a million runs in tens of MiB. */
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
  private readonly seen = new Set<number>();

  constructor(private readonly options: AggregateOptions = {}) {}

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
    if (this.seen.has(print)) {
      this.duplicates++;
      return;
    }
    this.seen.add(print);
    this.records++;
    this.first = this.first === undefined ? f.at : Math.min(this.first, f.at);
    this.last = this.last === undefined ? f.at : Math.max(this.last, f.at);
    this.addRun(f);
    this.addChange(f, print);
    for (const w of f.waivers) this.addWaiver(f, w);
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

  private addChange(f: RecordFacts, run: number): void {
    const tiers = f.signoff.tiers;
    const approvers = new Map<string, CountedApprover>();
    for (const t of tiers) for (const c of t.counted) if (!approvers.has(c.login)) approvers.set(c.login, c);
    this.changes.add(f.changeKey, {
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
}

