/**
 * Replay: the decision a record holds, evaluated again from the inputs it keeps by the same pure
 * evaluator and rendered by the same record writer, then compared field by field with what was
 * recorded. Any edit to the decision, a violation, the policy or an input that the evaluation reads
 * shows up as a difference with its path.
 */
import { parsePolicy, sha256 } from '../policy/parse.js';
import { hasSql, type SqlStatementParser } from '../risk/destructive.js';
import { auditRecord } from '../render/audit.js';
import type { AuditRecord } from '../render/audit-schema.js';
import { evaluateInputOf } from './replay-inputs.js';
import { decideRun } from './run-decision.js';

export interface Difference {
  /** Where in the record, e.g. `violations[0].message` or `decision`. */
  path: string;
  recorded: unknown;
  replayed: unknown;
}

export type ReplayResult = { ok: true; differences: Difference[]; rebuilt: AuditRecord } | { ok: false; reason: string };

/** Differences are listed up to this many; more means the record is not this decision at all. */
const MAX_DIFFERENCES = 50;

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Every place two JSON values differ, deepest first found, in document order. */
export function differences(recorded: unknown, replayed: unknown, path = '', out: Difference[] = []): Difference[] {
  if (out.length >= MAX_DIFFERENCES) return out;
  if (Array.isArray(recorded) && Array.isArray(replayed)) {
    const n = Math.max(recorded.length, replayed.length);
    for (let i = 0; i < n; i++) {
      if (i >= recorded.length || i >= replayed.length) {
        out.push({ path: childPath(path, i), recorded: recorded[i], replayed: replayed[i] });
        if (out.length >= MAX_DIFFERENCES) break;
      } else differences(recorded[i], replayed[i], childPath(path, i), out);
    }
    return out;
  }
  if (isObject(recorded) && isObject(replayed)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(replayed)])];
    for (const k of keys) differences(recorded[k], replayed[k], childPath(path, k), out);
    return out;
  }
  if (JSON.stringify(recorded) !== JSON.stringify(replayed)) out.push({ path: path || '(the record)', recorded, replayed });
  return out;
}

/** Whether replaying `record` needs the SQL parser: its change has SQL files, as the run that wrote it saw. */
export function replayNeedsSql(record: AuditRecord): boolean {
  return Boolean(record.inputs) && hasSql(record.inputs!.change.files as Parameters<typeof hasSql>[0]);
}

/**
 * Replays `record`. The SQL parser is the caller's to load (it is a chunk of its own), when the change
 * has SQL files. A policy text that no longer parses, or inputs missing, is not a replay at all.
 */
export function replayRecord(record: AuditRecord, sqlParser?: SqlStatementParser): ReplayResult {
  const inputs = record.inputs;
  if (!inputs) return { ok: false, reason: 'the record keeps no inputs (`inputs` is null), so there is nothing to replay' };
  let policy;
  try {
    policy = parsePolicy(record.policy.text, 'policy.text of the record').policy;
  } catch (e) {
    return { ok: false, reason: `the recorded policy text does not parse any more (${e instanceof Error ? e.message : String(e)}): it was edited` };
  }
  const policyInfo = {
    source: record.policy.source,
    sha256: sha256(record.policy.text),
    ...(record.policy.path !== null ? { path: record.policy.path } : {}),
    ...(record.policy.ref !== null ? { ref: record.policy.ref } : {}),
    ...(record.policy.commit !== null ? { commit: record.policy.commit } : {}),
  };
  const given = evaluateInputOf(inputs);
  let evaluation;
  try {
    evaluation = decideRun({ ...given, policy, policyInfo, ...(sqlParser ? { sqlParser } : {}) }, inputs.addedViolations, inputs.postMerge);
  } catch (e) {
    return { ok: false, reason: `the recorded inputs cannot be evaluated (${e instanceof Error ? e.message : String(e)})` };
  }
  const rebuilt = auditRecord({
    evaluation,
    change: given.change,
    policyInfo,
    platform: record.platform,
    version: record.tool.version,
    timestamp: given.now,
    policyText: record.policy.text,
    run: record.run,
    inputs,
    maxCommits: policy.audit?.['max-commits'],
  });
  const plain = JSON.parse(JSON.stringify(rebuilt)) as AuditRecord;
  return { ok: true, differences: differences(record, plain), rebuilt: plain };
}
