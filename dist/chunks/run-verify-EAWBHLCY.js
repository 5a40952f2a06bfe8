#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  auditRecord,
  decideRun,
  evaluateInputOf,
  hasSql,
  loadSqlParser,
  parsePolicy,
  sha256
} from "./chunk-S47J6HCV.js";
import {
  DECISION_PREDICATE_TYPE,
  STATEMENT_TYPE,
  sha256Hex
} from "./chunk-3VUVCKOE.js";
import {
  array,
  boolean,
  description,
  integer,
  isoTimestamp,
  listProblems,
  literal,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nullable,
  number,
  optional,
  picklist,
  pipe,
  record,
  regex,
  startsWith,
  strictObject,
  string,
  union,
  validate
} from "./chunk-HS26ZMD3.js";
import {
  VERSION
} from "./chunk-5BUW5COH.js";
import "./chunk-RAU6KPPI.js";
import "./chunk-DN3C4IM4.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";
import {
  AUDIT_SCHEMA_VERSION
} from "./chunk-5VFZBLC7.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/app/verify/run-verify.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/core/record/replay-inputs-schema.ts
var text = string();
var texts = array(string());
var count = pipe(number(), integer(), minValue(0));
var lineRange = pipe(array(number()), minLength(2), maxLength(2));
var severity = picklist(["critical", "high", "medium", "low", "info", "unknown"]);
function described(schema, about) {
  return pipe(schema, description(about));
}
var person = strictObject({ name: text, email: text });
var inputCommit = strictObject({
  sha: text,
  author: person,
  committer: person,
  authorDate: optional(text),
  committerDate: optional(text),
  message: text,
  trailers: array(strictObject({ key: text, value: text })),
  additions: count,
  deletions: count
});
var inputFile = strictObject({
  path: text,
  previousPath: optional(text),
  status: picklist(["added", "modified", "deleted", "renamed", "copied", "type-changed"]),
  additions: count,
  deletions: count,
  binary: boolean(),
  addedRanges: optional(array(lineRange))
});
var inputPatch = strictObject({
  path: text,
  added: texts,
  removed: texts,
  addedRanges: array(lineRange),
  hunkContexts: optional(array(strictObject({ line: number(), context: text })))
});
var inputApproval = strictObject({
  login: text,
  at: optional(text),
  commitSha: optional(text),
  teams: optional(texts),
  isBot: optional(boolean()),
  commitUnknown: optional(boolean()),
  canWrite: optional(boolean())
});
var inputRequest = strictObject({
  number: optional(number()),
  url: optional(text),
  author: optional(text),
  authorIsBot: optional(boolean()),
  title: optional(text),
  body: optional(text),
  labels: texts,
  sourceBranch: optional(text),
  targetBranch: optional(text),
  draft: optional(boolean()),
  assignees: texts,
  requestedReviewers: texts,
  approvals: array(inputApproval),
  headSha: optional(text)
});
var inputChange = strictObject({
  repository: text,
  base: text,
  baseReason: picklist(["explicit", "platform", "merge-base", "merge-base-of-explicit", "parent-of-head", "empty-tree"]),
  baseDescription: text,
  head: text,
  files: array(inputFile),
  commits: array(inputCommit),
  patches: array(inputPatch),
  request: optional(inputRequest),
  mergedRequest: optional(strictObject({ commit: text, request: inputRequest, commits: array(inputCommit), source: text }))
});
var inputViolation = strictObject({ rule: text, message: text, remediation: text, level: picklist(["error", "warning"]) });
var inputFinding = strictObject({
  tool: text,
  rule: text,
  severity,
  nativeSeverity: optional(text),
  message: text,
  location: strictObject({ path: optional(text), startLine: optional(number()), endLine: optional(number()) }),
  fingerprint: optional(text),
  suppressed: boolean(),
  suppressedInSource: optional(boolean()),
  baselineState: picklist(["new", "unchanged", "updated", "absent", "unknown"]),
  report: text,
  helpUri: optional(text)
});
var inputReport = strictObject({ path: text, format: text, tool: text, sha256: text, results: count, findings: array(inputFinding) });
var inputPlan = strictObject({
  path: text,
  sha256: text,
  tool: picklist(["terraform", "opentofu", "pulumi", "cloudformation"]),
  toolVersion: nullable(text),
  formatVersion: nullable(text),
  resources: array(
    strictObject({
      address: text,
      type: text,
      action: picklist(["create", "update", "delete", "replace", "read", "no-op", "forget"]),
      order: optional(picklist(["delete-first", "create-first"])),
      reasonCode: optional(text),
      replacePaths: optional(texts),
      dataSource: optional(boolean()),
      retained: optional(boolean()),
      conditional: optional(boolean()),
      snapshot: optional(boolean()),
      deposed: optional(text)
    })
  ),
  drift: count,
  notes: texts
});
var inputLineLevel = strictObject({
  method: picklist(["git-ai", "agent-trace", "none"]),
  aiLines: count,
  totalAddedLines: count,
  share: optional(number()),
  files: array(strictObject({ path: text, aiLines: count, tools: texts })),
  tools: texts,
  models: texts,
  problems: texts
});
var postMergeFacts = strictObject({
  request: strictObject({ number: nullable(number()), url: nullable(text), headSha: nullable(text) }),
  mergedBy: described(nullable(text), "Who merged it, as the platform reports it."),
  mergedAt: nullable(text),
  mergeCommit: described(nullable(text), "The commit the platform says the merge produced (merge, squash or rebase result)."),
  method: described(picklist(["merge", "squash", "rebase", "fast-forward", "unknown"]), "How it was merged, as far as the platform says."),
  pushedHead: described(text, "The commit this push run judged."),
  decision: described(
    nullable(
      strictObject({
        state: picklist(["pass", "fail", "pending", "missing"]),
        source: described(text, 'Where the decision was read, e.g. "check run ai-governance-gate on abc1234".'),
        url: nullable(text),
        at: nullable(text)
      })
    ),
    "The gate's last decision for the request's head before the merge; null when it could not be read."
  ),
  problem: described(nullable(text), "Why the decision could not be read, when it could not.")
});
var replayInputsSchema = strictObject({
  complete: described(boolean(), "False when a cap left inputs out (see `capped`): replay is then partial."),
  capped: described(texts, "What the caps left out, in words."),
  now: described(pipe(string(), isoTimestamp()), "The time the evaluator was given."),
  mode: described(nullable(picklist(["enforce", "warn"])), "The mode input or flag, before the policy decided whether it may apply."),
  governancePaths: described(texts, "Files that configure the gate on this platform (the workflow running it)."),
  platformWarnings: texts,
  addedViolations: described(array(inputViolation), "Violations the run added beside the evaluator (a platform that could not be read)."),
  change: inputChange,
  commitsCounted: described(
    nullable(
      strictObject({
        at: described(count, "Where in `change.commits` the counted commits stood (after the first `at`)."),
        count: described(count, "How many commits are counted rather than kept."),
        additions: count,
        deletions: count,
        authors: described(array(person), "Their authors, each email once.")
      })
    ),
    "On a range longer than the commits the record lists one by one (1,000, or `audit.max-commits` when higher): the commits with nothing to attribute past them, kept as counts (null when every commit is kept whole)."
  ),
  codeowners: nullable(strictObject({ path: text, rev: text, text, syntax: nullable(picklist(["github", "gitlab"])) })),
  lineLevel: nullable(inputLineLevel),
  findings: nullable(
    strictObject({ reports: array(inputReport), baseline: nullable(array(inputFinding)), violations: array(inputViolation), roots: texts })
  ),
  plans: nullable(strictObject({ plans: array(inputPlan), violations: array(inputViolation) })),
  postMerge: described(nullable(postMergeFacts), "On a push to the default branch: how the merged request was merged and its last gate decision.")
});

// src/core/render/audit-schema.ts
var count2 = pipe(number(), integer(), minValue(0));
var text2 = string();
var texts2 = array(string());
var sha2562 = pipe(string(), regex(/^[0-9a-f]{64}$/));
var severity2 = picklist(["critical", "high", "medium", "low", "info", "unknown"]);
var riskLevel = picklist(["low", "medium", "high", "critical"]);
function described2(schema, about) {
  return pipe(schema, description(about));
}
var approval = strictObject({
  login: text2,
  at: optional(described2(text2, "ISO-8601 time the approval was given.")),
  commitSha: optional(described2(text2, "The head commit the approval was given on.")),
  teams: optional(described2(texts2, "Teams (GitHub) or groups (GitLab) resolved for this person.")),
  isBot: optional(boolean()),
  commitUnknown: optional(described2(boolean(), "The platform does not say which commit the approval was given on (GitLab without approval times).")),
  canWrite: optional(described2(boolean(), "The platform says the approver can push to the repository."))
});
var request = strictObject({
  number: nullable(count2),
  url: nullable(text2),
  author: nullable(text2),
  authorIsBot: boolean(),
  title: nullable(text2),
  labels: texts2,
  sourceBranch: nullable(text2),
  targetBranch: nullable(text2),
  headSha: described2(nullable(text2), "The request's own head commit, as the platform reports it (in a merge queue, not the queue's commit)."),
  draft: boolean(),
  assignees: texts2,
  requestedReviewers: texts2,
  approvals: array(approval)
});
var evidence = strictObject({
  signal: picklist([
    "co-author-trailer",
    "sign-off-trailer",
    "author-email",
    "committer-email",
    "author-name",
    "committer-name",
    "author-name-suffix",
    "committer-name-suffix",
    "message-marker",
    "trailer",
    "session-link",
    "merge-branch",
    "disclosure",
    "request-author",
    "branch-prefix",
    "label",
    "body-marker",
    "declaration"
  ]),
  value: described2(text2, "The text as found: the trailer line, the identity, the marker line, the label."),
  tool: described2(text2, 'The product, e.g. "Claude Code", or "unknown AI tool" when the evidence names none.'),
  model: described2(nullable(text2), "The model the evidence names, as written (e.g. `claude-opus-4-6`), apart from the tool."),
  commit: optional(text2),
  source: described2(nullable(text2), 'Where it was found, e.g. "commit trailer", "pull request body".')
});
var attribution = strictObject({
  aiAssisted: boolean(),
  aiShare: described2(pipe(number(), minValue(0), maxValue(1)), "Share of added lines attributed to AI, 0 to 1."),
  shareMethod: picklist(["commits", "git-ai", "agent-trace", "request"]),
  shareNote: described2(nullable(text2), "Where the share came from when line-level data the change itself adds was weighed against other evidence."),
  tools: texts2,
  models: described2(texts2, "Distinct models the evidence names, apart from the tools."),
  commits: array(strictObject({ sha: text2, aiAssisted: boolean(), tools: texts2, models: texts2, evidence: array(evidence) })),
  commitDetail: described2(
    strictObject({ total: count2, aiAssisted: count2, recorded: count2, cap: count2 }),
    "Commits of the range (`total`, of them `aiAssisted`) and how many `commits` lists one by one: all, or `cap` (audit.max-commits) with AI-assisted commits first."
  ),
  requestEvidence: array(evidence),
  mergedRequest: described2(
    nullable(
      strictObject({ number: optional(number()), url: optional(text2), source: text2, commits: count2, aiAssisted: boolean() })
    ),
    "On a push to the default branch: the pull or merge request it was merged from, whose commits and description were read for attribution."
  ),
  declaration: nullable(strictObject({ value: picklist(["yes", "no", "partial"]), source: text2 })),
  requester: nullable(
    strictObject({ login: optional(text2), name: optional(text2), email: optional(text2), source: text2 })
  ),
  lineLevel: nullable(
    strictObject({ method: picklist(["git-ai", "agent-trace"]), aiLines: count2, totalAddedLines: count2, models: texts2 })
  ),
  problems: texts2
});
var risk = strictObject({
  score: number(),
  level: riskLevel,
  factors: array(
    strictObject({
      id: text2,
      points: number(),
      detail: text2,
      files: texts2,
      template: described2(
        picklist(["size", "spread", "sensitive", "destructive", "missing-tests", "ai-assisted", "plan-floor"]),
        "Which sentence explains the factor; `detail` is that sentence filled in from `facts`."
      ),
      facts: described2(
        record(string(), union([number(), string(), boolean(), texts2])),
        "What the factor measured, in numbers, names and lists."
      )
    })
  ),
  destructive: array(
    strictObject({
      kind: described2(text2, 'Family of the operation, e.g. "sql-drop", "terraform-resource-removed", "plan-replace".'),
      path: text2,
      detail: text2,
      reversible: boolean(),
      source: described2(picklist(["diff", "plan"]), "Read from the diff, or from a plan."),
      action: picklist(["delete", "replace", "truncate", "rename", "unguard"]),
      objectType: optional(text2),
      object: optional(text2),
      line: optional(count2),
      evidence: optional(text2),
      downStep: optional(boolean()),
      readBy: optional(picklist(["sql-parser", "sql-tokens", "pattern"])),
      address: optional(text2),
      stateful: optional(boolean()),
      reason: optional(text2)
    })
  ),
  questions: strictObject({ blastRadius: text2, testing: text2, rollback: text2, auditability: text2 })
});
var severityCounts = strictObject({ critical: count2, high: count2, medium: count2, low: count2, info: count2, unknown: count2 });
var waiverStatus = strictObject({
  index: described2(count2, "Position in the policy's findings.waivers."),
  rule: optional(text2),
  fingerprint: optional(text2),
  path: optional(text2),
  tool: optional(text2),
  reason: text2,
  owner: text2,
  expires: text2,
  daysLeft: described2(pipe(number(), integer()), "Whole days from the run (UTC) to the last day it applies; negative once expired."),
  matched: count2
});
var listedFinding = strictObject({
  tool: text2,
  rule: text2,
  severity: severity2,
  message: text2,
  path: optional(text2),
  line: optional(number()),
  fingerprint: optional(text2),
  state: picklist(["new", "existing"]),
  helpUri: optional(described2(text2, "Where the rule is explained, from the report."))
});
var findings = strictObject({
  reports: array(strictObject({ path: text2, format: text2, tool: text2, sha256: sha2562, results: count2 })),
  counts: described2(severityCounts, "Active findings as read: not suppressed, not absent; before scope, waivers and de-duplication."),
  suppressed: count2,
  absent: count2,
  waived: count2,
  duplicates: count2,
  inScope: described2(severityCounts, "What the thresholds were applied to."),
  outOfScope: severityCounts,
  waivedBySeverity: severityCounts,
  suppressedBySeverity: severityCounts,
  overThreshold: array(listedFinding),
  overThresholdTotal: count2,
  limits: strictObject({
    critical: optional(count2),
    high: optional(count2),
    medium: optional(count2),
    low: optional(count2),
    info: optional(count2),
    unknown: optional(count2)
  }),
  waivers: strictObject({
    expired: array(waiverStatus),
    unused: array(waiverStatus),
    expiringSoon: array(waiverStatus),
    tooBroad: described2(array(waiverStatus), "Waivers that excuse every finding read."),
    tooLong: described2(array(waiverStatus), "Waivers that expire beyond findings.waiver-horizon-days.")
  }),
  suppressionsNotHonoured: described2(array(listedFinding), "Findings the report marks suppressed where the change itself wrote the suppression."),
  notes: texts2,
  scope: picklist(["new", "changed-lines", "changed-files", "all"]),
  novelty: described2(
    picklist(["baseline", "report", "none"]),
    "How new findings were told from old: --baseline reports, the reports' own baselineState, or none (every finding counted as new)."
  )
});
var requirement = strictObject({
  rules: described2(texts2, "Approval rules merged into this requirement; governance-change is the built-in tier."),
  approvers: strictObject({
    users: texts2,
    teams: texts2,
    owners: texts2,
    ownedFiles: texts2,
    anyone: boolean(),
    writeAccess: described2(boolean(), "With anyone: only people with write access to the repository count."),
    noOwnersFile: optional(described2(boolean(), "Code owners were asked for, but the target branch has no CODEOWNERS file."))
  }),
  needed: count2,
  allowStale: boolean(),
  counted: array(strictObject({ login: text2, via: union([picklist(["user", "codeowner", "any-reviewer", "write-access"]), pipe(string(), startsWith("team:"))]) })),
  notCounted: array(
    strictObject({ login: text2, why: picklist(["author", "requester", "bot", "ai-identity", "stale", "not-in-approver-set", "no-write-access"]) })
  ),
  missing: count2,
  satisfied: boolean()
});
var oversight = strictObject({
  applicable: boolean(),
  reason: described2(nullable(text2), "Why approval rules were not evaluated."),
  required: array(requirement),
  observed: described2(array(approval), "The approvals as the platform reported them."),
  satisfied: boolean(),
  stillMissing: described2(
    nullable(
      strictObject({
        count: described2(count2, "The fewest further approvals that satisfy every requirement together."),
        from: array(strictObject({ who: text2, kind: picklist(["user", "team", "anyone", "nobody"]), rules: texts2 })),
        unreachable: described2(texts2, "Requirements nobody named can meet.")
      })
    ),
    "Who can still approve, when approvals are missing."
  ),
  wouldApply: described2(texts2, "Outside a request: the rules that would apply to this change in one.")
});
var nullableText = nullable(text2);
var person2 = strictObject({ name: text2, email: text2 });
var run = strictObject({
  id: described2(nullableText, "The workflow run (GitHub `GITHUB_RUN_ID`) or pipeline id (GitLab `CI_PIPELINE_ID`)."),
  attempt: described2(nullable(pipe(number(), integer(), minValue(1))), "GitHub's run attempt; null on GitLab, where a retried job gets a new `jobId`."),
  jobId: described2(nullableText, "The job's id (GitLab `CI_JOB_ID`)."),
  url: described2(nullableText, "The run's or job's web page."),
  workflow: nullableText,
  workflowRef: described2(nullableText, "The workflow file at its ref (GitHub `GITHUB_WORKFLOW_REF`) or the CI config path (GitLab)."),
  job: nullableText,
  actor: described2(nullableText, "Who started the run."),
  event: described2(nullableText, "The event or pipeline source, e.g. `pull_request`, `merge_request_event`, `push`."),
  ref: nullableText,
  sha: described2(nullableText, "The commit the run was started for."),
  repositoryUrl: described2(nullableText, "The repository's web address.")
});
var membership = strictObject({
  kind: picklist(["verified-through-api", "declared-in-policy", "code-owner-at-base", "any-reviewer", "declared-in-request-file"]),
  via: described2(text2, "How the approval counted in oversight.required[].counted (user, team:<name>, codeowner, any-reviewer)."),
  detail: text2
});
var appliedWaiver = strictObject({
  ...waiverStatus.entries,
  expired: boolean(),
  excused: described2(array(listedFinding), "The findings it excused, most severe first (at most 100)."),
  excusedTotal: count2
});
var auditRecordSchema = strictObject({
  schemaVersion: literal(AUDIT_SCHEMA_VERSION),
  tool: strictObject({ name: literal("ai-governance-gate"), version: text2 }),
  timestamp: described2(pipe(string(), isoTimestamp()), "When the evaluation ran (ISO 8601, UTC)."),
  platform: picklist(["local", "github", "gitlab"]),
  repository: text2,
  mode: picklist(["enforce", "warn"]),
  change: strictObject({
    base: text2,
    head: text2,
    baseReason: picklist(["explicit", "platform", "merge-base", "merge-base-of-explicit", "parent-of-head", "empty-tree"]),
    baseDescription: text2,
    files: described2(count2, "Number of files changed."),
    additions: count2,
    deletions: count2,
    commits: described2(count2, "Number of commits in the range.")
  }),
  run: described2(run, "Which run wrote the record; every field is null outside CI."),
  policy: strictObject({
    source: described2(text2, 'A path, "path at <revision>", or "built-in default".'),
    path: described2(nullableText, "Repository-relative path of the policy file, when it lives in the repository."),
    text: described2(text2, "The policy as it was read (the built-in default as JSON); its SHA-256 is `sha256`."),
    sha256: sha2562,
    ref: described2(nullable(text2), "The branch the policy was read from (the target of the change), when read from the repository."),
    commit: described2(nullable(text2), "The commit the policy was read at.")
  }),
  commits: described2(
    array(strictObject({ sha: text2, author: person2, authorDate: nullableText, committer: person2, committerDate: nullableText })),
    "The commits judged with their author and committer and dates (at most 1000; `change.commits` counts them all)."
  ),
  files: described2(
    strictObject({
      total: count2,
      listed: array(
        strictObject({
          path: text2,
          previousPath: nullableText,
          status: picklist(["added", "modified", "deleted", "renamed", "copied", "type-changed"]),
          additions: count2,
          deletions: count2,
          binary: boolean()
        })
      )
    }),
    "The changed files (at most 1000 listed; `total` counts them all)."
  ),
  request: described2(nullable(request), "The pull/merge request judged; null outside one."),
  approvers: described2(
    array(
      strictObject({ login: text2, at: nullableText, commitSha: nullableText, counted: boolean(), membership: array(membership) })
    ),
    "Each approver, whether they counted, and how their membership in an approver set was established."
  ),
  waivers: described2(array(appliedWaiver), "Every waiver of the policy's findings.waivers that matched a finding in this run, with the findings it excused (none once expired); unused ones are in findings.waivers.unused."),
  attribution,
  risk,
  findings: described2(nullable(findings), "Scanner findings under the policy; null without reports."),
  plans: described2(
    array(
      strictObject({
        path: text2,
        sha256: sha2562,
        tool: picklist(["terraform", "opentofu", "pulumi", "cloudformation"]),
        toolVersion: nullable(text2),
        formatVersion: nullable(text2),
        counts: strictObject({ create: count2, update: count2, delete: count2, replace: count2, read: count2, "no-op": count2, forget: count2 }),
        deleted: described2(texts2, "Addresses as the tool writes them (Terraform address, Pulumi URN, CloudFormation LogicalResourceId)."),
        replaced: texts2,
        stateful: described2(texts2, "Deleted or replaced resources that hold state."),
        drift: described2(count2, "Changes made outside the tool; not counted above."),
        notes: texts2
      })
    ),
    "Infrastructure plans read for this change; empty without --plans."
  ),
  blastRadiusFrom: described2(picklist(["plans", "diff"]), "Where the blast radius comes from: the plans given, or the diff."),
  oversight,
  violations: array(
    strictObject({ rule: text2, message: text2, remediation: text2, level: picklist(["error", "warning"]) })
  ),
  notes: texts2,
  decision: picklist(["pass", "warn", "fail"]),
  inputs: described2(
    nullable(replayInputsSchema),
    "What the evaluator was given, so `ai-governance-gate verify` can replay the decision; null when the run kept none."
  )
});

// src/core/record/replay.ts
var MAX_DIFFERENCES = 50;
function childPath(path, key) {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? path ? `${path}.${key}` : key : `${path}[${JSON.stringify(key)}]`;
}
function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function differences(recorded, replayed, path = "", out = []) {
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
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(recorded), ...Object.keys(replayed)])];
    for (const k of keys) differences(recorded[k], replayed[k], childPath(path, k), out);
    return out;
  }
  if (JSON.stringify(recorded) !== JSON.stringify(replayed)) out.push({ path: path || "(the record)", recorded, replayed });
  return out;
}
function replayNeedsSql(record2) {
  return Boolean(record2.inputs) && hasSql(record2.inputs.change.files);
}
function replayRecord(record2, sqlParser) {
  const inputs = record2.inputs;
  if (!inputs) return { ok: false, reason: "the record keeps no inputs (`inputs` is null), so there is nothing to replay" };
  let policy;
  try {
    policy = parsePolicy(record2.policy.text, "policy.text of the record").policy;
  } catch (e) {
    return { ok: false, reason: `the recorded policy text does not parse any more (${e instanceof Error ? e.message : String(e)}): it was edited` };
  }
  const policyInfo = {
    source: record2.policy.source,
    sha256: sha256(record2.policy.text),
    ...record2.policy.path !== null ? { path: record2.policy.path } : {},
    ...record2.policy.ref !== null ? { ref: record2.policy.ref } : {},
    ...record2.policy.commit !== null ? { commit: record2.policy.commit } : {}
  };
  const given = evaluateInputOf(inputs);
  let evaluation;
  try {
    evaluation = decideRun({ ...given, policy, policyInfo, ...sqlParser ? { sqlParser } : {} }, inputs.addedViolations, inputs.postMerge);
  } catch (e) {
    return { ok: false, reason: `the recorded inputs cannot be evaluated (${e instanceof Error ? e.message : String(e)})` };
  }
  const rebuilt = auditRecord({
    evaluation,
    change: given.change,
    policyInfo,
    platform: record2.platform,
    version: record2.tool.version,
    timestamp: given.now,
    policyText: record2.policy.text,
    run: record2.run,
    inputs,
    maxCommits: policy.audit?.["max-commits"]
  });
  const plain = JSON.parse(JSON.stringify(rebuilt));
  return { ok: true, differences: differences(record2, plain), rebuilt: plain };
}

// src/core/record/statement-check.ts
import { Buffer } from "node:buffer";
function obj(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function statementsIn(doc) {
  const o = obj(doc);
  if (!o) return [];
  if (o._type !== void 0) return [o];
  const envelope = obj(o.dsseEnvelope) ?? (typeof o.payload === "string" ? o : void 0);
  if (envelope && typeof envelope.payload === "string") {
    try {
      return [JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"))];
    } catch {
      return [];
    }
  }
  const inner = obj(o.bundle);
  return inner ? statementsIn(inner) : [];
}
function statementProblems(statement, recordText, record2) {
  const s = obj(statement);
  if (!s) return ["it is not a JSON object"];
  const problems = [];
  if (s._type !== STATEMENT_TYPE) problems.push(`_type is ${JSON.stringify(s._type)}, not ${STATEMENT_TYPE}`);
  if (s.predicateType !== DECISION_PREDICATE_TYPE) problems.push(`predicateType is ${JSON.stringify(s.predicateType)}, not ${DECISION_PREDICATE_TYPE}`);
  const subjects = Array.isArray(s.subject) ? s.subject.map(obj) : [];
  if (!subjects.length) problems.push("it has no subject");
  const digest = sha256Hex(recordText);
  const digests = subjects.map((x) => obj(x?.digest));
  if (!digests.some((d) => d?.sha256 === digest)) problems.push(`no subject has the record file's SHA-256 ${digest}: the record is not the file that was attested`);
  const head = obj(obj(record2)?.change)?.head;
  const commits = digests.map((d) => d?.gitCommit).filter((c) => typeof c === "string");
  if (commits.length && !commits.includes(head)) problems.push(`its gitCommit subject ${commits.join(", ")} is not the record's head ${String(head)}`);
  const diff = differences(s.predicate, record2);
  if (diff.length) problems.push(`its predicate is not the record (first difference at ${diff[0].path})`);
  return problems;
}

// src/app/verify/run-verify.ts
var VERIFY_HELP = `Usage: ai-governance-gate verify RECORD [--statement FILE]

Replays the decision an audit record holds: evaluates the inputs it keeps again with this gate's
evaluator and compares the record it would write with the one given, field by field.

Options:
  --statement FILE   also check an in-toto statement is about this record: the gate's own
                     statement file, or a signed bundle as \`gh attestation download\` or
                     \`cosign attest-blob --bundle\` wrote it (the signature itself is checked by
                     \`gh attestation verify\` or \`cosign verify-blob-attestation\`)
  -h, --help         print this help

Exit codes: 0 the same decision (and the statement matches), 1 something differs, 2 the record
cannot be read or replayed, or another gate version wrote it and the replay differs.
`;
function show(value) {
  const text3 = JSON.stringify(value);
  if (text3 === void 0) return "(absent)";
  return text3.length > 200 ? `${text3.slice(0, 197)}...` : text3;
}
function listDifferences(diffs) {
  return diffs.map((d) => `  - ${d.path}: recorded ${show(d.recorded)}, replayed ${show(d.replayed)}`).join("\n");
}
async function readText(file, what, cwd) {
  try {
    return await readFile(resolve(cwd, file), "utf8");
  } catch (e) {
    throw new InputError(`The ${what} ${file} could not be read (${e.code ?? e.message}).`, `Give the path of the ${what} file.`);
  }
}
function parseJson(text3, file, what) {
  try {
    return JSON.parse(text3);
  } catch (e) {
    throw new InputError(`The ${what} ${file} is not JSON: ${e.message}.`, `Give the ${what} file as the gate or the signing step wrote it.`);
  }
}
function readRecord(text3, file) {
  const doc = parseJson(text3, file, "audit record");
  const version = doc?.schemaVersion;
  const tool = doc?.tool?.version;
  if (typeof version === "number" && version !== AUDIT_SCHEMA_VERSION) {
    throw new InputError(
      `The audit record ${file} has schema version ${version}${typeof tool === "string" ? ` (written by ai-governance-gate ${tool})` : ""}; this gate (${VERSION}) replays version ${AUDIT_SCHEMA_VERSION}.`,
      version < 5 ? "Records before schema version 5 keep no inputs and cannot be replayed." : `Verify it with the gate version that wrote it, e.g. \`npx ai-governance-gate@${typeof tool === "string" ? tool : "<version>"} verify ${file}\`.`
    );
  }
  const checked = validate(auditRecordSchema, doc);
  if (!checked.ok) {
    throw new InputError(
      `The audit record ${file} does not match the audit record schema (version ${AUDIT_SCHEMA_VERSION}):
${listProblems(checked.problems, 10)}`,
      "A record the gate wrote always matches its schema: this one was edited or truncated."
    );
  }
  return checked.value;
}
async function checkStatement(file, recordText, record2, io) {
  const text3 = await readText(file, "statement", io.cwd);
  const docs = text3.trim().startsWith("{") && !text3.trim().includes("\n{") ? [parseJson(text3, file, "statement")] : text3.split("\n").filter((l) => l.trim()).map((l) => parseJson(l, file, "statement"));
  const statements = docs.flatMap(statementsIn);
  if (!statements.length) throw new InputError(`The statement ${file} holds no in-toto statement.`, "Give the statement file the gate wrote, or a bundle from `gh attestation download` or `cosign attest-blob --bundle`.");
  const results = statements.map((s) => statementProblems(s, recordText, record2));
  if (results.some((p) => p.length === 0)) {
    io.stdout.write(`Statement ${file}: its subject is this record file and the head commit, its predicate is this record.
`);
    return true;
  }
  io.stdout.write(`Statement ${file} is not about this record:
${results.flatMap((p) => p.map((x) => `  - ${x}`)).join("\n")}
`);
  return false;
}
async function runVerify(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { statement: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(e.message, "Run `ai-governance-gate verify --help` for the options.");
  }
  if (parsed.values.help) {
    io.stdout.write(VERIFY_HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new InputError("verify takes one audit record file.", "Run `ai-governance-gate verify RECORD [--statement FILE]`.");
  const file = parsed.positionals[0];
  const text3 = await readText(file, "audit record", io.cwd);
  const record2 = readRecord(text3, file);
  const sqlParser = replayNeedsSql(record2) ? await loadSqlParser() : void 0;
  const replay = replayRecord(record2, sqlParser);
  if (!replay.ok) throw new InputError(`The decision in ${file} cannot be replayed: ${replay.reason}.`, `Only a record the gate wrote (schema version ${AUDIT_SCHEMA_VERSION}) can be replayed.`);
  const otherVersion = record2.tool.version !== VERSION;
  const partial = record2.inputs && !record2.inputs.complete ? ` The record's inputs are partial (${record2.inputs.capped.join("; ")}), so the replay is too.` : "";
  let code = 0;
  if (replay.differences.length) {
    io.stdout.write(`The record ${file} does not match its replay (decision recorded ${record2.decision}, replayed ${replay.rebuilt.decision}):
${listDifferences(replay.differences)}
`);
    if (otherVersion) {
      io.stdout.write(`It was written by ai-governance-gate ${record2.tool.version}; this is ${VERSION}, whose evaluator may differ. Verify it with the version that wrote it (npx ai-governance-gate@${record2.tool.version} verify ${file}).${partial}
`);
      return 2;
    }
    if (partial) io.stdout.write(`${partial.trim()}
`);
    code = 1;
  } else {
    io.stdout.write(`Replayed: the decision ${record2.decision}, its ${record2.violations.length} violation${record2.violations.length === 1 ? "" : "s"} and every other field match the record ${file}.${otherVersion ? ` (Written by ${record2.tool.version}, replayed by ${VERSION}.)` : ""}${partial}
`);
  }
  if (parsed.values.statement && !await checkStatement(parsed.values.statement, text3, record2, io)) code = 1;
  return code;
}
export {
  runVerify
};
