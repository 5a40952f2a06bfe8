/**
 * The pure core: policy + change (+ line-level data) → evaluation. No I/O, no clock, no environment;
 * the same inputs give the same evaluation byte for byte.
 */
import type { Change, Decision, Finding } from './model.js';
import type { LoadedReport } from './findings/report.js';
import { applyFindingsPolicy } from './findings/apply.js';
import { evaluateOversight } from './oversight/evaluate-oversight.js';
import { CODEOWNERS_LOCATIONS, type CodeownersAtBase } from './oversight/codeowners.js';
import { matchLogin } from './attribution/catalogue-match.js';
import { POLICY_FILES } from './policy/locations.js';
import type { Policy } from './policy/schema.js';
import type { AttributionResult, Evaluation, PolicyInfo } from './evaluation.js';
import type { Violation } from './violation.js';
import { attributeChange } from './attribution/attribute-change.js';
import type { LineLevelResult } from './attribution/line-level/count-ai-lines.js';
import { declarationViolations } from './attribution/declaration-rules.js';
import { agentSignOffViolations } from './attribution/agent-rules.js';
import { assessRisk } from './risk/score.js';
import { riskViolations } from './risk/risk-rules.js';
import type { SqlStatementParser } from './risk/destructive.js';
import { describeRisk } from './render/risk-words.js';
import type { LoadedPlan } from './plans/types.js';
import { assessPlans, planTierFacts } from './plans/assess.js';
import { planOperations, withPlanFloor, withPlanQuestions } from './plans/plan-risk.js';
import { planViolations } from './plans/plan-rules.js';
import { planNotes } from './plans/plan-notes.js';
import { effectiveMode } from './policy/effective-mode.js';

export interface EvaluateInput {
  policy: Policy;
  policyInfo: PolicyInfo;
  change: Change;
  /** The time of the evaluation, passed in so the core stays deterministic. */
  now: Date;
  /** The --mode flag or input: it may only make the policy stricter, unless the policy opts in. */
  mode?: 'enforce' | 'warn';
  /** Line-level authorship data (git-ai notes, Agent Trace), when the repository carries it. */
  lineLevel?: LineLevelResult;
  /** What the platform could not find out (e.g. team membership without the right token). */
  platformWarnings?: string[];
  /** Scanner reports read for this change, when --reports was given. */
  findings?: FindingsInput;
  /** CODEOWNERS as it is at the base revision. */
  codeowners?: CodeownersAtBase;
  /** Files that configure the gate on this platform (e.g. the workflow running it); editing them needs sign-off. */
  governancePaths?: string[];
  /** Reads SQL statements for the destructive-operation checks; loaded only when the change has SQL. */
  sqlParser?: SqlStatementParser;
  /** Plans read for this change, when --plans was given. */
  plans?: PlansInput;
}

export interface PlansInput {
  plans: LoadedPlan[];
  /** Problems met while collecting plans (missing globs, unreadable files), as the policy rates them. */
  violations: Violation[];
}

export interface FindingsInput {
  reports: LoadedReport[];
  baseline?: Finding[];
  /** Problems met while collecting reports (missing globs, unreadable files), as the policy rates them. */
  violations: Violation[];
  /** Absolute checkout directories, to make absolute report paths repository-relative. */
  roots: string[];
}

function auditabilitySentence(change: Change, attribution: AttributionResult): string {
  const authors = new Set(change.commits.map((c) => c.author.email.toLowerCase())).size;
  const ai = attribution.commits.filter((c) => c.aiAssisted).length;
  const who = `${change.commits.length} commit${change.commits.length === 1 ? '' : 's'} by ${authors} author${authors === 1 ? '' : 's'}`;
  if (!attribution.aiAssisted) return `${who}; no AI markers found (which is not proof of human authorship).`;
  return `${who}; AI evidence on ${ai} commit${ai === 1 ? '' : 's'} (${attribution.tools.join(', ') || 'unspecified tool'}), recorded signal by signal in the audit record.`;
}

/** Files whose edits change who judges or approves: the policy, CODEOWNERS, and the platform's gate configuration. */
function governanceChanges(change: Change, policyInfo: PolicyInfo, platformPaths: string[]): string[] {
  const watched = new Set<string>([...POLICY_FILES, ...CODEOWNERS_LOCATIONS, ...platformPaths]);
  if (policyInfo.path) watched.add(policyInfo.path);
  return change.files.filter((f) => watched.has(f.path) || (f.previousPath !== undefined && watched.has(f.previousPath))).map((f) => f.path);
}

/** Files that made the change risky: what a sensitive path or a destructive operation names. */
function riskyFiles(risk: Evaluation['risk']): string[] {
  const files = risk.factors.filter((f) => f.points > 0 && (f.template === 'sensitive' || f.template === 'destructive' || f.template === 'plan-floor')).flatMap((f) => f.files);
  return [...new Set([...risk.destructive.map((d) => d.path), ...files])];
}

export function decide(violations: Violation[], mode: 'enforce' | 'warn'): Decision {
  if (violations.some((v) => v.level === 'error')) return mode === 'enforce' ? 'fail' : 'warn';
  return violations.length ? 'warn' : 'pass';
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { policy, change } = input;
  const { mode, note: modeNote } = effectiveMode(policy, input.mode);
  const attribution = attributeChange(change, policy.attribution, input.lineLevel);
  // Plans: what the change will destroy, or that the blast radius of its infrastructure code is a guess.
  const assessed = assessPlans(input.plans?.plans ?? [], change.files, policy, input.plans !== undefined);
  const plans = input.plans || assessed.estimatedFromDiff ? assessed : undefined;
  const scored = assessRisk({
    policy,
    files: change.files,
    patches: change.patches,
    aiShare: attribution.aiAssisted ? attribution.aiShare : 0,
    policyPath: input.policyInfo.path,
    sqlParser: input.sqlParser,
    planOperations: planOperations(plans),
  });
  const risk = withPlanQuestions(describeRisk(withPlanFloor(scored, plans, policy), auditabilitySentence(change, attribution)), plans);

  const violations: Violation[] = riskViolations(risk, attribution.aiAssisted, policy);
  violations.push(...declarationViolations(policy.declarations, change, attribution));
  violations.push(...(input.plans?.violations ?? []), ...(plans ? planViolations(plans, policy) : []));
  violations.push(...agentSignOffViolations(attribution));

  const governance = governanceChanges(change, input.policyInfo, input.governancePaths ?? []);
  const oversight = evaluateOversight({
    rules: policy.approvals.rules,
    request: change.request,
    files: change.files,
    headSha: change.request?.headSha ?? change.head,
    aiAssisted: attribution.aiAssisted,
    riskLevel: risk.level,
    requester: attribution.requester,
    codeowners: input.codeowners?.codeowners,
    isAiIdentity: (login) => matchLogin(login, policy.attribution) !== undefined,
    governanceChanges: governance,
    plan: plans ? planTierFacts(plans) : undefined,
    riskyFiles: riskyFiles(risk),
  });
  violations.push(...oversight.violations);

  let findings: Evaluation['findings'];
  if (input.findings) {
    const { violations: findingViolations, ...result } = applyFindingsPolicy({
      reports: input.findings.reports,
      baseline: input.findings.baseline,
      change,
      policy,
      now: input.now,
      roots: input.findings.roots,
    });
    findings = result;
    violations.push(...input.findings.violations, ...findingViolations);
  }

  const notes: string[] = [
    ...(modeNote ? [modeNote] : []),
    ...(input.platformWarnings ?? []),
    ...oversight.notes,
    ...planNotes(plans, policy.approvals.rules, oversight),
    ...(findings?.notes ?? []),
  ];
  if (input.policyInfo.path && change.files.some((f) => f.path === input.policyInfo.path || f.previousPath === input.policyInfo.path)) {
    notes.push(`This change edits the policy file ${input.policyInfo.path}; it was judged under the policy from ${input.policyInfo.source}, not the edited one.`);
  }
  const owners = governance.filter((p) => (CODEOWNERS_LOCATIONS as readonly string[]).includes(p));
  if (owners.length) notes.push(`This change edits ${owners.join(', ')}; code owners were taken from the base, not the edited file, and the edit needs a code owner's sign-off.`);
  const runners = governance.filter((p) => (input.governancePaths ?? []).includes(p));
  if (runners.length) {
    notes.push(`This change edits ${runners.join(', ')}, which runs this gate: the pipeline that produced this result comes from the change itself, so the edit needs a code owner's sign-off before the result can be trusted.`);
  }

  return { mode, attribution, risk, ...(findings ? { findings } : {}), ...(plans ? { plans } : {}), oversight, violations, decision: decide(violations, mode), notes };
}
