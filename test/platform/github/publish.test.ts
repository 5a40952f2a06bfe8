/**
 * The pieces of publishing, fed with results the real engine produced for real repositories: which
 * annotations, whom to ask for review, which labels, and how the summary and comment fit GitHub's
 * limits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AUDIT_FILE, DEFAULT_STATEMENT_FILE, type CliOptions } from '../../../src/gather/options.js';
import { resolveRange } from '../../../src/gather/git/range.js';
import { ANNOTATION_LIMITS, pickAnnotations } from '../../../src/platform/github/annotations.js';
import { labelChanges } from '../../../src/platform/github/labels.js';
import { reviewersToAsk } from '../../../src/core/oversight/approvers-to-ask.js';
import { reviewRequest } from '../../../src/platform/github/review-requests.js';
import { RESOLVED_BANNER, commentBody, wasFailing } from '../../../src/platform/github/sticky-comment.js';
import { COMMENT_LIMIT, STEP_SUMMARY_LIMIT, fitStepSummary, githubSections, joinSections } from '../../../src/platform/github/summary.js';
import type { PlatformAdapter, Published } from '../../../src/platform/types.js';
import type { RequestInfo } from '../../../src/core/model.js';
import { STICKY_MARKER } from '../../../src/core/render/marker.js';
import { runGate } from '../../../src/app/run-gate.js';
import { TempRepo } from '../../helpers/git-repo.js';
import { AI_MESSAGE } from './support/scenario.js';

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

/** Runs the real engine on `repo` (HEAD^..HEAD) and returns what it hands the platform to publish. */
async function judge(repo: TempRepo, extra: { reports?: string[]; request?: RequestInfo } = {}): Promise<Published> {
  const out = mkdtempSync(join(tmpdir(), 'gate-out-'));
  cleanup.push(() => rmSync(out, { recursive: true, force: true }));
  const options: CliOptions = { repo: repo.dir, auditFile: join(out, DEFAULT_AUDIT_FILE), statementFile: join(out, DEFAULT_STATEMENT_FILE), format: 'markdown', reports: extra.reports ?? [], baseline: [], help: false, version: false };
  let published: Published | undefined;
  const adapter: PlatformAdapter = {
    name: 'github',
    codeownersSyntax: 'github',
    judgesWorkingTree: true,
    options,
    repository: 'o/r',
    range: () => resolveRange(repo.dir, {}),
    request: async () => (extra.request ? { request: extra.request, warnings: [] } : undefined),
    publish: async (r) => {
      published = r;
    },
  };
  await runGate(adapter, { cwd: repo.dir, now: new Date('2025-01-01T00:00:00Z') });
  return published!;
}

function repoWith(base: Record<string, string>, head: Record<string, string>, message = 'change'): TempRepo {
  const repo = new TempRepo();
  cleanup.push(() => repo.cleanup());
  for (const [p, c] of Object.entries(base)) repo.write(p, c);
  repo.commit('base');
  for (const [p, c] of Object.entries(head)) repo.write(p, c);
  repo.commit(message);
  return repo;
}

const request = (over: Partial<RequestInfo> = {}): RequestInfo => ({ number: 1, author: 'zed', labels: [], assignees: [], requestedReviewers: [], approvals: [], ...over });

describe('annotations', () => {
  it('puts irreversible operations first as errors, keeps GitHub\'s 10 errors and 10 warnings, and counts the rest in one notice', async () => {
    // 60 resources removed (irreversible), plus one force_destroy (reversible).
    const resources = Array.from({ length: 60 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b${i}"\n}\n`).join('\n');
    const repo = repoWith({ 'infra/main.tf': resources }, { 'infra/main.tf': 'resource "aws_s3_bucket" "keep" {\n  bucket = "keep"\n  force_destroy = true\n}\n' });
    const result = await judge(repo);
    const destructive = result.evaluation.risk.destructive;
    const irreversible = destructive.filter((d) => !d.reversible);
    expect(irreversible).toHaveLength(60);
    const { annotations, omitted } = pickAnnotations(result.evaluation, result.change);
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(ANNOTATION_LIMITS.error);
    expect(errors.map((a) => a.message)).toEqual(irreversible.slice(0, ANNOTATION_LIMITS.error).map((d) => d.detail));
    // The reversible operation still gets its warning: errors do not crowd out the other level.
    expect(annotations.filter((a) => a.level === 'warning').map((a) => a.title)).toEqual(['Destructive change']);
    expect(omitted).toBe(irreversible.length - ANNOTATION_LIMITS.error);
    const closing = annotations[annotations.length - 1]!;
    expect(closing.level).toBe('notice');
    expect(closing.message).toContain(`${omitted} more annotations were left out`);
  });

  it('puts a dropped table before twenty scanner errors, whatever their number', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `eval(input${i});`).join('\n') + '\n';
    const repo = repoWith(
      { 'src/app.ts': 'export const a = 1;\n', 'db/migrations/0001_init.sql': 'CREATE TABLE users (id int);\n' },
      { 'src/app.ts': lines, 'db/migrations/0002_drop.sql': 'DROP TABLE users;\n' },
    );
    const results = Array.from({ length: 20 }, (_, i) => ({
      ruleId: 'eval',
      level: 'error',
      message: { text: `eval of untrusted input ${i}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.ts' }, region: { startLine: i + 1 } } }],
    }));
    repo.write('out/scan.sarif', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Semgrep', rules: [{ id: 'eval', helpUri: 'https://semgrep.dev/r/eval' }] } }, results }] }));
    const result = await judge(repo, { reports: ['out/scan.sarif'] });
    expect(result.evaluation.findings!.overThresholdTotal).toBe(20);
    const { annotations, omitted } = pickAnnotations(result.evaluation, result.change);
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(ANNOTATION_LIMITS.error);
    // The violation that blocks the change, then the DROP TABLE on its own line, then the findings.
    expect(errors[0]!.file).toBeUndefined();
    expect(errors[0]!.message).toContain('the policy allows 0');
    expect(errors[1]).toEqual(expect.objectContaining({ file: 'db/migrations/0002_drop.sql', line: 1, title: 'Destructive change (a revert will not undo it)' }));
    expect(errors.slice(2).every((a) => a.file === 'src/app.ts' && a.message.endsWith('https://semgrep.dev/r/eval'))).toBe(true);
    expect(omitted).toBe(2 + 20 - ANNOTATION_LIMITS.error);
  });

  it('annotates findings over their limit at their line, most severe first', async () => {
    const repo = repoWith({ 'src/app.ts': 'export const a = 1;\n' }, { 'src/app.ts': 'export const a = 1;\nconst password = "hunter2";\neval(x);\n' });
    const sarif = {
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [{
        tool: { driver: { name: 'Semgrep', rules: [{ id: 'eval', defaultConfiguration: { level: 'warning' } }, { id: 'hardcoded-password', defaultConfiguration: { level: 'error' } }] } },
        results: [
          { ruleId: 'eval', level: 'warning', message: { text: 'eval of untrusted input' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.ts' }, region: { startLine: 3 } } }], properties: { 'security-severity': '5.0' } },
          { ruleId: 'hardcoded-password', level: 'error', message: { text: 'hard-coded password' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.ts' }, region: { startLine: 2 } } }], properties: { 'security-severity': '8.0' } },
        ],
      }],
    };
    repo.write('out/semgrep.sarif', JSON.stringify(sarif));
    const result = await judge(repo, { reports: ['out/semgrep.sarif'] });
    const over = result.evaluation.findings!.overThreshold;
    expect(over.length).toBeGreaterThan(0);
    const { annotations } = pickAnnotations(result.evaluation, result.change);
    const found = annotations.filter((a) => a.title.startsWith('Semgrep'));
    expect(found.map((a) => [a.file, a.line])).toEqual(over.filter((f) => f.path).map((f) => [f.path, f.line]));
    expect(found[0]).toEqual(expect.objectContaining({ level: 'error', file: 'src/app.ts', line: 2, message: 'hard-coded password' }));
  });
});

describe('review requests and labels', () => {
  it('asks the named approvers of an unmet rule, never the author', async () => {
    const policy = 'version: 1\napprovals:\n  rules:\n    - name: two\n      when: {}\n      require:\n        count: 2\n        users: [alice, zed, bob]\n        teams: [o/security]\n';
    const repo = repoWith({ '.ai-governance.yml': policy, 'a.txt': '1\n' }, { 'a.txt': '2\n' });
    const head = repo.git('rev-parse', 'HEAD').trim();
    const result = await judge(repo, { request: request({ approvals: [{ login: 'bob', commitSha: head }] }) });
    expect(result.evaluation.oversight.satisfied).toBe(false);
    const missing = reviewersToAsk(result.evaluation.oversight);
    expect(missing).toEqual({ users: ['alice', 'zed'], teams: ['o/security'] });
    expect(reviewRequest(missing.users, missing.teams, 'zed', 'o')).toEqual({ users: ['alice'], teams: ['security'] });
  });

  it('asks nobody when the rules are met', async () => {
    const repo = repoWith({ 'a.txt': '1\n' }, { 'a.txt': '2\n' });
    expect(reviewersToAsk((await judge(repo, { request: request() })).evaluation.oversight)).toEqual({ users: [], teams: [] });
  });

  it('adds ai-assisted and the current risk label, removes only stale risk labels', async () => {
    const repo = repoWith({ 'a.txt': '1\n' }, { 'a.txt': '2\n' }, AI_MESSAGE);
    const result = await judge(repo);
    const level = result.evaluation.risk.level;
    expect(result.evaluation.attribution.aiAssisted).toBe(true);
    const stale = ['low', 'medium', 'high', 'critical'].filter((l) => l !== level).map((l) => `risk:${l}`);
    expect(labelChanges(result, ['bug', ...stale])).toEqual({ add: [`risk:${level}`, 'ai-assisted'], remove: stale });
    expect(labelChanges(result, [`risk:${level}`, 'ai-assisted'])).toEqual({ add: [], remove: [] });
  });
});

describe('summary and comment sizes', () => {
  it('keeps the step summary under 1 MiB, keeping the verdict and footer and pointing to the full summary file', async () => {
    const repo = repoWith({ 'a.txt': '1\n' }, { 'a.txt': '2\n' }, AI_MESSAGE);
    const result = await judge(repo);
    const sections = githubSections(result, ['The token could not read team membership.']);
    // An evidence section far over the limit (as thousands of findings or signals would make it).
    const at = sections.findIndex((x) => x.id === 'footer');
    sections.splice(at, 0, { id: 'attribution', essential: false, markdown: 'é'.repeat(STEP_SUMMARY_LIMIT) });
    expect(Buffer.byteLength(joinSections(sections))).toBeGreaterThan(STEP_SUMMARY_LIMIT);
    const fitted = fitStepSummary(sections, join(tmpdir(), 'ai-governance-summary.md'));
    expect(fitted.truncated).toBe(true);
    expect(Buffer.byteLength(fitted.markdown)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(fitted.markdown.split('\n')[0]).toMatch(/^## .* AI governance gate: /);
    expect(fitted.markdown).toContain('The token could not read team membership');
    expect(fitted.markdown).toContain(sections[at + 1]!.markdown.trim());
    expect(fitted.markdown).toContain('summary file');
    expect(fitted.markdown).not.toContain('éé');
  });

  it('keeps the comment under 65,536 characters with the marker first, and says when a violation was resolved', async () => {
    const repo = repoWith({ 'a.txt': '1\n' }, { 'a.txt': '2\n' });
    const result = await judge(repo);
    const sections = githubSections(result, ['y'.repeat(100_000)]);
    const body = commentBody(sections, false, { id: 1, body: `${STICKY_MARKER}\n<!-- ai-governance-gate:state=violation -->\nold` }, 'the job summary');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    expect(body).toContain(RESOLVED_BANNER.trim());
    expect(wasFailing(body)).toBe(false);
    const failing = commentBody(githubSections(result, []), true, undefined, 'the job summary');
    expect(wasFailing(failing)).toBe(true);
    expect(failing).not.toContain('Resolved');
    const stillOk = commentBody(githubSections(result, []), false, { id: 1, body: failing.replace('state=violation', 'state=ok') }, 'the job summary');
    expect(stillOk).not.toContain('Resolved');
  });
});
