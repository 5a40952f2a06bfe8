/**
 * The in-toto Statement v1 of a decision: its subjects are the head commit (a `gitCommit` digest) and
 * the audit record file (its SHA-256); its predicate is the record. The gate writes it unsigned; the
 * platform's signing step (GitHub's attestation action, cosign on GitLab) signs the record with the
 * same predicate type, so no signature scheme of this project's own exists.
 */
import { createHash } from 'node:crypto';
import type { AuditRecord } from '../render/audit-schema.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The predicate type: the decision record, version 1 of its predicate (the record carries its own schemaVersion). */
export const DECISION_PREDICATE_TYPE = 'https://unpkg.com/ai-governance-gate/schema/decision/v1';

interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface DecisionStatement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof DECISION_PREDICATE_TYPE;
  predicate: AuditRecord;
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `recordText` is the record file exactly as written: its digest is what a signature covers. */
export function decisionStatement(record: AuditRecord, recordText: string, recordName: string): DecisionStatement {
  const repo = record.run.repositoryUrl ?? record.repository;
  return {
    _type: STATEMENT_TYPE,
    subject: [
      { name: `git+${repo}@${record.change.head}`, digest: { gitCommit: record.change.head } },
      { name: recordName, digest: { sha256: sha256Hex(recordText) } },
    ],
    predicateType: DECISION_PREDICATE_TYPE,
    predicate: record,
  };
}
