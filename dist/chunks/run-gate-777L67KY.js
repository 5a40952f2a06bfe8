#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS,
  MAX_POLICY_BYTES,
  NO_RUN,
  POLICY_FILES,
  auditRecord,
  decideRun,
  defaultPolicy,
  effectiveMode,
  evaluate,
  hasSql,
  isStale,
  latestPerLogin,
  loadSqlParser,
  needsContent,
  parseCodeowners,
  parsePolicy,
  pathClassifier,
  recordInputs,
  sha256
} from "./chunk-S47J6HCV.js";
import {
  headerPath,
  parseHunkHeader,
  readChange,
  readHunk,
  readPatches
} from "./chunk-E6OWMWWL.js";
import {
  decisionStatement,
  isTeamOwner,
  teamName
} from "./chunk-3VUVCKOE.js";
import {
  commitNamed,
  forgetObjectNames,
  gitRaw,
  objectNamed,
  openRegular,
  readLimited,
  renderMarkdown,
  topLevel
} from "./chunk-PDBUNSKX.js";
import {
  ownEntry,
  summaryLinks
} from "./chunk-HS26ZMD3.js";
import {
  redact
} from "./chunk-T57JILMZ.js";
import {
  VERSION
} from "./chunk-5BUW5COH.js";
import "./chunk-RAU6KPPI.js";
import {
  require_picomatch
} from "./chunk-DN3C4IM4.js";
import {
  InputError,
  UncheckedError,
  isInputError
} from "./chunk-FCOPNQJK.js";
import "./chunk-5VFZBLC7.js";
import "./chunk-5HE6ZLTC.js";
import {
  __toESM
} from "./chunk-5WAAPUM7.js";

// src/app/run-gate.ts
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join as join2, relative, resolve as resolve7, sep } from "node:path";

// src/gather/run-identity.ts
function value(env, name) {
  const v = env[name]?.trim();
  return v ? v : null;
}
function attemptOf(text) {
  const n = text === null ? NaN : Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
}
function github(env) {
  const id = value(env, "GITHUB_RUN_ID");
  const attempt = attemptOf(value(env, "GITHUB_RUN_ATTEMPT"));
  const server = value(env, "GITHUB_SERVER_URL") ?? "https://github.com";
  const repository = value(env, "GITHUB_REPOSITORY");
  const url = id && repository ? `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ""}` : null;
  return {
    id,
    attempt,
    jobId: null,
    url,
    workflow: value(env, "GITHUB_WORKFLOW"),
    workflowRef: value(env, "GITHUB_WORKFLOW_REF"),
    job: value(env, "GITHUB_JOB"),
    actor: value(env, "GITHUB_TRIGGERING_ACTOR") ?? value(env, "GITHUB_ACTOR"),
    event: value(env, "GITHUB_EVENT_NAME"),
    ref: value(env, "GITHUB_REF"),
    sha: value(env, "GITHUB_SHA"),
    repositoryUrl: repository ? `${server.replace(/\/+$/, "")}/${repository}` : null
  };
}
function gitlab(env) {
  return {
    id: value(env, "CI_PIPELINE_ID"),
    attempt: null,
    jobId: value(env, "CI_JOB_ID"),
    url: value(env, "CI_JOB_URL") ?? value(env, "CI_PIPELINE_URL"),
    workflow: value(env, "CI_PIPELINE_NAME"),
    workflowRef: value(env, "CI_CONFIG_PATH"),
    job: value(env, "CI_JOB_NAME"),
    actor: value(env, "GITLAB_USER_LOGIN"),
    event: value(env, "CI_PIPELINE_SOURCE"),
    ref: value(env, "CI_MERGE_REQUEST_REF_PATH") ?? value(env, "CI_COMMIT_REF_NAME"),
    sha: value(env, "CI_COMMIT_SHA"),
    repositoryUrl: value(env, "CI_PROJECT_URL")
  };
}
function readRunIdentity(platform, env) {
  if (platform === "github") return github(env);
  if (platform === "gitlab") return gitlab(env);
  return NO_RUN;
}

// src/gather/plans/gather.ts
import { resolve as resolve4 } from "node:path";

// src/gather/reports/collect.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, stat } from "node:fs/promises";
import { join, posix, resolve } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function collectReports(inputs, cwd) {
  const collected = [];
  for (const pattern of splitPatterns(inputs)) {
    collected.push({ pattern, files: await expand(pattern, cwd) });
  }
  return collected;
}
function splitPatterns(inputs) {
  const patterns = [];
  for (const input of inputs) {
    let depth = 0;
    let current = "";
    for (const ch of input) {
      if (ch === "{") depth += 1;
      else if (ch === "}") depth = Math.max(0, depth - 1);
      if (ch === "\n" || ch === "\r" || ch === "," && depth === 0) {
        patterns.push(current);
        current = "";
      } else {
        current += ch;
      }
    }
    patterns.push(current);
  }
  return patterns.map((p) => p.trim()).filter((p) => p !== "");
}
async function expand(pattern, cwd) {
  const scan = import_picomatch.default.scan(pattern);
  if (!scan.isGlob) return await exists(resolve(cwd, pattern)) ? [pattern] : [];
  const base = scan.base;
  const isMatch = (0, import_picomatch.default)(scan.glob, { dot: true });
  const maxDepth = scan.glob.includes("**") ? Infinity : scan.glob.split("/").length;
  const relative2 = await walk(resolve(cwd, base), maxDepth);
  const files = relative2.filter((rel) => isMatch(rel)).map((rel) => base === "" ? rel : posix.join(base, rel));
  return [...new Set(files)].sort(byCodeUnit);
}
async function walk(dir, maxDepth) {
  const files = [];
  const pending = [{ abs: dir, rel: "", depth: 1 }];
  while (pending.length > 0) {
    const { abs, rel, depth } = pending.pop();
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
      const childAbs = join(abs, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && depth < maxDepth) pending.push({ abs: childAbs, rel: childRel, depth: depth + 1 });
      } else if (entry.isFile() || entry.isSymbolicLink() && await isFile(childAbs)) {
        files.push(childRel);
      }
    }
  }
  return files;
}
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/gather/plans/read-plan.ts
import { constants } from "node:buffer";
import { createHash as createHash3 } from "node:crypto";
import { stat as stat3 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

// src/gather/reports/readers/json-path.ts
function isObject(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
function firstObject(value2) {
  if (!Array.isArray(value2)) return void 0;
  const first = value2[0];
  return isObject(first) ? first : void 0;
}
function describe(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "an array";
  if (typeof value2 === "object") return "an object";
  if (typeof value2 === "string") return `the string ${JSON.stringify(value2.length > 40 ? `${value2.slice(0, 40)}\u2026` : value2)}`;
  if (typeof value2 === "number" || typeof value2 === "boolean" || typeof value2 === "bigint") return `the ${typeof value2} ${String(value2)}`;
  return `the ${typeof value2}`;
}
var PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
var JsonPath = class _JsonPath {
  constructor(report, formatName, path) {
    this.report = report;
    this.formatName = formatName;
    this.path = path;
  }
  report;
  formatName;
  path;
  static root(report, formatName) {
    return new _JsonPath(report, formatName, "");
  }
  key(key) {
    const step = PLAIN_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
    const joined = this.path === "" || step.startsWith("[") ? `${this.path}${step}` : `${this.path}.${step}`;
    return new _JsonPath(this.report, this.formatName, joined);
  }
  index(i) {
    return new _JsonPath(this.report, this.formatName, `${this.path}[${i}]`);
  }
  toString() {
    return this.path === "" ? "the document root" : this.path;
  }
  fail(expected, found) {
    throw new InputError(
      `${this.report}: ${this.formatName}: ${this.toString()} should be ${expected}, but it is ${describe(found)}.`,
      `The file does not have the ${this.formatName} layout. Regenerate it with the scanner's JSON output, or stop passing this file to the gate.`
    );
  }
};
var Obj = class _Obj {
  constructor(value2, at) {
    this.at = at;
    if (!isObject(value2)) at.fail("an object", value2);
    this.value = value2;
  }
  at;
  value;
  static root(doc, report, formatName) {
    return new _Obj(doc, JsonPath.root(report, formatName));
  }
  present(key) {
    const v = this.value[key];
    return v === null ? void 0 : v;
  }
  string(key) {
    const v = this.present(key);
    if (v === void 0 || typeof v === "string") return v;
    return this.at.key(key).fail("a string", v);
  }
  /** A string, or a number written where a string was meant (GitLab identifier values, CWE ids). */
  text(key) {
    const v = this.present(key);
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    return this.string(key);
  }
  number(key) {
    const v = this.present(key);
    if (v === void 0 || typeof v === "number" && Number.isFinite(v)) return v;
    return this.at.key(key).fail("a number", v);
  }
  /** A line number; 0 means "no line" in several formats. */
  line(key) {
    const v = this.number(key);
    if (v === void 0 || v === 0) return void 0;
    if (!Number.isInteger(v) || v < 0) return this.at.key(key).fail("a line number (a positive integer)", v);
    return v;
  }
  boolean(key) {
    const v = this.present(key);
    if (v === void 0 || typeof v === "boolean") return v;
    return this.at.key(key).fail("true or false", v);
  }
  object(key) {
    const v = this.present(key);
    return v === void 0 ? void 0 : new _Obj(v, this.at.key(key));
  }
  requiredObject(key) {
    return new _Obj(this.value[key], this.at.key(key));
  }
  /** Raw elements of an optional array, each with its path. */
  elements(key) {
    const v = this.present(key);
    if (v === void 0) return [];
    return this.elementsOf(key, v);
  }
  requiredElements(key) {
    return this.elementsOf(key, this.value[key]);
  }
  elementsOf(key, v) {
    const at = this.at.key(key);
    if (!Array.isArray(v)) return at.fail("an array", v);
    return v.map((value2, i) => ({ value: value2, at: at.index(i) }));
  }
  /** An optional array whose elements must all be objects. */
  objects(key) {
    return this.elements(key).map((e) => new _Obj(e.value, e.at));
  }
  requiredObjects(key) {
    return this.requiredElements(key).map((e) => new _Obj(e.value, e.at));
  }
  /** An optional array whose elements must all be strings. */
  strings(key) {
    return this.elements(key).map((e) => typeof e.value === "string" ? e.value : e.at.fail("a string", e.value));
  }
  /** The entries of a required object used as a map (npm's `vulnerabilities: { name: {...} }`). */
  requiredEntries(key) {
    const map = this.requiredObject(key);
    return Object.keys(map.value).map((k) => [k, new _Obj(map.value[k], map.at.key(k))]);
  }
};
function rootObjects(doc, report, formatName) {
  const at = JsonPath.root(report, formatName);
  if (!Array.isArray(doc)) return at.fail("an array", doc);
  return doc.map((value2, i) => new Obj(value2, at.index(i)));
}

// src/gather/reports/load.ts
import { createHash as createHash2 } from "node:crypto";
import { constants as bufferConstants } from "node:buffer";
import { stat as stat2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/gather/reports/severity.ts
var WORDS = {
  critical: "critical",
  blocker: "critical",
  high: "high",
  error: "high",
  medium: "medium",
  moderate: "medium",
  warning: "medium",
  low: "low",
  minor: "low",
  note: "low",
  info: "info",
  informational: "info",
  information: "info",
  negligible: "info",
  none: "info",
  unknown: "unknown",
  undefined: "unknown"
};
function fromWord(word) {
  if (typeof word !== "string") return "unknown";
  return ownEntry(WORDS, word.trim().toLowerCase()) ?? "unknown";
}
function fromScore(score) {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}
var SARIF_LEVELS = { error: "high", warning: "medium", note: "low", none: "info" };
function fromSarif(level, securitySeverity) {
  if (typeof securitySeverity === "number" && Number.isFinite(securitySeverity)) return fromScore(securitySeverity);
  if (typeof securitySeverity === "string" && securitySeverity.trim() !== "") {
    const n = Number(securitySeverity);
    if (Number.isFinite(n)) return fromScore(n);
    const w = fromWord(securitySeverity);
    if (w !== "unknown") return w;
  }
  return ownEntry(SARIF_LEVELS, level) ?? "unknown";
}
function isSarifLevel(level) {
  return ownEntry(SARIF_LEVELS, level) !== void 0;
}
var CODE_QUALITY = { blocker: "critical", critical: "high", major: "medium", minor: "low", info: "info" };
function fromCodeQuality(word) {
  return typeof word === "string" ? ownEntry(CODE_QUALITY, word.toLowerCase()) ?? "unknown" : "unknown";
}
function fromSemgrep(word) {
  const w = typeof word === "string" ? word.toLowerCase() : "";
  if (w === "info") return "low";
  if (w === "experiment" || w === "inventory") return "info";
  return ownEntry(SARIF_LEVELS, w) ?? fromWord(word);
}

// src/gather/reports/readers/make-finding.ts
function makeFinding(ctx, parts) {
  const location = {};
  if (nonEmpty(parts.path)) location.path = parts.path;
  if (parts.startLine !== void 0) location.startLine = parts.startLine;
  if (parts.endLine !== void 0) location.endLine = parts.endLine;
  const finding = {
    tool: parts.tool,
    rule: parts.rule,
    severity: parts.severity,
    message: parts.message,
    location,
    suppressed: parts.suppressed ?? false,
    baselineState: parts.baselineState ?? "unknown",
    report: ctx.report
  };
  if (nonEmpty(parts.nativeSeverity)) finding.nativeSeverity = parts.nativeSeverity;
  if (nonEmpty(parts.fingerprint)) finding.fingerprint = parts.fingerprint;
  if (finding.suppressed && parts.suppressedInSource) finding.suppressedInSource = true;
  const help = webAddress(parts.helpUri);
  if (help !== void 0) finding.helpUri = help;
  return finding;
}
var ADDRESSES = /* @__PURE__ */ new Map();
var ADDRESSES_KEPT = 4096;
function webAddress(text) {
  if (!nonEmpty(text) || text.length > 2048) return void 0;
  if (ADDRESSES.has(text)) return ADDRESSES.get(text);
  let address;
  try {
    const url = new URL(text.trim());
    address = url.protocol === "https:" || url.protocol === "http:" ? url.href : void 0;
  } catch {
    address = void 0;
  }
  if (ADDRESSES.size >= ADDRESSES_KEPT) ADDRESSES.clear();
  ADDRESSES.set(text, address);
  return address;
}
function nonEmpty(s) {
  return s !== void 0 && s.trim() !== "";
}
function firstText(...candidates) {
  return candidates.find(nonEmpty);
}
function headline(text, max = 160) {
  if (!nonEmpty(text)) return void 0;
  const line2 = text.trim().split("\n", 1)[0].trim();
  return line2.length > max ? `${line2.slice(0, max - 1)}\u2026` : line2;
}
function joinNames(names, fallback) {
  const seen = [...new Set(names.filter(nonEmpty))];
  return seen.length > 0 ? seen.join(", ") : fallback;
}

// src/gather/reports/readers/sarif.ts
var FORMAT_NAME = "SARIF";
var SUPPORTED_VERSION = "2.1.0";
var BASELINE_STATES = new Map(
  ["new", "unchanged", "updated", "absent"].map((s) => [s, s])
);
var sarifReader = {
  format: "sarif",
  detect(doc) {
    if (!isObject(doc)) return false;
    if (typeof doc.$schema === "string" && /sarif/i.test(doc.$schema)) return true;
    return "runs" in doc && typeof doc.version === "string";
  },
  read(doc, ctx) {
    return readSarifLog(doc, ctx, (run) => run.readResults());
  }
};
function readSarifLog(doc, ctx, findingsOf) {
  const root = rootAt(ctx);
  const log = requiredObject(doc, root);
  requireSupportedVersion(log, root, ctx.report);
  const findings = [];
  const tools = [];
  const runs = array(log, "runs", root);
  for (let i = 0; i < runs.length; i++) {
    const reader = sarifRun(runs[i], i, ctx);
    tools.push(reader.tool);
    for (const finding of findingsOf(reader, i)) findings.push(finding);
  }
  return { tool: joinNames(tools, "unknown"), findings };
}
function sarifRun(run, index, ctx) {
  const runAt = () => rootAt(ctx)().key("runs").index(index);
  return new RunReader(requiredObject(run, runAt), runAt, ctx);
}
function rootAt(ctx) {
  return () => JsonPath.root(ctx.report, FORMAT_NAME);
}
function requiredObject(value2, at) {
  return isObject(value2) ? value2 : at().fail("an object", value2);
}
function object(o, key, at) {
  const v = o?.[key];
  if (v === void 0 || v === null || isObject(v)) return v ?? void 0;
  return at().key(key).fail("an object", v);
}
function array(o, key, at) {
  const v = o?.[key];
  if (v === void 0 || v === null) return [];
  return Array.isArray(v) ? v : at().key(key).fail("an array", v);
}
function string(o, key, at) {
  const v = o?.[key];
  if (v === void 0 || v === null || typeof v === "string") return v ?? void 0;
  return at().key(key).fail("a string", v);
}
function integer(o, key, at) {
  const v = o?.[key];
  if (v === void 0 || v === null || typeof v === "number" && Number.isInteger(v)) return v ?? void 0;
  return at().key(key).fail("an integer", v);
}
function line(o, key, at) {
  const v = integer(o, key, at);
  if (v === void 0 || v === 0) return void 0;
  return v > 0 ? v : at().key(key).fail("a line number (a positive integer)", v);
}
function child(at, key) {
  return () => at().key(key);
}
function element(at, key, index) {
  return () => at().key(key).index(index);
}
function requireSupportedVersion(log, at, report) {
  const version = string(log, "version", at) ?? versionFromSchema(string(log, "$schema", at));
  if (version === void 0 || version === SUPPORTED_VERSION || version.startsWith(`${SUPPORTED_VERSION}-rtm`)) return;
  throw new InputError(
    `${report}: SARIF version ${version} is not supported; only SARIF ${SUPPORTED_VERSION} is read.`,
    `Convert the file to SARIF ${SUPPORTED_VERSION} with the SARIF Multitool: npx @microsoft/sarif-multitool transform ${shellWord(report)} --sarif-output-version Current --output converted.sarif (then pass converted.sarif), or upgrade the scanner to a release that writes SARIF ${SUPPORTED_VERSION}.`
  );
}
function versionFromSchema(schema) {
  return schema === void 0 ? void 0 : /sarif-(?:schema-)?(\d+\.\d+\.\d+[\w.-]*?)(?:\.json)?$/i.exec(schema)?.[1];
}
function shellWord(s) {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
var RunReader = class {
  constructor(run, runAt, ctx) {
    this.run = run;
    this.runAt = runAt;
    this.ctx = ctx;
    const toolAt = child(runAt, "tool");
    const tool = object(run, "tool", runAt);
    const driver = object(tool, "driver", toolAt);
    this.tool = string(driver, "name", child(toolAt, "driver")) ?? "unknown";
    this.driverRules = rulesOf(driver, child(toolAt, "driver"));
    this.extensionRules = array(tool, "extensions", toolAt).map((ext, i) => rulesOf(requiredObject(ext, element(toolAt, "extensions", i)), element(toolAt, "extensions", i)));
    this.artifacts = array(run, "artifacts", runAt);
    this.uriBases = object(run, "originalUriBaseIds", runAt);
  }
  run;
  runAt;
  ctx;
  tool;
  driverRules;
  extensionRules;
  rulesById;
  paths = /* @__PURE__ */ new Map();
  strings = /* @__PURE__ */ new Map();
  artifacts;
  uriBases;
  /** The run's own `results`, read in memory. */
  readResults() {
    const results = array(this.run, "results", this.runAt);
    const findings = [];
    for (let j = 0; j < results.length; j++) {
      const f = this.result(results[j], j);
      if (f !== void 0) findings.push(f);
    }
    return findings;
  }
  /**
   * The finding of `results[index]` — the one place a result becomes a finding, in memory or streamed.
   * Undefined for a result that is not a failure (SARIF §3.27.9: `kind` pass, open, review,
   * notApplicable or informational): it reports a check, not a problem.
   */
  result(value2, index) {
    const at = () => this.runAt().key("results").index(index);
    const result = requiredObject(value2, at);
    const kind = string(result, "kind", at);
    if (kind !== void 0 && kind !== "fail") return void 0;
    return this.finding(result, at);
  }
  finding(result, at) {
    const ruleRef = object(result, "rule", at);
    const ruleRefAt = child(at, "rule");
    const ruleId = string(result, "ruleId", at) ?? string(ruleRef, "id", ruleRefAt);
    const rule = this.resolveRule(result, at, ruleRef, ruleRefAt, ruleId);
    const ruleProperties = rule === void 0 ? void 0 : object(rule.value, "properties", rule.at);
    const level = resolveLevel(result, at, rule);
    const securitySeverity = object(result, "properties", at)?.["security-severity"] ?? ruleProperties?.["security-severity"];
    const location = this.location(result, at);
    const ruleName = firstText(ruleId, rule === void 0 ? void 0 : string(rule.value, "id", rule.at));
    return makeFinding(this.ctx, {
      tool: this.tool,
      rule: this.shared(ruleName ?? "unknown"),
      severity: fromSarif(level, securitySeverity),
      nativeSeverity: this.shared(securitySeverityUsed(securitySeverity) ?? (isSarifLevel(level) ? level : `${level} (not a SARIF level: error, warning, note or none)`)),
      message: message(result, at, rule) ?? ruleName ?? "",
      path: location.path,
      startLine: location.startLine,
      endLine: location.endLine,
      fingerprint: fingerprint(result, at),
      ...suppression(result, at),
      baselineState: baselineState(result, at),
      helpUri: rule === void 0 ? void 0 : this.shared(string(rule.value, "helpUri", rule.at) ?? "")
    });
  }
  /** The spec's order: an index (into the driver, or the extension `rule.toolComponent` names), else the id. */
  resolveRule(result, at, ruleRef, ruleRefAt, ruleId) {
    const componentIndex = integer(object(ruleRef, "toolComponent", ruleRefAt), "index", child(ruleRefAt, "toolComponent"));
    const rules = componentIndex === void 0 ? this.driverRules : this.extensionRules[componentIndex];
    const index = integer(result, "ruleIndex", at) ?? integer(ruleRef, "index", ruleRefAt);
    const byIndex = index !== void 0 && index >= 0 ? rules?.[index] : void 0;
    if (byIndex !== void 0 || ruleId === void 0) return byIndex;
    return this.ruleById(ruleId);
  }
  ruleById(id) {
    if (this.rulesById === void 0) {
      this.rulesById = /* @__PURE__ */ new Map();
      for (const rule of [...this.driverRules, ...this.extensionRules.flat()]) {
        const ruleId = string(rule.value, "id", rule.at);
        if (ruleId !== void 0 && !this.rulesById.has(ruleId)) this.rulesById.set(ruleId, rule);
      }
    }
    return this.rulesById.get(id);
  }
  location(result, at) {
    const locations = array(result, "locations", at);
    if (locations.length === 0) return {};
    const firstAt = element(at, "locations", 0);
    const physicalAt = child(firstAt, "physicalLocation");
    const physical = object(requiredObject(locations[0], firstAt), "physicalLocation", firstAt);
    if (physical === void 0) return {};
    const region = object(physical, "region", physicalAt);
    const startLine = line(region, "startLine", child(physicalAt, "region"));
    const endLine = line(region, "endLine", child(physicalAt, "region")) ?? startLine;
    const artifactLocation = object(physical, "artifactLocation", physicalAt);
    return { path: this.artifactPath(artifactLocation, child(physicalAt, "artifactLocation")), startLine, endLine };
  }
  artifactPath(artifactLocation, at) {
    if (artifactLocation === void 0) return void 0;
    let uri = string(artifactLocation, "uri", at);
    let baseId = string(artifactLocation, "uriBaseId", at);
    if (uri === void 0) {
      const index = integer(artifactLocation, "index", at);
      if (index === void 0 || index < 0 || index >= this.artifacts.length) return void 0;
      const artifactAt = element(this.runAt, "artifacts", index);
      const location = object(requiredObject(this.artifacts[index], artifactAt), "location", artifactAt);
      uri = string(location, "uri", child(artifactAt, "location"));
      baseId = string(location, "uriBaseId", child(artifactAt, "location"));
    }
    if (uri === void 0) return void 0;
    let byUri = this.paths.get(baseId);
    if (byUri === void 0) this.paths.set(baseId, byUri = /* @__PURE__ */ new Map());
    let path = byUri.get(uri);
    if (path === void 0) byUri.set(uri, path = toPath(this.resolveBase(uri, baseId, /* @__PURE__ */ new Set())));
    return path;
  }
  /**
   * One string object per distinct value (rule ids, levels): a report of a million results repeats a
   * few hundred of them, and each parsed copy would otherwise stay alive in its finding.
   */
  shared(value2) {
    const known = this.strings.get(value2);
    if (known !== void 0) return known;
    this.strings.set(value2, value2);
    return value2;
  }
  /**
   * Joins a relative uri to its `originalUriBaseIds` entry when that entry is a local location (file: or a
   * relative path). A remote base (`https://github.com/o/r/blob/sha/`) says where the repository is hosted;
   * the relative part is already the repository path, which is what the gate compares with changed files.
   */
  resolveBase(uri, baseId, seen) {
    if (baseId === void 0 || hasScheme(uri) || seen.has(baseId)) return uri;
    seen.add(baseId);
    const basesAt = child(this.runAt, "originalUriBaseIds");
    const base = object(this.uriBases, baseId, basesAt);
    const baseUri = string(base, "uri", child(basesAt, baseId));
    if (baseUri === void 0) return uri;
    const resolvedBase = this.resolveBase(baseUri, string(base, "uriBaseId", child(basesAt, baseId)), seen);
    if (hasScheme(resolvedBase) && !/^file:/i.test(resolvedBase)) return uri;
    return resolvedBase.endsWith("/") ? `${resolvedBase}${uri}` : `${resolvedBase}/${uri}`;
  }
};
function rulesOf(component, at) {
  return array(component, "rules", at).map((value2, i) => {
    const ruleAt = element(at, "rules", i);
    return { value: requiredObject(value2, ruleAt), at: ruleAt };
  });
}
function resolveLevel(result, at, rule) {
  const level = string(result, "level", at);
  if (level !== void 0) return level;
  if (rule === void 0) return "warning";
  return string(object(rule.value, "defaultConfiguration", rule.at), "level", child(rule.at, "defaultConfiguration")) ?? "warning";
}
function securitySeverityUsed(value2) {
  if (typeof value2 === "number" && Number.isFinite(value2)) return String(value2);
  if (typeof value2 !== "string" || value2.trim() === "") return void 0;
  const text = value2.trim();
  return Number.isFinite(Number(text)) || fromWord(text) !== "unknown" ? text : void 0;
}
function message(result, at, rule) {
  const msgAt = child(at, "message");
  const msg = object(result, "message", at);
  const args = array(msg, "arguments", msgAt).map((a) => typeof a === "string" || typeof a === "number" || typeof a === "boolean" ? String(a) : `(${Array.isArray(a) ? "list" : typeof a})`);
  const direct = firstText(string(msg, "text", msgAt), string(msg, "markdown", msgAt));
  if (direct !== void 0) return fillPlaceholders(direct, args);
  if (rule === void 0) return void 0;
  const id = string(msg, "id", msgAt);
  if (id !== void 0) {
    const stringsAt = child(rule.at, "messageStrings");
    const template = object(object(rule.value, "messageStrings", rule.at), id, stringsAt);
    const text = firstText(string(template, "text", child(stringsAt, id)), string(template, "markdown", child(stringsAt, id)));
    if (text !== void 0) return fillPlaceholders(text, args);
  }
  const short3 = object(rule.value, "shortDescription", rule.at);
  const full = object(rule.value, "fullDescription", rule.at);
  return firstText(string(short3, "text", child(rule.at, "shortDescription")), string(full, "text", child(rule.at, "fullDescription")));
}
function fillPlaceholders(text, args) {
  if (!text.includes("{") && !text.includes("}")) return text;
  return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, n) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return args[Number(n)] ?? match;
  });
}
function fingerprint(result, at) {
  const partial = object(result, "partialFingerprints", at);
  const primary = partial?.primaryLocationLineHash;
  if (typeof primary === "string" && primary !== "") return primary;
  return serialise(partial) ?? serialise(object(result, "fingerprints", at));
}
function serialise(map) {
  if (map === void 0) return void 0;
  const keys = Object.keys(map).filter((k) => typeof map[k] === "string" || typeof map[k] === "number" && Number.isFinite(map[k])).sort();
  return keys.length > 0 ? keys.map((k) => `${k}=${String(map[k])}`).join(";") : void 0;
}
function suppression(result, at) {
  const inForce = array(result, "suppressions", at).filter((s, i) => {
    const sAt = element(at, "suppressions", i);
    const status = string(requiredObject(s, sAt), "status", sAt);
    return status === void 0 || status === "accepted";
  });
  const inSource = inForce.length > 0 && inForce.every((s) => s.kind === "inSource");
  return { suppressed: inForce.length > 0, suppressedInSource: inSource };
}
function baselineState(result, at) {
  const state = string(result, "baselineState", at);
  return state !== void 0 && BASELINE_STATES.get(state) || "unknown";
}
function hasScheme(uri) {
  return /^[a-z][a-z0-9+.-]+:/i.test(uri);
}
function toPath(uri) {
  const isFileUri = /^file:/i.test(uri);
  let path = isFileUri ? uri.slice(5) : uri;
  if (isFileUri && path.startsWith("//")) {
    const rest = path.slice(2).replace(/^localhost(?=\/)/i, "");
    path = rest.startsWith("/") ? rest.replace(/^\/+/, "/") : `//${rest}`;
  }
  path = decodePercent(path);
  if (isFileUri && /^\/[a-z]:[/\\]/i.test(path)) path = path.slice(1);
  while (path.startsWith("./")) path = path.slice(2);
  return path;
}
function decodePercent(s) {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/gather/reports/readers/gitlab-security.ts
var FORMAT_NAME2 = "GitLab security report";
var TYPE_FORMATS = {
  sast: "gitlab-sast",
  dependency_scanning: "gitlab-dependency-scanning",
  container_scanning: "gitlab-container-scanning",
  container_scanning_for_registry: "gitlab-container-scanning",
  cluster_image_scanning: "gitlab-cluster-image-scanning",
  secret_detection: "gitlab-secret-detection",
  dast: "gitlab-dast",
  api_fuzzing: "gitlab-api-fuzzing",
  coverage_fuzzing: "gitlab-coverage-fuzzing"
};
function formatOfType(type) {
  return ownEntry(TYPE_FORMATS, type);
}
var GENERIC_FORMAT = "gitlab-security";
function isGitlabSecurityReport(doc) {
  if (!isObject(doc) || !("vulnerabilities" in doc)) return false;
  if (["runs", "auditReportVersion", "packageManager", "bomFormat"].some((k) => k in doc)) return false;
  if (typeof doc.version === "string" || isObject(doc.scan)) return true;
  const first = firstObject(doc.vulnerabilities);
  return first !== void 0 && (Array.isArray(first.identifiers) || isObject(first.location));
}
function gitlabFormatOf(doc) {
  const clues = new GitlabFormatClues();
  if (Array.isArray(doc.vulnerabilities)) for (const v of doc.vulnerabilities) clues.see(v);
  return clues.formatWith(doc.scan);
}
var GitlabFormatClues = class {
  categoryFormat;
  location;
  see(v) {
    if (!isObject(v)) return;
    if (this.categoryFormat === void 0 && typeof v.category === "string" && formatOfType(v.category)) this.categoryFormat = formatOfType(v.category);
    if (this.location === void 0 && isObject(v.location)) this.location = v.location;
  }
  formatWith(scan) {
    if (isObject(scan) && typeof scan.type === "string") return formatOfType(scan.type) ?? GENERIC_FORMAT;
    if (this.categoryFormat !== void 0) return this.categoryFormat;
    return this.location ? formatFromLocation(this.location) : GENERIC_FORMAT;
  }
};
function formatFromLocation(location) {
  if (typeof location.image === "string") {
    return isObject(location.kubernetes_resource) ? TYPE_FORMATS.cluster_image_scanning : TYPE_FORMATS.container_scanning;
  }
  if (typeof location.hostname === "string") return TYPE_FORMATS.dast;
  if (typeof location.crash_type === "string") return TYPE_FORMATS.coverage_fuzzing;
  const dependency = location.dependency;
  const pkg = isObject(dependency) ? dependency.package : void 0;
  if (typeof location.file === "string" && isObject(pkg) && typeof pkg.name === "string") {
    return TYPE_FORMATS.dependency_scanning;
  }
  return GENERIC_FORMAT;
}
function readGitlab(doc, ctx, format) {
  const root = gitlabRoot(doc, ctx);
  const vulns = root.requiredObjects("vulnerabilities");
  const wide = reportWide(root, vulns[0], format);
  return { tool: wide.tool, findings: vulns.map((v) => settleVulnerability(readVulnerability(v, ctx), wide, ctx)) };
}
function gitlabRoot(doc, ctx) {
  return Obj.root(doc, ctx.report, FORMAT_NAME2);
}
function vulnerabilityAt(value2, index, ctx) {
  return new Obj(value2, JsonPath.root(ctx.report, FORMAT_NAME2).key("vulnerabilities").index(index));
}
function reportWide(root, first, format) {
  const scan = root.object("scan");
  const tool = firstText(scan?.object("scanner")?.string("name")) ?? firstText(first?.object("scanner")?.string("name")) ?? "GitLab";
  return { tool, isSecret: format === TYPE_FORMATS.secret_detection };
}
function readVulnerability(v, ctx) {
  const identifiers = v.objects("identifiers");
  const cve = v.string("cve");
  const rule = firstText(identifiers[0] && identifierId(identifiers[0]), cve, v.string("name")) ?? "unknown";
  const location = v.object("location");
  const place = readLocation(location);
  const dependency = location?.object("dependency");
  const pkgName = dependency?.object("package")?.string("name");
  const pkgVersion = dependency?.text("version");
  const nativeSeverity = v.string("severity");
  let message2 = firstText(v.string("message"), v.string("name")) ?? (nonEmpty(pkgName) ? rule : headline(v.string("description")) ?? rule);
  if (nonEmpty(pkgName) && !message2.includes(pkgName)) {
    message2 += ` in ${pkgName}${nonEmpty(pkgVersion) ? ` ${pkgVersion}` : ""}`;
  }
  const crashType = location?.string("crash_type");
  if (nonEmpty(crashType) && !message2.includes(crashType)) message2 += ` (${crashType})`;
  const finding = makeFinding(ctx, {
    // The tool is report-wide; settleVulnerability sets it. Set here so the field keeps its place.
    tool: "",
    rule,
    severity: fromWord(nativeSeverity),
    nativeSeverity,
    message: message2,
    ...place,
    fingerprint: firstText(v.string("id"), cve)
  });
  return { finding, severityMissing: nativeSeverity === void 0 };
}
function settleVulnerability(read11, wide, ctx) {
  read11.finding.tool = wide.tool;
  if (read11.severityMissing && wide.isSecret) read11.finding.severity = ctx.secretSeverity;
  return read11.finding;
}
function identifierId(identifier) {
  const value2 = identifier.text("value");
  const name = identifier.string("name");
  if (value2 !== void 0 && /^\d+$/.test(value2) && identifier.string("type")?.toLowerCase() === "cwe") return `CWE-${value2}`;
  if (value2 !== void 0 && /\s/.test(value2.trim()) && nonEmpty(name) && !/\s/.test(name.trim())) return name;
  return firstText(value2, name);
}
function readLocation(location) {
  if (location === void 0) return {};
  const file = location.string("file");
  if (nonEmpty(file)) {
    return { path: file, startLine: location.line("start_line"), endLine: location.line("end_line") };
  }
  const image = location.string("image");
  if (nonEmpty(image)) return { path: image };
  const hostname = location.string("hostname");
  const path = location.string("path");
  if (nonEmpty(hostname)) return { path: `${hostname}${path ?? ""}` };
  return nonEmpty(path) ? { path } : {};
}
function gitlabReader(format) {
  return {
    format,
    detect: (doc) => isGitlabSecurityReport(doc) && gitlabFormatOf(doc) === format,
    read: (doc, ctx) => readGitlab(doc, ctx, format)
  };
}
var gitlabSecurityReaders = [
  .../* @__PURE__ */ new Set([...Object.values(TYPE_FORMATS), GENERIC_FORMAT])
].map(gitlabReader);

// src/gather/reports/readers/npm-audit.ts
var TOOL = "npm audit";
function detect(doc) {
  return isObject(doc) && typeof doc.auditReportVersion === "number" && doc.auditReportVersion >= 2 && "vulnerabilities" in doc;
}
function advisoryId(advisory) {
  const url = advisory.string("url");
  const fromUrl = url?.split("/").filter((s) => s !== "").pop();
  return firstText(fromUrl && /^GHSA-/i.test(fromUrl) ? fromUrl : void 0, advisory.text("source"), fromUrl);
}
function read(doc, ctx) {
  const root = Obj.root(doc, ctx.report, "npm audit JSON report");
  const findings = root.requiredEntries("vulnerabilities").map(([key, pkg]) => {
    const name = firstText(pkg.string("name")) ?? key;
    const range = pkg.string("range");
    const advisories = [];
    const dependencies = [];
    for (const entry of pkg.elements("via")) {
      if (typeof entry.value === "string") dependencies.push(entry.value);
      else if (isObject(entry.value)) advisories.push(new Obj(entry.value, entry.at));
      else entry.at.fail("an advisory object or a package name", entry.value);
    }
    const first = advisories[0];
    const ids = advisories.map(advisoryId).filter((s) => s !== void 0);
    const native = pkg.string("severity");
    const version = range ? ` ${range}` : "";
    const message2 = first ? `${firstText(first.string("title"), ids[0]) ?? "Advisory"} in ${name}${version}` : `${name}${version} is vulnerable through ${dependencies.join(", ") || "its dependencies"}`;
    return makeFinding(ctx, {
      tool: TOOL,
      rule: ids[0] ?? name,
      severity: fromWord(native),
      nativeSeverity: native,
      message: message2,
      path: pkg.strings("nodes")[0],
      fingerprint: [name, ...ids.length > 0 ? ids : dependencies].join(":")
    });
  });
  return { tool: TOOL, findings };
}
var npmAuditReader = { format: "npm-audit", detect, read };

// src/gather/reports/readers/trivy.ts
var TOOL2 = "Trivy";
function detectCurrent(doc) {
  return isObject(doc) && "SchemaVersion" in doc && ("Results" in doc || "ArtifactName" in doc);
}
function detectLegacy(doc) {
  const first = firstObject(doc);
  return first !== void 0 && typeof first.Target === "string" && ("Vulnerabilities" in first || "Type" in first);
}
function readCurrent(doc, ctx) {
  const root = Obj.root(doc, ctx.report, "Trivy JSON report");
  return { tool: TOOL2, findings: root.objects("Results").flatMap((r) => readResult(r, ctx)) };
}
function readLegacy(doc, ctx) {
  return { tool: TOOL2, findings: rootObjects(doc, ctx.report, "Trivy JSON report (legacy array)").flatMap((r) => readResult(r, ctx)) };
}
function readResult(result, ctx) {
  const target = result.string("Target") ?? "";
  return [
    ...result.objects("Vulnerabilities").map((v) => readVulnerability2(v, target, ctx)),
    ...result.objects("Misconfigurations").filter((m) => (m.string("Status") ?? "FAIL") === "FAIL").map((m) => readMisconfiguration(m, target, ctx)),
    ...result.objects("Secrets").map((s) => readSecret(s, target, ctx))
  ];
}
function readVulnerability2(v, target, ctx) {
  const id = v.string("VulnerabilityID") ?? "unknown";
  const pkg = v.string("PkgName") ?? "";
  const installed = v.string("InstalledVersion") ?? "";
  const title = firstText(v.string("Title"), id);
  const fixed = v.string("FixedVersion");
  const native = v.string("Severity");
  return makeFinding(ctx, {
    tool: TOOL2,
    rule: id,
    severity: fromWord(native),
    nativeSeverity: native,
    message: `${id} in ${pkg} ${installed}${title === id ? "" : `: ${title}`}${fixed ? ` (fixed in ${fixed})` : ""}`,
    path: target,
    fingerprint: [id, pkg, installed, target].join(":"),
    helpUri: v.string("PrimaryURL")
  });
}
function readMisconfiguration(m, target, ctx) {
  const id = firstText(m.string("AVDID"), m.string("ID")) ?? "unknown";
  const cause = m.object("CauseMetadata");
  const startLine = cause?.line("StartLine");
  const native = m.string("Severity");
  const title = m.string("Title");
  const detail = m.string("Message");
  return makeFinding(ctx, {
    tool: TOOL2,
    rule: id,
    severity: fromWord(native),
    nativeSeverity: native,
    message: [title, detail].filter((s) => s !== void 0 && s !== "").join(": ") || id,
    path: target,
    startLine,
    endLine: cause?.line("EndLine"),
    fingerprint: [id, target, cause?.string("Resource") ?? startLine ?? ""].join(":"),
    helpUri: m.string("PrimaryURL")
  });
}
function readSecret(s, target, ctx) {
  const rule = s.string("RuleID") ?? "unknown";
  const native = s.string("Severity");
  const startLine = s.line("StartLine");
  return makeFinding(ctx, {
    tool: TOOL2,
    rule,
    severity: native === void 0 ? ctx.secretSeverity : fromWord(native),
    nativeSeverity: native,
    message: `${firstText(s.string("Title"), rule)} found in ${target}${startLine ? ` line ${startLine}` : ""}`,
    path: target,
    startLine,
    endLine: s.line("EndLine"),
    fingerprint: [rule, target, startLine ?? ""].join(":")
  });
}
var trivyReader = { format: "trivy", detect: detectCurrent, read: readCurrent };
var trivyLegacyReader = { format: "trivy-legacy", detect: detectLegacy, read: readLegacy };

// src/gather/reports/readers/semgrep.ts
var TOOL3 = "semgrep";
var NO_FINGERPRINT = "requires login";
function detect2(doc) {
  if (!isObject(doc) || "runs" in doc || !Array.isArray(doc.results)) return false;
  const first = firstObject(doc.results);
  if (first !== void 0) return "check_id" in first;
  return doc.results.length === 0 && "errors" in doc && "paths" in doc;
}
function read2(doc, ctx) {
  const root = Obj.root(doc, ctx.report, "Semgrep JSON report");
  const findings = root.requiredObjects("results").map((r) => {
    const extra = r.object("extra");
    const rule = r.string("check_id") ?? "unknown";
    const native = extra?.string("severity");
    const fingerprint2 = extra?.string("fingerprint");
    return makeFinding(ctx, {
      tool: TOOL3,
      rule,
      severity: fromSemgrep(native),
      nativeSeverity: native,
      message: extra?.string("message") ?? rule,
      path: r.string("path"),
      startLine: r.object("start")?.line("line"),
      endLine: r.object("end")?.line("line"),
      fingerprint: fingerprint2 === NO_FINGERPRINT ? void 0 : fingerprint2,
      suppressed: extra?.boolean("is_ignored") === true,
      // nosemgrep comments are the only way Semgrep ignores a single result.
      suppressedInSource: true
    });
  });
  return { tool: TOOL3, findings };
}
var semgrepReader = { format: "semgrep", detect: detect2, read: read2 };

// src/gather/reports/readers/grype.ts
function detect3(doc) {
  if (!isObject(doc) || !("matches" in doc)) return false;
  if (isObject(doc.descriptor) || isObject(doc.source)) return true;
  const first = firstObject(doc.matches);
  return first !== void 0 && isObject(first.vulnerability) && isObject(first.artifact);
}
function read3(doc, ctx) {
  const root = Obj.root(doc, ctx.report, "Grype JSON report");
  const tool = firstText(root.object("descriptor")?.string("name")) ?? "grype";
  const findings = [
    ...root.requiredObjects("matches").map((m) => readMatch(m, tool, false, ctx)),
    ...root.objects("ignoredMatches").map((m) => readMatch(m, tool, true, ctx))
  ];
  return { tool, findings };
}
function readMatch(match, tool, suppressed, ctx) {
  const vulnerability = match.requiredObject("vulnerability");
  const artifact = match.requiredObject("artifact");
  const id = vulnerability.string("id") ?? "unknown";
  const name = artifact.string("name") ?? "";
  const version = artifact.string("version") ?? "";
  const path = artifact.objects("locations")[0]?.string("path");
  const native = vulnerability.string("severity");
  const fixes = vulnerability.object("fix")?.strings("versions") ?? [];
  return makeFinding(ctx, {
    tool,
    rule: id,
    severity: fromWord(native),
    nativeSeverity: native,
    message: `${id} in ${name} ${version}${fixes.length > 0 ? ` (fixed in ${fixes.join(", ")})` : ""}`,
    path,
    fingerprint: [id, name, version, path ?? ""].join(":"),
    suppressed
  });
}
var grypeReader = { format: "grype", detect: detect3, read: read3 };

// src/gather/reports/readers/kics.ts
var TOOL4 = "KICS";
function detect4(doc) {
  return isObject(doc) && "queries" in doc && ["kics_version", "severity_counters", "queries_total", "total_counter"].some((k) => k in doc);
}
function read4(doc, ctx) {
  const root = Obj.root(doc, ctx.report, "KICS JSON report");
  const findings = root.requiredObjects("queries").flatMap((query) => {
    const rule = firstText(query.string("query_id"), query.string("query_name")) ?? "unknown";
    const name = firstText(query.string("query_name"), rule);
    const native = query.string("severity");
    return query.objects("files").map((hit) => {
      const expected = firstText(hit.string("expected_value"));
      return makeFinding(ctx, {
        tool: TOOL4,
        rule,
        severity: fromWord(native),
        nativeSeverity: native,
        message: expected ? `${name}: ${expected}` : name,
        path: hit.string("file_name"),
        startLine: hit.line("line"),
        fingerprint: hit.string("similarity_id")
      });
    });
  });
  return { tool: TOOL4, findings };
}
var kicsReader = { format: "kics", detect: detect4, read: read4 };

// src/gather/reports/readers/tfsec.ts
var TOOL5 = "tfsec";
var PASSED = 1;
var IGNORED = 2;
function detect5(doc) {
  if (!isObject(doc)) return false;
  const first = firstObject(doc.results);
  return first !== void 0 && "rule_id" in first && isObject(first.location) && "filename" in first.location;
}
function read5(doc, ctx) {
  const root = Obj.root(doc, ctx.report, "tfsec JSON report");
  const findings = root.objects("results").filter((r) => r.number("status") !== PASSED).map((r) => {
    const rule = firstText(r.string("rule_id"), r.string("long_id")) ?? "unknown";
    const location = r.object("location");
    const native = r.string("severity");
    return makeFinding(ctx, {
      tool: TOOL5,
      rule,
      severity: fromWord(native),
      nativeSeverity: native,
      message: firstText(r.string("description"), r.string("rule_description")) ?? rule,
      path: location?.string("filename"),
      startLine: location?.line("start_line"),
      endLine: location?.line("end_line"),
      suppressed: r.number("status") === IGNORED,
      // tfsec ignores a result through a `tfsec:ignore` comment in the source.
      suppressedInSource: true
    });
  });
  return { tool: TOOL5, findings };
}
var tfsecReader = { format: "tfsec", detect: detect5, read: read5 };

// src/gather/reports/readers/osv-scanner.ts
var TOOL6 = "osv-scanner";
function detect6(doc) {
  if (!isObject(doc) || "runs" in doc) return false;
  const first = firstObject(doc.results);
  return first !== void 0 && "packages" in first && isObject(first.source);
}
function read6(doc, ctx) {
  const root = Obj.root(doc, ctx.report, "OSV-Scanner JSON report");
  const findings = root.requiredObjects("results").flatMap((result) => {
    const path = result.object("source")?.string("path");
    return result.objects("packages").flatMap((p) => readPackage(p, path, ctx));
  });
  return { tool: TOOL6, findings };
}
function readPackage(entry, path, ctx) {
  const pkg = entry.object("package");
  const name = pkg?.string("name") ?? "";
  const version = pkg?.string("version") ?? "";
  const summaries = /* @__PURE__ */ new Map();
  for (const v of entry.objects("vulnerabilities")) {
    const id = v.string("id");
    if (id !== void 0) summaries.set(id, v.string("summary"));
  }
  const groups = entry.objects("groups");
  const keys = groups.length > 0 ? groups.map((g) => ({ ids: g.strings("ids"), score: g.string("max_severity") })) : [...summaries.keys()].map((id) => ({ ids: [id], score: void 0 }));
  return keys.map(({ ids, score }) => {
    const id = ids[0] ?? "unknown";
    const summary = ids.map((i) => summaries.get(i)).find((s) => s !== void 0 && s !== "");
    const numeric = firstText(score) !== void 0 ? Number(score) : NaN;
    return makeFinding(ctx, {
      tool: TOOL6,
      rule: id,
      severity: Number.isFinite(numeric) ? fromScore(numeric) : "unknown",
      nativeSeverity: firstText(score),
      message: `${id} in ${name} ${version}${summary ? `: ${summary}` : ""}`,
      path,
      fingerprint: [id, name, version, path ?? ""].join(":")
    });
  });
}
var osvScannerReader = { format: "osv-scanner", detect: detect6, read: read6 };

// src/gather/reports/readers/github-dependabot.ts
var TOOL7 = "Dependabot";
function detect7(doc) {
  if (!isObject(doc) || !isObject(doc.data)) return false;
  const { repository, search } = doc.data;
  if (isObject(repository) && "vulnerabilityAlerts" in repository) return true;
  const first = isObject(search) ? firstObject(search.nodes) : void 0;
  return first !== void 0 && "vulnerabilityAlerts" in first;
}
function read7(doc, ctx) {
  const data = Obj.root(doc, ctx.report, "GitHub Dependabot alerts (GraphQL)").requiredObject("data");
  const repository = data.object("repository");
  const repositories = repository ? [repository] : data.requiredObject("search").requiredObjects("nodes");
  const findings = repositories.flatMap(
    (repo) => repo.requiredObject("vulnerabilityAlerts").requiredObjects("nodes").filter((alert) => alert.string("state") !== "FIXED" && alert.string("fixedAt") === void 0).map((alert) => readAlert(alert, ctx))
  );
  return { tool: TOOL7, findings };
}
function readAlert(alert, ctx) {
  const vulnerability = alert.requiredObject("securityVulnerability");
  const advisory = vulnerability.object("advisory");
  const identifiers = advisory?.objects("identifiers") ?? [];
  const ghsa = identifiers.find((i) => i.string("type") === "GHSA");
  const rule = firstText(ghsa?.string("value"), advisory?.string("ghsaId"), identifiers[0]?.string("value")) ?? "unknown";
  const pkg = vulnerability.object("package")?.string("name");
  const native = vulnerability.string("severity");
  const state = alert.string("state");
  return makeFinding(ctx, {
    tool: TOOL7,
    rule,
    severity: fromWord(native),
    nativeSeverity: native,
    message: `${firstText(advisory?.string("summary"), rule)}${pkg ? ` (${pkg})` : ""}`,
    path: alert.string("vulnerableManifestPath"),
    fingerprint: alert.string("id"),
    suppressed: state === "DISMISSED" || state === "AUTO_DISMISSED" || alert.string("dismissedAt") !== void 0
  });
}
var githubDependabotReader = { format: "github-dependabot", detect: detect7, read: read7 };

// src/gather/reports/readers/gitleaks.ts
var TOOL8 = "gitleaks";
var FORMAT_NAME3 = "Gitleaks JSON report";
var isV8 = (leak) => "RuleID" in leak;
var isV7 = (leak) => "rule" in leak && ("offender" in leak || "lineNumber" in leak);
function detect8(doc) {
  const first = firstObject(doc);
  return first !== void 0 && (isV8(first) || isV7(first));
}
function read8(doc, ctx) {
  const findings = rootObjects(doc, ctx.report, FORMAT_NAME3).map((leak) => {
    if (isV8(leak.value)) return readV8(leak, ctx);
    if (isV7(leak.value)) return readV7(leak, ctx);
    return leak.at.fail("a Gitleaks finding (with RuleID, or rule and offender)", leak.value);
  });
  return { tool: TOOL8, findings };
}
function readV8(leak, ctx) {
  const rule = leak.string("RuleID") ?? "unknown";
  const file = leak.string("File");
  const startLine = leak.line("StartLine");
  const commit = realCommit(leak.string("Commit"));
  return makeFinding(ctx, {
    tool: TOOL8,
    rule,
    severity: ctx.secretSeverity,
    message: describeLeak(rule, leak.string("Description"), file, startLine, commit),
    path: file,
    startLine,
    endLine: leak.line("EndLine"),
    // Gitleaks' own fingerprint recipe, for reports written before it had the field.
    fingerprint: firstText(leak.string("Fingerprint")) ?? [commit, file, rule, startLine].filter((p) => p !== void 0 && p !== "").join(":")
  });
}
function readV7(leak, ctx) {
  const rule = leak.string("rule") ?? "unknown";
  const file = leak.string("file");
  const line2 = leak.line("lineNumber");
  const commit = realCommit(leak.string("commit"));
  return makeFinding(ctx, {
    tool: TOOL8,
    rule,
    severity: ctx.secretSeverity,
    message: describeLeak(rule, void 0, file, line2, commit),
    path: file,
    startLine: line2,
    fingerprint: [commit, file, rule, line2].filter((p) => p !== void 0 && p !== "").join(":")
  });
}
function realCommit(commit) {
  return commit !== void 0 && /^[0-9a-f]{7,}$/i.test(commit) && !/^0+$/.test(commit) ? commit : void 0;
}
function describeLeak(rule, description, file, line2, commit) {
  const what = description && description !== rule ? description : "Secret";
  const where = file ? ` in ${file}${line2 ? ` line ${line2}` : ""}` : "";
  const when = commit ? ` (commit ${commit.slice(0, 12)})` : "";
  return `${what} matched rule ${rule}${where}${when}`;
}
var gitleaksReader = { format: "gitleaks", detect: detect8, read: read8 };

// src/gather/reports/readers/hadolint.ts
var TOOL9 = "hadolint";
function detect9(doc) {
  const first = firstObject(doc);
  return first !== void 0 && "code" in first && "level" in first && "file" in first && "line" in first;
}
function read9(doc, ctx) {
  const findings = rootObjects(doc, ctx.report, "Hadolint JSON report").map((hit) => {
    const rule = hit.string("code") ?? "unknown";
    const native = hit.string("level");
    return makeFinding(ctx, {
      tool: TOOL9,
      rule,
      severity: fromWord(native),
      nativeSeverity: native,
      message: hit.string("message") ?? rule,
      path: hit.string("file"),
      startLine: hit.line("line")
    });
  });
  return { tool: TOOL9, findings };
}
var hadolintReader = { format: "hadolint", detect: detect9, read: read9 };

// src/gather/reports/readers/codequality.ts
var FORMAT_NAME4 = "Code Quality report";
function detect10(doc) {
  const first = firstObject(doc);
  return first !== void 0 && typeof first.description === "string" && isObject(first.location) && "path" in first.location;
}
function read10(doc, ctx) {
  const issues = rootObjects(doc, ctx.report, FORMAT_NAME4).filter((i) => {
    const type = i.string("type");
    return type === void 0 || type.toLowerCase() === "issue";
  });
  const tool = joinNames(
    issues.map((i) => i.string("engine_name")),
    "codequality"
  );
  const findings = issues.map((issue) => {
    const location = issue.requiredObject("location");
    const lines = readLines(location);
    const description = issue.string("description");
    const native = issue.string("severity");
    const rule = firstText(issue.string("check_name"), issue.string("engine_name")) ?? "unknown";
    return makeFinding(ctx, {
      tool: firstText(issue.string("engine_name")) ?? tool,
      rule,
      severity: fromCodeQuality(native),
      nativeSeverity: native,
      message: headline(description, 300) ?? rule,
      path: location.string("path"),
      ...lines,
      fingerprint: issue.string("fingerprint")
    });
  });
  return { tool, findings };
}
function readLines(location) {
  const lines = location.object("lines");
  if (lines) return { startLine: lines.line("begin"), endLine: lines.line("end") };
  const positions = location.object("positions");
  if (positions) {
    return { startLine: positions.object("begin")?.line("line"), endLine: positions.object("end")?.line("line") };
  }
  return {};
}
var codeQualityReader = { format: "codequality", detect: detect10, read: read10 };

// src/gather/reports/readers/empty-report.ts
function detect11(doc) {
  if (Array.isArray(doc)) return doc.length === 0;
  if (!isObject(doc)) return false;
  const keys = Object.keys(doc);
  return keys.length === 1 && keys[0] === "results" && (doc.results === null || Array.isArray(doc.results) && doc.results.length === 0);
}
var emptyReportReader = {
  format: "empty",
  detect: detect11,
  read: () => ({ tool: "unknown", findings: [] })
};

// src/gather/reports/readers/index.ts
var READERS = [
  sarifReader,
  // Objects with a distinctive top-level key.
  ...gitlabSecurityReaders,
  npmAuditReader,
  trivyReader,
  semgrepReader,
  grypeReader,
  kicsReader,
  tfsecReader,
  osvScannerReader,
  githubDependabotReader,
  // Top-level arrays, told apart by their first element's keys.
  trivyLegacyReader,
  gitleaksReader,
  hadolintReader,
  codeQualityReader,
  // Last: a clean scan's `[]` or `{"results": []}`, which no other reader claims.
  emptyReportReader
];

// src/gather/reports/stream/json-splitter.ts
var StreamSyntaxError = class extends Error {
  constructor(piece, offset, text, skeletonBefore, elisions, message2) {
    super(message2);
    this.piece = piece;
    this.offset = offset;
    this.text = text;
    this.skeletonBefore = skeletonBefore;
    this.elisions = elisions;
    this.name = "StreamSyntaxError";
  }
  piece;
  offset;
  text;
  skeletonBefore;
  elisions;
};
function streamOffset(skeletonOffset, elisions) {
  let offset = skeletonOffset;
  for (const e of elisions) if (e.at <= skeletonOffset) offset += e.removed;
  return offset;
}
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var EXPECTED_VALUE = "expected a value (object, array, string, number, true, false or null)";
var OBJECT = 0;
var ARRAY = 1;
var CLASS = new Uint8Array(256);
for (const c of [QUOTE, COMMA, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET]) CLASS[c] = c;
var VALUE_START = new Uint8Array(256);
for (const c of '{["-0123456789tfn') VALUE_START[c.charCodeAt(0)] = 1;
var WHITESPACE = new Uint8Array(256);
for (const c of " 	\r\n") WHITESPACE[c.charCodeAt(0)] = 1;
function backslashesBefore(chunk, end, floor) {
  let k = end - 1;
  while (k >= floor && chunk[k] === BACKSLASH) k -= 1;
  return end - 1 - k;
}
var JsonSplitter = class {
  constructor(handler, options) {
    this.handler = handler;
    this.options = options;
  }
  handler;
  options;
  /** Absolute offset of the current chunk's first byte. */
  base = 0;
  depth = 0;
  /** Per open container (index depth-1): OBJECT or ARRAY. */
  kinds = [];
  /** Per shallow level: the key (objects) or element index (arrays) of the value being read. */
  path = [];
  /** Per shallow level: skeleton length at the container's opening bracket. */
  starts = [];
  /** The innermost shallow object awaits a key (after `{` or `,`). */
  expectKey = false;
  inString = false;
  /** A backslash ended the previous chunk inside a string: the next byte is escaped. */
  escapePending = false;
  /** Bytes of a shallow key being read, when a key spans chunks. */
  keyParts;
  keyStart = -1;
  /** Depth of the streamed array being read; 0 when none. */
  streamDepth = 0;
  streamPath = [];
  elementIndex = 0;
  /** Chunk offset where the pending element starts; -1 when none is pending. */
  elementStart = -1;
  elementOffset = 0;
  elementParts = [];
  /** A comma was read and the next element has not started. */
  afterComma = false;
  /** Directly inside a streamed array, between elements: the next value byte starts one. */
  awaitingElement = false;
  /** Stream offset of the streamed array's `[`. */
  streamOpenedAt = 0;
  elisions = [];
  skeleton = Buffer.allocUnsafe(1 << 16);
  skeletonLength = 0;
  /** Chunk offset from which bytes are still to be copied to the skeleton; -1 while streaming elements. */
  copyFrom = 0;
  chunk = Buffer.alloc(0);
  write(chunk) {
    this.chunk = chunk;
    const n = chunk.length;
    if (this.copyFrom >= 0) this.copyFrom = 0;
    if (this.elementStart >= 0) this.elementStart = 0;
    if (this.keyParts !== void 0) this.keyStart = 0;
    let i = this.inString ? this.skipString(chunk, 0) : 0;
    while (i < n) {
      const b = chunk[i];
      const c = CLASS[b];
      if (c === 0) {
        if (this.awaitingElement && WHITESPACE[b] === 0) this.startElement(i);
        i += 1;
      } else if (c === QUOTE) {
        if (this.awaitingElement) this.startElement(i);
        else if (this.expectKey) this.beginKey(i + 1);
        i = this.skipString(chunk, i + 1);
      } else {
        if (c === COMMA) this.comma(i);
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.open(c, i);
        else this.close(c, i);
        i += 1;
      }
    }
    if (this.copyFrom >= 0) this.flushTo(n);
    if (this.elementStart >= 0) this.elementParts.push(Buffer.from(chunk.subarray(this.elementStart)));
    if (this.keyParts !== void 0) this.keyParts.push(Buffer.from(chunk.subarray(this.keyStart)));
    this.base += n;
  }
  /** The skeleton, after the whole document was written. */
  end() {
    if (this.streamDepth !== 0) {
      if (this.elementStart >= 0) {
        const text = Buffer.concat(this.elementParts).toString("utf8");
        throw this.syntaxError("element", this.elementOffset, text, "the file ends inside an element");
      }
      this.elisions.push({ at: this.skeletonLength, removed: this.base - this.streamOpenedAt - 1 });
    }
    return this.skeleton.subarray(0, this.skeletonLength);
  }
  /** The skeleton so far as text. */
  skeletonText() {
    return this.skeleton.toString("utf8", 0, this.skeletonLength);
  }
  syntaxError(piece, offset, text, message2) {
    return new StreamSyntaxError(piece, offset, text, this.options.keepSkeleton ? this.skeletonText() : void 0, this.elisions, message2);
  }
  inStream() {
    return this.streamDepth !== 0 && this.depth >= this.streamDepth;
  }
  /**
   * Returns the index after the closing quote, or the chunk's length when the string goes on. Short
   * strings (keys, ids) are walked byte by byte; long ones (messages) jump from quote to quote.
   */
  skipString(chunk, from) {
    const n = chunk.length;
    let j = from;
    if (this.escapePending) {
      j += 1;
      this.escapePending = false;
    }
    const walk2 = Math.min(n, j + 32);
    while (j < walk2) {
      const c = chunk[j];
      if (c === QUOTE) return this.stringEnds(chunk, j);
      j += c === BACKSLASH ? 2 : 1;
    }
    while (j < n) {
      const q = chunk.indexOf(QUOTE, j);
      if (q === -1) {
        this.escapePending = (backslashesBefore(chunk, n, j) & 1) === 1;
        break;
      }
      if ((backslashesBefore(chunk, q, j) & 1) === 0) return this.stringEnds(chunk, q);
      j = q + 1;
    }
    if (j > n) this.escapePending = true;
    this.inString = true;
    return n;
  }
  stringEnds(chunk, quote2) {
    this.inString = false;
    if (this.keyParts !== void 0) this.endKey(chunk, quote2);
    return quote2 + 1;
  }
  beginKey(at) {
    this.expectKey = false;
    this.keyParts = [];
    this.keyStart = at;
  }
  endKey(chunk, end) {
    const parts = this.keyParts;
    parts.push(chunk.subarray(this.keyStart, end));
    this.keyParts = void 0;
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    let key;
    if (!bytes.includes(BACKSLASH)) key = bytes.toString("utf8");
    else {
      try {
        key = JSON.parse(`"${bytes.toString("utf8")}"`);
      } catch {
        key = void 0;
      }
    }
    this.path[this.depth - 1] = key ?? "";
    if (key !== void 0) this.handler.key(this.path.slice(0, this.depth - 1), key);
  }
  open(c, i) {
    if (this.inStream()) {
      if (this.awaitingElement) this.startElement(i);
      this.depth += 1;
      return;
    }
    this.depth += 1;
    const kind = c === OPEN_BRACE ? OBJECT : ARRAY;
    this.kinds[this.depth - 1] = kind;
    if (this.depth > this.options.shallow) return;
    this.starts[this.depth - 1] = this.skeletonLength + (i - this.copyFrom);
    this.expectKey = kind === OBJECT;
    this.path[this.depth - 1] = kind === ARRAY ? 0 : "";
    if (kind === ARRAY) {
      const path = this.path.slice(0, this.depth - 1);
      if (this.handler.arrayOpens(path, () => this.prefix(i))) {
        this.flushTo(i + 1);
        this.copyFrom = -1;
        this.streamDepth = this.depth;
        this.streamOpenedAt = this.base + i;
        this.streamPath = path;
        this.elementIndex = 0;
        this.afterComma = false;
        this.awaitingElement = true;
      }
    }
  }
  close(c, i) {
    if (this.streamDepth !== 0) {
      if (this.depth > this.streamDepth) {
        this.depth -= 1;
        return;
      }
      if (c !== CLOSE_BRACKET) this.separatorError(i, "expected ',' or ']'");
      if (this.elementStart >= 0) this.finishElement(i);
      else if (this.afterComma) this.separatorError(i, EXPECTED_VALUE);
      this.streamDepth = 0;
      this.awaitingElement = false;
      this.copyFrom = i;
      this.elisions.push({ at: this.skeletonLength, removed: this.base + i - this.streamOpenedAt - 1 });
    }
    if (this.depth === 0) return;
    this.depth -= 1;
    this.expectKey = false;
  }
  comma(i) {
    if (this.streamDepth !== 0) {
      if (this.depth !== this.streamDepth) return;
      if (this.elementStart < 0) this.separatorError(i, EXPECTED_VALUE);
      this.finishElement(i);
      this.afterComma = true;
      this.awaitingElement = true;
      return;
    }
    if (this.depth === 0 || this.depth > this.options.shallow) return;
    if (this.kinds[this.depth - 1] === OBJECT) this.expectKey = true;
    else this.path[this.depth - 1] = this.path[this.depth - 1] + 1;
  }
  startElement(i) {
    if (VALUE_START[this.chunk[i]] === 0) this.separatorError(i, EXPECTED_VALUE);
    this.elementStart = i;
    this.elementOffset = this.base + i;
    this.afterComma = false;
    this.awaitingElement = false;
  }
  finishElement(end) {
    const chunk = this.chunk;
    let text;
    if (this.elementParts.length === 0) {
      text = chunk.toString("utf8", this.elementStart, end);
    } else {
      this.elementParts.push(chunk.subarray(0, end));
      text = Buffer.concat(this.elementParts).toString("utf8");
      this.elementParts = [];
    }
    this.elementStart = -1;
    let value2;
    try {
      value2 = JSON.parse(text);
    } catch (e) {
      throw this.syntaxError("element", this.elementOffset, text, e.message);
    }
    this.handler.element(this.streamPath, this.elementIndex, value2);
    this.elementIndex += 1;
  }
  separatorError(i, expected) {
    const found = this.chunk.toString("utf8", i, Math.min(i + 4, this.chunk.length))[0];
    throw this.syntaxError("separator", this.base + i, "", `${expected}, found ${JSON.stringify(found)}`);
  }
  /** The skeleton of the innermost container that encloses the array opening at chunk offset `i`. */
  prefix(i) {
    this.flushTo(i);
    return this.skeleton.subarray(this.starts[this.depth - 2] ?? 0, this.skeletonLength);
  }
  flushTo(end) {
    if (!this.options.keepSkeleton || this.copyFrom < 0) {
      if (this.copyFrom >= 0) this.copyFrom = end;
      return;
    }
    const length = end - this.copyFrom;
    if (length <= 0) return;
    if (this.skeletonLength + length > this.skeleton.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.skeleton.length * 2, this.skeletonLength + length));
      this.skeleton.copy(grown, 0, 0, this.skeletonLength);
      this.skeleton = grown;
    }
    this.chunk.copy(this.skeleton, this.skeletonLength, this.copyFrom, end);
    this.skeletonLength += length;
    this.copyFrom = end;
  }
};

// src/gather/reports/stream/stream-report.ts
import { createHash } from "node:crypto";

// src/gather/reports/stream/gitlab-vulnerabilities.ts
var GitlabVulnerabilities = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  /** The (last) `vulnerabilities` array was streamed. */
  streamed = false;
  reads = [];
  clues = new GitlabFormatClues();
  first;
  /** An element that is not an object: the whole-document reader checks that before anything else. */
  /** What a failed read threw, kept to be rethrown in the whole-document reader's order. */
  notObject;
  error;
  key(path, key) {
    if (path.length === 0 && key === "vulnerabilities") this.reset(false);
  }
  arrayOpens(path) {
    if (path.length !== 1 || path[0] !== "vulnerabilities") return false;
    this.reset(true);
    return true;
  }
  element(index, value2) {
    this.clues.see(value2);
    if (index === 0) this.first = { value: value2 };
    if (this.notObject !== void 0) return;
    if (!isObject(value2)) {
      try {
        vulnerabilityAt(value2, index, this.ctx);
      } catch (e) {
        this.notObject = { caught: e };
      }
      return;
    }
    if (this.error !== void 0) return;
    try {
      this.reads.push(readVulnerability(vulnerabilityAt(value2, index, this.ctx), this.ctx));
    } catch (e) {
      this.error = { caught: e };
    }
  }
  /** The document as the detector sees it: the skeleton with the first vulnerability put back. */
  isReport(skeleton) {
    return this.streamed && isGitlabSecurityReport({ ...skeleton, vulnerabilities: this.first ? [this.first.value] : [] });
  }
  /** The format id, as gitlabFormatOf decides it for the whole document. */
  format(skeleton) {
    return this.clues.formatWith(skeleton.scan);
  }
  /** The read, in the whole-document reader's order: element types, then `scan`, then each vulnerability. */
  finish(skeleton, format) {
    const root = gitlabRoot(skeleton, this.ctx);
    root.requiredObjects("vulnerabilities");
    if (this.notObject !== void 0) throw this.notObject.caught;
    const first = this.first === void 0 ? void 0 : vulnerabilityAt(this.first.value, 0, this.ctx);
    const wide = reportWide(root, first, format);
    if (this.error !== void 0) throw this.error.caught;
    const findings = new Array(this.reads.length);
    for (let i = 0; i < this.reads.length; i++) findings[i] = settleVulnerability(this.reads[i], wide, this.ctx);
    this.reads = [];
    return { tool: wide.tool, findings };
  }
  reset(streamed) {
    this.streamed = streamed;
    this.reads = [];
    this.clues = new GitlabFormatClues();
    this.first = void 0;
    this.notObject = void 0;
    this.error = void 0;
  }
};

// src/gather/reports/stream/sarif-results.ts
var RUN_CONTEXT_KEYS = /* @__PURE__ */ new Set(["tool", "artifacts", "originalUriBaseIds"]);
var SarifResults = class _SarifResults {
  constructor(readerFor, options = { final: false }) {
    this.readerFor = readerFor;
    this.options = options;
  }
  readerFor;
  options;
  /** Runs whose (last) `results` array was streamed, by index. */
  runs = /* @__PURE__ */ new Map();
  /** First pass: a run's reader from its members read so far; stale when those do not parse or read. */
  static fromPrefix(ctx) {
    return new _SarifResults((index, prefix) => {
      try {
        const run = JSON.parse(`${prefix().toString("utf8")}[]}`);
        return sarifRun(run, index, ctx);
      } catch {
        return "stale";
      }
    });
  }
  key(path, key) {
    if (path.length === 0 && key === "runs") {
      this.runs.clear();
      return;
    }
    const run = runIndex(path, 2);
    if (run === void 0) return;
    if (key === "results") this.runs.delete(run);
    else if (!this.options.final && RUN_CONTEXT_KEYS.has(key)) {
      const state = this.runs.get(run);
      if (state !== void 0) {
        state.stale = true;
        state.reader = void 0;
      }
    }
  }
  arrayOpens(path, prefix) {
    const run = runIndex(path, 3);
    if (run === void 0 || path[2] !== "results") return false;
    const reader = this.readerFor(run, prefix);
    if (reader === void 0) return false;
    this.runs.set(run, { reader: reader === "stale" ? void 0 : reader, findings: [], stale: reader === "stale" });
    return true;
  }
  element(path, index, value2) {
    const state = this.runs.get(path[1]);
    if (state?.reader === void 0) return;
    try {
      const finding = state.reader.result(value2, index);
      if (finding !== void 0) state.findings.push(finding);
    } catch (e) {
      state.error = { caught: e };
      state.reader = void 0;
    }
  }
  /** Takes `runs` as `other` read them (a second pass). */
  adopt(other, runs) {
    for (const i of runs) {
      const state = other.runs.get(i);
      if (state === void 0) this.runs.delete(i);
      else this.runs.set(i, state);
    }
  }
  staleRuns() {
    return [...this.runs].filter(([, s]) => s.stale).map(([i]) => i);
  }
  /** The findings of run `index` if its results were streamed, else undefined (read them from the run). */
  findingsOf(index) {
    const state = this.runs.get(index);
    if (state === void 0) return void 0;
    if (state.error !== void 0) throw state.error.caught;
    return state.findings;
  }
};
function runIndex(path, length) {
  if (path.length !== length || path[0] !== "runs") return void 0;
  const i = path[1];
  return typeof i === "number" ? i : void 0;
}

// src/gather/reports/stream/utf8-chunks.ts
var CHUNK_SIZE = 1 << 20;
async function* utf8Chunks(file, onRaw) {
  const handle = await openRegular(file);
  let pending;
  try {
    const buffers = [Buffer.allocUnsafeSlow(CHUNK_SIZE), Buffer.allocUnsafeSlow(CHUNK_SIZE)];
    let turn = 0;
    pending = handle.read(buffers[0], 0, CHUNK_SIZE, null);
    let decode2;
    let first = true;
    for (; ; ) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      turn ^= 1;
      pending = handle.read(buffers[turn], 0, CHUNK_SIZE, null);
      const chunk = buffer.subarray(0, bytesRead);
      onRaw?.(chunk);
      let out = chunk;
      if (first) {
        first = false;
        decode2 = decoderFor(chunk);
        if (decode2 === void 0 && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) out = chunk.subarray(3);
      }
      if (decode2 !== void 0) out = decode2(chunk);
      if (out.length > 0) yield out;
    }
    if (decode2 !== void 0) {
      const rest = decode2(Buffer.alloc(0), true);
      if (rest.length > 0) yield rest;
    }
  } finally {
    await handle.close();
  }
}
function decoderFor(first) {
  const encoding = first[0] === 255 && first[1] === 254 ? "utf-16le" : first[0] === 254 && first[1] === 255 ? "utf-16be" : void 0;
  if (encoding === void 0) return void 0;
  const decoder = new TextDecoder(encoding);
  return (chunk, last = false) => Buffer.from(decoder.decode(chunk, { stream: !last }), "utf8");
}
async function positionInStream(file, offset) {
  let line2 = 1;
  let column = 1;
  let seen = 0;
  for await (const chunk of utf8Chunks(file)) {
    const upto = Math.min(chunk.length, offset - seen);
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1 && nl < upto; nl = chunk.indexOf(10, nl + 1)) {
      line2 += 1;
      column = 1;
      from = nl + 1;
    }
    column += utf16Length(chunk, from, upto);
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return { line: line2, column };
}
function utf16Length(bytes, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if ((b & 192) !== 128) n += b >= 240 ? 2 : 1;
  }
  return n;
}

// src/gather/reports/stream/stream-report.ts
var SHALLOW = 4;
async function streamReport(file, ctx) {
  const hash = createHash("sha256");
  const sarif = SarifResults.fromPrefix(ctx);
  const gitlab2 = new GitlabVulnerabilities(ctx);
  const splitter = new JsonSplitter(
    {
      key(path, key) {
        sarif.key(path, key);
        gitlab2.key(path, key);
      },
      arrayOpens: (path, prefix) => sarif.arrayOpens(path, prefix) || gitlab2.arrayOpens(path),
      element(path, index, value2) {
        if (path.length === 1) gitlab2.element(index, value2);
        else sarif.element(path, index, value2);
      }
    },
    { shallow: SHALLOW, keepSkeleton: true }
  );
  for await (const chunk of utf8Chunks(file, (raw) => hash.update(raw))) splitter.write(chunk);
  const skeletonBytes = splitter.end();
  const sha2562 = hash.digest("hex");
  let text;
  try {
    text = skeletonBytes.toString("utf8");
  } catch {
    return { kind: "other", sha256: sha2562 };
  }
  if (sarif.runs.size === 0 && !gitlab2.streamed) return { kind: "whole", text, sha256: sha2562 };
  let skeleton;
  try {
    skeleton = JSON.parse(text);
  } catch (e) {
    throw new StreamSyntaxError("skeleton", 0, text, void 0, splitter.elisions, e.message);
  }
  if (sarifReader.detect(skeleton)) {
    const stale = sarif.staleRuns();
    if (stale.length > 0) await rereadRuns(file, skeleton, stale, ctx, sarif);
    const { tool, findings } = readSarifLog(skeleton, ctx, (run, i) => sarif.findingsOf(i) ?? run.readResults());
    return { kind: "read", format: sarifReader.format, tool, findings, sha256: sha2562 };
  }
  if (isObject(skeleton) && gitlab2.isReport(skeleton)) {
    const format = gitlab2.format(skeleton);
    const { tool, findings } = gitlab2.finish(skeleton, format);
    return { kind: "read", format, tool, findings, sha256: sha2562 };
  }
  return { kind: "other", sha256: sha2562 };
}
async function rereadRuns(file, skeleton, stale, ctx, into) {
  const runs = isObject(skeleton) && Array.isArray(skeleton.runs) ? skeleton.runs : [];
  const readers = /* @__PURE__ */ new Map();
  for (const i of stale) {
    try {
      readers.set(i, sarifRun(runs[i], i, ctx));
    } catch {
    }
  }
  if (readers.size === 0) return;
  const again = new SarifResults((i) => readers.get(i), { final: true });
  const handler = {
    key: (path, key) => again.key(path, key),
    arrayOpens: (path, prefix) => again.arrayOpens(path, prefix),
    element: (path, index, value2) => again.element(path, index, value2)
  };
  const splitter = new JsonSplitter(handler, { shallow: SHALLOW, keepSkeleton: false });
  for await (const chunk of utf8Chunks(file)) splitter.write(chunk);
  splitter.end();
  into.adopt(again, stale);
}

// src/gather/reports/load.ts
var MAX_REPORT_BYTES = 4 * 1024 ** 3;
function tooLarge(path, size, limit) {
  return new InputError(
    `${path}: the report is ${size === void 0 ? `more than ${limit}` : size} bytes; the policy allows at most ${limit} (findings.max-report-bytes).`,
    "Check that the path names the scanner report, or raise findings.max-report-bytes in the policy."
  );
}
var STREAM_ABOVE = 8 * 1024 * 1024;
var MAX_STRING = bufferConstants.MAX_STRING_LENGTH;
async function readReport(path, ctx, cwd) {
  const file = cwd === void 0 ? path : resolve2(cwd, path);
  const size = await regularFileSize(file);
  const limit = ctx.maxBytes ?? MAX_REPORT_BYTES;
  if (size !== void 0 && size > limit) throw tooLarge(path, size, limit);
  if (size !== void 0 && size > Math.min(ctx.streamAbove ?? STREAM_ABOVE, MAX_STRING)) return readInParts(path, file, size, ctx);
  let bytes;
  try {
    const read11 = await readLimited(file, size === void 0 ? Math.min(limit, MAX_STRING) : size + 1);
    if (!read11.ok) throw tooLarge(path, void 0, Math.min(limit, MAX_STRING));
    bytes = read11.bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fileError(path, e);
  }
  return parseReport(path, bytes, ctx);
}
function parseReport(path, bytes, ctx) {
  const sha2562 = createHash2("sha256").update(bytes).digest("hex");
  return readText(path, decode(bytes), bytes.length, sha2562, ctx);
}
function readText(path, text, byteLength, sha2562, ctx) {
  if (text.trim() === "") {
    throw new InputError(
      `${path}: the report is empty (${byteLength === 0 ? "0 bytes" : "only whitespace"}).`,
      "The scanner wrote no output: check that its step ran and succeeded before the gate, and that it writes its report to this path."
    );
  }
  const doc = parseJson(path, text);
  const reader = READERS.find((r) => r.detect(doc));
  if (reader === void 0) {
    throw new InputError(
      `${path}: not a supported report format (the file is ${shape(doc)}). Supported formats: ${READERS.map((r) => r.format).join(", ")}.`,
      "Ask the scanner for SARIF 2.1.0 output (most have --format sarif) or one of the listed formats, or stop passing this file to the gate."
    );
  }
  const { tool, findings } = reader.read(doc, { ...ctx, report: path });
  return { path, format: reader.format, tool, sha256: sha2562, results: findings.length, findings };
}
async function regularFileSize(file) {
  try {
    const s = await stat2(file);
    return s.isFile() ? s.size : void 0;
  } catch {
    return void 0;
  }
}
async function readInParts(path, file, size, ctx) {
  let outcome;
  try {
    outcome = await streamReport(file, { ...ctx, report: path });
  } catch (e) {
    if (e instanceof StreamSyntaxError) throw await syntaxErrorInParts(path, file, e);
    throw fileError(path, e);
  }
  switch (outcome.kind) {
    case "read":
      return { path, format: outcome.format, tool: outcome.tool, sha256: outcome.sha256, results: outcome.findings.length, findings: outcome.findings };
    case "whole":
      return readText(path, outcome.text, size, outcome.sha256, ctx);
    case "other":
      if (size <= MAX_STRING) {
        const whole = await readLimited(file, size + 1);
        if (whole.ok) return parseReport(path, whole.bytes, ctx);
      }
      throw new InputError(
        `${path}: the report is ${(size / 2 ** 30).toFixed(1)} GiB, more than can be read whole, and only SARIF and GitLab security reports are read in parts.`,
        "Ask the scanner for SARIF output, or split its report (for example one report per scanned project)."
      );
  }
}
async function syntaxErrorInParts(path, file, e) {
  const found = locateInParts(e);
  if (found === void 0) return new InputError(`${path}: not valid JSON (${e.message}).`);
  const { line: line2, column } = await positionInStream(file, found.offset);
  return new InputError(`${path}: not valid JSON at line ${line2}, column ${column}: ${found.problem}.`, found.hint);
}
function locateInParts(e) {
  if (e.skeletonBefore !== void 0) {
    const earlier = findSyntaxError(e.skeletonBefore);
    if (earlier !== void 0 && earlier.hint !== TRUNCATED_HINT) return inSkeleton(e.skeletonBefore, earlier, e);
  }
  if (e.piece === "separator") return { offset: e.offset, problem: e.message };
  const found = findSyntaxError(e.text);
  if (found === void 0) return void 0;
  if (e.piece === "skeleton") return inSkeleton(e.text, found, e);
  const offset = e.offset + Buffer.byteLength(e.text.slice(0, found.offset));
  if (found.problem.startsWith("expected the end of the file")) return { offset, problem: `expected ',' or ']', found ${quote(e.text[found.offset])}` };
  return { ...found, offset };
}
function inSkeleton(text, found, e) {
  return { ...found, offset: streamOffset(Buffer.byteLength(text.slice(0, found.offset)), e.elisions) };
}
function fileError(path, e) {
  const code = e?.code;
  if (code === "ENOENT") {
    return new InputError(`${path}: report file not found.`, "Check the path and that the scanner step ran before the gate.");
  }
  if (code === "EISDIR") {
    return new InputError(`${path}: is a directory, not a report file.`, `Name the report files inside it, or use a glob such as ${path.replace(/\/$/, "")}/*.sarif.`);
  }
  if (code === "EACCES" || code === "EPERM") {
    return new InputError(`${path}: the report cannot be read (permission denied).`, "Make the file readable by the user that runs the gate.");
  }
  return e;
}
function decode(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
function parseJson(path, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const found = findSyntaxError(text);
    if (found === void 0) throw new InputError(`${path}: not valid JSON (${e.message}).`);
    const { line: line2, column } = lineAndColumn(text, found.offset);
    throw new InputError(`${path}: not valid JSON at line ${line2}, column ${column}: ${found.problem}.`, found.hint);
  }
}
function shape(doc) {
  if (Array.isArray(doc)) return `a JSON array of ${doc.length} item${doc.length === 1 ? "" : "s"}`;
  if (doc !== null && typeof doc === "object") {
    const keys = Object.keys(doc);
    if (keys.length === 0) return "an empty JSON object";
    const shown = keys.slice(0, 6).map((k) => JSON.stringify(k)).join(", ");
    return `a JSON object with keys ${shown}${keys.length > 6 ? ", \u2026" : ""}`;
  }
  return `a single JSON ${doc === null ? "null" : typeof doc}`;
}
function lineAndColumn(text, offset) {
  let line2 = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line2 += 1;
    lineStart = i + 1;
  }
  return { line: line2, column: offset - lineStart + 1 };
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LITERALS = ["true", "false", "null"];
var ESCAPES = /* @__PURE__ */ new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
var TRUNCATED_HINT = "The file ends early: the scanner was probably interrupted, or the artifact was cut. Re-run the scanner.";
function findSyntaxError(text) {
  const stack = [];
  let state = "value";
  let i = 0;
  const afterValue = () => stack.length === 0 ? "end" : "comma-or-close";
  const atEnd = (expected) => ({ offset: i, problem: `expected ${expected}, but the file ends`, hint: TRUNCATED_HINT });
  for (; ; ) {
    while (i < text.length && " 	\n\r".includes(text[i])) i += 1;
    const ch = text[i];
    switch (state) {
      case "end":
        if (ch === void 0) return void 0;
        return { offset: i, problem: "expected the end of the file after the top-level value, found more text", hint: "A report holds one JSON document; write each scanner run to its own file." };
      case "value-or-close":
      case "value": {
        if (state === "value-or-close" && ch === "]") {
          stack.pop();
          i += 1;
          state = afterValue();
          break;
        }
        if (ch === void 0) return atEnd("a value");
        if (ch === "{" || ch === "[") {
          stack.push(ch);
          i += 1;
          state = ch === "{" ? "key-or-close" : "value-or-close";
          break;
        }
        if (ch === '"') {
          const bad = scanString();
          if (bad !== void 0) return bad;
          state = afterValue();
          break;
        }
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        const literal = LITERALS.find((l) => text.startsWith(l, i));
        if (number !== null || literal !== void 0) {
          i += number !== null ? number[0].length : literal.length;
          state = afterValue();
          break;
        }
        return notAValue(ch);
      }
      case "key-or-close":
      case "key":
        if (state === "key-or-close" && ch === "}") {
          stack.pop();
          i += 1;
          state = afterValue();
          break;
        }
        if (ch === void 0) return atEnd("a property name");
        if (ch !== '"') return { offset: i, problem: `expected a property name in double quotes, found ${quote(ch)}` };
        {
          const bad = scanString();
          if (bad !== void 0) return bad;
        }
        state = "colon";
        break;
      case "colon":
        if (ch === void 0) return atEnd("':'");
        if (ch !== ":") return { offset: i, problem: `expected ':' after the property name, found ${quote(ch)}` };
        i += 1;
        state = "value";
        break;
      case "comma-or-close": {
        const close = stack[stack.length - 1] === "{" ? "}" : "]";
        if (ch === void 0) return atEnd(`',' or '${close}'`);
        if (ch === ",") {
          i += 1;
          state = close === "}" ? "key" : "value";
        } else if (ch === close) {
          stack.pop();
          i += 1;
          state = afterValue();
        } else {
          return { offset: i, problem: `expected ',' or '${close}', found ${quote(ch)}` };
        }
        break;
      }
    }
  }
  function notAValue(ch) {
    if (stack.length === 0) {
      const looks = ch === "<" ? "XML or HTML" : "plain text";
      return {
        offset: i,
        problem: `expected a SARIF 2.1.0 or other supported JSON report; this looks like ${looks}`,
        hint: "The scanner's console output was saved instead of its report: run it with its SARIF or JSON output option (e.g. --format sarif) writing to this file."
      };
    }
    return { offset: i, problem: `expected a value (object, array, string, number, true, false or null), found ${quote(ch)}` };
  }
  function scanString() {
    const start = i;
    let j = i + 1;
    for (; ; ) {
      const c = text.charCodeAt(j);
      if (Number.isNaN(c)) {
        i = j;
        return { offset: start, problem: `expected a closing '"' for the string that starts here, but the file ends`, hint: TRUNCATED_HINT };
      }
      if (c === 34) {
        i = j + 1;
        return void 0;
      }
      if (c < 32) return { offset: j, problem: "expected no raw control character (such as a line break) inside a string; escape it" };
      if (c === 92) {
        const e = text[j + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 6;
        else if (e !== void 0 && ESCAPES.has(e)) j += 2;
        else return { offset: j, problem: `expected a valid escape after '\\', found ${e === void 0 ? "the end of the file" : quote(e)}` };
      } else {
        j += 1;
      }
    }
  }
}
function quote(ch) {
  return JSON.stringify(ch);
}

// src/core/plans/cloudformation-changes.ts
var ACTION = {
  Add: "create",
  Import: "create",
  Modify: "modify",
  Dynamic: "update",
  Remove: "delete",
  SyncWithActual: "drift"
};
var CLOUDFORMATION_ACTIONS = Object.keys(ACTION);
var CLOUDFORMATION_REPLACEMENTS = ["True", "False", "Conditional"];
function isCloudFormationAction(action) {
  return ownEntry(ACTION, action) !== void 0;
}
function cloudFormationResource(c) {
  const kind = ownEntry(ACTION, c.action);
  if (kind === "drift") return "drift";
  if (kind === void 0) throw new Error(`unchecked CloudFormation action ${c.action}`);
  const base = { address: c.logicalId, type: c.type };
  const retained = c.policyAction === "Retain" || c.policyAction === "ReplaceAndRetain";
  const snapshot = c.policyAction === "Snapshot" || c.policyAction === "ReplaceAndSnapshot";
  const extras = { ...retained ? { retained } : {}, ...snapshot ? { snapshot } : {} };
  if (kind !== "modify") return kind === "delete" ? { ...base, action: kind, ...extras } : { ...base, action: kind };
  if (c.replacement !== "True" && c.replacement !== "Conditional") return { ...base, action: "update" };
  const conditional = c.replacement === "Conditional";
  const wanted = conditional ? ["Always", "Conditionally"] : ["Always"];
  const paths = [...new Set(c.recreation.filter((d) => wanted.includes(d.requires)).map((d) => d.name))];
  return { ...base, action: "replace", ...paths.length ? { replacePaths: paths } : {}, ...conditional ? { conditional } : {}, ...extras };
}

// src/gather/plans/format.ts
function requiredString(o, key, expected = "a string") {
  const v = o.string(key);
  return v !== void 0 && v !== "" ? v : o.at.key(key).fail(expected, o.value[key]);
}

// src/gather/plans/formats/cloudformation.ts
var NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
var CloudFormationReading = class {
  resources = [];
  drift = 0;
  nested = [];
  element(_array, value2, at) {
    const o = new Obj(value2, at);
    const type = o.string("Type") ?? "Resource";
    if (type !== "Resource") o.at.key("Type").fail('"Resource"', type);
    const rc = o.requiredObject("ResourceChange");
    const action = requiredString(rc, "Action", "a change action (a string)");
    if (!isCloudFormationAction(action)) rc.at.key("Action").fail(`one of ${CLOUDFORMATION_ACTIONS.join(", ")}`, action);
    const replacement = rc.string("Replacement");
    if (replacement !== void 0 && !CLOUDFORMATION_REPLACEMENTS.includes(replacement)) rc.at.key("Replacement").fail(`one of ${CLOUDFORMATION_REPLACEMENTS.join(", ")}`, replacement);
    const recreation = rc.objects("Details").flatMap((d) => {
      const target = d.object("Target");
      const requires = target?.string("RequiresRecreation");
      const name = target?.string("Name") ?? target?.string("Attribute");
      return requires && name ? [{ name, requires }] : [];
    });
    const logicalId = requiredString(rc, "LogicalResourceId", "the logical resource id (a string)");
    const resourceType = requiredString(rc, "ResourceType", "the resource type (a string)");
    const read11 = cloudFormationResource({ action, logicalId, type: resourceType, replacement, policyAction: rc.string("PolicyAction"), recreation });
    if (read11 === "drift") this.drift += 1;
    else this.resources.push(read11);
    if (resourceType === "AWS::CloudFormation::Stack" && rc.string("ChangeSetId")) this.nested.push(logicalId);
  }
  finish(root) {
    root.elements("Changes");
    const next = root.string("NextToken");
    if (next) root.at.key("NextToken").fail("absent: this is only the first page of the change set (let the AWS CLI fetch every page, or follow NextToken and merge the Changes)", next);
    if (root.string("Status") === "FAILED" && !NO_CHANGES.test(root.string("StatusReason") ?? "")) {
      root.at.key("Status").fail(`a change set that was created (its StatusReason: ${JSON.stringify(root.string("StatusReason") ?? "")})`, "FAILED");
    }
    const notes = this.nested.map((id) => `Nested stack ${id}: its own resource changes are in a change set of their own; pass that change set too.`);
    return { tool: "cloudformation", toolVersion: null, formatVersion: null, resources: this.resources, drift: this.drift, notes };
  }
};
var cloudFormationChangeSet = {
  name: "CloudFormation change set",
  arrays: ["Changes"],
  detect: (root) => ("ChangeSetId" in root || "ChangeSetName" in root) && ("Changes" in root || "Status" in root),
  start: () => new CloudFormationReading(),
  produce: "Write the change set with `aws cloudformation describe-change-set --change-set-name NAME --stack-name STACK --output json > changeset.json`."
};

// src/core/plans/pulumi-ops.ts
var REPLACE_OPS = /* @__PURE__ */ new Set(["replace", "create-replacement", "delete-replaced"]);
var STEP_ACTION = {
  same: "no-op",
  create: "create",
  update: "update",
  delete: "delete",
  read: "read",
  "read-replacement": "read",
  // An import adopts an object that already exists: nothing is destroyed.
  import: "create",
  "import-replacement": "create",
  // Removed from the stack's state only; the object itself is left alone.
  discard: "forget",
  "discard-replaced": "forget",
  "remove-pending-replace": "forget",
  refresh: "drift"
};
var PULUMI_OPS = [...Object.keys(STEP_ACTION), ...REPLACE_OPS];
function isPulumiOp(op) {
  return REPLACE_OPS.has(op) || ownEntry(STEP_ACTION, op) !== void 0;
}
function pulumiResources(steps) {
  const byUrn = /* @__PURE__ */ new Map();
  for (const s of steps) byUrn.set(s.urn, [...byUrn.get(s.urn) ?? [], s]);
  const resources = [];
  let drift = 0;
  for (const [urn, group] of byUrn) {
    const ops = group.map((s) => s.op);
    const base = { address: urn, type: group[0].type };
    const retained = group.some((s) => s.retainOnDelete);
    if (ops.some((op) => REPLACE_OPS.has(op))) {
      const r = { ...base, action: "replace" };
      const created = ops.indexOf("create-replacement");
      const deleted = ops.indexOf("delete-replaced");
      if (created >= 0 && deleted >= 0) r.order = deleted < created ? "delete-first" : "create-first";
      const reasons = [...new Set(group.flatMap((s) => s.replaceReasons))];
      if (reasons.length) r.replacePaths = reasons;
      if (retained) r.retained = true;
      resources.push(r);
      continue;
    }
    for (const op of ops) {
      const action = ownEntry(STEP_ACTION, op);
      if (action === "drift") drift += 1;
      else if (action !== void 0) resources.push(action === "delete" && retained ? { ...base, action, retained } : { ...base, action });
    }
  }
  return { resources, drift };
}
function typeOfUrn(urn) {
  const qualified = urn.split("::")[2] ?? "";
  return qualified.slice(qualified.lastIndexOf("$") + 1);
}

// src/gather/plans/formats/pulumi.ts
var PulumiReading = class {
  steps = [];
  element(_array, value2, at) {
    const o = new Obj(value2, at);
    const op = requiredString(o, "op", "a step operation (a string)");
    if (!isPulumiOp(op)) o.at.key("op").fail(`one of ${PULUMI_OPS.join(", ")}`, op);
    const urn = requiredString(o, "urn", "the resource URN (a string)");
    const oldState = o.object("oldState");
    const type = o.object("newState")?.string("type") ?? oldState?.string("type") ?? typeOfUrn(urn);
    this.steps.push({ op, urn, type, replaceReasons: o.strings("replaceReasons"), retainOnDelete: oldState?.boolean("retainOnDelete") === true });
  }
  finish(root) {
    root.elements("steps");
    for (const d of root.objects("diagnostics")) {
      if (d.string("severity") === "error") {
        d.at.key("severity").fail(`not "error": the preview failed (${(d.string("message") ?? "").trim().slice(0, 200)}), so it does not say everything the change will do`, "error");
      }
    }
    const notes = [];
    if (root.boolean("maybeCorrupt") === true) notes.push("Pulumi marks this preview as possibly corrupt (maybeCorrupt): re-run the preview before trusting it.");
    const { resources, drift } = pulumiResources(this.steps);
    return { tool: "pulumi", toolVersion: null, formatVersion: null, resources, drift, notes };
  }
};
var pulumiPreview = {
  name: "Pulumi preview JSON",
  arrays: ["steps"],
  // A preview without changes may leave `steps` out; the summary and duration are always written.
  detect: (root) => isObject(root.changeSummary) && ("steps" in root || "duration" in root),
  start: () => new PulumiReading(),
  produce: "Write the preview with `pulumi preview --json > preview.json`."
};

// src/core/plans/terraform-actions.ts
var TERRAFORM_ACTIONS = {
  "no-op": { action: "no-op" },
  create: { action: "create" },
  read: { action: "read" },
  update: { action: "update" },
  delete: { action: "delete" },
  "delete,create": { action: "replace", order: "delete-first" },
  "create,delete": { action: "replace", order: "create-first" },
  // Terraform 1.7+: the object leaves state and is left alone; with "create" a new one is made beside it.
  forget: { action: "forget" },
  "create,forget": { action: "forget" }
};
var TERRAFORM_ACTION_LISTS = Object.keys(TERRAFORM_ACTIONS).map((k) => JSON.stringify(k.split(",")));
function terraformAction(actions) {
  return ownEntry(TERRAFORM_ACTIONS, actions.join(","));
}
function attributePath(steps) {
  let out = "";
  for (const step of steps) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

// src/gather/plans/formats/terraform.ts
var OPENTOFU_REGISTRY = "registry.opentofu.org/";
var TerraformReading = class {
  resources = [];
  drift = 0;
  opentofu = false;
  element(array3, value2, at) {
    const o = new Obj(value2, at);
    this.opentofu ||= o.string("provider_name")?.startsWith(OPENTOFU_REGISTRY) ?? false;
    if (array3 === "resource_drift") this.drift += 1;
    else this.resources.push(resourceChange(o));
  }
  finish(root) {
    const formatVersion = root.string("format_version") ?? null;
    const major = formatVersion === null ? void 0 : /^(\d+)\./.exec(formatVersion)?.[1];
    if (formatVersion !== null && (major === void 0 || Number(major) > 1)) {
      root.at.key("format_version").fail("a format version this gate reads (0.x or 1.x)", formatVersion);
    }
    root.elements("resource_changes");
    root.elements("resource_drift");
    if (root.boolean("errored") === true) {
      root.at.key("errored").fail("false: Terraform reports that planning failed, so the plan does not say everything the change will do", true);
    }
    const notes = [];
    if (root.boolean("complete") === false) notes.push("Terraform marks this plan incomplete: some changes are deferred until a later plan, so more may follow.");
    return {
      tool: this.opentofu ? "opentofu" : "terraform",
      toolVersion: root.string("terraform_version") ?? null,
      formatVersion,
      resources: this.resources,
      drift: this.drift,
      notes
    };
  }
};
function resourceChange(o) {
  const address = requiredString(o, "address", "the resource address (a string)");
  const change = o.requiredObject("change");
  const actions = change.requiredElements("actions").map((e) => typeof e.value === "string" ? e.value : e.at.fail("an action name (a string)", e.value));
  const row = terraformAction(actions) ?? change.at.key("actions").fail(`one of ${TERRAFORM_ACTION_LISTS.join(", ")}`, JSON.stringify(actions));
  const resource = { address, type: requiredString(o, "type", "the resource type (a string)"), action: row.action };
  if (row.order) resource.order = row.order;
  if (o.string("mode") === "data") resource.dataSource = true;
  const reason = o.string("action_reason");
  if (reason) resource.reasonCode = reason;
  const paths = change.elements("replace_paths").map((p) => {
    if (!Array.isArray(p.value)) return p.at.fail("a list of keys and indexes", p.value);
    return attributePath(p.value.map((step, i) => typeof step === "string" || typeof step === "number" ? step : p.at.index(i).fail("a key or an index", step)));
  });
  if (paths.length) resource.replacePaths = [...new Set(paths)];
  const deposed = o.string("deposed");
  if (deposed) resource.deposed = deposed;
  return resource;
}
var terraformPlan = {
  name: "Terraform plan JSON",
  arrays: ["resource_changes", "resource_drift"],
  // A plan without changes may leave resource_changes out; planned_values is always there.
  detect: (root) => "resource_changes" in root || "format_version" in root && "planned_values" in root,
  start: () => new TerraformReading(),
  produce: "Write the plan with `terraform plan -out=plan.tfplan` and `terraform show -json plan.tfplan > plan.json` (OpenTofu: `tofu show -json`)."
};

// src/gather/plans/formats/index.ts
var PLAN_FORMATS = [terraformPlan, pulumiPreview, cloudFormationChangeSet];
var LOOK_ALIKES = [
  {
    is: (r) => "format_version" in r && "values" in r,
    what: "Terraform state as `terraform show -json` prints it without a plan file",
    instead: "Pass the plan file to show: `terraform plan -out=plan.tfplan && terraform show -json plan.tfplan > plan.json`."
  },
  {
    is: (r) => "lineage" in r && "serial" in r && Array.isArray(r.resources),
    what: "a Terraform state file (terraform.tfstate)",
    instead: "The state says what exists, not what will change: pass `terraform show -json plan.tfplan` output instead."
  },
  {
    is: (r) => "deployment" in r && "version" in r,
    what: "a Pulumi stack export (`pulumi stack export`)",
    instead: "Pass `pulumi preview --json` output instead."
  },
  {
    is: (r) => Array.isArray(r.Stacks) || "StackResourceDrifts" in r,
    what: "a CloudFormation stack description",
    instead: "Create a change set and pass `aws cloudformation describe-change-set ... --output json` output instead."
  }
];
function lookAlike(root) {
  return LOOK_ALIKES.find((l) => l.is(root));
}
var SUPPORTED_PLANS = "Terraform or OpenTofu plan JSON (`show -json PLANFILE`), Pulumi preview JSON (`pulumi preview --json`) or a CloudFormation change set (`aws cloudformation describe-change-set --output json`)";

// src/gather/plans/read-plan.ts
var MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;
var MAX_PLAN_BYTES = 4 * 1024 ** 3;
var SKIPPED = [
  "planned_values/root_module/resources",
  "planned_values/root_module/child_modules",
  "prior_state/values/root_module/resources",
  "prior_state/values/root_module/child_modules"
];
var SHALLOW2 = 5;
var PRODUCE_ANY = "Write the plan as JSON with the tool itself and pass the file unchanged: `terraform show -json plan.tfplan > plan.json`, `pulumi preview --json > preview.json` or `aws cloudformation describe-change-set ... --output json > changeset.json`.";
async function readPlan(path, cwd, maxBytes = MAX_PLAN_BYTES) {
  const file = resolve3(cwd, path);
  await checkFile(path, file, maxBytes);
  const pending = /* @__PURE__ */ new Map();
  for (const format of PLAN_FORMATS) {
    const entry = { format, reading: format.start() };
    for (const array3 of format.arrays) pending.set(array3, entry);
  }
  const handler = {
    key() {
    },
    arrayOpens: (at) => at.length === 1 && pending.has(String(at[0])) || SKIPPED.includes(at.join("/")),
    element(at, index, value2) {
      if (at.length !== 1) return;
      const array3 = String(at[0]);
      const entry = pending.get(array3);
      if (entry.problem) return;
      try {
        entry.reading.element(array3, value2, JsonPath.root(path, entry.format.name).key(array3).index(index));
      } catch (e) {
        if (!isInputError(e)) throw e;
        entry.problem = e;
      }
    }
  };
  const hash = createHash3("sha256");
  const splitter = new JsonSplitter(handler, { shallow: SHALLOW2, keepSkeleton: true });
  let bytes = 0;
  let started = false;
  let skeleton;
  try {
    const chunks = utf8Chunks(file, (raw) => {
      bytes += raw.length;
      if (bytes > maxBytes) throw tooLarge2(path, void 0, maxBytes);
      hash.update(raw);
    });
    for await (const chunk of chunks) {
      if (!started) started = startsLikeJson(path, chunk);
      splitter.write(chunk);
    }
    if (!started) throw new InputError(`${path}: the plan is empty (${bytes === 0 ? "0 bytes" : "only whitespace"}).`, `The step that writes it produced nothing: check that it ran before the gate. ${PRODUCE_ANY}`);
    skeleton = splitter.end();
  } catch (e) {
    throw await asPlanError(path, file, e);
  }
  let root;
  try {
    root = JSON.parse(skeleton.toString("utf8"));
  } catch (e) {
    const text = skeleton.length <= MAX_STRING_LENGTH ? skeleton.toString("utf8") : "";
    throw await asPlanError(path, file, new StreamSyntaxError("skeleton", 0, text, void 0, splitter.elisions, e.message));
  }
  return finishPlan(path, root, pending, hash.digest("hex"));
}
function finishPlan(path, root, pending, sha2562) {
  const format = isObject(root) ? PLAN_FORMATS.find((f) => f.detect(root)) : void 0;
  if (format === void 0 || !isObject(root)) {
    const other = isObject(root) ? lookAlike(root) : void 0;
    if (other) throw new InputError(`${path}: this is ${other.what}, not a plan.`, other.instead);
    throw new InputError(`${path}: not a supported plan (the file is ${shape(root)}). Supported: ${SUPPORTED_PLANS}.`, PRODUCE_ANY);
  }
  const entry = pending.get(format.arrays[0]);
  try {
    if (entry.problem) throw entry.problem;
    return { path, sha256: sha2562, ...entry.reading.finish(Obj.root(root, path, format.name)) };
  } catch (e) {
    if (!isInputError(e)) throw e;
    throw new InputError(e.message, format.produce);
  }
}
function startsLikeJson(path, chunk) {
  let i = 0;
  while (i < chunk.length && (chunk[i] === 32 || chunk[i] === 9 || chunk[i] === 10 || chunk[i] === 13)) i += 1;
  if (i === chunk.length) return false;
  const start = chunk.toString("utf8", i, Math.min(chunk.length, i + 60));
  if (start.startsWith("[command]")) {
    throw new InputError(
      `${path}: not JSON: the file starts with "[command]", the line the setup-terraform wrapper adds to what Terraform prints.`,
      "Turn the wrapper off for the step that writes the plan (hashicorp/setup-terraform with `terraform_wrapper: false`), or write the JSON with `terraform show -json plan.tfplan > plan.json` in a shell step without it."
    );
  }
  if (start[0] !== "{" && start[0] !== "[") {
    throw new InputError(
      `${path}: not JSON: it starts with ${JSON.stringify(start.split(/\r?\n/)[0])}; this looks like the console output of a plan, not the plan as JSON.`,
      PRODUCE_ANY
    );
  }
  return true;
}
async function checkFile(path, file, maxBytes) {
  let s;
  try {
    s = await stat3(file);
  } catch (e) {
    throw fileError2(path, e);
  }
  if (s.isDirectory()) throw new InputError(`${path}: is a directory, not a plan file.`, `Name the plan files inside it, or use a glob such as ${path.replace(/\/$/, "")}/*.json.`);
  if (s.isFile() && s.size > maxBytes) throw tooLarge2(path, s.size, maxBytes);
}
function tooLarge2(path, size, limit) {
  return new InputError(`${path}: the plan is ${size === void 0 ? `more than ${limit}` : size} bytes; at most ${limit} are read.`, "Check that the path names the plan JSON, or split the plan (one per root module or stack).");
}
function fileError2(path, e) {
  const code = e?.code;
  if (code === "ENOENT") return new InputError(`${path}: plan file not found.`, "Check the path, and that the job or step that writes the plan ran before the gate and handed the file over (an artifact).");
  if (code === "EACCES" || code === "EPERM") return new InputError(`${path}: the plan cannot be read (permission denied).`, "Make the file readable by the user that runs the gate.");
  return e;
}
async function asPlanError(path, file, e) {
  if (isInputError(e)) return e;
  if (!(e instanceof StreamSyntaxError)) return fileError2(path, e);
  const err = await syntaxErrorInParts(path, file, e);
  if (/found more text/.test(err.message)) {
    return new InputError(
      err.message,
      'More follows the first JSON document. Several plans in one file (as from `terragrunt run-all show -json`) must each be written to a file of their own and passed together, e.g. --plans "plans/*.json"; otherwise the file was edited or cut and pasted together: regenerate it.'
    );
  }
  if (/the file ends/.test(err.message)) return new InputError(err.message, `The plan ends early: the step that wrote it was interrupted, or the artifact was cut. ${PRODUCE_ANY}`);
  return new InputError(err.message, PRODUCE_ANY);
}

// src/gather/plans/gather.ts
function levelFor(missing) {
  return missing === "fail" ? "error" : missing === "warn" ? "warning" : void 0;
}
async function gatherPlans(patterns, cwd, policy) {
  const level = levelFor(policy.plans.missing);
  const plans = [];
  const violations = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { pattern, files } of await collectReports(patterns, cwd)) {
    if (files.length === 0 && level !== void 0) {
      violations.push({
        rule: "plans.plan-missing",
        message: `No plan matched ${JSON.stringify(pattern)}; the blast radius could not be read from a plan.`,
        remediation: "Check that the job or step that writes the plan JSON ran before the gate and handed the file over (in CI, as an artifact); or set plans.missing to warn or ignore.",
        level
      });
    }
    for (const file of files) {
      const key = resolve4(cwd, file);
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        plans.push(await readPlan(file, cwd));
      } catch (e) {
        if (!isInputError(e)) throw e;
        if (level === void 0) continue;
        const detail = e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message;
        violations.push({ rule: "plans.plan-unreadable", message: `The plan ${file} could not be read: ${detail}`, remediation: e.hint ?? "Regenerate the plan JSON with its tool.", level });
      }
    }
  }
  return { plans, violations };
}

// src/gather/reports/gather.ts
import { resolve as resolve5 } from "node:path";
var KIND_WORDS = { report: "scanner report", baseline: "baseline report" };
function levelFor2(missing) {
  return missing === "fail" ? "error" : missing === "warn" ? "warning" : void 0;
}
function missingViolation(pattern, kind, level) {
  return {
    rule: "findings.report-missing",
    message: `No ${KIND_WORDS[kind]} matched ${JSON.stringify(pattern)}; expected a SARIF or other supported JSON report there.`,
    remediation: kind === "report" ? "Check that the scanner step ran before the gate and writes its report to this path (in CI, that the artifact was downloaded); or set findings.missing to warn or ignore." : "Produce the baseline reports from the base revision before the gate runs, or drop --baseline so report baseline states decide what is new.",
    level
  };
}
function unreadableViolation(file, kind, message2, hint, level) {
  const detail = message2.startsWith(`${file}: `) ? message2.slice(file.length + 2) : message2;
  return {
    rule: "findings.report-unreadable",
    message: `The ${KIND_WORDS[kind]} ${file} could not be read: ${detail}`,
    remediation: hint ?? "Re-run the scanner so it writes a complete SARIF 2.1.0 or other supported JSON report to this path.",
    level
  };
}
async function gatherKind(patterns, kind, cwd, ctx, level, seen, violations) {
  const reports = [];
  for (const { pattern, files } of await collectReports(patterns, cwd)) {
    if (files.length === 0 && level !== void 0) violations.push(missingViolation(pattern, kind, level));
    for (const file of files) {
      const key = `${kind}\0${resolve5(cwd, file)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        reports.push(await readReport(file, ctx, cwd));
      } catch (e) {
        if (!isInputError(e)) throw e;
        if (level !== void 0) violations.push(unreadableViolation(file, kind, e.message, e.hint, level));
      }
    }
  }
  return reports;
}
async function gatherReports(patterns, baselinePatterns, cwd, policy, ctx = {}) {
  const load = { secretSeverity: policy.findings["secret-severity"], maxBytes: policy.findings["max-report-bytes"], ...ctx };
  const level = levelFor2(policy.findings.missing);
  const violations = [];
  const seen = /* @__PURE__ */ new Set();
  const reports = await gatherKind(patterns, "report", cwd, load, level, seen, violations);
  const baselineReports = await gatherKind(baselinePatterns, "baseline", cwd, load, level, seen, violations);
  return { reports, baselineReports, baseline: baselineReports.flatMap((r) => r.findings), violations };
}

// src/gather/codeowners.ts
async function readCodeownersWith(read11, rev, syntax) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await read11(path);
    if (text === void 0) continue;
    const flavour = syntax ?? (path.startsWith(".gitlab/") ? "gitlab" : void 0);
    return { path, rev, codeowners: parseCodeowners(text, flavour), text, ...flavour ? { syntax: flavour } : {} };
  }
  return void 0;
}

// src/core/attribution/line-level/added-lines.ts
function parseAddedLines(log) {
  const result = /* @__PURE__ */ new Map();
  for (const chunk of log.split("\0")) {
    const newline = chunk.indexOf("\n");
    const sha = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    const files = /* @__PURE__ */ new Map();
    result.set(sha, files);
    if (newline < 0) continue;
    const lines = chunk.slice(newline + 1).split("\n");
    let path;
    for (let i = 0; i < lines.length; ) {
      const line2 = lines[i];
      if (line2.startsWith("diff --git ")) {
        path = void 0;
      } else if (line2.startsWith("+++ ")) {
        path = headerPath(line2.slice(4), "b/");
      } else {
        const header = parseHunkHeader(line2);
        if (header) {
          const sink = { addedRanges: [] };
          i = readHunk(lines, i + 1, header, sink);
          if (path !== void 0 && sink.addedRanges.length) {
            const ranges = files.get(path) ?? [];
            for (const [start, end] of sink.addedRanges) ranges.push({ start, end });
            files.set(path, ranges);
          }
          continue;
        }
      }
      i++;
    }
  }
  return result;
}

// src/core/attribution/line-level/agent-trace.ts
var CONTRIBUTOR_TYPES = ["human", "ai", "mixed", "unknown"];
function parseAgentTrace(text, source) {
  const records = [];
  const problems = [];
  const take = (value2, where) => {
    const items = Array.isArray(value2) ? value2.map((v, i) => [v, `${where}[${i}]`]) : [[value2, where]];
    for (const [item, at] of items) {
      const r = toRecord(item, at);
      if (typeof r === "string") problems.push(`${at}: ${r}; record skipped`);
      else records.push(r);
    }
  };
  if (text.trim() === "") return { records, problems };
  const whole = tryJson(text);
  if (whole.ok && !source.endsWith(".jsonl")) {
    take(whole.value, source);
    return { records, problems };
  }
  const lines = text.split("\n");
  const nonEmpty2 = lines.filter((l) => l.trim() !== "");
  if (!whole.ok && !source.endsWith(".jsonl") && (nonEmpty2.length < 2 || !tryJson(nonEmpty2[0]).ok)) {
    problems.push(`${source}: not valid JSON or JSON Lines (${whole.error}); file skipped`);
    return { records, problems };
  }
  lines.forEach((line2, i) => {
    if (line2.trim() === "") return;
    const at = `${source}:${i + 1}`;
    const parsed = tryJson(line2);
    if (parsed.ok) take(parsed.value, at);
    else problems.push(`${at}: not valid JSON (${parsed.error}); line skipped`);
  });
  return { records, problems };
}
function tryJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var Invalid = class extends Error {
};
function need(ok, value2, message2) {
  if (!ok) throw new Invalid(message2);
  return value2;
}
function requiredString2(o, key, path) {
  const v = o[key];
  return need(typeof v === "string" && v !== "", v, `${path}${key} must be a non-empty string`);
}
function optionalString(o, key, path) {
  const v = o[key];
  if (v === void 0) return void 0;
  return need(typeof v === "string", v, `${path}${key} must be a string`);
}
function array2(o, key, path) {
  const v = o[key];
  return need(Array.isArray(v), v, `${path}${key} must be an array`);
}
function object2(v, path) {
  return need(isObject2(v), v, `${path} must be an object`);
}
function toRecord(value2, origin) {
  try {
    const o = object2(value2, "the record");
    const record = {
      version: requiredString2(o, "version", ""),
      id: requiredString2(o, "id", ""),
      timestamp: requiredString2(o, "timestamp", ""),
      files: array2(o, "files", "").map((f, i) => toFile(f, `files[${i}]`)),
      origin
    };
    if (o.vcs !== void 0) {
      const vcs = object2(o.vcs, "vcs");
      record.vcs = { type: requiredString2(vcs, "type", "vcs."), revision: requiredString2(vcs, "revision", "vcs.") };
    }
    if (o.tool !== void 0) {
      const tool = object2(o.tool, "tool");
      const name = optionalString(tool, "name", "tool.");
      const version = optionalString(tool, "version", "tool.");
      record.tool = {};
      if (name) record.tool.name = name;
      if (version) record.tool.version = version;
    }
    return record;
  } catch (e) {
    if (e instanceof Invalid) return e.message;
    throw e;
  }
}
function toFile(value2, path) {
  const o = object2(value2, path);
  return {
    path: requiredString2(o, "path", `${path}.`),
    conversations: array2(o, "conversations", `${path}.`).map(
      (c, i) => toConversation(c, `${path}.conversations[${i}]`)
    )
  };
}
function toConversation(value2, path) {
  const o = object2(value2, path);
  const contributor = o.contributor === void 0 ? void 0 : toContributor(o.contributor, `${path}.contributor`);
  const conversation = {
    ranges: array2(o, "ranges", `${path}.`).map((r, i) => toRange(r, `${path}.ranges[${i}]`, contributor))
  };
  const url = optionalString(o, "url", `${path}.`);
  if (url) conversation.url = url;
  if (contributor) conversation.contributor = contributor;
  return conversation;
}
function toContributor(value2, path) {
  const o = object2(value2, path);
  const type = o.type;
  need(
    typeof type === "string" && CONTRIBUTOR_TYPES.includes(type),
    type,
    `${path}.type must be one of ${CONTRIBUTOR_TYPES.join(", ")}`
  );
  const contributor = { type };
  const model = optionalString(o, "model_id", `${path}.`);
  if (model) contributor.model_id = model;
  return contributor;
}
function toRange(value2, path, inherited) {
  const o = object2(value2, path);
  const start = o.start_line;
  const end = o.end_line;
  need(Number.isSafeInteger(start) && start >= 1, 0, `${path}.start_line must be an integer \u2265 1`);
  need(
    Number.isSafeInteger(end) && end >= start,
    0,
    `${path}.end_line must be an integer \u2265 start_line`
  );
  const range = { start_line: start, end_line: end };
  const own2 = o.contributor === void 0 ? void 0 : toContributor(o.contributor, `${path}.contributor`);
  const contributor = own2 ?? inherited;
  if (contributor) range.contributor = contributor;
  const hash = optionalString(o, "content_hash", `${path}.`);
  if (hash) range.content_hash = hash;
  return range;
}

// src/core/attribution/line-level/line-ranges.ts
function normalizeRanges(ranges) {
  const sorted = ranges.filter((r) => r.end >= r.start).map((r) => ({ ...r })).sort((a, b) => a.start - b.start);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) {
      last.end = Math.max(last.end, r.end);
    } else {
      out.push(r);
    }
  }
  return out;
}
function unionRanges(a, b) {
  return normalizeRanges([...a, ...b]);
}
function intersectRanges(a, b) {
  const x = normalizeRanges(a);
  const y = normalizeRanges(b);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i];
    const q = y[j];
    const start = Math.max(p.start, q.start);
    const end = Math.min(p.end, q.end);
    if (start <= end) out.push({ start, end });
    if (p.end < q.end) i++;
    else j++;
  }
  return out;
}
function subtractRanges(a, b) {
  const cut = normalizeRanges(b);
  const out = [];
  for (const r of normalizeRanges(a)) {
    let start = r.start;
    for (const c of cut) {
      if (c.end < start || c.start > r.end) continue;
      if (c.start > start) out.push({ start, end: c.start - 1 });
      start = c.end + 1;
      if (start > r.end) break;
    }
    if (start <= r.end) out.push({ start, end: r.end });
  }
  return out;
}
function countLines(ranges) {
  return normalizeRanges(ranges).reduce((n, r) => n + (r.end - r.start + 1), 0);
}

// src/core/attribution/line-level/count-ai-lines.ts
function countAiLines(claims, addedLinesByFile2, addedByCommit) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of claims) {
    const key = `${c.commit}\0${c.path}`;
    const group = groups.get(key) ?? [];
    group.push(c);
    groups.set(key, group);
  }
  const perFile = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    const { commit, path } = group[0];
    const commitAdded = addedByCommit?.get(commit);
    const added = commitAdded ? commitAdded.get(path) ?? [] : void 0;
    let claimed = [];
    let ai = [];
    const credits = [];
    for (let i = group.length - 1; i >= 0; i--) {
      const claim = group[i];
      const owned = subtractRanges(claim.ranges, claimed);
      claimed = unionRanges(claimed, claim.ranges);
      if (claim.kind !== "ai") continue;
      const counted = added ? intersectRanges(owned, added) : owned;
      ai = unionRanges(ai, counted);
      credits.push({ tool: claim.tool, model: claim.model, owned: counted });
    }
    const lines = countLines(ai);
    if (lines === 0) continue;
    const file = perFile.get(path) ?? { lines: 0, tools: /* @__PURE__ */ new Set(), models: /* @__PURE__ */ new Set() };
    file.lines += lines;
    for (const c of credits) {
      if (c.owned.length === 0) continue;
      if (c.tool) file.tools.add(c.tool);
      if (c.model) file.models.add(c.model);
    }
    perFile.set(path, file);
  }
  const files = [];
  const tools = /* @__PURE__ */ new Set();
  const models = /* @__PURE__ */ new Set();
  for (const [path, f] of [...perFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const aiLines2 = Math.min(f.lines, addedLinesByFile2.get(path) ?? 0);
    if (aiLines2 === 0) continue;
    files.push({ path, aiLines: aiLines2, tools: [...f.tools].sort() });
    f.tools.forEach((t) => tools.add(t));
    f.models.forEach((m) => models.add(m));
  }
  const aiLines = files.reduce((n, f) => n + f.aiLines, 0);
  const totalAddedLines = [...addedLinesByFile2.values()].reduce((n, v) => n + v, 0);
  const result = {
    aiLines,
    totalAddedLines,
    files,
    tools: [...tools].sort(),
    models: [...models].sort()
  };
  if (totalAddedLines > 0) result.share = aiLines / totalAddedLines;
  return result;
}

// src/core/attribution/line-level/git-ai-note.ts
var GIT_AI_SCHEMA_PREFIX = "authorship/3.";
var HINT = 'The note under refs/notes/ai does not follow git-ai\'s "authorship/3.0.0" format. Regenerate it with git-ai, or remove it with `git notes --ref=ai remove <commit>`.';
function fail(message2) {
  throw new InputError(message2, HINT);
}
function parseGitAiNote(text) {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const divider = lines.indexOf("---");
  if (divider < 0) fail("missing the '---' line between the attestation section and the JSON metadata");
  const files = parseAttestations(lines.slice(0, divider));
  const meta = parseMetadata(lines.slice(divider + 1).join("\n"), divider + 2);
  return { ...meta, files };
}
function parseAttestations(lines) {
  const files = [];
  let current;
  lines.forEach((raw, index) => {
    const line2 = raw.trimEnd();
    const lineNo = index + 1;
    if (line2 === "") return;
    if (line2.startsWith("  ")) {
      if (!current) fail(`attestation entry before any file path (line ${lineNo})`);
      const body = line2.slice(2);
      const space = body.indexOf(" ");
      if (space <= 0) fail(`attestation entry '${body}' has no line ranges in ${current.path} (line ${lineNo})`);
      const key = body.slice(0, space);
      const ranges = parseRanges(body.slice(space + 1), current.path, lineNo);
      const human = key.startsWith("h_");
      const sessionId = key.startsWith("s_") ? key.split("::")[0] ?? key : key;
      current.entries.push({ kind: human ? "human" : "ai", key, sessionId, ranges });
      return;
    }
    const path = line2.length >= 2 && line2.startsWith('"') && line2.endsWith('"') ? line2.slice(1, -1) : line2;
    current = { path, entries: [] };
    files.push(current);
  });
  return files.filter((f) => f.entries.length > 0);
}
function parseRanges(spec, path, lineNo) {
  const ranges = [];
  for (const part of spec.split(",")) {
    if (part === "") continue;
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    const start = m ? Number(m[1]) : NaN;
    const end = m ? Number(m[2] ?? m[1]) : NaN;
    if (!m || start < 1 || end < start || !Number.isSafeInteger(end)) {
      fail(`malformed range '${part}' in ${path} (line ${lineNo})`);
    }
    ranges.push({ start, end });
  }
  if (ranges.length === 0) fail(`no line ranges in ${path} (line ${lineNo})`);
  return ranges;
}
function isObject3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function parseMetadata(json, firstLine) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    fail(`metadata after '---' (from line ${firstLine}) is not valid JSON: ${e.message}`);
  }
  if (!isObject3(data)) fail("metadata after '---' is not a JSON object");
  const schemaVersion = data.schema_version;
  if (typeof schemaVersion !== "string") fail('metadata has no "schema_version"');
  if (!schemaVersion.startsWith(GIT_AI_SCHEMA_PREFIX)) {
    fail(`unsupported schema_version "${schemaVersion}" (expected "authorship/3.x.y")`);
  }
  const sessions = {};
  for (const field of ["prompts", "sessions"]) {
    const map = data[field];
    if (map === void 0) continue;
    if (!isObject3(map)) fail(`metadata "${field}" is not an object`);
    for (const [key, record] of Object.entries(map)) {
      if (!isObject3(record)) fail(`metadata "${field}.${key}" is not an object`);
      const agent = isObject3(record.agent_id) ? record.agent_id : {};
      own(sessions, key, strip({
        tool: str(agent.tool),
        model: str(agent.model),
        agentId: str(agent.id),
        humanAuthor: str(record.human_author)
      }));
    }
  }
  const humans = {};
  if (data.humans !== void 0) {
    if (!isObject3(data.humans)) fail('metadata "humans" is not an object');
    for (const [key, record] of Object.entries(data.humans)) {
      if (!isObject3(record)) fail(`metadata "humans.${key}" is not an object`);
      own(humans, key, str(record.author) ?? key);
    }
  }
  return strip({
    schemaVersion,
    gitAiVersion: str(data.git_ai_version),
    baseCommitSha: str(data.base_commit_sha),
    sessions,
    humans
  });
}
function own(map, key, value2) {
  Object.defineProperty(map, key, { value: value2, enumerable: true, writable: true, configurable: true });
}
function strip(o) {
  for (const k of Object.keys(o)) if (o[k] === void 0) delete o[k];
  return o;
}

// src/gather/git/cat-file.ts
async function catFile(repo, names) {
  const out = /* @__PURE__ */ new Map();
  const asked = [...new Set(names)].filter((n) => {
    if (!n.includes("\n")) return true;
    out.set(n, void 0);
    return false;
  });
  if (asked.length === 0) return out;
  const r = await gitRaw(repo, ["cat-file", "--batch"], asked.map((n) => `${n}
`).join(""));
  if (r.code !== 0) throw new Error(`git cat-file --batch failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  const data = r.stdout;
  let pos = 0;
  for (const name of asked) {
    const eol = data.indexOf(10, pos);
    if (eol < 0) break;
    const header = data.subarray(pos, eol).toString("utf8");
    pos = eol + 1;
    const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
    if (!m) {
      out.set(name, void 0);
      continue;
    }
    const size = Number(m[2]);
    out.set(name, { type: m[1], content: data.subarray(pos, pos + size) });
    pos += size + 1;
  }
  return out;
}

// src/gather/line-level/read-blobs.ts
async function readBlobs(repo, names) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, object3] of await catFile(repo, names)) if (object3 !== void 0) out.set(name, object3.content);
  return out;
}

// src/gather/line-level/read-line-level.ts
var GIT_AI_NOTES_REF = "refs/notes/ai";
var AGENT_TRACE_DIR = ".agent-trace";
async function readLineLevel(repo, commits, addedLinesByFile2, options = {}) {
  const problems = [];
  const totalAddedLines = [...addedLinesByFile2.values()].reduce((n, v) => n + v, 0);
  const none = {
    method: "none",
    aiLines: 0,
    totalAddedLines,
    files: [],
    tools: [],
    models: [],
    problems
  };
  if (commits.length === 0) return none;
  let method = "none";
  let claims = [];
  try {
    const notes = await readGitAiClaims(repo, commits, problems);
    if (notes.found) {
      method = "git-ai";
      claims = notes.claims;
    } else {
      const traces = await readAgentTraceClaims(repo, commits, options, problems);
      if (traces.found) {
        method = "agent-trace";
        claims = traces.claims;
      }
    }
  } catch (e) {
    problems.push(`line-level attribution could not be read: ${e.message}`);
    return none;
  }
  if (method === "none") return none;
  const attributed = [...new Set(claims.map((c) => c.commit))];
  let added;
  try {
    added = await readAddedLines(repo, attributed);
  } catch (e) {
    problems.push(`could not read the commits' added lines, so claims are counted as written: ${e.message}`);
  }
  const count = countAiLines(claims, addedLinesByFile2, added);
  return { method, ...count, problems };
}
async function readGitAiClaims(repo, commits, problems) {
  if (!await commitNamed(repo, GIT_AI_NOTES_REF)) return { found: false, claims: [] };
  const list = await gitRaw(repo, ["notes", `--ref=${GIT_AI_NOTES_REF}`, "list"]);
  if (list.code !== 0) throw new Error(`git notes list failed: ${list.stderr.trim()}`);
  const wanted = new Set(commits.map((c) => c.toLowerCase()));
  const noteOf = /* @__PURE__ */ new Map();
  for (const line2 of list.stdout.toString("utf8").split("\n")) {
    const [blob, object3] = line2.trim().split(" ");
    if (blob && object3 && wanted.has(object3)) noteOf.set(object3, blob);
  }
  if (noteOf.size === 0) return { found: false, claims: [] };
  const blobs = await readBlobs(repo, [...noteOf.values()]);
  const claims = [];
  let found = false;
  for (const commit of commits) {
    const blob = noteOf.get(commit.toLowerCase());
    if (!blob) continue;
    const text = blobs.get(blob);
    if (!text) {
      problems.push(`note for ${short(commit)}: could not be read; skipped`);
      continue;
    }
    let note;
    try {
      note = parseGitAiNote(text.toString("utf8"));
    } catch (e) {
      problems.push(`note for ${short(commit)}: ${e.message}; skipped`);
      continue;
    }
    found = true;
    for (const file of note.files) {
      for (const entry of file.entries) {
        const claim = {
          commit: commit.toLowerCase(),
          path: file.path,
          kind: entry.kind,
          ranges: entry.ranges
        };
        const session = entry.kind === "ai" ? ownEntry(note.sessions, entry.sessionId) : void 0;
        if (session?.tool) claim.tool = session.tool;
        if (session?.model) claim.model = session.model;
        claims.push(claim);
      }
    }
  }
  return { found, claims };
}
async function readAgentTraceClaims(repo, commits, options, problems) {
  const head = options.head ?? "HEAD";
  const dir = (options.traceDir ?? AGENT_TRACE_DIR).replace(/\/+$/, "");
  if ((await objectNamed(repo, `${head}:${dir}`))?.type !== "tree") return { found: false, claims: [] };
  const tree = await gitRaw(repo, ["ls-tree", "-r", "-z", "--full-tree", head, "--", `${dir}/`]);
  if (tree.code !== 0) throw new Error(`git ls-tree ${head} failed: ${tree.stderr.trim()}`);
  const files = [];
  for (const entry of tree.stdout.toString("utf8").split("\0")) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m && /\.jsonl?$/i.test(m[2])) files.push({ oid: m[1], path: m[2] });
  }
  if (files.length === 0) return { found: false, claims: [] };
  const blobs = await readBlobs(repo, files.map((f) => f.oid));
  const records = [];
  for (const f of files.sort((a, b) => a.path < b.path ? -1 : 1)) {
    const parsed = parseAgentTrace(blobs.get(f.oid)?.toString("utf8") ?? "", f.path);
    records.push(...parsed.records);
    problems.push(...parsed.problems);
  }
  const claims = [];
  let found = false;
  const ordered = records.map((record, index) => ({ record, index, commit: matchCommit(record, commits) })).filter((r) => r.commit !== void 0).sort((a, b) => compareTime(a.record.timestamp, b.record.timestamp) || a.index - b.index);
  for (const { record, commit } of ordered) {
    found = true;
    for (const file of record.files) {
      for (const conversation of file.conversations) {
        for (const range of conversation.ranges) {
          const type = range.contributor?.type;
          if (type !== "ai" && type !== "mixed" && type !== "human") continue;
          const ranges = [{ start: range.start_line, end: range.end_line }];
          const claim = { commit, path: file.path, kind: type === "human" ? "human" : "ai", ranges };
          if (claim.kind === "ai" && record.tool?.name) claim.tool = record.tool.name;
          if (claim.kind === "ai" && range.contributor?.model_id) claim.model = range.contributor.model_id;
          claims.push(claim);
        }
      }
    }
  }
  return { found, claims };
}
function matchCommit(record, commits) {
  if (!record.vcs || record.vcs.type !== "git") return void 0;
  const revision = record.vcs.revision.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(revision)) return void 0;
  const hits = commits.map((c) => c.toLowerCase()).filter((c) => c.startsWith(revision));
  return hits.length === 1 ? hits[0] : void 0;
}
function compareTime(a, b) {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return 0;
  return x - y;
}
async function readAddedLines(repo, commits) {
  if (commits.length === 0) return /* @__PURE__ */ new Map();
  const r = await gitRaw(
    repo,
    [
      "log",
      "--no-walk=unsorted",
      "--stdin",
      "-p",
      "-U0",
      "-M",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--format=%x00%H"
    ],
    commits.map((c) => `${c}
`).join("")
  );
  if (r.code !== 0) throw new Error(`git log failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  return parseAddedLines(r.stdout.toString("utf8"));
}
function short(sha) {
  return sha.slice(0, 7);
}

// src/gather/policy.ts
import { resolve as resolve6 } from "node:path";
function builtInPolicy() {
  const policy = { ...defaultPolicy(), "inputs-may-weaken": true };
  const text = JSON.stringify(policy);
  return { policy, info: { source: "built-in default", sha256: sha256(text) }, text };
}
async function loadPolicyFile(file, cwd) {
  const full = resolve6(cwd, file);
  let read11;
  try {
    read11 = await readLimited(full, MAX_POLICY_BYTES);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = e.code;
    throw new InputError(
      code === "ENOENT" ? `Policy file ${file} was not found.` : `Policy file ${file} could not be read (${code ?? e.message}).`,
      "Check the --policy path (relative paths are resolved from the current directory), or leave --policy out to use .ai-governance.yml or the built-in default."
    );
  }
  if (!read11.ok) {
    throw new InputError(`Policy ${file} is larger than the limit of ${MAX_POLICY_BYTES} bytes.`, "A policy is a short YAML file; check that the right file was given.");
  }
  const text = read11.bytes.toString("utf8");
  const { policy, sha256: sum } = parsePolicy(text, file);
  return { policy, info: { source: file, sha256: sum }, text };
}
async function loadPolicyAtBase(read11, label) {
  for (const name of POLICY_FILES) {
    const text = await read11(name);
    if (text === void 0) continue;
    const { policy, sha256: sum } = parsePolicy(text, `${name} (at ${label})`);
    return { policy, info: { source: `${name} at ${label}`, sha256: sum, path: name }, text };
  }
  return void 0;
}
function gitReader(repo, rev, usual = []) {
  const one = async (path) => {
    const r = await gitRaw(repo, ["cat-file", "blob", `${rev}:${path}`]);
    return r.code === 0 ? r.stdout.toString("utf8") : void 0;
  };
  let batch;
  const readUsual = () => batch ??= catFile(repo, usual.map((path) => `${rev}:${path}`)).then(
    (objects) => new Map(usual.map((path) => {
      const o = objects.get(`${rev}:${path}`);
      return [path, o?.type === "blob" ? o.content.toString("utf8") : void 0];
    })),
    () => void 0
  );
  return async (path) => {
    if (!usual.includes(path)) return one(path);
    const read11 = await readUsual();
    return read11 === void 0 ? one(path) : read11.get(path);
  };
}

// src/gather/target.ts
var FETCH_TIMEOUT_MS = 2e4;
var short2 = (sha) => sha.slice(0, 12);
function remoteHost(url) {
  const u = url.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(u);
  if (withScheme) {
    if (/^file:/i.test(u)) return void 0;
    try {
      return new URL(u).hostname.toLowerCase();
    } catch {
      return "";
    }
  }
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):/.exec(u);
  return scp ? scp[1].toLowerCase() : void 0;
}
async function fetchTip(repo, ref, server) {
  if (!/^[A-Za-z0-9._/-]+$/.test(ref) || ref.startsWith("-") || ref.includes("..")) return void 0;
  const remote = await gitRaw(repo, ["remote", "get-url", "origin"]);
  if (remote.code !== 0) return void 0;
  const host = remoteHost(remote.stdout.toString("utf8"));
  if (host !== void 0 && host !== server?.toLowerCase()) return void 0;
  const shallow = (await gitRaw(repo, ["rev-parse", "--is-shallow-repository"])).stdout.toString("utf8").trim() === "true";
  const args = ["fetch", "--no-tags", "--quiet", ...shallow ? ["--depth=1"] : [], "origin", `+refs/heads/${ref}:refs/remotes/origin/${ref}`];
  const r = await gitRaw(repo, args, void 0, FETCH_TIMEOUT_MS);
  forgetObjectNames(repo);
  return r.code === 0 ? commitNamed(repo, `refs/remotes/origin/${ref}`) : void 0;
}
async function targetSource(repo, target, range) {
  if (!target) {
    return { commit: range.base, description: `base ${short2(range.base)}`, inClone: !range.emptyBase };
  }
  const { ref } = target;
  const fetched = await fetchTip(repo, ref, target.server) ?? await commitNamed(repo, `refs/remotes/origin/${ref}`);
  if (fetched) return { ref, commit: fetched, description: `${ref} at ${short2(fetched)}`, inClone: true };
  if (target.fallbackSha) {
    const inClone = await commitNamed(repo, target.fallbackSha) !== void 0;
    return { ref, commit: target.fallbackSha, description: `${ref} at ${short2(target.fallbackSha)} (its tip when the run started)`, inClone };
  }
  return { ref, commit: range.base, description: `base ${short2(range.base)} (the tip of ${ref} could not be read)`, inClone: !range.emptyBase };
}

// src/core/risk/sensitive.ts
function sensitiveGroupsOf(policy, policyPath) {
  const classify = pathClassifier(policy, policyPath);
  return (path) => classify(path).groups;
}

// src/core/oversight/memberships-to-resolve.ts
var lower = (s) => s.trim().replace(/^@+/, "").toLowerCase();
function membershipsToResolve(oversight, approvals, headSha) {
  const latest = new Map(latestPerLogin([...approvals], headSha).map((a) => [lower(a.login), a]));
  const byTeam = /* @__PURE__ */ new Map();
  for (const r of oversight.required) {
    if (r.satisfied || r.approvers.anyone) continue;
    const candidates = r.notCounted.filter((n) => n.why === "not-in-approver-set").map((n) => latest.get(lower(n.login))).filter((a) => a !== void 0 && (r.allowStale || !isStale(a, headSha)));
    if (!candidates.length) continue;
    for (const team of [...r.approvers.teams, ...r.approvers.owners.filter(isTeamOwner)].map(teamName)) {
      const entry = byTeam.get(team.toLowerCase()) ?? { team, logins: /* @__PURE__ */ new Map() };
      for (const a of candidates) entry.logins.set(lower(a.login), a.login);
      byTeam.set(team.toLowerCase(), entry);
    }
  }
  return [...byTeam.values()].map(({ team, logins }) => ({ team, logins: [...logins.values()].sort() })).sort((a, b) => a.team < b.team ? -1 : a.team > b.team ? 1 : 0);
}

// src/app/run-gate.ts
async function realPathOf(file) {
  try {
    return await realpath(file);
  } catch {
    const parent = dirname(file);
    return parent === file ? file : join2(await realPathOf(parent), basename(file));
  }
}
async function choosePolicy(options, source, cwd, readTarget, judgesWorkingTree) {
  const at = (loaded) => ({ ...loaded, info: { ...loaded.info, ...source.ref ? { ref: source.ref } : {}, commit: source.commit } });
  if (options.policy) {
    const inRepo = judgesWorkingTree ? await repositoryPath(options.repo, await realPathOf(resolve7(cwd, options.policy))) : void 0;
    if (inRepo === void 0) return loadPolicyFile(options.policy, cwd);
    const text = await readTarget(inRepo);
    if (text === void 0) {
      throw new InputError(
        `Policy file ${options.policy} does not exist on ${source.description}.`,
        "The policy that judges a change is read from the branch it merges into: commit the policy there first, or leave the policy input empty to use .ai-governance.yml or the built-in default."
      );
    }
    const { policy, sha256: sum } = parsePolicy(text, `${inRepo} (at ${source.description})`);
    return at({ policy, info: { source: `${inRepo} at ${source.description}`, sha256: sum, path: inRepo }, text });
  }
  const found = await loadPolicyAtBase(readTarget, source.description);
  return found ? at(found) : builtInPolicy();
}
async function repositoryPath(repo, file) {
  const found = await topLevel(repo);
  const top = await realPathOf("top" in found ? found.top : "");
  const rel = relative(top, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? void 0 : rel.split(sep).join("/");
}
function targetReader(adapter, source, range) {
  if (!source.ref && range.emptyBase) return async () => void 0;
  if (source.inClone || !adapter.readFileAt) return gitReader(adapter.options.repo, source.commit, [...POLICY_FILES, ...CODEOWNERS_LOCATIONS]);
  return (path) => adapter.readFileAt(path, source.commit);
}
async function writeOut(cwd, file, content) {
  const full = resolve7(cwd, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
  return full;
}
async function gatherFindings(options, policy, cwd, change, range) {
  if (!options.reports.length && !options.baseline.length) return void 0;
  const gathered = await gatherReports(options.reports, options.baseline, cwd, policy);
  const wantsRanges = policy.findings.scope === "changed-lines" || policy.findings.suppressions === "existing-only";
  if (wantsRanges && gathered.reports.length) {
    const text = change.files.filter((f) => !f.binary && f.status !== "deleted" && f.addedRanges === void 0);
    const patches = await readPatches(options.repo, range.base, range.head, text);
    const ranges = new Map(patches.map((p) => [p.path, p.addedRanges]));
    for (const f of text) f.addedRanges = ranges.get(f.path) ?? [];
  }
  return { reports: gathered.reports, baseline: options.baseline.length ? gathered.baseline : void 0, violations: gathered.violations, roots: [resolve7(options.repo), resolve7(cwd)] };
}
function asUnchecked(e, what) {
  if (e instanceof UncheckedError || !(e instanceof InputError)) {
    return e instanceof UncheckedError ? e : new UncheckedError(what, redact(e instanceof Error ? e.message : String(e)), UNCHECKED_HINT);
  }
  return e;
}
var UNCHECKED_HINT = "No decision was made. Re-run the job once the platform answers; a policy can choose `on-error: fail-open` to decide without these facts.";
async function unchecked(what, failOpen, call) {
  try {
    return await call();
  } catch (e) {
    const err = asUnchecked(e, what);
    if (err instanceof UncheckedError && failOpen) throw new UncheckedError(err.what, err.message.replace(/^Could not check [^:]*: /, ""), err.hint, true);
    throw err;
  }
}
var REQUEST_UNREAD = {
  what: "the pull or merge request (author, labels, approvals)",
  consequence: "Request rules (approvals, declarations, request signals) were not evaluated.",
  remediation: "Re-run the job once the platform answers; until then this change has not been checked for sign-off."
};
var MERGED_REQUEST_UNREAD = {
  what: "the pull or merge request this push was merged from (its commits and description)",
  consequence: "AI attribution that the merge may have dropped was not checked.",
  remediation: "Re-run the job once the platform answers; until then the attribution of this push rests on its own commits only."
};
var POST_MERGE_UNREAD = {
  what: "the decision of the gate on the merged request (check runs or pipelines)",
  consequence: "Whether the merge bypassed the gate was not checked.",
  remediation: "Re-run the job once the platform answers; until then nobody knows whether this merge had a passing decision."
};
async function readOrWarn(unread, failOpen, warnings, call) {
  try {
    return await call();
  } catch (e) {
    const err = asUnchecked(e, unread.what);
    if (!failOpen) throw err;
    warnings.push({ rule: "platform.unchecked", message: `${err.message} ${unread.consequence}`, remediation: unread.remediation, level: "warning" });
    return void 0;
  }
}
function addedLinesByFile(change) {
  return new Map(change.files.filter((f) => !f.binary && f.additions > 0).map((f) => [f.path, f.additions]));
}
async function writeRecords(options, cwd, audit, markdown) {
  const text = JSON.stringify(audit, null, 2) + "\n";
  try {
    await writeOut(cwd, options.auditFile, text);
  } catch (e) {
    throw new InputError(
      `The audit record could not be written to ${options.auditFile} (${e.code ?? e.message}); without it the decision has no evidence, so none is reported.`,
      "Point `audit-file` (--audit-file) at a writable path inside the workspace."
    );
  }
  try {
    await writeOut(cwd, options.statementFile, JSON.stringify(decisionStatement(audit, text, basename(options.auditFile)), null, 2) + "\n");
  } catch (e) {
    throw new InputError(
      `The decision's statement could not be written to ${options.statementFile} (${e.code ?? e.message}); without it the record cannot be signed, so no decision is reported.`,
      "Point `statement-file` (--statement-file) at a writable path inside the workspace."
    );
  }
  if (!options.summaryFile) return;
  try {
    await writeOut(cwd, options.summaryFile, markdown);
  } catch (e) {
    process.stderr.write(`ai-governance-gate: warning: the summary could not be written to ${options.summaryFile} (${e.code ?? e.message}); the decision is unaffected.
`);
  }
}
async function judge(adapter, env) {
  const { options } = adapter;
  const range = await adapter.range();
  const source = await targetSource(options.repo, adapter.target?.(), range);
  const readTarget = targetReader(adapter, source, range);
  const { policy, info, text: policyText } = await choosePolicy(options, source, env.cwd, readTarget, adapter.judgesWorkingTree);
  const groupsOf = sensitiveGroupsOf(policy, info.path);
  const wants = (f) => needsContent(f, (p) => groupsOf(p).length > 0);
  const mode = effectiveMode(policy, options.mode).mode;
  const failOpen = mode === "warn" || policy["on-error"] === "fail-open";
  const fromApi = await unchecked("the change (files and commits) from the platform API", failOpen, () => adapter.change?.(range, wants) ?? Promise.resolve(void 0));
  const change = fromApi ?? await readChange(options.repo, range, wants, adapter.repository);
  const codeowners = await readCodeownersWith(readTarget, source.commit, adapter.codeownersSyntax);
  const lineLevel = fromApi ? void 0 : await readLineLevel(options.repo, change.commits.map((c) => c.sha), addedLinesByFile(change), { head: range.head });
  const sqlParser = hasSql(change.files) ? await loadSqlParser() : void 0;
  const plans = options.plans?.length ? await gatherPlans(options.plans, env.cwd, policy) : void 0;
  const base = { policy, policyInfo: info, now: env.now, mode: options.mode, lineLevel, codeowners, governancePaths: adapter.governancePaths, sqlParser, plans };
  const oversightOf = (request) => evaluate({ ...base, change: { ...change, request } }).oversight;
  const membershipsFor = (request) => membershipsToResolve(oversightOf(request), request.approvals, request.headSha ?? change.head);
  const approvalCommitsMatter = (request) => {
    const decided = (approvals) => JSON.stringify({ ...oversightOf({ ...request, approvals }), observed: void 0 });
    const onHead = request.approvals.map(({ commitSha: _sha, commitUnknown: _unknown, ...a }) => a);
    return decided(onHead) !== decided(request.approvals.map((a) => ({ ...a, commitUnknown: true })));
  };
  const uncheckedRequest = [];
  const facts = await readOrWarn(REQUEST_UNREAD, failOpen, uncheckedRequest, () => adapter.request({ policy, range, membershipsFor, approvalCommitsMatter }));
  if (facts) change.request = facts.request;
  const mergedRequest = adapter.mergedRequest?.bind(adapter);
  const merged = facts || !mergedRequest ? void 0 : await readOrWarn(MERGED_REQUEST_UNREAD, failOpen, uncheckedRequest, () => mergedRequest(change.head));
  if (merged?.mergedRequest) change.mergedRequest = merged.mergedRequest;
  const postMergeOf = adapter.postMerge?.bind(adapter);
  const mergedFrom = merged?.mergedRequest;
  const postMerge = mergedFrom && postMergeOf ? await readOrWarn(POST_MERGE_UNREAD, failOpen, uncheckedRequest, () => postMergeOf(mergedFrom, change.head)) ?? null : null;
  const platformWarnings = [...facts?.warnings ?? [], ...merged?.warnings ?? []];
  const findings = await gatherFindings(options, policy, env.cwd, change, range);
  const evaluation = decideRun({ ...base, change, platformWarnings, findings }, uncheckedRequest, postMerge);
  const { policy: _policy, policyInfo: _info, sqlParser: _parser, ...evaluated } = { ...base, change, platformWarnings, findings };
  const inputs = recordInputs({
    evaluate: evaluated,
    addedViolations: uncheckedRequest,
    postMerge,
    aiAssisted: new Set(evaluation.attribution.commits.filter((c) => c.aiAssisted).map((c) => c.sha)),
    maxCommits: policy.audit?.["max-commits"]
  });
  const links = summaryLinks(adapter.web, change, info);
  const markdown = renderMarkdown({ evaluation, change, policyInfo: info, version: VERSION, links });
  const run = readRunIdentity(adapter.name, process.env);
  const audit = auditRecord({ evaluation, change, policyInfo: info, platform: adapter.name, version: VERSION, timestamp: env.now, policyText, run, inputs, maxCommits: policy.audit?.["max-commits"] });
  await writeRecords(options, env.cwd, audit, markdown);
  const result = { evaluation, change, policyInfo: info, markdown, links, audit, options, exitCode: evaluation.decision === "fail" ? 1 : 0 };
  try {
    await adapter.publish(result);
  } catch (e) {
    process.stderr.write(`ai-governance-gate: warning: publishing the result failed (${redact(e instanceof Error ? e.message : String(e))}); the decision is unaffected.
`);
  }
  return result;
}
async function runGate(adapter, env) {
  try {
    return await judge(adapter, env);
  } catch (e) {
    if (!(e instanceof UncheckedError && e.failOpen) && adapter.publishFailure) {
      const message2 = redact(e instanceof Error ? e.message : String(e));
      const hint = e instanceof InputError && e.hint ? redact(e.hint) : void 0;
      await adapter.publishFailure({ message: message2, hint, unchecked: e instanceof UncheckedError }).catch(() => void 0);
    }
    throw e;
  }
}
export {
  runGate
};
