#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  DECISION_PREDICATE_TYPE,
  isTeamOwner,
  ownerKind,
  teamName
} from "./chunk-3VUVCKOE.js";
import {
  getProxyUrl
} from "./chunk-7K5DGWCI.js";
import {
  getDotPath,
  safeParse
} from "./chunk-HS26ZMD3.js";
import {
  Answer,
  AnswerHeaders
} from "./chunk-UT6POEW4.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";

// src/platform/http/deadline.ts
var DEFAULT_DEADLINE_S = 60;
var DEFAULT_ATTEMPT_TIMEOUT_MS = 2e4;
var DEFAULT_BACKOFF_BASE_MS = 1e3;
function deadlineIn(seconds, now = Date.now) {
  const at = now() + seconds * 1e3;
  return { seconds, remaining: () => Math.max(0, at - now()) };
}
var DeadlineError = class extends Error {
  constructor(what, seconds) {
    super(`${what}: no answer within the platform deadline of ${seconds} s`);
    this.name = "DeadlineError";
  }
};
function positiveNumber(value) {
  if (value === void 0 || value.trim() === "") return void 0;
  const n = Number(value.trim());
  return Number.isFinite(n) && n > 0 ? n : "invalid";
}

// src/platform/http/timing.ts
var DEADLINE_VARIABLE = "AI_GOVERNANCE_PLATFORM_DEADLINE";
function platformTiming(env, deadlineSetting, settingName) {
  const seconds = positiveNumber(deadlineSetting ?? env[DEADLINE_VARIABLE]);
  if (seconds === "invalid") {
    throw new InputError(`${settingName} must be a positive number of seconds.`, `Set ${settingName} to a number such as 60, or leave it out for the default of ${DEFAULT_DEADLINE_S} s.`);
  }
  const backoff = positiveNumber(env.AI_GOVERNANCE_BACKOFF_MS);
  return {
    deadline: deadlineIn(seconds ?? DEFAULT_DEADLINE_S),
    backoffBaseMs: backoff === void 0 || backoff === "invalid" ? DEFAULT_BACKOFF_BASE_MS : backoff,
    attemptTimeoutMs: DEFAULT_ATTEMPT_TIMEOUT_MS,
    maxAttempts: 4
  };
}

// src/platform/http/retry-wait.ts
function header(headers, name) {
  const v = headers.get(name);
  return v === null || v.trim() === "" ? void 0 : v.trim();
}
function retryAfterMs(value, now) {
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1e3;
  const at = Date.parse(value);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function resetMs(headers, prefix, now) {
  if (header(headers, `${prefix}-remaining`) !== "0") return void 0;
  const reset = header(headers, `${prefix}-reset`);
  if (!reset || !/^\d+$/.test(reset)) return void 0;
  return Math.max(0, Number(reset) * 1e3 - now);
}
function askedWait(headers, now = Date.now()) {
  const after = header(headers, "retry-after");
  const fromAfter = after === void 0 ? void 0 : retryAfterMs(after, now);
  return fromAfter ?? resetMs(headers, "x-ratelimit", now) ?? resetMs(headers, "ratelimit", now);
}
function backoffMs(retry, baseMs, random = Math.random) {
  const cap = baseMs * 2 ** Math.max(0, retry - 1);
  return Math.round(cap / 2 + random() * (cap / 2));
}
function waitFor(headers, retry, baseMs, random) {
  const asked = headers ? askedWait(headers) : void 0;
  return asked !== void 0 ? { ms: asked, asked: true } : { ms: backoffMs(retry, baseMs, random), asked: false };
}
function isRateLimited(status, headers) {
  if (status === 429) return true;
  if (status !== 403) return false;
  return header(headers, "retry-after") !== void 0 || header(headers, "x-ratelimit-remaining") === "0" || header(headers, "ratelimit-remaining") === "0";
}

// src/platform/answers.ts
var BrokenAnswerError = class extends Error {
  constructor(what, problem) {
    super(`${what}: the answer does not have the expected shape (${problem})`);
    this.what = what;
    this.problem = problem;
    this.name = "BrokenAnswerError";
  }
  what;
  problem;
};
function firstIssue(issues) {
  const issue = issues[0];
  const path = getDotPath(issue);
  return `${path ? `at ${path}: ` : ""}expected ${issue.expected ?? "a different value"}`;
}
function checkAnswer(schema, data, what) {
  const r = safeParse(schema, data);
  if (r.success) return r.output;
  throw new BrokenAnswerError(what, firstIssue(r.issues));
}
async function askChecked(schema, what, retry, call) {
  const tries = retry.tries ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return checkAnswer(schema, await call(), what);
    } catch (e) {
      if (!(e instanceof BrokenAnswerError) || attempt >= tries) throw e;
      const wait = backoffMs(attempt, retry.backoffBaseMs);
      if (wait >= retry.deadline.remaining()) throw e;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

// src/platform/http/resilient-fetch.ts
var RETRY_STATUS = /* @__PURE__ */ new Set([500, 502, 503, 504]);
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
var TryFailure = class extends Error {
  constructor(message, retryable) {
    super(message);
    this.retryable = retryable;
  }
  retryable;
};
function describe(input, method) {
  const raw = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  try {
    return `${method} ${new URL(raw).pathname}`;
  } catch {
    return method;
  }
}
async function readBody(res, signal) {
  const aborted = new Promise((_, reject) => {
    const fail = () => reject(new TryFailure("the response body stalled past the time limit", true));
    if (signal.aborted) fail();
    else signal.addEventListener("abort", fail, { once: true });
  });
  aborted.catch(() => void 0);
  const bytes = res.arrayBuffer();
  bytes.catch(() => void 0);
  try {
    return new Uint8Array(await Promise.race([bytes, aborted]));
  } catch (e) {
    throw e instanceof TryFailure ? e : new TryFailure(`the connection broke while reading the answer (${e.message})`, true);
  }
}
function isJson(res) {
  return /\bjson\b/i.test(res.headers.get("content-type") ?? "");
}
function brokenJson(res, body) {
  if (!res.ok || !isJson(res) || body.length === 0) return false;
  try {
    JSON.parse(new TextDecoder().decode(body));
    return false;
  } catch {
    return true;
  }
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function resilientFetch(base, policy) {
  return async (input, init) => {
    const method = (init?.method ?? (typeof input === "object" && "method" in input ? input.method : "GET")).toUpperCase();
    const what = describe(input, method);
    const idempotent = IDEMPOTENT.has(method);
    let last;
    let lastError = "";
    for (let attempt = 1; ; attempt++) {
      const left = policy.deadline.remaining();
      if (left <= 0) throw new DeadlineError(lastError ? `${what} (${lastError})` : what, policy.deadline.seconds);
      policy.onAttempt?.();
      const timeout = AbortSignal.timeout(Math.min(policy.attemptTimeoutMs, left));
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      let retryable;
      let headers;
      try {
        const res = await base(input, { ...init, signal }).catch((e) => {
          throw new TryFailure(timeout.aborted ? "no answer within the time limit" : `the request failed (${e.cause?.code ?? e.message})`, idempotent);
        });
        const body = await readBody(res, signal);
        const copy = new Answer(res.status === 204 || res.status === 304 ? null : body, { status: res.status, statusText: res.statusText, headers: AnswerHeaders.from(res.headers) });
        headers = res.headers;
        if (isRateLimited(res.status, res.headers)) {
          retryable = true;
          lastError = `HTTP ${res.status}, rate limited`;
        } else if (RETRY_STATUS.has(res.status)) {
          retryable = idempotent;
          lastError = `HTTP ${res.status}`;
        } else if (brokenJson(res, body)) {
          retryable = idempotent;
          lastError = `HTTP ${res.status} with a JSON body that is cut short or malformed`;
          if (!retryable || attempt >= policy.maxAttempts) throw new TryFailure(`${what}: the answer was ${lastError.replace(/^HTTP \d+ with /, "")}`, false);
        } else {
          return copy;
        }
        last = copy;
      } catch (e) {
        if (!(e instanceof TryFailure)) throw e;
        if (!e.retryable || attempt >= policy.maxAttempts) {
          if (policy.deadline.remaining() <= 0) throw new DeadlineError(`${what} (${e.message})`, policy.deadline.seconds);
          throw new Error(e.message.startsWith(what) ? e.message : `${what}: ${e.message}`);
        }
        retryable = true;
        lastError = e.message;
        last = void 0;
      }
      if (!retryable || attempt >= policy.maxAttempts) {
        if (last) return last;
        throw new Error(`${what}: ${lastError}`);
      }
      const wait = waitFor(headers, attempt, policy.backoffBaseMs, policy.random);
      if (wait.ms >= policy.deadline.remaining()) {
        const asked = wait.asked ? `; the platform asks to wait ${Math.ceil(wait.ms / 1e3)} s` : "";
        throw new DeadlineError(`${what} (${lastError}${asked})`, policy.deadline.seconds);
      }
      policy.log?.(`${what}: ${lastError}; trying again in ${(wait.ms / 1e3).toFixed(1)} s.`);
      await sleep(wait.ms);
    }
  };
}

// src/platform/http/runner-proxy.ts
var runnerProxy = async (url) => {
  if (!getProxyUrl(url)) return void 0;
  const { HttpClient } = await import("./lib-3X56MD44.js");
  return new HttpClient().getAgent(url.href);
};

// src/core/render/outputs.ts
function gateOutputs(e, files) {
  const inScope = e.findings?.inScope;
  return {
    decision: e.decision,
    "risk-score": String(e.risk.score),
    "risk-level": e.risk.level,
    "ai-assisted": String(e.attribution.aiAssisted),
    "ai-share": String(e.attribution.aiShare),
    violations: String(e.violations.filter((v) => v.level === "error").length),
    "findings-in-scope": String(inScope ? Object.values(inScope).reduce((n, x) => n + x, 0) : 0),
    "audit-file": files.auditFile,
    "summary-file": files.summaryFile,
    ...files.statementFile ? { "statement-file": files.statementFile, "predicate-type": DECISION_PREDICATE_TYPE } : {}
  };
}
function dotenv(outputs) {
  return Object.entries(outputs).map(([k, v]) => `AI_GOVERNANCE_${k.toUpperCase().replace(/-/g, "_")}=${String(v).replace(/[\r\n]/g, " ")}`).join("\n") + "\n";
}

// src/core/oversight/approvers-to-ask.ts
function openRequirements(oversight) {
  if (!oversight.applicable) return [];
  return oversight.required.filter((r) => !r.satisfied).map((r) => {
    const owners = r.approvers.owners;
    return {
      name: r.rules.join(", "),
      missing: r.missing,
      needed: r.needed,
      users: r.approvers.users.map((u) => u.replace(/^@/, "")),
      teams: r.approvers.teams.map(teamName),
      ownerUsers: owners.filter((o) => ownerKind(o) === "user").map((o) => o.slice(1)),
      ownerTeams: owners.filter(isTeamOwner).map(teamName),
      anyone: r.approvers.anyone,
      counted: r.counted.map((c) => c.login)
    };
  });
}
function reviewersToAsk(oversight) {
  const users = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  for (const r of openRequirements(oversight)) {
    const counted = new Set(r.counted.map((c) => c.toLowerCase()));
    for (const u of [...r.users, ...r.ownerUsers]) if (!counted.has(u.toLowerCase())) users.add(u);
    for (const t of [...r.teams, ...r.ownerTeams]) teams.add(t);
  }
  return { users: [...users].sort(), teams: [...teams].sort() };
}

// src/core/render/marker.ts
var STICKY_MARKER = "<!-- ai-governance-gate:sticky -->";
function withMarker(markdown) {
  return `${STICKY_MARKER}
${markdown}`;
}
function isStickyBody(body) {
  return typeof body === "string" && body.startsWith(STICKY_MARKER);
}

// src/core/render/fit.ts
function size(text, unit) {
  return unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length;
}
function cutNote(omitted, at) {
  return `> [!NOTE]
> This summary was shortened to fit the platform's size limit (${omitted.join(", ")} left out). The full summary is in ${at}.
`;
}
function wholeLines(text, budget, unit) {
  let end = 0;
  let used = 0;
  while (end < text.length) {
    const next = text.indexOf("\n", end);
    const stop = next === -1 ? text.length : next + 1;
    const cost = size(text.slice(end, stop), unit);
    if (used + cost > budget) break;
    used += cost;
    end = stop;
  }
  if (end > 0) return text.slice(0, end);
  let out = "";
  for (const ch of text) {
    if (ch === "\n" || size(out + ch, unit) > budget) break;
    out += ch;
  }
  return out;
}
function openDetails(text) {
  return (text.match(/^<details>/gm) ?? []).length - (text.match(/^<\/details>$/gm) ?? []).length;
}
function fitSections(sections, opts, prefix = "") {
  const join = (list) => prefix + list.map((s) => s.markdown).join("\n");
  const full = join(sections);
  if (size(full, opts.unit) <= opts.limit) return { markdown: full, truncated: false };
  const kept = [...sections];
  const omitted = [];
  let keptSize = size(full, opts.unit);
  for (let i = kept.length - 1; i >= 0; i--) {
    if (kept[i].essential) continue;
    omitted.unshift(kept[i].id);
    keptSize -= size(kept[i].markdown, opts.unit) + (kept.length > 1 ? 1 : 0);
    kept.splice(i, 1);
    const note2 = cutNote(omitted, opts.fullTextAt);
    if (keptSize + 1 + size(note2, opts.unit) <= opts.limit) return { markdown: join(kept) + "\n" + note2, truncated: true };
  }
  const note = `
\u2026(cut to fit the size limit)

${cutNote([...omitted, "the end of the summary"], opts.fullTextAt)}`;
  const close = "\n</details>\n";
  let text = wholeLines(join(kept), opts.limit - size(note, opts.unit), opts.unit);
  if (openDetails(text) > 0) {
    text = wholeLines(join(kept), opts.limit - size(note, opts.unit) - 2 * size(close, opts.unit), opts.unit);
    text += close.repeat(Math.max(0, openDetails(text)));
  }
  return { markdown: text + note, truncated: true };
}

export {
  deadlineIn,
  DeadlineError,
  DEADLINE_VARIABLE,
  platformTiming,
  askChecked,
  resilientFetch,
  runnerProxy,
  gateOutputs,
  dotenv,
  openRequirements,
  reviewersToAsk,
  STICKY_MARKER,
  withMarker,
  isStickyBody,
  fitSections
};
