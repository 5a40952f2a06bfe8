#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  KNOWN_SCHEMA_VERSION,
  LEVELS,
  addArchive,
  addDocuments,
  addLine,
  isLinesName,
  readFacts
} from "./chunk-5XPGGXWI.js";

// src/core/org-report/periods.ts
var DAY_MS = 864e5;
function isoWeek(ms) {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - day * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, "0")}`;
}
function month(ms) {
  return new Date(ms).toISOString().slice(0, 7);
}
function periodKey(period, ms) {
  return period === "week" ? isoWeek(ms) : month(ms);
}
function choosePeriod(first, last) {
  return last - first <= 183 * DAY_MS ? "week" : "month";
}
function periodRange(period, first, last) {
  const keys = [];
  const step = period === "week" ? 7 * DAY_MS : DAY_MS;
  let t = first;
  let prev = "";
  const end = periodKey(period, last);
  for (; ; ) {
    const key = periodKey(period, t);
    if (key !== prev) keys.push(key);
    prev = key;
    if (key === end) break;
    t += step;
  }
  return keys;
}
var DAY = DAY_MS;

// src/core/org-report/change-table.ts
var Pool = class _Pool {
  byKey = /* @__PURE__ */ new Map();
  values = [];
  static of(values, key) {
    const pool = new _Pool();
    for (const v of values) pool.index(key(v), () => v);
    return pool;
  }
  index(key, value) {
    const hit = this.byKey.get(key);
    if (hit !== void 0) return hit;
    this.byKey.set(key, this.values.length);
    this.values.push(value());
    return this.values.length - 1;
  }
};
var AI = 1;
var APPLICABLE = 2;
var REQUIRED = 4;
var SATISFIED = 8;
var BYPASS = 16;
var listKey = (xs) => xs.join("\0");
var approversKey = (xs) => xs.map((a) => `${a.login}\0${a.via}`).join("\0");
var findingsKey = (xs) => xs.map((f) => `${f.tool}\0${f.severity}\0${f.count}`).join("\0");
var same = (x) => x;
var COLUMNS = ["at", "firstAt", "startedAt", "satisfiedAt", "run", "unlisted", "runs", "repository", "tools", "models", "violations", "decision", "approvers", "findings", "level", "flags"];
var ChangeTable = class _ChangeTable {
  keys = /* @__PURE__ */ new Map();
  lists = new Pool();
  words = new Pool();
  approverLists = new Pool();
  findingLists = new Pool();
  capacity = 1024;
  size = 0;
  at = new Float64Array(this.capacity);
  firstAt = new Float64Array(this.capacity);
  startedAt = new Float64Array(this.capacity);
  satisfiedAt = new Float64Array(this.capacity);
  run = new Float64Array(this.capacity);
  unlisted = new Float64Array(this.capacity);
  runs = new Uint32Array(this.capacity);
  repository = new Uint32Array(this.capacity);
  tools = new Uint32Array(this.capacity);
  models = new Uint32Array(this.capacity);
  violations = new Uint32Array(this.capacity);
  decision = new Uint32Array(this.capacity);
  approvers = new Uint32Array(this.capacity);
  findings = new Uint32Array(this.capacity);
  level = new Uint8Array(this.capacity);
  flags = new Uint8Array(this.capacity);
  grow() {
    this.capacity *= 2;
    const grown = (a) => {
      const b = new a.constructor(this.capacity);
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
  list(xs) {
    return this.lists.index(listKey(xs), () => Object.freeze([...xs]));
  }
  setLatest(i, r) {
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
    const bypass = this.flags[i] & BYPASS;
    this.flags[i] = bypass | (l.ai ? AI : 0) | (l.applicable ? APPLICABLE : 0) | (l.required ? REQUIRED : 0) | (l.satisfied ? SATISFIED : 0);
  }
  /** Folds one run into its change: counts, the earliest times, and the latest run's facts. Returns the change's row. */
  add(key, r) {
    let i = this.keys.get(key);
    if (i === void 0) {
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
    this.runs[i]++;
    if (r.bypass) this.flags[i] |= BYPASS;
    if (r.at < this.firstAt[i]) this.firstAt[i] = r.at;
    if (r.startedAt !== void 0 && !(r.startedAt >= this.startedAt[i])) this.startedAt[i] = r.startedAt;
    if (r.at > this.at[i] || r.at === this.at[i] && r.run > this.run[i]) this.setLatest(i, r);
    return i;
  }
  data() {
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
      flags: this.flags.slice(0, n)
    };
  }
  /** A read-only view of a table's data, as `data()` gave it (in another thread): its rows' states. */
  static view(d) {
    const t = new _ChangeTable();
    t.size = d.keys.length;
    t.capacity = Math.max(1, t.size);
    t.lists = Pool.of(d.lists, listKey);
    t.words = Pool.of(d.words, same);
    t.approverLists = Pool.of(d.approverLists, approversKey);
    t.findingLists = Pool.of(d.findingLists, findingsKey);
    for (const c of COLUMNS) t[c] = d[c];
    return t;
  }
  /**
   * Folds another table's rows in, as if its runs had come after this table's: the same rules as
   * `add`, so a table built from several parts of the input equals the one built from all of it.
   */
  merge(d) {
    const states = _ChangeTable.view(d);
    for (let j = 0; j < states.size; j++) {
      const key = d.keys[j];
      const s = states.state(j);
      const i = this.keys.get(key);
      const summary = { at: s.latest.at, run: d.run[j], repository: s.repository, startedAt: s.startedAt, bypass: s.bypass, latest: s.latest };
      if (i === void 0) {
        const k = this.add(key, summary);
        this.firstAt[k] = s.firstAt;
        this.runs[k] = s.runs;
        continue;
      }
      this.runs[i] += s.runs;
      if (s.bypass) this.flags[i] |= BYPASS;
      if (s.firstAt < this.firstAt[i]) this.firstAt[i] = s.firstAt;
      if (s.startedAt !== void 0 && !(s.startedAt >= this.startedAt[i])) this.startedAt[i] = s.startedAt;
      if (summary.at > this.at[i] || summary.at === this.at[i] && summary.run > this.run[i]) this.setLatest(i, summary);
    }
  }
  /** One change as the summaries read it (a fresh object each time). */
  state(i) {
    const flags = this.flags[i];
    const latest = {
      at: this.at[i],
      ai: (flags & AI) !== 0,
      tools: this.lists.values[this.tools[i]],
      models: this.lists.values[this.models[i]],
      level: LEVELS[this.level[i]],
      decision: this.words.values[this.decision[i]],
      violations: this.lists.values[this.violations[i]],
      applicable: (flags & APPLICABLE) !== 0,
      required: (flags & REQUIRED) !== 0,
      satisfied: (flags & SATISFIED) !== 0,
      approvers: this.approverLists.values[this.approvers[i]],
      overThreshold: this.findingLists.values[this.findings[i]],
      unlisted: this.unlisted[i]
    };
    if (!Number.isNaN(this.satisfiedAt[i])) latest.satisfiedAt = this.satisfiedAt[i];
    const state = { repository: this.words.values[this.repository[i]], firstAt: this.firstAt[i], runs: this.runs[i], bypass: (flags & BYPASS) !== 0, latest };
    if (!Number.isNaN(this.startedAt[i])) state.startedAt = this.startedAt[i];
    return state;
  }
  *states() {
    for (let i = 0; i < this.size; i++) yield this.state(i);
  }
};

// src/core/org-report/fingerprint-set.ts
var FingerprintSet = class {
  /** Each slot holds a fingerprint plus one; 0 is empty. */
  slots = new Float64Array(1 << 12);
  size = 0;
  slotOf(stored, slots) {
    const mask = slots.length - 1;
    let i = stored >>> 0 & mask;
    while (slots[i] !== 0 && slots[i] !== stored) i = i + 1 & mask;
    return i;
  }
  has(print) {
    return this.slots[this.slotOf(print + 1, this.slots)] !== 0;
  }
  /** Adds it; false when it was there already. */
  add(print) {
    const stored = print + 1;
    const i = this.slotOf(stored, this.slots);
    if (this.slots[i] !== 0) return false;
    this.slots[i] = stored;
    if (++this.size * 2 > this.slots.length) this.grow();
    return true;
  }
  grow() {
    const old = this.slots;
    const slots = new Float64Array(old.length * 2);
    for (const stored of old) if (stored !== 0) slots[this.slotOf(stored, slots)] = stored;
    this.slots = slots;
  }
};

// src/core/org-report/stats.ts
function quantileDisc(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(sorted.length * q) - 1)];
}
function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
function share(part, whole) {
  return whole > 0 ? round(part / whole, 4) : null;
}
function increment(map, key, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

// src/core/org-report/aggregate.ts
var PROBLEMS_LISTED = 50;
var RunLogger = class {
  log = { size: 0, print: new Float64Array(1024), digest: new Float64Array(1024), at: new Float64Array(1024), change: new Uint32Array(1024), violations: new Uint32Array(1024), violationLists: [] };
  lists = /* @__PURE__ */ new Map();
  add(print, f, change) {
    const l = this.log;
    if (l.size === l.print.length) {
      const grown = (a) => {
        const b = new a.constructor(a.length * 2);
        b.set(a);
        return b;
      };
      Object.assign(l, { print: grown(l.print), digest: grown(l.digest), at: grown(l.at), change: grown(l.change), violations: grown(l.violations) });
    }
    const key = f.violations.join("\0");
    let v = this.lists.get(key);
    if (v === void 0) {
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
  data() {
    const l = this.log;
    return { ...l, print: l.print.slice(0, l.size), digest: l.digest.slice(0, l.size), at: l.at.slice(0, l.size), change: l.change.slice(0, l.size), violations: l.violations.slice(0, l.size) };
  }
};
function fingerprint(key) {
  let a = 2166136261;
  let b = 16777619;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477) ^ b >>> 13;
  }
  return (a >>> 0) * 1048576 + (b >>> 0 & 1048575);
}
var OrgAggregator = class {
  constructor(options = {}) {
    this.options = options;
    if (options.logRuns) this.runLog = new RunLogger();
  }
  options;
  documents = 0;
  records = 0;
  duplicates = 0;
  outOfRange = 0;
  unreadable = 0;
  otherFiles = 0;
  problems = [];
  bySchemaVersion = /* @__PURE__ */ new Map();
  changes = new ChangeTable();
  repositories = /* @__PURE__ */ new Map();
  waivers = /* @__PURE__ */ new Map();
  /** Runs reporting each violation rule, per UTC day (days since the epoch). */
  violationDays = /* @__PURE__ */ new Map();
  violationRuns = /* @__PURE__ */ new Map();
  first;
  last;
  seen = new FingerprintSet();
  runLog;
  /** The run logs of the parts merged so far: where a run counted twice finds its first copy. */
  merged = [];
  /** One JSON document: a parsed record, or anything else found where records were expected. */
  add(value, source) {
    this.documents++;
    const outcome = readFacts(value);
    if (!outcome.ok) {
      this.note(source, outcome.reason);
      return;
    }
    this.addFacts(outcome.facts);
  }
  /** A JSON file found beside records (in a directory or an artifact) that is not one. */
  other() {
    this.otherFiles++;
  }
  /** A document that could not even be parsed (a broken line, an unreadable file or archive). */
  problem(source, reason) {
    this.documents++;
    this.note(source, reason);
  }
  note(source, reason) {
    this.unreadable++;
    if (this.problems.length < PROBLEMS_LISTED) this.problems.push({ source, reason });
  }
  /** Versions newer than the known one, for the report's input summary. */
  newerVersions() {
    return [...this.bySchemaVersion.keys()].map(Number).filter((v) => Number.isFinite(v) && v > KNOWN_SCHEMA_VERSION).sort((a, b) => a - b);
  }
  addFacts(f) {
    increment(this.bySchemaVersion, f.schemaVersion === void 0 ? "none" : String(f.schemaVersion));
    if (this.options.since !== void 0 && f.at < this.options.since || this.options.until !== void 0 && f.at >= this.options.until) {
      this.outOfRange++;
      return;
    }
    const print = fingerprint(f.runKey);
    if (!this.seen.add(print)) {
      this.duplicates++;
      return;
    }
    this.records++;
    this.first = this.first === void 0 ? f.at : Math.min(this.first, f.at);
    this.last = this.last === void 0 ? f.at : Math.max(this.last, f.at);
    this.addRun(f);
    const change = this.addChange(f, print);
    for (const w of f.waivers) this.addWaiver(f, w);
    this.runLog?.add(print, f, change);
  }
  addRun(f) {
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
    if (!perRule) this.violationDays.set(day, perRule = /* @__PURE__ */ new Map());
    for (const rule of f.violations) {
      increment(perRule, rule);
      increment(this.violationRuns, rule);
    }
  }
  addChange(f, run) {
    const tiers = f.signoff.tiers;
    const approvers = /* @__PURE__ */ new Map();
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
        unlisted: f.overThresholdUnlisted
      }
    });
  }
  addWaiver(f, w) {
    const key = `${f.repository}\0${w.owner}\0${w.expires}\0${w.matcher}`;
    const prior = this.waivers.get(key);
    if (!prior || f.at >= prior.lastSeen) this.waivers.set(key, { ...w, repository: f.repository, lastSeen: f.at });
  }
  /** This aggregator's state as plain data (it logged its runs). */
  partial() {
    if (!this.runLog) throw new Error("partial() needs an aggregator made with logRuns");
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
  merge(p) {
    const again = this.countedBefore(p);
    if (again === void 0) return false;
    for (const j of again) this.uncount(p, j);
    for (let j = 0; j < p.runs.size; j++) this.seen.add(p.runs.print[j]);
    this.merged.push({ print: p.runs.print, digest: p.runs.digest });
    this.documents += p.documents;
    this.records += p.records - again.length;
    this.duplicates += p.duplicates + again.length;
    this.outOfRange += p.outOfRange;
    this.unreadable += p.unreadable;
    this.otherFiles += p.otherFiles;
    for (const problem of p.problems) if (this.problems.length < PROBLEMS_LISTED) this.problems.push(problem);
    for (const [k, n] of p.bySchemaVersion) increment(this.bySchemaVersion, k, n);
    if (p.first !== void 0) this.first = this.first === void 0 ? p.first : Math.min(this.first, p.first);
    if (p.last !== void 0) this.last = this.last === void 0 ? p.last : Math.max(this.last, p.last);
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
      if (!mine) this.violationDays.set(day, mine = /* @__PURE__ */ new Map());
      for (const [rule, n] of rules) increment(mine, rule, n);
    }
    for (const [rule, n] of p.violationRuns) increment(this.violationRuns, rule, n);
    this.changes.merge(p.changes);
    return true;
  }
  /** The part's runs counted here already, or undefined when taking them out would not be exact. */
  countedBefore(p) {
    const again = [];
    for (let j = 0; j < p.runs.size; j++) if (this.seen.has(p.runs.print[j])) again.push(j);
    if (again.length === 0) return again;
    if (this.runLog || this.merged.length === 0) return void 0;
    const digests = /* @__PURE__ */ new Map();
    for (const j of again) digests.set(p.runs.print[j], p.runs.digest[j]);
    for (const log of this.merged) for (let i = 0; i < log.print.length; i++) if (digests.has(log.print[i]) && digests.get(log.print[i]) !== log.digest[i]) return void 0;
    const instants = new Set(again.map((j) => `${p.changes.words[p.changes.repository[p.runs.change[j]]]}\0${p.runs.at[j]}`));
    for (const [name, r] of p.repositories) {
      const mine = this.repositories.get(name);
      if (mine && mine.lastRun === r.lastRun && mine.platform !== r.platform && instants.has(`${name}\0${r.lastRun}`)) return void 0;
    }
    for (const [key, w] of p.waivers) {
      const prior = this.waivers.get(key);
      if (prior && prior.lastSeen === w.lastSeen && JSON.stringify(prior) !== JSON.stringify(w) && instants.has(`${w.repository}\0${w.lastSeen}`)) return void 0;
    }
    return again;
  }
  /** Takes a run the part counted out of its counts. */
  uncount(p, j) {
    const change = p.runs.change[j];
    p.changes.runs[change]--;
    const repository = p.changes.words[p.changes.repository[change]];
    p.repositories.get(repository).runs--;
    const violations = p.runs.violationLists[p.runs.violations[j]];
    if (violations.length === 0) return;
    const perRule = p.violationDays.get(Math.floor(p.runs.at[j] / DAY));
    for (const rule of violations) {
      increment(perRule, rule, -1);
      increment(p.violationRuns, rule, -1);
    }
  }
};

// src/gather/org-report/read-range.ts
import { closeSync, openSync, readSync } from "node:fs";
var READ_BYTES = 1 << 20;
var NEWLINE = 10;
function readLineRange(path, start, end, name, sink) {
  if (start >= end) return 0;
  const fd = openSync(path, "r");
  try {
    let buffer = Buffer.allocUnsafe(READ_BYTES);
    let base = start > 0 ? start - 1 : 0;
    let filled = 0;
    let lineStart = start > 0 ? -1 : 0;
    let lines = 0;
    let eof = false;
    for (; ; ) {
      if (filled === buffer.length) {
        const keep = lineStart < 0 ? 0 : lineStart;
        if (keep === 0 && lineStart >= 0) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, filled);
          buffer = grown;
        } else {
          buffer.copy(buffer, 0, keep, filled);
          base += keep;
          filled -= keep;
          if (lineStart >= 0) lineStart = 0;
        }
      }
      const read = eof ? 0 : readSync(fd, buffer, filled, buffer.length - filled, base + filled);
      if (read === 0) eof = true;
      const scanFrom = filled;
      filled += read;
      let at = scanFrom;
      for (; ; ) {
        const nl = buffer.indexOf(NEWLINE, at);
        if (nl < 0 || nl >= filled) break;
        at = nl + 1;
        if (lineStart >= 0) {
          lines++;
          addLine(buffer.toString("utf8", lineStart, nl), `${name}:${lines}`, sink);
        }
        lineStart = at;
        if (base + lineStart >= end) return lines;
      }
      if (lineStart < 0 && filled === buffer.length) {
        base += filled;
        filled = 0;
      }
      if (eof) {
        if (lineStart >= 0 && lineStart < filled && base + lineStart < end) {
          lines++;
          addLine(buffer.toString("utf8", lineStart, filled), `${name}:${lines}`, sink);
        }
        return lines;
      }
    }
  } finally {
    closeSync(fd);
  }
}

// src/gather/org-report/read-files.ts
import { createReadStream, readFileSync, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { createGunzip, gunzipSync } from "node:zlib";
var WHOLE_FILE_LIMIT = 256 * 2 ** 20;
async function streamLines(input, name, sink) {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let line = 1;
  const flush = (text) => {
    let start = 0;
    for (; ; ) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      addLine(text.slice(start, end), `${name}:${line++}`, sink);
      start = end + 1;
    }
    rest = text.slice(start);
  };
  for await (const chunk of input) flush(rest + (typeof chunk === "string" ? chunk : decoder.write(chunk)));
  flush(rest + decoder.end());
  if (rest !== "") addLine(rest, `${name}:${line}`, sink);
}
var isGzip = (name) => /\.gz$/i.test(name);
async function readRecordFile(path, sink, strict) {
  try {
    if (/\.zip$/i.test(path)) {
      addArchive(readFileSync(path), path, sink);
      return;
    }
    const inner = isGzip(path) ? path.slice(0, -3) : path;
    const size = statSync(path).size;
    if (isLinesName(inner) || size > WHOLE_FILE_LIMIT) {
      if (!isGzip(path)) {
        readLineRange(path, 0, Number.POSITIVE_INFINITY, path, sink);
        return;
      }
      await streamLines(createReadStream(path, { highWaterMark: 64 * 1024 }).pipe(createGunzip()), path, sink);
      return;
    }
    const bytes = readFileSync(path);
    const text = (isGzip(path) ? gunzipSync(bytes) : bytes).toString("utf8");
    addDocuments(text, inner, path, sink, strict);
  } catch (e) {
    sink.problem(path, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export {
  periodKey,
  choosePeriod,
  periodRange,
  DAY,
  quantileDisc,
  round,
  share,
  increment,
  OrgAggregator,
  readLineRange,
  WHOLE_FILE_LIMIT,
  streamLines,
  readRecordFile
};
