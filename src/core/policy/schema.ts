/**
 * The policy schema: the single source of truth for the Policy type, its runtime validation, its
 * defaults and schema/policy.schema.json. Keys are kebab-case throughout.
 */
import { array, boolean, date, literal, number, object, optional, record, string, type Infer } from './schema-kit.js';
import { DEFAULT_SENSITIVE_GROUPS } from './default-sensitive-paths.js';

const level = literal('low', 'medium', 'high', 'critical');
const levelOrNever = literal('low', 'medium', 'high', 'critical', 'never');
const severity = literal('critical', 'high', 'medium', 'low', 'info', 'unknown');
const globs = array(string({ minLength: 1 }));
const SEVERITY_KEYS = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;

const severityLimits = record(number({ min: 0, integer: true }), { keys: SEVERITY_KEYS }).describe(
  'Most findings allowed per severity; a severity not listed is unlimited.',
);

const sensitiveGroup = object(
  {
    points: number({ min: 0, max: 100 }).describe('Risk points added when the change touches this group.'),
    paths: globs.describe('Glob patterns (gitignore-like: ** for any depth), matched against repository paths.'),
    description: optional(string()),
  },
  { required: ['points', 'paths'] },
);

const waiver = object(
  {
    rule: optional(string({ minLength: 1 })).describe('Rule id the waiver applies to.'),
    fingerprint: optional(string({ minLength: 1 })).describe('Exact finding fingerprint.'),
    path: optional(string({ minLength: 1 })).describe('Glob for the finding location.'),
    tool: optional(string({ minLength: 1 })).describe('Tool name, case-insensitive.'),
    reason: string({ minLength: 1 }).describe('Why the finding is accepted.'),
    owner: string({ minLength: 1 }).describe('Who owns the exception.'),
    expires: date().describe('Last day the waiver applies (YYYY-MM-DD).'),
  },
  { required: ['reason', 'owner', 'expires'], atLeastOne: ['rule', 'fingerprint', 'path', 'tool'] },
);

const approvalRule = object(
  {
    name: string({ minLength: 1 }).describe('Shown in the summary and the audit record.'),
    when: object({
      'ai-assisted': optional(boolean()).describe('Applies only when the change is (true) or is not (false) AI-assisted.'),
      'risk-at-least': optional(level).describe('Applies when the risk level is at least this.'),
      paths: optional(globs).describe('Applies when any changed file matches.'),
      labels: optional(array(string({ minLength: 1 }))).describe('Applies when the request has any of these labels.'),
    }).describe('All listed conditions must hold; an empty `when` always applies.'),
    require: object(
      {
        count: number({ min: 1, integer: true }).default(1).describe('Approvals needed from the approver set.'),
        users: optional(array(string({ minLength: 1 }))).describe('Logins that count as approvers.'),
        teams: optional(array(string({ minLength: 1 }))).describe('GitHub teams (org/team) or GitLab groups (group/subgroup).'),
        codeowners: boolean().default(false).describe('Code owners of the matched files count as approvers.'),
        'allow-stale': boolean().default(false).describe('Count approvals given before the latest commit.'),
        'if-no-codeowners': literal('fail', 'any-reviewer')
          .default('fail')
          .describe('When `codeowners` is asked for and the target branch has no CODEOWNERS file: fail (nobody can approve) or let any reviewer approve.'),
      },
      {},
    ),
  },
  { required: ['name', 'require'] },
);

export const policySchema = object(
  {
  $schema: optional(string()),
  version: literal(1).describe('Policy format version.'),
  mode: literal('enforce', 'warn').default('enforce').describe('enforce fails the job on a violation; warn reports and passes.'),
  'inputs-may-weaken': boolean()
    .default(false)
    .describe('Let workflow or component inputs relax this policy (e.g. `mode: warn` over `mode: enforce`); by default inputs may only tighten it.'),
  'on-error': literal('fail-closed', 'fail-open')
    .default('fail-closed')
    .describe('When a platform API cannot be read: fail-closed stops without a decision (exit 2); fail-open reports it and decides without those facts.'),
  risk: object({
    levels: object({
      medium: number({ min: 0, max: 100 }).default(25),
      high: number({ min: 0, max: 100 }).default(50),
      critical: number({ min: 0, max: 100 }).default(75),
    }).describe('Lowest score of each level; below `medium` is low.'),
    'fail-at': levelOrNever.default('critical').describe('Rule risk.fail-at: a violation when the risk level is at least this.'),
    factors: object({
      size: object({
        'max-points': number({ min: 0, max: 100 }).default(20),
        'saturate-lines': number({ min: 1, integer: true }).default(2000).describe('Lines changed that earn the full points.'),
        'ignore-paths': globs.default(['**/package-lock.json', '**/yarn.lock', '**/pnpm-lock.yaml', '**/*.lock', '**/go.sum', '**/*.snap']).describe('Generated files left out of the size.'),
      }),
      spread: object({
        'max-points': number({ min: 0, max: 100 }).default(10),
        'saturate-files': number({ min: 1, integer: true }).default(50),
        'saturate-directories': number({ min: 1, integer: true }).default(10),
      }),
      'sensitive-paths': object({
        'max-points': number({ min: 0, max: 100 }).default(40),
      }),
      destructive: object({
        'points-each': number({ min: 0, max: 100 }).default(25),
        'max-points': number({ min: 0, max: 100 }).default(50),
      }),
      'missing-tests': object({
        points: number({ min: 0, max: 100 }).default(10),
        'source-paths': globs.default([
          '**/*.{ts,tsx,js,jsx,mjs,cjs,py,go,rs,java,kt,kts,rb,php,cs,c,cc,cpp,h,hpp,swift,scala,ex,exs,sh}',
        ]),
        'test-paths': globs.default([
          '**/{test,tests,__tests__,spec,specs,testing,e2e}/**',
          '**/*.{test,spec}.*',
          '**/*_{test,spec}.*',
          '**/test_*.py',
          '**/*Test.{java,kt,cs}',
          '**/*Tests.{java,kt,cs,swift}',
        ]),
      }),
      'ai-multiplier': number({ min: 1, max: 5 }).default(1.25).describe('Score multiplier for AI-assisted changes.'),
    }),
  }),
  'sensitive-paths': record(sensitiveGroup)
    .default(DEFAULT_SENSITIVE_GROUPS)
    .describe('Named groups of sensitive paths. Groups given here replace the built-in group of the same name; others are kept.'),
  attribution: object({
    identities: array(
      object(
        {
          tool: string({ minLength: 1 }),
          email: optional(string({ minLength: 1 })),
          name: optional(string({ minLength: 1 })),
          login: optional(string({ minLength: 1 })),
        },
        { required: ['tool'] },
      ),
    )
      .default([])
      .describe('Extra AI identities (author, committer, co-author or request author).'),
    trailers: array(string({ minLength: 1 })).default([]).describe('Extra trailer keys whose presence marks a commit AI-assisted.'),
    labels: array(string({ minLength: 1 })).default([]).describe('Extra request labels that mark a change AI-assisted.'),
  }),
  ai: object({
    'fail-at-risk': levelOrNever.default('high').describe('Rule ai.fail-at-risk: a violation when an AI-assisted change reaches this risk level.'),
  }),
  findings: object({
    scope: literal('new', 'changed-lines', 'changed-files', 'all').default('new'),
    max: severityLimits.default({ critical: 0, high: 0 }),
    tools: record(
      object({
        max: optional(severityLimits),
        severity: optional(record(severity)).describe('Native severity word or rule id → severity.'),
      }),
    ).default({}),
    missing: literal('fail', 'warn', 'ignore').default('fail').describe('When a report glob matches nothing or a file is unreadable.'),
    'secret-severity': severity.default('high').describe('Severity of secret findings whose report gives none.'),
    'max-report-bytes': number({ min: 1, integer: true }).default(4 * 1024 ** 3).describe('Largest report file accepted; a larger one is a findings.report-unreadable problem.'),
    waivers: array(waiver).default([]),
    'waiver-horizon-days': number({ min: 1, integer: true })
      .default(180)
      .describe('A waiver that expires further ahead than this many days is reported as a warning.'),
    suppressions: literal('existing-only', 'all')
      .default('existing-only')
      .describe('existing-only: a suppression (nosemgrep, SARIF suppressions) the change itself adds does not remove its finding; all: every suppression in the report counts.'),
  }),
  approvals: object({
    rules: array(approvalRule).default([]),
  }),
  declarations: object({
    require: boolean().default(false).describe('A violation when the request carries no AI-Assisted declaration.'),
    contradiction: literal('violation', 'warning', 'ignore')
      .default('warning')
      .describe('What a declaration of "no" contradicted by AI evidence is.'),
  }),
},
  { required: ['version'] },
);

export type Policy = Infer<typeof policySchema>;
export type SensitiveGroup = Infer<typeof sensitiveGroup>;
export type Waiver = Infer<typeof waiver>;
export type ApprovalRule = Infer<typeof approvalRule>;
