/**
 * The policy schema: the single source of truth for the Policy type, its runtime validation, its
 * defaults and schema/policy.schema.json. Keys are kebab-case throughout. Rules across keys (levels
 * that rise, approval counts a rule's users can meet) live here too, beside the keys they relate.
 */
import * as v from 'valibot';
import { dictionary, mapping } from '../schema/mapping.js';
import { calendarDate, nonEmptyText, numberBetween, wholeNumberFrom } from '../schema/scalars.js';
import { DEFAULT_DOCUMENTATION_PATHS, DEFAULT_SENSITIVE_GROUPS, DEFAULT_TEST_PATHS } from './default-sensitive-paths.js';
import { GOVERNANCE_TIER } from '../oversight/governance-tier.js';
import { DEFAULT_APPROVAL_RULES } from './default-approval-rules.js';

const level = v.picklist(['low', 'medium', 'high', 'critical']);
const levelOrNever = v.picklist(['low', 'medium', 'high', 'critical', 'never']);
const SEVERITY_KEYS = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;
const severity = v.picklist(SEVERITY_KEYS);
const globs = v.array(nonEmptyText);
const names = v.array(nonEmptyText);
const points = numberBetween(0, 100);

/** Wraps `schema` with a description for the JSON Schema (editors show it on hover). */
function described<const S extends v.GenericSchema>(schema: S, text: string) {
  return v.pipe(schema, v.description(text));
}

const severityLimits = described(
  mapping({
    critical: v.optional(wholeNumberFrom(0)),
    high: v.optional(wholeNumberFrom(0)),
    medium: v.optional(wholeNumberFrom(0)),
    low: v.optional(wholeNumberFrom(0)),
    info: v.optional(wholeNumberFrom(0)),
    unknown: v.optional(wholeNumberFrom(0)),
  }),
  'Most findings allowed per severity; a severity not listed is unlimited.',
);

// Keys in the order of the built-in groups, so the built-in default policy's canonical JSON (and the
// sha256 the audit record keeps for it) stays what it was.
const sensitiveGroup = mapping({
  points: described(points, 'Risk points added when the change touches this group.'),
  description: v.optional(v.string()),
  paths: described(globs, 'Glob patterns (gitignore-like: ** for any depth), matched against repository paths.'),
  words: v.optional(
    described(
      names,
      'Words matched on word boundaries of the path (split at /, punctuation and camelCase): `auth` matches auth/, AuthService.java and auth_test.go, not author.',
    ),
  ),
  documentation: v.optional(
    described(v.boolean(), 'Whether prose (risk.documentation-paths, e.g. Markdown) can belong to the group: true for files that are instructions, not documentation, such as CLAUDE.md.'),
  ),
});

/** A policy's groups extend the built-in ones; a group of the same name replaces it. */
const sensitiveGroups = v.pipe(
  v.optional(dictionary(sensitiveGroup), () => structuredClone(DEFAULT_SENSITIVE_GROUPS)),
  v.transform((groups) => ({ ...structuredClone(DEFAULT_SENSITIVE_GROUPS), ...groups })),
  v.description('Named groups of sensitive paths. Groups given here replace the built-in group of the same name; others are kept.'),
);

const WAIVER_SELECTORS = ['rule', 'fingerprint', 'path', 'tool'] as const;

const waiver = v.pipe(
  mapping({
    rule: v.optional(described(nonEmptyText, 'Rule id the waiver applies to.')),
    fingerprint: v.optional(described(nonEmptyText, 'Exact finding fingerprint.')),
    path: v.optional(described(nonEmptyText, 'Glob for the finding location.')),
    tool: v.optional(described(nonEmptyText, 'Tool name, case-insensitive.')),
    reason: described(nonEmptyText, 'Why the finding is accepted.'),
    owner: described(nonEmptyText, 'Who owns the exception.'),
    expires: described(calendarDate, 'Last day the waiver applies (YYYY-MM-DD).'),
  }),
  // Checked on what was read even when other keys are wrong, so every problem shows in one pass.
  v.rawCheck(({ dataset, addIssue }) => {
    const value = dataset.value as Partial<Record<(typeof WAIVER_SELECTORS)[number], unknown>> | undefined;
    if (value && typeof value === 'object' && !WAIVER_SELECTORS.some((k) => value[k] !== undefined)) {
      addIssue({ message: `needs at least one of ${WAIVER_SELECTORS.join(', ')}` });
    }
  }),
  v.metadata({ anyOf: WAIVER_SELECTORS.map((k) => ({ required: [k] })) }),
);

const approvalRequirement = v.pipe(
  mapping({
    count: v.optional(described(wholeNumberFrom(1), 'Approvals needed from the approver set.'), 1),
    users: v.optional(described(names, 'Logins that count as approvers.')),
    teams: v.optional(described(names, 'GitHub teams (org/team) or GitLab groups (group/subgroup).')),
    codeowners: v.optional(
      described(
        v.union([v.boolean(), v.literal('risky-files')]),
        'Code owners count as approvers: true for the owners of the files the rule matched; risky-files for the owners of the files that made the change risky (sensitive paths, destructive operations), or of the matched files when none is.',
      ),
      false,
    ),
    otherwise: v.optional(
      described(
        v.picklist(['any-reviewer', 'write-access']),
        'Who counts when no user, team or code owner is named (no CODEOWNERS, or no entry owns the files): any reviewer, or only people with write access to the repository.',
      ),
      'any-reviewer',
    ),
    'allow-stale': v.optional(described(v.boolean(), 'Count approvals given before the latest commit.'), false),
    'if-no-codeowners': v.optional(
      described(
        v.picklist(['fail', 'any-reviewer', 'write-access']),
        'When `codeowners` is asked for and the target branch has no CODEOWNERS file: fail (nobody can approve), let any reviewer approve, or anyone with write access.',
      ),
      'fail',
    ),
  }),
  // Only users named: the approver set is known, and a count above its size can never be met.
  v.forward(
    v.check(
      (r) => !onlyUsers(r) || r.count <= distinctLogins(r.users ?? []),
      (issue) => {
        const n = distinctLogins(issue.input.users ?? []);
        // Only a count above n ≥ 1 fails, so "approvals" is always plural.
        return `${issue.input.count} approvals can never come from the ${n} ${n === 1 ? 'user' : 'users'} listed; lower count, or add approvers (users, teams or codeowners: true)`;
      },
    ),
    ['count'],
  ),
);

function onlyUsers(r: { users?: string[] | undefined; teams?: string[] | undefined; codeowners: boolean | 'risky-files' }): boolean {
  return (r.users?.length ?? 0) > 0 && !r.teams?.length && !r.codeowners;
}

/** Logins are case-insensitive on both platforms, so Alice and alice are one approver. */
function distinctLogins(users: readonly string[]): number {
  return new Set(users.map((u) => u.toLowerCase())).size;
}

const approvalRule = mapping({
  name: described(nonEmptyText, 'Shown in the summary and the audit record.'),
  when: v.optional(
    described(
      mapping({
        'ai-assisted': v.optional(described(v.boolean(), 'Applies only when the change is (true) or is not (false) AI-assisted.')),
        'risk-at-least': v.optional(described(level, 'Applies when the risk level is at least this.')),
        paths: v.optional(described(globs, 'Applies when any changed file matches.')),
        labels: v.optional(described(names, 'Applies when the request has any of these labels.')),
        'destroys-stateful': v.optional(
          described(
            v.boolean(),
            'Applies when the plans destroy (true) or do not destroy (false) a stateful resource. Without a plan, a change to infrastructure code counts as destroying one.',
          ),
        ),
        'destroys-at-least': v.optional(
          described(
            wholeNumberFrom(1),
            'Applies when the plans delete or replace at least this many resources. Without a plan, a change to infrastructure code counts as reaching it.',
          ),
        ),
      }),
      'All listed conditions must hold; an empty `when` always applies.',
    ),
    {},
  ),
  require: approvalRequirement,
});

/** Rule names identify tiers in the summary and the audit record, so two rules cannot share one. */
const approvalRules = v.pipe(
  v.array(approvalRule),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Map<string, number>();
    dataset.value.forEach((rule, i) => {
      const first = seen.get(rule.name);
      const path: [v.ArrayPathItem, v.ObjectPathItem] = [
        { type: 'array', origin: 'value', input: dataset.value, key: i, value: rule },
        { type: 'object', origin: 'value', input: rule, key: 'name', value: rule.name },
      ];
      if (rule.name === GOVERNANCE_TIER) {
        addIssue({ message: `name "${GOVERNANCE_TIER}" is the built-in tier for governance files; choose another name`, path });
      } else if (first !== undefined) {
        addIssue({ message: `name "${rule.name}" is already used by approvals.rules[${first}]; each rule needs its own name`, path });
      }
      if (first === undefined) seen.set(rule.name, i);
    });
  }),
);

const levels = v.pipe(
  mapping({
    medium: v.optional(points, 25),
    high: v.optional(points, 50),
    critical: v.optional(points, 75),
  }),
  v.check(
    (l) => l.medium < l.high && l.high < l.critical,
    (issue) => `levels must rise: medium < high < critical, got medium ${issue.input.medium}, high ${issue.input.high}, critical ${issue.input.critical}`,
  ),
  v.description('Lowest score of each level; below `medium` is low.'),
);

/** A block of keys that all have defaults: leaving it out means all of them. */
function block<const E extends v.ObjectEntries>(entries: E) {
  const schema = mapping(entries);
  // Every key of a block has a default, so an empty mapping is valid input.
  const nothing = () => ({}) as v.InferInput<typeof schema>;
  return v.optional(schema, nothing);
}

export const policySchema = mapping({
  $schema: v.optional(v.string()),
  version: described(v.picklist([1]), 'Policy format version.'),
  mode: v.optional(described(v.picklist(['enforce', 'warn']), 'enforce fails the job on a violation; warn reports and passes.'), 'enforce'),
  'on-error': v.optional(
    described(
      v.picklist(['fail-closed', 'fail-open']),
      'When a platform API cannot be read: fail-closed stops without a decision (exit 2); fail-open reports it and decides without those facts.',
    ),
    'fail-closed',
  ),
  'inputs-may-weaken': v.optional(
    described(
      v.boolean(),
      'Let workflow or component inputs relax this policy (e.g. `mode: warn` over `mode: enforce`); by default inputs may only tighten it.',
    ),
    false,
  ),
  risk: block({
    levels: v.optional(levels, {}),
    'fail-at': v.optional(
      described(
        levelOrNever,
        'Rule risk.fail-at: a violation when the risk level is at least this. For an AI-assisted change that ai.fail-at-risk already stops, only that rule is reported.',
      ),
      'never',
    ),
    'documentation-paths': v.optional(
      described(globs, 'Documentation: never counted as code of a sensitive group, nor as source that needs tests.'),
      () => [...DEFAULT_DOCUMENTATION_PATHS],
    ),
    factors: block({
      size: block({
        'max-points': v.optional(points, 20),
        'saturate-lines': v.optional(
          described(
            wholeNumberFrom(1),
            'Lines changed that earn the full points; points grow with the logarithm of the lines, so every tenfold adds about the same.',
          ),
          50000,
        ),
        'ignore-paths': v.optional(
          described(globs, 'Generated files left out of the size.'),
          () => ['**/package-lock.json', '**/yarn.lock', '**/pnpm-lock.yaml', '**/*.lock', '**/go.sum', '**/*.snap'],
        ),
      }),
      spread: block({
        'max-points': v.optional(points, 10),
        'saturate-files': v.optional(described(wholeNumberFrom(1), 'Files that earn the files half of the points; logarithmic like size.'), 2000),
        'saturate-directories': v.optional(described(wholeNumberFrom(1), 'Directories that earn the directories half of the points; logarithmic like size.'), 300),
      }),
      'sensitive-paths': block({
        'max-points': v.optional(points, 40),
      }),
      destructive: block({
        'points-each': v.optional(described(points, 'Points per operation a revert does not undo (a dropped table).'), 25),
        'reversible-points-each': v.optional(described(points, 'Points per operation a revert undoes (a deleted workflow, a removed prevent_destroy).'), 5),
        'max-points': v.optional(points, 50),
      }),
      'missing-tests': block({
        points: v.optional(points, 10),
        'source-paths': v.optional(globs, () => ['**/*.{ts,tsx,js,jsx,mjs,cjs,py,go,rs,java,kt,kts,rb,php,cs,c,cc,cpp,h,hpp,swift,scala,ex,exs,sh}']),
        'test-paths': v.optional(globs, () => [...DEFAULT_TEST_PATHS]),
      }),
      'ai-multiplier': v.optional(
        described(
          numberBetween(1, 5),
          'Score multiplier for a change written entirely by AI; a change with an AI share s is multiplied by 1 + (multiplier − 1) × s.',
        ),
        1.25,
      ),
    }),
  }),
  'sensitive-paths': sensitiveGroups,
  attribution: block({
    identities: v.optional(
      described(
        v.array(
          mapping({
            tool: nonEmptyText,
            email: v.optional(nonEmptyText),
            name: v.optional(nonEmptyText),
            login: v.optional(nonEmptyText),
          }),
        ),
        'Extra AI identities (author, committer, co-author or request author).',
      ),
      () => [],
    ),
    trailers: v.optional(described(names, 'Extra trailer keys whose presence marks a commit AI-assisted.'), () => []),
    labels: v.optional(described(names, 'Extra request labels that mark a change AI-assisted.'), () => []),
  }),
  ai: block({
    'fail-at-risk': v.optional(described(levelOrNever, 'Rule ai.fail-at-risk: a violation when an AI-assisted change reaches this risk level.'), 'never'),
  }),
  findings: block({
    scope: v.optional(v.picklist(['new', 'changed-lines', 'changed-files', 'all']), 'new'),
    max: v.optional(severityLimits, () => ({ critical: 0, high: 0 })),
    tools: v.optional(
      dictionary(
        mapping({
          max: v.optional(severityLimits),
          severity: v.optional(described(dictionary(severity), 'Native severity word or rule id → severity.')),
        }),
      ),
      () => ({}),
    ),
    missing: v.optional(described(v.picklist(['fail', 'warn', 'ignore']), 'When a report glob matches nothing or a file is unreadable.'), 'fail'),
    'secret-severity': v.optional(described(severity, 'Severity of secret findings whose report gives none.'), 'high'),
    'max-report-bytes': v.optional(
      described(wholeNumberFrom(1), 'Largest report file accepted; a larger one is a findings.report-unreadable problem.'),
      4 * 1024 ** 3,
    ),
    waivers: v.optional(v.array(waiver), () => []),
    'waiver-horizon-days': v.optional(
      described(wholeNumberFrom(1), 'A waiver that expires further ahead than this many days is reported as a warning.'),
      180,
    ),
    suppressions: v.optional(
      described(
        v.picklist(['existing-only', 'all']),
        'existing-only: a suppression (nosemgrep, SARIF suppressions) the change itself adds does not remove its finding; all: every suppression in the report counts.',
      ),
      'existing-only',
    ),
  }),
  plans: block({
    'max-deletes': v.optional(described(wholeNumberFrom(0), 'Rule plans.max-deletes: most resources the plans may delete; unlimited when absent.')),
    'max-replaces': v.optional(described(wholeNumberFrom(0), 'Rule plans.max-replaces: most resources the plans may replace; unlimited when absent.')),
    'stateful-destroy': v.optional(
      described(
        v.picklist(['fail', 'warn', 'ignore']),
        'Rule plans.stateful-destroy: what a plan that deletes or replaces a stateful resource (database, bucket, volume, key, DNS zone, queue, ...) is.',
      ),
      'warn',
    ),
    'stateful-risk': v.optional(described(level, 'The lowest risk level of a change whose plans destroy a stateful resource.'), 'critical'),
    'stateful-types': v.optional(
      described(names, 'More resource types that hold state, as the tool names them (aws_db_instance, aws:rds/instance:Instance, AWS::RDS::DBInstance).'),
      () => [],
    ),
    missing: v.optional(described(v.picklist(['fail', 'warn', 'ignore']), 'When a plan glob matches nothing or a file is not a readable plan.'), 'fail'),
  }),
  approvals: block({
    rules: v.optional(
      described(approvalRules, 'Sign-off rules. Giving rules replaces the built-in ones; an empty list turns sign-off off.'),
      () => DEFAULT_APPROVAL_RULES.map((r) => structuredClone(r)),
    ),
  }),
  audit: v.optional(
    mapping({
      'max-commits': v.optional(
        described(
          v.pipe(v.number(), v.integer(), v.minValue(0)),
          'At most this many commits are recorded one by one in the audit record (AI-assisted ones first); the totals are always kept. Default 2000.',
        ),
      ),
    }),
  ),
  declarations: block({
    require: v.optional(described(v.boolean(), 'A violation when the request carries no AI-Assisted declaration.'), false),
    contradiction: v.optional(
      described(v.picklist(['violation', 'warning', 'ignore']), 'What a declaration of "no" contradicted by AI evidence is.'),
      'warning',
    ),
  }),
});

export type Policy = v.InferOutput<typeof policySchema>;
export type Waiver = v.InferOutput<typeof waiver>;
export type ApprovalRule = v.InferOutput<typeof approvalRule>;
