/**
 * The audit record's schema: the one definition of the record's type (AuditRecord) and of
 * schema/audit-record.schema.json, which auditors and scripts validate records against. Field names
 * are a contract: add fields, never rename them, and bump AUDIT_SCHEMA_VERSION when fields change.
 * Every object is strict, so a field the record gains without a schema change fails the tests.
 */
import * as v from 'valibot';
import { AUDIT_SCHEMA_VERSION } from './audit-version.js';
import { replayInputsSchema } from '../record/replay-inputs-schema.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = v.string();
const texts = v.array(v.string());
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const severity = v.picklist(['critical', 'high', 'medium', 'low', 'info', 'unknown']);
const riskLevel = v.picklist(['low', 'medium', 'high', 'critical']);

function described<const S extends v.GenericSchema>(schema: S, about: string) {
  return v.pipe(schema, v.description(about));
}

const approval = v.strictObject({
  login: text,
  at: v.optional(described(text, 'ISO-8601 time the approval was given.')),
  commitSha: v.optional(described(text, 'The head commit the approval was given on.')),
  teams: v.optional(described(texts, 'Teams (GitHub) or groups (GitLab) resolved for this person.')),
  isBot: v.optional(v.boolean()),
  commitUnknown: v.optional(described(v.boolean(), 'The platform does not say which commit the approval was given on (GitLab without approval times).')),
  canWrite: v.optional(described(v.boolean(), 'The platform says the approver can push to the repository.')),
});

const request = v.strictObject({
  number: v.nullable(count),
  url: v.nullable(text),
  author: v.nullable(text),
  authorIsBot: v.boolean(),
  title: v.nullable(text),
  labels: texts,
  sourceBranch: v.nullable(text),
  targetBranch: v.nullable(text),
  headSha: described(v.nullable(text), "The request's own head commit, as the platform reports it (in a merge queue, not the queue's commit)."),
  draft: v.boolean(),
  assignees: texts,
  requestedReviewers: texts,
  approvals: v.array(approval),
});

const evidence = v.strictObject({
  signal: v.picklist([
    'co-author-trailer',
    'sign-off-trailer',
    'author-email',
    'committer-email',
    'author-name',
    'committer-name',
    'author-name-suffix',
    'committer-name-suffix',
    'message-marker',
    'trailer',
    'session-link',
    'merge-branch',
    'disclosure',
    'request-author',
    'branch-prefix',
    'label',
    'body-marker',
    'declaration',
  ]),
  value: described(text, 'The text as found: the trailer line, the identity, the marker line, the label.'),
  tool: described(text, 'The product, e.g. "Claude Code", or "unknown AI tool" when the evidence names none.'),
  model: described(v.nullable(text), 'The model the evidence names, as written (e.g. `claude-opus-4-6`), apart from the tool.'),
  commit: v.optional(text),
  source: described(v.nullable(text), 'Where it was found, e.g. "commit trailer", "pull request body".'),
});

const attribution = v.strictObject({
  aiAssisted: v.boolean(),
  aiShare: described(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 'Share of added lines attributed to AI, 0 to 1.'),
  shareMethod: v.picklist(['commits', 'git-ai', 'agent-trace', 'request']),
  shareNote: described(v.nullable(text), 'Where the share came from when line-level data the change itself adds was weighed against other evidence.'),
  tools: texts,
  models: described(texts, 'Distinct models the evidence names, apart from the tools.'),
  commits: v.array(v.strictObject({ sha: text, aiAssisted: v.boolean(), tools: texts, models: texts, evidence: v.array(evidence) })),
  commitDetail: described(
    v.strictObject({ total: count, aiAssisted: count, recorded: count, cap: count }),
    'Commits of the range (`total`, of them `aiAssisted`) and how many `commits` lists one by one: all, or `cap` (audit.max-commits) with AI-assisted commits first.',
  ),
  requestEvidence: v.array(evidence),
  mergedRequest: described(
    v.nullable(
      v.strictObject({ number: v.optional(v.number()), url: v.optional(text), source: text, commits: count, aiAssisted: v.boolean() }),
    ),
    'On a push to the default branch: the pull or merge request it was merged from, whose commits and description were read for attribution.',
  ),
  declaration: v.nullable(v.strictObject({ value: v.picklist(['yes', 'no', 'partial']), source: text })),
  requester: v.nullable(
    v.strictObject({ login: v.optional(text), name: v.optional(text), email: v.optional(text), source: text }),
  ),
  lineLevel: v.nullable(
    v.strictObject({ method: v.picklist(['git-ai', 'agent-trace']), aiLines: count, totalAddedLines: count, models: texts }),
  ),
  problems: texts,
});

const risk = v.strictObject({
  score: v.number(),
  level: riskLevel,
  factors: v.array(
    v.strictObject({
      id: text,
      points: v.number(),
      detail: text,
      files: texts,
      template: described(
        v.picklist(['size', 'spread', 'sensitive', 'destructive', 'missing-tests', 'ai-assisted', 'plan-floor']),
        'Which sentence explains the factor; `detail` is that sentence filled in from `facts`.',
      ),
      facts: described(
        v.record(v.string(), v.union([v.number(), v.string(), v.boolean(), texts])),
        'What the factor measured, in numbers, names and lists.',
      ),
    }),
  ),
  destructive: v.array(
    v.strictObject({
      kind: described(text, 'Family of the operation, e.g. "sql-drop", "terraform-resource-removed", "plan-replace".'),
      path: text,
      detail: text,
      reversible: v.boolean(),
      source: described(v.picklist(['diff', 'plan']), 'Read from the diff, or from a plan.'),
      action: v.picklist(['delete', 'replace', 'truncate', 'rename', 'unguard']),
      objectType: v.optional(text),
      object: v.optional(text),
      line: v.optional(count),
      evidence: v.optional(text),
      downStep: v.optional(v.boolean()),
      readBy: v.optional(v.picklist(['sql-parser', 'sql-tokens', 'pattern'])),
      address: v.optional(text),
      stateful: v.optional(v.boolean()),
      reason: v.optional(text),
    }),
  ),
  questions: v.strictObject({ blastRadius: text, testing: text, rollback: text, auditability: text }),
});

const severityCounts = v.strictObject({ critical: count, high: count, medium: count, low: count, info: count, unknown: count });

const waiverStatus = v.strictObject({
  index: described(count, 'Position in the policy\'s findings.waivers.'),
  rule: v.optional(text),
  fingerprint: v.optional(text),
  path: v.optional(text),
  tool: v.optional(text),
  reason: text,
  owner: text,
  expires: text,
  daysLeft: described(v.pipe(v.number(), v.integer()), 'Whole days from the run (UTC) to the last day it applies; negative once expired.'),
  matched: count,
});

const listedFinding = v.strictObject({
  tool: text,
  rule: text,
  severity,
  message: text,
  path: v.optional(text),
  line: v.optional(v.number()),
  fingerprint: v.optional(text),
  state: v.picklist(['new', 'existing']),
  helpUri: v.optional(described(text, 'Where the rule is explained, from the report.')),
});

const findings = v.strictObject({
  reports: v.array(v.strictObject({ path: text, format: text, tool: text, sha256, results: count })),
  counts: described(severityCounts, 'Active findings as read: not suppressed, not absent; before scope, waivers and de-duplication.'),
  suppressed: count,
  absent: count,
  waived: count,
  duplicates: count,
  inScope: described(severityCounts, 'What the thresholds were applied to.'),
  outOfScope: severityCounts,
  waivedBySeverity: severityCounts,
  suppressedBySeverity: severityCounts,
  overThreshold: v.array(listedFinding),
  overThresholdTotal: count,
  limits: v.strictObject({
    critical: v.optional(count),
    high: v.optional(count),
    medium: v.optional(count),
    low: v.optional(count),
    info: v.optional(count),
    unknown: v.optional(count),
  }),
  waivers: v.strictObject({
    expired: v.array(waiverStatus),
    unused: v.array(waiverStatus),
    expiringSoon: v.array(waiverStatus),
    tooBroad: described(v.array(waiverStatus), 'Waivers that excuse every finding read.'),
    tooLong: described(v.array(waiverStatus), 'Waivers that expire beyond findings.waiver-horizon-days.'),
  }),
  suppressionsNotHonoured: described(v.array(listedFinding), 'Findings the report marks suppressed where the change itself wrote the suppression.'),
  notes: texts,
  scope: v.picklist(['new', 'changed-lines', 'changed-files', 'all']),
  novelty: described(
    v.picklist(['baseline', 'report', 'none']),
    'How new findings were told from old: --baseline reports, the reports\' own baselineState, or none (every finding counted as new).',
  ),
});

const requirement = v.strictObject({
  rules: described(texts, 'Approval rules merged into this requirement; governance-change is the built-in tier.'),
  approvers: v.strictObject({
    users: texts,
    teams: texts,
    owners: texts,
    ownedFiles: texts,
    anyone: v.boolean(),
    writeAccess: described(v.boolean(), 'With anyone: only people with write access to the repository count.'),
    noOwnersFile: v.optional(described(v.boolean(), 'Code owners were asked for, but the target branch has no CODEOWNERS file.')),
  }),
  needed: count,
  allowStale: v.boolean(),
  counted: v.array(v.strictObject({ login: text, via: v.union([v.picklist(['user', 'codeowner', 'any-reviewer', 'write-access']), v.pipe(v.string(), v.startsWith('team:'))]) })),
  notCounted: v.array(
    v.strictObject({ login: text, why: v.picklist(['author', 'requester', 'bot', 'ai-identity', 'stale', 'not-in-approver-set', 'no-write-access']) }),
  ),
  missing: count,
  satisfied: v.boolean(),
});

const oversight = v.strictObject({
  applicable: v.boolean(),
  reason: described(v.nullable(text), 'Why approval rules were not evaluated.'),
  required: v.array(requirement),
  observed: described(v.array(approval), 'The approvals as the platform reported them.'),
  satisfied: v.boolean(),
  stillMissing: described(
    v.nullable(
      v.strictObject({
        count: described(count, 'The fewest further approvals that satisfy every requirement together.'),
        from: v.array(v.strictObject({ who: text, kind: v.picklist(['user', 'team', 'anyone', 'nobody']), rules: texts })),
        unreachable: described(texts, 'Requirements nobody named can meet.'),
      }),
    ),
    'Who can still approve, when approvals are missing.',
  ),
  wouldApply: described(texts, 'Outside a request: the rules that would apply to this change in one.'),
});

const nullableText = v.nullable(text);
const person = v.strictObject({ name: text, email: text });

const run = v.strictObject({
  id: described(nullableText, 'The workflow run (GitHub `GITHUB_RUN_ID`) or pipeline id (GitLab `CI_PIPELINE_ID`).'),
  attempt: described(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))), "GitHub's run attempt; null on GitLab, where a retried job gets a new `jobId`."),
  jobId: described(nullableText, "The job's id (GitLab `CI_JOB_ID`)."),
  url: described(nullableText, "The run's or job's web page."),
  workflow: nullableText,
  workflowRef: described(nullableText, 'The workflow file at its ref (GitHub `GITHUB_WORKFLOW_REF`) or the CI config path (GitLab).'),
  job: nullableText,
  actor: described(nullableText, 'Who started the run.'),
  event: described(nullableText, 'The event or pipeline source, e.g. `pull_request`, `merge_request_event`, `push`.'),
  ref: nullableText,
  sha: described(nullableText, 'The commit the run was started for.'),
  repositoryUrl: described(nullableText, "The repository's web address."),
});

const membership = v.strictObject({
  kind: v.picklist(['verified-through-api', 'declared-in-policy', 'code-owner-at-base', 'any-reviewer', 'declared-in-request-file']),
  via: described(text, 'How the approval counted in oversight.required[].counted (user, team:<name>, codeowner, any-reviewer).'),
  detail: text,
});

const appliedWaiver = v.strictObject({
  ...waiverStatus.entries,
  expired: v.boolean(),
  excused: described(v.array(listedFinding), 'The findings it excused, most severe first (at most 100).'),
  excusedTotal: count,
});

export const auditRecordSchema = v.strictObject({
  schemaVersion: v.literal(AUDIT_SCHEMA_VERSION),
  tool: v.strictObject({ name: v.literal('ai-governance-gate'), version: text }),
  timestamp: described(v.pipe(v.string(), v.isoTimestamp()), 'When the evaluation ran (ISO 8601, UTC).'),
  platform: v.picklist(['local', 'github', 'gitlab']),
  repository: text,
  mode: v.picklist(['enforce', 'warn']),
  change: v.strictObject({
    base: text,
    head: text,
    baseReason: v.picklist(['explicit', 'platform', 'merge-base', 'merge-base-of-explicit', 'parent-of-head', 'empty-tree']),
    baseDescription: text,
    files: described(count, 'Number of files changed.'),
    additions: count,
    deletions: count,
    commits: described(count, 'Number of commits in the range.'),
  }),
  run: described(run, 'Which run wrote the record; every field is null outside CI.'),
  policy: v.strictObject({
    source: described(text, 'A path, "path at <revision>", or "built-in default".'),
    path: described(nullableText, 'Repository-relative path of the policy file, when it lives in the repository.'),
    text: described(text, 'The policy as it was read (the built-in default as JSON); its SHA-256 is `sha256`.'),
    sha256,
    ref: described(v.nullable(text), 'The branch the policy was read from (the target of the change), when read from the repository.'),
    commit: described(v.nullable(text), 'The commit the policy was read at.'),
  }),
  commits: described(
    v.array(v.strictObject({ sha: text, author: person, authorDate: nullableText, committer: person, committerDate: nullableText })),
    'The commits judged with their author and committer and dates (at most 1000; `change.commits` counts them all).',
  ),
  files: described(
    v.strictObject({
      total: count,
      listed: v.array(
        v.strictObject({
          path: text,
          previousPath: nullableText,
          status: v.picklist(['added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed']),
          additions: count,
          deletions: count,
          binary: v.boolean(),
        }),
      ),
    }),
    'The changed files (at most 1000 listed; `total` counts them all).',
  ),
  request: described(v.nullable(request), 'The pull/merge request judged; null outside one.'),
  approvers: described(
    v.array(
      v.strictObject({ login: text, at: nullableText, commitSha: nullableText, counted: v.boolean(), membership: v.array(membership) }),
    ),
    'Each approver, whether they counted, and how their membership in an approver set was established.',
  ),
  waivers: described(v.array(appliedWaiver), "Every waiver of the policy's findings.waivers that matched a finding in this run, with the findings it excused (none once expired); unused ones are in findings.waivers.unused."),
  attribution,
  risk,
  findings: described(v.nullable(findings), 'Scanner findings under the policy; null without reports.'),
  plans: described(
    v.array(
      v.strictObject({
        path: text,
        sha256,
        tool: v.picklist(['terraform', 'opentofu', 'pulumi', 'cloudformation']),
        toolVersion: v.nullable(text),
        formatVersion: v.nullable(text),
        counts: v.strictObject({ create: count, update: count, delete: count, replace: count, read: count, 'no-op': count, forget: count }),
        deleted: described(texts, 'Addresses as the tool writes them (Terraform address, Pulumi URN, CloudFormation LogicalResourceId).'),
        replaced: texts,
        stateful: described(texts, 'Deleted or replaced resources that hold state.'),
        drift: described(count, 'Changes made outside the tool; not counted above.'),
        notes: texts,
      }),
    ),
    'Infrastructure plans read for this change; empty without --plans.',
  ),
  blastRadiusFrom: described(v.picklist(['plans', 'diff']), 'Where the blast radius comes from: the plans given, or the diff.'),
  oversight,
  violations: v.array(
    v.strictObject({ rule: text, message: text, remediation: text, level: v.picklist(['error', 'warning']) }),
  ),
  notes: texts,
  decision: v.picklist(['pass', 'warn', 'fail']),
  inputs: described(
    v.nullable(replayInputsSchema),
    'What the evaluator was given, so `ai-governance-gate verify` can replay the decision; null when the run kept none.',
  ),
});

export type AuditRecord = v.InferOutput<typeof auditRecordSchema>;
