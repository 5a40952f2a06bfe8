/**
 * What the triggering event says about the change: which commits bound it and which pull request it
 * belongs to. Read from the payload file the runner writes (GITHUB_EVENT_PATH); nothing here touches
 * git or the network.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';

const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group', 'push', 'workflow_dispatch'] as const;
type SupportedEvent = (typeof SUPPORTED_EVENTS)[number];

const ZERO_SHA = /^0{40}$/;

interface PullRequestRef {
  number: number;
  /** The base branch tip when the event fired (not the merge-base). */
  baseSha: string;
  baseRef: string;
  headSha: string;
  headRef: string;
  /** The head lives in another repository: GitHub gives such runs a read-only token and no secrets. */
  fromFork: boolean;
  /** The payload's pull request object, used only when there is no token to fetch a fresh one. */
  payload: Record<string, unknown>;
}

export interface GitHubEvent {
  /** 'other': an unsupported event, accepted only because the inputs name both base and head. */
  name: SupportedEvent | 'other';
  /** Set for the pull request events, and for merge_group (parsed from the queue branch name). */
  pullRequest?: PullRequestRef;
  /** The pull request number of a merge group, when its branch name carries one. */
  pullNumber?: number;
  /** Commits named by the payload, for merge_group and push. */
  base?: string;
  head?: string;
  /** Words for the summary: where the base came from. */
  baseLabel?: string;
  /** push: the push created the branch (there is no previous tip). */
  created?: boolean;
  /** push: the pushed branch is the repository's default branch (where squash merges land). */
  defaultBranch?: boolean;
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha?: string;
  /** The branch the change merges into, and its tip as the event saw it (policy and CODEOWNERS come from there). */
  target?: { ref: string; sha: string };
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function need<T>(value: T | undefined, file: string, path: string): T {
  if (value === undefined) {
    throw new InputError(`The event payload ${file} has no ${path}.`, 'The payload is written by the Actions runner; make sure GITHUB_EVENT_PATH points to it and is not replaced by an earlier step.');
  }
  return value;
}

function sha(v: unknown): string | undefined {
  const s = str(v);
  return s && /^[0-9a-f]{40}$/i.test(s) ? s.toLowerCase() : undefined;
}

function pullRequest(payload: Json, file: string): PullRequestRef {
  const pr = need(obj(payload.pull_request), file, 'pull_request');
  const base = need(obj(pr.base), file, 'pull_request.base');
  const head = need(obj(pr.head), file, 'pull_request.head');
  const baseRepo = str(obj(base.repo)?.full_name);
  const headRepo = str(obj(head.repo)?.full_name);
  const number = typeof pr.number === 'number' ? pr.number : undefined;
  return {
    number: need(number, file, 'pull_request.number'),
    baseSha: need(sha(base.sha), file, 'pull_request.base.sha'),
    baseRef: str(base.ref) ?? 'the base branch',
    headSha: need(sha(head.sha), file, 'pull_request.head.sha'),
    headRef: str(head.ref) ?? 'the head branch',
    // A deleted fork leaves head.repo null; treat it as a fork, the cautious reading.
    fromFork: headRepo === undefined || (baseRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase()),
    payload: pr,
  };
}

/** `refs/heads/gh-readonly-queue/main/pr-104-<sha>` → 104. */
export function mergeQueuePullNumber(headRef: string | undefined): number | undefined {
  const m = headRef ? /\/pr-(\d+)-[0-9a-f]{40}$/i.exec(headRef) : null;
  return m ? Number(m[1]) : undefined;
}

export function parseEvent(name: string | undefined, payload: Json, file: string, runSha?: string, explicitRange = false): GitHubEvent {
  const event = name ?? '';
  const runCommit = sha(runSha);
  if (!(SUPPORTED_EVENTS as readonly string[]).includes(event)) {
    if (explicitRange) return { name: 'other', sha: runCommit };
    throw new InputError(
      `The gate does not run on "${event || '(no GITHUB_EVENT_NAME)'}" events; it judges changes on ${SUPPORTED_EVENTS.join(', ')}.`,
      'Trigger the workflow on pull_request (and pull_request_review, merge_group), or pass `base:` and `head:` inputs naming the commits to judge.',
    );
  }
  switch (event as SupportedEvent) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const pr = pullRequest(payload, file);
      const target = str(obj(obj(payload.pull_request)?.base)?.ref);
      return { name: event as SupportedEvent, pullRequest: pr, pullNumber: pr.number, sha: runCommit, ...(target ? { target: { ref: target, sha: pr.baseSha } } : {}) };
    }
    case 'merge_group': {
      const group = need(obj(payload.merge_group), file, 'merge_group');
      const headRef = str(group.head_ref);
      const baseRef = str(group.base_ref)?.replace(/^refs\/heads\//, '');
      const baseSha = need(sha(group.base_sha), file, 'merge_group.base_sha');
      return {
        name: 'merge_group',
        ...(baseRef ? { target: { ref: baseRef, sha: baseSha } } : {}),
        base: baseSha,
        head: need(sha(group.head_sha), file, 'merge_group.head_sha'),
        baseLabel: `merge queue base (${(str(group.base_ref) ?? 'target branch').replace(/^refs\/heads\//, '')})`,
        pullNumber: mergeQueuePullNumber(headRef),
        sha: runCommit,
      };
    }
    case 'push': {
      if (payload.deleted === true) {
        throw new InputError('This push deleted a branch: there is no change to judge.', 'Add `branches-ignore` or an `if: ${{ !github.event.deleted }}` condition to the workflow.');
      }
      const before = sha(payload.before);
      const created = payload.created === true || before === undefined || ZERO_SHA.test(before);
      return {
        name: 'push',
        base: created ? undefined : before,
        head: need(sha(payload.after), file, 'after'),
        baseLabel: `previous tip of ${(str(payload.ref) ?? 'the branch').replace(/^refs\/heads\//, '')} (before the push)`,
        created,
        defaultBranch: str(payload.ref) !== undefined && str(payload.ref) === `refs/heads/${str(obj(payload.repository)?.default_branch) ?? ''}`,
        sha: runCommit,
      };
    }
    case 'workflow_dispatch':
      return { name: 'workflow_dispatch', sha: runCommit };
  }
}

export async function readEvent(env: NodeJS.ProcessEnv, explicitRange = false): Promise<GitHubEvent> {
  const file = env.GITHUB_EVENT_PATH;
  let payload: Json = {};
  if (file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new InputError(`The event payload ${file} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, 'GITHUB_EVENT_PATH is set by the Actions runner; do not override it.');
    }
    try {
      payload = obj(JSON.parse(text)) ?? {};
    } catch (e) {
      throw new InputError(`The event payload ${file} is not valid JSON: ${(e as Error).message}.`, 'GITHUB_EVENT_PATH is set by the Actions runner; do not override it.');
    }
  }
  return parseEvent(env.GITHUB_EVENT_NAME, payload, file ?? 'GITHUB_EVENT_PATH', env.GITHUB_SHA, explicitRange);
}
