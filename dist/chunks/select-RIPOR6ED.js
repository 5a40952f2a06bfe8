#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  listProblems,
  mapping,
  nonEmptyText,
  readLimited,
  validate,
  wholeNumberFrom
} from "./chunk-RWXPSF3Q.js";
import {
  renderText,
  resolveRange
} from "./chunk-QYTPJYP6.js";
import {
  array,
  boolean,
  description,
  optional,
  pipe,
  string
} from "./chunk-NSAYMSMK.js";
import {
  parseCli
} from "./chunk-ADNKL6BG.js";
import {
  VERSION
} from "./chunk-5BUW5COH.js";
import "./chunk-VNPNELQZ.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/gather/request-file.ts
import { resolve } from "node:path";

// src/core/request-schema.ts
var approval = mapping({
  login: nonEmptyText,
  at: optional(pipe(string(), description("ISO-8601 time the approval was given."))),
  commitSha: optional(pipe(string(), description("The head commit the approval was given on."))),
  teams: optional(pipe(array(string()), description("Teams (GitHub) or groups (GitLab) the approver belongs to."))),
  isBot: optional(boolean())
});
var requestSchema = mapping({
  number: optional(wholeNumberFrom(0)),
  url: optional(string()),
  author: optional(string()),
  authorIsBot: optional(boolean()),
  title: optional(string()),
  body: optional(pipe(string(), description("The description, where an AI-Assisted declaration is read."))),
  labels: optional(array(string()), () => []),
  sourceBranch: optional(string()),
  targetBranch: optional(string()),
  draft: optional(boolean()),
  assignees: optional(array(string()), () => []),
  requestedReviewers: optional(array(string()), () => []),
  approvals: optional(array(approval), () => [])
});

// src/gather/request-file.ts
var MAX_REQUEST_BYTES = 4 * 1024 * 1024;
var MAX_LISTED_ISSUES = 50;
var FORMAT_HINT = 'See the README "Request file" section for the format.';
function tooLarge(file) {
  return new InputError(
    `Request file ${file} is larger than ${MAX_REQUEST_BYTES} bytes (${MAX_REQUEST_BYTES / 1024 / 1024} MiB), the most a request description needs.`,
    "Check that --request names the request JSON and not another file."
  );
}
function parseRequest(text, file) {
  if (Buffer.byteLength(text) > MAX_REQUEST_BYTES) throw tooLarge(file);
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`Request file ${file} is not valid JSON: ${e.message}`, FORMAT_HINT);
  }
  const result = validate(requestSchema, doc);
  if (!result.ok) {
    throw new InputError(`Request file ${file} is not valid:
${listProblems(result.problems, MAX_LISTED_ISSUES)}`, 'See the README "Request file" section for the fields.');
  }
  return result.value;
}
async function readRequestFile(file, cwd) {
  let read;
  try {
    read = await readLimited(resolve(cwd, file), MAX_REQUEST_BYTES);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`Request file ${file} could not be read (${e.code ?? e.message}).`, "Check the --request path.");
  }
  if (!read.ok) throw tooLarge(file);
  return parseRequest(read.bytes.toString("utf8"), file);
}

// src/platform/local.ts
function wantsColour(term) {
  return term.isTTY && term.env.NO_COLOR === void 0 && term.env.TERM !== "dumb";
}
function printResult(result, term) {
  const format = result.options.format;
  if (format === "json") term.write(JSON.stringify(result.audit, null, 2) + "\n");
  else if (format === "markdown") term.write(result.markdown);
  else {
    const { evaluation, change, policyInfo } = result;
    term.write(renderText({ evaluation, change, policyInfo, version: VERSION }, wantsColour(term)));
  }
}
function localPlatform(options, term) {
  return {
    name: "local",
    // On a laptop an explicit --policy file is the user's own dry run, read as it is on disk.
    judgesWorkingTree: false,
    options,
    range: () => resolveRange(options.repo, { base: options.base, head: options.head }),
    // A laptop has no request unless one is described with --request for a dry run.
    request: async () => options.request ? { request: await readRequestFile(options.request, process.cwd()), warnings: [] } : void 0,
    publish: async (result) => printResult(result, term)
  };
}

// src/platform/select.ts
async function selectPlatform(argv, env, term) {
  if (env.GITHUB_ACTIONS === "true" && argv.length === 0) {
    const { githubPlatform } = await import("./github-27SJB74Z.js");
    return githubPlatform(env, term);
  }
  if (env.GITLAB_CI === "true") {
    const { gitlabPlatform } = await import("./gitlab-J2WHMZAZ.js");
    return gitlabPlatform(argv, env, term);
  }
  return localPlatform(parseCli(argv), term);
}
export {
  selectPlatform
};
