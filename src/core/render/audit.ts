/**
 * The audit record: the evidence an auditor needs to answer "what was decided, under which policy, and
 * why". Its shape is audit-schema.ts; field names are a contract, added to and never renamed.
 */
import type { Change, RequestInfo } from '../model.js';
import type { Evaluation, PolicyInfo } from '../evaluation.js';
import type { Evidence } from '../attribution/types.js';
import { totals } from './summary-model.js';
import type { AuditRecord } from './audit-schema.js';
import { AUDIT_SCHEMA_VERSION } from './audit-version.js';
import type { RunIdentity } from '../record/run-identity.js';
import { NO_RUN } from '../record/run-identity.js';
import type { ReplayInputs } from '../record/replay-inputs-schema.js';
import { approversField, commitsField, filesField, waiversField } from '../record/evidence-fields.js';
import { recordedCommits } from './audit-commits.js';

export type Platform = AuditRecord['platform'];

export interface AuditInput {
  evaluation: Evaluation;
  change: Change;
  policyInfo: PolicyInfo;
  platform: Platform;
  version: string;
  timestamp: Date;
  /** The policy's text as read; its digest is policyInfo.sha256. */
  policyText: string;
  run?: RunIdentity;
  /** What the evaluator was given, for replay. */
  inputs?: ReplayInputs;
  /** Commits recorded one by one (policy `audit.max-commits`); default DEFAULT_MAX_AUDIT_COMMITS. */
  maxCommits?: number;
}

/** The request as judged; the description itself stays on the platform, its declaration is kept. */
function requestRecord(r: RequestInfo): NonNullable<AuditRecord['request']> {
  return {
    number: r.number ?? null,
    url: r.url ?? null,
    author: r.author ?? null,
    authorIsBot: r.authorIsBot ?? false,
    title: r.title ?? null,
    labels: r.labels,
    sourceBranch: r.sourceBranch ?? null,
    targetBranch: r.targetBranch ?? null,
    draft: r.draft ?? false,
    assignees: r.assignees,
    requestedReviewers: r.requestedReviewers,
    approvals: r.approvals,
    headSha: r.headSha ?? null,
  };
}

/** Every evidence item with the same keys: the tool and the model apart, `null` where not known. */
function evidenceRecord(e: Evidence): AuditRecord['attribution']['requestEvidence'][number] {
  return { signal: e.signal, value: e.value, tool: e.tool, model: e.model ?? null, ...(e.commit ? { commit: e.commit } : {}), source: e.source ?? null };
}

/** `findings.applied` is written as the record's own `waivers` list. */
function withoutApplied(f: NonNullable<Evaluation['findings']>): NonNullable<AuditRecord['findings']> {
  const { applied: _applied, ...rest } = f;
  return rest;
}

export function auditRecord(input: AuditInput): AuditRecord {
  const { evaluation: e, change, policyInfo } = input;
  const t = totals(change);
  const commits = recordedCommits(e.attribution.commits, input.maxCommits);
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    tool: { name: 'ai-governance-gate', version: input.version },
    timestamp: input.timestamp.toISOString(),
    platform: input.platform,
    repository: change.repository,
    mode: e.mode,
    change: {
      base: change.base,
      head: change.head,
      baseReason: change.baseReason,
      baseDescription: change.baseDescription,
      files: change.files.length,
      additions: t.additions,
      deletions: t.deletions,
      commits: change.commits.length,
    },
    run: { ...(input.run ?? NO_RUN) },
    policy: {
      source: policyInfo.source,
      path: policyInfo.path ?? null,
      text: input.policyText,
      sha256: policyInfo.sha256,
      ref: policyInfo.ref ?? null,
      commit: policyInfo.commit ?? null,
    },
    commits: commitsField(change),
    files: filesField(change),
    request: change.request ? requestRecord(change.request) : null,
    approvers: approversField(e, input.platform, change, input.inputs?.codeowners ?? null),
    waivers: waiversField(e),
    attribution: {
      aiAssisted: e.attribution.aiAssisted,
      aiShare: e.attribution.aiShare,
      shareMethod: e.attribution.shareMethod,
      shareNote: e.attribution.shareNote ?? null,
      tools: e.attribution.tools,
      models: e.attribution.models,
      commits: commits.commits.map((c) => ({ sha: c.sha, aiAssisted: c.aiAssisted, tools: c.tools, models: c.models, evidence: c.evidence.map(evidenceRecord) })),
      commitDetail: commits.detail,
      requestEvidence: e.attribution.requestEvidence.map(evidenceRecord),
      mergedRequest: e.attribution.mergedRequest ?? null,
      declaration: e.attribution.declaration ?? null,
      requester: e.attribution.requester ?? null,
      lineLevel: e.attribution.lineLevel ?? null,
      problems: e.attribution.problems,
    },
    risk: {
      score: e.risk.score,
      level: e.risk.level,
      factors: e.risk.factors.map((f) => ({ id: f.id, points: f.points, detail: f.detail, files: f.files, template: f.template, facts: f.facts })),
      destructive: e.risk.destructive,
      questions: e.risk.questions,
    },
    findings: e.findings ? withoutApplied(e.findings) : null,
    plans: (e.plans?.summaries ?? []).map((p) => ({ ...p })),
    // Where the blast radius comes from: the plans given, or (without one) the diff's estimate.
    blastRadiusFrom: e.plans?.summaries.length ? 'plans' : 'diff',
    oversight: {
      applicable: e.oversight.applicable,
      reason: e.oversight.reason ?? null,
      required: e.oversight.required,
      observed: e.oversight.observed,
      satisfied: e.oversight.satisfied,
      stillMissing: e.oversight.stillMissing ?? null,
      wouldApply: e.oversight.wouldApply,
    },
    violations: e.violations.map((v) => ({ rule: v.rule, message: v.message, remediation: v.remediation, level: v.level })),
    notes: e.notes,
    decision: e.decision,
    inputs: input.inputs ?? null,
  };
}
