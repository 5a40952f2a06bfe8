/**
 * Whether a statement (as the gate wrote it, or the payload of a signed DSSE envelope or Sigstore
 * bundle, e.g. from `gh attestation download` or `cosign attest-blob --bundle`) is about this record:
 * a subject with the record file's SHA-256, the head commit when a `gitCommit` subject is present, the
 * decision predicate type, and the record itself as the predicate. The signature is the signing
 * tool's to verify (`gh attestation verify`, `cosign verify-blob-attestation`).
 */
import { Buffer } from 'node:buffer';
import { DECISION_PREDICATE_TYPE, STATEMENT_TYPE, sha256Hex } from './statement.js';
import { differences } from './replay.js';

function obj(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
}

/** The statements a document holds: itself, an envelope's payload, a bundle's envelope's payload. */
export function statementsIn(doc: unknown): unknown[] {
  const o = obj(doc);
  if (!o) return [];
  if (o._type !== undefined) return [o];
  const envelope = obj(o.dsseEnvelope) ?? (typeof o.payload === 'string' ? o : undefined);
  if (envelope && typeof envelope.payload === 'string') {
    try {
      return [JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as unknown];
    } catch {
      return [];
    }
  }
  const inner = obj(o.bundle);
  return inner ? statementsIn(inner) : [];
}

/** What does not match, empty when the statement is this record's. */
export function statementProblems(statement: unknown, recordText: string, record: unknown): string[] {
  const s = obj(statement);
  if (!s) return ['it is not a JSON object'];
  const problems: string[] = [];
  if (s._type !== STATEMENT_TYPE) problems.push(`_type is ${JSON.stringify(s._type)}, not ${STATEMENT_TYPE}`);
  if (s.predicateType !== DECISION_PREDICATE_TYPE) problems.push(`predicateType is ${JSON.stringify(s.predicateType)}, not ${DECISION_PREDICATE_TYPE}`);
  const subjects = Array.isArray(s.subject) ? s.subject.map(obj) : [];
  if (!subjects.length) problems.push('it has no subject');
  const digest = sha256Hex(recordText);
  const digests = subjects.map((x) => obj(x?.digest));
  if (!digests.some((d) => d?.sha256 === digest)) problems.push(`no subject has the record file's SHA-256 ${digest}: the record is not the file that was attested`);
  const head = obj(obj(record)?.change)?.head;
  const commits = digests.map((d) => d?.gitCommit).filter((c): c is string => typeof c === 'string');
  if (commits.length && !commits.includes(head as string)) problems.push(`its gitCommit subject ${commits.join(', ')} is not the record's head ${String(head)}`);
  const diff = differences(s.predicate, record);
  if (diff.length) problems.push(`its predicate is not the record (first difference at ${diff[0]!.path})`);
  return problems;
}
