#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  HEADLINE,
  WHY_WORDS,
  approverParts,
  attributionFacts,
  htmlText,
  listed,
  markdownWords,
  mdCode,
  mdLink,
  mdText,
  noPlanWords,
  percent,
  plural,
  plural2,
  reasonPhrase,
  shortSha,
  sizeWords,
  statefulFirst,
  subject,
  termText,
  verdictReason
} from "./chunk-HS26ZMD3.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";
import {
  SEVERITIES
} from "./chunk-5HE6ZLTC.js";

// src/gather/git/run.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
function gitRaw(repo, args, input, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-c", "core.quotepath=off", "-c", "color.ui=never", ...args], {
      cwd: repo,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      ...timeoutMs ? { timeout: timeoutMs, killSignal: "SIGKILL" } : {},
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on(
      "error",
      (e) => reject(
        e.code !== "ENOENT" ? e : existsSync(repo) ? new InputError("git is not installed or not on PATH.", "Install git (apt-get install git) and run again.") : new InputError(`Repository directory ${repo} does not exist.`, "Run the gate inside a git clone, or pass --repo DIR pointing to one.")
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
var INCOMPLETE_CLONE_HINT = "The clone may be incomplete or shallow: on GitHub Actions set `fetch-depth: 0` on actions/checkout, on GitLab CI set `GIT_DEPTH: 0`, locally run `git fetch --unshallow`.";
function gitFailure(args, r) {
  const lines = r.stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return `git ${args[0]} failed${lines.length ? ":\n" + lines.map((l) => `    ${l}`).join("\n") : ` (exit code ${r.code})`}`;
}
async function git(repo, args, hint) {
  const r = await gitRaw(repo, args);
  if (r.code !== 0) throw new InputError(gitFailure(args, r), hint ?? INCOMPLETE_CLONE_HINT);
  return r.stdout.toString("utf8");
}

// src/gather/git/top-level.ts
var known = /* @__PURE__ */ new Map();
async function topLevel(repo) {
  const top = known.get(repo);
  if (top !== void 0) return { top };
  const r = await gitRaw(repo, ["rev-parse", "--show-toplevel"]);
  if (r.code !== 0) return { failed: r };
  const found = r.stdout.toString("utf8").trim();
  known.set(repo, found);
  return { top: found };
}

// src/core/render/details.ts
function details(summary, body) {
  return `<details><summary>${htmlText(summary)}</summary>

${body.trim()}

</details>
`;
}

// src/core/render/attribution-section.ts
var MAX_ROWS = 50;
var SIGNAL_WORDS = {
  "co-author-trailer": "co-author trailer",
  "sign-off-trailer": "sign-off trailer",
  "author-email": "author email",
  "committer-email": "committer email",
  "author-name": "author name",
  "committer-name": "committer name",
  "author-name-suffix": "author name",
  "committer-name-suffix": "committer name",
  "message-marker": "message",
  trailer: "trailer",
  "session-link": "session link",
  "merge-branch": "merged branch",
  disclosure: "disclosure",
  "request-author": "request author",
  "branch-prefix": "branch name",
  label: "label",
  "body-marker": "description",
  declaration: "declaration"
};
function evidenceCell(list) {
  return list.map((ev) => `${mdText(SIGNAL_WORDS[ev.signal])}: ${mdCode(ev.value)}`).join("<br>");
}
function provenance(a) {
  const lines = [];
  if (a.models.length) lines.push(`Models: ${a.models.map(mdCode).join(", ")}.`, "");
  if (a.shareNote) lines.push(mdText(a.shareNote), "");
  if (a.mergedRequest) {
    const m = a.mergedRequest;
    const what = m.number !== void 0 ? `#${m.number}` : "a request";
    const label = m.url ? mdLink(mdText(what), m.url) : mdText(what);
    lines.push(`Merged from ${label} (${mdText(m.source)}); its ${plural(m.commits, "commit")} and description were read for attribution.`, "");
  }
  return lines;
}
function title({ evaluation: e, change }) {
  const a = e.attribution;
  const commits = a.commits.length;
  if (!a.aiAssisted) return `AI attribution: no markers in ${plural(commits, "commit")}${change.request ? " or the request" : ""}`;
  const ai = a.commits.filter((c) => c.aiAssisted).length;
  const tools = a.tools.join(", ") || "unspecified tool";
  if (!ai) return `AI attribution: ${tools}, from the request`;
  const where2 = commits === 1 ? "its only commit" : ai === commits ? `all ${commits} commits` : `${ai} of ${commits} commits`;
  return `AI attribution: ${tools} in ${where2}`;
}
function attributionMarkdown(input) {
  const { evaluation: e, change, links = {} } = input;
  const a = e.attribution;
  const lines = [];
  if (!a.aiAssisted) {
    lines.push("Absence of markers is not proof of human authorship.");
  } else {
    const method = a.shareMethod === "commits" ? "the added lines of AI-attributed commits" : a.shareMethod === "request" ? "the request, opened by an AI agent" : `${a.shareMethod} line-level data`;
    lines.push(`AI share: **${percent(a.aiShare)}** of added lines, from ${mdText(method)}.`, "", ...provenance(a));
    const messages = new Map(change.commits.map((c) => [c.sha, subject(c.message)]));
    const rows = [];
    const models = (list) => [...new Set(list.filter((m) => m !== void 0))].map(mdCode).join(", ");
    if (a.requestEvidence.length) {
      rows.push(`| request | ${mdText([...new Set(a.requestEvidence.map((x) => x.tool))].join(", "))} | ${models(a.requestEvidence.map((x) => x.model))} | ${evidenceCell(a.requestEvidence)} |`);
    }
    for (const c of a.commits.filter((x) => x.aiAssisted)) {
      const sha = mdLink(mdCode(shortSha(c.sha)), links.commit?.(c.sha));
      const about2 = messages.get(c.sha);
      rows.push(`| ${sha}${about2 ? ` ${mdText(about2.length > 72 ? `${about2.slice(0, 71)}\u2026` : about2)}` : ""} | ${mdText(c.tools.join(", "))} | ${models(c.models)} | ${evidenceCell(c.evidence)} |`);
    }
    lines.push("| Where | Tool | Model | Evidence |", "|---|---|---|---|", ...rows.slice(0, MAX_ROWS));
    if (rows.length > MAX_ROWS) lines.push("", `\u2026and ${plural(rows.length - MAX_ROWS, "more commit")} in the audit record.`);
  }
  const facts2 = [];
  if (a.declaration) facts2.push(`Declared: **${mdText(a.declaration.value)}** (${mdText(a.declaration.source)})`);
  else if (change.request) facts2.push("Declared: nothing (no `AI-Assisted:` line)");
  if (a.requester) facts2.push(`Requested by: ${mdCode(a.requester.login ? `@${a.requester.login}` : a.requester.name ?? a.requester.email ?? "")} (${mdText(a.requester.source)})`);
  if (a.lineLevel) facts2.push(`Line-level data: ${mdText(a.lineLevel.method)}, ${a.lineLevel.aiLines} of ${plural(a.lineLevel.totalAddedLines, "added line")} by AI`);
  if (facts2.length) lines.push("", ...facts2.map((f) => `- ${f}`));
  for (const p of a.problems) lines.push(`- \u26A0\uFE0F ${mdText(p)}`);
  return details(title(input), lines.join("\n"));
}

// src/core/render/findings-section.ts
var SECTION_ROWS = 20;
var MESSAGE_CHARS = 160;
var SCOPE_WORDS = {
  new: "new findings",
  "changed-lines": "findings on lines this change adds",
  "changed-files": "findings in files this change touches",
  all: "all findings"
};
function scopeWords(r) {
  return r.scope === "new" && r.novelty === "none" ? "no baseline: every finding in the reports" : SCOPE_WORDS[r.scope];
}
var NOVELTY_WORDS = {
  baseline: "New and old findings were told apart with the baseline reports.",
  report: "New and old findings were told apart by the reports\u2019 own baseline states.",
  none: "There was no baseline: no `--baseline` reports, and the reports carry no baseline state, so new cannot be told from old and every finding in the reports counts."
};
function stateWords(f, r) {
  return r.novelty === "none" ? "in the report" : f.state;
}
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
function overTable(r, w) {
  if (r.overThresholdTotal === 0) return "";
  const rows = r.overThreshold.slice(0, SECTION_ROWS).map((f) => {
    const loc = f.path === void 0 ? "\u2014" : w.file(f.path, f.line);
    return `| ${f.severity} | ${w.rule(f.rule, f.helpUri)} | ${loc} | ${mdText(f.tool)} | ${mdText(shorten(f.message))} | ${stateWords(f, r)} |`;
  });
  const more = r.overThresholdTotal - rows.length;
  return [
    "**Over the limit**",
    "",
    "| Severity | Rule | Location | Tool | Message | State |",
    "|---|---|---|---|---|---|",
    ...rows,
    ...more > 0 ? ["", `\u2026and ${more} more over the limit (see the audit record).`] : [],
    ""
  ].join("\n");
}
function expiringList(r) {
  if (!r.waivers.expiringSoon.length) return "";
  const items = r.waivers.expiringSoon.map((w) => {
    const target = waiverTarget(w).map(mdText).join(", ") || "no matcher";
    return `- ${mdCode(`findings.waivers[${w.index}]`)} (${target}) \u2014 owner ${mdText(w.owner)}, last day ${w.expires} (${inDays(w.daysLeft)}): ${mdText(w.reason)}`;
  });
  return ["**Waivers expiring within 14 days**", "", ...items, ""].join("\n");
}
function notHonouredList(r) {
  const list = r.suppressionsNotHonoured ?? [];
  if (!list.length) return "";
  const items = list.slice(0, SECTION_ROWS).map((f) => `- ${mdText(f.severity)} ${mdCode(f.rule)} (${mdText(f.tool)}) at ${mdCode(where(f) ?? "(no location)")}`);
  const more = list.length > SECTION_ROWS ? [`- \u2026and ${list.length - SECTION_ROWS} more (see the audit record)`] : [];
  return ["**Suppressions added by this change (not honoured)**", "", "The change itself suppresses these findings in the source; they count as if unsuppressed (policy `findings.suppressions: existing-only`).", "", ...items, ...more, ""].join("\n");
}
function reportsTable(r) {
  const rows = r.reports.map((rep) => `| ${mdCode(rep.path)} | ${mdText(rep.format)} | ${mdText(rep.tool)} | ${rep.results} |`);
  return ["**Reports read**", "", "| Report | Format | Tool | Results |", "|---|---|---|---:|", ...rows, ""].join("\n");
}
function otherCounts(r) {
  const parts = [];
  if (r.duplicates) parts.push(`${r.duplicates} duplicate${r.duplicates === 1 ? "" : "s"} counted once`);
  if (r.absent) parts.push(`${r.absent} reported as absent (fixed) and not counted`);
  return parts.length ? `
${parts.join("; ")}.
` : "";
}
function detailsTitle(r) {
  const read = sum(r.counts) + r.suppressed;
  const parts = [`${plural(r.overThresholdTotal, "finding")} over the limit`, `${sum(r.inScope)} counted (${scopeWords(r)})`, `${read} in the reports`];
  return `Findings: ${parts.join(", ")}`;
}
function findingsMarkdown(r, links = {}) {
  if (!r.reports.length && sum(r.counts) === 0 && r.suppressed === 0) return "";
  const w = markdownWords(links);
  const parts = [`${mdText(NOVELTY_WORDS[r.novelty])}
`, `${countsTable(r)}
${otherCounts(r)}`, overTable(r, w), notHonouredList(r), expiringList(r), reportsTable(r)];
  return details(detailsTitle(r), parts.filter((p) => p !== "").join("\n"));
}
function findingsText(r, paint) {
  if (!r.reports.length && sum(r.counts) === 0 && r.suppressed === 0) return [];
  const out = [];
  out.push(paint(`Findings (${scopeWords(r)}): ${sum(r.inScope)} in scope, ${sum(r.outOfScope)} out of scope, ${r.suppressed} suppressed, ${r.waived} waived`, "bold"));
  if (r.novelty === "none") out.push(paint(`  ${NOVELTY_WORDS.none.replace(/`/g, "")}`, "dim"));
  for (const s of shownSeverities(r)) {
    const limit = r.limits[s];
    const over = limit !== void 0 && r.inScope[s] > limit;
    const line = `  ${s.padEnd(8)} ${String(r.inScope[s]).padStart(6)} in scope  limit ${String(limit ?? "none").padEnd(5)} ${String(r.outOfScope[s]).padStart(6)} out of scope ${String(r.suppressedBySeverity[s]).padStart(6)} suppressed ${String(r.waivedBySeverity[s]).padStart(6)} waived`;
    out.push(over ? paint(line, "red") : line);
  }
  if (r.duplicates || r.absent) out.push(paint(`  ${r.duplicates} duplicate${r.duplicates === 1 ? "" : "s"} counted once, ${r.absent} absent (fixed)`, "dim"));
  if (r.overThresholdTotal) {
    out.push(paint("  Over the limit:", "bold"));
    for (const f of r.overThreshold.slice(0, SECTION_ROWS)) {
      const loc = where(f);
      out.push(`    ${paint(f.severity.toUpperCase().padEnd(8), "red")} ${termText(f.rule)}  ${termText(loc ?? "(no location)")}  ${termText(shorten(f.message))}`);
    }
    const more = r.overThresholdTotal - Math.min(r.overThreshold.length, SECTION_ROWS);
    if (more > 0) out.push(paint(`    \u2026and ${more} more`, "dim"));
  }
  for (const f of (r.suppressionsNotHonoured ?? []).slice(0, SECTION_ROWS)) {
    out.push(paint(`  Suppression added by this change, not honoured: ${termText(f.rule)} at ${termText(where(f) ?? "(no location)")}`, "yellow"));
  }
  for (const w of r.waivers.expiringSoon) {
    out.push(paint(`  Waiver findings.waivers[${w.index}] (${termText(waiverTarget(w).join(", ") || "no matcher")}), owner ${termText(w.owner)}: last day ${w.expires}, ${inDays(w.daysLeft)}`, "yellow"));
  }
  for (const rep of r.reports) out.push(paint(`  Read ${termText(rep.path)} (${termText(rep.format)}, ${termText(rep.tool)}, ${rep.results} results)`, "dim"));
  return out;
}

// src/core/render/plans-section.ts
var MAX_ROWS2 = 50;
var TOOL = { terraform: "Terraform", opentofu: "OpenTofu", pulumi: "Pulumi", cloudformation: "CloudFormation" };
var MARKDOWN = { code: mdCode, text: mdText };
var TERMINAL = { code: (t) => `\`${termText(t)}\``, text: termText };
function about(d, w) {
  const parts = [];
  if (d.stateful) parts.push(`stateful: ${w.text(d.stateful.what)}`);
  const reason = reasonPhrase(d.resource, w.code);
  if (reason) parts.push(reason);
  return parts.length ? ` (${parts.join("; ")})` : "";
}
function planSentence(a, w) {
  if (a.estimatedFromDiff) {
    const files2 = a.infrastructureFiles.slice(0, 3).map(w.code).join(", ") + (a.infrastructureFiles.length > 3 ? ", \u2026" : "");
    const none = noPlanWords(a);
    return `${none[0].toUpperCase()}${none.slice(1)} for this change to infrastructure code (${files2}): its blast radius is estimated from the diff, which cannot see replacements or what a count or a moved module destroys.`;
  }
  if (!a.summaries.length) return "";
  const n = a.destroyed.length;
  if (n === 0) {
    const c = total(a.summaries);
    return `The ${a.summaries.length === 1 ? "plan destroys" : "plans destroy"} nothing: ${c.create} to create, ${c.update} to update, ${c.replace} to replace, ${c.delete} to delete.`;
  }
  const first = a.statefulDestroyed[0] ?? a.destroyed[0];
  const named = `${w.code(first.resource.address)}${about(first, w)}`;
  if (n === 1) return `This change will destroy 1 resource: ${named}.`;
  const stateful = a.statefulDestroyed.length ? ` (${a.statefulDestroyed.length === n ? "all" : a.statefulDestroyed.length} stateful)` : "";
  return `This change will destroy ${plural(n, "resource")}${stateful}, including ${named}.`;
}
function total(summaries) {
  const sum2 = { ...summaries[0].counts };
  for (const s of summaries.slice(1)) for (const k of Object.keys(sum2)) sum2[k] += s.counts[k];
  return sum2;
}
function countLine(s) {
  const c = s.counts;
  const parts = [`${c.create} create`, `${c.update} update`, `${c.delete} delete`, `${c.replace} replace`, `${c.read} read`, `${c["no-op"]} no-op`];
  if (c.forget) parts.push(`${c.forget} forget (left in place)`);
  const drift = s.drift ? ` \xB7 ${plural(s.drift, "drift entry", "drift entries")} (changes made outside the tool, not counted)` : "";
  return `${parts.join(", ")}${drift}`;
}
function toolName(s) {
  return `${TOOL[s.tool]}${s.toolVersion ? ` ${s.toolVersion}` : ""}`;
}
function planSentenceMarkdown(a) {
  return planSentence(a, MARKDOWN);
}
function detailsTitle2(a) {
  if (a.estimatedFromDiff) return `Plans: ${noPlanWords(a)} for the infrastructure code`;
  const n = a.destroyed.length;
  if (!n) return `Plans: ${plural(a.summaries.length, "plan")}, nothing destroyed`;
  const stateful = a.statefulDestroyed.length ? ` (${a.statefulDestroyed.length} stateful)` : "";
  return `Plans: ${plural(n, "resource")} destroyed${stateful}, from ${plural(a.summaries.length, "plan")}`;
}
function plansMarkdown(a) {
  if (!a) return "";
  const lead = planSentenceMarkdown(a);
  if (!lead) return "";
  const lines = [];
  if (!a.destroyed.length) lines.push(lead, "");
  if (a.destroyed.length) {
    lines.push("| Resource | Action | Holds state | Why | Plan |", "|---|---|---|---|---|");
    const ordered = statefulFirst(a);
    for (const d of ordered.slice(0, MAX_ROWS2)) {
      const state = d.stateful ? `**yes**: ${mdText(d.stateful.what)}${d.resource.retained ? " (kept by the tool)" : ""}` : "no";
      const why = reasonPhrase(d.resource, mdCode) ?? "";
      lines.push(`| ${mdCode(d.resource.address)} | ${d.resource.action} | ${state} | ${why} | ${mdCode(d.plan)} |`);
    }
    if (ordered.length > MAX_ROWS2) lines.push("", `\u2026and ${ordered.length - MAX_ROWS2} more in the audit record.`);
    lines.push("");
  }
  for (const s of a.summaries) {
    lines.push(`- ${mdCode(s.path)} (${mdText(toolName(s))}): ${mdText(countLine(s))}`);
    for (const n of s.notes) lines.push(`  - ${mdText(n)}`);
  }
  return details(detailsTitle2(a), lines.join("\n"));
}
function plansText(a, bold) {
  if (!a) return [];
  const lead = planSentence(a, TERMINAL);
  if (!lead) return [];
  const out = [bold("Plans"), `  ${lead}`];
  for (const d of statefulFirst(a).slice(0, MAX_ROWS2)) {
    out.push(`  ${d.resource.action.padEnd(7)} ${termText(d.resource.address)}${about(d, TERMINAL)}`);
  }
  for (const s of a.summaries) {
    out.push(`  ${termText(s.path)} (${termText(toolName(s))}): ${countLine(s)}`);
    for (const n of s.notes) out.push(`    ${termText(n)}`);
  }
  return out;
}

// src/core/render/reasons.ts
var SHOWN_REASONS = 4;
var FILES_NAMED = 2;
var WEIGHT = {
  irreversible: 100,
  blockingFindings: 95,
  blocking: 90,
  plan: 80,
  reversible: 45,
  tests: 35,
  findings: 30,
  warning: 25,
  sensitive: 20,
  size: 15
};
var LARGE_CHANGE_LINES = 1e3;
var EXPLAINED = ["medium", "high", "critical"];
function fileList(w, files2) {
  const shown = files2.slice(0, FILES_NAMED).map((f) => w.file(f));
  return files2.length > FILES_NAMED ? `${shown.join(", ")} and ${files2.length - FILES_NAMED} more` : listed(shown);
}
function operationName(op) {
  const object = op.object ?? op.path;
  const type = (op.objectType ?? "").toUpperCase();
  switch (op.kind) {
    case "sql-drop":
      return `DROP ${type} ${object}`;
    case "sql-truncate":
      return `TRUNCATE ${object}`;
    case "sql-rename":
      return `RENAME ${type} ${object}`;
    case "sql-delete-unbounded":
      return `DELETE FROM ${object}`;
    case "sql-update-unbounded":
      return `UPDATE ${object}`;
    default:
      return object;
  }
}
function downStepWords(op) {
  if (op.downStep === void 0) return "";
  return op.downStep ? ", with a down step in this change" : ", with no down step";
}
var at = (op, w) => w.file(op.path, op.line);
var DROP = {
  what: (op, w) => `${w.strong(w.code(operationName(op)))} in ${at(op, w)}${downStepWords(op)}`,
  todo: (op) => op.downStep === false ? op.objectType === "table" || op.objectType === "column" || op.objectType === "model" || op.objectType === "field" ? "add a down migration that recreates it, and confirm its data is backed up or no longer needed" : "add a down migration that recreates it" : "confirm its data is backed up or no longer needed"
};
var RENAME = {
  what: (op, w) => `${w.strong(w.code(operationName(op)))} in ${at(op, w)}${downStepWords(op)}`,
  todo: () => "add a down step that renames it back, and check that no deployed code still uses the old name"
};
var ROWS = {
  what: (op, w) => `${w.strong(w.code(operationName(op)))} without ${w.code("WHERE")} in ${at(op, w)}: every row`,
  todo: () => "add a WHERE clause if only some rows should change, or back the table up first"
};
var OPERATIONS = {
  "sql-drop": DROP,
  "orm-drop": DROP,
  "sql-truncate": { what: DROP.what, todo: () => "back the table up first, or confirm every row can go" },
  "sql-rename": RENAME,
  "orm-rename": RENAME,
  "sql-delete-unbounded": ROWS,
  "sql-update-unbounded": ROWS,
  "terraform-resource-removed": {
    what: (op, w) => `${w.strong(w.code(op.object ?? op.path))} is destroyed on apply (its block is gone from ${w.file(op.path)})`,
    todo: (_op, w) => `if only the code should go, keep the resource with a ${w.code("removed")} block and ${w.code("destroy = false")}; otherwise confirm its data can go`
  },
  "terraform-removed-block": {
    what: (op, w) => `a ${w.code("removed")} block destroys ${w.strong(w.code(op.object ?? "?"))} on apply (${at(op, w)})`,
    todo: (_op, w) => `add ${w.code("lifecycle { destroy = false }")} if it should only leave the configuration`
  },
  "terraform-zero-instances": {
    what: (op, w) => `${w.code(op.evidence ?? "count = 0")} destroys every instance of ${w.strong(w.code(op.object ?? "?"))} (${at(op, w)})`,
    todo: () => "confirm every instance can go"
  },
  "terraform-file-moved": {
    what: (op, w) => `${w.file(op.path)} moved to another module: what it declares is destroyed and created anew`,
    todo: (_op, w) => `add ${w.code("moved")} blocks for the resources it declares`
  },
  "terraform-destroy-command": {
    what: (op, w) => `${w.strong(w.code(op.evidence ?? "terraform destroy"))} added in ${at(op, w)}`,
    todo: () => "take the destroy out of the pipeline, or put it behind a manual approval"
  },
  "terraform-prevent-destroy-removed": {
    what: (op, w) => `${w.code("prevent_destroy")} removed in ${w.file(op.path)}${op.object ? ` for ${w.code(op.object)}` : ""}`,
    todo: () => "keep prevent_destroy unless the resource is meant to go"
  },
  "terraform-prevent-destroy-false": {
    what: (op, w) => `${w.code("prevent_destroy = false")}${op.object ? ` on ${w.code(op.object)}` : ""} in ${at(op, w)}`,
    todo: () => "keep prevent_destroy unless the resource is meant to go"
  },
  "terraform-force-destroy": {
    what: (op, w) => `${w.code("force_destroy = true")}${op.object ? ` on ${w.code(op.object)}` : ""} in ${at(op, w)}: its contents go with it`,
    todo: () => "leave force_destroy off unless the contents may be deleted"
  },
  "kubernetes-manifest-deleted": {
    what: (op, w) => `Kubernetes manifest ${w.file(op.path)} deleted: its objects are pruned on the next sync`,
    todo: () => "confirm the workloads it describes can go"
  },
  "sensitive-file-deleted": {
    what: (op, w) => `${w.file(op.path)} deleted${op.reason ? ` (${w.text(op.reason)})` : ""}`,
    todo: () => "confirm nothing still needs it"
  }
};
var OTHER_OPERATION = {
  what: (op, w) => `${w.text(op.detail)}`,
  todo: () => "confirm it is intended"
};
function operationReasons(e) {
  const fromDiff = e.risk.destructive.filter((op) => op.source === "diff");
  const out = fromDiff.map((op) => {
    const words = OPERATIONS[op.kind] ?? OTHER_OPERATION;
    return { kind: "operation", weight: op.reversible ? WEIGHT.reversible : WEIGHT.irreversible, what: (w) => words.what(op, w), todo: (w) => words.todo(op, w), covers: [] };
  });
  const plans = e.plans;
  if (plans && plans.destroyed.length) {
    const lost = plans.statefulDestroyed.length > 0;
    out.push({
      kind: "plan",
      weight: lost ? WEIGHT.irreversible + 1 : WEIGHT.plan,
      what: (w) => planSentence(plans, w).replace(/\.$/, ""),
      todo: (w) => lost ? `make sure a backup or snapshot exists; to keep the data, move the resource (${w.code("moved")} block, ${w.code("state mv")}) instead of recreating it` : "check that each destroy in the plan is intended",
      covers: ["plans.max-deletes", "plans.max-replaces", "plans.stateful-destroy"]
    });
  }
  return out;
}
var SCOPE_WORDS2 = {
  "changed-lines": "on lines this change adds",
  "changed-files": "in files this change touches",
  all: "in the reports"
};
function findingsWhere(e) {
  const f = e.findings;
  if (f.scope === "new") return f.novelty === "none" ? "in the reports (no baseline tells new from old)" : "new in this change";
  return SCOPE_WORDS2[f.scope];
}
function findingName(f, w) {
  return `${w.rule(f.rule, f.helpUri)}${f.path ? ` in ${w.file(f.path, f.line)}` : ""}`;
}
function findingsReason(e) {
  const f = e.findings;
  if (!f || f.overThresholdTotal === 0) return [];
  const blocking = e.violations.some((v) => v.level === "error" && v.rule.startsWith("findings.") && v.rule.endsWith("max"));
  const bySeverity = /* @__PURE__ */ new Map();
  for (const x of f.overThreshold) bySeverity.set(x.severity, (bySeverity.get(x.severity) ?? 0) + 1);
  const counted2 = [...bySeverity].map(([s, n]) => `${n} ${s === "unknown" ? "of unknown severity" : s}`);
  const count = f.overThresholdTotal > f.overThreshold.length ? plural(f.overThresholdTotal, "finding") : `${listed(counted2)} ${f.overThreshold.length === 1 ? "finding" : "findings"}`;
  return [
    {
      kind: "findings",
      weight: blocking ? WEIGHT.blockingFindings : WEIGHT.findings,
      what: (w) => {
        const places = /* @__PURE__ */ new Map();
        for (const x of f.overThreshold) places.set(`${x.rule}\0${x.path ?? ""}\0${x.line ?? ""}`, x);
        const named = [...places.values()].slice(0, 2).map((x) => findingName(x, w));
        const more = places.size - named.length + (f.overThresholdTotal - f.overThreshold.length);
        return `${w.strong(count)} over the policy's limit, ${findingsWhere(e)}: ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
      },
      todo: () => "fix them, or waive an accepted one in the policy with a reason, an owner and an expiry date",
      covers: ["findings.max", "findings.tools.max"]
    }
  ];
}
function missingTestsReason(e) {
  const factor = e.risk.factors.find((f) => f.template === "missing-tests" && f.points > 0);
  if (!factor) return [];
  const sources = typeof factor.facts.sources === "number" ? factor.facts.sources : factor.files.length;
  return [
    {
      kind: "tests",
      weight: WEIGHT.tests,
      what: (w) => {
        const files2 = factor.files.slice(0, FILES_NAMED).map((f) => w.file(f));
        const more = sources - files2.length;
        return `${w.strong("No test changed")} alongside ${listed(files2)}${more > 0 ? ` and ${plural(more, "other source file")}` : ""}`;
      },
      todo: () => "add or update a test that covers the change",
      covers: []
    }
  ];
}
var GROUP_ADVICE = {
  infrastructure: "pass the plan (--plans) so the review sees what it creates and destroys",
  "ci-cd": "have the pipeline\u2019s owner review it: it runs with the pipeline\u2019s secrets",
  security: "have someone who owns the security code review it",
  migrations: "check the migration against production-sized data and its way back",
  dependencies: "check the new versions\u2019 changelogs and licences",
  governance: "have a code owner of the governance files review it",
  containers: "check the image, its base and what it exposes",
  secrets: "make sure no secret is committed; rotate any that was"
};
function sensitiveReasons(e, covered) {
  return e.risk.factors.filter((f) => f.template === "sensitive" && f.points > 0).map((f) => ({ factor: f, files: f.files.filter((p) => !covered.has(p)) })).filter((x) => x.files.length > 0).map(({ factor, files: files2 }) => {
    const group = typeof factor.facts.group === "string" ? factor.facts.group : "";
    const description = typeof factor.facts.description === "string" ? factor.facts.description : group;
    return {
      kind: "sensitive",
      weight: WEIGHT.sensitive + factor.points / 10,
      what: (w) => `Changes ${w.text(lowerFirst(description))}: ${fileList(w, files2)}`,
      todo: () => group === "infrastructure" && e.plans && !e.plans.estimatedFromDiff ? "review it with the plan it produced (the plans section below)" : GROUP_ADVICE[group] ?? "have an owner of these files review them",
      covers: []
    };
  });
}
function lowerFirst(text) {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
function sizeReason(e) {
  const size = e.risk.factors.find((f) => f.template === "size");
  const lines = typeof size?.facts.lines === "number" ? size.facts.lines : 0;
  if (lines < LARGE_CHANGE_LINES) return [];
  const spread = e.risk.factors.find((f) => f.template === "spread");
  const files2 = typeof spread?.facts.files === "number" ? spread.facts.files : 0;
  return [
    {
      kind: "size",
      weight: WEIGHT.size,
      what: (w) => `${w.strong("A large change")}: ${plural(lines, "line")} in ${plural(files2, "file")}`,
      todo: () => "split it into changes a reviewer can read in one sitting",
      covers: []
    }
  ];
}
function violationReasons(e, covered) {
  return e.violations.filter((v) => v.rule !== "approvals.required" && !covered.has(v.rule) && !isRiskRefusal(v)).map((v) => ({
    kind: "violation",
    weight: v.level === "error" ? WEIGHT.blocking : WEIGHT.warning,
    what: (w) => w.text(v.message.replace(/\.$/, "")),
    todo: (w) => w.text(lowerFirst(v.remediation.replace(/\.$/, ""))),
    covers: [v.rule]
  }));
}
function isRiskRefusal(v) {
  return v.rule === "risk.fail-at" || v.rule === "ai.fail-at-risk";
}
function worthExplaining(e) {
  return e.violations.length > 0 || EXPLAINED.includes(e.risk.level) || e.risk.destructive.length > 0;
}
function reasons(e) {
  if (!worthExplaining(e)) return [];
  const found = [...operationReasons(e), ...findingsReason(e), ...missingTestsReason(e)];
  const operationFiles = new Set(e.risk.destructive.map((d) => d.path));
  found.push(...sensitiveReasons(e, operationFiles), ...sizeReason(e));
  const covered = new Set(found.flatMap((r) => r.covers));
  found.push(...violationReasons(e, covered));
  return found.map((r, i) => ({ r, i })).sort((a, b) => b.r.weight - a.r.weight || a.i - b.i).map((x) => x.r);
}

// src/core/render/next-action.ts
var FILES_NAMED2 = 2;
function files(w, list) {
  const shown = list.slice(0, FILES_NAMED2).map((f) => w.file(f));
  return list.length > FILES_NAMED2 ? `${shown.join(", ")} and ${list.length - FILES_NAMED2} more` : listed(shown);
}
function approverWords(set, w) {
  if (set.anyone) return set.writeAccess ? "someone with write access to the repository" : "any reviewer";
  const parts = [];
  if (set.users.length) parts.push(set.users.length === 1 ? w.code(set.users[0]) : `one of ${listed(set.users.map(w.code), "or")}`);
  if (set.teams.length) parts.push(`a member of ${listed(set.teams.map(w.code), "or")}`);
  if (set.owners.length) parts.push(`a code owner of ${files(w, set.ownedFiles)} (${listed(set.owners.map(w.code), "or")})`);
  return listed(parts, "or");
}
function excluded(e, change, w) {
  const people = [];
  if (change.request?.author) people.push(`${w.code(change.request.author)} (the author)`);
  const requester = e.attribution.requester?.login;
  if (requester && requester.toLowerCase() !== change.request?.author?.toLowerCase()) people.push(`${w.code(requester)} (who asked for it)`);
  return people.length ? ` other than ${listed(people)}` : "";
}
function ask(r, e, change, w) {
  const n = r.counted.length ? plural(r.missing, "more approval") : plural(r.missing, "approval");
  const when = r.allowStale ? "" : " on the latest commit";
  const stale = r.notCounted.filter((x) => x.why === "stale").map((x) => w.code(x.login));
  const again = stale.length ? `; ${listed(stale)} approved an older commit and can approve again` : "";
  return `get ${n}${when} from ${approverWords(r.approvers, w)}${excluded(e, change, w)}${again}`;
}
function counted(list, w) {
  return listed(
    list.map((c) => {
      const via = c.via === "codeowner" ? "code owner" : c.via === "user" ? "listed approver" : c.via.startsWith("team:") ? `member of ${w.code(c.via.slice(5))}` : c.via === "write-access" ? "write access" : "";
      return via ? `${w.code(c.login)} (${via})` : w.code(c.login);
    })
  );
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function nextAction(e, change, reasons2) {
  const o = e.oversight;
  const unmet = o.applicable ? o.required.filter((r) => !r.satisfied) : [];
  const errors = e.violations.filter((v) => v.level === "error" && v.rule !== "approvals.required");
  const label = e.decision === "warn" && e.violations.some((v) => v.level === "error") ? "Next (not blocking in warn mode)" : "Next";
  if (errors.length) {
    const first = errors[0];
    const reason = reasons2.find((r) => r.covers.includes(first.rule));
    const fix = (w) => reason ? reason.todo(w) : isRiskRefusal(first) ? riskRemedy(reasons2, w, first.remediation) : w.text(first.remediation.replace(/\.$/, ""));
    const more = errors.length > 1 ? ` (and ${plural(errors.length - 1, "more fix", "more fixes")}, above)` : "";
    return {
      label,
      text: (w) => `${capital(fix(w))}${more}${unmet.length ? `; then ${unmet.map((r) => ask(r, e, change, w)).join("; and ")}` : ""}.`
    };
  }
  if (unmet.length) return { label, text: (w) => `${capital(unmet.map((r) => ask(r, e, change, w)).join("; and "))}.` };
  if (!o.applicable && o.wouldNeed.length) {
    return {
      label: "In a pull or merge request",
      text: (w) => `this change would need ${o.wouldNeed.map((r) => `${plural(r.needed, "approval")} on its latest commit from ${approverWords(r.approvers, w)}`).join("; and ")}.`
    };
  }
  const given = o.applicable ? o.required.flatMap((r) => r.counted) : [];
  if (given.length) return { label: "Signed off", text: (w) => `by ${counted(given, w)}.` };
  return void 0;
}
function riskRemedy(reasons2, w, fallback) {
  const top = reasons2[0];
  return top ? top.todo(w) : w.text(fallback.replace(/\.$/, ""));
}

// src/core/render/risk-section.ts
var MAX_FILES = 5;
var FACTOR_WORDS = {
  size: "Size",
  spread: "Spread",
  sensitive: "Sensitive paths",
  destructive: "Destructive operations",
  "missing-tests": "No test changed",
  "ai-assisted": "Written by AI",
  "plan-floor": "Stateful resources destroyed"
};
function points(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
function factorSum(e) {
  return Math.round(e.risk.factors.reduce((n, f) => n + f.points, 0) * 10) / 10;
}
function factorWhy(e, f, shown) {
  if (f.template === "destructive" && shown.operations) {
    const all = e.risk.destructive.length;
    const kept = e.risk.destructive.filter((d) => !d.reversible).length;
    return `${plural(all, "destructive operation")}, named at the top; a revert does not undo ${kept === all ? all === 1 ? "it" : "any of them" : kept}`;
  }
  if (f.template === "missing-tests" && shown.tests) return "Source files changed and no test did (named at the top)";
  return f.detail;
}
function reviewAnswers(e, shown) {
  const q = e.risk.questions;
  const irreversible = e.risk.destructive.filter((d) => !d.reversible).length;
  const testing = shown.tests ? "No: the source files named at the top changed without a test." : q.testing;
  const all = e.risk.destructive.length;
  const undone = irreversible === all ? all === 1 ? "the destructive operation" : `any of the ${all} destructive operations` : `${irreversible} of the ${plural(all, "destructive operation")}`;
  const rollback = shown.operations && irreversible ? `A revert does not undo ${undone} named at the top.` : q.rollback;
  return [
    ["Blast radius", q.blastRadius],
    ["Testing", testing],
    ["Rollback", rollback],
    ["Auditability", q.auditability]
  ];
}
function riskMarkdown(e, shown) {
  const factors = e.risk.factors.filter((f) => f.points > 0);
  const rows = factors.map((f) => {
    const files2 = f.files.slice(0, MAX_FILES).map(mdCode).join(", ") + (f.files.length > MAX_FILES ? `, +${f.files.length - MAX_FILES} more` : "");
    return `| ${FACTOR_WORDS[f.template]} ${mdCode(f.id)} | +${points(f.points)} | ${mdText(factorWhy(e, f, shown))} | ${files2} |`;
  });
  const sum2 = factorSum(e);
  const total2 = sum2 > 100 ? `The factors add up to **${points(sum2)}**; the score is capped at **100**.` : `The factors add up to **${points(sum2)}**${Math.round(sum2) === sum2 ? "" : `, rounded to **${e.risk.score}**`}.`;
  const body = rows.length ? ["| Factor | Points | Why | Files |", "|---|---:|---|---|", ...rows, "", total2].join("\n") : "No factor added points.";
  return details(`Risk score: ${e.risk.score} of 100, factor by factor`, body);
}
function reviewMarkdown(e, shown) {
  const answers = reviewAnswers(e, shown).map(([q, a]) => `- **${q}:** ${mdText(a)}`);
  return details("Review questions: blast radius, testing, rollback, auditability", answers.join("\n"));
}

// src/core/render/signoff-section.ts
var FILES_SHOWN = 3;
function totalMissing(result) {
  return result.stillMissing?.count ?? result.required.reduce((n, r) => n + r.missing, 0);
}
function furtherApprovalsWords(result) {
  const further = result.stillMissing;
  if (!further || further.count === 0) return void 0;
  const picks = further.from.map((p) => {
    const who = p.kind === "team" ? `a member of team ${p.who}` : p.kind === "user" ? p.who : p.who === "any reviewer" ? "any reviewer" : `an approver for ${p.who}`;
    return `${who} (${p.rules.join(", ")})`;
  });
  const none = further.unreachable.length ? `; nobody can currently approve ${further.unreachable.join(", ")}` : "";
  return `${plural2(further.count, "further approval")} would meet every requirement: ${picks.join("; ") || "none possible"}${none}.`;
}
function verdict(result) {
  if (!result.applicable) return { icon: "\u2796", text: `Sign-off not applicable: ${result.reason ?? "no request"}` };
  if (!result.required.length) return { icon: "\u2705", text: "No approval rule applies to this change" };
  if (result.satisfied) {
    const n = result.required.length;
    return { icon: "\u2705", text: n === 1 ? "Sign-off complete" : `Sign-off complete: all ${n} requirements met` };
  }
  const unmet = result.required.filter((r) => !r.satisfied).map((r) => r.rules.join(" + "));
  return { icon: "\u274C", text: `Missing ${plural2(totalMissing(result), "approval")} (${unmet.join("; ")})` };
}
function viaWords(c) {
  if (c.via === "user") return "listed user";
  if (c.via === "codeowner") return "code owner";
  if (c.via === "any-reviewer") return void 0;
  if (c.via === "write-access") return "write access";
  return `team ${c.via.slice("team:".length)}`;
}
function approversMd(set) {
  if (set.anyone) return mdText(approverParts(set)[0]);
  const parts = [];
  if (set.users.length) parts.push(`${set.users.length === 1 ? "user" : "users"} ${set.users.map(mdCode).join(", ")}`);
  if (set.teams.length) parts.push(`${set.teams.length === 1 ? "team" : "teams"} ${set.teams.map(mdCode).join(", ")}`);
  if (set.owners.length) {
    const files2 = set.ownedFiles.slice(0, FILES_SHOWN).map(mdCode).join(", ");
    const more = set.ownedFiles.length > FILES_SHOWN ? ` and ${set.ownedFiles.length - FILES_SHOWN} more` : "";
    parts.push(`code owners of ${files2}${more} (${set.owners.map(mdCode).join(", ")})`);
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
function subjectWords(result) {
  const s = result.subject;
  if (!s?.headSha) return void 0;
  return `Approvals of request${s.number === void 0 ? "" : ` #${s.number}`}, judged on its own head ${s.headSha.slice(0, 12)} (this run judges a merge queue or merge train commit).`;
}
function detailsTitle3(result) {
  if (!result.applicable) return `Sign-off in a pull or merge request: ${plural2(result.wouldNeed.reduce((n, r) => n + r.needed, 0), "approval")}`;
  const given = result.required.reduce((n, r) => n + Math.min(r.needed, r.counted.length), 0);
  if (result.satisfied) return `Sign-off: complete, ${plural2(given, "approval")} counted`;
  return `Sign-off: ${plural2(totalMissing(result), "approval")} missing, ${given} counted`;
}
function signoffMarkdown(result) {
  if (!result.required.length && !result.wouldNeed.length && !result.notes.length) return "";
  const v = verdict(result);
  const lines = [`${v.icon} **${mdText(v.text)}**`];
  const subject2 = subjectWords(result);
  if (subject2) lines.push("", mdText(subject2));
  if (!result.applicable && result.wouldNeed.length) {
    lines.push("", "| Rules | Needed | From |", "|---|---:|---|", ...result.wouldNeed.map((r) => `| ${r.rules.map((n) => `**${mdText(n)}**`).join(" + ")} | ${r.needed} | ${approversMd(r.approvers)} |`));
  }
  if (result.required.length) {
    lines.push("", "| Requirement | Needed | Approved by | Still missing | Not counted |", "|---|---:|---|---:|---|", ...result.required.map(row));
  }
  const further = furtherApprovalsWords(result);
  if (further) lines.push("", `Still needed: ${mdText(further)}`);
  if (result.notes.length) lines.push("", ...result.notes.map((n) => `- ${mdText(n)}`));
  return details(detailsTitle3(result), lines.join("\n"));
}
function approversText(set) {
  return approverParts(set).map(termText).join(" or ");
}
function signoffText(result, paint = (s) => s) {
  const v = verdict(result);
  const tone = v.icon === "\u274C" ? "red" : v.icon === "\u2705" ? "green" : "yellow";
  const out = [paint(`${v.icon} ${termText(v.text)}`, "bold", tone)];
  const subject2 = subjectWords(result);
  if (subject2) out.push(`  ${termText(subject2)}`);
  for (const r of result.applicable ? [] : result.wouldNeed) {
    out.push(`  ${plural2(r.needed, "approval")} from ${approversText(r.approvers)} (${termText(r.rules.join(" + "))})`);
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
  const further = furtherApprovalsWords(result);
  if (further) out.push(`  Still needed: ${termText(further)}`);
  for (const n of result.notes) out.push(paint(`  ! ${termText(n)}`, "yellow"));
  return out;
}

// src/core/render/markdown.ts
function facts({ evaluation: e, change }) {
  const a = attributionFacts(e);
  const ai = a.ai ? `**AI-assisted** (${mdText(a.tools)}, ${mdText(a.share)})` : "no AI markers found";
  const risk = e.risk.level === "high" || e.risk.level === "critical" ? `**${e.risk.level} risk**` : `${e.risk.level} risk`;
  return `${ai} \xB7 ${risk} \xB7 ${sizeWords(change)}`;
}
function headline(input, shown, hidden) {
  const e = input.evaluation;
  const h = HEADLINE[e.decision];
  const w = markdownWords(input.links);
  const lines = [`## ${h.icon} AI governance gate: ${h.word} \u2014 ${mdText(verdictReason(e))}`, "", facts(input), ""];
  if (shown.length) {
    lines.push(...shown.map((r) => `- ${r.what(w)} \u2014 ${r.todo(w)}.`));
    if (hidden) lines.push(`- \u2026and ${plural(hidden, "more reason")}, in the details below.`);
    lines.push("");
  }
  const next = nextAction(e, input.change, shown);
  if (next) lines.push(`**${next.label}:** ${next.text(w)}`, "");
  return lines.join("\n");
}
function notes({ evaluation: e }) {
  const inSignoff = new Set(e.oversight.notes);
  const list = e.notes.filter((n) => !inSignoff.has(n));
  if (!list.length) return "";
  return `> [!IMPORTANT]
${list.map((n) => `> ${mdText(n)}`).join("\n>\n")}
`;
}
function rules({ evaluation: e }) {
  if (!e.violations.length) return "";
  const items = e.violations.map((v) => `- ${v.level === "error" ? "\u274C" : "\u26A0\uFE0F"} ${mdCode(v.rule)}: ${mdText(v.message)}`);
  return details(`Policy rules: ${plural(e.violations.length, "violation")}`, items.join("\n"));
}
function footer({ evaluation: e, change, policyInfo, version, links = {} }) {
  const commit = (sha) => mdLink(mdCode(shortSha(sha)), links.commit?.(sha));
  const policy = mdLink(mdText(policyInfo.source), links.policy);
  return `<sub>Base ${commit(change.base)} (${mdText(change.baseDescription)}) \u2192 head ${commit(change.head)} \xB7 policy ${policy} (sha256 ${mdCode(policyInfo.sha256.slice(0, 12))}) \xB7 mode ${e.mode} \xB7 ai-governance-gate ${mdText(version)}</sub>
`;
}
function showsSignoff({ evaluation: e }) {
  return e.oversight.applicable ? e.oversight.required.length > 0 || e.oversight.notes.length > 0 : e.oversight.wouldNeed.length > 0;
}
function firstScreenReasons(e) {
  const all = reasons(e);
  return { shown: all.slice(0, SHOWN_REASONS), hidden: Math.max(0, all.length - SHOWN_REASONS) };
}
function saidAtTheTop(e, shown) {
  return {
    operations: e.risk.destructive.length > 0 && shown.filter((r) => r.kind === "operation").length === e.risk.destructive.length,
    tests: shown.some((r) => r.kind === "tests")
  };
}
function isQuiet(e, reasonCount, input) {
  return e.decision === "pass" && reasonCount === 0 && !showsSignoff(input) && notes(input) === "" && !e.findings?.reports.length && !e.plans;
}
function summarySections(input) {
  const e = input.evaluation;
  const { shown, hidden } = firstScreenReasons(e);
  const said = saidAtTheTop(e, shown);
  const evidence = [
    { id: "risk", essential: false, markdown: riskMarkdown(e, said) },
    { id: "attribution", essential: false, markdown: attributionMarkdown(input) },
    { id: "review", essential: false, markdown: reviewMarkdown(e, said) }
  ];
  const quiet = isQuiet(e, shown.length, input);
  const sections = [
    { id: "headline", essential: true, markdown: headline(input, shown, hidden) },
    { id: "notes", essential: true, markdown: notes(input) },
    { id: "signoff", essential: true, markdown: showsSignoff(input) ? signoffMarkdown(e.oversight) : "" },
    { id: "plans", essential: false, markdown: plansMarkdown(e.plans) },
    { id: "findings", essential: false, markdown: e.findings ? findingsMarkdown(e.findings, input.links) : "" },
    ...quiet ? [{ id: "details", essential: false, markdown: details("Details: risk score, attribution, review questions", evidence.map((s) => s.markdown).join("\n")) }] : evidence,
    { id: "rules", essential: true, markdown: rules(input) },
    { id: "footer", essential: true, markdown: footer(input) }
  ];
  return sections.filter((s) => s.markdown !== "");
}
function renderMarkdown(input) {
  return summarySections(input).map((s) => s.markdown).join("\n");
}

// src/gather/git/object-names.ts
import { spawn as spawn2 } from "node:child_process";
var sessions = /* @__PURE__ */ new Map();
function answerOf(line) {
  const m = /^([0-9a-f]{40,64}) (\S+) \d+$/.exec(line);
  return m ? { oid: m[1], type: m[2] } : void 0;
}
function hold(s) {
  const out = s.child.stdout;
  if (s.waiting.length) out.ref();
  else out.unref();
}
function fail(repo, s, e) {
  s.broken = true;
  if (sessions.get(repo) === s) sessions.delete(repo);
  for (const asked of s.waiting.splice(0)) asked.reject(e);
}
function started(repo) {
  const open2 = sessions.get(repo);
  if (open2 && !open2.broken) return open2;
  const child = spawn2("git", ["-c", "core.quotepath=off", "cat-file", "--batch-check"], {
    cwd: repo,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    stdio: ["pipe", "pipe", "pipe"]
  });
  const s = { child, waiting: [], pending: "", broken: false };
  child.unref();
  child.stdin.on("error", (e) => fail(repo, s, e));
  child.on("error", (e) => fail(repo, s, e));
  child.on("close", () => fail(repo, s, new Error("git cat-file --batch-check ended")));
  child.stderr.resume();
  child.stderr.unref();
  child.stdout.on("data", (d) => {
    s.pending += d.toString("utf8");
    let nl;
    while ((nl = s.pending.indexOf("\n")) >= 0) {
      const line = s.pending.slice(0, nl);
      s.pending = s.pending.slice(nl + 1);
      s.waiting.shift()?.resolve(answerOf(line));
    }
    hold(s);
  });
  hold(s);
  sessions.set(repo, s);
  return s;
}
async function revParse(repo, name) {
  const r = await gitRaw(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", name]);
  if (r.code !== 0) return void 0;
  const oid = r.stdout.toString("utf8").trim();
  const type = await gitRaw(repo, ["cat-file", "-t", oid]);
  return { oid, type: type.stdout.toString("utf8").trim() };
}
async function objectNamed(repo, name) {
  if (/[\r\n]/.test(name)) return void 0;
  let s;
  try {
    s = started(repo);
  } catch {
    return revParse(repo, name);
  }
  try {
    return await new Promise((resolve, reject) => {
      s.waiting.push({ resolve, reject });
      hold(s);
      s.child.stdin.write(`${name}
`);
    });
  } catch {
    return revParse(repo, name);
  }
}
async function commitNamed(repo, rev) {
  return (await objectNamed(repo, `${rev}^{commit}`))?.oid;
}
function forgetObjectNames(repo) {
  const s = sessions.get(repo);
  if (!s) return;
  sessions.delete(repo);
  s.broken = true;
  s.child.stdin.end();
}

// src/gather/files/read-limited.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
var NotRegularFileError = class extends InputError {
  constructor(path, kind) {
    super(`${path} is ${kind}, not a regular file; only regular files are read.`, "Write the content to a file first and pass that file.");
    this.name = "NotRegularFileError";
  }
};
async function openRegular(path) {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const s = await handle.stat().catch(async (e) => {
    await handle.close();
    throw e;
  });
  if (s.isFile()) return handle;
  await handle.close();
  if (s.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: "EISDIR" });
  const kind = s.isFIFO() ? "a FIFO (named pipe)" : s.isSocket() ? "a socket" : s.isCharacterDevice() || s.isBlockDevice() ? "a device" : "not a file";
  throw new NotRegularFileError(path, kind);
}
var CHUNK = 64 * 1024;
async function readLimited(path, maxBytes) {
  const handle = await openRegular(path);
  try {
    const chunks = [];
    let total2 = 0;
    for (; ; ) {
      const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total2));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return { ok: true, bytes: Buffer.concat(chunks, total2) };
      chunks.push(buffer.subarray(0, bytesRead));
      total2 += bytesRead;
      if (total2 > maxBytes) return { ok: false, tooLarge: true };
    }
  } finally {
    await handle.close();
  }
}

export {
  gitRaw,
  git,
  objectNamed,
  commitNamed,
  forgetObjectNames,
  topLevel,
  openRegular,
  readLimited,
  findingsText,
  plansText,
  nextAction,
  factorSum,
  factorWhy,
  reviewAnswers,
  signoffText,
  showsSignoff,
  firstScreenReasons,
  saidAtTheTop,
  summarySections,
  renderMarkdown
};
