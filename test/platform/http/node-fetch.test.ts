/**
 * The platform clients' transport against Node's own fetch, side by side, on real HTTP servers on
 * 127.0.0.1: for each answer both read the same status, headers and bytes, follow the same redirects
 * with the same requests, and fail alike on cut bodies, stalls, refused connections and redirect loops.
 * Its answers are not Node's `Response` (src/gather/http/answer.ts): they are read here as the clients
 * read them, beside Node's, and a run of the bundled transport is checked not to load Node's undici.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { nodeFetch } from '../../../src/gather/http/node-fetch.js';
import { projectRoot } from '../../helpers/corpus.js';
import { leanSpawn } from '../../helpers/lean-spawn.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

interface Seen {
  server: string;
  method: string;
  path: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

interface Local {
  origin: string;
  close(): Promise<void>;
}

const seen: Seen[] = [];

async function serve(name: string, handle: Handler): Promise<Local> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ server: name, method: req.method!, path: req.url!, authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const transport = nodeFetch();

/** What a client made of an answer: everything a caller can read, or how it failed. */
async function outcome(client: typeof fetch, url: string, init?: RequestInit): Promise<unknown> {
  try {
    const res = await client(url, init);
    const headers = [...res.headers].filter(([k]) => k !== 'date' && k !== 'keep-alive' && k !== 'connection');
    try {
      return { status: res.status, statusText: res.statusText, headers, body: Buffer.from(await res.arrayBuffer()).toString('base64') };
    } catch (e) {
      return { status: res.status, headers, bodyFailed: failure(e) };
    }
  } catch (e) {
    return { failed: failure(e) };
  }
}

/** How a client failed: the error's name, and the system error's code where there is one. */
function failure(e: unknown): string {
  const code = ((e as Error).cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${(e as Error).name} ${code}` : (e as Error).name;
}

/**
 * Runs the same request through Node's fetch and the transport; both outcomes and the requests the
 * servers saw. `init` is made once for each client (an abort signal serves one request).
 */
async function bothWays(url: string, init: () => RequestInit = () => ({})): Promise<{ fetch: unknown; transport: unknown; sentByFetch: Seen[]; sentByTransport: Seen[] }> {
  seen.length = 0;
  const byFetch = await outcome(fetch, url, init());
  const sentByFetch = seen.splice(0);
  const byTransport = await outcome(transport, url, init());
  return { fetch: byFetch, transport: byTransport, sentByFetch, sentByTransport: seen.splice(0) };
}

describe('the node:http transport answers as fetch does', () => {
  let api: Local;
  let other: Local;
  const payload = JSON.stringify({ files: Array.from({ length: 300 }, (_, i) => ({ filename: `src/f${i}.ts`, additions: i })) });
  const routes: Record<string, Handler> = {
    '/json': (_, res) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999' }).end(payload),
    '/chunked': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first ');
      setTimeout(() => res.end('second'), 20);
    },
    '/gzip': (req, res) => res.writeHead(200, { 'content-encoding': /gzip/.test(req.headers['accept-encoding'] ?? '') ? 'gzip' : 'identity' }).end(/gzip/.test(req.headers['accept-encoding'] ?? '') ? gzipSync(payload) : payload),
    '/deflate': (_, res) => res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(payload)),
    '/br': (_, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(payload)),
    '/gzip-cut': (_, res) => {
      const whole = gzipSync(payload);
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(whole.subarray(0, whole.length >> 1));
    },
    '/cut': (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4000' });
      res.write('{"number": 2, "title": "cut');
      setTimeout(() => res.destroy(), 20);
    },
    '/none': (_, res) => res.writeHead(204).end(),
    '/headers': (_, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Multi', ['a', 'b']);
      res.setHeader('set-cookie', ['one=1', 'two=2']);
      res.setHeader('Link', '<https://api.example/x?page=2>; rel="next"');
      res.writeHead(200).end('{"a":[1,2,"\u00e9"]}');
    },
    '/echo': (req, res, body) => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, body })),
    '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/stall': () => undefined,
    '/stall-body': (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"a":');
    },
  };
  for (const status of [301, 302, 303, 307, 308]) routes[`/moved-${status}`] = (_, res) => res.writeHead(status, { location: '/echo' }).end();

  beforeAll(async () => {
    api = await serve('api', (req, res, body) => {
      const path = req.url!.split('?')[0]!;
      if (path === '/elsewhere') return res.writeHead(302, { location: `${other.origin}/echo` }).end();
      const route = routes[path];
      if (route) route(req, res, body);
      else res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
    });
    other = await serve('other', (req, res, body) => routes['/echo']!(req, res, body));
  });
  afterAll(async () => {
    await api.close();
    await other.close();
  });

  it.each(['/json', '/chunked', '/gzip', '/deflate', '/br', '/none', '/missing'])('reads %s as fetch does', async (path) => {
    const r = await bothWays(`${api.origin}${path}?page=2`, () => ({ headers: { accept: 'application/json', authorization: 'token x' } }));
    expect(r.transport).toEqual(r.fetch);
    expect(r.sentByTransport.map(({ method, path: p, authorization }) => ({ method, p, authorization }))).toEqual(r.sentByFetch.map(({ method, path: p, authorization }) => ({ method, p, authorization })));
  });

  // Not compared: a value's trailing spaces, which undici keeps and Node's parser drops (RFC 9110 excludes them).
  it('reads repeated and mixed-case headers as fetch does', async () => {
    const r = await bothWays(`${api.origin}/headers`);
    expect(r.transport).toEqual(r.fetch);
    const read = async (client: typeof fetch) => {
      const res = await client(`${api.origin}/headers`);
      const h = res.headers;
      const each: string[] = [];
      h.forEach((v, k) => each.push(`${k}=${v}`));
      return { multi: h.get('x-MULTI'), missing: h.get('x-none'), has: [h.has('Link'), h.has('x-none')], cookies: h.getSetCookie(), each, keys: [...h.keys()], values: [...h.values()], ok: res.ok, used: [res.bodyUsed, await res.text(), res.bodyUsed] };
    };
    const [byFetch, byTransport] = [await read(fetch), await read(transport)];
    expect(byTransport).toEqual(byFetch);
    expect(byTransport.multi).toBe('a, b');
  });

  it('sends headers given as a record, pairs or Headers as fetch sends them, and refuses a malformed one before sending', async () => {
    for (const headers of [{ Authorization: 'token x ', 'Content-Type': 'application/json' }, [['authorization', ' token x'], ['AUTHORIZATION', 'token y']] as [string, string][], new Headers({ authorization: 'token x' })]) {
      const r = await bothWays(`${api.origin}/echo`, () => ({ method: 'POST', headers, body: '{}' }));
      expect(r.transport).toEqual(r.fetch);
      expect(r.sentByTransport).toEqual(r.sentByFetch);
    }
    for (const headers of [{ 'bad name': 'x' }, { authorization: 'token x\nX-Injected: yes' }] as Record<string, string>[]) {
      const r = await bothWays(`${api.origin}/echo`, () => ({ headers }));
      expect(r.transport).toEqual(r.fetch);
      expect(r.transport).toEqual({ failed: 'TypeError' });
      expect(r.sentByTransport).toEqual([]);
    }
  });

  it('reads a body once, as text, JSON, bytes, a blob or a stream, as fetch does', async () => {
    const readers: Record<string, (res: Response) => Promise<unknown>> = {
      text: (res) => res.text(),
      json: (res) => res.json(),
      bytes: async (res) => Buffer.from(await res.arrayBuffer()).toString('base64'),
      blob: async (res) => {
        const b = await res.blob();
        return [b.type, b.size, await b.text()];
      },
      stream: async (res) => {
        const parts: string[] = [];
        const reader = res.body!.getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(Buffer.from(next.value).toString());
        return parts.join('');
      },
    };
    for (const [how, readIt] of Object.entries(readers)) {
      const read = async (client: typeof fetch) => {
        const res = await client(`${api.origin}/headers`);
        const value = await readIt(res);
        const again = await res.text().then(
          () => 'read again',
          (e: Error) => e.name,
        );
        return { how, value, again };
      };
      expect(await read(transport)).toEqual(await read(fetch));
    }
    const none = async (client: typeof fetch) => {
      const res = await client(`${api.origin}/none`);
      return { body: res.body, text: await res.text() };
    };
    expect(await none(transport)).toEqual(await none(fetch));
  });

  it('answers a run of the bundled transport without loading Node\'s undici, which its Response would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-transport-'));
    try {
      const bundle = join(dir, 'transport.mjs');
      await build({ entryPoints: [join(projectRoot, 'src/gather/http/node-fetch.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
      const probe = `const { nodeFetch } = await import(${JSON.stringify(bundle)});
        const f = nodeFetch();
        const json = await (await f(${JSON.stringify(`${api.origin}/json`)}, { headers: { accept: 'application/json' } })).json();
        const gz = await (await f(${JSON.stringify(`${api.origin}/gzip`)})).text();
        const undici = process.moduleLoadList.filter((m) => /undici/.test(m));
        new Headers();
        console.log(JSON.stringify({ files: json.files.length, gz: gz.length, undici, control: process.moduleLoadList.some((m) => /undici/.test(m)) }));`;
      const probed = await leanSpawn(process.execPath, ['--input-type=module', '-e', probe]);
      expect({ code: probed.code, stderr: probed.code === 0 ? '' : probed.stderr }).toEqual({ code: 0, stderr: '' });
      const out = probed.stdout;
      expect(JSON.parse(out)).toEqual({ files: 300, gz: payload.length, undici: [], control: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('decodes a compressed answer to the bytes sent', async () => {
    for (const path of ['/gzip', '/deflate', '/br']) {
      const res = await transport(`${api.origin}${path}`);
      expect(await res.text()).toBe(payload);
    }
  });

  it.each([301, 302, 303, 307, 308])('follows a %i for a POST as fetch does: same method, body and token where fetch keeps them', async (status) => {
    const r = await bothWays(`${api.origin}/moved-${status}`, () => ({ method: 'POST', headers: { authorization: 'token x', 'content-type': 'application/json' }, body: '{"body":"a note"}' }));
    expect(r.transport).toEqual(r.fetch);
    expect(r.sentByTransport).toEqual(r.sentByFetch);
    expect(r.sentByTransport.at(-1)!.path).toBe('/echo');
  });

  it('does not send the token to another origin a redirect names, as fetch does not', async () => {
    const r = await bothWays(`${api.origin}/elsewhere`, () => ({ headers: { authorization: 'token secret' } }));
    expect(r.transport).toEqual(r.fetch);
    expect(r.sentByTransport).toEqual(r.sentByFetch);
    expect(r.sentByTransport.map((s) => [s.server, s.authorization])).toEqual([
      ['api', 'token secret'],
      ['other', undefined],
    ]);
  });

  it('leaves a redirect to the caller with redirect: manual, and refuses one with redirect: error', async () => {
    const manual = await bothWays(`${api.origin}/moved-302`, () => ({ redirect: 'manual' }));
    expect(manual.transport).toEqual(manual.fetch);
    expect(manual.transport).toMatchObject({ status: 302 });
    const refused = await bothWays(`${api.origin}/moved-302`, () => ({ redirect: 'error' }));
    expect(refused.transport).toEqual(refused.fetch);
    expect(refused.transport).toEqual({ failed: 'TypeError' });
  });

  it('gives up on a redirect loop after 20 redirects', async () => {
    const r = await bothWays(`${api.origin}/loop`);
    expect(r.transport).toEqual(r.fetch);
    expect(r.transport).toEqual({ failed: 'TypeError' });
    expect(r.sentByTransport).toHaveLength(21);
    expect(r.sentByFetch).toHaveLength(21);
  });

  it('fails reading a body the server cuts short, as fetch does', async () => {
    const r = await bothWays(`${api.origin}/cut`);
    // The codes differ (undici's UND_ERR_SOCKET, Node's ECONNRESET); both are a failed fetch.
    expect({ ...(r.transport as object), bodyFailed: 'cut' }).toEqual({ ...(r.fetch as object), bodyFailed: 'cut' });
    expect(r.fetch).toMatchObject({ status: 200, bodyFailed: expect.stringMatching(/^TypeError/) });
    expect(r.transport).toMatchObject({ status: 200, bodyFailed: expect.stringMatching(/^TypeError/) });
  });

  it('fails reading a compressed body cut short, where fetch hands over what it could decode', async () => {
    const r = await bothWays(`${api.origin}/gzip-cut`);
    expect(r.fetch).toMatchObject({ status: 200 });
    expect(r.fetch).not.toHaveProperty('bodyFailed');
    expect(r.transport).toMatchObject({ status: 200, bodyFailed: expect.stringMatching(/^TypeError/) });
  });

  it('ends a stalled answer, or a stalled body, with the abort signal\'s reason', async () => {
    const stalled = await bothWays(`${api.origin}/stall`, () => ({ signal: AbortSignal.timeout(200) }));
    expect(stalled.transport).toEqual(stalled.fetch);
    expect(stalled.transport).toEqual({ failed: 'TimeoutError' });
    const stalledBody = await bothWays(`${api.origin}/stall-body`, () => ({ signal: AbortSignal.timeout(200) }));
    expect(stalledBody.transport).toEqual(stalledBody.fetch);
    expect(stalledBody.transport).toMatchObject({ status: 200, bodyFailed: 'TimeoutError' });
  });

  it('rejects as fetch does when nothing listens', async () => {
    const gone = await serve('gone', () => undefined);
    await gone.close();
    const r = await bothWays(`${gone.origin}/json`);
    expect(r.transport).toEqual(r.fetch);
    expect(r.transport).toEqual({ failed: 'TypeError ECONNREFUSED' });
  });
});
