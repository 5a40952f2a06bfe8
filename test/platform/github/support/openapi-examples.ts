/**
 * Response bodies built from the example objects of GitHub's published OpenAPI description
 * (@octokit/openapi), changing only the ids, shas, logins and texts a test needs. Whatever else the
 * real API sends (urls, node ids, nested users) stays as GitHub documents it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { keptJson } from '../../../helpers/kept-json.js';

type Json = Record<string, any>;

let cache: Record<string, { value: unknown }> | undefined;

/** The description is 13 MB, its examples 1.4 MB of it: only they are parsed in each test file. */
function examples(): Record<string, { value: unknown }> {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('@octokit/openapi/package.json');
    const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    cache = keptJson(`openapi-examples-${version}`, () => {
      const spec = JSON.parse(readFileSync(join(dirname(manifest), 'generated/api.github.com.json'), 'utf8'));
      return spec.components.examples as Record<string, { value: unknown }>;
    });
  }
  return cache;
}

export function example(name: string): any {
  const e = examples()[name];
  if (!e) throw new Error(`No OpenAPI example named ${name}`);
  return structuredClone(e.value);
}

function user(base: Json, login: string, type: 'User' | 'Bot' = 'User'): Json {
  return { ...base, login, type, url: `https://api.github.com/users/${login}`, html_url: `https://github.com/${login}` };
}

export interface PullSpec {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  author?: string;
  title?: string;
  body?: string | null;
  labels?: string[];
  draft?: boolean;
}

export function pullRequest(spec: PullSpec): Json {
  const pr = example('pull-request');
  const labelTemplate = pr.labels[0];
  pr.number = spec.number;
  pr.html_url = `https://github.com/${spec.owner}/${spec.repo}/pull/${spec.number}`;
  pr.state = 'open';
  pr.locked = false;
  pr.merged = false;
  pr.title = spec.title ?? pr.title;
  pr.body = spec.body === undefined ? pr.body : spec.body;
  pr.draft = spec.draft ?? false;
  pr.user = user(pr.user, spec.author ?? 'octocat');
  pr.labels = (spec.labels ?? []).map((name, i) => ({ ...labelTemplate, id: 1000 + i, name }));
  pr.base = { ...pr.base, sha: spec.baseSha, ref: spec.baseRef ?? 'main' };
  pr.head = { ...pr.head, sha: spec.headSha, ref: spec.headRef ?? 'feature' };
  return pr;
}

export interface ReviewSpec {
  id: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  submittedAt: string;
  type?: 'User' | 'Bot';
  /** The reviewer's relation to the repository; the example's own (COLLABORATOR) when not given. */
  association?: string;
}

export function review(spec: ReviewSpec): Json {
  const r = example('pull-request-review-items')[0];
  const association = spec.association === undefined ? {} : { author_association: spec.association };
  return { ...r, id: spec.id, user: user(r.user, spec.login, spec.type), state: spec.state, commit_id: spec.commitId, submitted_at: spec.submittedAt, ...association };
}

export function issueComment(id: number, body: string, login: string, type: 'User' | 'Bot' = 'Bot'): Json {
  const c = example('issue-comment');
  return { ...c, id, body, user: user(c.user, login, type), url: `https://api.github.com/repos/o/r/issues/comments/${id}` };
}

export function diffEntry(spec: { filename: string; status: string; additions: number; deletions: number; patch?: string; previous?: string }): Json {
  const e = example('diff-entry-items')[0];
  const out: Json = { ...e, filename: spec.filename, status: spec.status, additions: spec.additions, deletions: spec.deletions, changes: spec.additions + spec.deletions };
  if (spec.patch === undefined) delete out.patch;
  else out.patch = spec.patch;
  if (spec.previous) out.previous_filename = spec.previous;
  return out;
}

export function commitItem(spec: { sha: string; message: string; author: { name: string; email: string }; parents?: string[] }): Json {
  const c = example('commit-items')[0];
  return {
    ...c,
    sha: spec.sha,
    commit: { ...c.commit, message: spec.message, author: { ...c.commit.author, ...spec.author }, committer: { ...c.commit.committer, ...spec.author } },
    parents: (spec.parents ?? ['0'.repeat(40)]).map((sha) => ({ ...c.parents[0], sha })),
  };
}

export function commitWithStats(sha: string, additions: number, deletions: number): Json {
  const c = example('commit');
  return { ...c, sha, stats: { additions, deletions, total: additions + deletions } };
}

export function labels(names: string[]): Json[] {
  const template = example('label-items')[0];
  return names.map((name, i) => ({ ...template, id: 2000 + i, name }));
}

export function fileContent(path: string, text: string): Json {
  const f = example('content-file-response-if-content-is-a-file');
  const content = Buffer.from(text, 'utf8').toString('base64');
  return { ...f, name: path.split('/').pop(), path, size: Buffer.byteLength(text), content, encoding: 'base64' };
}

export function teamMembership(state: 'active' | 'pending'): Json {
  return { ...example('team-membership-response-if-user-is-a-team-maintainer'), role: 'member', state };
}

export function teamFull(slug: string): Json {
  return { ...example('team-full'), slug, name: slug };
}

export function reviewRequested(): Json {
  return example('pull-request-review-request');
}

/** GitHub's `basic-error` schema. */
/** A check run of `head` as `GET /repos/{o}/{r}/commits/{ref}/check-runs` lists it. */
export function checkRun(spec: { id: number; name: string; headSha: string; status: string; conclusion: string | null; completedAt: string | null }): Json {
  const base = example('check-run-paginated').check_runs[0] as Json;
  return { ...base, id: spec.id, name: spec.name, head_sha: spec.headSha, status: spec.status, conclusion: spec.conclusion, completed_at: spec.completedAt, html_url: `https://github.com/Codertocat/Hello-World/runs/${spec.id}` };
}

export function basicError(message: string): Json {
  return { message, documentation_url: 'https://docs.github.com/rest' };
}
