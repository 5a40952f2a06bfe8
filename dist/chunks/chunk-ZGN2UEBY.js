#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  commitNamed,
  factorSum,
  factorWhy,
  findingsText,
  firstScreenReasons,
  git,
  gitRaw,
  nextAction,
  objectNamed,
  plansText,
  readLimited,
  reviewAnswers,
  saidAtTheTop,
  showsSignoff,
  signoffText,
  topLevel
} from "./chunk-PDBUNSKX.js";
import {
  HEADLINE,
  array,
  attributionFacts,
  boolean,
  description,
  listProblems,
  mapping,
  nonEmptyText,
  optional,
  pipe,
  plural,
  shortSha,
  sizeWords,
  string,
  termText,
  terminalWords,
  validate,
  verdictReason,
  wholeNumberFrom
} from "./chunk-HS26ZMD3.js";
import {
  VERSION
} from "./chunk-5BUW5COH.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";

// src/gather/git/range.ts
var SHALLOW_HINT = "The clone is shallow, so the history the gate needs is missing. On GitHub Actions set `fetch-depth: 0` on actions/checkout; on GitLab CI set `GIT_DEPTH: 0`; locally run `git fetch --unshallow`.";
async function isShallow(repo) {
  return (await git(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function assertRepository(repo) {
  const r = await topLevel(repo);
  if ("failed" in r) {
    const { stderr } = r.failed;
    const notFound = /cannot change to|No such file/i.test(stderr);
    const bare = /must be run in a work tree/i.test(stderr);
    throw new InputError(
      notFound ? `Repository directory ${repo} does not exist.` : bare ? `${repo} is a bare repository: the gate reads a clone with a working tree.` : `${repo} is not a git repository.`,
      "Run the gate inside a git clone, or pass --repo DIR pointing to one."
    );
  }
}
async function emptyTree(repo) {
  return (await gitRaw(repo, ["hash-object", "-t", "tree", "--stdin"], "")).stdout.toString("utf8").trim();
}
async function remoteDefaultBranch(repo) {
  const sym = await objectNamed(repo, "refs/remotes/origin/HEAD") ? await gitRaw(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]) : void 0;
  if (sym?.code === 0) return sym.stdout.toString("utf8").trim().replace(/^refs\/remotes\//, "");
  for (const candidate of ["origin/main", "origin/master"]) {
    if (await commitNamed(repo, `refs/remotes/${candidate}`)) return candidate;
  }
  return void 0;
}
function short(sha) {
  return sha.slice(0, 12);
}
async function resolveRange(repo, opts) {
  await assertRepository(repo);
  const headRev = opts.head ?? "HEAD";
  const head = await commitNamed(repo, headRev);
  if (!head) {
    const shallow = await isShallow(repo);
    throw new InputError(
      `Head revision "${headRev}" was not found in ${repo}.`,
      shallow ? SHALLOW_HINT : headRev === "HEAD" ? "The repository has no commits yet: commit something first." : `Fetch it first (git fetch origin ${headRev}) or check the spelling.`
    );
  }
  if (opts.base !== void 0) {
    const base = await commitNamed(repo, opts.base);
    if (!base) {
      throw new InputError(
        `Base revision "${opts.base}" was not found in ${repo}.`,
        await isShallow(repo) ? SHALLOW_HINT : `Fetch it first (git fetch origin ${opts.base}) or check the spelling.`
      );
    }
    const ancestor = await gitRaw(repo, ["merge-base", "--is-ancestor", base, head]);
    if (ancestor.code === 0) return { base, head, baseReason: "explicit", baseDescription: `${opts.base} (given)`, emptyBase: false };
    const mb = await gitRaw(repo, ["merge-base", base, head]);
    const mergeBase = mb.code === 0 ? mb.stdout.toString("utf8").trim() : void 0;
    if (!mergeBase) {
      const shallow = await isShallow(repo);
      throw new InputError(
        `Base ${short(base)} and head ${short(head)} share no history${shallow ? " in this shallow clone" : ""}.`,
        shallow ? SHALLOW_HINT : `Give a --base that is an ancestor of ${opts.head ?? "HEAD"}, e.g. the branch it was cut from.`
      );
    }
    return {
      base: mergeBase,
      head,
      baseReason: "merge-base-of-explicit",
      baseDescription: `merge-base ${short(mergeBase)} of ${opts.base} and the head: ${opts.base} is not an ancestor of the head, so the change starts where the two meet`,
      emptyBase: false
    };
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
  const parent = await commitNamed(repo, `${head}^1`);
  if (parent) {
    const why = remote ? `parent of HEAD; HEAD is the tip of ${remote}` : "parent of HEAD; no remote default branch";
    return { base: parent, head, baseReason: "parent-of-head", baseDescription: why, emptyBase: false };
  }
  if (await isShallow(repo)) {
    throw new InputError("The parent of HEAD is missing: this is a shallow clone.", SHALLOW_HINT);
  }
  return { base: await emptyTree(repo), head, baseReason: "empty-tree", baseDescription: "empty tree (HEAD is a root commit)", emptyBase: true };
}

// src/gather/request-file.ts
import { resolve } from "node:path";

// src/core/request-schema.ts
var approval = mapping({
  login: nonEmptyText,
  at: optional(pipe(string(), description("ISO-8601 time the approval was given."))),
  commitSha: optional(pipe(string(), description("The head commit the approval was given on."))),
  teams: optional(pipe(array(string()), description("Teams (GitHub) or groups (GitLab) the approver belongs to."))),
  isBot: optional(boolean()),
  canWrite: optional(pipe(boolean(), description("The approver can push to the repository (GitHub: owner, member or collaborator).")))
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

// src/core/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 };
function columns(rows, indent = "  ") {
  const widths = [];
  for (const row of rows) row.slice(0, -1).forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, [...cell].length));
  return rows.map((row) => indent + row.map((cell, i) => i < row.length - 1 ? cell + " ".repeat(widths[i] - [...cell].length) : cell).join("  ").trimEnd());
}
function inert(line) {
  return line.replace(/^(\s*(?:\u001b\[[0-9;]*m)*)(::|##\[)/, "$1\u200B$2");
}
function points(n) {
  return `+${Number.isInteger(n) ? n : n.toFixed(1)}`;
}
function renderText(input, colour) {
  const paint = (s, ...styles) => colour ? styles.map((c) => `\x1B[${CODES[c]}m`).join("") + s + "\x1B[0m" : s;
  const { evaluation: e, change, policyInfo, version } = input;
  const tone = e.decision === "pass" ? "green" : e.decision === "warn" ? "yellow" : "red";
  const verdict = paint(verdictLine(input), "bold", tone);
  const w = terminalWords((s) => paint(s, "bold"));
  const a = attributionFacts(e);
  const out = [verdict];
  out.push(`  ${a.ai ? `AI-assisted (${termText(a.tools)}, ${a.share})` : "no AI markers found"} \xB7 ${e.risk.level} risk \xB7 ${sizeWords(change)}`);
  const { shown, hidden } = firstScreenReasons(e);
  if (shown.length) {
    out.push("");
    shown.forEach((r, i) => out.push(`  ${i + 1}. ${r.what(w)}`, paint(`     \u2192 ${r.todo(w)}`, "dim")));
    if (hidden) out.push(`  \u2026and ${plural(hidden, "more reason")} below.`);
  }
  const next = nextAction(e, change, shown);
  if (next) out.push("", `  ${paint(`${next.label}:`, "bold")} ${next.text(w)}`);
  for (const n of e.notes.filter((x) => !e.oversight.notes.includes(x))) out.push("", paint(`  Note: ${termText(n)}`, "yellow"));
  if (showsSignoff(input)) out.push("", paint("Sign-off", "bold"), ...signoffText(e.oversight, paint));
  const plans = plansText(e.plans, (s) => paint(s, "bold"));
  if (plans.length) out.push("", ...plans);
  if (e.findings) out.push("", ...findingsText(e.findings, paint));
  const sum = factorSum(e);
  out.push("", paint(`Risk score ${e.risk.score} of 100 (the factors add up to ${sum}${sum > 100 ? "; capped at 100" : ""})`, "bold"));
  const said = saidAtTheTop(e, shown);
  out.push(...columns(e.risk.factors.filter((f) => f.points > 0).map((f) => [points(f.points), termText(f.id), termText(factorWhy(e, f, said))])));
  if (e.attribution.aiAssisted) {
    out.push("", paint("AI attribution", "bold"));
    const tool = (ev) => termText(ev.model ? `${ev.tool} (${ev.model})` : ev.tool);
    const rows = e.attribution.requestEvidence.map((ev) => ["request", tool(ev), `${termText(ev.signal)}: ${termText(ev.value)}`]);
    for (const c of e.attribution.commits.filter((x) => x.aiAssisted).slice(0, 20)) {
      for (const ev of c.evidence) rows.push([shortSha(c.sha), tool(ev), `${termText(ev.signal)}: ${termText(ev.value)}`]);
    }
    out.push(...columns(rows));
    if (e.attribution.shareNote) out.push(`  Note: ${termText(e.attribution.shareNote)}`);
  }
  out.push("", paint("Review questions", "bold"));
  out.push(...columns(reviewAnswers(e, said).map(([q, a2]) => [q, termText(a2)])));
  if (e.violations.length) {
    out.push("", paint("Policy rules", "bold"));
    out.push(...columns(e.violations.map((v) => [v.level === "error" ? "\u2716" : "!", termText(v.rule), termText(v.message)])));
  }
  out.push(
    "",
    paint(
      `Base ${shortSha(change.base)} (${termText(change.baseDescription)}) \u2192 head ${shortSha(change.head)} \xB7 policy ${termText(policyInfo.source)} \xB7 mode ${e.mode} \xB7 v${termText(version)}`,
      "dim"
    )
  );
  out.push(verdict);
  return out.map(inert).join("\n") + "\n";
}
function verdictLine(input) {
  const e = input.evaluation;
  return `${HEADLINE[e.decision].icon} AI governance gate: ${HEADLINE[e.decision].word} \u2014 ${termText(verdictReason(e))}`;
}

// src/platform/local.ts
function colourWanted(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.trim().toLowerCase());
  return isTTY && env.NO_COLOR === void 0 && env.TERM !== "dumb";
}
function wantsColour(term) {
  return colourWanted(term.env, term.isTTY);
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

export {
  SHALLOW_HINT,
  resolveRange,
  renderText,
  verdictLine,
  colourWanted,
  localPlatform
};
