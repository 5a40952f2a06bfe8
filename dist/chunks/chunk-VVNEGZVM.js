#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/gather/http/node-fetch.ts
import http from "node:http";
import https from "node:https";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
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
  for (const [k, v] of new Headers(headers)) out[k] = v;
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
function webBody(res, signal) {
  const decode = decoder(res.headers["content-encoding"]);
  const source = decode ? pipeline(res, decode, () => void 0) : res;
  let open = true;
  return new ReadableStream({
    start(controller) {
      const settle = (e) => {
        if (!open) return;
        open = false;
        if (e === void 0) controller.close();
        else controller.error(signal?.aborted ? reasonOf(signal) : failed(e));
      };
      source.on("data", (chunk) => {
        if (open) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
      source.on("end", () => settle());
      source.on("error", (e) => settle(e));
      res.on("close", () => {
        if (!res.complete) settle(new Error("the connection closed before the answer was complete"));
      });
    },
    cancel() {
      open = false;
      res.destroy();
    }
  });
}
function headersOf(res) {
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    try {
      headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
    } catch {
    }
  }
  return headers;
}
function answer(res, method, signal) {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) throw failed(new Error(`the answer's status ${status} is not an HTTP status fetch accepts`));
  const noBody = method === "HEAD" || status === 204 || status === 205 || status === 304;
  const body = noBody ? null : webBody(res, signal);
  if (noBody) res.resume();
  return new Response(body, { status, statusText: res.statusMessage ?? "", headers: headersOf(res) });
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
      const method = (init?.method ?? "GET").toUpperCase();
      return send({ url: urlOf(input), method, headers, body: bodyBytes(init?.body), redirect: init?.redirect ?? "follow", signal: init?.signal ?? void 0 }, agentFor, 0);
    } catch (e) {
      return Promise.reject(e instanceof TypeError ? e : failed(e));
    }
  };
}

export {
  nodeFetch
};
