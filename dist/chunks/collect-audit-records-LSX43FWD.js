#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  ApiClient,
  HttpError,
  NewestFirst,
  inRange,
  nextLink,
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

// src/platform/gitlab/collect-audit-records.ts
var TOKEN_HINT = "Use a group access token or personal access token with the read_api scope and at least the Reporter role, in GITLAB_TOKEN or the variable --gitlab-token-env names.";
var gitlabRateLimit = (status, headers, _body, now) => {
  if (status !== 429) return void 0;
  const retryAfter = Number(headers.get("retry-after"));
  if (headers.has("retry-after") && Number.isFinite(retryAfter)) return { waitMs: retryAfter * 1e3, reason: "retry-after" };
  const reset = Number(headers.get("ratelimit-reset"));
  if (headers.has("ratelimit-reset") && Number.isFinite(reset)) return { waitMs: Math.max(0, reset * 1e3 - now) + 1e3, reason: "RateLimit-Reset" };
  return { waitMs: void 0, reason: "rate limited" };
};
function nextPage(headers, url) {
  const link = nextLink(headers);
  if (link) return link;
  const page = headers.get("x-next-page");
  if (!page) return void 0;
  const u = new URL(url);
  u.searchParams.set("page", page);
  return u.href;
}
function fatal(e, what) {
  if (e instanceof HttpError && e.status === 401) throw new InputError(`GitLab rejected the token (401) while listing ${what}.`, TOKEN_HINT);
  if (e instanceof HttpError && (e.status === 404 || e.status === 403)) throw new InputError(`GitLab could not list ${what}: ${e.message}`, `Check the path, and that the token may see it. ${TOKEN_HINT}`);
  if (e instanceof HttpError) throw new InputError(e.message, "Try again later, or collect fewer projects at once.");
  throw e;
}
async function listProjects(client, api, o) {
  const byPath = /* @__PURE__ */ new Map();
  for (const path of o.projects) {
    try {
      const { body } = await client.json(`${api}/projects/${encodeURIComponent(path)}`);
      const p = body;
      if (typeof p.id === "number" && typeof p.path_with_namespace === "string") byPath.set(p.path_with_namespace, { id: p.id, path: p.path_with_namespace });
    } catch (e) {
      fatal(e, `the project ${path}`);
    }
  }
  for (const group of o.groups) {
    try {
      const url = `${api}/groups/${encodeURIComponent(group)}/projects?include_subgroups=true&archived=false&simple=true&order_by=id&sort=asc&per_page=100`;
      for await (const page of client.pages(url, nextPage)) {
        for (const p of Array.isArray(page) ? page : []) {
          const { id, path_with_namespace: path } = p;
          if (typeof id === "number" && typeof path === "string") byPath.set(path, { id, path });
        }
      }
    } catch (e) {
      fatal(e, `the projects of the group ${group}`);
    }
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}
function toJob(v, jobName) {
  const j = v;
  if (!j || typeof j.id !== "number" || j.name !== jobName) return void 0;
  const hasArchive = j.artifacts_file !== null && j.artifacts_file !== void 0 || Array.isArray(j.artifacts) && j.artifacts.some((a) => a.file_type === "archive");
  if (!hasArchive) return void 0;
  const created = typeof j.created_at === "string" ? Date.parse(j.created_at) : NaN;
  return { id: j.id, createdAt: Number.isFinite(created) ? created : void 0 };
}
async function gateJobs(client, api, o, project) {
  const found = [];
  const order = new NewestFirst();
  const url = `${api}/projects/${project.id}/jobs?scope[]=success&scope[]=failed&per_page=100`;
  for await (const page of client.pages(url, nextPage)) {
    for (const v of Array.isArray(page) ? page : []) {
      const created = Date.parse(String(v.created_at));
      order.see(Number.isFinite(created) ? created : void 0);
      const job = toJob(v, o.jobName);
      if (job && inRange(job.createdAt, o)) found.push(job);
    }
    if (order.pastStart(o)) break;
  }
  return found;
}
async function collectFromGitLab(o, sink, events) {
  const api = `${o.url.replace(/\/+$/, "")}/api/v4`;
  const client = new ApiClient({
    name: "GitLab",
    headers: { "private-token": o.token, "user-agent": "ai-governance-gate-report" },
    rateLimit: gitlabRateLimit,
    fallbackWaitMs: o.fallbackWaitMs,
    maxWaitMs: o.maxWaitMs,
    onWait: (ms, reason) => events.waiting(ms, reason)
  });
  const projects = await listProjects(client, api, o);
  events.repositories(projects.length);
  const walked = await walkArtifacts(
    projects,
    {
      platform: "gitlab",
      client,
      name: (p) => p.path,
      list: async (p) => (await gateJobs(client, api, o, p)).map((job) => ({ url: `${api}/projects/${p.id}/jobs/${job.id}/artifacts`, source: `gitlab:${p.path}/-/jobs/${job.id}/artifacts` })),
      fatal: (e, p) => {
        if (e instanceof HttpError && e.status === 401) fatal(e, `the jobs of ${p.path}`);
      }
    },
    sink,
    events,
    o.concurrency
  );
  const scope = [...o.groups, ...o.projects.length ? [`${o.projects.length} listed projects`] : []].join(", ");
  return {
    summary: { platform: "gitlab", scope, repositories: projects.length, artifacts: walked.artifacts, records: walked.records, gone: walked.gone, requests: client.requests, rateLimitWaits: client.rateLimitWaits },
    problems: walked.problems,
    repositories: projects.map((p) => p.path)
  };
}
export {
  collectFromGitLab
};
