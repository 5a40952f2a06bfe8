/** Real repositories shaped like pull requests, and the matching event payloads and API state. */
import { leanExecFileSync } from '../../../helpers/lean-exec.js';
import { TempRepo } from '../../../helpers/git-repo.js';
import type { GitHubApiServer } from './api-server.js';
import * as ex from './openapi-examples.js';
import { webhookExample } from './run-action.js';

type Json = Record<string, any>;

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
export const REPOSITORY = `${OWNER}/${REPO}`;
export const PR_NUMBER = 2;

export const AI_MESSAGE = 'Recreate the environment\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

/** Risk alone refuses nothing by default; destructive scenarios use a policy that stops AI-assisted changes at high risk. */
export const STOP_AI_AT_HIGH = 'version: 1\nai:\n  fail-at-risk: high\n';

export const TERRAFORM = `resource "aws_db_instance" "main" {\n  engine = "postgres"\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n`;
export const TERRAFORM_DESTROYED = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n  force_destroy = true\n}\n';

export interface PullScenario {
  repo: TempRepo;
  /** Where the feature branched off main. */
  forkPoint: string;
  /** main's tip when the event fired. */
  baseTip: string;
  head: string;
}

/** main: base files → feature: `change(repo)` committed as `message` → main moves on with an unrelated commit. */
export function pullScenario(change: (r: TempRepo) => void, message: string, setup?: (r: TempRepo) => void): PullScenario {
  const repo = new TempRepo();
  repo.write('README.md', '# Hello\n').write('src/app.ts', 'export const a = 1;\n');
  setup?.(repo);
  const forkPoint = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  change(repo);
  const head = repo.commit(message);
  repo.git('checkout', '-q', 'main');
  repo.write('docs/later.md', 'Landed on main after the branch point.\n');
  const baseTip = repo.commit('Unrelated work on main');
  return { repo, forkPoint, baseTip, head };
}

export function pullPayload(s: { baseTip: string; head: string }, opts: { fork?: boolean; event?: 'pull_request' | 'pull_request_review' } = {}): Json {
  const name = opts.event ?? 'pull_request';
  const payload = webhookExample(name, (e) => (name === 'pull_request' ? e.action === 'opened' : e.action === 'submitted'));
  payload.pull_request.number = PR_NUMBER;
  payload.pull_request.base.sha = s.baseTip;
  payload.pull_request.base.ref = 'main';
  payload.pull_request.head.sha = s.head;
  payload.pull_request.head.ref = 'feature';
  if (opts.fork) payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: `forker/${REPO}` };
  return payload;
}

export function servePull(server: GitHubApiServer, s: { baseTip: string; head: string }, extra: Partial<ex.PullSpec> = {}): void {
  server.pulls.set(PR_NUMBER, ex.pullRequest({ owner: OWNER, repo: REPO, number: PR_NUMBER, baseSha: s.baseTip, headSha: s.head, ...extra }));
  if (!server.reviews.has(PR_NUMBER)) server.reviews.set(PR_NUMBER, []);
}

/** The first new-side line git itself reports as added in `path` (from `git diff -U0` hunk headers). */
export function firstAddedLineByGit(repo: TempRepo, base: string, head: string, path: string): number {
  const diff = leanExecFileSync('git', ['diff', '-U0', base, head, '--', path], { cwd: repo.dir, encoding: 'utf8' });
  for (const m of diff.matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)) {
    if (m[2] !== '0') return Number(m[1]); // a ",0" hunk only removes lines
  }
  return 1;
}
