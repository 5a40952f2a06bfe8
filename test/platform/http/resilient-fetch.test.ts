/**
 * The retry and time rules every platform client goes through, over the node:http transport the clients
 * use, against a real HTTP server on
 * 127.0.0.1 that answers with scripted statuses, headers, cut and stalled bodies.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeFetch } from '../../../src/gather/http/node-fetch.js';
import { DeadlineError, deadlineIn } from '../../../src/platform/http/deadline.js';
import { resilientFetch } from '../../../src/platform/http/resilient-fetch.js';
import { backoffMs, isRateLimited, waitFor } from '../../../src/platform/http/retry-wait.js';

type Answer = (req: IncomingMessage, res: ServerResponse) => void;

describe('resilient fetch', () => {
  let server: Server;
  let url = '';
  const seen: Array<{ method: string; at: number }> = [];
  let answers: Answer[] = [];
  const open: ServerResponse[] = [];
  beforeEach(async () => {
    seen.length = 0;
    answers = [];
    server = createServer((req, res) => {
      seen.push({ method: req.method ?? 'GET', at: Date.now() });
      const answer = answers.shift() ?? ((_, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{"ok": true}'));
      answer(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/thing`;
  });
  afterEach(async () => {
    for (const r of open.splice(0)) r.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const client = (seconds = 10, base = 20, attemptTimeoutMs = 2000) => resilientFetch(nodeFetch(), { deadline: deadlineIn(seconds), attemptTimeoutMs, maxAttempts: 4, backoffBaseMs: base, random: () => 0.5 });
  const json = (status: number, body: string, headers: Record<string, string> = {}): Answer => (_, res) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);

  it('waits until GitLab\'s RateLimit-Reset when the quota is spent, then succeeds', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    answers = [json(429, '{"message": "Retry later"}', { 'ratelimit-remaining': '0', 'ratelimit-reset': String(reset) })];
    const res = await client()(url);
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at).toBeGreaterThanOrEqual(reset * 1000 - 50);
  });

  it('fails at once, naming the wait, when a rate limit asks for longer than the deadline leaves', async () => {
    answers = [json(429, '{}', { 'retry-after': '120' })];
    const started = Date.now();
    await expect(client(5)(url)).rejects.toThrow(DeadlineError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen).toHaveLength(1);
  });

  it('retries a cut JSON body on a read, and returns the whole answer', async () => {
    answers = [json(200, '{"number": 2, "title": "x'), json(200, '{"number": 2}')];
    const res = await client()(url);
    expect(await res.json()).toEqual({ number: 2 });
    expect(seen).toHaveLength(2);
  });

  it('never sends a write twice after a server error', async () => {
    answers = [json(500, '{"message": "boom"}')];
    const res = await client()(url, { method: 'POST', body: '{}' });
    expect(res.status).toBe(500);
    expect(seen.map((s) => s.method)).toEqual(['POST']);
  });

  it('cuts off a body that stalls, and gives up at the deadline', async () => {
    answers = Array.from({ length: 10 }, (): Answer => (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a": ');
      open.push(res);
    });
    const started = Date.now();
    await expect(client(1.5, 20, 800)(url)).rejects.toThrow(/no answer within the platform deadline of 1.5 s/);
    expect(Date.now() - started).toBeLessThan(4500);
    expect(seen.length).toBeGreaterThan(1);
  });
});

describe('how long to wait', () => {
  it('reads Retry-After as seconds or as a date, and a spent quota\'s reset time', () => {
    expect(waitFor(new Headers({ 'retry-after': '3' }), 1, 1000).ms).toBe(3000);
    const inTwo = new Date(Date.now() + 2000).toUTCString();
    expect(waitFor(new Headers({ 'retry-after': inTwo }), 1, 1000).ms).toBeGreaterThan(500);
    const reset = String(Math.floor(Date.now() / 1000) + 30);
    expect(waitFor(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 1, 1000).ms).toBeGreaterThan(28_000);
    // A reset time with quota left is no reason to wait that long: backoff applies.
    expect(waitFor(new Headers({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': reset }), 1, 1000)).toEqual({ ms: expect.any(Number), asked: false });
  });

  it('backs off exponentially with jitter between half and all of each step', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, 1000, () => 0))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((n) => backoffMs(n, 1000, () => 1))).toEqual([1000, 2000, 4000]);
  });

  it('tells GitHub\'s rate-limit 403 from a permission 403', () => {
    expect(isRateLimited(403, new Headers({ 'x-ratelimit-remaining': '0' }))).toBe(true);
    expect(isRateLimited(403, new Headers({ 'retry-after': '60' }))).toBe(true);
    expect(isRateLimited(403, new Headers({ 'x-ratelimit-remaining': '4999' }))).toBe(false);
    expect(isRateLimited(429, new Headers())).toBe(true);
  });
});
