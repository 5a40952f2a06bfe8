#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  HEADLINE,
  attributionLine,
  findingsText,
  git,
  gitRaw,
  plansText,
  shortSha,
  showsSignoff,
  signoffText,
  termText,
  totals,
  verdictReason
} from "./chunk-NSAYMSMK.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";

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
  const plans = plansText(e.plans, (s) => paint(s, "bold"));
  if (plans.length) out.push("", ...plans);
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

export {
  SHALLOW_HINT,
  resolveRange,
  renderText
};
