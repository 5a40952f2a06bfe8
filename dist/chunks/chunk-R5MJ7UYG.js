#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/errors.ts
var InputError = class extends Error {
  hint;
  constructor(message, hint) {
    super(message);
    this.name = "InputError";
    this.hint = hint;
  }
};
function isInputError(e) {
  return e instanceof InputError;
}
var UncheckedError = class extends InputError {
  /** What could not be checked, e.g. "the pull request's approvals". */
  what;
  /** Set when the policy chose to pass anyway; the entrypoint then exits 0 with the warning. */
  failOpen;
  constructor(what, reason, hint, failOpen = false) {
    super(`Could not check ${what}: ${reason}`, hint);
    this.name = "UncheckedError";
    this.what = what;
    this.failOpen = failOpen;
  }
};

// src/gather/options.ts
import { parseArgs } from "node:util";
var DEFAULT_AUDIT_FILE = "ai-governance-audit.json";
var SPEC = {
  repo: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  policy: { type: "string" },
  mode: { type: "string" },
  "audit-file": { type: "string" },
  "summary-file": { type: "string" },
  format: { type: "string" },
  reports: { type: "string", multiple: true },
  baseline: { type: "string", multiple: true },
  request: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
function oneOf(name, value, allowed) {
  if (value === void 0) return void 0;
  if (allowed.includes(value)) return value;
  throw new InputError(`--${name} must be one of ${allowed.join(", ")}; got "${value}".`, "Run with --help for the options.");
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: false, strict: true });
  } catch (e) {
    throw new InputError(e.message.replace(/\. To specify a positional.*$/s, "."), "Run with --help for the options.");
  }
  const v = parsed.values;
  for (const key of ["repo", "base", "head", "policy", "audit-file", "summary-file", "request"]) {
    if (v[key] !== void 0 && v[key].trim() === "") throw new InputError(`--${key} needs a value.`, "Run with --help for the options.");
  }
  return {
    repo: v.repo ?? process.cwd(),
    base: v.base,
    head: v.head,
    policy: v.policy,
    mode: oneOf("mode", v.mode, ["enforce", "warn"]),
    auditFile: v["audit-file"] ?? DEFAULT_AUDIT_FILE,
    summaryFile: v["summary-file"],
    format: oneOf("format", v.format, ["text", "markdown", "json"]) ?? "text",
    reports: v.reports ?? [],
    baseline: v.baseline ?? [],
    request: v.request,
    help: v.help ?? false,
    version: v.version ?? false
  };
}
var HELP = `Usage: ai-governance-gate [options]

Judges the change between two git revisions against a policy: which commits are AI-assisted,
how risky the change is, and whether the policy's rules hold. Writes a summary and an audit record.

Options:
  --repo DIR            repository to read (default: the current directory)
  --base REV            base revision (default: merge-base with the remote's default branch;
                        when HEAD is that branch's tip, the parent of HEAD; else the parent of HEAD;
                        else the empty tree)
  --head REV            head revision (default: HEAD)
  --policy FILE         policy file (default: .ai-governance.yml as it is at the base revision,
                        else the built-in default policy)
  --mode enforce|warn   override the policy's mode (warn never fails)
  --audit-file FILE     where to write the JSON audit record (default: ${DEFAULT_AUDIT_FILE})
  --summary-file FILE   also write the Markdown summary to FILE
  --format text|markdown|json
                        what to print on stdout (default: text; colour only on a terminal, never with NO_COLOR)
  --reports GLOB        scanner reports to gate on (SARIF, GitLab security and Code Quality, Trivy,
                        Semgrep, Grype, Gitleaks, npm audit, ...); repeatable, or a comma/newline list
  --baseline GLOB       reports of the base, so only findings this change introduced count as new
  --request FILE        a pull/merge request description (JSON) to dry-run request rules locally
  -V, --version         print the version
  -h, --help            print this help

Exit codes: 0 pass or warn, 1 policy violation (enforce mode), 2 usage, configuration or input error.
`;

// src/gather/git/run.ts
import { spawn } from "node:child_process";
function gitRaw(repo, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-c", "core.quotepath=off", "-c", "color.ui=never", ...args], {
      cwd: repo,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on(
      "error",
      (e) => reject(
        e.code === "ENOENT" ? new InputError("git is not installed or not on PATH.", "Install git (apt-get install git) and run again.") : e
      )
    );
    child.on(
      "close",
      (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code: code ?? 1 })
    );
    if (input !== void 0 && child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function git(repo, args, hint) {
  const r = await gitRaw(repo, args);
  if (r.code !== 0) {
    throw new InputError(`git ${args[0]} failed: ${r.stderr.trim() || `exit code ${r.code}`}`, hint);
  }
  return r.stdout.toString("utf8");
}

// src/gather/git/range.ts
var SHALLOW_HINT = "The clone is shallow, so the history the gate needs is missing. On GitHub Actions set `fetch-depth: 0` on actions/checkout; on GitLab CI set `GIT_DEPTH: 0`; locally run `git fetch --unshallow`.";
async function tryRev(repo, rev) {
  const r = await gitRaw(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
}
async function isShallow(repo) {
  return (await git(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function assertRepository(repo) {
  const r = await gitRaw(repo, ["rev-parse", "--is-inside-work-tree"]);
  if (r.code !== 0) {
    const notFound = /cannot change to|No such file/i.test(r.stderr);
    throw new InputError(
      notFound ? `Repository directory ${repo} does not exist.` : `${repo} is not a git repository.`,
      "Run the gate inside a git clone, or pass --repo DIR pointing to one."
    );
  }
}
async function emptyTree(repo) {
  return (await gitRaw(repo, ["hash-object", "-t", "tree", "--stdin"], "")).stdout.toString("utf8").trim();
}
async function remoteDefaultBranch(repo) {
  const sym = await gitRaw(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  if (sym.code === 0) return sym.stdout.toString("utf8").trim().replace(/^refs\/remotes\//, "");
  for (const candidate of ["origin/main", "origin/master"]) {
    if (await tryRev(repo, `refs/remotes/${candidate}`)) return candidate;
  }
  return void 0;
}
function short(sha) {
  return sha.slice(0, 12);
}
async function resolveRange(repo, opts) {
  await assertRepository(repo);
  const headRev = opts.head ?? "HEAD";
  const head = await tryRev(repo, headRev);
  if (!head) {
    const shallow = await isShallow(repo);
    throw new InputError(
      `Head revision "${headRev}" was not found in ${repo}.`,
      shallow ? SHALLOW_HINT : headRev === "HEAD" ? "The repository has no commits yet: commit something first." : `Fetch it first (git fetch origin ${headRev}) or check the spelling.`
    );
  }
  if (opts.base !== void 0) {
    const base = await tryRev(repo, opts.base);
    if (!base) {
      throw new InputError(
        `Base revision "${opts.base}" was not found in ${repo}.`,
        await isShallow(repo) ? SHALLOW_HINT : `Fetch it first (git fetch origin ${opts.base}) or check the spelling.`
      );
    }
    if (await isShallow(repo)) {
      const mb = await gitRaw(repo, ["merge-base", base, head]);
      if (mb.code !== 0) throw new InputError(`Base ${short(base)} and head ${short(head)} share no history in this shallow clone.`, SHALLOW_HINT);
    }
    return { base, head, baseReason: "explicit", baseDescription: `${opts.base} (given)`, emptyBase: false };
  }
  const remote = await remoteDefaultBranch(repo);
  if (remote) {
    const mb = await gitRaw(repo, ["merge-base", head, `refs/remotes/${remote}`]);
    const mergeBase = mb.code === 0 ? mb.stdout.toString("utf8").trim() : void 0;
    if (mergeBase && mergeBase !== head) {
      return { base: mergeBase, head, baseReason: "merge-base", baseDescription: `merge-base with ${remote}`, emptyBase: false };
    }
    if (!mergeBase && await isShallow(repo)) {
      throw new InputError(`HEAD and ${remote} share no history in this shallow clone.`, SHALLOW_HINT);
    }
  }
  const parent = await tryRev(repo, `${head}^1`);
  if (parent) {
    const why = remote ? `parent of HEAD; HEAD is the tip of ${remote}` : "parent of HEAD; no remote default branch";
    return { base: parent, head, baseReason: "parent-of-head", baseDescription: why, emptyBase: false };
  }
  if (await isShallow(repo)) {
    throw new InputError("The parent of HEAD is missing: this is a shallow clone.", SHALLOW_HINT);
  }
  return { base: await emptyTree(repo), head, baseReason: "empty-tree", baseDescription: "empty tree (HEAD is a root commit)", emptyBase: true };
}

// src/core/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/core/render/summary-model.ts
var HEADLINE = {
  pass: { icon: "\u2705", word: "PASS" },
  warn: { icon: "\u26A0\uFE0F", word: "WARN" },
  fail: { icon: "\u274C", word: "FAIL" }
};
function percent(share) {
  return `${Math.round(share * 100)}%`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function totals(change) {
  return change.files.reduce(
    (t, f) => ({ additions: t.additions + f.additions, deletions: t.deletions + f.deletions }),
    { additions: 0, deletions: 0 }
  );
}
function verdictReason(e) {
  const errors = e.violations.filter((v) => v.level === "error").length;
  const warnings = e.violations.length - errors;
  const parts = [];
  if (errors) parts.push(`${errors} violation${errors === 1 ? "" : "s"}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  if (!parts.length) return "no violations";
  const reason = parts.join(", ");
  return e.decision === "warn" && errors ? `${reason} (warn mode: not blocking)` : reason;
}
function attributionLine(e) {
  const a = e.attribution;
  if (!a.aiAssisted) return "no AI markers found";
  const method = a.shareMethod === "commits" ? "of added lines, from AI-attributed commits" : a.shareMethod === "request" ? "of added lines: the request was opened by an AI agent" : `of added lines, from ${a.shareMethod} line data`;
  return `AI-assisted (${a.tools.join(", ") || "unspecified tool"}; ${percent(a.aiShare)} ${method})`;
}

// src/core/render/escape.ts
var ZERO_WIDTH_SPACE = "\u200B";
var BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var REFERENCE = new RegExp("([#!&%$~])(?=[\\p{L}\\p{N}_])|(\\bGH-)(?=\\p{N})", "giu");
function flatten(value) {
  return value.replace(/\r\n?|\n/g, " \u23CE ").replace(/\t/g, " ").replace(CONTROL, "\uFFFD").replace(BIDI, "\uFFFD");
}
function mdText(value) {
  return flatten(value).replace(REFERENCE, (m) => m + ZERO_WIDTH_SPACE).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+\-.!|~"'=$^]/g, (c) => `\\${c}`).replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/:/g, "&#58;");
}
function mdCode(value) {
  const flat = flatten(value).replace(/(\\*)\|/g, (_m, slashes) => `${slashes.length % 2 === 0 ? slashes : `${slashes}\\`}\\|`).replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${fence}${pad}${flat === "" ? " " : flat}${pad}${fence}`;
}
function termText(value) {
  return flatten(value);
}

// src/core/model.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"];
var RISK_LEVELS = ["low", "medium", "high", "critical"];

// src/core/render/findings-section.ts
var SECTION_ROWS = 20;
var MESSAGE_CHARS = 160;
var SCOPE_WORDS = {
  new: "new findings",
  "changed-lines": "findings on lines this change adds",
  "changed-files": "findings in files this change touches",
  all: "all findings"
};
function sum(counts) {
  return SEVERITIES.reduce((n, s) => n + counts[s], 0);
}
function shorten(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS - 1)}\u2026` : line;
}
function where(f) {
  if (f.path === void 0) return void 0;
  return f.line === void 0 ? f.path : `${f.path}:${f.line}`;
}
function shownSeverities(r) {
  return SEVERITIES.filter(
    (s) => r.limits[s] !== void 0 || r.inScope[s] + r.outOfScope[s] + r.suppressedBySeverity[s] + r.waivedBySeverity[s] > 0
  );
}
function waiverTarget(w) {
  const parts = [];
  if (w.rule !== void 0) parts.push(`rule ${w.rule}`);
  if (w.tool !== void 0) parts.push(`tool ${w.tool}`);
  if (w.path !== void 0) parts.push(`path ${w.path}`);
  if (w.fingerprint !== void 0) parts.push(`fingerprint ${w.fingerprint}`);
  return parts;
}
function inDays(days) {
  return days === 0 ? "today is its last day" : `${days} day${days === 1 ? "" : "s"} left`;
}
function countsTable(r) {
  if (sum(r.inScope) + sum(r.outOfScope) + sum(r.suppressedBySeverity) + sum(r.waivedBySeverity) === 0) return "No findings in the reports read.";
  const rows = shownSeverities(r).map((s) => {
    const limit = r.limits[s];
    const cells = [s, limit === void 0 ? "no limit" : String(limit), r.inScope[s], r.outOfScope[s], r.suppressedBySeverity[s], r.waivedBySeverity[s]];
    const over = limit !== void 0 && r.inScope[s] > limit ? " \u274C" : "";
    return `| ${cells[0]}${over} | ${cells.slice(1).join(" | ")} |`;
  });
  return ["| Severity | Limit | In scope | Out of scope | Suppressed | Waived |", "|---|---:|---:|---:|---:|---:|", ...rows].join("\n");
}
function overTable(r) {
  if (r.overThresholdTotal === 0) return "";
  const rows = r.overThreshold.slice(0, SECTION_ROWS).map((f) => {
    const loc = where(f);
    return `| ${f.severity} | ${mdCode(f.rule)} | ${loc === void 0 ? "\u2014" : mdCode(loc)} | ${mdText(f.tool)} | ${mdText(shorten(f.message))} | ${f.state} |`;
  });
  const more = r.overThresholdTotal - rows.length;
  return [
    "#### Over the threshold",
    "",
    "| Severity | Rule | Location | Tool | Message | State |",
    "|---|---|---|---|---|---|",
    ...rows,
    ...more > 0 ? ["", `\u2026and ${more} more over the threshold (see the audit record).`] : [],
    ""
  ].join("\n");
}
function expiringList(r) {
  if (!r.waivers.expiringSoon.length) return "";
  const items = r.waivers.expiringSoon.map((w) => {
    const target = waiverTarget(w).map(mdText).join(", ") || "no matcher";
    return `- ${mdCode(`findings.waivers[${w.index}]`)} (${target}) \u2014 owner ${mdText(w.owner)}, last day ${w.expires} (${inDays(w.daysLeft)}): ${mdText(w.reason)}`;
  });
  return ["#### Waivers expiring within 14 days", "", ...items, ""].join("\n");
}
function reportsTable(r) {
  const rows = r.reports.map((rep) => `| ${mdCode(rep.path)} | ${mdText(rep.format)} | ${mdText(rep.tool)} | ${rep.results} |`);
  return ["#### Reports read", "", "| Report | Format | Tool | Results |", "|---|---|---|---:|", ...rows, ""].join("\n");
}
function otherCounts(r) {
  const parts = [];
  if (r.duplicates) parts.push(`${r.duplicates} duplicate${r.duplicates === 1 ? "" : "s"} counted once`);
  if (r.absent) parts.push(`${r.absent} reported as absent (fixed) and not counted`);
  return parts.length ? `
${parts.join("; ")}.
` : "";
}
function findingsMarkdown(r) {
  if (!r.reports.length && sum(r.counts) === 0 && r.suppressed === 0) return "";
  const total = sum(r.inScope);
  const title = `### Findings: ${total} in scope (${SCOPE_WORDS[r.scope]})`;
  const parts = [`${title}
`, `${countsTable(r)}
${otherCounts(r)}`, overTable(r), expiringList(r), reportsTable(r)];
  return parts.filter((p) => p !== "").join("\n");
}
function findingsText(r, paint) {
  if (!r.reports.length && sum(r.counts) === 0 && r.suppressed === 0) return [];
  const out = [];
  out.push(paint(`Findings (${SCOPE_WORDS[r.scope]}): ${sum(r.inScope)} in scope, ${sum(r.outOfScope)} out of scope, ${r.suppressed} suppressed, ${r.waived} waived`, "bold"));
  for (const s of shownSeverities(r)) {
    const limit = r.limits[s];
    const over = limit !== void 0 && r.inScope[s] > limit;
    const line = `  ${s.padEnd(8)} ${String(r.inScope[s]).padStart(5)} in scope (limit ${limit ?? "none"}), ${r.outOfScope[s]} out of scope, ${r.suppressedBySeverity[s]} suppressed, ${r.waivedBySeverity[s]} waived`;
    out.push(over ? paint(line, "red") : line);
  }
  if (r.duplicates || r.absent) out.push(paint(`  ${r.duplicates} duplicate${r.duplicates === 1 ? "" : "s"} counted once, ${r.absent} absent (fixed)`, "dim"));
  if (r.overThresholdTotal) {
    out.push(paint("  Over the threshold:", "bold"));
    for (const f of r.overThreshold.slice(0, SECTION_ROWS)) {
      const loc = where(f);
      out.push(`    ${paint(f.severity.toUpperCase().padEnd(8), "red")} ${termText(f.rule)}  ${termText(loc ?? "(no location)")}  ${termText(shorten(f.message))}`);
    }
    const more = r.overThresholdTotal - Math.min(r.overThreshold.length, SECTION_ROWS);
    if (more > 0) out.push(paint(`    \u2026and ${more} more`, "dim"));
  }
  for (const w of r.waivers.expiringSoon) {
    out.push(paint(`  Waiver findings.waivers[${w.index}] (${termText(waiverTarget(w).join(", ") || "no matcher")}), owner ${termText(w.owner)}: last day ${w.expires}, ${inDays(w.daysLeft)}`, "yellow"));
  }
  for (const rep of r.reports) out.push(paint(`  Read ${termText(rep.path)} (${termText(rep.format)}, ${termText(rep.tool)}, ${rep.results} results)`, "dim"));
  return out;
}

// src/core/oversight/describe.ts
var WHY_WORDS = {
  author: "author",
  requester: "requester",
  bot: "bot",
  "ai-identity": "AI identity",
  stale: "approved an older commit",
  "not-in-approver-set": "not in the approver set"
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var FILES_SHOWN = 3;
function listFiles(files) {
  const shown = files.slice(0, FILES_SHOWN).join(", ");
  return files.length > FILES_SHOWN ? `${shown} and ${files.length - FILES_SHOWN} more` : shown;
}
function approverParts(set) {
  if (set.anyone) return ["any reviewer other than the author and the requester"];
  const parts = [];
  if (set.users.length) parts.push(`${set.users.length === 1 ? "user" : "users"} ${set.users.join(", ")}`);
  if (set.teams.length) parts.push(`${set.teams.length === 1 ? "team" : "teams"} ${set.teams.join(", ")}`);
  if (set.owners.length) parts.push(`code owners of ${listFiles(set.ownedFiles)} (${set.owners.join(", ")})`);
  return parts;
}
function describeApprovers(set) {
  return approverParts(set).join(" or ");
}
function describeNotCounted(list) {
  return list.map((n) => `${n.login} (${WHY_WORDS[n.why]})`).join(", ");
}
function requirementMessage(r) {
  const has = r.counted.length ? `${r.counted.length} (${r.counted.map((c) => c.login).join(", ")})` : "0";
  const notCounted = r.notCounted.length ? ` Not counted: ${describeNotCounted(r.notCounted)}.` : "";
  return `Needs ${plural(r.needed, "approval")} from ${r.rules.join(" + ")} (${describeApprovers(r.approvers)}); has ${has}.${notCounted}`;
}
function requirementRemediation(r) {
  const stale = r.notCounted.filter((n) => n.why === "stale").map((n) => n.login);
  const excluded = r.notCounted.filter((n) => n.why === "author" || n.why === "requester").map((n) => n.login);
  const ask = `Get ${plural(r.missing, "more approval")} from ${describeApprovers(r.approvers)}`;
  const not = excluded.length ? ` (not ${excluded.join(" or ")}: authors and requesters cannot approve their own change)` : "";
  const again = stale.length ? `; ${stale.join(", ")} can re-approve the latest commit` : "";
  return `${ask}${not}${again}.`;
}

// src/core/render/signoff-section.ts
var FILES_SHOWN2 = 3;
function totalMissing(result) {
  return result.required.reduce((n, r) => n + r.missing, 0);
}
function verdict(result) {
  if (!result.applicable) return { icon: "\u2796", text: `Sign-off not applicable: ${result.reason ?? "no request"}` };
  if (!result.required.length) return { icon: "\u2705", text: "No approval rule applies to this change" };
  if (result.satisfied) {
    const n = result.required.length;
    return { icon: "\u2705", text: n === 1 ? "Sign-off complete" : `Sign-off complete: all ${n} requirements met` };
  }
  const unmet = result.required.filter((r) => !r.satisfied).map((r) => r.rules.join(" + "));
  return { icon: "\u274C", text: `Missing ${plural(totalMissing(result), "approval")} (${unmet.join("; ")})` };
}
function viaWords(c) {
  if (c.via === "user") return "listed user";
  if (c.via === "codeowner") return "code owner";
  if (c.via === "any-reviewer") return void 0;
  return `team ${c.via.slice("team:".length)}`;
}
function approversMd(set) {
  if (set.anyone) return mdText(approverParts(set)[0]);
  const parts = [];
  if (set.users.length) parts.push(`${set.users.length === 1 ? "user" : "users"} ${set.users.map(mdCode).join(", ")}`);
  if (set.teams.length) parts.push(`${set.teams.length === 1 ? "team" : "teams"} ${set.teams.map(mdCode).join(", ")}`);
  if (set.owners.length) {
    const files = set.ownedFiles.slice(0, FILES_SHOWN2).map(mdCode).join(", ");
    const more = set.ownedFiles.length > FILES_SHOWN2 ? ` and ${set.ownedFiles.length - FILES_SHOWN2} more` : "";
    parts.push(`code owners of ${files}${more} (${set.owners.map(mdCode).join(", ")})`);
  }
  return parts.join(" or ");
}
function row(r) {
  const requirement = `${r.rules.map((n) => `**${mdText(n)}**`).join(" + ")}<br>${approversMd(r.approvers)}${r.allowStale ? "<br>earlier approvals count" : ""}`;
  const approvedBy = r.counted.length ? r.counted.map((c) => {
    const via = viaWords(c);
    return via ? `${mdText(c.login)} (${mdText(via)})` : mdText(c.login);
  }).join(", ") : "\u2014";
  const missing = r.missing ? `\u274C ${r.missing}` : "\u2705 0";
  const notCounted = r.notCounted.length ? r.notCounted.map((n) => `${mdText(n.login)} (${mdText(WHY_WORDS[n.why])})`).join(", ") : "\u2014";
  return `| ${requirement} | ${r.needed} | ${approvedBy} | ${missing} | ${notCounted} |`;
}
function signoffMarkdown(result) {
  const v = verdict(result);
  const lines = ["### Sign-off", "", `${v.icon} **${mdText(v.text)}**`];
  if (!result.applicable && result.wouldApply.length) {
    lines.push("", `In a pull or merge request these rules would apply: ${result.wouldApply.map((n) => mdText(n)).join(", ")}.`);
  }
  if (result.required.length) {
    lines.push("", "| Requirement | Needed | Approved by | Still missing | Not counted |", "|---|---:|---|---:|---|", ...result.required.map(row));
  }
  if (result.notes.length) lines.push("", ...result.notes.map((n) => `- \u26A0\uFE0F ${mdText(n)}`));
  return lines.join("\n") + "\n";
}
function approversText(set) {
  return approverParts(set).map(termText).join(" or ");
}
function signoffText(result, paint = (s) => s) {
  const v = verdict(result);
  const tone = v.icon === "\u274C" ? "red" : v.icon === "\u2705" ? "green" : "yellow";
  const out = [paint(`${v.icon} ${termText(v.text)}`, "bold", tone)];
  if (!result.applicable && result.wouldApply.length) {
    out.push(`  In a pull or merge request these rules would apply: ${result.wouldApply.map(termText).join(", ")}`);
  }
  for (const r of result.required) {
    const mark = r.satisfied ? paint("\u2713", "green") : paint("\u2717", "red");
    out.push(`  ${mark} ${termText(r.rules.join(" + "))}: ${r.counted.length} of ${r.needed} from ${approversText(r.approvers)}`);
    if (r.counted.length) {
      const who = r.counted.map((c) => {
        const via = viaWords(c);
        return via ? `${termText(c.login)} (${termText(via)})` : termText(c.login);
      });
      out.push(`      approved by ${who.join(", ")}`);
    }
    if (r.missing) out.push(paint(`      still missing ${r.missing}`, "red"));
    if (r.notCounted.length) {
      out.push(paint(`      not counted: ${r.notCounted.map((n) => `${termText(n.login)} (${WHY_WORDS[n.why]})`).join(", ")}`, "dim"));
    }
  }
  for (const n of result.notes) out.push(paint(`  ! ${termText(n)}`, "yellow"));
  return out;
}

// src/core/render/markdown.ts
var MAX_ROWS = 50;
function headline({ evaluation: e, change }) {
  const h = HEADLINE[e.decision];
  const t = totals(change);
  const facts = [
    `**Risk ${e.risk.level.toUpperCase()}** (${e.risk.score}/100)`,
    e.attribution.aiAssisted ? `**${mdText(attributionLine(e))}**` : mdText(attributionLine(e)),
    `${change.files.length} file${change.files.length === 1 ? "" : "s"}, +${t.additions} \u2212${t.deletions}`
  ];
  return `## ${h.icon} AI governance gate: ${h.word} \u2014 ${mdText(verdictReason(e))}

${facts.join(" \xB7 ")}
`;
}
function violations({ evaluation: e }) {
  if (!e.violations.length) return "";
  const title = e.decision === "fail" ? "What blocks this change" : "What to fix";
  const items = e.violations.map(
    (v, i) => `${i + 1}. ${v.level === "error" ? "\u274C" : "\u26A0\uFE0F"} **${mdText(v.rule)}** \u2014 ${mdText(v.message)}
   **What to do:** ${mdText(v.remediation)}`
  );
  return `### ${title}

${items.join("\n")}
`;
}
function notes({ evaluation: e }) {
  if (!e.notes.length) return "";
  return `> [!IMPORTANT]
${e.notes.map((n) => `> ${mdText(n)}`).join("\n>\n")}
`;
}
function attribution({ evaluation: e, commitUrl, change }) {
  const a = e.attribution;
  const lines = [`### AI attribution
`];
  if (!a.aiAssisted) {
    lines.push(`No AI markers found in ${a.commits.length} commit${a.commits.length === 1 ? "" : "s"}${change.request ? " or the request" : ""}. Absence of markers is not proof of human authorship.`);
  } else {
    const method = a.shareMethod === "commits" ? "added lines of AI-attributed commits" : a.shareMethod === "request" ? "the request was opened by an AI agent" : `line-level data (${a.shareMethod})`;
    const models = a.models.length ? ` Models: ${a.models.map(mdCode).join(", ")}.` : "";
    lines.push(`AI share: **${percent(a.aiShare)}** (method: ${mdText(method)}). Tools: ${a.tools.map(mdCode).join(", ") || "unspecified"}.${models}
`);
    if (a.shareNote) lines.push(`${mdText(a.shareNote)}
`);
    if (a.mergedRequest) {
      const what = a.mergedRequest.number !== void 0 ? `#${a.mergedRequest.number}` : "a request";
      const where2 = a.mergedRequest.url ? ` ${mdCode(a.mergedRequest.url)}` : "";
      lines.push(`Merged from ${mdText(what)}${where2} (${mdText(a.mergedRequest.source)}); its ${a.mergedRequest.commits} commit(s) and description were read for attribution.
`);
    }
    const rows = [];
    const model = (m) => m ? mdCode(m) : "";
    for (const ev of a.requestEvidence) rows.push(`| request | ${mdText(ev.tool)} | ${model(ev.model)} | ${mdText(ev.signal)} | ${mdCode(ev.value)} |`);
    for (const c of a.commits.filter((x) => x.aiAssisted)) {
      const sha = commitUrl ? `[${shortSha(c.sha)}](${commitUrl(c.sha)})` : mdCode(shortSha(c.sha));
      for (const ev of c.evidence) rows.push(`| ${sha} | ${mdText(ev.tool)} | ${model(ev.model)} | ${mdText(ev.signal)} | ${mdCode(ev.value)} |`);
    }
    lines.push("| Where | Tool | Model | Signal | Evidence |", "|---|---|---|---|---|", ...rows.slice(0, MAX_ROWS));
    if (rows.length > MAX_ROWS) lines.push(`
\u2026and ${rows.length - MAX_ROWS} more signals in the audit record.`);
  }
  const facts = [];
  if (a.declaration) facts.push(`Declared: **${mdText(a.declaration.value)}** (${mdText(a.declaration.source)})`);
  else if (change.request) facts.push("Declared: nothing (no `AI-Assisted:` line)");
  if (a.requester) facts.push(`Requested by: ${mdCode(a.requester.login ? `@${a.requester.login}` : a.requester.name ?? a.requester.email ?? "")} (${mdText(a.requester.source)})`);
  if (a.lineLevel) facts.push(`Line-level data: ${mdText(a.lineLevel.method)}, ${a.lineLevel.aiLines} of ${a.lineLevel.totalAddedLines} added lines by AI`);
  if (facts.length) lines.push("", ...facts.map((f) => `- ${f}`));
  for (const p of a.problems) lines.push(`- \u26A0\uFE0F ${mdText(p)}`);
  return lines.join("\n") + "\n";
}
function risk({ evaluation: e }) {
  const rows = e.risk.factors.filter((f) => f.points > 0).map((f) => {
    const files = f.files.slice(0, 5).map(mdCode).join(", ") + (f.files.length > 5 ? `, +${f.files.length - 5} more` : "");
    return `| ${mdText(f.id)} | +${f.points} | ${mdText(f.detail)} | ${files} |`;
  });
  const table = rows.length ? ["| Factor | Points | Why | Files |", "|---|---:|---|---|", ...rows].join("\n") : "No factor added points.";
  return `### Risk: ${e.risk.score}/100 (${e.risk.level})

${table}
`;
}
function review({ evaluation: e }) {
  const q = e.risk.questions;
  return [
    "### Risk-based review",
    "",
    `- **Blast radius:** ${mdText(q.blastRadius)}`,
    `- **Testing:** ${mdText(q.testing)}`,
    `- **Rollback:** ${mdText(q.rollback)}`,
    `- **Auditability:** ${mdText(q.auditability)}`,
    ""
  ].join("\n");
}
function footer({ evaluation: e, change, policyInfo, version }) {
  return `<sub>Base ${mdCode(shortSha(change.base))} (${mdText(change.baseDescription)}) \u2192 head ${mdCode(shortSha(change.head))} \xB7 policy ${mdText(policyInfo.source)} (sha256 ${mdCode(policyInfo.sha256.slice(0, 12))}) \xB7 mode ${e.mode} \xB7 ai-governance-gate ${mdText(version)}</sub>
`;
}
function showsSignoff({ evaluation: e }) {
  return e.oversight.applicable || e.oversight.wouldApply.length > 0;
}
function summarySections(input) {
  const sections = [
    { id: "headline", essential: true, markdown: headline(input) },
    { id: "violations", essential: true, markdown: violations(input) },
    { id: "notes", essential: true, markdown: notes(input) },
    { id: "signoff", essential: true, markdown: showsSignoff(input) ? signoffMarkdown(input.evaluation.oversight) : "" },
    { id: "findings", essential: false, markdown: input.evaluation.findings ? findingsMarkdown(input.evaluation.findings) : "" },
    { id: "attribution", essential: false, markdown: attribution(input) },
    { id: "risk", essential: false, markdown: risk(input) },
    { id: "review", essential: false, markdown: review(input) },
    { id: "footer", essential: true, markdown: footer(input) }
  ];
  return sections.filter((s) => s.markdown !== "");
}
function renderMarkdown(input) {
  return summarySections(input).map((s) => s.markdown).join("\n");
}

// src/core/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 };
function renderText(input, colour) {
  const paint = (s, ...styles) => colour ? styles.map((c) => `\x1B[${CODES[c]}m`).join("") + s + "\x1B[0m" : s;
  const { evaluation: e, change, policyInfo, version } = input;
  const h = HEADLINE[e.decision];
  const tone = e.decision === "pass" ? "green" : e.decision === "warn" ? "yellow" : "red";
  const t = totals(change);
  const out = [];
  out.push(paint(`${h.icon} AI governance gate: ${h.word} \u2014 ${verdictReason(e)}`, "bold", tone));
  out.push(`Risk ${e.risk.level.toUpperCase()} (${e.risk.score}/100) \xB7 ${termText(attributionLine(e))} \xB7 ${change.files.length} files, +${t.additions} \u2212${t.deletions}`);
  if (e.violations.length) {
    out.push("", paint("Violations", "bold"));
    for (const v of e.violations) {
      out.push(`  ${v.level === "error" ? paint("\u2716", "red") : paint("!", "yellow")} ${termText(v.rule)}: ${termText(v.message)}`);
      out.push(`    \u2192 ${termText(v.remediation)}`);
    }
  }
  for (const n of e.notes) out.push("", paint(`Note: ${termText(n)}`, "yellow"));
  if (showsSignoff(input)) out.push("", paint("Sign-off", "bold"), ...signoffText(e.oversight, paint));
  if (e.findings) out.push("", ...findingsText(e.findings, paint));
  if (e.attribution.aiAssisted) {
    out.push("", paint("AI attribution", "bold"));
    const withModel = (ev) => termText(ev.model ? `${ev.tool} (${ev.model})` : ev.tool);
    for (const ev of e.attribution.requestEvidence) out.push(`  request  ${withModel(ev)}: ${termText(ev.signal)} ${termText(ev.value)}`);
    for (const c of e.attribution.commits.filter((x) => x.aiAssisted).slice(0, 20)) {
      for (const ev of c.evidence) out.push(`  ${shortSha(c.sha)}  ${withModel(ev)}: ${termText(ev.signal)} ${termText(ev.value)}`);
    }
    if (e.attribution.shareNote) out.push(`  ${termText(e.attribution.shareNote)}`);
  }
  out.push("", paint(`Risk factors (${e.risk.score}/100)`, "bold"));
  for (const f of e.risk.factors.filter((x) => x.points > 0)) {
    const files = f.files.length ? paint(` [${f.files.slice(0, 3).map(termText).join(", ")}${f.files.length > 3 ? ", \u2026" : ""}]`, "dim") : "";
    out.push(`  +${String(f.points).padEnd(5)} ${termText(f.id)}: ${termText(f.detail)}${files}`);
  }
  const q = e.risk.questions;
  out.push("", paint("Review", "bold"));
  out.push(`  Blast radius: ${termText(q.blastRadius)}`, `  Testing: ${termText(q.testing)}`, `  Rollback: ${termText(q.rollback)}`, `  Auditability: ${termText(q.auditability)}`);
  out.push(
    "",
    paint(
      `Base ${shortSha(change.base)} (${termText(change.baseDescription)}) \u2192 head ${shortSha(change.head)} \xB7 policy ${termText(policyInfo.source)} \xB7 mode ${e.mode} \xB7 v${termText(version)}`,
      "dim"
    )
  );
  return out.join("\n") + "\n";
}

// src/core/git-text/trailers.ts
var COMMENT = "#";
var SCISSORS = `${COMMENT} ------------------------ >8 ------------------------`;
var GIT_GENERATED_PREFIXES = ["Signed-off-by: ", "(cherry picked from commit "];
function isSpace(c) {
  return c === " " || c === "	" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
}
function isAlnum(c) {
  return /^[A-Za-z0-9]$/.test(c);
}
function isBlank(line) {
  for (const c of line) if (!isSpace(c)) return false;
  return true;
}
function trimSpace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s[start])) start++;
  while (end > start && isSpace(s[end - 1])) end--;
  return s.slice(start, end);
}
function findSeparator(line) {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ":") return i;
    if (!whitespaceFound && (isAlnum(c) || c === "-")) continue;
    if (i !== 0 && (c === " " || c === "	")) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}
function splitLines(message) {
  const lines = message.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let first = 0;
  while (first < lines.length && isBlank(lines[first])) first++;
  return lines.slice(first);
}
function blockEnd(lines) {
  const scissors = lines.indexOf(SCISSORS);
  const cutoff = scissors === -1 ? lines.length : scissors;
  let trailingRunStart = -1;
  let inConflicts = false;
  for (let i = 0; i < cutoff; i++) {
    const line = lines[i];
    if (line.startsWith(COMMENT) || line === "") {
      if (trailingRunStart === -1) trailingRunStart = i;
    } else if (line === "Conflicts:") {
      inConflicts = true;
      if (trailingRunStart === -1) trailingRunStart = i;
    } else if (inConflicts && line.startsWith("	")) {
    } else if (trailingRunStart !== -1) {
      trailingRunStart = -1;
      inConflicts = false;
    }
  }
  return trailingRunStart === -1 ? cutoff : trailingRunStart;
}
function blockStart(lines, end) {
  let endOfTitle = 0;
  while (endOfTitle < end) {
    const line = lines[endOfTitle];
    if (!line.startsWith(COMMENT) && isBlank(line)) break;
    endOfTitle++;
  }
  let onlySpaces = true;
  let recognized = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuations = 0;
  for (let i = end - 1; i >= endOfTitle; i--) {
    const line = lines[i];
    if (line.startsWith(COMMENT)) {
      nonTrailerLines += possibleContinuations;
      possibleContinuations = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuations;
      if (recognized && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return end;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((p) => line.startsWith(p))) {
      trailerLines++;
      possibleContinuations = 0;
      recognized = true;
      continue;
    }
    if (findSeparator(line) >= 1 && !isSpace(line[0])) {
      trailerLines++;
      possibleContinuations = 0;
    } else if (isSpace(line[0])) {
      possibleContinuations++;
    } else {
      nonTrailerLines += 1 + possibleContinuations;
      possibleContinuations = 0;
    }
  }
  return end;
}
function unfold(value) {
  let out = "";
  for (let i = 0; i < value.length; ) {
    const c = value[i++];
    if (c === "\n") {
      while (i < value.length && isSpace(value[i])) i++;
      out += " ";
    } else {
      out += c;
    }
  }
  return trimSpace(out);
}
function parseTrailers(message) {
  const lines = splitLines(message);
  const end = blockEnd(lines);
  const start = blockStart(lines, end);
  const entries = [];
  let lastIsTrailer = false;
  for (const line of lines.slice(start, end)) {
    if (lastIsTrailer && isSpace(line[0])) {
      entries[entries.length - 1] += `
${line}`;
      continue;
    }
    entries.push(line);
    lastIsTrailer = findSeparator(line) >= 1;
  }
  const trailers = [];
  for (const entry of entries) {
    if (entry.startsWith(COMMENT)) continue;
    const sep = findSeparator(entry);
    if (sep < 1) continue;
    trailers.push({ key: trimSpace(entry.slice(0, sep)), value: unfold(trimSpace(entry.slice(sep + 1))) });
  }
  return trailers;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  InputError,
  isInputError,
  UncheckedError,
  DEFAULT_AUDIT_FILE,
  parseCli,
  HELP,
  gitRaw,
  git,
  SHALLOW_HINT,
  resolveRange,
  mdText,
  SEVERITIES,
  RISK_LEVELS,
  describeApprovers,
  requirementMessage,
  requirementRemediation,
  totals,
  verdictReason,
  summarySections,
  renderMarkdown,
  renderText,
  VERSION,
  parseTrailers
};
