/**
 * What the organisation report needs from one audit record, read tolerantly. Schema version 1 is the
 * baseline every field falls back to; fields later versions add (run identity, commit dates, model
 * names, full waiver lists) are used when present. A record that lacks what places it at all — when it
 * ran and in which repository — is "unreadable" with a reason, never dropped without a word.
 */
import { RISK_LEVELS, type RiskLevel } from '../model.js';
import { AUDIT_SCHEMA_VERSION } from '../render/audit-version.js';
import { bool, list, num, obj, str, strings, time, type Json } from './json-read.js';

/** The newest audit-record version this report was written against. Newer ones are read field by field. */
export const KNOWN_SCHEMA_VERSION = AUDIT_SCHEMA_VERSION;

export type Level = RiskLevel | 'unknown';
export const LEVELS: readonly Level[] = [...RISK_LEVELS, 'unknown'];

export interface CountedApprover {
  login: string;
  /** How the approver's membership was established: user, team:<slug>, codeowner, any-reviewer. */
  via: string;
}

interface SignoffTier {
  rules: string[];
  needed: number;
  satisfied: boolean;
  counted: CountedApprover[];
}

interface Signoff {
  /** Approval rules were evaluated (a request was judged). */
  applicable: boolean;
  /** At least one tier asked for approvals. */
  required: boolean;
  satisfied: boolean;
  tiers: SignoffTier[];
  /** When the last approval a satisfied sign-off needed was given. */
  satisfiedAt?: number;
}

export interface WaiverFact {
  owner: string;
  expires: string;
  reason?: string;
  matcher: string;
  /** Findings it excused in that run. */
  excused: number;
  unused: boolean;
}

export interface OverThreshold {
  tool: string;
  severity: string;
  count: number;
}

export interface RecordFacts {
  schemaVersion: number | undefined;
  at: number;
  platform: string;
  repository: string;
  /** One pull/merge request (or, outside one, one head commit) of one repository. */
  changeKey: string;
  /** One gate run: the same record read twice has the same key. */
  runKey: string;
  requestNumber?: number;
  url?: string;
  aiAssisted: boolean;
  tools: string[];
  models: string[];
  riskLevel: Level;
  decision: string;
  violations: string[];
  /** The change merged without a passing decision (violation rule `bypass`). */
  bypass: boolean;
  signoff: Signoff;
  /** Earliest known start of the change (first commit, or the request's creation), when recorded. */
  startedAt?: number;
  overThreshold: OverThreshold[];
  /** Findings over threshold beyond the record's capped list, whose tool is not known. */
  overThresholdUnlisted: number;
  waivers: WaiverFact[];
}

export type ReadOutcome = { ok: true; facts: RecordFacts } | { ok: false; reason: string };

const BYPASS_RULE = 'bypass';

function level(v: unknown): Level {
  return (RISK_LEVELS as readonly string[]).includes(v as string) ? (v as RiskLevel) : 'unknown';
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function toolsOf(attribution: Json | undefined): { tools: string[]; models: string[] } {
  const tools = strings(attribution?.tools);
  const models = [...strings(attribution?.models), ...strings(obj(attribution?.lineLevel)?.models)];
  const evidence = [...list(attribution?.requestEvidence), ...list(attribution?.commits).flatMap((c) => list(obj(c)?.evidence))];
  for (const e of evidence) {
    const o = obj(e);
    const model = str(o?.model);
    if (model) models.push(model);
  }
  return { tools: distinct(tools), models: distinct(models) };
}

/** The time of each approver's first approval, from `request.approvals[{login, at}]`. */
function approvalTimes(request: Json | undefined): Map<string, number> {
  const times = new Map<string, number>();
  for (const a of list(request?.approvals)) {
    const o = obj(a);
    const login = str(o?.login);
    const at = time(o?.at);
    if (login === undefined || at === undefined) continue;
    const seen = times.get(login);
    if (seen === undefined || at < seen) times.set(login, at);
  }
  return times;
}

function signoffOf(oversight: Json | undefined, request: Json | undefined): Signoff {
  const tiers: SignoffTier[] = list(oversight?.required).map((r) => {
    const o = obj(r);
    return {
      rules: strings(o?.rules),
      needed: num(o?.needed) ?? 0,
      satisfied: bool(o?.satisfied) ?? false,
      counted: list(o?.counted)
        .map((c) => ({ login: str(obj(c)?.login), via: str(obj(c)?.via) ?? 'unknown' }))
        .filter((c): c is CountedApprover => c.login !== undefined),
    };
  });
  const applicable = bool(oversight?.applicable) ?? false;
  const required = tiers.some((t) => t.needed > 0);
  const signoff: Signoff = { applicable, required, satisfied: bool(oversight?.satisfied) ?? false, tiers };
  if (applicable && required && signoff.satisfied) {
    const times = approvalTimes(request);
    let last: number | undefined = 0;
    for (const t of tiers) {
      if (t.needed <= 0 || last === undefined) continue;
      const known = t.counted.map((c) => times.get(c.login)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
      last = known.length >= t.needed ? Math.max(last, known[t.needed - 1]!) : undefined;
    }
    if (last) signoff.satisfiedAt = last;
  }
  return signoff;
}

/** Dates later records add: commit author dates and the request's creation time. */
function startOf(record: Json, request: Json | undefined): number | undefined {
  const candidates: Array<number | undefined> = [time(request?.createdAt), time(request?.created_at)];
  for (const c of list(record.commits)) {
    const o = obj(c);
    candidates.push(time(o?.authorDate), time(o?.date), time(obj(o?.author)?.date));
  }
  const known = candidates.filter((x): x is number => x !== undefined);
  return known.length ? Math.min(...known) : undefined;
}

function overThresholdOf(findings: Json | undefined): { overThreshold: OverThreshold[]; unlisted: number } {
  const byKey = new Map<string, OverThreshold>();
  const listed = list(findings?.overThreshold);
  for (const f of listed) {
    const o = obj(f);
    const tool = str(o?.tool) ?? 'unknown tool';
    const severity = str(o?.severity) ?? 'unknown';
    const key = `${tool}\0${severity}`;
    const entry = byKey.get(key) ?? { tool, severity, count: 0 };
    entry.count++;
    byKey.set(key, entry);
  }
  const total = num(findings?.overThresholdTotal) ?? listed.length;
  return { overThreshold: [...byKey.values()], unlisted: Math.max(0, total - listed.length) };
}

function waiverOf(v: unknown, unused: boolean): WaiverFact | undefined {
  const o = obj(v);
  const owner = str(o?.owner);
  const expires = str(o?.expires);
  if (!o || owner === undefined || expires === undefined) return undefined;
  const parts = (['rule', 'tool', 'path', 'fingerprint'] as const).map((k) => (str(o[k]) ? `${k} ${str(o[k])}` : undefined)).filter(Boolean);
  const excused = num(o.matched) ?? list(o.excused).length;
  return { owner, expires, reason: str(o.reason), matcher: parts.join(', ') || 'matches nothing', excused, unused };
}

/** Every waiver the record lists: version 1's expired/unused/expiring-soon lists, and any fuller list. */
function waiversOf(record: Json, findings: Json | undefined): WaiverFact[] {
  const out: WaiverFact[] = [];
  const groups = obj(findings?.waivers);
  for (const [name, entries] of Object.entries(groups ?? {})) {
    for (const w of list(entries)) {
      const fact = waiverOf(w, name === 'unused');
      if (fact) out.push(fact);
    }
  }
  for (const w of list(record.waivers)) {
    const fact = waiverOf(w, false);
    if (fact) out.push(fact);
  }
  const seen = new Map<string, WaiverFact>();
  for (const w of out) {
    const key = `${w.owner}\0${w.expires}\0${w.matcher}`;
    const prior = seen.get(key);
    seen.set(key, prior ? { ...prior, excused: Math.max(prior.excused, w.excused), unused: prior.unused && w.unused } : w);
  }
  return [...seen.values()];
}

/**
 * Whether a JSON document is an audit record at all (an artifact holds other files too: the summary,
 * a Code Quality report). It names this tool, or at least carries a schema version and a timestamp.
 */
export function looksLikeRecord(value: unknown): boolean {
  const record = obj(value);
  if (!record) return false;
  const name = obj(record.tool)?.name;
  if (name !== undefined) return name === 'ai-governance-gate';
  return 'schemaVersion' in record && 'timestamp' in record;
}

export function readFacts(value: unknown): ReadOutcome {
  const record = obj(value);
  if (!record) return { ok: false, reason: 'not a JSON object' };
  if (!looksLikeRecord(record)) return { ok: false, reason: 'not an audit record of ai-governance-gate' };
  const at = time(record.timestamp);
  if (at === undefined) return { ok: false, reason: record.timestamp === undefined ? 'no "timestamp"' : '"timestamp" is not an ISO-8601 time' };
  const repository = str(record.repository);
  if (repository === undefined) return { ok: false, reason: 'no "repository"' };
  const change = obj(record.change);
  const request = obj(record.request);
  const attribution = obj(record.attribution);
  const findings = obj(record.findings);
  const run = obj(record.run);
  const requestNumber = num(request?.number);
  const head = str(change?.head) ?? '';
  const violations = distinct(list(record.violations).map((v) => str(obj(v)?.rule)).filter((r): r is string => r !== undefined));
  const { tools, models } = toolsOf(attribution);
  const { overThreshold, unlisted } = overThresholdOf(findings);
  const runId = [str(run?.id) ?? num(run?.id), str(run?.attempt) ?? num(run?.attempt)].join('.');
  const facts: RecordFacts = {
    schemaVersion: num(record.schemaVersion),
    at,
    platform: str(record.platform) ?? 'unknown',
    repository,
    changeKey: requestNumber !== undefined ? `${repository}!${requestNumber}` : `${repository}@${head}`,
    runKey: `${repository}\0${at}\0${head}\0${runId}`,
    aiAssisted: bool(attribution?.aiAssisted) ?? false,
    tools,
    models,
    riskLevel: level(obj(record.risk)?.level),
    decision: str(record.decision) ?? 'unknown',
    violations,
    bypass: violations.includes(BYPASS_RULE),
    signoff: signoffOf(obj(record.oversight), request),
    overThreshold,
    overThresholdUnlisted: unlisted,
    waivers: waiversOf(record, findings),
  };
  if (requestNumber !== undefined) facts.requestNumber = requestNumber;
  const url = str(request?.url) ?? str(run?.url);
  if (url !== undefined) facts.url = url;
  const started = startOf(record, request);
  if (started !== undefined) facts.startedAt = started;
  return { ok: true, facts };
}
