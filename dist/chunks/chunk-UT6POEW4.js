#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/gather/http/node-fetch.ts
import http from "node:http";
import https from "node:https";
import { pipeline } from "node:stream";
import zlib from "node:zlib";

// src/gather/http/answer.ts
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
var FORBIDDEN_IN_VALUE = /[\0\r\n]/;
function headerPair(name, value) {
  const v = value.replace(EDGE_WHITESPACE, "");
  return TOKEN.test(name) && !FORBIDDEN_IN_VALUE.test(v) ? [name.toLowerCase(), v] : void 0;
}
var AnswerHeaders = class _AnswerHeaders {
  byName = /* @__PURE__ */ new Map();
  /** From alternating names and values (`IncomingMessage.rawHeaders`); a header fetch would refuse is left out. */
  static fromRaw(raw) {
    const h = new _AnswerHeaders();
    for (let i = 0; i + 1 < raw.length; i += 2) h.add(raw[i], raw[i + 1]);
    return h;
  }
  /** From any headers that iterate as name and value pairs (a `Headers`, say). */
  static from(pairs) {
    if (pairs instanceof _AnswerHeaders) return pairs;
    const h = new _AnswerHeaders();
    for (const [name, value] of pairs) h.add(name, value);
    return h;
  }
  add(name, value) {
    const pair = headerPair(name, value);
    if (pair === void 0) return;
    const [key, v] = pair;
    const list = this.byName.get(key);
    if (list) list.push(v);
    else this.byName.set(key, [v]);
  }
  get(name) {
    return this.byName.get(name.toLowerCase())?.join(", ") ?? null;
  }
  has(name) {
    return this.byName.has(name.toLowerCase());
  }
  getSetCookie() {
    return [...this.byName.get("set-cookie") ?? []];
  }
  /** In fetch's order: by name; `set-cookie` once per value, every other name once. */
  *entries() {
    for (const name of [...this.byName.keys()].sort()) {
      const list = this.byName.get(name);
      if (name === "set-cookie") for (const v of list) yield [name, v];
      else yield [name, list.join(", ")];
    }
  }
  *keys() {
    for (const [name] of this.entries()) yield name;
  }
  *values() {
    for (const [, value] of this.entries()) yield value;
  }
  forEach(callback) {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
var unusable = () => new TypeError("Body is unusable: Body has already been read");
var Answer = class {
  status;
  statusText;
  ok;
  headers;
  url;
  redirected = false;
  type = "basic";
  used = false;
  chunks = [];
  ended = false;
  failure;
  /** Set while a reader waits: the body's next chunk or its end goes there instead of the queue. */
  forward;
  settled;
  stream;
  source;
  hasBody;
  constructor(body, init) {
    this.status = init.status;
    this.statusText = init.statusText ?? "";
    this.ok = init.status >= 200 && init.status <= 299;
    this.headers = init.headers;
    this.url = init.url ?? "";
    this.source = body instanceof Uint8Array || body === null ? void 0 : body;
    if (body === null) this.ended = true;
    else if (body instanceof Uint8Array) {
      this.chunks.push(body);
      this.ended = true;
    } else {
      body.start({
        chunk: (bytes) => this.forward ? this.forward.chunk(bytes) : this.chunks.push(bytes),
        end: (error) => {
          if (this.forward) return this.forward.end(error);
          this.ended = true;
          this.failure = error;
          this.settled?.();
        }
      });
    }
    this.hasBody = body !== null;
  }
  get bodyUsed() {
    return this.used;
  }
  /** The body as a web stream, made on first use (a web stream costs Node a module of its own too). */
  get body() {
    if (!this.hasBody) return null;
    if (this.stream) return this.stream;
    const queued = this.chunks.splice(0);
    this.stream = new ReadableStream({
      start: (controller) => {
        for (const c of queued) controller.enqueue(c);
        const end = (error) => error === void 0 ? controller.close() : controller.error(error);
        if (this.ended) end(this.failure);
        else this.forward = { chunk: (bytes) => controller.enqueue(bytes), end };
      },
      cancel: () => {
        this.forward = { chunk: () => void 0, end: () => void 0 };
        this.source?.cancel();
      }
    });
    return this.stream;
  }
  async bytes() {
    if (this.used || this.stream?.locked) throw unusable();
    this.used = true;
    if (this.stream) return Buffer.concat(await readAll(this.stream));
    if (!this.ended) await new Promise((resolve) => this.settled = resolve);
    if (this.failure !== void 0) throw this.failure;
    return Buffer.concat(this.chunks.splice(0));
  }
  async arrayBuffer() {
    const b = await this.bytes();
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : new Uint8Array(b).buffer;
  }
  async text() {
    return new TextDecoder().decode(await this.bytes());
  }
  async json() {
    return JSON.parse(await this.text());
  }
  async blob() {
    return new Blob([await this.bytes()], { type: this.headers.get("content-type") ?? "" });
  }
};
async function readAll(stream) {
  const reader = stream.getReader();
  const chunks = [];
  for (; ; ) {
    const next = await reader.read();
    if (next.done) return chunks;
    chunks.push(next.value);
  }
}

// src/gather/http/node-fetch.ts
var MAX_REDIRECTS = 20;
var REDIRECT = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var ORIGIN_BOUND = ["authorization", "proxy-authorization", "cookie"];
var BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];
var direct = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };
var failed = (cause) => new TypeError("fetch failed", { cause });
var reasonOf = (signal) => signal.reason;
function urlOf(input) {
  return new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
}
function headerRecord(headers) {
  const out = {};
  if (headers === void 0 || headers === null) return out;
  const pairs = Symbol.iterator in headers ? headers : Object.entries(headers);
  for (const [name, value] of pairs) {
    const pair = headerPair(name, String(value));
    if (pair === void 0) throw new TypeError(`invalid header ${JSON.stringify(name)}`);
    const [key, v] = pair;
    out[key] = key in out ? `${out[key]}, ${v}` : v;
  }
  return out;
}
function bodyBytes(body) {
  if (body === null || body === void 0) return void 0;
  if (typeof body === "string") return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError("this transport sends string or byte bodies only");
}
function decoder(encoding) {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return void 0;
  }
}
function bodySource(res, signal) {
  const decode = decoder(res.headers["content-encoding"]);
  const source = decode ? pipeline(res, decode, () => void 0) : res;
  return {
    start(sink) {
      let open = true;
      const settle = (e) => {
        if (!open) return;
        open = false;
        sink.end(e === void 0 ? void 0 : signal?.aborted ? reasonOf(signal) : failed(e));
      };
      source.on("data", (chunk) => {
        if (open) sink.chunk(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
      source.on("end", () => settle());
      source.on("error", (e) => settle(e));
      res.on("close", () => {
        if (!res.complete) settle(new Error("the connection closed before the answer was complete"));
      });
    },
    cancel() {
      res.destroy();
    }
  };
}
function answer(res, method, signal) {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) throw failed(new Error(`the answer's status ${status} is not an HTTP status fetch accepts`));
  const noBody = method === "HEAD" || status === 204 || status === 205 || status === 304;
  if (noBody) res.resume();
  const headers = AnswerHeaders.fromRaw(res.rawHeaders);
  return new Answer(noBody ? null : bodySource(res, signal), { status, statusText: res.statusMessage ?? "", headers });
}
function redirected(req, status, to) {
  const headers = { ...req.headers };
  let { method, body } = req;
  if (status === 303 ? method !== "HEAD" : (status === 301 || status === 302) && method === "POST") {
    method = "GET";
    body = void 0;
    for (const h of BODY_HEADERS) delete headers[h];
  }
  if (to.origin !== req.url.origin) for (const h of ORIGIN_BOUND) delete headers[h];
  return { ...req, url: to, method, headers, body };
}
function send(req, agentFor, redirects) {
  return agentFor(req.url).then(
    (agent) => new Promise((resolve, reject) => {
      const { url, signal } = req;
      if (signal?.aborted) return reject(reasonOf(signal));
      if (url.protocol !== "http:" && url.protocol !== "https:") return reject(failed(new Error(`${url.protocol} URLs are not supported`)));
      const headers = { ...req.headers };
      if (req.body) headers["content-length"] = String(req.body.length);
      const client = (url.protocol === "https:" ? https : http).request(url, { method: req.method, headers, agent: agent ?? direct[url.protocol] });
      const onAbort = () => client.destroy(reasonOf(signal));
      signal?.addEventListener("abort", onAbort, { once: true });
      client.on("error", (e) => {
        signal?.removeEventListener("abort", onAbort);
        reject(signal?.aborted ? reasonOf(signal) : failed(e));
      });
      client.on("response", (res) => {
        res.on("close", () => signal?.removeEventListener("abort", onAbort));
        res.on("error", () => void 0);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (REDIRECT.has(status) && location !== void 0 && req.redirect !== "manual") {
          res.resume();
          if (req.redirect === "error") return reject(failed(new Error(`redirected with status ${status}`)));
          if (redirects >= MAX_REDIRECTS) return reject(failed(new Error("too many redirects")));
          let to;
          try {
            to = new URL(location, url);
          } catch {
            return reject(failed(new Error("the redirect names no valid URL")));
          }
          return resolve(send(redirected(req, status, to), agentFor, redirects + 1));
        }
        try {
          resolve(answer(res, req.method, signal));
        } catch (e) {
          res.destroy();
          reject(e instanceof Error ? e : failed(e));
        }
      });
      client.end(req.body);
    })
  );
}
var noAgent = () => Promise.resolve(void 0);
function nodeFetch(agentFor = noAgent) {
  return (input, init) => {
    try {
      const headers = headerRecord(init?.headers);
      if (!("accept-encoding" in headers)) headers["accept-encoding"] = "gzip, deflate, br";
      if (typeof init?.body === "string" && !("content-type" in headers)) headers["content-type"] = "text/plain;charset=UTF-8";
      const method = (init?.method ?? "GET").toUpperCase();
      return send({ url: urlOf(input), method, headers, body: bodyBytes(init?.body), redirect: init?.redirect ?? "follow", signal: init?.signal ?? void 0 }, agentFor, 0);
    } catch (e) {
      return Promise.reject(e instanceof TypeError ? e : failed(e));
    }
  };
}

export {
  AnswerHeaders,
  Answer,
  nodeFetch
};
