#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  DEADLINE_VARIABLE,
  DeadlineError,
  STICKY_MARKER,
  askChecked,
  deadlineIn,
  dotenv,
  fitSections,
  gateOutputs,
  isStickyBody,
  platformTiming,
  resilientFetch,
  withMarker
} from "./chunk-6UXLAFTP.js";
import {
  renderText,
  resolveRange
} from "./chunk-QYTPJYP6.js";
import {
  openRequirements,
  parseTrailers
} from "./chunk-6WS3EQX7.js";
import {
  dist_exports,
  gitRaw,
  summarySections
} from "./chunk-NSAYMSMK.js";
import {
  parseCli
} from "./chunk-ADNKL6BG.js";
import {
  hasControlCharacters,
  registerSecret
} from "./chunk-T57JILMZ.js";
import {
  VERSION
} from "./chunk-5BUW5COH.js";
import "./chunk-VNPNELQZ.js";
import {
  InputError,
  UncheckedError
} from "./chunk-FCOPNQJK.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/platform/gitlab/answers.ts
var userSchema = dist_exports.object({ id: dist_exports.number(), username: dist_exports.string(), bot: dist_exports.optional(dist_exports.boolean()) });
var mergeRequestSchema = dist_exports.object({
  iid: dist_exports.number(),
  title: dist_exports.string(),
  description: dist_exports.nullish(dist_exports.string()),
  labels: dist_exports.array(dist_exports.union([dist_exports.string(), dist_exports.object({ name: dist_exports.string() })])),
  author: userSchema,
  draft: dist_exports.optional(dist_exports.boolean()),
  work_in_progress: dist_exports.optional(dist_exports.boolean()),
  source_branch: dist_exports.optional(dist_exports.string()),
  target_branch: dist_exports.optional(dist_exports.string()),
  web_url: dist_exports.optional(dist_exports.string()),
  sha: dist_exports.nullish(dist_exports.string()),
  assignees: dist_exports.nullish(dist_exports.array(userSchema)),
  reviewers: dist_exports.nullish(dist_exports.array(userSchema)),
  user_notes_count: dist_exports.optional(dist_exports.number()),
  state: dist_exports.optional(dist_exports.string()),
  merge_commit_sha: dist_exports.nullish(dist_exports.string()),
  squash_commit_sha: dist_exports.nullish(dist_exports.string())
});
var mergeRequestsSchema = dist_exports.array(mergeRequestSchema);
var commitsSchema = dist_exports.array(
  dist_exports.object({
    id: dist_exports.string(),
    title: dist_exports.nullish(dist_exports.string()),
    message: dist_exports.nullish(dist_exports.string()),
    author_name: dist_exports.nullish(dist_exports.string()),
    author_email: dist_exports.nullish(dist_exports.string()),
    committer_name: dist_exports.nullish(dist_exports.string()),
    committer_email: dist_exports.nullish(dist_exports.string())
  })
);
var approvalsSchema = dist_exports.object({
  approved_by: dist_exports.array(dist_exports.object({ user: userSchema, approved_at: dist_exports.nullish(dist_exports.string()) }))
});
var versionsSchema = dist_exports.array(dist_exports.object({ id: dist_exports.number(), head_commit_sha: dist_exports.string(), created_at: dist_exports.string() }));
var projectApprovalsSchema = dist_exports.object({ reset_approvals_on_push: dist_exports.optional(dist_exports.boolean()) });
var noteSchema = dist_exports.object({ id: dist_exports.number(), body: dist_exports.string(), system: dist_exports.optional(dist_exports.boolean()), author: dist_exports.optional(userSchema) });
var notesSchema = dist_exports.array(noteSchema);
var membersSchema = dist_exports.array(userSchema);
var groupSchema = dist_exports.object({ id: dist_exports.number() });
var approvalRuleSchema = dist_exports.object({
  id: dist_exports.number(),
  name: dist_exports.string(),
  rule_type: dist_exports.optional(dist_exports.string()),
  approvals_required: dist_exports.number(),
  users: dist_exports.nullish(dist_exports.array(userSchema)),
  groups: dist_exports.nullish(dist_exports.array(dist_exports.object({ id: dist_exports.number() })))
});
var approvalRulesSchema = dist_exports.array(approvalRuleSchema);

// src/platform/gitlab/client.ts
var DEFAULT_TIMEOUT_MS = 2e4;
var MAX_NOTE_PAGES = 10;
var MAX_COMMIT_PAGES = 5;
function apiHost(env) {
  const v4 = env.CI_API_V4_URL?.trim();
  if (v4) return v4.replace(/\/+$/, "").replace(/\/api\/v4$/, "");
  const server = env.CI_SERVER_URL?.trim();
  return server ? server.replace(/\/+$/, "") : void 0;
}
var BOT_USERNAME = /^(project|group)_\d+_bot(_|$)|^service_account_/;
function toUser(u) {
  return { id: u.id, username: u.username, bot: u.bot === true || BOT_USERNAME.test(u.username) };
}
var GitLabApiError = class extends Error {
  constructor(status, detail) {
    super(status ? `HTTP ${status}: ${detail}` : detail);
    this.status = status;
    this.detail = detail;
    this.name = "GitLabApiError";
  }
  status;
  detail;
};
function apiFailure(e) {
  if (e instanceof GitLabApiError) return e.status === void 0 ? { detail: e.detail } : { status: e.status, detail: e.detail };
  if (e instanceof DeadlineError) return { detail: e.message };
  return { detail: e instanceof Error ? e.message : String(e) };
}
function errorDetail(status, text) {
  let said;
  try {
    const body = JSON.parse(text);
    said = body.message ?? body.error;
  } catch {
    said = void 0;
  }
  const words = typeof said === "string" ? said : said !== void 0 ? JSON.stringify(said) : `status ${status}`;
  const line = words.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}
function gitlabApi(conn) {
  const timing = conn.timing ?? { deadline: deadlineIn(60), backoffBaseMs: 1e3, attemptTimeoutMs: DEFAULT_TIMEOUT_MS, maxAttempts: 4 };
  let requests = 0;
  const http = resilientFetch(fetch, { ...timing, attemptTimeoutMs: conn.timeoutMs ?? timing.attemptTimeoutMs, onAttempt: () => requests++ });
  const auth = conn.kind === "job" ? { "JOB-TOKEN": conn.token } : { "PRIVATE-TOKEN": conn.token };
  const base = `${conn.host.replace(/\/+$/, "")}/api/v4`;
  const call = async (method, path, query = {}, body) => {
    const url = new URL(base + path);
    for (const [k, val] of Object.entries(query)) {
      if (Array.isArray(val)) for (const x of val) url.searchParams.append(`${k}[]`, String(x));
      else url.searchParams.set(k, String(val));
    }
    let res;
    try {
      res = await http(url, { method, headers: { ...auth, accept: "application/json", ...body === void 0 ? {} : { "content-type": "application/json" } }, ...body === void 0 ? {} : { body: JSON.stringify(body) } });
    } catch (e) {
      if (e instanceof DeadlineError) throw e;
      throw new GitLabApiError(void 0, e instanceof Error ? e.message : String(e));
    }
    const text = await res.text();
    if (!res.ok) throw new GitLabApiError(res.status, errorDetail(res.status, text));
    if (res.status === 204 || text === "") return { data: void 0, headers: res.headers };
    try {
      return { data: JSON.parse(text), headers: res.headers };
    } catch {
      return { data: text, headers: res.headers };
    }
  };
  const read = (schema, path, query = {}) => askChecked(schema, `GET ${path}`, timing, async () => (await call("GET", path, query)).data);
  const write = async (schema, method, path, body) => {
    const { data } = await call(method, path, {}, body);
    return askChecked(schema, `${method} ${path}`, { ...timing, tries: 1 }, async () => data);
  };
  const enc = encodeURIComponent;
  const mr = (project, iid) => `/projects/${enc(project)}/merge_requests/${iid}`;
  const toRule = (r) => ({
    id: r.id,
    name: r.name,
    ruleType: r.rule_type ?? "",
    approvalsRequired: r.approvals_required,
    usernames: (r.users ?? []).map((u) => u.username),
    groupIds: (r.groups ?? []).map((g) => g.id)
  });
  const toMergeRequest = (m) => ({
    iid: m.iid,
    title: m.title,
    description: m.description ?? "",
    labels: m.labels.map((l) => typeof l === "string" ? l : l.name),
    author: toUser(m.author),
    draft: m.draft === true || m.work_in_progress === true,
    sourceBranch: m.source_branch,
    targetBranch: m.target_branch,
    webUrl: m.web_url,
    ...m.sha ? { sha: m.sha } : {},
    assignees: (m.assignees ?? []).map(toUser),
    reviewers: (m.reviewers ?? []).map(toUser),
    userNotesCount: m.user_notes_count,
    ...m.state ? { state: m.state } : {},
    ...m.merge_commit_sha ? { mergeCommitSha: m.merge_commit_sha } : {},
    ...m.squash_commit_sha ? { squashCommitSha: m.squash_commit_sha } : {}
  });
  const toCommit = (c) => ({
    id: c.id,
    message: c.message ?? c.title ?? "",
    authorName: c.author_name ?? "",
    authorEmail: c.author_email ?? "",
    committerName: c.committer_name ?? "",
    committerEmail: c.committer_email ?? ""
  });
  const toNote = (n) => ({ id: n.id, body: n.body, system: n.system === true, ...n.author ? { author: toUser(n.author) } : {} });
  const ruleBody = (r) => ({ name: r.name, approvals_required: r.approvalsRequired, usernames: [...r.usernames], group_ids: [...r.groupIds] });
  return {
    get requests() {
      return requests;
    },
    mergeRequest: async (project, iid) => toMergeRequest(await read(mergeRequestSchema, mr(project, iid))),
    commitMergeRequests: async (project, sha) => (await read(mergeRequestsSchema, `/projects/${enc(project)}/repository/commits/${enc(sha)}/merge_requests`)).map(toMergeRequest),
    mergeRequestCommits: async (project, iid) => {
      const out = [];
      for (let page = 1; page <= MAX_COMMIT_PAGES; page++) {
        const path = `${mr(project, iid)}/commits`;
        const { data, headers } = await call("GET", path, { per_page: 100, page });
        const list = await askChecked(commitsSchema, `GET ${path}`, { ...timing, tries: 1 }, async () => data);
        out.push(...list.map(toCommit));
        if (!headers.get("x-next-page")) break;
      }
      return out;
    },
    approvals: async (project, iid) => (await read(approvalsSchema, `${mr(project, iid)}/approvals`)).approved_by.map((a) => ({ user: toUser(a.user), ...a.approved_at ? { approvedAt: a.approved_at } : {} })),
    versions: async (project, iid) => (await read(versionsSchema, `${mr(project, iid)}/versions`, { per_page: 100 })).map((x) => ({ headSha: x.head_commit_sha, createdAt: x.created_at })),
    resetsApprovalsOnPush: async (project) => (await read(projectApprovalsSchema, `/projects/${enc(project)}/approvals`)).reset_approvals_on_push === true,
    notes: async (project, iid) => {
      const out = [];
      for (let page = 1; page <= MAX_NOTE_PAGES; page++) {
        const path = `${mr(project, iid)}/notes`;
        const query = { sort: "asc", order_by: "created_at", per_page: 100, page };
        const { data, headers } = await call("GET", path, query);
        const list = await askChecked(notesSchema, `GET ${path}`, { ...timing, tries: 1 }, async () => data);
        out.push(...list.map(toNote));
        if (!headers.get("x-next-page")) break;
      }
      return out;
    },
    currentUser: async () => toUser(await read(userSchema, "/user")),
    createNote: async (project, iid, body) => toNote(await write(noteSchema, "POST", `${mr(project, iid)}/notes`, { body })),
    editNote: async (project, iid, noteId, body) => toNote(await write(noteSchema, "PUT", `${mr(project, iid)}/notes/${noteId}`, { body })),
    groupMembers: async (group, userIds) => (await read(membersSchema, `/groups/${enc(group)}/members/all`, { user_ids: userIds, per_page: 100 })).map(toUser),
    groupId: async (group) => (await read(groupSchema, `/groups/${enc(group)}`)).id,
    approvalRules: async (project, iid) => (await read(approvalRulesSchema, `${mr(project, iid)}/approval_rules`)).map(toRule),
    createApprovalRule: async (project, iid, r) => toRule(await write(approvalRuleSchema, "POST", `${mr(project, iid)}/approval_rules`, ruleBody(r))),
    editApprovalRule: async (project, iid, ruleId, r) => toRule(await write(approvalRuleSchema, "PUT", `${mr(project, iid)}/approval_rules/${ruleId}`, ruleBody(r))),
    removeApprovalRule: async (project, iid, ruleId) => {
      await call("DELETE", `${mr(project, iid)}/approval_rules/${ruleId}`);
    }
  };
}

// src/platform/gitlab/options.ts
var COMMENT_MODES = ["always", "on-violation", "never"];
var APPROVAL_RULES_MODES = ["none", "manage"];
var DEFAULT_SUMMARY_FILE = "ai-governance-summary.md";
var DEFAULT_CODE_QUALITY_FILE = "ai-governance-codequality.json";
var DEFAULT_DOTENV_FILE = "ai-governance.env";
var DEFAULT_TOKEN_VARIABLE = "GITLAB_TOKEN";
var SETTING_VARIABLES = {
  comment: "AI_GOVERNANCE_COMMENT",
  approvalRules: "AI_GOVERNANCE_APPROVAL_RULES",
  tokenVariable: "AI_GOVERNANCE_TOKEN_VARIABLE",
  codeQualityFile: "AI_GOVERNANCE_CODE_QUALITY_FILE",
  dotenvFile: "AI_GOVERNANCE_DOTENV_FILE"
};
function setting(env, name) {
  const v = env[name]?.trim();
  return v ? v : void 0;
}
function oneOf(env, variable, input, allowed, fallback) {
  const v = setting(env, variable);
  if (v === void 0) return fallback;
  if (allowed.includes(v)) return v;
  throw new InputError(
    `The component input "${input}" (job variable ${variable}) must be one of ${allowed.join(", ")}; got "${v}".`,
    `Set \`${input}:\` under the component's \`inputs:\` to one of ${allowed.join(", ")}.`
  );
}
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function gitlabSettings(argv, env) {
  const cli = parseCli(argv);
  const tokenVariable = setting(env, SETTING_VARIABLES.tokenVariable) ?? DEFAULT_TOKEN_VARIABLE;
  if (!VARIABLE_NAME.test(tokenVariable)) {
    throw new InputError(
      // The value is not echoed: it may be the token itself, pasted into the wrong input.
      'The component input "token-variable" must be the name of a CI/CD variable (letters, digits, underscores); the value given is not one.',
      "Give the variable's name, e.g. `token-variable: GITLAB_TOKEN`, never the token itself."
    );
  }
  return {
    // The summary file is the full text a shortened note points to, so GitLab always writes it.
    options: { ...cli, summaryFile: cli.summaryFile ?? DEFAULT_SUMMARY_FILE },
    comment: oneOf(env, SETTING_VARIABLES.comment, "comment", COMMENT_MODES, "always"),
    approvalRules: oneOf(env, SETTING_VARIABLES.approvalRules, "approval-rules", APPROVAL_RULES_MODES, "none"),
    tokenVariable,
    codeQualityFile: setting(env, SETTING_VARIABLES.codeQualityFile) ?? DEFAULT_CODE_QUALITY_FILE,
    dotenvFile: setting(env, SETTING_VARIABLES.dotenvFile) ?? DEFAULT_DOTENV_FILE
  };
}

// src/platform/gitlab/pipeline.ts
var ZERO_SHA = /^0+$/;
function value(env, name) {
  const v = env[name]?.trim();
  return v ? v : void 0;
}
function pipelineKind(env) {
  if (value(env, "CI_MERGE_REQUEST_IID")) {
    const type = value(env, "CI_MERGE_REQUEST_EVENT_TYPE");
    if (type === "merged_result") return "merged-result";
    if (type === "merge_train") return "merge-train";
    return "merge-request";
  }
  return value(env, "CI_PIPELINE_SOURCE") === "push" ? "push" : "other";
}
function planRange(env) {
  const kind = pipelineKind(env);
  const commit = value(env, "CI_COMMIT_SHA") ?? "HEAD";
  if (kind === "merge-request" || kind === "merged-result" || kind === "merge-train") {
    const iid = value(env, "CI_MERGE_REQUEST_IID");
    const target = value(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME") ?? "the target branch";
    const base = value(env, "CI_MERGE_REQUEST_DIFF_BASE_SHA");
    const head = kind === "merge-request" ? commit : value(env, "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA") ?? `${commit}^2`;
    const pipeline = kind === "merge-request" ? "" : kind === "merged-result" ? "; merged-results pipeline, so the source branch tip is judged, not the merge commit" : "; merge train, so the source branch tip is judged, not the train's merge commit";
    return {
      kind,
      head,
      base,
      description: base ? `diff base of merge request !${iid} into ${target}${pipeline}` : `parent of the source branch tip (no diff base given for !${iid})`
    };
  }
  const before = value(env, "CI_COMMIT_BEFORE_SHA");
  if (kind === "push" && before && !ZERO_SHA.test(before)) {
    const branch = value(env, "CI_COMMIT_BRANCH") ?? value(env, "CI_COMMIT_REF_NAME") ?? "the branch";
    return { kind, head: commit, base: before, description: `previous tip of ${branch} before this push` };
  }
  return { kind, head: commit, description: kind === "push" ? "parent of the pushed commit (new branch)" : "parent of the pipeline commit" };
}
async function exists(repo, rev) {
  return (await gitRaw(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`])).code === 0;
}
async function gitlabRange(options, env) {
  if (options.base !== void 0 || options.head !== void 0) return resolveRange(options.repo, { base: options.base, head: options.head });
  const plan = planRange(env);
  let base = plan.base;
  let description = plan.description;
  if (plan.kind === "push" && base && !await exists(options.repo, base)) {
    base = void 0;
    description = "parent of the pushed commit (the previous tip is not in the clone: force push?)";
  }
  if (base === void 0) {
    const headOk = await exists(options.repo, plan.head);
    const parent = headOk && await exists(options.repo, `${plan.head}^1`) ? `${plan.head}^1` : void 0;
    const r2 = await resolveRange(options.repo, { head: plan.head, base: parent });
    if (!parent) return r2;
    return { ...r2, baseReason: "parent-of-head", baseDescription: description };
  }
  const r = await resolveRange(options.repo, { base, head: plan.head });
  if (r.baseReason === "merge-base-of-explicit") return { ...r, baseDescription: `${r.baseDescription} (${description})` };
  return { ...r, baseReason: "platform", baseDescription: description };
}

// src/platform/gitlab/publish.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/platform/gitlab/token-help.ts
var SCOPE = {
  read: "`read_api` scope (or `api`), role Reporter or higher",
  write: "`api` scope, role Reporter or higher",
  "approval-rules": "`api` scope, role Developer or higher"
};
var JOB_TOKEN = "CI_JOB_TOKEN";
var SUGGESTED_VARIABLE = "GITLAB_TOKEN";
function storableName(tokenVariable) {
  return /^CI_/.test(tokenVariable) ? SUGGESTED_VARIABLE : tokenVariable;
}
function tokenRecipe(tokenVariable, need) {
  const name = storableName(tokenVariable);
  const rename = name === tokenVariable ? "" : ` and set the component input \`token-variable: ${name}\``;
  return `Create a project or group access token with ${SCOPE[need]} (project \u2192 Settings \u2192 Access tokens), or on GitLab Free a personal access token of a dedicated user or service account, and store it in Settings \u2192 CI/CD \u2192 Variables as a masked variable named ${name} (not protected, or merge request pipelines of unprotected branches cannot read it)${rename}.`;
}
function missingToken(tokenVariable, need, what) {
  return `No API token in the CI/CD variable ${tokenVariable}, so ${what}. ${tokenRecipe(tokenVariable, need)}`;
}
function tokenProblem(failure, tokenVariable, need, what, resource = "this") {
  const detail = failure.status ? `HTTP ${failure.status}: ${failure.detail}` : failure.detail;
  const refused = failure.status === 401 || failure.status === 403 || failure.status === 404;
  if (tokenVariable === JOB_TOKEN && refused) {
    return `${JOB_TOKEN} may not access ${resource} (${detail}), so ${what}: GitLab lets the job token read a merge request, but not its approvals, versions or notes, nor group members or approval rules. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 401) {
    return `The token in ${tokenVariable} was rejected (${detail}), so ${what}: it is expired, revoked or mistyped. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 403) {
    return `The token in ${tokenVariable} is not allowed to access ${resource} (${detail}), so ${what}. It needs ${SCOPE[need]}. ${tokenRecipe(tokenVariable, need)}`;
  }
  if (failure.status === 404) {
    return `GitLab answered "not found" for ${resource} (${detail}), so ${what}: the token in ${tokenVariable} cannot see it. It needs ${SCOPE[need]} in this project.`;
  }
  return `The GitLab API call for ${resource} failed (${detail}), so ${what}.`;
}

// src/platform/gitlab/approval-rules.ts
var RULE_PREFIX = "AI governance: ";
function unmetRequirements(oversight) {
  const requirements = [];
  const skipped = [];
  for (const r of openRequirements(oversight)) {
    const ownersOnly = !r.users.length && !r.teams.length && !r.anyone;
    if (ownersOnly) {
      skipped.push(`"${r.name}" asks for code owners: turn on "Require approval from code owners" for the target branch so GitLab enforces it.`);
      continue;
    }
    requirements.push({ name: r.name, approvalsRequired: r.needed, usernames: r.users, groupPaths: r.teams });
  }
  return { requirements, skipped };
}
var MAX_NAME = 255;
function ruleName(requirement) {
  return (RULE_PREFIX + requirement).slice(0, MAX_NAME);
}
var TIER_NOTE = "Managing approval rules needs GitLab Premium or Ultimate (merge request approval rules) and a token with `api` scope and role Developer or higher; on Free, keep `approval-rules: none`: the gate still fails the job until the approvals are given.";
function sameSet(a, b) {
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((v) => x.has(v));
}
function same(rule, want) {
  return rule.approvalsRequired === want.approvalsRequired && sameSet(rule.usernames.map((u) => u.toLowerCase()), want.usernames.map((u) => u.toLowerCase())) && sameSet(rule.groupIds, want.groupIds);
}
async function syncApprovalRules(api, ref, requirements, tokenVariable) {
  const result = { created: [], updated: [], unchanged: [], removed: [], problems: [] };
  let existing;
  try {
    existing = await api.approvalRules(ref.project, ref.iid);
  } catch (e) {
    const failure = apiFailure(e);
    const tier = failure.status === 403 || failure.status === 404 ? ` ${TIER_NOTE}` : "";
    result.problems.push(tokenProblem(failure, tokenVariable, "approval-rules", "the merge request approval rules were not changed", `the approval rules of merge request !${ref.iid}`) + tier);
    return result;
  }
  const groupIds = /* @__PURE__ */ new Map();
  for (const path of new Set(requirements.flatMap((r) => r.groupPaths))) {
    try {
      groupIds.set(path, await api.groupId(path));
    } catch (e) {
      result.problems.push(tokenProblem(apiFailure(e), tokenVariable, "approval-rules", `group ${path} could not be found, so rules naming it were not written`, `group ${path}`));
    }
  }
  const wanted = /* @__PURE__ */ new Set();
  for (const req of requirements) {
    const name = ruleName(req.name);
    wanted.add(name);
    if (req.groupPaths.some((g) => !groupIds.has(g))) continue;
    const fields = {
      name,
      approvalsRequired: req.approvalsRequired,
      usernames: [...new Set(req.usernames)].sort(),
      groupIds: [...new Set(req.groupPaths.map((g) => groupIds.get(g)))].sort((a, b) => a - b)
    };
    const current = existing.find((r) => r.name === name);
    try {
      if (!current) {
        await api.createApprovalRule(ref.project, ref.iid, fields);
        result.created.push(name);
      } else if (!same(current, fields)) {
        await api.editApprovalRule(ref.project, ref.iid, current.id, fields);
        result.updated.push(name);
      } else {
        result.unchanged.push(name);
      }
    } catch (e) {
      result.problems.push(tokenProblem(apiFailure(e), tokenVariable, "approval-rules", `approval rule "${name}" was not written`, `the approval rules of merge request !${ref.iid}`));
    }
  }
  for (const rule of existing) {
    if (!rule.name.startsWith(RULE_PREFIX) || wanted.has(rule.name)) continue;
    try {
      await api.removeApprovalRule(ref.project, ref.iid, rule.id);
      result.removed.push(rule.name);
    } catch (e) {
      result.problems.push(tokenProblem(apiFailure(e), tokenVariable, "approval-rules", `approval rule "${rule.name}" was not removed`, `the approval rules of merge request !${ref.iid}`));
    }
  }
  return result;
}

// src/platform/gitlab/code-quality.ts
import { createHash } from "node:crypto";
var ENGINE = "ai-governance-gate";
var DEFAULT_POLICY_PATH = ".ai-governance.yml";
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex");
}
function cleanPath(path) {
  return path.replace(/^file:\/\//, "").replace(/^\.\//, "");
}
function issue(check, description, category, severity, path, line, key) {
  return {
    type: "issue",
    engine_name: ENGINE,
    check_name: check,
    description,
    categories: [category],
    fingerprint: fingerprint(check, ...key),
    severity,
    location: { path: cleanPath(path), lines: { begin: Math.max(1, Math.floor(line)) } }
  };
}
function violationIssues(evaluation, policyInfo) {
  const path = policyInfo.path ?? DEFAULT_POLICY_PATH;
  const seen = /* @__PURE__ */ new Map();
  return evaluation.violations.map((v) => {
    const severity = v.level === "warning" ? "minor" : evaluation.mode === "enforce" ? "blocker" : "major";
    const nth = (seen.get(v.rule) ?? 0) + 1;
    seen.set(v.rule, nth);
    return issue(`ai-governance/${v.rule}`, `${v.message} What to do: ${v.remediation}`, "Bug Risk", severity, path, 1, [v.rule, String(nth)]);
  });
}
function pointsSeverity(points) {
  return points >= 25 ? "major" : points >= 10 ? "minor" : "info";
}
function riskIssues(evaluation) {
  const out = [];
  const destructivePaths = new Set(evaluation.risk.destructive.map((d) => d.path));
  for (const f of evaluation.risk.factors) {
    if (f.points <= 0) continue;
    for (const file of f.files) {
      if (f.id === "destructive" && destructivePaths.has(file)) continue;
      out.push(issue(`ai-governance/risk/${f.id}`, `Risk factor ${f.id} (+${f.points} points): ${f.detail}`, "Bug Risk", pointsSeverity(f.points), file, 1, [file]));
    }
  }
  for (const d of evaluation.risk.destructive) {
    const description = `Destructive change (${d.kind}): ${d.detail}${d.reversible ? "" : " Reverting the change does not undo it."}`;
    out.push(issue(`ai-governance/destructive/${d.kind}`, description, "Bug Risk", d.reversible ? "major" : "critical", d.path, 1, [d.path, d.detail]));
  }
  return out;
}
var FINDING_SEVERITY = {
  critical: "blocker",
  high: "critical",
  medium: "major",
  low: "minor",
  info: "info",
  unknown: "info"
};
function findingIssues(findings, fallbackPath = DEFAULT_POLICY_PATH) {
  return findings.map((f) => {
    const path = f.path ?? fallbackPath;
    const key = f.fingerprint ? [f.tool, f.fingerprint] : [f.tool, f.rule, path, String(f.line ?? 0), f.message];
    return issue(`${f.tool}/${f.rule}`, `${f.tool}: ${f.message}`, "Security", FINDING_SEVERITY[f.severity], path, f.line ?? 1, key);
  });
}
function codeQualityReport(...groups) {
  const seen = /* @__PURE__ */ new Set();
  const issues = groups.flat().filter((i) => seen.has(i.fingerprint) ? false : (seen.add(i.fingerprint), true));
  return JSON.stringify(issues, null, 2) + "\n";
}

// src/platform/gitlab/log-section.ts
var ESC = "\x1B";
var CLEAR = `${ESC}[0K`;
function unix(d) {
  return Math.floor(d.getTime() / 1e3);
}
function logSection(body, o) {
  if (!/^[A-Za-z0-9_.-]+$/.test(o.name)) throw new Error(`invalid log section name "${o.name}"`);
  const text = body.endsWith("\n") ? body : body + "\n";
  return `${CLEAR}section_start:${unix(o.start)}:${o.name}[collapsed=${o.collapsed ? "true" : "false"}]\r${CLEAR}${o.header}
` + text + `${CLEAR}section_end:${unix(o.end)}:${o.name}\r${CLEAR}
`;
}

// src/platform/gitlab/sticky-note.ts
async function upsertStickyNote(api, ref, body, o) {
  const candidates = o.userNotesCount === 0 ? [] : (await api.notes(ref.project, ref.iid)).filter((n) => !n.system && isStickyBody(n.body));
  if (candidates.length) {
    const me = await api.currentUser();
    const own = candidates.find((n) => n.author?.id === me.id);
    if (own) {
      const edited = await api.editNote(ref.project, ref.iid, own.id, body);
      return { action: "updated", noteId: edited.id || own.id };
    }
  }
  if (!o.create) return { action: "skipped" };
  const created = await api.createNote(ref.project, ref.iid, body);
  return { action: "created", noteId: created.id };
}

// src/platform/gitlab/publish.ts
var NOTE_LIMIT = 1e6;
async function writeReport(cwd, file, text) {
  const full = resolve(cwd, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text);
}
function artifactLink(env, file) {
  const job = env.CI_JOB_URL;
  if (!job) return `the job's ${file} artifact`;
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `the job's [${file}](${job}/artifacts/file/${path}) artifact`;
}
function noteBody(result, ctx) {
  const sections = summarySections({ evaluation: result.evaluation, change: result.change, policyInfo: result.policyInfo, version: VERSION, commitUrl: ctx.commitUrl });
  const summaryFile = ctx.settings.options.summaryFile ?? "the summary file";
  const fitted = fitSections(sections, { limit: NOTE_LIMIT - STICKY_MARKER.length - 1, unit: "chars", fullTextAt: artifactLink(ctx.env, summaryFile) });
  return withMarker(fitted.markdown);
}
function wantsNote(mode, decision) {
  if (mode === "never") return { post: false, create: false };
  return { post: true, create: mode === "always" || decision !== "pass" };
}
async function publishNote(result, ctx, log) {
  const { settings, api, ref } = ctx;
  const want = wantsNote(settings.comment, result.evaluation.decision);
  if (!want.post) return;
  if (!ref) {
    log("Not a merge request pipeline: no merge request note.");
    return;
  }
  if (!api) {
    log(missingToken(settings.tokenVariable, "write", "the summary was not posted on the merge request (the log, the artifacts and the reports are complete)"));
    return;
  }
  try {
    const outcome = await upsertStickyNote(api, ref, noteBody(result, ctx), { create: want.create, userNotesCount: ctx.userNotesCount });
    const where = result.change.request?.url && outcome.noteId ? `: ${result.change.request.url}#note_${outcome.noteId}` : "";
    if (outcome.action === "created") log(`Merge request note created${where}`);
    else if (outcome.action === "updated") log(`Merge request note updated${where}`);
    else log("No merge request note: the change passes and comment is on-violation.");
  } catch (e) {
    log(tokenProblem(apiFailure(e), settings.tokenVariable, "write", "the summary was not posted on the merge request", `the notes of merge request !${ref.iid}`));
  }
}
async function publishApprovalRules(result, ctx, log) {
  const { settings, api, ref } = ctx;
  if (settings.approvalRules !== "manage" || !ref) return;
  if (!api) {
    log(missingToken(settings.tokenVariable, "approval-rules", "no merge request approval rules were written"));
    return;
  }
  const { requirements, skipped } = unmetRequirements(result.evaluation.oversight);
  const r = await syncApprovalRules(api, ref, requirements, settings.tokenVariable);
  const parts = [
    r.created.length ? `created ${r.created.map((n) => `"${n}"`).join(", ")}` : "",
    r.updated.length ? `updated ${r.updated.map((n) => `"${n}"`).join(", ")}` : "",
    r.removed.length ? `removed ${r.removed.map((n) => `"${n}"`).join(", ")}` : "",
    r.unchanged.length ? `${r.unchanged.length} unchanged` : ""
  ].filter(Boolean);
  if (parts.length) log(`Approval rules: ${parts.join("; ")}.`);
  for (const p of [...skipped, ...r.problems]) log(p);
}
async function publishGitlab(result, ctx) {
  const { settings, term, env } = ctx;
  const started = ctx.clock();
  const colour = env.NO_COLOR === void 0;
  const summaryFile = settings.options.summaryFile ?? "";
  await writeReport(ctx.cwd, settings.dotenvFile, dotenv(gateOutputs(result.evaluation, { auditFile: settings.options.auditFile, summaryFile })));
  const e = result.evaluation;
  const findings = findingIssues(e.findings?.overThreshold ?? [], result.policyInfo.path);
  await writeReport(ctx.cwd, settings.codeQualityFile, codeQualityReport(violationIssues(e, result.policyInfo), riskIssues(e), findings));
  const text = renderText({ evaluation: result.evaluation, change: result.change, policyInfo: result.policyInfo, version: VERSION }, colour);
  const files = `Audit record: ${settings.options.auditFile} \xB7 summary: ${summaryFile} \xB7 code quality: ${settings.codeQualityFile} \xB7 dotenv: ${settings.dotenvFile}`;
  term.write(logSection([text, files].join("\n"), { name: "ai_governance", header: "AI governance gate", start: started, end: ctx.clock() }));
  if (settings.options.format === "json") term.write(JSON.stringify(result.audit, null, 2) + "\n");
  else if (settings.options.format === "markdown") term.write(result.markdown);
  const log = (line) => term.write(`ai-governance-gate: ${line}
`);
  await publishNote(result, ctx, log);
  await publishApprovalRules(result, ctx, log);
  if (ctx.api) log(`GitLab API requests made: ${ctx.api.requests}.`);
}
async function publishGitlabFailure(failure, ctx) {
  const { settings, term } = ctx;
  const summaryFile = settings.options.summaryFile ?? "";
  const line = (k, value2) => `AI_GOVERNANCE_${k}=${value2.replace(/[\r\n]+/g, " ")}`;
  await writeReport(ctx.cwd, settings.dotenvFile, [line("DECISION", "error"), line("ERROR", failure.message), line("AUDIT_FILE", settings.options.auditFile), line("SUMMARY_FILE", summaryFile)].join("\n") + "\n");
  const what = failure.unchecked ? "No decision: a fact the policy needs could not be checked." : "No decision: the gate could not run with this input.";
  const text = [what, "", ...failure.message.split("\n"), ...failure.hint ? ["", `\u2192 ${failure.hint}`] : []].join("\n");
  term.write(logSection(text, { name: "ai_governance", header: "AI governance gate: ERROR", start: ctx.clock(), end: ctx.clock() }));
}

// src/platform/gitlab/request.ts
function mergeRequestRef(env) {
  const iid = Number(env.CI_MERGE_REQUEST_IID);
  const project = env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID;
  if (!Number.isInteger(iid) || iid <= 0 || !project) return void 0;
  return { project, iid };
}
function csv(v) {
  return (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
function requestFromEnv(env, ref) {
  const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL;
  return {
    number: ref.iid,
    url: projectUrl ? `${projectUrl}/-/merge_requests/${ref.iid}` : void 0,
    title: env.CI_MERGE_REQUEST_TITLE,
    body: env.CI_MERGE_REQUEST_DESCRIPTION,
    labels: csv(env.CI_MERGE_REQUEST_LABELS),
    sourceBranch: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME,
    targetBranch: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
    draft: env.CI_MERGE_REQUEST_DRAFT === void 0 ? void 0 : env.CI_MERGE_REQUEST_DRAFT === "true",
    assignees: csv(env.CI_MERGE_REQUEST_ASSIGNEES),
    requestedReviewers: [],
    approvals: []
  };
}
function fromApi(mr, approvals) {
  return {
    number: mr.iid,
    url: mr.webUrl,
    author: mr.author?.username,
    authorIsBot: mr.author?.bot,
    title: mr.title,
    body: mr.description,
    labels: mr.labels,
    sourceBranch: mr.sourceBranch,
    targetBranch: mr.targetBranch,
    draft: mr.draft,
    assignees: mr.assignees.map((u) => u.username),
    requestedReviewers: mr.reviewers.map((u) => u.username),
    approvals
  };
}
function isRefusal(f) {
  return f.status !== void 0 && f.status >= 400 && f.status < 500 && f.status !== 408 && f.status !== 429;
}
var UNCHECKED_HINT = "Re-run the job once GitLab answers; a policy can choose `on-error: fail-open` to decide without these facts.";
function unchecked(what, e) {
  return new UncheckedError(what, apiFailure(e).detail, UNCHECKED_HINT);
}
async function groupsOf(api, groups, approvers, warnings, tokenVariable) {
  const byUser = /* @__PURE__ */ new Map();
  if (!approvers.length) return byUser;
  const ids = approvers.map((u) => u.id);
  await Promise.all(
    [...new Set(groups)].map(async (group) => {
      try {
        for (const member of await api.groupMembers(group, ids)) {
          if (!ids.includes(member.id)) continue;
          byUser.set(member.id, [...byUser.get(member.id) ?? [], group]);
        }
      } catch (e) {
        if (!isRefusal(apiFailure(e))) throw unchecked(`membership of group ${group}`, e);
        warnings.push(tokenProblem(apiFailure(e), tokenVariable, "read", `membership of group ${group} is unknown and its approvals do not count`, `the members of group ${group}`));
      }
    })
  );
  for (const list of byUser.values()) list.sort();
  return byUser;
}
async function placeApprovals(api, ref, list, warnings, tokenVariable) {
  const plain = (a) => ({ login: a.user.username, isBot: a.user.bot, ...a.approvedAt ? { at: a.approvedAt } : {} });
  if (!list.length) return [];
  let versions;
  try {
    versions = await api.versions(ref.project, ref.iid);
  } catch (e) {
    if (!isRefusal(apiFailure(e))) throw unchecked(`the diff versions of merge request !${ref.iid}`, e);
    warnings.push(tokenProblem(apiFailure(e), tokenVariable, "read", "it is unknown which commit each approval was given on, so approvals count only where the policy allows approvals of older commits", `the diff versions of merge request !${ref.iid}`));
    return list.map((a) => ({ ...plain(a), commitUnknown: true }));
  }
  const ordered = [...versions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const latest = ordered[0];
  if (!latest) return list.map(plain);
  let resets;
  if (list.some((a) => !a.approvedAt)) {
    try {
      resets = await api.resetsApprovalsOnPush(ref.project);
    } catch (e) {
      if (!isRefusal(apiFailure(e))) throw unchecked(`the approval settings of project ${ref.project}`, e);
      resets = void 0;
    }
    if (!resets) {
      warnings.push(
        `GitLab did not say when each approval was given (approval times need a recent GitLab) and the project does not reset approvals on push, so it is unknown whether approvals were given on the latest push: they count only where the policy allows approvals of older commits. Turn on "Remove all approvals when commits are added to the source branch" in the project's merge request approval settings, or upgrade GitLab.`
      );
    }
  }
  return list.map((a) => {
    if (!a.approvedAt) return resets ? { ...plain(a), commitSha: latest.headSha } : { ...plain(a), commitUnknown: true };
    const at = Date.parse(a.approvedAt);
    const on = ordered.find((version) => Date.parse(version.createdAt) <= at);
    return on ? { ...plain(a), commitSha: on.headSha } : { ...plain(a), commitUnknown: true };
  });
}
async function readRequest(api, ref, env, query, tokenVariable) {
  const warnings = [];
  const fallback = () => {
    if (env.CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED === "true") {
      warnings.push("The merge request description in CI_MERGE_REQUEST_DESCRIPTION is truncated; declarations near its end may be missed.");
    }
    return requestFromEnv(env, ref);
  };
  if (!api) {
    warnings.push(missingToken(tokenVariable, "read", "labels are as they were when the pipeline was created, and the author, reviewers and approvals are unknown"));
    return { request: fallback(), warnings };
  }
  const [mr, approvedBy] = await Promise.allSettled([api.mergeRequest(ref.project, ref.iid), api.approvals(ref.project, ref.iid)]);
  for (const r of [mr, approvedBy]) {
    if (r.status === "rejected" && !isRefusal(apiFailure(r.reason))) throw unchecked(`merge request !${ref.iid} from the GitLab API`, r.reason);
  }
  let approvals = [];
  if (approvedBy.status === "fulfilled") approvals = await placeApprovals(api, ref, approvedBy.value, warnings, tokenVariable);
  else warnings.push(tokenProblem(apiFailure(approvedBy.reason), tokenVariable, "read", "approvals are unknown and count as none", `the approvals of merge request !${ref.iid}`));
  const request = mr.status === "fulfilled" ? fromApi(mr.value, approvals) : { ...fallback(), approvals };
  if (mr.status === "rejected") {
    warnings.push(tokenProblem(apiFailure(mr.reason), tokenVariable, "read", "labels are as they were when the pipeline was created and the author is unknown", `merge request !${ref.iid}`));
  }
  const groups = query.teamsFor(request);
  if (groups.length && approvedBy.status === "fulfilled") {
    const byUser = await groupsOf(api, groups, approvedBy.value.map((a) => a.user), warnings, tokenVariable);
    const idOf = new Map(approvedBy.value.map((a) => [a.user.username, a.user.id]));
    request.approvals = request.approvals.map((a) => ({ ...a, teams: byUser.get(idOf.get(a.login) ?? -1) ?? [] }));
  }
  return { request, warnings, ...mr.status === "fulfilled" ? { userNotesCount: mr.value.userNotesCount } : {} };
}

// src/platform/gitlab/merged-request.ts
function commitOf(c) {
  const message = c.message.replace(/\n+$/, "");
  return {
    sha: c.id,
    author: { name: c.authorName, email: c.authorEmail },
    committer: { name: c.committerName, email: c.committerEmail },
    message,
    trailers: parseTrailers(message),
    additions: 0,
    deletions: 0
  };
}
async function findMergedMergeRequest(api, project, sha, warnings, tokenVariable) {
  const all = await api.commitMergeRequests(project, sha);
  const merged = all.filter((m) => m.state === "merged");
  const mr = merged.find((m) => m.mergeCommitSha === sha || m.squashCommitSha === sha) ?? merged[0];
  if (!mr) return void 0;
  let commits = [];
  try {
    const list = await api.mergeRequestCommits(project, mr.iid);
    commits = list.map(commitOf);
    if (list.length >= MAX_COMMIT_PAGES * 100) warnings.push(`Merge request !${mr.iid} has more than ${list.length} commits; attribution read the newest ${list.length}.`);
  } catch (e) {
    const failure = apiFailure(e);
    if (!isRefusal(failure)) throw e;
    warnings.push(tokenProblem(failure, tokenVariable, "read", `the commits of merge request !${mr.iid}, which this push was merged from, were not read for AI attribution`));
  }
  return { commit: sha, request: fromApi(mr, []), commits, source: `GitLab: the merged merge request of commit ${sha.slice(0, 7)}` };
}
async function mergedRequestOnPush(api, env, sha, tokenVariable) {
  const branch = env.CI_COMMIT_BRANCH?.trim();
  const project = env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim();
  if (env.CI_PIPELINE_SOURCE !== "push" || !branch || branch !== env.CI_DEFAULT_BRANCH?.trim() || !project) return void 0;
  if (!api) return { warnings: [missingToken(tokenVariable, "read", "the merge request this push was merged from could not be read, and AI attribution the merge dropped was not checked")] };
  const warnings = [];
  try {
    const mergedRequest = await findMergedMergeRequest(api, project, sha, warnings, tokenVariable);
    return { ...mergedRequest ? { mergedRequest } : {}, warnings };
  } catch (e) {
    const failure = apiFailure(e);
    if (isRefusal(failure)) {
      return { warnings: [tokenProblem(failure, tokenVariable, "read", "the merge request this push was merged from could not be read, and AI attribution the merge dropped was not checked")] };
    }
    throw new UncheckedError(`the merge request commit ${sha.slice(0, 7)} was merged from`, failure.detail, "Re-run the job once GitLab answers; a policy can choose `on-error: fail-open` to decide without these facts.");
  }
}

// src/platform/gitlab/index.ts
function connect(env, tokenVariable, timing) {
  const token = env[tokenVariable]?.trim();
  const host = apiHost(env);
  if (!token || !host) return void 0;
  registerSecret(token);
  if (hasControlCharacters(token)) {
    throw new InputError(
      `The CI/CD variable ${tokenVariable} contains a line break or another control character, so it cannot be sent to GitLab (it is not repeated here).`,
      `Store the token in ${tokenVariable} again without line breaks (masked variables cannot hold them either).`
    );
  }
  return gitlabApi({ host, token, kind: tokenVariable === JOB_TOKEN ? "job" : "private", timing });
}
function serverHost(env) {
  const host = env.CI_SERVER_HOST?.trim();
  if (host) return host;
  try {
    return env.CI_SERVER_URL ? new URL(env.CI_SERVER_URL).hostname : void 0;
  } catch {
    return void 0;
  }
}
function ciConfigPath(env) {
  const path = env.CI_CONFIG_PATH?.trim();
  return path && !path.includes("@") && !/^https?:/.test(path) ? path : ".gitlab-ci.yml";
}
async function gitlabPlatform(argv, env, term) {
  const settings = gitlabSettings(argv, env);
  const ref = mergeRequestRef(env);
  const timing = platformTiming(env, void 0, `The component input "platform-deadline" (job variable ${DEADLINE_VARIABLE})`);
  const api = connect(env, settings.tokenVariable, timing);
  const projectUrl = env.CI_PROJECT_URL?.replace(/\/+$/, "");
  const commitUrl = projectUrl ? (sha) => `${projectUrl}/-/commit/${sha}` : void 0;
  const targetBranch = env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME?.trim();
  const targetSha = env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA?.trim();
  let userNotesCount;
  const publishContext = () => ({ settings, env, term, cwd: process.cwd(), api, ref, userNotesCount, commitUrl, clock: () => /* @__PURE__ */ new Date() });
  return {
    name: "gitlab",
    codeownersSyntax: "gitlab",
    judgesWorkingTree: true,
    options: settings.options,
    repository: env.CI_PROJECT_PATH,
    // The pipeline definition includes the component: editing it can switch the gate off.
    governancePaths: [ciConfigPath(env)],
    target: () => ref && targetBranch ? { ref: targetBranch, server: serverHost(env), ...targetSha ? { fallbackSha: targetSha } : {} } : void 0,
    range: () => gitlabRange(settings.options, env),
    request: async (query) => {
      if (!ref) return void 0;
      const facts = await readRequest(api, ref, env, query, settings.tokenVariable);
      userNotesCount = facts.userNotesCount;
      return { request: facts.request, warnings: facts.warnings };
    },
    mergedRequest: (sha) => mergedRequestOnPush(api, env, sha, settings.tokenVariable),
    ...commitUrl ? { commitUrl } : {},
    publish: (result) => publishGitlab(result, publishContext()),
    publishFailure: (failure) => publishGitlabFailure(failure, publishContext())
  };
}
export {
  gitlabPlatform
};
