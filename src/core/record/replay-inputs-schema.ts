/**
 * The shape of the record's `inputs`: what the evaluator was given, as it was given, so `verify` can
 * run the same evaluation again. Strict like the rest of the record; types mirror src/core/model.ts.
 */
import * as v from 'valibot';

const text = v.string();
const texts = v.array(v.string());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
// A pair as an array of two: JSON Schema validators read a tuple's length only from min/max items.
const lineRange = v.pipe(v.array(v.number()), v.minLength(2), v.maxLength(2));
const severity = v.picklist(['critical', 'high', 'medium', 'low', 'info', 'unknown']);

function described<const S extends v.GenericSchema>(schema: S, about: string) {
  return v.pipe(schema, v.description(about));
}

const person = v.strictObject({ name: text, email: text });

const inputCommit = v.strictObject({
  sha: text,
  author: person,
  committer: person,
  authorDate: v.optional(text),
  committerDate: v.optional(text),
  message: text,
  trailers: v.array(v.strictObject({ key: text, value: text })),
  additions: count,
  deletions: count,
});

const inputFile = v.strictObject({
  path: text,
  previousPath: v.optional(text),
  status: v.picklist(['added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed']),
  additions: count,
  deletions: count,
  binary: v.boolean(),
  addedRanges: v.optional(v.array(lineRange)),
});

const inputPatch = v.strictObject({
  path: text,
  added: texts,
  removed: texts,
  addedRanges: v.array(lineRange),
  hunkContexts: v.optional(v.array(v.strictObject({ line: v.number(), context: text }))),
});

const inputApproval = v.strictObject({
  login: text,
  at: v.optional(text),
  commitSha: v.optional(text),
  teams: v.optional(texts),
  isBot: v.optional(v.boolean()),
  commitUnknown: v.optional(v.boolean()),
  canWrite: v.optional(v.boolean()),
});

const inputRequest = v.strictObject({
  number: v.optional(v.number()),
  url: v.optional(text),
  author: v.optional(text),
  authorIsBot: v.optional(v.boolean()),
  title: v.optional(text),
  body: v.optional(text),
  labels: texts,
  sourceBranch: v.optional(text),
  targetBranch: v.optional(text),
  draft: v.optional(v.boolean()),
  assignees: texts,
  requestedReviewers: texts,
  approvals: v.array(inputApproval),
  headSha: v.optional(text),
});

const inputChange = v.strictObject({
  repository: text,
  base: text,
  baseReason: v.picklist(['explicit', 'platform', 'merge-base', 'merge-base-of-explicit', 'parent-of-head', 'empty-tree']),
  baseDescription: text,
  head: text,
  files: v.array(inputFile),
  commits: v.array(inputCommit),
  patches: v.array(inputPatch),
  request: v.optional(inputRequest),
  mergedRequest: v.optional(v.strictObject({ commit: text, request: inputRequest, commits: v.array(inputCommit), source: text })),
});

const inputViolation = v.strictObject({ rule: text, message: text, remediation: text, level: v.picklist(['error', 'warning']) });

const inputFinding = v.strictObject({
  tool: text,
  rule: text,
  severity,
  nativeSeverity: v.optional(text),
  message: text,
  location: v.strictObject({ path: v.optional(text), startLine: v.optional(v.number()), endLine: v.optional(v.number()) }),
  fingerprint: v.optional(text),
  suppressed: v.boolean(),
  suppressedInSource: v.optional(v.boolean()),
  baselineState: v.picklist(['new', 'unchanged', 'updated', 'absent', 'unknown']),
  report: text,
  helpUri: v.optional(text),
});

const inputReport = v.strictObject({ path: text, format: text, tool: text, sha256: text, results: count, findings: v.array(inputFinding) });

const inputPlan = v.strictObject({
  path: text,
  sha256: text,
  tool: v.picklist(['terraform', 'opentofu', 'pulumi', 'cloudformation']),
  toolVersion: v.nullable(text),
  formatVersion: v.nullable(text),
  resources: v.array(
    v.strictObject({
      address: text,
      type: text,
      action: v.picklist(['create', 'update', 'delete', 'replace', 'read', 'no-op', 'forget']),
      order: v.optional(v.picklist(['delete-first', 'create-first'])),
      reasonCode: v.optional(text),
      replacePaths: v.optional(texts),
      dataSource: v.optional(v.boolean()),
      retained: v.optional(v.boolean()),
      conditional: v.optional(v.boolean()),
      snapshot: v.optional(v.boolean()),
      deposed: v.optional(text),
    }),
  ),
  drift: count,
  notes: texts,
});

const inputLineLevel = v.strictObject({
  method: v.picklist(['git-ai', 'agent-trace', 'none']),
  aiLines: count,
  totalAddedLines: count,
  share: v.optional(v.number()),
  files: v.array(v.strictObject({ path: text, aiLines: count, tools: texts })),
  tools: texts,
  models: texts,
  problems: texts,
});

const postMergeFacts = v.strictObject({
  request: v.strictObject({ number: v.nullable(v.number()), url: v.nullable(text), headSha: v.nullable(text) }),
  mergedBy: described(v.nullable(text), 'Who merged it, as the platform reports it.'),
  mergedAt: v.nullable(text),
  mergeCommit: described(v.nullable(text), "The commit the platform says the merge produced (merge, squash or rebase result)."),
  method: described(v.picklist(['merge', 'squash', 'rebase', 'fast-forward', 'unknown']), 'How it was merged, as far as the platform says.'),
  pushedHead: described(text, 'The commit this push run judged.'),
  decision: described(
    v.nullable(
      v.strictObject({
        state: v.picklist(['pass', 'fail', 'pending', 'missing']),
        source: described(text, 'Where the decision was read, e.g. "check run ai-governance-gate on abc1234".'),
        url: v.nullable(text),
        at: v.nullable(text),
      }),
    ),
    "The gate's last decision for the request's head before the merge; null when it could not be read.",
  ),
  problem: described(v.nullable(text), 'Why the decision could not be read, when it could not.'),
});

export const replayInputsSchema = v.strictObject({
  complete: described(v.boolean(), 'False when a cap left inputs out (see `capped`): replay is then partial.'),
  capped: described(texts, 'What the caps left out, in words.'),
  now: described(v.pipe(v.string(), v.isoTimestamp()), 'The time the evaluator was given.'),
  mode: described(v.nullable(v.picklist(['enforce', 'warn'])), 'The mode input or flag, before the policy decided whether it may apply.'),
  governancePaths: described(texts, "Files that configure the gate on this platform (the workflow running it)."),
  platformWarnings: texts,
  addedViolations: described(v.array(inputViolation), 'Violations the run added beside the evaluator (a platform that could not be read).'),
  change: inputChange,
  commitsCounted: described(
    v.nullable(
      v.strictObject({
        at: described(count, 'Where in `change.commits` the counted commits stood (after the first `at`).'),
        count: described(count, 'How many commits are counted rather than kept.'),
        additions: count,
        deletions: count,
        authors: described(v.array(person), 'Their authors, each email once.'),
      }),
    ),
    'On a range longer than the commits the record lists one by one (1,000, or `audit.max-commits` when higher): the commits with nothing to attribute past them, kept as counts (null when every commit is kept whole).',
  ),
  codeowners: v.nullable(v.strictObject({ path: text, rev: text, text, syntax: v.nullable(v.picklist(['github', 'gitlab'])) })),
  lineLevel: v.nullable(inputLineLevel),
  findings: v.nullable(
    v.strictObject({ reports: v.array(inputReport), baseline: v.nullable(v.array(inputFinding)), violations: v.array(inputViolation), roots: texts }),
  ),
  plans: v.nullable(v.strictObject({ plans: v.array(inputPlan), violations: v.array(inputViolation) })),
  postMerge: described(v.nullable(postMergeFacts), 'On a push to the default branch: how the merged request was merged and its last gate decision.'),
});

export type ReplayInputs = v.InferOutput<typeof replayInputsSchema>;
export type PostMergeFacts = v.InferOutput<typeof postMergeFacts>;
