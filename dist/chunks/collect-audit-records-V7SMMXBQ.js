#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  ApiClient,
  HttpError,
  NewestFirst,
  inRange,
  walkArtifacts
} from "./chunk-MQCOSX6A.js";
import "./chunk-UT6POEW4.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";
import "./chunk-5XPGGXWI.js";
import "./chunk-5VFZBLC7.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/platform/github/collect-audit-records.ts
var TOKEN_HINT = 'Use a fine-grained token or GitHub App with "Actions: read" and "Metadata: read" on the repositories (a classic token needs `repo`), in GITHUB_TOKEN or the variable --github-token-env names.';
var githubRateLimit = (status, headers, body, now) => {
  const retryAfter = Number(headers.get("retry-after"));
  if (headers.has("retry-after") && Number.isFinite(retryAfter)) return { waitMs: retryAfter * 1e3, reason: "retry-after" };
  if (headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    return { waitMs: Number.isFinite(reset) ? Math.max(0, reset * 1e3 - now) + 1e3 : void 0, reason: "primary rate limit" };
  }
  if (status === 429 || /rate limit/i.test(body)) return { waitMs: void 0, reason: "secondary rate limit" };
  return void 0;
};
function downloadUrl(given, api, repo, id) {
  const own = `${api}/repos/${repo}/actions/artifacts/${id}/zip`;
  if (typeof given !== "string") return own;
  try {
    return new URL(given).origin === new URL(api).origin ? given : own;
  } catch {
    return own;
  }
}
function toArtifact(v, api, repo) {
  const o = v;
  if (!o || typeof o.id !== "number" || typeof o.name !== "string") return void 0;
  const created = typeof o.created_at === "string" ? Date.parse(o.created_at) : NaN;
  return {
    id: o.id,
    name: o.name,
    expired: o.expired === true,
    createdAt: Number.isFinite(created) ? created : void 0,
    url: downloadUrl(o.archive_download_url, api, repo, o.id)
  };
}
function fatal(e, what) {
  if (e instanceof HttpError && e.status === 401) throw new InputError(`GitHub rejected the token (401) while listing ${what}.`, TOKEN_HINT);
  if (e instanceof HttpError && (e.status === 404 || e.status === 403)) throw new InputError(`GitHub could not list ${what}: ${e.message}`, `Check the name, and that the token may see it. ${TOKEN_HINT}`);
  if (e instanceof HttpError) throw new InputError(e.message, "Try again later, or collect fewer repositories at once.");
  throw e;
}
async function listRepositories(client, o) {
  const names = /* @__PURE__ */ new Set();
  for (const repo of o.repositories) {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) throw new InputError(`--github-repos: "${repo}" is not owner/name.`, "List repositories as owner/name, separated by commas.");
    names.add(repo);
  }
  for (const org of o.orgs) {
    try {
      for await (const page of client.pages(`${o.apiUrl}/orgs/${encodeURIComponent(org)}/repos?type=all&per_page=100`)) {
        for (const r of Array.isArray(page) ? page : []) {
          const full = r.full_name;
          if (typeof full === "string" && r.archived !== true) names.add(full);
        }
      }
    } catch (e) {
      fatal(e, `the repositories of the organisation ${org}`);
    }
  }
  return [...names].sort();
}
async function gateArtifacts(client, o, repo) {
  const found = [];
  const order = new NewestFirst();
  const url = `${o.apiUrl}/repos/${repo}/actions/artifacts?per_page=100`;
  for await (const page of client.pages(url)) {
    const artifacts = (page?.artifacts ?? []).map((a) => toArtifact(a, o.apiUrl, repo)).filter((a) => a !== void 0);
    for (const a of artifacts) {
      order.see(a.createdAt);
      if (a.name.startsWith(o.artifactPrefix) && !a.expired && inRange(a.createdAt, o)) found.push(a);
    }
    if (order.pastStart(o)) break;
  }
  return found;
}
async function collectFromGitHub(o, sink, events) {
  const client = new ApiClient({
    name: "GitHub",
    headers: { authorization: `Bearer ${o.token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "ai-governance-gate-report" },
    rateLimit: githubRateLimit,
    fallbackWaitMs: o.fallbackWaitMs,
    maxWaitMs: o.maxWaitMs,
    onWait: (ms, reason) => events.waiting(ms, reason)
  });
  const repositories = await listRepositories(client, o);
  events.repositories(repositories.length);
  const walked = await walkArtifacts(
    repositories,
    {
      platform: "github",
      client,
      name: (repo) => repo,
      list: async (repo) => (await gateArtifacts(client, o, repo)).map((a) => ({ url: a.url, source: `github:${repo}/actions/artifacts/${a.id} (${a.name})` })),
      fatal: (e, repo) => {
        if (e instanceof HttpError && e.status === 401) fatal(e, `the artifacts of ${repo}`);
      }
    },
    sink,
    events,
    o.concurrency
  );
  const scope = [...o.orgs, ...o.repositories.length ? [`${o.repositories.length} listed repositories`] : []].join(", ");
  return {
    summary: { platform: "github", scope, repositories: repositories.length, artifacts: walked.artifacts, records: walked.records, gone: walked.gone, requests: client.requests, rateLimitWaits: client.rateLimitWaits },
    problems: walked.problems,
    repositories
  };
}
export {
  collectFromGitHub
};
