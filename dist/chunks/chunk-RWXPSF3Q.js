#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  _addIssue,
  _standardSchema,
  check,
  integer,
  isoDate,
  maxValue,
  minLength,
  minValue,
  number,
  object,
  pipe,
  record,
  safeParse,
  strictObject,
  string
} from "./chunk-NSAYMSMK.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";

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
    let total = 0;
    for (; ; ) {
      const buffer = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return { ok: true, bytes: Buffer.concat(chunks, total) };
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, tooLarge: true };
    }
  } finally {
    await handle.close();
  }
}

// src/core/schema/suggest.ts
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
function closest(input, candidates) {
  const norm = (s) => s.toLowerCase().replace(/[-_]/g, "");
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = norm(input) === norm(c) ? 0.5 : distance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/core/schema/walk.ts
function unwrapped(schema) {
  let s = schema;
  while (s.wrapped) s = s.wrapped;
  return s;
}
function schemaAt(root, keys) {
  let s = root;
  for (const key of keys) {
    if (!s) return void 0;
    const inner = unwrapped(s);
    if (inner.entries) s = typeof key === "string" && Object.hasOwn(inner.entries, key) ? inner.entries[key] : void 0;
    else if (inner.type === "array") s = inner.item;
    else if (inner.type === "record") s = inner.value;
    else return void 0;
  }
  return s && unwrapped(s);
}

// src/core/schema/problems.ts
var MAX_HINTS = 100;
function validate(schema, value) {
  const result = safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: problemsOf(schema, result.issues) };
}
function problemsOf(schema, issues) {
  return issues.map((issue, i) => {
    const keys = (issue.path ?? []).map((p) => p.key);
    return { path: pathText(keys), keys, message: messageOf(schema, issue, keys, i < MAX_HINTS) };
  });
}
function pathText(keys) {
  if (keys.length === 0) return "(top level)";
  return keys.map((k, i) => typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`).join("");
}
function describeValue(value) {
  if (value === null) return "null";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") return `a ${typeof value}`;
  return `${typeof value} ${quote(value)}`;
}
function quote(value) {
  const text = typeof value === "string" && value.length > 80 ? `${value.slice(0, 80)}\u2026` : value;
  return JSON.stringify(text);
}
var EXPECTED = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  strict_object: "a mapping",
  loose_object: "a mapping",
  record: "a mapping",
  null: "null"
};
function messageOf(root, issue, keys, hint) {
  if (issue.kind !== "schema") return issue.message;
  const last = issue.path?.at(-1);
  if (last && "origin" in last && last.origin === "key") {
    const key = String(last.key);
    if (issue.expected === "never") {
      const allowed = entryNames(schemaAt(root, keys.slice(0, -1)));
      return `unknown key ${quote(key)}${didYouMean(hint ? key : void 0, allowed)}`;
    }
    if (issue.input === void 0) return "is required";
    return issue.message;
  }
  if (issue.type === "picklist" || issue.type === "literal") {
    const options = optionsOf(schemaAt(root, keys));
    if (options) {
      const guess = hint && typeof issue.input === "string" ? issue.input : void 0;
      return `${describeValue(issue.input)} is not one of ${options.map((o) => JSON.stringify(o)).join(", ")}${didYouMean(guess, options.map(String))}`;
    }
  }
  return `expected ${EXPECTED[issue.type] ?? issue.expected ?? issue.type}, got ${describeValue(issue.input)}`;
}
function didYouMean(input, candidates) {
  const near = input !== void 0 && candidates ? closest(input, candidates) : void 0;
  return near === void 0 ? "" : ` (did you mean "${near}"?)`;
}
function entryNames(schema) {
  return schema?.entries ? Object.keys(schema.entries) : void 0;
}
function optionsOf(schema) {
  if (schema?.type === "picklist") return schema.options;
  if (schema?.type === "literal") return [schema.literal];
  return void 0;
}
function listProblems(problems, max, where) {
  const shown = problems.slice(0, max).map((p) => {
    const place = where?.(p.keys);
    return `  - ${p.path}: ${p.message}${place ? ` [${place}]` : ""}`;
  });
  if (problems.length > max) shown.push(`  - \u2026and ${problems.length - max} more`);
  return shown.join("\n");
}

// src/core/schema/mapping.ts
function finished(_schema, dataset) {
  return dataset;
}
var RESERVED_NAMES = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function keyPath(input, key) {
  return [{ type: "object", origin: "key", input, key, value: input[key] }];
}
function readingMappings(base, read) {
  return _standardSchema({
    ...base,
    "~run"(dataset, config) {
      const input = dataset.value;
      if (isMapping(input)) return finished(base, read(this, input, dataset, config));
      _addIssue(this, "type", dataset, config);
      return finished(base, dataset);
    }
  });
}
function mapping(entries) {
  const known = object(entries);
  return readingMappings(strictObject(entries), (context, input, _dataset, config) => {
    const given = /* @__PURE__ */ Object.create(null);
    for (const key of Object.keys(input)) if (Object.hasOwn(entries, key) && input[key] !== null) given[key] = input[key];
    const result = known["~run"]({ value: given }, config);
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(entries, key)) _addIssue(context, "key", result, config, { input: key, expected: "never", path: keyPath(input, key) });
    }
    return result;
  });
}
function dictionary(value) {
  const record2 = record(string(), value);
  return readingMappings(record2, (context, input, dataset, config) => {
    const result = record2["~run"](dataset, config);
    for (const key of Object.keys(input)) {
      if (RESERVED_NAMES.has(key)) {
        _addIssue(context, "key", result, config, { input: key, expected: "another name", path: keyPath(input, key), message: `"${key}" is reserved and cannot be used as a name` });
      }
    }
    return result;
  });
}

// src/core/schema/scalars.ts
var nonEmptyText = pipe(string(), minLength(1, "must not be empty"));
function outOfRange(min, max) {
  return (issue) => `${issue.input} is out of range (${min} to ${max ?? "\u221E"})`;
}
function numberBetween(min, max) {
  return pipe(number(), minValue(min, outOfRange(min, max)), maxValue(max, outOfRange(min, max)));
}
function wholeNumberFrom(min) {
  return pipe(
    number(),
    integer((issue) => `expected a whole number, got ${issue.input}`),
    minValue(min, outOfRange(min))
  );
}
var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isCalendarDate(text) {
  if (!ISO_DATE.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
var calendarDate = pipe(
  string(),
  isoDate((issue) => `expected a date like 2027-03-31, got ${JSON.stringify(issue.input)}`),
  // Only for what has the shape of a date, so a malformed value gets one message, not two.
  check((text) => !ISO_DATE.test(text) || isCalendarDate(text), (issue) => `${issue.input} is not a date in the calendar`)
);

export {
  openRegular,
  readLimited,
  mapping,
  dictionary,
  nonEmptyText,
  numberBetween,
  wholeNumberFrom,
  calendarDate,
  validate,
  listProblems
};
