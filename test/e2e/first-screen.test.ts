/**
 * The five-second test, in a real browser: four summaries written by dist/index.js for real repositories
 * (a docs typo; an AI-assisted change that drops a table and destroys a bucket, in a request nobody has
 * approved; the same with a scanner report and a waiver; the same change run outside a request) are
 * rendered as GitHub renders Markdown, opened in headless Chromium at 1000×720, and measured: the
 * verdict, every reason and the next action are drawn inside the first screen, and everything else is
 * collapsed below them. The screenshots are kept in test-artifacts/ (CI uploads them).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempRepo } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';
import { projectRoot } from '../helpers/corpus.js';
import { SummaryBrowser, VIEWPORT, type FirstScreen } from '../helpers/browser.js';

const TRIVY = join(projectRoot, 'test/fixtures/corpus/sarif/trivy-image-alpine-310.sarif');

const MAIN_TF = 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket" "assets" {\n  bucket = "acme-assets"\n}\n';

/** An AI-assisted change: a migration dropping a table, a bucket's block removed, a source file without a test. */
function destructiveRepo(policy?: string): { repo: TempRepo; head: string } {
  const repo = new TempRepo();
  repo.write('infra/main.tf', MAIN_TF).write('src/billing.ts', 'export const rate = 1;\n').write('README.md', '# Shop\n');
  if (policy) repo.write('.ai-governance.yml', policy);
  repo.commit('base');
  repo.write('db/migrations/20260301_drop_users.sql', 'DROP TABLE users;\n');
  repo.write('infra/main.tf', 'resource "aws_s3_bucket" "assets" {\n  bucket = "acme-assets"\n}\n');
  repo.write('src/billing.ts', 'export const rate = 2;\n');
  const head = repo.commit({ message: 'Retire the legacy users table and the logs bucket\n\nCo-authored-by: Claude <noreply@anthropic.com>\n' });
  return { repo, head };
}

/** A request nobody with write access has approved yet: the author cannot approve their own change. */
function request(repo: TempRepo, head: string): void {
  writeFileSync(join(repo.dir, 'request.json'), JSON.stringify({ number: 42, author: 'dev', approvals: [{ login: 'dev', commitSha: head, canWrite: true }] }));
}

const WAIVER_POLICY = `version: 1
findings:
  max: { medium: 0 }
  waivers:
    - rule: CVE-2019-1551
      reason: OpenSSL is replaced by the next base image
      owner: platform-team
      expires: 2099-01-01
`;

interface Scenario {
  name: string;
  markdown: string;
  screen: FirstScreen;
}

let browser: SummaryBrowser;
const seen: Scenario[] = [];
const repos: TempRepo[] = [];

async function look(name: string, repo: TempRepo, args: string[], expectedCode: number): Promise<Scenario> {
  const res = runDist([...args, '--format', 'markdown'], { cwd: repo.dir });
  expect(res.stderr).toBe('');
  expect(res.code).toBe(expectedCode);
  const s = { name, markdown: res.stdout, screen: await browser.look(res.stdout, `first-screen/${name}`) };
  seen.push(s);
  return s;
}

/** The non-blank lines a reader sees before opening anything: inside a collapsed section, only its summary line. */
function visibleLines(markdown: string): string[] {
  let depth = 0;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('<details>')) {
      if (depth === 0) out.push(line);
      depth += 1;
    } else if (line === '</details>') depth -= 1;
    else if (depth === 0 && line.trim() !== '') out.push(line);
  }
  return out;
}

/** Drawn entirely inside the first 1000×720 pixels. */
function onFirstScreen(box: { top: number; bottom: number } | null): boolean {
  return box !== null && box.top >= 0 && box.bottom <= VIEWPORT.height;
}

beforeAll(async () => {
  browser = await new SummaryBrowser().start();
}, 120_000);

afterAll(async () => {
  await browser?.stop();
  for (const r of repos) r.cleanup();
});

describe('the first screen in a browser', () => {
  it('a docs typo: a quiet pass of at most five visible lines', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write('docs/guide.md', '# Guide\n\nTeh gate reads commits.\n').commit('base');
    repo.write('docs/guide.md', '# Guide\n\nThe gate reads commits.\n').commit('Fix a typo');
    const s = await look('quiet-pass', repo, ['--base', 'HEAD~1'], 0);
    expect(s.screen.verdict?.text).toMatch(/^✅ AI governance gate: PASS/);
    expect(s.screen.reasons).toEqual([]);
    expect(s.screen.next).toBeNull();
    // Visible: the verdict, the facts line, one collapsed section, the footer.
    const visible = visibleLines(s.markdown);
    expect(visible).toHaveLength(4);
    expect(visible[2]).toMatch(/^<details><summary>/);
    expect(onFirstScreen(s.screen.verdict)).toBe(true);
  });

  it('an AI-assisted change that drops a table and destroys a bucket, unapproved: the reasons name them, the next action names who signs off', async () => {
    const { repo, head } = destructiveRepo();
    repos.push(repo);
    request(repo, head);
    const s = await look('destructive-unapproved', repo, ['--base', 'HEAD~1', '--request', 'request.json'], 1);
    expect(s.screen.verdict?.text).toBe('❌ AI governance gate: FAIL — needs sign-off');
    const reasons = s.screen.reasons.map((r) => r.text);
    expect(reasons.some((r) => r.includes('DROP TABLE users') && r.includes('db/migrations/20260301_drop_users.sql') && r.includes('no down step') && r.includes('down migration'))).toBe(true);
    expect(reasons.some((r) => r.includes('aws_s3_bucket.logs') && r.includes('destroyed') && r.includes('removed'))).toBe(true);
    expect(reasons.some((r) => r.includes('No test changed') && r.includes('src/billing.ts') && r.includes('test'))).toBe(true);
    // Advice fits each cause: nobody is told to split a three-file change.
    expect(reasons.join('\n')).not.toMatch(/split/i);
    expect(s.screen.next?.text).toBe('Next: Get 1 approval on the latest commit from someone with write access to the repository other than dev (the author).');
    expect([s.screen.verdict, ...s.screen.reasons, s.screen.next].every(onFirstScreen)).toBe(true);
    // Everything else is collapsed below the next action; no rule id on the first screen.
    expect(s.screen.firstDetails!.top).toBeGreaterThan(s.screen.next!.bottom);
    const firstScreen = s.markdown.slice(0, s.markdown.indexOf('<details>'));
    expect(firstScreen).not.toMatch(/approvals\.required|risk\.fail-at|ai\.fail-at-risk|sensitive:/);
  });

  it('the same change with a scanner report and a waiver: the findings join the reasons without pushing them off the screen', async () => {
    const { repo, head } = destructiveRepo(WAIVER_POLICY);
    repos.push(repo);
    request(repo, head);
    copyFileSync(TRIVY, join(repo.dir, 'trivy.sarif'));
    const s = await look('destructive-with-findings', repo, ['--base', 'HEAD~1', '--request', 'request.json', '--reports', 'trivy.sarif'], 1);
    expect(s.screen.verdict?.text).toMatch(/^❌ AI governance gate: FAIL — /);
    const reasons = s.screen.reasons.map((r) => r.text);
    // No baseline: the findings are "in the reports", never "new"; the waived one is not among them.
    const findings = reasons.find((r) => r.includes('over the policy'));
    expect(findings).toMatch(/^2 medium findings over the policy's limit, in the reports \(no baseline tells new from old\): CVE-2019-1549 in /);
    expect(findings).not.toMatch(/\bnew\b(?! from old)/);
    expect(reasons.some((r) => r.includes('DROP TABLE users'))).toBe(true);
    expect(reasons.some((r) => r.includes('aws_s3_bucket.logs'))).toBe(true);
    expect(s.screen.next?.text).toMatch(/^Next: Fix them, or waive an accepted one .*; then get 1 approval on the latest commit from someone with write access/);
    expect([s.screen.verdict, ...s.screen.reasons, s.screen.next].every(onFirstScreen)).toBe(true);
    expect(s.screen.firstDetails!.top).toBeGreaterThan(s.screen.next!.bottom);
  });

  it('outside a request: the sign-off the change would need, as the next action', async () => {
    const { repo } = destructiveRepo();
    repos.push(repo);
    const s = await look('signoff-dry-run', repo, ['--base', 'HEAD~1'], 0);
    expect(s.screen.verdict?.text).toBe('✅ AI governance gate: PASS — would need sign-off in a pull or merge request');
    expect(s.screen.next?.text).toBe('In a pull or merge request: this change would need 1 approval on its latest commit from someone with write access to the repository.');
    expect(s.screen.reasons.length).toBeGreaterThanOrEqual(2);
    expect([s.screen.verdict, ...s.screen.reasons, s.screen.next].every(onFirstScreen)).toBe(true);
  });
});
