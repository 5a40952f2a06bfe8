#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  nodeFetch
} from "./chunk-UT6POEW4.js";
import {
  addArchive
} from "./chunk-5XPGGXWI.js";

// src/gather/org-report/http.ts
var send = nodeFetch();
var HttpError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
    this.name = "HttpError";
  }
  status;
};
var TRANSIENT_RETRIES = 3;
var RATE_LIMIT_RETRIES = 8;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function shown(url) {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}
function messageOf(body) {
  try {
    const parsed = JSON.parse(body);
    const m = parsed.message ?? parsed.error;
    if (typeof m === "string") return m;
    if (m !== void 0) return JSON.stringify(m);
  } catch {
  }
  return body.slice(0, 200);
}
function nextLink(headers) {
  const link = headers.get("link");
  if (!link) return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return void 0;
}
var ApiClient = class {
  constructor(o) {
    this.o = o;
  }
  o;
  requests = 0;
  rateLimitWaits = 0;
  async once(url, headers) {
    this.requests++;
    return send(url, { headers, redirect: "manual", signal: AbortSignal.timeout(this.o.timeoutMs ?? 6e4) });
  }
  /**
   * A GET answered with 2xx or 3xx. Throws HttpError for anything else once retries are spent:
   * status 0 for a network failure, the status and the platform's message otherwise.
   */
  async get(url, auth = true) {
    const headers = auth ? this.o.headers : {};
    let transient = 0;
    let limited = 0;
    for (; ; ) {
      let res;
      try {
        res = await this.once(url, headers);
      } catch (e) {
        if (transient++ < TRANSIENT_RETRIES) {
          await sleep(1e3 * 2 ** (transient - 1));
          continue;
        }
        throw new HttpError(0, `${this.o.name} did not answer ${shown(url)}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (res.status < 400) return res;
      const body = await res.text();
      if (res.status >= 500 && transient++ < TRANSIENT_RETRIES) {
        await sleep(1e3 * 2 ** (transient - 1));
        continue;
      }
      const rate = res.status === 403 || res.status === 429 ? this.o.rateLimit(res.status, res.headers, body, Date.now()) : void 0;
      if (rate) {
        const wait = rate.waitMs ?? this.o.fallbackWaitMs * 2 ** limited;
        if (limited++ >= RATE_LIMIT_RETRIES || wait > this.o.maxWaitMs) {
          throw new HttpError(res.status, `${this.o.name} rate limit (${rate.reason}) on ${shown(url)}: waiting ${Math.ceil(wait / 1e3)} s is more than allowed (--max-rate-limit-wait ${Math.round(this.o.maxWaitMs / 1e3)})`);
        }
        this.rateLimitWaits++;
        this.o.onWait?.(wait, rate.reason);
        await sleep(wait);
        continue;
      }
      throw new HttpError(res.status, `${this.o.name} answered ${res.status} for ${shown(url)}: ${messageOf(body)}`);
    }
  }
  async json(url) {
    const res = await this.get(url);
    if (res.status >= 300) throw new HttpError(res.status, `${this.o.name} answered ${res.status} for ${shown(url)} where JSON was expected`);
    const text = await res.text();
    try {
      return { body: JSON.parse(text), headers: res.headers };
    } catch {
      throw new HttpError(res.status, `${this.o.name} answered ${shown(url)} with something that is not JSON`);
    }
  }
  /** Every page, following `next` (the platform's way of saying where the next page is). */
  async *pages(first, next = (h) => nextLink(h)) {
    let url = first;
    while (url !== void 0) {
      const { body, headers } = await this.json(url);
      yield body;
      url = next(headers, url);
    }
  }
  /**
   * An archive's bytes. The API answers with the file or a redirect to blob storage, which is fetched
   * without the token. Undefined when it is gone (expired or deleted since it was listed).
   */
  async download(url) {
    let res;
    try {
      res = await this.get(url);
      for (let hops = 0; res.status >= 300 && res.status < 400; hops++) {
        const location = res.headers.get("location");
        await res.body?.cancel();
        if (!location || hops >= 5) throw new HttpError(res.status, `${this.o.name} redirected ${shown(url)} ${location ? "too often" : "without a Location"}`);
        const target = new URL(location, url);
        res = await this.get(target.href, target.origin === new URL(url).origin);
      }
    } catch (e) {
      if (e instanceof HttpError && (e.status === 404 || e.status === 410)) return void 0;
      throw e;
    }
    return new Uint8Array(await res.arrayBuffer());
  }
};

// src/gather/org-report/collect.ts
function inRange(createdAt, range) {
  if (createdAt === void 0) return true;
  return (range.since === void 0 || createdAt >= range.since) && (range.until === void 0 || createdAt < range.until);
}
var NewestFirst = class {
  previous;
  ordered = true;
  see(createdAt) {
    if (createdAt === void 0) return;
    if (this.previous !== void 0 && createdAt > this.previous) this.ordered = false;
    this.previous = createdAt;
  }
  pastStart(range) {
    return this.ordered && range.since !== void 0 && this.previous !== void 0 && this.previous < range.since;
  }
};
async function pool(items, limit, work) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure instanceof Error) throw failure;
  if (failure !== void 0) throw new Error("a download failed");
}
function countingSink(sink) {
  const counted = {
    count: 0,
    add(value, source) {
      counted.count++;
      sink.add(value, source);
    },
    problem: (source, reason) => sink.problem(source, reason),
    other: () => sink.other()
  };
  return counted;
}
async function walkArtifacts(repos, walk, sink, events, concurrency) {
  const problems = [];
  let artifacts = 0;
  let gone = 0;
  let records = 0;
  for (const repo of repos) {
    const counted = countingSink(sink);
    try {
      const refs = await walk.list(repo);
      artifacts += refs.length;
      await pool(refs, concurrency, async (ref) => {
        const bytes = await walk.client.download(ref.url);
        if (bytes) addArchive(bytes, ref.source, counted);
        else gone++;
      });
    } catch (e) {
      walk.fatal(e, repo);
      if (!(e instanceof HttpError)) throw e;
      problems.push({ platform: walk.platform, scope: walk.name(repo), message: e.message });
    }
    records += counted.count;
    events.repositoryDone(walk.name(repo), counted.count);
  }
  return { problems, artifacts, gone, records };
}

export {
  HttpError,
  nextLink,
  ApiClient,
  inRange,
  NewestFirst,
  walkArtifacts
};
