#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

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
    "summary-file": files.summaryFile
  };
}
function dotenv(outputs) {
  return Object.entries(outputs).map(([k, v]) => `AI_GOVERNANCE_${k.toUpperCase().replace(/-/g, "_")}=${String(v).replace(/[\r\n]/g, " ")}`).join("\n") + "\n";
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
function fitSections(sections, opts, prefix = "") {
  const join = (list) => prefix + list.map((s) => s.markdown).join("\n");
  const full = join(sections);
  if (size(full, opts.unit) <= opts.limit) return { markdown: full, truncated: false };
  const kept = [...sections];
  const omitted = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    if (kept[i].essential) continue;
    omitted.unshift(kept[i].id);
    kept.splice(i, 1);
    const candidate = join(kept) + "\n" + cutNote(omitted, opts.fullTextAt);
    if (size(candidate, opts.unit) <= opts.limit) return { markdown: candidate, truncated: true };
  }
  const note = `
\u2026(cut to fit the size limit)

${cutNote([...omitted, "the end of the summary"], opts.fullTextAt)}`;
  return { markdown: wholeLines(join(kept), opts.limit - size(note, opts.unit), opts.unit) + note, truncated: true };
}

export {
  gateOutputs,
  dotenv,
  STICKY_MARKER,
  withMarker,
  isStickyBody,
  fitSections
};
