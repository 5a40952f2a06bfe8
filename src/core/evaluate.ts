/**
 * The pure core: policy + change (+ line-level data) → evaluation. No I/O, no clock, no environment;
 * the same inputs give the same evaluation byte for byte.
 */
import type { Change, Decision, Finding, RiskLevel } from './model.js';
import type { LoadedReport } from './findings/report.js';
import { applyFindingsPolicy } from './findings/apply.js';
import { evaluateOversight } from './oversight/evaluate-oversight.js';
import { CODEOWNERS_LOCATIONS, type CodeownersAtBase } from './oversight/codeowners.js';
import { matchLogin } from './attribution/catalogue-match.js';
import { POLICY_FILES } from './policy/locations.js';
import { RISK_LEVELS } from './model.js';
import type { Policy } from './policy/schema.js';
import type { AttributionResult, Evaluation, PolicyInfo } from './evaluation.js';
import type { Violation } from './violation.js';
import { attributeChange } from './attribution/attribute-change.js';
import type { LineLevelResult } from './attribution/line-level/count-ai-lines.js';
import { declarationViolations } from './attribution/declaration-rules.js';
import { agentSignOffViolations } from './attribution/agent-rules.js';
import { assessRisk } from './risk/score.js';

export interface EvaluateInput {
  policy: Policy;
  policyInfo: PolicyInfo;
  change: Change;
  /** The time of the evaluation, passed in so the core stays deterministic. */
  now: Date;
  /** --mode overrides the policy's mode. */
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
}

export interface FindingsInput {
  reports: LoadedReport[];
  baseline?: Finding[];
  /** Problems met while collecting reports (missing globs, unreadable files), as the policy rates them. */
  violations: Violation[];
  /** Absolute checkout directories, to make absolute report paths repository-relative. */
  roots: string[];
}

function atLeast(level: RiskLevel, threshold: RiskLevel | 'never'): boolean {
  return threshold !== 'never' && RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(threshold);
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

export function decide(violations: Violation[], mode: 'enforce' | 'warn'): Decision {
  if (violations.some((v) => v.level === 'error')) return mode === 'enforce' ? 'fail' : 'warn';
  return violations.length ? 'warn' : 'pass';
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { policy, change } = input;
  const mode = input.mode ?? policy.mode;
  const attribution = attributeChange(change, policy.attribution, input.lineLevel);
  const risk = assessRisk({
    policy,
    files: change.files,
    patches: change.patches,
    aiAssisted: attribution.aiAssisted,
    policyPath: input.policyInfo.path,
    auditability: auditabilitySentence(change, attribution),
  });

  const violations: Violation[] = [];
  const failAt = policy.risk['fail-at'];
  if (atLeast(risk.level, failAt)) {
    violations.push({
      rule: 'risk.fail-at',
      message: `Risk is ${risk.level} (${risk.score}/100); the policy fails changes at ${failAt} or above.`,
      remediation: 'Split the change into smaller pull requests, or reduce what it touches (see the risk factors); a policy owner can raise risk.fail-at.',
      level: 'error',
    });
  }
  const aiFailAt = policy.ai['fail-at-risk'];
  if (attribution.aiAssisted && atLeast(risk.level, aiFailAt)) {
    violations.push({
      rule: 'ai.fail-at-risk',
      message: `This AI-assisted change is ${risk.level} risk (${risk.score}/100); the policy stops AI-assisted changes at ${aiFailAt} or above.`,
      remediation: 'Split the AI-assisted work into smaller changes, or have a human rework the riskiest parts (see the risk factors) so it falls below the threshold.',
      level: 'error',
    });
  }

  violations.push(...declarationViolations(policy.declarations, change, attribution));
  violations.push(...agentSignOffViolations(attribution));

  const governance = governanceChanges(change, input.policyInfo, input.governancePaths ?? []);
  const oversight = evaluateOversight({
    rules: policy.approvals.rules,
    request: change.request,
    files: change.files,
    headSha: change.head,
    aiAssisted: attribution.aiAssisted,
    riskLevel: risk.level,
    requester: attribution.requester,
    codeowners: input.codeowners?.codeowners,
    isAiIdentity: (login) => matchLogin(login, policy.attribution) !== undefined,
    governanceChanges: governance,
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

  const notes: string[] = [...(input.platformWarnings ?? []), ...oversight.notes];
  if (input.policyInfo.path && change.files.some((f) => f.path === input.policyInfo.path || f.previousPath === input.policyInfo.path)) {
    notes.push(`This change edits the policy file ${input.policyInfo.path}; it was judged under the policy from ${input.policyInfo.source}, not the edited one.`);
  }
  const owners = governance.filter((p) => (CODEOWNERS_LOCATIONS as readonly string[]).includes(p));
  if (owners.length) notes.push(`This change edits ${owners.join(', ')}; code owners were taken from the base, not the edited file, and the edit needs a code owner's sign-off.`);
  const runners = governance.filter((p) => (input.governancePaths ?? []).includes(p));
  if (runners.length) {
    notes.push(`This change edits ${runners.join(', ')}, which runs this gate: the pipeline that produced this result comes from the change itself, so the edit needs a code owner's sign-off before the result can be trusted.`);
  }

  return { mode, attribution, risk, ...(findings ? { findings } : {}), oversight, violations, decision: decide(violations, mode), notes };
}
