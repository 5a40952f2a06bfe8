/**
 * Arbitrary inputs for the renderers, in two forms: evaluations assembled field by field from hostile
 * strings (every field a renderer reads), and whole changes run through the real evaluate() with a
 * policy, request, CODEOWNERS and scanner findings that carry hostile text where people and tools can
 * put it.
 */
import { urlPath, type Links } from '../../../src/core/render/links.js';
import fc from 'fast-check';
import type { Evaluation, PolicyInfo } from '../../../src/core/evaluation.js';
import type { Violation } from '../../../src/core/violation.js';
import { evaluate } from '../../../src/core/evaluate.js';
import type { LoadedReport } from '../../../src/core/findings/report.js';
import type { FindingsView } from '../../../src/core/render/findings-section.js';
import type { Approval, Change, ChangedFile, Commit, Finding, RequestInfo, Severity } from '../../../src/core/model.js';
import { SEVERITIES } from '../../../src/core/model.js';
import { parseCodeowners } from '../../../src/core/oversight/codeowners.js';
import type { OversightResult, Requirement } from '../../../src/core/oversight/types.js';
import { defaultPolicy } from '../../../src/core/policy/parse.js';
import type { Policy } from '../../../src/core/policy/schema.js';
import type { SummaryInput } from '../../../src/core/render/summary-model.js';
import { parseTrailers } from '../../../src/core/git-text/trailers.js';
import { hostileNonEmpty, hostileString } from './hostile.js';

export const COMMIT_URL = 'https://example.test/commit/';

/** Links as a platform makes them: commits and files under one prefix, so the safety check knows them. */
const LINKS: Links = {
  commit: (sha) => `${COMMIT_URL}${sha}`,
  file: (path, line) => `${COMMIT_URL}blob/${urlPath(path)}${line ? `#L${line}` : ''}`,
  policy: `${COMMIT_URL}policy`,
};
const NOW = new Date('2026-06-01T12:00:00Z');

const s = hostileString();
const ne = hostileNonEmpty();
const sha = fc.stringMatching(/^[0-9a-f]{40}$/);
const count = fc.nat({ max: 50 });
const severity = fc.constantFrom<Severity>(...SEVERITIES);
const counts = fc.record({ critical: count, high: count, medium: count, low: count, info: count, unknown: count });
const list = <T>(a: fc.Arbitrary<T>, max = 4) => fc.array(a, { maxLength: max });

const violation: fc.Arbitrary<Violation> = fc.record({ rule: s, message: s, remediation: s, level: fc.constantFrom('error' as const, 'warning' as const) });

const evidence = fc.record({
  signal: fc.constantFrom('co-author-trailer', 'author-email', 'trailer', 'label', 'branch-prefix', 'body-marker', 'request-author', 'disclosure', 'session-link', 'merge-branch', 'sign-off-trailer' as const),
  value: s,
  tool: s,
  model: fc.option(s, { nil: undefined }),
  source: s,
});

const requirement: fc.Arbitrary<Requirement> = fc.record({
  rules: list(s, 3),
  approvers: fc.record({ users: list(s), teams: list(s), owners: list(s), ownedFiles: list(s, 6), anyone: fc.boolean(), writeAccess: fc.boolean() }),
  needed: fc.integer({ min: 1, max: 5 }),
  allowStale: fc.boolean(),
  counted: list(fc.record({ login: s, via: fc.oneof(fc.constantFrom('user' as const, 'codeowner' as const, 'any-reviewer' as const, 'write-access' as const), s.map((t) => `team:${t}` as const)) })),
  notCounted: list(fc.record({ login: s, why: fc.constantFrom('author', 'requester', 'bot', 'ai-identity', 'stale', 'not-in-approver-set', 'no-write-access' as const) })),
  missing: fc.nat({ max: 5 }),
  satisfied: fc.boolean(),
});

const oversight: fc.Arbitrary<OversightResult> = fc.record({
  applicable: fc.boolean(),
  reason: fc.option(s, { nil: undefined }),
  required: list(requirement, 3),
  observed: fc.constant([]),
  satisfied: fc.boolean(),
  violations: fc.constant([]),
  notes: list(s),
  wouldApply: list(s),
  wouldNeed: list(requirement.map(({ rules, approvers, needed }) => ({ rules, approvers, needed })), 2),
});

const listed = fc.record({
  tool: s,
  rule: s,
  severity,
  message: s,
  path: fc.option(s, { nil: undefined }),
  line: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }),
  fingerprint: fc.option(s, { nil: undefined }),
  state: fc.constantFrom('new' as const, 'existing' as const),
  helpUri: fc.option(fc.oneof(s, s.map((t) => `https://example.com/rules/${t}`), fc.constantFrom('javascript:alert(1)', 'https://x.test/a b)(c"d', 'http://x.test/](y)')), { nil: undefined }),
});

const waiverStatus = fc.record({
  index: fc.nat({ max: 20 }),
  rule: fc.option(s, { nil: undefined }),
  tool: fc.option(s, { nil: undefined }),
  path: fc.option(s, { nil: undefined }),
  fingerprint: fc.option(s, { nil: undefined }),
  reason: s,
  owner: s,
  expires: fc.constantFrom('2026-06-01', '2026-06-10'),
  daysLeft: fc.integer({ min: -5, max: 14 }),
  matched: fc.nat({ max: 5 }),
});

export const findingsView: fc.Arbitrary<FindingsView> = fc.record({
  reports: list(fc.record({ path: s, format: s, tool: s, sha256: fc.constant('0'.repeat(64)), results: count })),
  counts,
  suppressed: count,
  absent: count,
  waived: count,
  duplicates: count,
  inScope: counts,
  outOfScope: counts,
  waivedBySeverity: counts,
  suppressedBySeverity: counts,
  overThreshold: list(listed, 6),
  overThresholdTotal: fc.nat({ max: 200 }),
  limits: fc.dictionary(severity, fc.nat({ max: 5 })),
  waivers: fc.record({ expired: list(waiverStatus, 2), unused: list(waiverStatus, 2), expiringSoon: list(waiverStatus, 3), tooBroad: list(waiverStatus, 2), tooLong: list(waiverStatus, 2) }),
  suppressionsNotHonoured: list(listed, 3),
  notes: list(s, 2),
  scope: fc.constantFrom('new' as const, 'changed-lines' as const, 'changed-files' as const, 'all' as const),
  novelty: fc.constantFrom('baseline' as const, 'report' as const, 'none' as const),
});

export const oversightResult = oversight;

const changedFile: fc.Arbitrary<ChangedFile> = fc.record({
  path: ne,
  previousPath: fc.option(ne, { nil: undefined }),
  status: fc.constantFrom('added', 'modified', 'deleted', 'renamed', 'copied', 'type-changed' as const),
  additions: fc.nat({ max: 5000 }),
  deletions: fc.nat({ max: 5000 }),
  binary: fc.boolean(),
});

/** An evaluation whose every string is hostile, with the change and policy info the summary reads. */
export const summaryInput: fc.Arbitrary<SummaryInput> = fc
  .record({
    decision: fc.constantFrom('pass' as const, 'warn' as const, 'fail' as const),
    mode: fc.constantFrom('enforce' as const, 'warn' as const),
    aiAssisted: fc.boolean(),
    aiShare: fc.double({ min: 0, max: 1, noNaN: true }),
    shareMethod: fc.constantFrom('commits' as const, 'git-ai' as const, 'agent-trace' as const, 'request' as const),
    tools: list(s),
    models: list(s),
    shareNote: fc.option(s, { nil: undefined }),
    mergedRequest: fc.option(fc.record({ number: fc.option(fc.nat(), { nil: undefined }), url: fc.option(s, { nil: undefined }), source: s, commits: count, aiAssisted: fc.boolean() }), { nil: undefined }),
    commits: list(fc.record({ sha, aiAssisted: fc.boolean(), tools: list(s), models: list(s), evidence: list(evidence) }), 3),
    requestEvidence: list(evidence),
    problems: list(s),
    declaration: fc.option(fc.record({ value: fc.constantFrom('yes' as const, 'no' as const, 'partial' as const), source: s }), { nil: undefined }),
    requester: fc.option(fc.record({ login: fc.option(s, { nil: undefined }), name: fc.option(s, { nil: undefined }), email: fc.option(s, { nil: undefined }), source: s }), { nil: undefined }),
    lineLevel: fc.option(fc.record({ method: fc.constantFrom('git-ai' as const, 'agent-trace' as const), aiLines: count, totalAddedLines: count, models: list(s) }), { nil: undefined }),
    score: fc.integer({ min: 0, max: 100 }),
    level: fc.constantFrom('low' as const, 'medium' as const, 'high' as const, 'critical' as const),
    factors: list(fc.record({ id: s, points: fc.integer({ min: 0, max: 50 }), detail: s, files: list(s, 8), template: fc.constant('size' as const), facts: fc.constant({}) }), 5),
    questions: fc.record({ blastRadius: s, testing: s, rollback: s, auditability: s }),
    findings: fc.option(findingsView, { nil: undefined }),
    oversight,
    violations: list(violation, 6),
    notes: list(s),
    files: list(changedFile, 4),
    base: sha,
    head: sha,
    baseDescription: s,
    policySource: s,
    version: s,
    withRequest: fc.boolean(),
  })
  .map((x): SummaryInput => {
    const evaluation: Evaluation = {
      mode: x.mode,
      attribution: {
        aiAssisted: x.aiAssisted,
        aiShare: x.aiShare,
        shareMethod: x.shareMethod,
        tools: x.tools,
        models: x.models,
        commits: x.commits,
        ...(x.shareNote ? { shareNote: x.shareNote } : {}),
        ...(x.mergedRequest ? { mergedRequest: x.mergedRequest } : {}),
        requestEvidence: x.requestEvidence,
        problems: x.problems,
        ...(x.declaration ? { declaration: x.declaration } : {}),
        ...(x.requester ? { requester: x.requester } : {}),
        ...(x.lineLevel ? { lineLevel: x.lineLevel } : {}),
      },
      risk: { score: x.score, level: x.level, factors: x.factors, destructive: [], questions: x.questions },
      ...(x.findings ? { findings: x.findings } : {}),
      oversight: x.oversight,
      violations: x.violations,
      decision: x.decision,
      notes: x.notes,
    };
    const change: Change = {
      repository: 'repo',
      base: x.base,
      baseReason: 'explicit',
      baseDescription: x.baseDescription,
      head: x.head,
      files: x.files,
      commits: [],
      patches: [],
      ...(x.withRequest ? { request: { labels: [], assignees: [], requestedReviewers: [], approvals: [] } } : {}),
    };
    const policyInfo: PolicyInfo = { source: x.policySource, sha256: 'f'.repeat(64) };
    return { evaluation, change, policyInfo, version: x.version, links: LINKS };
  });

const person = fc.record({ name: s, email: fc.oneof(s, fc.constantFrom('noreply@anthropic.com', '198982749+Copilot@users.noreply.github.com', 'aider@aider.chat')) });

const commitArb: fc.Arbitrary<Commit> = fc
  .record({
    sha,
    author: person,
    committer: person,
    body: s,
    trailers: list(fc.tuple(fc.constantFrom('Co-authored-by', 'Assisted-by', 'Generated-by', 'AI-Assisted', 'X-Generated', 'Signed-off-by'), s), 4),
    additions: fc.nat({ max: 500 }),
    deletions: fc.nat({ max: 500 }),
  })
  .map((c) => {
    const message = `${c.body.split('\n')[0] || 'subject'}\n\n${c.body}\n\n${c.trailers.map(([k, v]) => `${k}: ${v.replace(/\n/g, ' ')}`).join('\n')}\n`;
    return { sha: c.sha, author: c.author, committer: c.committer, message, trailers: parseTrailers(message), additions: c.additions, deletions: c.deletions };
  });

const approval: fc.Arbitrary<Approval> = fc.record({
  login: ne,
  commitSha: fc.option(sha, { nil: undefined }),
  teams: fc.option(list(ne), { nil: undefined }),
  isBot: fc.option(fc.boolean(), { nil: undefined }),
});

const request: fc.Arbitrary<RequestInfo> = fc.record({
  number: fc.option(fc.nat({ max: 9999 }), { nil: undefined }),
  author: fc.option(fc.oneof(s, fc.constantFrom('Copilot', 'devin-ai-integration[bot]')), { nil: undefined }),
  authorIsBot: fc.option(fc.boolean(), { nil: undefined }),
  title: fc.option(s, { nil: undefined }),
  body: fc.option(fc.oneof(s, s.map((b) => `${b}\n\nAI-Assisted: ${b}\n`)), { nil: undefined }),
  labels: list(s),
  sourceBranch: fc.option(fc.oneof(s, s.map((b) => `copilot/${b}`)), { nil: undefined }),
  targetBranch: fc.option(s, { nil: undefined }),
  draft: fc.option(fc.boolean(), { nil: undefined }),
  assignees: list(s),
  requestedReviewers: list(s),
  approvals: list(approval, 4),
});

const finding: fc.Arbitrary<Finding> = fc.record({
  tool: ne,
  rule: s,
  severity,
  nativeSeverity: fc.option(s, { nil: undefined }),
  message: s,
  location: fc.record({ path: fc.option(s, { nil: undefined }), startLine: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }) }, { requiredKeys: [] }),
  fingerprint: fc.option(s, { nil: undefined }),
  suppressed: fc.boolean(),
  baselineState: fc.constantFrom('new', 'unchanged', 'updated', 'absent', 'unknown' as const),
  report: s,
});

const report: fc.Arbitrary<LoadedReport> = fc
  .record({ path: ne, format: s, tool: s, findings: list(finding, 8) })
  .map((r) => ({ ...r, sha256: 'a'.repeat(64), results: r.findings.length }));

const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    rules: list(
      fc.record({
        name: ne,
        when: fc.record({ 'ai-assisted': fc.option(fc.boolean(), { nil: undefined }), labels: fc.option(list(ne), { nil: undefined }) }),
        require: fc.record({
          count: fc.integer({ min: 1, max: 3 }),
          users: fc.option(list(ne), { nil: undefined }),
          teams: fc.option(list(ne), { nil: undefined }),
          codeowners: fc.constantFrom(true, false, 'risky-files' as const),
          otherwise: fc.constantFrom('any-reviewer' as const, 'write-access' as const),
          'allow-stale': fc.boolean(),
          'if-no-codeowners': fc.constantFrom('fail' as const, 'any-reviewer' as const, 'write-access' as const),
        }),
      }),
      3,
    ),
    waivers: list(fc.record({ rule: ne, reason: ne, owner: ne, expires: fc.constantFrom('2026-06-05', '2026-05-01', '2027-01-01') }), 3),
    identities: list(fc.record({ tool: ne, email: ne }), 2),
    scope: fc.constantFrom('new' as const, 'all' as const, 'changed-files' as const),
    declarations: fc.boolean(),
  })
  .map((p) => {
    const base = defaultPolicy();
    return {
      ...base,
      approvals: { rules: p.rules },
      attribution: { ...base.attribution, identities: p.identities },
      findings: { ...base.findings, scope: p.scope, waivers: p.waivers },
      declarations: { ...base.declarations, require: p.declarations },
    };
  });

const codeownersText = list(fc.tuple(fc.constantFrom('*', 'src/**', '/docs/', '*.ts', '[Section]'), list(fc.oneof(s.map((o) => `@${o.replace(/\s/g, '')}`), fc.constant('@org/team')), 3)), 4).map((lines) =>
  lines.map(([p, owners]) => `${p} ${owners.join(' ')}`).join('\n'),
);

/** A change and everything around it, through the real evaluate(); the summary input it yields. */
export const evaluatedInput: fc.Arbitrary<SummaryInput> = fc
  .record({
    policy: policyArb,
    commits: list(commitArb, 3),
    files: list(changedFile, 5),
    request: fc.option(request, { nil: undefined }),
    reports: fc.option(list(report, 2), { nil: undefined }),
    codeowners: fc.option(codeownersText, { nil: undefined }),
    warnings: list(s, 2),
    base: sha,
    head: sha,
    baseDescription: s,
    policySource: s,
    policyPath: fc.option(fc.constantFrom('.ai-governance.yml'), { nil: undefined }),
  })
  .map((x): SummaryInput => {
    const change: Change = {
      repository: 'repo',
      base: x.base,
      baseReason: 'merge-base',
      baseDescription: x.baseDescription,
      head: x.head,
      files: x.files,
      commits: x.commits,
      patches: [],
      ...(x.request ? { request: x.request } : {}),
    };
    const policyInfo: PolicyInfo = { source: x.policySource, sha256: 'e'.repeat(64), ...(x.policyPath ? { path: x.policyPath } : {}) };
    const evaluation = evaluate({
      policy: x.policy,
      policyInfo,
      change,
      now: NOW,
      platformWarnings: x.warnings,
      ...(x.reports ? { findings: { reports: x.reports, violations: [], roots: ['/checkout'] } } : {}),
      ...(x.codeowners !== undefined ? { codeowners: { path: 'CODEOWNERS', rev: x.base, codeowners: parseCodeowners(x.codeowners) } } : {}),
    });
    return { evaluation, change, policyInfo, version: '0.0.0-fuzz', links: LINKS };
  });
