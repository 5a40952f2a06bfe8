#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  HEADLINE,
  WHY_WORDS,
  approverParts,
  attributionLine,
  noPlanWords,
  percent,
  plural,
  reasonPhrase,
  shortSha,
  statefulFirst,
  totals,
  verdictReason
} from "./chunk-Q6DFHJTH.js";
import {
  SEVERITIES
} from "./chunk-5HE6ZLTC.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";

// src/gather/git/run.ts
import { spawn } from "node:child_process";
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
function notHonouredList(r) {
  const list = r.suppressionsNotHonoured ?? [];
  if (!list.length) return "";
  const items = list.slice(0, SECTION_ROWS).map((f) => `- ${mdText(f.severity)} ${mdCode(f.rule)} (${mdText(f.tool)}) at ${mdCode(where(f) ?? "(no location)")}`);
  const more = list.length > SECTION_ROWS ? [`- \u2026and ${list.length - SECTION_ROWS} more (see the audit record)`] : [];
  return ["#### Suppressions added by this change (not honoured)", "", "The change itself suppresses these findings in the source; they count as if unsuppressed (policy `findings.suppressions: existing-only`).", "", ...items, ...more, ""].join("\n");
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
  const total2 = sum(r.inScope);
  const title = `### Findings: ${total2} in scope (${SCOPE_WORDS[r.scope]})`;
  const parts = [`${title}
`, `${countsTable(r)}
${otherCounts(r)}`, overTable(r), notHonouredList(r), expiringList(r), reportsTable(r)];
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
  for (const f of (r.suppressionsNotHonoured ?? []).slice(0, SECTION_ROWS)) {
    out.push(paint(`  Suppression added by this change, not honoured: ${termText(f.rule)} at ${termText(where(f) ?? "(no location)")}`, "yellow"));
  }
  for (const w of r.waivers.expiringSoon) {
    out.push(paint(`  Waiver findings.waivers[${w.index}] (${termText(waiverTarget(w).join(", ") || "no matcher")}), owner ${termText(w.owner)}: last day ${w.expires}, ${inDays(w.daysLeft)}`, "yellow"));
  }
  for (const rep of r.reports) out.push(paint(`  Read ${termText(rep.path)} (${termText(rep.format)}, ${termText(rep.tool)}, ${rep.results} results)`, "dim"));
  return out;
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
  return `${plural(further.count, "further approval")} would meet every requirement: ${picks.join("; ") || "none possible"}${none}.`;
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
    const files = set.ownedFiles.slice(0, FILES_SHOWN).map(mdCode).join(", ");
    const more = set.ownedFiles.length > FILES_SHOWN ? ` and ${set.ownedFiles.length - FILES_SHOWN} more` : "";
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
function subjectWords(result) {
  const s = result.subject;
  if (!s?.headSha) return void 0;
  return `Approvals of request${s.number === void 0 ? "" : ` #${s.number}`}, judged on its own head ${s.headSha.slice(0, 12)} (this run judges a merge queue or merge train commit).`;
}
function signoffMarkdown(result) {
  const v = verdict(result);
  const lines = ["### Sign-off", "", `${v.icon} **${mdText(v.text)}**`];
  const subject = subjectWords(result);
  if (subject) lines.push("", mdText(subject));
  if (!result.applicable && result.wouldApply.length) {
    lines.push("", `In a pull or merge request these rules would apply: ${result.wouldApply.map((n) => mdText(n)).join(", ")}.`);
  }
  if (result.required.length) {
    lines.push("", "| Requirement | Needed | Approved by | Still missing | Not counted |", "|---|---:|---|---:|---|", ...result.required.map(row));
  }
  const further = furtherApprovalsWords(result);
  if (further) lines.push("", `Still needed: ${mdText(further)}`);
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
  const subject = subjectWords(result);
  if (subject) out.push(`  ${termText(subject)}`);
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
  const further = furtherApprovalsWords(result);
  if (further) out.push(`  Still needed: ${termText(further)}`);
  for (const n of result.notes) out.push(paint(`  ! ${termText(n)}`, "yellow"));
  return out;
}

// src/core/render/plans-section.ts
var MAX_ROWS = 50;
var TOOL = { terraform: "Terraform", opentofu: "OpenTofu", pulumi: "Pulumi", cloudformation: "CloudFormation" };
var MARKDOWN = { code: mdCode, text: mdText };
var TERMINAL = { code: (t) => `\`${termText(t)}\``, text: termText };
function plural2(n, word, many = `${word}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;
}
function about(d, w) {
  const parts = [];
  if (d.stateful) parts.push(`stateful: ${w.text(d.stateful.what)}`);
  const reason = reasonPhrase(d.resource, w.code);
  if (reason) parts.push(reason);
  return parts.length ? ` (${parts.join("; ")})` : "";
}
function sentence(a, w) {
  if (a.estimatedFromDiff) {
    const files = a.infrastructureFiles.slice(0, 3).map(w.code).join(", ") + (a.infrastructureFiles.length > 3 ? ", \u2026" : "");
    const none = noPlanWords(a);
    return `${none[0].toUpperCase()}${none.slice(1)} for this change to infrastructure code (${files}): its blast radius is estimated from the diff, which cannot see replacements or what a count or a moved module destroys.`;
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
  return `This change will destroy ${plural2(n, "resource")}${stateful}, including ${named}.`;
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
  const drift = s.drift ? ` \xB7 ${plural2(s.drift, "drift entry", "drift entries")} (changes made outside the tool, not counted)` : "";
  return `${parts.join(", ")}${drift}`;
}
function toolName(s) {
  return `${TOOL[s.tool]}${s.toolVersion ? ` ${s.toolVersion}` : ""}`;
}
function planSentenceMarkdown(a) {
  return sentence(a, MARKDOWN);
}
function plansMarkdown(a) {
  if (!a) return "";
  const lead = planSentenceMarkdown(a);
  if (!lead) return "";
  const lines = ["### Plans", "", lead, ""];
  if (a.destroyed.length) {
    lines.push("| Resource | Action | Holds state | Why | Plan |", "|---|---|---|---|---|");
    const ordered = statefulFirst(a);
    for (const d of ordered.slice(0, MAX_ROWS)) {
      const state = d.stateful ? `**yes**: ${mdText(d.stateful.what)}${d.resource.retained ? " (kept by the tool)" : ""}` : "no";
      const why = reasonPhrase(d.resource, mdCode) ?? "";
      lines.push(`| ${mdCode(d.resource.address)} | ${d.resource.action} | ${state} | ${why} | ${mdCode(d.plan)} |`);
    }
    if (ordered.length > MAX_ROWS) lines.push("", `\u2026and ${ordered.length - MAX_ROWS} more in the audit record.`);
    lines.push("");
  }
  for (const s of a.summaries) {
    lines.push(`- ${mdCode(s.path)} (${mdText(toolName(s))}): ${mdText(countLine(s))}`);
    for (const n of s.notes) lines.push(`  - ${mdText(n)}`);
  }
  return lines.join("\n") + "\n";
}
function plansText(a, bold) {
  if (!a) return [];
  const lead = sentence(a, TERMINAL);
  if (!lead) return [];
  const out = [bold("Plans"), `  ${lead}`];
  for (const d of statefulFirst(a).slice(0, MAX_ROWS)) {
    out.push(`  ${d.resource.action.padEnd(7)} ${termText(d.resource.address)}${about(d, TERMINAL)}`);
  }
  for (const s of a.summaries) {
    out.push(`  ${termText(s.path)} (${termText(toolName(s))}): ${countLine(s)}`);
    for (const n of s.notes) out.push(`    ${termText(n)}`);
  }
  return out;
}

// src/core/render/markdown.ts
var MAX_ROWS2 = 50;
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
    lines.push("| Where | Tool | Model | Signal | Evidence |", "|---|---|---|---|---|", ...rows.slice(0, MAX_ROWS2));
    if (rows.length > MAX_ROWS2) lines.push(`
\u2026and ${rows.length - MAX_ROWS2} more signals in the audit record.`);
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
    // What the plans destroy belongs on the first screen, beside what blocks the change.
    { id: "plans", essential: true, markdown: plansMarkdown(input.evaluation.plans) },
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

export {
  gitRaw,
  git,
  mdText,
  termText,
  findingsText,
  signoffText,
  plansText,
  showsSignoff,
  summarySections,
  renderMarkdown
};
