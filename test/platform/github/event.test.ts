import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../src/core/errors.js';
import { mergeQueuePullNumber, parseEvent, readEvent } from '../../../src/platform/github/event.js';
import { webhookExample } from './support/run-action.js';

describe('parseEvent (payloads from @octokit/webhooks-examples)', () => {
  it('takes base and head of a pull request from the payload, never the merge commit', () => {
    const payload = webhookExample('pull_request', (e) => e.action === 'opened');
    const e = parseEvent('pull_request', payload, 'event.json', 'a'.repeat(40));
    expect(e.pullRequest).toEqual(
      expect.objectContaining({
        number: payload.pull_request.number,
        baseSha: payload.pull_request.base.sha,
        headSha: payload.pull_request.head.sha,
        baseRef: payload.pull_request.base.ref,
        fromFork: false,
      }),
    );
    expect(e.pullNumber).toBe(payload.pull_request.number);
    expect(e.sha).toBe('a'.repeat(40));
  });

  it('reads pull_request_target and pull_request_review the same way', () => {
    const pr = webhookExample('pull_request', (e) => e.action === 'synchronize');
    expect(parseEvent('pull_request_target', pr, 'e').pullRequest?.headSha).toBe(pr.pull_request.head.sha);
    const review = webhookExample('pull_request_review', (e) => e.action === 'submitted');
    const e = parseEvent('pull_request_review', review, 'e');
    expect(e.pullRequest?.baseSha).toBe(review.pull_request.base.sha);
    expect(e.pullNumber).toBe(review.pull_request.number);
  });

  it('marks a pull request whose head lives in another repository as from a fork', () => {
    const payload = webhookExample('pull_request', (e) => e.action === 'opened');
    payload.pull_request.head.repo.full_name = 'someone/fork';
    expect(parseEvent('pull_request', payload, 'e').pullRequest?.fromFork).toBe(true);
    payload.pull_request.head.repo = null;
    expect(parseEvent('pull_request', payload, 'e').pullRequest?.fromFork).toBe(true);
  });

  it('takes a merge group\'s base and head, and its pull request from the queue branch', () => {
    const payload = webhookExample('merge_group');
    const e = parseEvent('merge_group', payload, 'e');
    expect(e.base).toBe(payload.merge_group.base_sha);
    expect(e.head).toBe(payload.merge_group.head_sha);
    // head_ref is refs/heads/gh-readonly-queue/main/pr-104-929f…: pull request 104.
    expect(payload.merge_group.head_ref).toMatch(/\/pr-104-/);
    expect(e.pullNumber).toBe(104);
    expect(mergeQueuePullNumber('refs/heads/main')).toBeUndefined();
  });

  it('takes a push\'s before and after; a push that created the ref has no base', () => {
    const created = webhookExample('push', (e) => /^0+$/.test(e.before));
    const e = parseEvent('push', created, 'e');
    expect(e.created).toBe(true);
    expect(e.base).toBeUndefined();
    expect(e.head).toBe(created.after);
    // The examples only create or delete refs; an update is the same payload with a previous tip.
    const update: Record<string, any> = { ...webhookExample('push', (x) => x.ref === 'refs/heads/master'), before: 'c'.repeat(40), created: false };
    const u = parseEvent('push', update, 'e');
    expect([u.base, u.head, u.created]).toEqual([update.before, update.after, false]);
  });

  it('stops on a push that deleted a branch', () => {
    const payload = { ...webhookExample('push'), deleted: true };
    expect(() => parseEvent('push', payload, 'e')).toThrow(/deleted a branch/);
  });

  it('accepts workflow_dispatch with the run\'s commit', () => {
    const e = parseEvent('workflow_dispatch', webhookExample('workflow_dispatch'), 'e', 'b'.repeat(40));
    expect(e).toEqual({ name: 'workflow_dispatch', sha: 'b'.repeat(40) });
  });

  it('rejects other events with the list of supported ones, unless base and head are given', () => {
    let error: unknown;
    try {
      parseEvent('issue_comment', webhookExample('issue_comment'), 'e');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('"issue_comment"');
    expect((error as InputError).hint).toContain('base:');
    expect(parseEvent('issue_comment', {}, 'e', undefined, true).name).toBe('other');
  });

  it('names the missing field of a malformed payload', () => {
    const payload = webhookExample('pull_request', (e) => e.action === 'opened');
    delete payload.pull_request.head.sha;
    expect(() => parseEvent('pull_request', payload, 'event.json')).toThrow('The event payload event.json has no pull_request.head.sha.');
  });

  it('reads the payload file the runner wrote, and reports one that is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-event-'));
    try {
      const file = join(dir, 'event.json');
      writeFileSync(file, JSON.stringify(webhookExample('merge_group')));
      expect((await readEvent({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: file })).name).toBe('merge_group');
      writeFileSync(file, '{ nope');
      await expect(readEvent({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: file })).rejects.toThrow(/is not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
