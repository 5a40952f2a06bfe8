#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  AUDIT_SCHEMA_VERSION
} from "./chunk-5VFZBLC7.js";
import {
  RISK_LEVELS
} from "./chunk-5HE6ZLTC.js";

// src/core/org-report/json-read.ts
function obj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function list(v) {
  return Array.isArray(v) ? v : [];
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function bool(v) {
  return typeof v === "boolean" ? v : void 0;
}
function time(v) {
  if (typeof v !== "string") return void 0;
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? ms : void 0;
}
function strings(v) {
  return list(v).map(str).filter((s) => s !== void 0);
}

// src/core/org-report/facts.ts
var KNOWN_SCHEMA_VERSION = AUDIT_SCHEMA_VERSION;
var LEVELS = [...RISK_LEVELS, "unknown"];
var BYPASS_RULE = "bypass";
function level(v) {
  return RISK_LEVELS.includes(v) ? v : "unknown";
}
function distinct(values) {
  return [...new Set(values)];
}
function toolsOf(attribution) {
  const tools = strings(attribution?.tools);
  const models = [...strings(attribution?.models), ...strings(obj(attribution?.lineLevel)?.models)];
  const evidence = [...list(attribution?.requestEvidence), ...list(attribution?.commits).flatMap((c) => list(obj(c)?.evidence))];
  for (const e of evidence) {
    const o = obj(e);
    const model = str(o?.model);
    if (model) models.push(model);
  }
  return { tools: distinct(tools), models: distinct(models) };
}
function approvalTimes(request) {
  const times = /* @__PURE__ */ new Map();
  for (const a of list(request?.approvals)) {
    const o = obj(a);
    const login = str(o?.login);
    const at = time(o?.at);
    if (login === void 0 || at === void 0) continue;
    const seen = times.get(login);
    if (seen === void 0 || at < seen) times.set(login, at);
  }
  return times;
}
function signoffOf(oversight, request) {
  const tiers = list(oversight?.required).map((r) => {
    const o = obj(r);
    return {
      rules: strings(o?.rules),
      needed: num(o?.needed) ?? 0,
      satisfied: bool(o?.satisfied) ?? false,
      counted: list(o?.counted).map((c) => ({ login: str(obj(c)?.login), via: str(obj(c)?.via) ?? "unknown" })).filter((c) => c.login !== void 0)
    };
  });
  const applicable = bool(oversight?.applicable) ?? false;
  const required = tiers.some((t) => t.needed > 0);
  const signoff = { applicable, required, satisfied: bool(oversight?.satisfied) ?? false, tiers };
  if (applicable && required && signoff.satisfied) {
    const times = approvalTimes(request);
    let last = 0;
    for (const t of tiers) {
      if (t.needed <= 0 || last === void 0) continue;
      const known = t.counted.map((c) => times.get(c.login)).filter((x2) => x2 !== void 0).sort((a, b) => a - b);
      last = known.length >= t.needed ? Math.max(last, known[t.needed - 1]) : void 0;
    }
    if (last) signoff.satisfiedAt = last;
  }
  return signoff;
}
function startOf(record, request) {
  const candidates = [time(request?.createdAt), time(request?.created_at)];
  for (const c of list(record.commits)) {
    const o = obj(c);
    candidates.push(time(o?.authorDate), time(o?.date), time(obj(o?.author)?.date));
  }
  const known = candidates.filter((x2) => x2 !== void 0);
  return known.length ? Math.min(...known) : void 0;
}
function overThresholdOf(findings) {
  const byKey = /* @__PURE__ */ new Map();
  const listed = list(findings?.overThreshold);
  for (const f of listed) {
    const o = obj(f);
    const tool = str(o?.tool) ?? "unknown tool";
    const severity = str(o?.severity) ?? "unknown";
    const key = `${tool}\0${severity}`;
    const entry = byKey.get(key) ?? { tool, severity, count: 0 };
    entry.count++;
    byKey.set(key, entry);
  }
  const total = num(findings?.overThresholdTotal) ?? listed.length;
  return { overThreshold: [...byKey.values()], unlisted: Math.max(0, total - listed.length) };
}
function waiverOf(v, unused) {
  const o = obj(v);
  const owner = str(o?.owner);
  const expires = str(o?.expires);
  if (!o || owner === void 0 || expires === void 0) return void 0;
  const parts = ["rule", "tool", "path", "fingerprint"].map((k) => str(o[k]) ? `${k} ${str(o[k])}` : void 0).filter(Boolean);
  const excused = num(o.matched) ?? list(o.excused).length;
  return { owner, expires, reason: str(o.reason), matcher: parts.join(", ") || "matches nothing", excused, unused };
}
function waiversOf(record, findings) {
  const out = [];
  const groups = obj(findings?.waivers);
  for (const [name, entries] of Object.entries(groups ?? {})) {
    for (const w of list(entries)) {
      const fact = waiverOf(w, name === "unused");
      if (fact) out.push(fact);
    }
  }
  for (const w of list(record.waivers)) {
    const fact = waiverOf(w, false);
    if (fact) out.push(fact);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const w of out) {
    const key = `${w.owner}\0${w.expires}\0${w.matcher}`;
    const prior = seen.get(key);
    seen.set(key, prior ? { ...prior, excused: Math.max(prior.excused, w.excused), unused: prior.unused && w.unused } : w);
  }
  return [...seen.values()];
}
function looksLikeRecord(value) {
  const record = obj(value);
  if (!record) return false;
  const name = obj(record.tool)?.name;
  if (name !== void 0) return name === "ai-governance-gate";
  return "schemaVersion" in record && "timestamp" in record;
}
function readFacts(value) {
  const record = obj(value);
  if (!record) return { ok: false, reason: "not a JSON object" };
  if (!looksLikeRecord(record)) return { ok: false, reason: "not an audit record of ai-governance-gate" };
  const at = time(record.timestamp);
  if (at === void 0) return { ok: false, reason: record.timestamp === void 0 ? 'no "timestamp"' : '"timestamp" is not an ISO-8601 time' };
  const repository = str(record.repository);
  if (repository === void 0) return { ok: false, reason: 'no "repository"' };
  const change = obj(record.change);
  const request = obj(record.request);
  const attribution = obj(record.attribution);
  const findings = obj(record.findings);
  const run = obj(record.run);
  const requestNumber = num(request?.number);
  const head = str(change?.head) ?? "";
  const violations = distinct(list(record.violations).map((v) => str(obj(v)?.rule)).filter((r) => r !== void 0));
  const { tools, models } = toolsOf(attribution);
  const { overThreshold, unlisted } = overThresholdOf(findings);
  const runId = [str(run?.id) ?? num(run?.id), str(run?.attempt) ?? num(run?.attempt)].join(".");
  const facts = {
    schemaVersion: num(record.schemaVersion),
    at,
    platform: str(record.platform) ?? "unknown",
    repository,
    changeKey: requestNumber !== void 0 ? `${repository}!${requestNumber}` : `${repository}@${head}`,
    runKey: `${repository}\0${at}\0${head}\0${runId}`,
    aiAssisted: bool(attribution?.aiAssisted) ?? false,
    tools,
    models,
    riskLevel: level(obj(record.risk)?.level),
    decision: str(record.decision) ?? "unknown",
    violations,
    bypass: violations.includes(BYPASS_RULE),
    signoff: signoffOf(obj(record.oversight), request),
    overThreshold,
    overThresholdUnlisted: unlisted,
    waivers: waiversOf(record, findings)
  };
  if (requestNumber !== void 0) facts.requestNumber = requestNumber;
  const url = str(request?.url) ?? str(run?.url);
  if (url !== void 0) facts.url = url;
  const started = startOf(record, request);
  if (started !== void 0) facts.startedAt = started;
  return { ok: true, facts };
}

// src/gather/org-report/documents.ts
var LINES_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;
function isLinesName(name) {
  return LINES_NAME.test(name);
}
function parseError(e) {
  return `invalid JSON: ${e instanceof Error ? e.message : String(e)}`;
}
function addLine(line, source, sink) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (e) {
    if (line.trim() === "") return;
    sink.problem(source, parseError(e));
    return;
  }
  sink.add(value, source);
}
function addLines(text, source, sink) {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    addLine(text.slice(start, end), `${source}:${line}`, sink);
    start = end + 1;
    line++;
  }
}
function firstLineParses(text) {
  const trimmed = text.trimStart();
  const end = trimmed.indexOf("\n");
  if (end < 0) return false;
  try {
    JSON.parse(trimmed.slice(0, end));
    return true;
  } catch {
    return false;
  }
}
function addDocuments(text, name, source, sink, strict) {
  if (isLinesName(name)) {
    addLines(text, source, sink);
    return;
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (firstLineParses(text)) addLines(text, source, sink);
    else sink.problem(source, parseError(e));
    return;
  }
  if (Array.isArray(value)) {
    if (!strict && !value.some(looksLikeRecord)) {
      sink.other();
      return;
    }
    value.forEach((v, i2) => sink.add(v, `${source}[${i2}]`));
    return;
  }
  if (!strict && !looksLikeRecord(value)) {
    sink.other();
    return;
  }
  sink.add(value, source);
}

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/gather/org-report/zip.ts
var MAX_ENTRY_BYTES = 256 * 2 ** 20;
var JSON_NAME = /\.(json|jsonl|ndjson)$/i;
function readZip(data) {
  const tooLarge = [];
  const files = unzipSync(data, {
    filter: (file) => {
      if (!JSON_NAME.test(file.name) || file.name.endsWith("/")) return false;
      if (file.originalSize > MAX_ENTRY_BYTES) {
        tooLarge.push(file.name);
        return false;
      }
      return true;
    }
  });
  const decoder = new TextDecoder("utf-8");
  const entries = Object.keys(files).sort().map((name) => ({ name, text: decoder.decode(files[name]) }));
  return { entries, tooLarge };
}

// src/gather/org-report/archive.ts
function addArchive(bytes, source, sink) {
  let zip;
  try {
    zip = readZip(bytes);
  } catch (e) {
    sink.problem(source, `not a readable zip file: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  for (const name of zip.tooLarge) sink.problem(`${source}!${name}`, "entry too large to be an audit record");
  for (const e of zip.entries) addDocuments(e.text, e.name, `${source}!${e.name}`, sink, false);
}

export {
  KNOWN_SCHEMA_VERSION,
  LEVELS,
  looksLikeRecord,
  readFacts,
  isLinesName,
  addLine,
  addDocuments,
  addArchive
};
