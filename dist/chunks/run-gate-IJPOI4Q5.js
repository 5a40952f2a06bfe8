#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  calendarDate,
  dictionary,
  listProblems,
  mapping,
  nonEmptyText,
  numberBetween,
  openRegular,
  readLimited,
  validate,
  wholeNumberFrom
} from "./chunk-RWXPSF3Q.js";
import {
  AI_TOOLS,
  EXPIRING_SOON_DAYS,
  GENERIC_AI_LABELS,
  UNSPECIFIED_TOOL,
  expiredViolation,
  hasMatcher,
  isExpired,
  tooBroadViolation,
  tooLongViolation,
  unusedViolation,
  waiverMatches,
  waiverStatus,
  waivesEverything
} from "./chunk-XIDZOTZR.js";
import {
  AUDIT_SCHEMA_VERSION
} from "./chunk-R5SOIJVI.js";
import {
  headerPath,
  parseHunkHeader,
  readChange,
  readHunk,
  readPatches
} from "./chunk-QWO33BPE.js";
import {
  isTeamOwner,
  ownerKind,
  parseTrailers,
  teamsToResolve
} from "./chunk-6WS3EQX7.js";
import {
  array,
  assessPlans,
  boolean,
  check,
  describeApprovers,
  description,
  forward,
  gitRaw,
  metadata,
  noPlanWords,
  optional,
  ownEntry,
  picklist,
  pipe,
  planTierFacts,
  rawCheck,
  renderMarkdown,
  requirementMessage,
  requirementRemediation,
  statefulFirst,
  string,
  totals,
  transform
} from "./chunk-NSAYMSMK.js";
import {
  redact
} from "./chunk-T57JILMZ.js";
import {
  VERSION
} from "./chunk-5BUW5COH.js";
import {
  globMatcher,
  require_picomatch
} from "./chunk-VNPNELQZ.js";
import {
  InputError,
  UncheckedError,
  isInputError
} from "./chunk-FCOPNQJK.js";
import {
  RISK_LEVELS,
  SEVERITIES
} from "./chunk-5HE6ZLTC.js";
import {
  __toESM
} from "./chunk-5WAAPUM7.js";

// src/app/run-gate.ts
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, isAbsolute as isAbsolute2, join as join2, relative, resolve as resolve7, sep } from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object3) => object3 === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object3) => object3 === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object3) => object3 === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object3) => Object.prototype.toString.call(object3) === "[object Boolean]",
  represent: (object3) => object3 ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object3) => Object.prototype.toString.call(object3) === "[object Boolean]",
  represent: (object3) => object3 ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object3) => Object.prototype.toString.call(object3) === "[object Boolean]",
  represent: (object3) => object3 ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object3) => Number.isInteger(object3) && !Object.is(object3, -0) && object3.toString(10).indexOf("e") < 0,
  represent: (object3) => object3.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object3) => Number.isInteger(object3) && !Object.is(object3, -0) && object3.toString(10).indexOf("e") < 0,
  represent: (object3) => object3.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object3) => Number.isInteger(object3) && !Object.is(object3, -0) && object3.toString(10).indexOf("e") < 0,
  represent: (object3) => object3.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object3) {
  if (isNaN(object3)) return ".nan";
  if (object3 === Number.POSITIVE_INFINITY) return ".inf";
  if (object3 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object3, -0)) return "-0.0";
  const result = object3.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object3) => typeof object3 === "number" && (!Number.isInteger(object3) || Object.is(object3, -0) || object3.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object3) {
  if (isNaN(object3)) return ".nan";
  if (object3 === Number.POSITIVE_INFINITY) return ".inf";
  if (object3 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object3, -0)) return "-0.0";
  const result = object3.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object3) => typeof object3 === "number" && (!Number.isInteger(object3) || Object.is(object3, -0) || object3.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object3) {
  if (isNaN(object3)) return ".nan";
  if (object3 === Number.POSITIVE_INFINITY) return ".inf";
  if (object3 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object3, -0)) return "-0.0";
  const result = object3.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object3) => typeof object3 === "number" && (!Number.isInteger(object3) || Object.is(object3, -0) || object3.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object3) {
  let binary = "";
  for (let index = 0; index < object3.length; index++) binary += String.fromCharCode(object3[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object3) => Object.prototype.toString.call(object3) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object3) => object3 instanceof Date,
  represent: (object3) => object3.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object3, keys) {
  const result = {};
  for (const key of keys) if (object3[key] !== void 0) result[key] = object3[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object3 = item;
    const keys = Object.keys(object3);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object3[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj2 = data;
    for (const key of Object.keys(obj2)) map.set(key, obj2[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array4 = Array.prototype.slice.call(key);
    for (let index = 0; index < array4.length; index++) {
      if (Array.isArray(array4[index])) return null;
      if (typeof array4[index] === "object" && Object.prototype.toString.call(array4[index]) === "[object Object]") array4[index] = "[object Object]";
    }
    return String(array4);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string3, max) {
  return " ".repeat(Math.max(max - string3.length, 0)) + string3;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re2 = /\r?\n|\r|\0/g;
  const lineStarts2 = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re2.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts2.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line3 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line3.str}
${result}`;
  }
  const line2 = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line2.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line2.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line3 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line3.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact2) {
  let where2 = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where2 += `in "${exception.mark.name}" `;
  where2 += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact2 && exception.mark.snippet) where2 += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where2}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact2) {
    return `${this.name}: ${formatError(this, compact2)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message2, filename = "") {
    let line2 = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line2++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line2++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line: line2,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message2, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line2 of lines) {
    let column = 0;
    while (column < textIndent && line2.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line2.length) {
      emptyLines++;
      continue;
    }
    const content = line2.slice(textIndent);
    const first2 = content.charCodeAt(0);
    if (folded) {
      if (first2 === 32 || first2 === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message2) {
  YAMLException.throwAt(state.source, state.position, message2, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element2 of source) {
      const elementTag = state.nodeTags.get(element2);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element2, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message2) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message2, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first2 = state.input.charCodeAt(linePosition + column);
    if (first2 === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first2)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first2)) {
      if (first2 === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first2 !== 0 && !isEol(first2) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first2 !== 0 && !isEol(first2) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first2 !== 0 && !isEol(first2) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line2 = value.slice(position, lineEnd);
    if (line2.length > availableWidth && line2[0] !== " " && / [^ \t]/.test(line2)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/core/policy/parse.ts
import { createHash } from "node:crypto";

// src/core/policy/default-sensitive-paths.ts
var DEFAULT_SENSITIVE_GROUPS = {
  infrastructure: {
    points: 20,
    description: "Infrastructure as code",
    paths: [
      "**/*.tf",
      "**/*.tfvars",
      "**/*.tf.json",
      "**/*.hcl",
      "**/terraform/**",
      "**/*.bicep",
      "**/cloudformation/**",
      "**/*.cfn.{yml,yaml,json}",
      "**/Pulumi*.yaml",
      "**/pulumi/**",
      "**/cdk.json",
      "**/ansible/**",
      "**/playbooks/**"
    ]
  },
  "ci-cd": {
    points: 15,
    description: "CI/CD configuration",
    paths: [
      ".github/workflows/**",
      ".github/actions/**",
      "**/action.{yml,yaml}",
      "**/.gitlab-ci.yml",
      ".gitlab/ci/**",
      "**/Jenkinsfile",
      ".circleci/**",
      "**/azure-pipelines.yml",
      ".buildkite/**",
      "**/bitbucket-pipelines.yml",
      "**/.travis.yml",
      ".ci/**",
      ".tekton/**",
      "**/cloudbuild.{yml,yaml}"
    ]
  },
  security: {
    points: 20,
    description: "Authentication, authorization, cryptography and security code",
    paths: [],
    words: [
      "auth",
      "authn",
      "authz",
      "authentication",
      "authenticator",
      "authorization",
      "authorisation",
      "authorizer",
      "oauth",
      "oidc",
      "saml",
      "sso",
      "login",
      "logout",
      "signin",
      "password",
      "passwd",
      "credential",
      "jwt",
      "csrf",
      "crypto",
      "cryptography",
      "cipher",
      "encryption",
      "decryption",
      "signature",
      "security",
      "permission",
      "rbac",
      "acl",
      "iam",
      "session",
      "sandbox",
      "seccomp",
      "apparmor",
      "selinux"
    ]
  },
  migrations: {
    points: 15,
    description: "Database migrations and schema",
    paths: [
      "**/migrations/**",
      "**/migrate/**",
      "**/post_migrate/**",
      "**/db/changelog/**",
      "**/db/migrate/**",
      "**/alembic/versions/**",
      "**/flyway/**",
      "**/liquibase/**",
      "**/*.sql",
      "**/schema.prisma"
    ]
  },
  dependencies: {
    points: 8,
    description: "Dependency manifests and lockfiles",
    paths: [
      "**/package.json",
      "**/package-lock.json",
      "**/npm-shrinkwrap.json",
      "**/yarn.lock",
      "**/pnpm-lock.yaml",
      "**/requirements*.txt",
      "**/Pipfile",
      "**/Pipfile.lock",
      "**/poetry.lock",
      "**/pyproject.toml",
      "**/uv.lock",
      "**/go.mod",
      "**/go.sum",
      "**/Cargo.toml",
      "**/Cargo.lock",
      "**/Gemfile",
      "**/Gemfile.lock",
      "**/composer.json",
      "**/composer.lock",
      "**/pom.xml",
      "**/build.gradle",
      "**/build.gradle.kts",
      "**/gradle.lockfile",
      "**/*.csproj",
      "**/packages.lock.json",
      "**/mix.exs",
      "**/mix.lock"
    ]
  },
  governance: {
    points: 25,
    description: "Code owners, this gate's policy and repository governance",
    paths: [
      "CODEOWNERS",
      ".github/CODEOWNERS",
      "docs/CODEOWNERS",
      ".gitlab/CODEOWNERS",
      ".ai-governance.yml",
      ".ai-governance.yaml",
      ".github/dependabot.yml",
      ".github/settings.yml",
      "**/renovate.json"
    ]
  },
  containers: {
    points: 10,
    description: "Container images and Kubernetes manifests",
    paths: [
      "**/Dockerfile",
      "**/Dockerfile.*",
      "**/*.dockerfile",
      "**/Containerfile",
      "**/docker-compose*.{yml,yaml}",
      "**/compose.{yml,yaml}",
      "**/k8s/**",
      "**/kubernetes/**",
      "**/helm/**",
      "**/charts/**",
      "**/kustomization.{yml,yaml}",
      "**/skaffold.yaml"
    ]
  },
  secrets: {
    points: 25,
    description: "Secret-like files",
    paths: [
      "**/.env",
      "**/.env.*",
      "**/*.pem",
      "**/*.key",
      "**/*.p12",
      "**/*.pfx",
      "**/*.jks",
      "**/*.keystore",
      "**/id_rsa*",
      "**/id_ed25519*",
      "**/secrets/**",
      "**/*secret*.{yml,yaml,json,txt}",
      "**/.npmrc",
      "**/.pypirc",
      "**/credentials*",
      "**/*.kdbx"
    ]
  },
  // --- agent-instructions (attribution) -------------------------------------------------------
  // Files AI coding agents read as standing instructions or tool configuration: a change to them
  // changes what every later AI change does, so it is reviewed like governance.
  "agent-instructions": {
    points: 20,
    description: "Instructions and configuration that AI coding agents follow",
    paths: [
      "**/AGENTS.md",
      "**/AGENT.md",
      "**/CLAUDE.md",
      "**/CLAUDE.local.md",
      "**/GEMINI.md",
      "**/QWEN.md",
      "**/CRUSH.md",
      ".github/copilot-instructions.md",
      ".github/instructions/**",
      ".github/prompts/**",
      ".github/chatmodes/**",
      ".github/agents/**",
      ".cursorrules",
      ".cursor/**",
      ".claude/**",
      ".windsurfrules",
      ".windsurf/**",
      "**/.mcp.json",
      ".vscode/mcp.json",
      ".gemini/**",
      ".clinerules",
      ".clinerules/**",
      ".roo/**",
      ".roomodes",
      ".roorules",
      ".kiro/**",
      ".junie/**",
      ".amazonq/**",
      ".continue/**",
      ".codex/**",
      ".opencode/**",
      "**/opencode.json",
      ".agents/**",
      ".openhands/**",
      ".goosehints",
      ".aider.conf.yml",
      ".aiderignore",
      "**/WARP.md",
      ".crush.json",
      ".crush/**",
      ".qwen/**"
    ],
    // Markdown here is read by agents as orders, not by people as documentation.
    documentation: true
  }
  // --- end agent-instructions --------------------------------------------------------------------
};
var DEFAULT_TEST_PATHS = [
  "**/{t,test,tests,__tests__,__test__,spec,specs,testing,e2e,integration-tests,testdata,test-data,fixtures,__fixtures__,__mocks__,testsuite,unittests}/**",
  "**/src/{test,androidTest,testFixtures,integrationTest}/**",
  "**/*.{test,spec,tests,e2e,bench}.*",
  "**/*_{test,tests,spec}.*",
  "**/*-{test,spec}.*",
  "**/test_*.*",
  "**/conftest.py",
  "**/*{Test,Tests,Spec,IT,TestCase}.{java,kt,kts,scala,groovy,cs,fs,vb,swift,php,m,mm}",
  "**/*_test.exs"
];
var DEFAULT_DOCUMENTATION_PATHS = [
  "**/*.{md,markdown,mdx,rst,adoc,asciidoc,textile,rdoc,pod}",
  "**/{doc,docs,Documentation,documentation,man}/**/*.{txt,html,htm,tex,texi,xml,css,png,svg,jpg,gif,1,5,7}",
  "**/{README,CHANGELOG,CHANGES,HISTORY,AUTHORS,CONTRIBUTORS,NOTICE,COPYING,LICENSE,LICENCE}",
  "**/{README,CHANGELOG,CHANGES,HISTORY,AUTHORS,CONTRIBUTORS,NOTICE,COPYING,LICENSE,LICENCE}.txt"
];

// src/core/oversight/governance-tier.ts
var GOVERNANCE_TIER = "governance-change";

// src/core/policy/schema.ts
var level = picklist(["low", "medium", "high", "critical"]);
var levelOrNever = picklist(["low", "medium", "high", "critical", "never"]);
var SEVERITY_KEYS = ["critical", "high", "medium", "low", "info", "unknown"];
var severity = picklist(SEVERITY_KEYS);
var globs = array(nonEmptyText);
var names = array(nonEmptyText);
var points = numberBetween(0, 100);
function described(schema, text2) {
  return pipe(schema, description(text2));
}
var severityLimits = described(
  mapping({
    critical: optional(wholeNumberFrom(0)),
    high: optional(wholeNumberFrom(0)),
    medium: optional(wholeNumberFrom(0)),
    low: optional(wholeNumberFrom(0)),
    info: optional(wholeNumberFrom(0)),
    unknown: optional(wholeNumberFrom(0))
  }),
  "Most findings allowed per severity; a severity not listed is unlimited."
);
var sensitiveGroup = mapping({
  points: described(points, "Risk points added when the change touches this group."),
  description: optional(string()),
  paths: described(globs, "Glob patterns (gitignore-like: ** for any depth), matched against repository paths."),
  words: optional(
    described(
      names,
      "Words matched on word boundaries of the path (split at /, punctuation and camelCase): `auth` matches auth/, AuthService.java and auth_test.go, not author."
    )
  ),
  documentation: optional(
    described(boolean(), "Whether prose (risk.documentation-paths, e.g. Markdown) can belong to the group: true for files that are instructions, not documentation, such as CLAUDE.md.")
  )
});
var sensitiveGroups = pipe(
  optional(dictionary(sensitiveGroup), () => structuredClone(DEFAULT_SENSITIVE_GROUPS)),
  transform((groups) => ({ ...structuredClone(DEFAULT_SENSITIVE_GROUPS), ...groups })),
  description("Named groups of sensitive paths. Groups given here replace the built-in group of the same name; others are kept.")
);
var WAIVER_SELECTORS = ["rule", "fingerprint", "path", "tool"];
var waiver = pipe(
  mapping({
    rule: optional(described(nonEmptyText, "Rule id the waiver applies to.")),
    fingerprint: optional(described(nonEmptyText, "Exact finding fingerprint.")),
    path: optional(described(nonEmptyText, "Glob for the finding location.")),
    tool: optional(described(nonEmptyText, "Tool name, case-insensitive.")),
    reason: described(nonEmptyText, "Why the finding is accepted."),
    owner: described(nonEmptyText, "Who owns the exception."),
    expires: described(calendarDate, "Last day the waiver applies (YYYY-MM-DD).")
  }),
  // Checked on what was read even when other keys are wrong, so every problem shows in one pass.
  rawCheck(({ dataset, addIssue }) => {
    const value = dataset.value;
    if (value && typeof value === "object" && !WAIVER_SELECTORS.some((k) => value[k] !== void 0)) {
      addIssue({ message: `needs at least one of ${WAIVER_SELECTORS.join(", ")}` });
    }
  }),
  metadata({ anyOf: WAIVER_SELECTORS.map((k) => ({ required: [k] })) })
);
var approvalRequirement = pipe(
  mapping({
    count: optional(described(wholeNumberFrom(1), "Approvals needed from the approver set."), 1),
    users: optional(described(names, "Logins that count as approvers.")),
    teams: optional(described(names, "GitHub teams (org/team) or GitLab groups (group/subgroup).")),
    codeowners: optional(described(boolean(), "Code owners of the matched files count as approvers."), false),
    "allow-stale": optional(described(boolean(), "Count approvals given before the latest commit."), false),
    "if-no-codeowners": optional(
      described(
        picklist(["fail", "any-reviewer"]),
        "When `codeowners` is asked for and the target branch has no CODEOWNERS file: fail (nobody can approve) or let any reviewer approve."
      ),
      "fail"
    )
  }),
  // Only users named: the approver set is known, and a count above its size can never be met.
  forward(
    check(
      (r) => !onlyUsers(r) || r.count <= distinctLogins(r.users ?? []),
      (issue) => {
        const n = distinctLogins(issue.input.users ?? []);
        return `${issue.input.count} approvals can never come from the ${n} ${n === 1 ? "user" : "users"} listed; lower count, or add approvers (users, teams or codeowners: true)`;
      }
    ),
    ["count"]
  )
);
function onlyUsers(r) {
  return (r.users?.length ?? 0) > 0 && !r.teams?.length && !r.codeowners;
}
function distinctLogins(users) {
  return new Set(users.map((u) => u.toLowerCase())).size;
}
var approvalRule = mapping({
  name: described(nonEmptyText, "Shown in the summary and the audit record."),
  when: optional(
    described(
      mapping({
        "ai-assisted": optional(described(boolean(), "Applies only when the change is (true) or is not (false) AI-assisted.")),
        "risk-at-least": optional(described(level, "Applies when the risk level is at least this.")),
        paths: optional(described(globs, "Applies when any changed file matches.")),
        labels: optional(described(names, "Applies when the request has any of these labels.")),
        "destroys-stateful": optional(
          described(
            boolean(),
            "Applies when the plans destroy (true) or do not destroy (false) a stateful resource. Without a plan, a change to infrastructure code counts as destroying one."
          )
        ),
        "destroys-at-least": optional(
          described(
            wholeNumberFrom(1),
            "Applies when the plans delete or replace at least this many resources. Without a plan, a change to infrastructure code counts as reaching it."
          )
        )
      }),
      "All listed conditions must hold; an empty `when` always applies."
    ),
    {}
  ),
  require: approvalRequirement
});
var approvalRules = pipe(
  array(approvalRule),
  rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = /* @__PURE__ */ new Map();
    dataset.value.forEach((rule, i) => {
      const first2 = seen.get(rule.name);
      const path = [
        { type: "array", origin: "value", input: dataset.value, key: i, value: rule },
        { type: "object", origin: "value", input: rule, key: "name", value: rule.name }
      ];
      if (rule.name === GOVERNANCE_TIER) {
        addIssue({ message: `name "${GOVERNANCE_TIER}" is the built-in tier for governance files; choose another name`, path });
      } else if (first2 !== void 0) {
        addIssue({ message: `name "${rule.name}" is already used by approvals.rules[${first2}]; each rule needs its own name`, path });
      }
      if (first2 === void 0) seen.set(rule.name, i);
    });
  })
);
var levels = pipe(
  mapping({
    medium: optional(points, 25),
    high: optional(points, 50),
    critical: optional(points, 75)
  }),
  check(
    (l) => l.medium < l.high && l.high < l.critical,
    (issue) => `levels must rise: medium < high < critical, got medium ${issue.input.medium}, high ${issue.input.high}, critical ${issue.input.critical}`
  ),
  description("Lowest score of each level; below `medium` is low.")
);
function block(entries) {
  const schema = mapping(entries);
  const nothing = () => ({});
  return optional(schema, nothing);
}
var policySchema = mapping({
  $schema: optional(string()),
  version: described(picklist([1]), "Policy format version."),
  mode: optional(described(picklist(["enforce", "warn"]), "enforce fails the job on a violation; warn reports and passes."), "enforce"),
  "on-error": optional(
    described(
      picklist(["fail-closed", "fail-open"]),
      "When a platform API cannot be read: fail-closed stops without a decision (exit 2); fail-open reports it and decides without those facts."
    ),
    "fail-closed"
  ),
  "inputs-may-weaken": optional(
    described(
      boolean(),
      "Let workflow or component inputs relax this policy (e.g. `mode: warn` over `mode: enforce`); by default inputs may only tighten it."
    ),
    false
  ),
  risk: block({
    levels: optional(levels, {}),
    "fail-at": optional(
      described(
        levelOrNever,
        "Rule risk.fail-at: a violation when the risk level is at least this. For an AI-assisted change that ai.fail-at-risk already stops, only that rule is reported."
      ),
      "never"
    ),
    "documentation-paths": optional(
      described(globs, "Documentation: never counted as code of a sensitive group, nor as source that needs tests."),
      () => [...DEFAULT_DOCUMENTATION_PATHS]
    ),
    factors: block({
      size: block({
        "max-points": optional(points, 20),
        "saturate-lines": optional(
          described(
            wholeNumberFrom(1),
            "Lines changed that earn the full points; points grow with the logarithm of the lines, so every tenfold adds about the same."
          ),
          5e4
        ),
        "ignore-paths": optional(
          described(globs, "Generated files left out of the size."),
          () => ["**/package-lock.json", "**/yarn.lock", "**/pnpm-lock.yaml", "**/*.lock", "**/go.sum", "**/*.snap"]
        )
      }),
      spread: block({
        "max-points": optional(points, 10),
        "saturate-files": optional(described(wholeNumberFrom(1), "Files that earn the files half of the points; logarithmic like size."), 2e3),
        "saturate-directories": optional(described(wholeNumberFrom(1), "Directories that earn the directories half of the points; logarithmic like size."), 300)
      }),
      "sensitive-paths": block({
        "max-points": optional(points, 40)
      }),
      destructive: block({
        "points-each": optional(described(points, "Points per operation a revert does not undo (a dropped table)."), 25),
        "reversible-points-each": optional(described(points, "Points per operation a revert undoes (a deleted workflow, a removed prevent_destroy)."), 5),
        "max-points": optional(points, 50)
      }),
      "missing-tests": block({
        points: optional(points, 10),
        "source-paths": optional(globs, () => ["**/*.{ts,tsx,js,jsx,mjs,cjs,py,go,rs,java,kt,kts,rb,php,cs,c,cc,cpp,h,hpp,swift,scala,ex,exs,sh}"]),
        "test-paths": optional(globs, () => [...DEFAULT_TEST_PATHS])
      }),
      "ai-multiplier": optional(
        described(
          numberBetween(1, 5),
          "Score multiplier for a change written entirely by AI; a change with an AI share s is multiplied by 1 + (multiplier \u2212 1) \xD7 s."
        ),
        1.25
      )
    })
  }),
  "sensitive-paths": sensitiveGroups,
  attribution: block({
    identities: optional(
      described(
        array(
          mapping({
            tool: nonEmptyText,
            email: optional(nonEmptyText),
            name: optional(nonEmptyText),
            login: optional(nonEmptyText)
          })
        ),
        "Extra AI identities (author, committer, co-author or request author)."
      ),
      () => []
    ),
    trailers: optional(described(names, "Extra trailer keys whose presence marks a commit AI-assisted."), () => []),
    labels: optional(described(names, "Extra request labels that mark a change AI-assisted."), () => [])
  }),
  ai: block({
    "fail-at-risk": optional(described(levelOrNever, "Rule ai.fail-at-risk: a violation when an AI-assisted change reaches this risk level."), "never")
  }),
  findings: block({
    scope: optional(picklist(["new", "changed-lines", "changed-files", "all"]), "new"),
    max: optional(severityLimits, () => ({ critical: 0, high: 0 })),
    tools: optional(
      dictionary(
        mapping({
          max: optional(severityLimits),
          severity: optional(described(dictionary(severity), "Native severity word or rule id \u2192 severity."))
        })
      ),
      () => ({})
    ),
    missing: optional(described(picklist(["fail", "warn", "ignore"]), "When a report glob matches nothing or a file is unreadable."), "fail"),
    "secret-severity": optional(described(severity, "Severity of secret findings whose report gives none."), "high"),
    "max-report-bytes": optional(
      described(wholeNumberFrom(1), "Largest report file accepted; a larger one is a findings.report-unreadable problem."),
      4 * 1024 ** 3
    ),
    waivers: optional(array(waiver), () => []),
    "waiver-horizon-days": optional(
      described(wholeNumberFrom(1), "A waiver that expires further ahead than this many days is reported as a warning."),
      180
    ),
    suppressions: optional(
      described(
        picklist(["existing-only", "all"]),
        "existing-only: a suppression (nosemgrep, SARIF suppressions) the change itself adds does not remove its finding; all: every suppression in the report counts."
      ),
      "existing-only"
    )
  }),
  plans: block({
    "max-deletes": optional(described(wholeNumberFrom(0), "Rule plans.max-deletes: most resources the plans may delete; unlimited when absent.")),
    "max-replaces": optional(described(wholeNumberFrom(0), "Rule plans.max-replaces: most resources the plans may replace; unlimited when absent.")),
    "stateful-destroy": optional(
      described(
        picklist(["fail", "warn", "ignore"]),
        "Rule plans.stateful-destroy: what a plan that deletes or replaces a stateful resource (database, bucket, volume, key, DNS zone, queue, ...) is."
      ),
      "warn"
    ),
    "stateful-risk": optional(described(level, "The lowest risk level of a change whose plans destroy a stateful resource."), "critical"),
    "stateful-types": optional(
      described(names, "More resource types that hold state, as the tool names them (aws_db_instance, aws:rds/instance:Instance, AWS::RDS::DBInstance)."),
      () => []
    ),
    missing: optional(described(picklist(["fail", "warn", "ignore"]), "When a plan glob matches nothing or a file is not a readable plan."), "fail")
  }),
  approvals: block({
    rules: optional(approvalRules, () => [])
  }),
  declarations: block({
    require: optional(described(boolean(), "A violation when the request carries no AI-Assisted declaration."), false),
    contradiction: optional(
      described(picklist(["violation", "warning", "ignore"]), 'What a declaration of "no" contradicted by AI evidence is.'),
      "warning"
    )
  })
});

// src/core/policy/yaml-places.ts
function startOf(e) {
  if (e.type === EVENT_ID.POP || e.type === EVENT_ID.DOCUMENT) return -1;
  const starts = [e.anchorStart, e.type === EVENT_ID.ALIAS ? -1 : e.tagStart];
  if (e.type === EVENT_ID.SCALAR) starts.push(e.valueStart);
  if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) starts.push(e.start);
  const known = starts.filter((s) => s >= 0);
  return known.length ? Math.min(...known) : -1;
}
function placesOf(text2, events) {
  const places = /* @__PURE__ */ new Map();
  const note = (keys, at) => {
    if (keys && at >= 0 && !places.has(JSON.stringify(keys))) places.set(JSON.stringify(keys), at);
  };
  const node = (i, keys) => {
    const e = events[i];
    if (!e) return i;
    if (e.type === EVENT_ID.SEQUENCE) {
      let next = i + 1;
      for (let n = 0; events[next] && events[next].type !== EVENT_ID.POP; n++) {
        const item = keys && [...keys, n];
        note(item, startOf(events[next]));
        next = node(next, item);
      }
      return next + 1;
    }
    if (e.type === EVENT_ID.MAPPING) {
      let next = i + 1;
      while (events[next] && events[next].type !== EVENT_ID.POP) {
        const k = events[next];
        const entry = keys && k.type === EVENT_ID.SCALAR ? [...keys, getScalarValue(text2, k)] : void 0;
        note(entry, startOf(k));
        next = node(node(next, void 0), entry);
      }
      return next + 1;
    }
    return i + 1;
  };
  const first2 = events.findIndex((e) => e.type !== EVENT_ID.DOCUMENT);
  if (first2 >= 0) {
    note([], startOf(events[first2]));
    node(first2, []);
  }
  return places;
}
function lineStarts(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10 || c === 13 && text2.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function yamlPlaces(text2) {
  let places;
  try {
    places = placesOf(text2, parseEvents(text2, { maxDepth: 64 }));
  } catch {
    return () => void 0;
  }
  let starts;
  const describe2 = (offset) => {
    starts ??= lineStarts(text2);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `line ${lo + 1}, column ${offset - starts[lo] + 1}`;
  };
  return (keys) => {
    for (let n = keys.length; n >= 0; n--) {
      const offset = places.get(JSON.stringify(keys.slice(0, n)));
      if (offset !== void 0) return { offset, text: describe2(offset) };
    }
    return void 0;
  };
}

// src/core/policy/parse.ts
var MAX_POLICY_BYTES = 256 * 1024;
var MAX_LISTED_ISSUES = 50;
var MAX_ALIASES = 64;
function sha256(text2) {
  return createHash("sha256").update(text2).digest("hex");
}
function parsePolicy(text2, file) {
  const bytes = Buffer.byteLength(text2);
  if (bytes > MAX_POLICY_BYTES) {
    throw new InputError(
      `Policy ${file} is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES}.`,
      "A policy is a short YAML file; check that the right file was given."
    );
  }
  let doc;
  try {
    doc = text2.trim() === "" ? void 0 : load(text2, { filename: file, maxAliases: MAX_ALIASES, maxDepth: 64 });
  } catch (e) {
    if (e instanceof YAMLException) {
      const where2 = e.mark ? `${file}:${e.mark.line + 1}:${e.mark.column + 1}` : file;
      const tag = /^unknown (?:\w+ )?tag (.*)$/.exec(e.reason ?? "");
      if (tag) {
        throw new InputError(
          `Policy ${where2}: the YAML tag ${tag[1]} is not allowed; a policy is plain data (strings, numbers, booleans, lists, mappings).${e.mark?.snippet ? `
${e.mark.snippet}` : ""}`,
          'Remove the tag (the text starting with "!") and write the value itself.'
        );
      }
      throw new InputError(
        `Policy ${where2}: YAML syntax error: ${e.reason}${e.mark?.snippet ? `
${e.mark.snippet}` : ""}`,
        "Fix the YAML at that line (indentation, a missing colon or quote), then run again."
      );
    }
    throw e;
  }
  if (doc === void 0 || doc === null) {
    throw new InputError(`Policy ${file} is empty.`, 'Start from `version: 1`; see the README "Policy" section.');
  }
  const result = validate(policySchema, doc);
  if (!result.ok) {
    const { problems } = result;
    const place = yamlPlaces(text2);
    const offsets = new Map(problems.map((p) => [p, place(p.keys)?.offset ?? 0]));
    const inFileOrder = [...problems].sort((a, b) => offsets.get(a) - offsets.get(b));
    throw new InputError(
      `Policy ${file} is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"}):
${listProblems(inFileOrder, MAX_LISTED_ISSUES, (keys) => place(keys)?.text)}`,
      "Fix the keys above; schema/policy.schema.json lists every key, and editors can check it with a `# yaml-language-server: $schema=` line."
    );
  }
  return { policy: result.value, sha256: sha256(text2) };
}
function defaultPolicy() {
  const result = validate(policySchema, { version: 1 });
  if (!result.ok) throw new Error("the built-in default policy does not validate");
  return result.value;
}

// src/core/findings/baseline.ts
function messageKey(message2) {
  return message2.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
}
function fingerprintKey({ finding: f, path }, withPath) {
  if (f.fingerprint === void 0) return void 0;
  return `${f.tool.toLowerCase()}\0${f.rule}\0${withPath ? path ?? "" : ""}\0${f.fingerprint}`;
}
function contentKey({ finding: f, path }) {
  return `${f.tool.toLowerCase()}\0${f.rule}\0${path ?? ""}\0${messageKey(f.message)}`;
}
function fromReport(f) {
  return f.baselineState === "unchanged" || f.baselineState === "updated" ? "existing" : "new";
}
function buckets(baseline, key) {
  const map = /* @__PURE__ */ new Map();
  baseline.forEach((l, i) => {
    const k = key(l);
    if (k === void 0) return;
    const list2 = map.get(k);
    if (list2) list2.push(i);
    else map.set(k, [i]);
  });
  return map;
}
function classifyNovelty(findings, baseline) {
  if (baseline === void 0) return findings.map((l) => fromReport(l.finding));
  const before = baseline.filter((l) => l.finding.baselineState !== "absent");
  const used = /* @__PURE__ */ new Set();
  const result = findings.map(() => "new");
  for (const withPath of [true, false]) {
    const byFingerprint = buckets(before, (l) => fingerprintKey(l, withPath));
    findings.forEach((l, i) => {
      if (result[i] === "existing") return;
      const key = fingerprintKey(l, withPath);
      const hit = key === void 0 ? void 0 : byFingerprint.get(key)?.find((j) => !used.has(j));
      if (hit !== void 0) {
        used.add(hit);
        result[i] = "existing";
      }
    });
  }
  const byContent = buckets(before, contentKey);
  const pair2 = (sameLine) => findings.forEach((l, i) => {
    if (result[i] === "existing") return;
    const hit = byContent.get(contentKey(l))?.find((j) => {
      const b = before[j].finding;
      if (used.has(j)) return false;
      if (l.finding.fingerprint !== void 0 && b.fingerprint !== void 0) return false;
      return !sameLine || b.location.startLine === l.finding.location.startLine;
    });
    if (hit !== void 0) {
      used.add(hit);
      result[i] = "existing";
    }
  });
  pair2(true);
  pair2(false);
  return result;
}

// src/core/findings/dedupe.ts
function duplicateKey(finding, path) {
  const place = `${path ?? ""}\0${finding.location.startLine ?? ""}`;
  const identity = finding.fingerprint !== void 0 ? `fp\0${finding.fingerprint}` : `msg\0${finding.message}`;
  return `${finding.tool}\0${finding.rule}\0${place}\0${identity}`;
}
function markDuplicates(keys) {
  const seen = /* @__PURE__ */ new Set();
  return keys.map((key) => {
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

// src/core/findings/overrides.ts
function toolPolicies(tools, tool) {
  const wanted = tool.toLowerCase();
  return Object.keys(tools).filter((key) => key.toLowerCase() === wanted).sort((a, b) => a === tool ? -1 : b === tool ? 1 : a < b ? -1 : a > b ? 1 : 0).map((key) => tools[key]);
}
function overriddenSeverity(finding, tools) {
  const maps = toolPolicies(tools, finding.tool).map((t) => t.severity).filter((m) => m !== void 0);
  for (const map of maps) {
    if (Object.hasOwn(map, finding.rule)) return map[finding.rule];
  }
  const native = finding.nativeSeverity?.trim().toLowerCase();
  if (native === void 0 || native === "") return void 0;
  for (const map of maps) {
    const key = Object.keys(map).find((k) => k.trim().toLowerCase() === native);
    if (key !== void 0) return map[key];
  }
  return void 0;
}
function applySeverityOverrides(findings, tools) {
  if (Object.keys(tools).length === 0) return [...findings];
  return findings.map((f) => {
    const severity2 = overriddenSeverity(f, tools);
    return severity2 === void 0 || severity2 === f.severity ? f : { ...f, severity: severity2 };
  });
}

// src/core/findings/result.ts
var OVER_THRESHOLD_CAP = 100;
function zeroCounts() {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };
}
function severityRank(severity2) {
  return SEVERITIES.indexOf(severity2);
}

// src/core/findings/scope.ts
var CONTAINER_WORKSPACES = ["/github/workspace"];
function indexChange(files) {
  const map = /* @__PURE__ */ new Map();
  for (const f of files) map.set(f.path, f);
  const bySuffix = [...map.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return { files: map, bySuffix };
}
function isAbsolute(path) {
  return path.startsWith("/") || /^[a-z]:\//i.test(path);
}
function fromFileUri(uri) {
  let path = uri.slice("file:".length);
  if (path.startsWith("//")) {
    const rest = path.slice(2);
    path = rest.startsWith("/") ? rest : `//${rest}`;
  }
  if (/^\/[a-z]:\//i.test(path)) path = path.slice(1);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
function clean(path) {
  let p = /^file:/i.test(path) ? fromFileUri(path) : path;
  p = p.replace(/\\/g, "/").replace(/(?<!^)\/{2,}/g, "/");
  while (p.startsWith("./")) p = p.slice(2);
  return p;
}
function underRoot(path, root) {
  const r = clean(root).replace(/\/+$/, "");
  if (r === "") return void 0;
  const windows = /^[a-z]:\//i.test(r);
  const head = path.slice(0, r.length + 1);
  const match = windows ? head.toLowerCase() === `${r}/`.toLowerCase() : head === `${r}/`;
  return match ? path.slice(r.length + 1) : void 0;
}
function repoPath(raw, roots, change) {
  if (raw === void 0 || raw.trim() === "") return void 0;
  const path = clean(raw.trim());
  if (!isAbsolute(path)) return path;
  for (const root of [...roots, ...CONTAINER_WORKSPACES]) {
    const rel = underRoot(path, root);
    if (rel !== void 0 && rel !== "") return rel;
  }
  const tail = change.bySuffix.find((p) => path.endsWith(`/${p}`));
  return tail ?? path;
}
function addedRangesOf(file) {
  return file.addedRanges;
}
function inChange(scope, path, startLine, endLine, change) {
  if (path === void 0) return false;
  const file = change.files.get(path);
  if (file === void 0 || file.status === "deleted") return false;
  if (scope === "changed-files") return true;
  const ranges = addedRangesOf(file);
  if (ranges === void 0) return true;
  if (startLine === void 0) return ranges.length > 0;
  const last = endLine !== void 0 && endLine >= startLine ? endLine : startLine;
  return ranges.some(([from, to]) => from <= last && to >= startLine);
}

// src/core/findings/thresholds.ts
function countOf(findings, severity2) {
  let n = 0;
  for (const f of findings) if (f.severity === severity2) n += 1;
  return n;
}
function describeCount(n, severity2, scope) {
  const noun = n === 1 ? "finding" : "findings";
  const what = severity2 === "unknown" ? `${noun} of unknown severity` : `${severity2} ${noun}`;
  switch (scope) {
    case "new":
      return `${n} new ${what}`;
    case "changed-lines":
      return `${n} ${what} on lines this change adds`;
    case "changed-files":
      return `${n} ${what} in files this change touches`;
    case "all":
      return `${n} ${what}`;
  }
}
var REMEDIATION = "Fix them (they are listed under the findings over the threshold), or, for a finding that is accepted, add a waiver to findings.waivers with a reason, an owner and an expiry date.";
function checkThresholds(inScope, limits, tools, scope) {
  const violations = [];
  const overSeverity = /* @__PURE__ */ new Set();
  const overTool = /* @__PURE__ */ new Set();
  for (const severity2 of SEVERITIES) {
    const max = limits[severity2];
    const n = countOf(inScope, severity2);
    if (max === void 0 || n <= max) continue;
    overSeverity.add(severity2);
    violations.push({ rule: "findings.max", message: `${describeCount(n, severity2, scope)}; the policy allows ${max}.`, remediation: REMEDIATION, level: "error" });
  }
  for (const key of Object.keys(tools).sort()) {
    const max = tools[key].max;
    if (max === void 0) continue;
    const tool = key.toLowerCase();
    const own2 = inScope.filter((f) => f.tool.toLowerCase() === tool);
    for (const severity2 of SEVERITIES) {
      const limit = max[severity2];
      const n = countOf(own2, severity2);
      if (limit === void 0 || n <= limit) continue;
      overTool.add(`${tool}\0${severity2}`);
      violations.push({
        rule: "findings.tools.max",
        message: `${describeCount(n, severity2, scope)} from ${key}; the policy allows ${limit} (findings.tools.${key}.max.${severity2}).`,
        remediation: REMEDIATION,
        level: "error"
      });
    }
  }
  return {
    violations,
    isOver: (f) => overSeverity.has(f.severity) || overTool.has(`${f.tool.toLowerCase()}\0${f.severity}`)
  };
}

// src/core/findings/apply.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareListed(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || compareText(a.tool, b.tool) || compareText(a.rule, b.rule) || compareText(a.path ?? "", b.path ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message) || compareText(a.fingerprint ?? "", b.fingerprint ?? "");
}
function listed({ finding: f, path, novelty }) {
  const item = { tool: f.tool, rule: f.rule, severity: f.severity, message: f.message, state: novelty };
  if (path !== void 0) item.path = path;
  if (f.location.startLine !== void 0) item.line = f.location.startLine;
  if (f.fingerprint !== void 0) item.fingerprint = f.fingerprint;
  return item;
}
function locate(findings, roots, change) {
  return findings.map((finding) => ({ finding, path: repoPath(finding.location.path, roots, change) }));
}
function toolsRead(reports) {
  const tools = /* @__PURE__ */ new Set();
  for (const r of reports) {
    for (const name of r.tool.split(", ")) tools.add(name.toLowerCase());
    for (const f of r.findings) tools.add(f.tool.toLowerCase());
  }
  return tools;
}
function addedByChange(l, change) {
  const f = l.finding;
  if (!f.suppressedInSource) return false;
  const start = f.location.startLine;
  return inChange("changed-lines", l.path, start === void 0 ? void 0 : Math.max(1, start - 1), f.location.endLine ?? start, change);
}
function applyFindingsPolicy(input) {
  const policy = input.policy.findings;
  const { scope, waivers } = policy;
  const roots = input.roots ?? [];
  const change = indexChange(input.change.files);
  const all = locate(
    applySeverityOverrides(
      input.reports.flatMap((r) => r.findings),
      policy.tools
    ),
    roots,
    change
  );
  const counts = zeroCounts();
  const suppressedBySeverity = zeroCounts();
  let suppressed = 0;
  let absent = 0;
  const active = [];
  const honourAll = policy.suppressions === "all";
  const notHonoured = [];
  for (const l of all) {
    if (l.finding.suppressed && !honourAll && addedByChange(l, change)) {
      notHonoured.push(l);
      counts[l.finding.severity] += 1;
      active.push(l);
    } else if (l.finding.suppressed) {
      suppressed += 1;
      suppressedBySeverity[l.finding.severity] += 1;
    } else if (l.finding.baselineState === "absent") {
      absent += 1;
    } else {
      counts[l.finding.severity] += 1;
      active.push(l);
    }
  }
  const isDuplicate = markDuplicates(active.map((l) => duplicateKey(l.finding, l.path)));
  const distinct = active.filter((_, i) => !isDuplicate[i]);
  const duplicates = active.length - distinct.length;
  const baseline = input.baseline === void 0 ? void 0 : locate(input.baseline, roots, change);
  const novelty = classifyNovelty(distinct, baseline);
  const live = distinct.map((l, i) => ({ ...l, novelty: novelty[i] }));
  const expired = waivers.map((w) => isExpired(w, input.now));
  const matched = waivers.map(() => 0);
  const waivedBySeverity = zeroCounts();
  const inScope = zeroCounts();
  const outOfScope = zeroCounts();
  let waived = 0;
  const counted = [];
  for (const l of live) {
    let waivedHere = false;
    waivers.forEach((w, i) => {
      if (!waiverMatches(w, l.finding, l.path)) return;
      matched[i] += 1;
      if (!expired[i]) waivedHere = true;
    });
    if (waivedHere) {
      waived += 1;
      waivedBySeverity[l.finding.severity] += 1;
      continue;
    }
    const within = scope === "all" || (scope === "new" ? l.novelty === "new" : inChange(scope, l.path, l.finding.location.startLine, l.finding.location.endLine, change));
    if (within) {
      inScope[l.finding.severity] += 1;
      counted.push(l);
    } else {
      outOfScope[l.finding.severity] += 1;
    }
  }
  const limits = { ...policy.max };
  const thresholds = checkThresholds(
    counted.map((l) => l.finding),
    limits,
    policy.tools,
    scope
  );
  const over = counted.filter((l) => thresholds.isOver(l.finding)).map(listed).sort(compareListed);
  const statuses = waivers.map((w, i) => waiverStatus(w, i, input.now, matched[i]));
  const tools = toolsRead(input.reports);
  const expiredList = statuses.filter((_, i) => expired[i]);
  const unused = statuses.filter((s, i) => {
    if (expired[i] || s.matched > 0) return false;
    if (!hasMatcher(waivers[i])) return true;
    return input.reports.length > 0 && (s.tool === void 0 || tools.has(s.tool.toLowerCase()));
  });
  const expiringSoon = statuses.filter((s, i) => !expired[i] && s.daysLeft <= EXPIRING_SOON_DAYS);
  const horizon = policy["waiver-horizon-days"];
  const tooBroad = statuses.filter((_, i) => !expired[i] && waivesEverything(waivers[i]));
  const tooLong = statuses.filter((s, i) => !expired[i] && s.daysLeft > horizon);
  const invalidLevels = all.filter((l) => l.finding.severity === "unknown" && l.finding.nativeSeverity?.includes("not a SARIF level")).length;
  const notes = invalidLevels ? [`${invalidLevels} SARIF result${invalidLevels === 1 ? " has" : "s have"} a level SARIF does not define (only error, warning, note and none): read as severity unknown. Fix the scanner's output, or map the word with findings.tools.<tool>.severity.`] : [];
  return {
    reports: input.reports.map(({ path, format, tool, sha256: sha2562, results }) => ({ path, format, tool, sha256: sha2562, results })),
    counts,
    suppressed,
    absent,
    waived,
    duplicates,
    inScope,
    outOfScope,
    waivedBySeverity,
    suppressedBySeverity,
    overThreshold: over.slice(0, OVER_THRESHOLD_CAP),
    overThresholdTotal: over.length,
    limits,
    waivers: { expired: expiredList, unused, expiringSoon, tooBroad, tooLong },
    suppressionsNotHonoured: notHonoured.map((l) => listed({ ...l, novelty: "new" })).sort(compareListed),
    notes,
    scope,
    violations: [
      ...thresholds.violations,
      ...expiredList.map(expiredViolation),
      ...unused.map(unusedViolation),
      ...tooBroad.map(tooBroadViolation),
      ...tooLong.map((w) => tooLongViolation(w, horizon))
    ]
  };
}

// src/core/oversight/approver-set.ts
var norm = (s) => s.trim().replace(/^@+/, "").toLowerCase();
function unique(values) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const v of values) {
    const k = v.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}
function approverSet(users, teams, owners, ownedFiles) {
  const set = {
    users: unique(users.map((u) => u.trim().replace(/^@+/, ""))),
    teams: unique(teams.map((t) => t.trim().replace(/^@+/, ""))),
    owners: unique(owners),
    ownedFiles: unique(ownedFiles)
  };
  return { ...set, anyone: set.users.length + set.teams.length + set.owners.length === 0 };
}
function approverSetKey(set) {
  if (set.anyone) return "anyone";
  const sorted = (xs) => xs.map(norm).sort();
  return JSON.stringify([sorted(set.users), sorted(set.teams), sorted(set.owners), set.noOwnersFile === true]);
}
function mergeApproverSets(a, b) {
  return { ...a, ownedFiles: unique([...a.ownedFiles, ...b.ownedFiles]) };
}
function ownerMatches(owner, login, teams) {
  const kind = ownerKind(owner);
  if (kind === "role" || kind === "email") return false;
  const o = norm(owner);
  return kind === "user" && o === login || teams.includes(o);
}
function viaOf(approval, set) {
  if (set.anyone) return "any-reviewer";
  const login = norm(approval.login);
  const teams = (approval.teams ?? []).map(norm);
  if (set.users.some((u) => norm(u) === login)) return "user";
  const team = set.teams.find((t) => teams.includes(norm(t)));
  if (team !== void 0) return `team:${team}`;
  if (set.owners.some((o) => ownerMatches(o, login, teams))) return "codeowner";
  return void 0;
}

// src/core/oversight/count-approvals.ts
var lower = (s) => s.trim().replace(/^@+/, "").toLowerCase();
function isBotLogin(approval) {
  return approval.isBot === true || /\[bot\]$/i.test(approval.login.trim());
}
function isStale(approval, headSha) {
  if (approval.commitUnknown) return true;
  if (approval.commitSha === void 0) return false;
  const given = approval.commitSha.trim().toLowerCase();
  const head = headSha.toLowerCase();
  return !(given === head || given.length >= 7 && head.startsWith(given));
}
function latestPerLogin(approvals, headSha) {
  const byLogin = /* @__PURE__ */ new Map();
  for (const a of approvals) {
    const key = lower(a.login);
    const prev = byLogin.get(key);
    if (!prev || isStale(prev, headSha) || !isStale(a, headSha)) byLogin.set(key, a);
  }
  return [...byLogin.values()];
}
function personalReason(a, people) {
  const login = lower(a.login);
  if (people.author && login === lower(people.author)) return "author";
  if (people.requester && login === lower(people.requester)) return "requester";
  if (isBotLogin(a)) return "bot";
  if (people.isAiIdentity(a.login)) return "ai-identity";
  return void 0;
}
function countApprovals(approvals, set, allowStale, people) {
  const counted = [];
  const notCounted = [];
  for (const a of latestPerLogin(approvals, people.headSha)) {
    const personal = personalReason(a, people);
    if (personal) {
      notCounted.push({ login: a.login, why: personal });
      continue;
    }
    const via = viaOf(a, set);
    if (!via) notCounted.push({ login: a.login, why: "not-in-approver-set" });
    else if (!allowStale && isStale(a, people.headSha)) notCounted.push({ login: a.login, why: "stale" });
    else counted.push({ login: a.login, via });
  }
  return { counted, notCounted };
}

// src/core/oversight/tiers.ts
function pathsOf(file) {
  return file.previousPath && file.previousPath !== file.path ? [file.path, file.previousPath] : [file.path];
}
function applyTier(rule, facts) {
  const when = rule.when;
  if (when["ai-assisted"] !== void 0 && when["ai-assisted"] !== facts.aiAssisted) return void 0;
  const atLeast2 = when["risk-at-least"];
  if (atLeast2 !== void 0 && RISK_LEVELS.indexOf(facts.riskLevel) < RISK_LEVELS.indexOf(atLeast2)) return void 0;
  if (when.labels !== void 0) {
    const wanted = new Set(when.labels.map((l) => l.toLowerCase()));
    if (!facts.labels.some((l) => wanted.has(l.toLowerCase()))) return void 0;
  }
  if (!planConditionsHold(when, facts.plan)) return void 0;
  const all = facts.files.flatMap(pathsOf);
  if (when.paths === void 0) return { rule, files: all };
  const match = globMatcher(when.paths);
  const files = all.filter(match);
  return files.length ? { rule, files } : void 0;
}
function planConditionsHold(when, plan) {
  const facts = plan ?? { destroysStateful: false, destroyed: 0 };
  const stateful = when["destroys-stateful"];
  if (stateful !== void 0 && facts.destroysStateful !== void 0 && facts.destroysStateful !== stateful) return false;
  if (stateful === false && facts.destroysStateful === void 0) return false;
  const atLeast2 = when["destroys-at-least"];
  if (atLeast2 !== void 0 && facts.destroyed !== void 0 && facts.destroyed < atLeast2) return false;
  return true;
}
function applicableTiers(rules, facts) {
  return rules.map((r) => applyTier(r, facts)).filter((t) => t !== void 0);
}

// src/core/oversight/still-missing.ts
var norm2 = (s) => s.trim().replace(/^@+/, "").toLowerCase();
function candidatesOf(named3, excluded) {
  const byKey = /* @__PURE__ */ new Map();
  const add = (key, who, kind, i) => {
    const c = byKey.get(key) ?? { key, who, kind, covers: [], once: kind === "user" };
    if (!c.covers.includes(i)) c.covers.push(i);
    byKey.set(key, c);
  };
  named3.forEach((r, i) => {
    for (const u of r.approvers.users) if (!excluded.has(norm2(u))) add(`u:${norm2(u)}`, u, "user", i);
    for (const t of r.approvers.teams) add(`t:${norm2(t)}`, t, "team", i);
    for (const o of r.approvers.owners) {
      if (!o.startsWith("@") || o.startsWith("@@")) continue;
      if (isTeamOwner(o)) add(`t:${norm2(o)}`, o.slice(1), "team", i);
      else if (!excluded.has(norm2(o))) add(`u:${norm2(o)}`, o.slice(1), "user", i);
    }
  });
  return [...byKey.values()];
}
var SEARCH_LIMIT = 2e4;
function search(gaps, candidates) {
  let best;
  let steps = 0;
  const used = /* @__PURE__ */ new Set();
  const picks = [];
  const lowerBound = (g) => Math.max(0, ...g);
  const go = (g) => {
    if (++steps > SEARCH_LIMIT) return;
    const i = g.findIndex((n) => n > 0);
    if (i < 0) {
      if (!best || picks.length < best.length) best = [...picks];
      return;
    }
    if (best && picks.length + lowerBound(g) >= best.length) return;
    const viable = candidates.filter((c) => c.covers.includes(i) && !(c.once && used.has(c.key)));
    if (!viable.length) {
      picks.push({ who: "", kind: "nobody", rules: [String(i)] });
      go(g.map((n, j) => j === i ? n - 1 : n));
      picks.pop();
      return;
    }
    for (const c of viable) {
      if (c.once) used.add(c.key);
      picks.push({ who: c.who, kind: c.kind, rules: c.covers.map(String) });
      go(g.map((n, j) => n > 0 && c.covers.includes(j) ? n - 1 : n));
      picks.pop();
      if (c.once) used.delete(c.key);
    }
  };
  go(gaps);
  return steps > SEARCH_LIMIT ? void 0 : best;
}
function stillMissing(required, people, approvals) {
  const open = required.filter((r) => !r.satisfied);
  const anyone = open.filter((r) => r.approvers.anyone);
  const named3 = open.filter((r) => !r.approvers.anyone);
  const excluded = new Set([people.author, people.requester, ...approvals.map((a) => a.login)].filter((x) => !!x).map(norm2));
  const candidates = candidatesOf(named3, excluded);
  const reachable = named3.filter((_, i) => candidates.some((c) => c.covers.includes(i)));
  const unreachable = named3.filter((_, i) => !candidates.some((c) => c.covers.includes(i)));
  const reachableCandidates = candidates.map((c) => ({ ...c, covers: c.covers.filter((i) => reachable.includes(named3[i])).map((i) => reachable.indexOf(named3[i])) })).filter((c) => c.covers.length);
  const found2 = search(reachable.map((r) => r.missing), reachableCandidates);
  const ruleNames = (indexes) => indexes.map((i) => reachable[Number(i)].rules.join(" + "));
  const picked = found2 ? found2.map((p) => ({ ...p, rules: ruleNames(p.rules) })) : reachable.flatMap((r) => Array.from({ length: r.missing }, () => ({ who: "", kind: "nobody", rules: [r.rules.join(" + ")] })));
  const nobody = picked.filter((p) => p.kind === "nobody");
  const from = picked.filter((p) => p.kind !== "nobody");
  const anyoneGap = Math.max(0, ...anyone.map((r) => r.missing));
  const anyoneRules = anyone.map((r) => r.rules.join(" + "));
  for (const p of from) p.rules.push(...anyoneRules.filter((n) => !p.rules.includes(n)));
  for (let k = from.length; k < anyoneGap; k++) from.push({ who: "any reviewer", kind: "anyone", rules: anyoneRules });
  const unreachableGap = unreachable.reduce((n, r) => n + r.missing, 0);
  const short4 = [...new Set(nobody.flatMap((p) => p.rules))];
  return { count: from.length + nobody.length + unreachableGap, from, unreachable: [...unreachable.map((r) => r.rules.join(" + ")), ...short4] };
}

// src/core/oversight/evaluate-oversight.ts
var NOT_APPLICABLE_REASON = "no pull or merge request (a push or a manual run)";
var APPROVALS_RULE_ID = "approvals.required";
function ownersOfFiles(codeowners, files) {
  const owners = [];
  const ownedFiles = [];
  for (const f of files) {
    const o = codeowners?.ownersOf(f).owners ?? [];
    if (o.length) ownedFiles.push(f);
    owners.push(...o);
  }
  return { owners, ownedFiles };
}
function policyTier(rule, files, codeowners, notes) {
  const req = rule.require;
  const owned = req.codeowners ? ownersOfFiles(codeowners, files) : { owners: [], ownedFiles: [] };
  if (req.codeowners && !codeowners && req["if-no-codeowners"] === "fail") {
    const set2 = { ...approverSet(req.users ?? [], req.teams ?? [], [], []), anyone: false, noOwnersFile: true };
    const others = set2.users.length + set2.teams.length ? `; only ${describeApprovers(set2)} can approve` : "; nobody can approve until one is committed";
    notes.push(`Approval rule "${rule.name}" asks for code owners, but the target branch has no CODEOWNERS file${others}. Commit a CODEOWNERS file to the target branch, or set \`if-no-codeowners: any-reviewer\` on the rule.`);
    return { names: [rule.name], set: set2, count: req.count, allowStale: req["allow-stale"] };
  }
  const set = approverSet(req.users ?? [], req.teams ?? [], owned.owners, owned.ownedFiles);
  if (req.codeowners && owned.owners.length === 0) {
    const why = codeowners ? "no CODEOWNERS entry owns the files it matched" : "the base revision has no CODEOWNERS file";
    const who = set.anyone ? "any reviewer other than the author and the requester counts" : `only ${describeApprovers(set)} count`;
    notes.push(`Approval rule "${rule.name}" asks for code owners, but ${why}; ${who}.`);
  }
  return { names: [rule.name], set, count: req.count, allowStale: req["allow-stale"] };
}
function governanceTier(paths, codeowners, notes) {
  if (!paths.length) return void 0;
  const owned = ownersOfFiles(codeowners, paths);
  const unowned = paths.filter((p) => !owned.ownedFiles.includes(p));
  if (unowned.length) {
    const who = owned.owners.length ? "the owners of the other governance files approve" : "any reviewer other than the author and the requester can approve";
    notes.push(`This change edits governance files no CODEOWNERS entry covers (${unowned.join(", ")}); ${who}. A CODEOWNERS entry for them is advisable.`);
  }
  return { names: [GOVERNANCE_TIER], set: approverSet([], [], owned.owners, owned.ownedFiles), count: 1, allowStale: false };
}
function mergeTiers(tiers) {
  const byKey = /* @__PURE__ */ new Map();
  for (const t of tiers) {
    const key = approverSetKey(t.set);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...t, names: [...t.names] });
      continue;
    }
    for (const n of t.names) if (!prev.names.includes(n)) prev.names.push(n);
    prev.set = mergeApproverSets(prev.set, t.set);
    prev.count = Math.max(prev.count, t.count);
    prev.allowStale = prev.allowStale && t.allowStale;
  }
  return [...byKey.values()];
}
function violationOf(r) {
  return { rule: APPROVALS_RULE_ID, level: "error", message: requirementMessage(r), remediation: requirementRemediation(r) };
}
function evaluateOversight(input) {
  const notes = [];
  const applied = applicableTiers(input.rules, {
    aiAssisted: input.aiAssisted,
    riskLevel: input.riskLevel,
    files: input.files,
    labels: input.request?.labels ?? [],
    plan: input.plan
  });
  const tiers = applied.map((t) => policyTier(t.rule, t.files, input.codeowners, notes));
  const governance = governanceTier(input.governanceChanges, input.codeowners, notes);
  if (governance) tiers.push(governance);
  if (!input.request) {
    return {
      applicable: false,
      reason: NOT_APPLICABLE_REASON,
      required: [],
      observed: [],
      satisfied: false,
      violations: [],
      notes,
      wouldApply: [...new Set(tiers.flatMap((t) => t.names))]
    };
  }
  const request = input.request;
  const people = {
    author: request.author,
    requester: input.requester?.login,
    headSha: input.headSha,
    isAiIdentity: input.isAiIdentity
  };
  const required = mergeTiers(tiers).map((t) => {
    const { counted, notCounted } = countApprovals(request.approvals, t.set, t.allowStale, people);
    const missing = Math.max(0, t.count - counted.length);
    return {
      rules: t.names,
      approvers: t.set,
      needed: t.count,
      allowStale: t.allowStale,
      counted,
      notCounted,
      missing,
      satisfied: missing === 0
    };
  });
  const subject = request.number === void 0 && request.headSha === void 0 ? void 0 : { number: request.number, ...request.headSha ? { headSha: request.headSha } : {} };
  return {
    applicable: true,
    ...subject ? { subject } : {},
    required,
    observed: request.approvals,
    stillMissing: stillMissing(required, people, request.approvals),
    satisfied: required.every((r) => r.satisfied),
    violations: required.filter((r) => !r.satisfied).map(violationOf),
    notes,
    wouldApply: []
  };
}

// src/core/oversight/codeowners-pattern.ts
var escapeRe = (c) => c.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var escapeClassChar = (c) => /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
function bracketClass(p, start) {
  let i = start + 1;
  let negate = false;
  if (p[i] === "!" || p[i] === "^") {
    negate = true;
    i++;
  }
  const items = [];
  for (; i < p.length; i++) {
    let c = p[i];
    if (c === "]") {
      if (!items.length) return { re: negate ? "[^/]" : "(?!)", end: i };
      return { re: negate ? `[^/${items.join("")}]` : `(?!/)[${items.join("")}]`, end: i };
    }
    if (c === "\\" && i + 1 < p.length) c = p[++i];
    if (p[i + 1] === "-" && i + 2 < p.length && p[i + 2] !== "]") {
      let j = i + 2;
      let hi = p[j];
      if (hi === "\\" && j + 1 < p.length) hi = p[++j];
      i = j;
      if (c <= hi) items.push(`${escapeClassChar(c)}-${escapeClassChar(hi)}`);
      continue;
    }
    items.push(escapeClassChar(c));
  }
  return void 0;
}
function fragmentRe(p, classes) {
  let re2 = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\" && i + 1 < p.length) re2 += escapeRe(p[++i]);
    else if (c === "*") re2 += "[^/]*";
    else if (c === "?") re2 += "[^/]";
    else if (c === "[" && classes) {
      const cls = bracketClass(p, i);
      if (!cls) return "(?!)";
      re2 += cls.re;
      i = cls.end;
    } else re2 += escapeRe(c);
  }
  return re2;
}
function githubTest(pattern) {
  let p = pattern;
  let anchored = p.startsWith("/");
  if (anchored) p = p.slice(1);
  const dirOnly = p.endsWith("/");
  if (dirOnly) p = p.replace(/\/+$/, "");
  if (p.includes("/")) anchored = true;
  const segments = p.split("/").filter((s) => s !== "");
  if (segments.length === 0) return () => false;
  let re2 = anchored ? "^" : "^(?:.*/)?";
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === "**") re2 += last ? ".+" : "(?:[^/]+/)*";
    else re2 += fragmentRe(seg, false) + (last ? "" : "/");
  });
  const lastSeg = segments[segments.length - 1];
  const childrenOnly = !dirOnly && lastSeg === "*" && (anchored || segments.length > 1);
  if (lastSeg === "**" || childrenOnly) re2 += "$";
  else if (dirOnly) re2 += "/.+$";
  else re2 += "(?:/.*)?$";
  const rx = new RegExp(re2, "s");
  return (path) => rx.test(path);
}
function gitlabTest(pattern) {
  let p = pattern === "*" ? "/**/*" : pattern;
  if (!p.startsWith("/")) p = `/**/${p}`;
  if (p.endsWith("/")) p = `${p}**/*`;
  let re2 = "^";
  for (let i = 0; i < p.length; ) {
    if (p.startsWith("**/", i)) {
      re2 += "(?:[^/]*/)*";
      i += 3;
      continue;
    }
    const next = p.indexOf("**/", i);
    const end = next === -1 ? p.length : next;
    re2 += fragmentRe(p.slice(i, end), true);
    i = end;
  }
  const rx = new RegExp(`${re2}$`, "s");
  return (path) => rx.test(`/${path.replace(/^\/+/, "")}`);
}
function compileCodeownersPattern(pattern, syntax) {
  return syntax === "github" ? githubTest(pattern) : gitlabTest(pattern);
}

// src/core/oversight/codeowners.ts
var DEFAULT_SECTION = "codeowners";
var SECTION_HEADER = /^(\^)?\[([^\]]*)\](?:\[(\d*)\])?(\s+.*)?/;
var USER_OR_TEAM = /^@{1,2}[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function isOwnerToken(token) {
  return USER_OR_TEAM.test(token) || EMAIL.test(token);
}
function splitPattern(line2) {
  for (let i = 0; i < line2.length; i++) {
    if (line2[i] === "\\") {
      i++;
      continue;
    }
    if (/\s/.test(line2[i])) return { pattern: line2.slice(0, i), rest: line2.slice(i).trim() };
  }
  return { pattern: line2, rest: "" };
}
function unescapePattern(pattern) {
  return pattern.replace(/^\\#/, "#").replace(/\\(\s)/g, "$1");
}
function ownerTokens(text2, lineNo, problems) {
  const owners = [];
  for (const token of text2.split(/\s+/).filter(Boolean)) {
    if (token.startsWith("#")) break;
    if (isOwnerToken(token)) owners.push(token);
    else problems.push(`line ${lineNo}: "${token}" is not an owner (expected @user, @org/team or an email address); ignored`);
  }
  return owners;
}
function looksLikeGitlab(text2) {
  return text2.split(/\r?\n/).some((l) => /^\^?\[[^\]]+\](?:\[\d+\])?(?:\s|$)/.test(l.trim()));
}
function uniqueCi(values) {
  const seen = /* @__PURE__ */ new Set();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function parseCodeowners(text2, syntax) {
  const flavour = syntax ?? (looksLikeGitlab(text2) ? "gitlab" : "github");
  const entries = [];
  const problems = [];
  const sections = /* @__PURE__ */ new Map();
  sections.set(DEFAULT_SECTION, { name: DEFAULT_SECTION, optional: false, approvals: 1 });
  let section = DEFAULT_SECTION;
  let defaults = [];
  text2.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const line2 = raw.trim();
    if (line2 === "" || line2.startsWith("#")) return;
    const header = flavour === "gitlab" ? SECTION_HEADER.exec(line2) : null;
    if (header) {
      const name = header[2].trim();
      if (name === "") problems.push(`line ${lineNo}: a section header with no name`);
      const key = [...sections.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
      const optional2 = header[1] === "^";
      const approvals = header[3] ? Math.max(1, Number(header[3])) : 1;
      const existing = key ? sections.get(key) : void 0;
      if (existing) {
        existing.optional = existing.optional && optional2;
        existing.approvals = Math.max(existing.approvals, approvals);
        section = existing.name;
      } else {
        sections.set(name, { name, optional: optional2, approvals });
        section = name;
      }
      defaults = ownerTokens(header[4] ?? "", lineNo, problems);
      return;
    }
    const { pattern: written, rest } = splitPattern(line2);
    const exclusion = written.startsWith("!");
    if (exclusion && flavour === "github") {
      problems.push(`line ${lineNo}: "${written}": GitHub does not support "!" negation; line ignored`);
      return;
    }
    const pattern = unescapePattern(exclusion ? written.slice(1) : written);
    if (pattern === "") return;
    const listed2 = ownerTokens(rest, lineNo, problems);
    let test;
    try {
      test = compileCodeownersPattern(pattern, flavour);
    } catch {
      problems.push(`line ${lineNo}: "${written}" is not a pattern the gate can read; line ignored`);
      return;
    }
    entries.push({
      line: lineNo,
      pattern: written,
      owners: exclusion ? [] : listed2.length || flavour === "github" ? listed2 : defaults,
      section,
      exclusion,
      test
    });
  });
  const sectionList = [...sections.values()];
  const bySection = sectionList.map((s) => ({ section: s, entries: entries.filter((e) => e.section === s.name) }));
  return {
    syntax: flavour,
    entries,
    sections: sectionList,
    problems,
    ownersOf(path) {
      const clean3 = path.replace(/^\/+/, "");
      const found2 = [];
      for (const { section: s, entries: inSection } of bySection) {
        if (inSection.some((e) => e.exclusion && e.test(clean3))) continue;
        let match;
        for (let i = inSection.length - 1; i >= 0 && !match; i--) if (inSection[i].test(clean3)) match = inSection[i];
        if (!match) continue;
        found2.push({ name: s.name, owners: match.owners, optional: s.optional, approvals: s.approvals, pattern: match.pattern, line: match.line });
      }
      return { owners: uniqueCi(found2.flatMap((f) => f.owners)), sections: found2 };
    }
  };
}
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"];

// src/core/attribution/models.ts
var V = String.raw`\d+(?:[.\-p]\d+)*`;
var TAIL = String.raw`(?:[-_.:/ ](?:\d{6,8}|latest|preview|exp(?:-\d{2}-\d{2})?|thinking|instruct|mini|nano|pro|flash|lite|max|turbo|high|xhigh|low|medium|codex|coder|chat|\d+[bk]|free))*`;
var PAREN = String.raw`(?:\s*\((?:\d+[KkMm]\s+context[^)]*|[Hh]igh|[Mm]edium|[Ll]ow|[Pp]review|[Tt]hinking)\))?`;
function re(body) {
  return new RegExp(body, "i");
}
var MODEL_FAMILIES = [
  {
    // claude-opus-4-6, claude-3.5-sonnet, claude-sonnet-4-5-20250929, Claude Opus 4.5, Claude Fable 5, Opus 4.6.
    family: "Claude",
    tool: "Claude",
    patterns: [
      re(String.raw`\bclaude-(?:\d[\w.]*-)?(?:opus|sonnet|haiku|instant|fable)(?:-${V})?${TAIL}`),
      re(String.raw`\bclaude[- ](?:${V}[- ])?(?:opus|sonnet|haiku|fable)(?:[- ]${V})?${TAIL}${PAREN}`),
      re(String.raw`\b(?:opus|sonnet|haiku)[- ]${V}${TAIL}${PAREN}`),
      re(String.raw`\bclaude-${V}(?:-[a-z]+)*`)
    ]
  },
  {
    // gemini-2.5-pro, gemini-3.1-pro-preview, Gemini 3 Flash (Preview), Gemini 3.1 Pro (High).
    family: "Gemini",
    tool: "Gemini",
    patterns: [re(String.raw`\bgemini[- ]${V}(?:[- ](?:pro|flash|ultra|nano|lite))*${TAIL}${PAREN}`)]
  },
  {
    // gpt-4o, GPT-5, gpt-5.2-codex, GPT-5.6, o3, o4-mini.
    family: "GPT",
    patterns: [re(String.raw`\bgpt-?${V}o?${TAIL}`), /\bo[134](?:-(?:mini|pro|preview|high))+\b/i, /\bo[134]\b(?=\s*$)/i]
  },
  { family: "Qwen", tool: "Qwen Code", patterns: [re(String.raw`\bqwen${V}?(?:[-.]${V})?(?:-[a-z0-9.]+)*`)] },
  { family: "DeepSeek", patterns: [re(String.raw`\bdeepseek(?:[- ](?:v${V}|r\d|coder|chat|reasoner))+(?:[- ](?:pro|flash|lite|:free))*(?::free)?`)] },
  { family: "Kimi", tool: "Kimi Code", patterns: [re(String.raw`\bkimi[- ]?k${V}(?:[- ](?:thinking|turbo|instruct))*`)] },
  { family: "Grok", patterns: [re(String.raw`\bgrok[- ]?${V}(?:[- ](?:fast|mini|code|heavy))*`), /\bgrok-code-fast\b/i] },
  { family: "GLM", patterns: [re(String.raw`\bglm-?${V}(?:[- ](?:air|flash|plus))*`)] },
  { family: "Llama", patterns: [re(String.raw`\b(?:code)?llama[- ]?${V}${TAIL}`)] },
  { family: "Mistral", patterns: [/\b(?:codestral|devstral|magistral)(?:[- ][\w.]+)?\b/i, re(String.raw`\bmistral[- ](?:large|medium|small)(?:[- ]${V})?`)] },
  { family: "MiniMax", patterns: [re(String.raw`\bminimax[- ]m${V}`)] }
];
function findModel(text2) {
  let best;
  for (const family of MODEL_FAMILIES) {
    for (const p of family.patterns) {
      const m = p.exec(text2);
      if (m && (!best || m[0].length > best.model.length)) best = { model: m[0].trim(), family, index: m.index };
    }
  }
  return best;
}
function isModelName(text2) {
  const t = text2.replace(/[`*_]/g, "").trim();
  const m = findModel(t);
  return m !== void 0 && m.index === 0 && m.model.length >= t.length - 1;
}

// src/core/attribution/tool-names.ts
function toolMentions(text2, options) {
  const found2 = [];
  for (const id of options.identities) {
    const i = id.tool ? text2.toLowerCase().indexOf(id.tool.toLowerCase()) : -1;
    if (i >= 0) found2.push({ tool: id.tool, index: i, length: id.tool.length });
  }
  for (const t of AI_TOOLS) {
    for (const re2 of t.namedAs) {
      const g = new RegExp(re2.source, re2.flags.includes("g") ? re2.flags : `${re2.flags}g`);
      for (const m of text2.matchAll(g)) found2.push({ tool: t.tool, index: m.index, length: m[0].length });
    }
  }
  found2.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept = [];
  for (const f of found2) {
    if (kept.some((k) => f.index < k.index + k.length && k.index < f.index + f.length)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}
function toolNamedIn(text2, options) {
  const mentions = toolMentions(text2, options);
  if (!mentions.length) return void 0;
  return mentions.reduce((best, m) => m.length > best.length ? m : best).tool;
}
function toolNamedExactly(text2, options) {
  const t = text2.trim();
  const m = toolMentions(t, options);
  return m.length === 1 && m[0].index === 0 && m[0].length === t.length ? m[0].tool : void 0;
}

// src/core/attribution/agent-names.ts
var NO_OPTIONS = { identities: [], trailers: [], labels: [] };
var GENERIC_AI_NAME = /^(?:(?:an?|the|my)\s)?(?:AI|LLM)[\s-](?:agent|assistant|bot|builder|coder|developer|programmer)$/i;
var TOOL_AGENT = /^(.+?)[\s-](?:(?:cloud|coding|background)[\s-])?(?:agent|bot|ai)$/i;
var TOOL_SUFFIX_WORDS = /* @__PURE__ */ new Set(["claude", "claude code", "claude-code", "codex", "copilot", "gemini", "chatgpt", "opencode", "crush", "cline"]);
function modelIn(name) {
  const paren = /\(([^()]+)\)\s*$/.exec(name);
  if (paren && findModel(paren[1])) return paren[1].trim();
  return findModel(name)?.model;
}
function withModelTool(model, fallback) {
  return { tool: fallback ?? model?.family.tool ?? UNSPECIFIED_TOOL, ...model ? { model: model.model } : {} };
}
function agentName(name, loginMatchesBot) {
  const n = name.trim();
  if (!n) return void 0;
  if (n.endsWith("[bot]")) {
    const tool = loginMatchesBot(n);
    if (tool) return { tool };
  }
  for (const t of AI_TOOLS) if (t.agentNames.some((re2) => re2.test(n))) return { tool: t.tool };
  const product = AI_TOOLS.find((t) => t.tool.includes(" ") && t.tool.toLowerCase() === n.toLowerCase());
  if (product) return { tool: product.tool };
  if (isModelName(n)) return withModelTool(findModel(n));
  if (GENERIC_AI_NAME.test(n)) return { tool: UNSPECIFIED_TOOL };
  const via = /^(.+?)\s+via\s+(.+)$/i.exec(n);
  const viaTool = via && toolNamedExactly(via[2], NO_OPTIONS);
  if (viaTool) return { tool: viaTool, ...findModel(via[1]) ? { model: findModel(via[1]).model } : {} };
  const kernel = /^([^\s:]+):(\S+)$/.exec(n);
  const kernelTool = kernel && toolNamedExactly(kernel[1], NO_OPTIONS);
  if (kernelTool) return { tool: kernelTool, model: kernel[2] };
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(n);
  if (paren) {
    const inside = paren[2].trim();
    if (isModelName(inside)) return withModelTool(findModel(inside));
    if (TOOL_SUFFIX_WORDS.has(inside.toLowerCase())) return { tool: toolNamedIn(inside, NO_OPTIONS) ?? UNSPECIFIED_TOOL };
  }
  const agent = TOOL_AGENT.exec(n);
  const agentTool = agent && toolNamedExactly(agent[1], NO_OPTIONS);
  if (agentTool) return { tool: agentTool };
  const inToken = /^[\w.-]+$/.test(n) ? findModel(n) : void 0;
  if (inToken && /(?:^|[-_.])$/.test(n.slice(0, inToken.index)) && /^(?:$|[-_.])/.test(n.slice(inToken.index + inToken.model.length))) {
    return withModelTool(inToken, toolNamedIn(n.replace(inToken.model, " "), NO_OPTIONS));
  }
  return void 0;
}

// src/core/attribution/catalogue-match.ts
var lower2 = (s) => s.trim().toLowerCase();
var GENERIC_AGENT_MAILBOXES = /* @__PURE__ */ new Set(["noreply", "no-reply", "agent", "bot", "ai", "assistant"]);
var APP_CHANNEL = /-(?:staging|nightly|canary|beta|preview|dev|test|v\d+)(?=\[bot\]$)/;
function cleanEmail(email) {
  return email.replace(/\\/g, "").trim().toLowerCase();
}
function loginFromNoreply(email) {
  const clean3 = email.replace(/\\/g, "").trim();
  const github = /^(?:\d+\+)?([^@\s+]+)@users\.noreply\.github\.com$/i.exec(clean3);
  if (github) return github[1];
  const gitlab = /^\d+-([^@\s]+)@users\.noreply\.gitlab\.com$/i.exec(clean3);
  return gitlab?.[1];
}
function parsePerson(value) {
  const v = value.trim();
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(v);
  if (m) return { name: m[1].trim(), email: m[2].trim() };
  const bare = /^(.*?)\s+([^\s<>()@]+@[^\s<>()@]+\.[A-Za-z]{2,})$/.exec(v);
  if (bare) return { name: bare[1].trim(), email: bare[2] };
  return { name: v, email: "" };
}
function loginMatches(row, login) {
  const l = login.toLowerCase();
  const unchannelled = l.replace(APP_CHANNEL, "");
  return row.logins.some((x) => {
    const y = x.toLowerCase();
    return y === l || y.endsWith("[bot]") && y === unchannelled;
  });
}
function splitEmail(email) {
  const at = email.lastIndexOf("@");
  return at < 1 ? void 0 : { mailbox: email.slice(0, at), domain: email.slice(at + 1) };
}
var onDomain = (row, domain) => row.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
function domainMatches(row, email) {
  const parts = splitEmail(email);
  if (!parts || !onDomain(row, parts.domain)) return false;
  if (GENERIC_AGENT_MAILBOXES.has(parts.mailbox)) return true;
  return row.mailboxes.some((b) => parts.mailbox === b || parts.mailbox.startsWith(`${b}-`));
}
function agentMailbox(person, email, login) {
  const parts = splitEmail(email);
  if (!parts) return void 0;
  const isAgent = login ? /(?:^|[-_])agent$/i.test(login) : /(?:^|[-_.+])agent(?:$|[-_.+])/.test(parts.mailbox);
  if (!isAgent) return void 0;
  return { tool: toolNamedIn(person.name, NO_OPTIONS2) ?? toolNamedIn(parts.domain, NO_OPTIONS2) ?? UNSPECIFIED_TOOL, by: "email" };
}
var NO_OPTIONS2 = { identities: [], trailers: [], labels: [] };
var PLACEHOLDER_DOMAIN = /^(?:[^.]+|(?:.+\.)?example\.(?:com|org|net)|.+\.(?:example|test|invalid|localhost|local)|localhost)$/;
function botLogin(name) {
  return AI_TOOLS.find((t) => t.logins.some((l) => l.endsWith("[bot]")) && loginMatches(t, name))?.tool;
}
function matchIdentity(person, options) {
  const m = matchIdentityOnly(person, options);
  if (!m || m.model) return m;
  const model = modelIn(person.name);
  return model ? { ...m, model } : m;
}
function matchIdentityOnly(person, options) {
  const email = cleanEmail(person.email);
  const name = lower2(person.name);
  const login = email ? loginFromNoreply(email) : void 0;
  for (const id of options.identities) {
    if (id.email && email && lower2(id.email) === email) return { tool: id.tool, by: "email" };
    if (id.login && login && lower2(id.login) === login.toLowerCase()) return { tool: id.tool, by: "login" };
    if (id.name && name && lower2(id.name) === name) return { tool: id.tool, by: "name" };
  }
  for (const t of AI_TOOLS) {
    if (email && t.emails.some((e) => lower2(e) === email)) return { tool: t.tool, by: "email" };
  }
  for (const t of AI_TOOLS) {
    if (login && loginMatches(t, login)) return { tool: t.tool, by: "login" };
  }
  for (const t of AI_TOOLS) {
    if (email && domainMatches(t, email)) return { tool: t.tool, by: "email" };
  }
  const domain = splitEmail(email)?.domain;
  const named3 = toolNamedExactly(person.name, NO_OPTIONS2);
  if (named3 && domain && (PLACEHOLDER_DOMAIN.test(domain) || AI_TOOLS.some((t) => onDomain(t, domain)))) return { tool: named3, by: "name" };
  const agent = email ? agentMailbox(person, email, login) : void 0;
  if (agent) return agent;
  const byName = agentName(person.name, botLogin);
  if (byName) return { ...byName, by: "name" };
  for (const t of AI_TOOLS) {
    if (t.nameSuffixes.some((s) => person.name.toLowerCase().endsWith(s.toLowerCase()))) return { tool: t.tool, by: "suffix" };
  }
  return void 0;
}
function matchLogin(login, options) {
  const l = lower2(login);
  if (!l) return void 0;
  const policy = options.identities.find((id) => id.login && lower2(id.login) === l);
  if (policy) return policy.tool;
  return AI_TOOLS.find((t) => loginMatches(t, l) || t.requestAuthors.some((a) => lower2(a) === l))?.tool;
}

// src/core/policy/locations.ts
var POLICY_FILES = [".ai-governance.yml", ".ai-governance.yaml"];

// src/core/git-text/readable-lines.ts
var FENCE = /^\s{0,3}(?:```|~~~)/;
var INDENTED_CODE = /^(?: {4}|\t)/;
var QUOTED = /^\s{0,3}>/;
function readableLines(text2) {
  const blank2 = (c) => c.replace(/[^\n]/g, "");
  const uncommented = text2.replace(/<!--[\s\S]*?(?:-->|$)/g, blank2).replace(/<blockquote\b[\s\S]*?(?:<\/blockquote>|$)/gi, blank2);
  const out = [];
  let paragraph = 0;
  let blankBefore = false;
  let fenced = false;
  let sawText = false;
  uncommented.split(/\r?\n/).forEach((raw, line2) => {
    if (FENCE.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    if (raw.trim() === "") {
      blankBefore = sawText;
      return;
    }
    if (blankBefore) {
      paragraph++;
      blankBefore = false;
    }
    sawText = true;
    if (INDENTED_CODE.test(raw) || QUOTED.test(raw)) return;
    out.push({ text: raw.trim(), paragraph, line: line2 });
  });
  return out;
}
function readableParagraphs(lines) {
  const out = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last.paragraph === l.paragraph) last.text += ` ${l.text}`;
    else out.push({ paragraph: l.paragraph, text: l.text, first: l.line });
  }
  return out;
}

// src/core/attribution/declaration.ts
var WORDS = {
  yes: "yes",
  true: "yes",
  no: "no",
  false: "no",
  none: "no",
  partial: "partial",
  partially: "partial",
  partly: "partial"
};
function word(w) {
  return ownEntry(WORDS, w);
}
var AI_WARDNESS = { no: 0, partial: 1, yes: 2 };
var MARKUP = /[*_`[\]<>"']/g;
function parseDeclarationValue(text2) {
  const cleaned = text2.replace(MARKUP, " ").trim().toLowerCase();
  const m = /^([a-z]+)\b\s*(.*)$/s.exec(cleaned);
  if (!m) return void 0;
  const value = word(m[1]);
  if (!value) return void 0;
  const choice = /^[|/]\s*([a-z]+)/.exec(m[2]);
  if (choice && word(choice[1])) return void 0;
  return value;
}
var DECLARATION_LINE = /^\s*(?:>\s*)*(?:#{1,6}\s+)?(?:[-*+]\s+)?[*_`]{0,3}\s*ai[\s_-]?assisted\s*[*_`]{0,3}\s*[:=]\s*[*_`]{0,3}\s*(.*)$/i;
var CHECKBOX = /^\s*(?:>\s*)*[-*+]\s+\[([ xX])\]\s+(.*)$/;
var AI_BOX_LABEL = /\bAI[\s-]?(?:assisted|generated)\b|\bgenerative AI\b|\bAI tools?\b/i;
var NEGATION = /\b(?:not|no|without)\b/i;
function visibleLines(body) {
  const noComments = body.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const lines = [];
  let fenced = false;
  for (const line2 of noComments.split(/\r?\n/)) {
    if (/^\s*(?:```|~~~)/.test(line2)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) lines.push(line2);
  }
  return lines;
}
function declarationsInBody(body) {
  const found2 = [];
  for (const line2 of visibleLines(body)) {
    const box = CHECKBOX.exec(line2);
    if (box) {
      if (box[1] === " ") continue;
      const label = box[2].trim();
      const explicit = DECLARATION_LINE.exec(label);
      if (explicit) {
        const value2 = parseDeclarationValue(explicit[1]);
        if (value2) found2.push({ value: value2, text: `ticked box "${label}"` });
      } else if (AI_BOX_LABEL.test(label)) {
        found2.push({ value: NEGATION.test(label) ? "no" : "yes", text: `ticked box "${label}"` });
      }
      continue;
    }
    const m = DECLARATION_LINE.exec(line2);
    if (!m) continue;
    const value = parseDeclarationValue(m[1]);
    if (value) found2.push({ value, text: `"${line2.trim()}"` });
  }
  return found2;
}
function mostAiWard(found2) {
  return found2.reduce((best, f) => AI_WARDNESS[f.value] > AI_WARDNESS[best] ? f.value : best, found2[0].value);
}
function requestNoun(request) {
  return request.url && /\/-\/merge_requests\//.test(request.url) ? "merge request" : "pull request";
}
var short = (sha) => sha.slice(0, 7);
function readDeclaration(request, commits) {
  if (request?.body) {
    const found2 = declarationsInBody(request.body);
    if (found2.length > 0) {
      const where2 = `the ${requestNoun(request)} description`;
      const values2 = new Set(found2.map((f) => f.value));
      if (values2.size === 1) return { value: found2[0].value, source: `${found2[0].text} in ${where2}` };
      const value2 = mostAiWard(found2);
      const listed3 = found2.map((f) => `${f.text} (${f.value})`).join(", ");
      return { value: value2, source: `conflicting statements in ${where2}: ${listed3}; the most AI-ward, "${value2}", is kept` };
    }
  }
  const trailers = [];
  for (const c of commits) {
    const list2 = c.trailers.length ? c.trailers : parseTrailers(c.message);
    for (const t of list2) {
      if (t.key.toLowerCase() !== "ai-assisted") continue;
      const value2 = parseDeclarationValue(t.value);
      if (value2) trailers.push({ sha: c.sha, value: value2 });
    }
  }
  if (trailers.length === 0) return void 0;
  const values = new Set(trailers.map((t) => t.value));
  if (values.size === 1) {
    const shas = [...new Set(trailers.map((t) => short(t.sha)))];
    const on = shas.length === 1 ? `commit ${shas[0]}` : `${shas.length} commits (${shas.join(", ")})`;
    return { value: trailers[0].value, source: `AI-Assisted trailer on ${on}` };
  }
  const value = trailers.reduce((best, t) => AI_WARDNESS[t.value] > AI_WARDNESS[best] ? t.value : best, "no");
  const listed2 = trailers.map((t) => `${t.value} on ${short(t.sha)}`).join(", ");
  return { value, source: `AI-Assisted trailers disagree (${listed2}); the most AI-ward, "${value}", is kept` };
}

// src/core/attribution/disclosure-named.ts
var MARKUP2 = /[*_`]/g;
var AI_WORDS = /^(?:an?\s+|the\s+)?(?:generative\s+AI|gen-?AI|AI|LLMs?|large language models?|(?:AI|coding|LLM)[- ](?:tools?|assistants?|agents?|models?|coding (?:tools?|assistants?|agents?)))\b/i;
function named(text2, options) {
  const model = findModel(text2);
  const masked = model ? text2.slice(0, model.index) + " ".repeat(model.model.length) + text2.slice(model.index + model.model.length) : text2;
  const tools = [...new Set(toolMentions(masked, options).map((m) => m.tool))];
  if (!tools.length && model?.family.tool) tools.push(model.family.tool);
  return { tools, ...model ? { model: model.model } : {} };
}
function found(value, text2, options, context2) {
  const own2 = named(text2, options);
  const around = !own2.tools.length && context2 ? named(context2, options) : void 0;
  const tools = around ? around.tools : own2.tools;
  const model = own2.model ?? around?.model;
  const one = value.length > 200 ? `${value.slice(0, 197)}...` : value;
  return (tools.length ? tools : [UNSPECIFIED_TOOL]).map((tool) => ({ value: one, tool, ...model ? { model } : {} }));
}
function aiPrefix(rest, options) {
  const skipped = /^[\s[(`*_"']*(?:(?:the|an?)\s+)?/i.exec(rest)[0].length;
  const r = rest.slice(skipped);
  const word3 = AI_WORDS.exec(r)?.[0].length ?? 0;
  const tool = toolMentions(r.slice(0, 40), options).find((t) => t.index === 0)?.length ?? 0;
  const model = findModel(r.slice(0, 40));
  const length = Math.max(word3, tool, model?.index === 0 ? model.model.length : 0);
  return length ? skipped + length : 0;
}
function aiAt(rest, options) {
  return aiPrefix(rest, options) > 0;
}

// src/core/attribution/disclosure-sections.ts
var SECTION = /^(?:#{1,6}\s*)?(?:[-*+]\s+)?(?:generative\s+|gen-?)?(?:AI|LLM|A\.I\.)(?:[\s-]+(?:usage|use|assistance|assisted|tools?|tooling|involvement|generated|generation|contribution))?[\s-]+(?:disclosure|disclaimer|statement|declaration|usage|use|assistance|involvement|notice)\b(?:\s*\([^)]*\))?(?:\s+(?:per|under|as per)\s+\S+)?\s*[:.–—-]?\s*(.*)$/i;
var QUESTION = /\b(?:was|were|is|did|does|has|have)\b[^?]{0,100}\b(?:generative\s+AI|AI|LLMs?|A\.I\.)\b[^?]{0,80}\?\s*(.*)$/i;
var PLAIN = /^(?:#{1,6}\s*)?(?:full\s+)?(?:disclosure|disclaimer)\s*:\s*(.+)$/i;
var NEGATIVE_START = /^(?:no\b|nope\b|none\b|n\/?a\b|not\s+(?:used|applicable|at all)\b|manual(?:ly)?\b|human[- ]written\b|0\s*%|nothing\b|never\b)/i;
var NEGATIVE = /\b(?:no|zero|without(?: (?:any|the use of))?)\s+(?:AI|LLMs?|generative|gen-?AI|AI[- ]tools?)\b|\b(?:did(?:n['’]?t| not)|do(?:n['’]?t| not)|was(?:n['’]?t| not)|were(?:n['’]?t| not)|is(?:n['’]?t| not)|have(?:n['’]?t| not)|never)\s+(?:\w+\s+){0,3}?(?:use[ds]?|using|involved?|assisted|generated)\b/i;
var UNFILLED = /\byes\s*[/|]\s*no\b|\[\s\]/i;
var AI_ANYWHERE = /\b(?:AI|LLMs?|generative AI|AI-(?:assisted|generated))\b/;
var YES = /^(?:yes|yep|yeah|partially|partly|partial|true)\b/i;
var DID_WORK = /\b(?:was|were)\s+(?:\w+\s+){0,2}?used\b|\b(?:helped|assisted)\s+(?:me|us|with|in)\b|\b(?:wrote|written|drafted|generated|implemented|authored|created|did|made)\s+(?:\w+ly\s+)?(?:(?:by|with)\s+|(?:this|the|it|most|all|some|much|parts?|these|that|everything)\b)/i;
var SELF_MADE = /\b(?:by hand|myself|ourselves|by me|by us|hand[- ]written|manually|human[- ]written)\b/i;
function answerSaysAi(answer, options) {
  const a = answer.replace(MARKUP2, "").replace(/^[\s:.–—-]+/, "").trim();
  if (!a || UNFILLED.test(a)) return void 0;
  if (NEGATIVE_START.test(a) || NEGATIVE.test(a)) return false;
  if (YES.test(a) || AI_ANYWHERE.test(a) || toolMentions(a, options).length || findModel(a)) return true;
  if (DID_WORK.test(a) && !SELF_MADE.test(a)) return true;
  return void 0;
}
function plainSaysAi(answer, options) {
  const a = answer.replace(MARKUP2, "").trim();
  return aiAt(a, options) && DID_WORK.test(a) && !NEGATIVE.test(a);
}
var isHeading = (l) => /^#{1,6}\s/.test(l.text);
function nextParagraph(lines, index) {
  const first2 = lines[index + 1];
  if (!first2 || isHeading(first2)) return [];
  return lines.slice(index + 1).filter((l) => l.paragraph === first2.paragraph && !isHeading(l));
}
function restOfParagraph(lines, index) {
  const p = lines[index].paragraph;
  const out = [];
  for (const l of lines.slice(index + 1)) {
    if (l.paragraph !== p || isHeading(l)) break;
    out.push(l);
  }
  return out;
}
function disclosureSections(lines, options) {
  const out = [];
  lines.forEach((line2, i) => {
    const text2 = line2.text.replace(MARKUP2, "");
    const m = SECTION.exec(text2) ?? QUESTION.exec(text2);
    const plain = m ? void 0 : PLAIN.exec(text2);
    if (!m && !plain) return;
    const sameLine = (m ?? plain)[1].trim();
    const answerLines = sameLine ? restOfParagraph(lines, i) : nextParagraph(lines, i);
    const answer = [sameLine, ...answerLines.map((l) => l.text)].filter(Boolean).join(" ").replace(MARKUP2, "");
    const says = m ? answerSaysAi(answer, options) : plainSaysAi(answer, options);
    if (says) out.push(...found(`${text2} ${sameLine ? "" : answer}`.trim(), answer, options));
  });
  return out;
}

// src/core/attribution/disclosure-statements.ts
var TASKS = /^(?:to\s+(?:help\s+(?:me\s+)?)?(?:write|rewrite|fix|implement|generate|draft|refactor|debug|investigate|create|port|translate|convert|add|update|clean|format|produce|build|figure|find|do|make|code|assist|prepare|review|research|understand|analy[sz]e|test|fill|batch|remove|rename|migrate|design|plan|scaffold)|for\s+(?:this|the|writing|most|parts?|help|assistance|coding|implementing|drafting|debugging)|and\s+(?:then\s+)?(?:reviewed|revised|edited|checked))\b/i;
var STATEMENTS = [
  { re: /\b(?:with|using|via|through)\s+(?:the\s+)?(?:help|assistance|aid|support)\s+(?:of|from)\s+/gi },
  { re: /\bwith\s+(?=(?:an?\s+)?(?:AI|LLM|generative AI)[\s-]+(?:assistance|help|support)\b)/gi },
  { re: /\b(?:I|we)\s+(?:have\s+|had\s+)?(?:used|asked|let|prompted|employed|leveraged|got|had)\s+/gi, needsTask: true },
  { re: /(?:^|[.!]\s+)(?:\w+\s+)?used\s+/gi, needsTask: true },
  {
    re: /\b(?:this|the|these|that|it|most|all|much|some|parts?|majority|bulk)\b[^.?!]{0,60}?\b(?:was|were|is|are|has been|have been)\s+(?:\w+\s+){0,2}?(?:written|generated|created|authored|co-authored|drafted|developed|produced|prepared|made|implemented|assisted|done|built|coded|refactored|ported)\s+(?:\w+\s+){0,2}?(?:with|by|using|via|through|in collaboration with)\s+(?:the\s+(?:help|assistance)\s+of\s+)?/gi
  },
  { re: /(?:^|[.!]\s+)\[?(?:AI[- ])?(?:developed|generated|written|created|authored|drafted|built|implemented|crafted|made|code)\s+(?:with|using|by)\s+/gi },
  // "debugging code written by Claude", "translations ... translated with ChatGPT-5", "tests generated with Copilot".
  {
    re: /\b(?:code|tests?|changes?|fix(?:es)?|implementation|patch|commit|PR|docs?|documentation|translations?|comments?|refactor(?:ing)?|scaffold(?:ing)?|scripts?|boilerplate|examples?)\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:(?:entirely|mostly|largely|fully|partly|partially|initially)\s+)?(?:written|generated|created|authored|drafted|produced|made|done)\s+(?:by|with|using|via)\s+/gi
  },
  { re: /\b(?:translated|ported|converted|transpiled)\s+(?:\w+\s+){0,2}?(?:with|using|by|via)\s+/gi }
];
var SELF_DESCRIBED = /(?:^|[.!(]\s*)\[?(?:(?:purely|entirely|fully|mostly|largely|completely)\s+)?(?:AI|LLM)[- ](?:generated|crafted|written|authored|assisted|created|output)\b(?:\s+(?:(?:bug\s+)?fix(?:es)?|changes?|commit|patch|code|update|refactor(?:ing)?|implementation|tests?|docs?|by\b|with\b|using\b|via\b)|\s*[.,;\]]|\s*$)/i;
var SENTENCE_START = /(?:^|[.!?:;]\s+)/g;
var ACTOR_VERB = /^(?:\s*\([^)]*\))?\s+(?:also\s+|then\s+)?(?:wrote|generated|implemented|authored|drafted|created|produced|refactored|did|made|ported|translated|rewrote|wrote up)\s+(?:this|the|it|most|all|some|these|that|a|an|its|much|parts?|every|nearly|almost|basically|everything)\b/i;
function actorStatements(text2, options) {
  const out = [];
  for (const m of text2.matchAll(SENTENCE_START)) {
    const at = m.index + m[0].length;
    const length = aiPrefix(text2.slice(at), options);
    if (!length || !ACTOR_VERB.test(text2.slice(at + length))) continue;
    const sentence = text2.slice(at).split(/(?<=[.!?])\s/)[0];
    out.push(...found(sentence, sentence, options));
  }
  return out;
}
var NEGATED_BEFORE = /\b(?:no|not|without|never|n['’]t)\b[^.?!]{0,25}$/i;
function disclosureStatements(paragraphs, options) {
  const out = [];
  for (const p of paragraphs) {
    const text2 = p.text.replace(MARKUP2, "");
    out.push(...actorStatements(text2, options));
    const self = SELF_DESCRIBED.exec(text2);
    if (self) {
      const sentence = text2.slice(self.index).replace(/^[.!]\s+/, "").split(/(?<=[.!?])\s/)[0];
      out.push(...found(sentence, sentence, options));
    }
    for (const { re: re2, needsTask } of STATEMENTS) {
      for (const m of text2.matchAll(re2)) {
        const start = m.index + m[0].length;
        const rest = text2.slice(start);
        if (!aiAt(rest, options)) continue;
        if (NEGATED_BEFORE.test(text2.slice(Math.max(0, m.index - 40), m.index + m[0].length - (m[0].match(/\S+\s*$/)?.[0].length ?? 0)))) continue;
        const sentenceEnd = rest.search(/[.!?](?:\s|$)/);
        const object3 = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest.slice(0, 160);
        if (needsTask) {
          const afterObject = /^(?:an?\s+|the\s+)?(?:[\w.:/-]+(?:\s+(?:code|cli|agent|ai|assistant|pro|flash|opus|sonnet|haiku|[\d.]+|\([^)]*\)))*)\s+(.*)$/i.exec(object3.replace(/^[\s[(`"']+/, ""));
          if (!afterObject || !TASKS.test(afterObject[1])) continue;
        }
        const sentenceStart = Math.max(text2.lastIndexOf(". ", m.index) + 1, 0);
        const value = text2.slice(sentenceStart, start + (sentenceEnd >= 0 ? sentenceEnd + 1 : object3.length)).trim();
        out.push(...found(value, object3, options, text2));
      }
    }
  }
  return out;
}

// src/core/attribution/disclosure.ts
function disclosuresIn(lines, paragraphs, options) {
  return [...disclosureSections(lines, options), ...disclosureStatements(paragraphs, options)];
}

// src/core/attribution/tool-value.ts
var MARKUP3 = /[`*_]/g;
function clean2(value) {
  return value.replace(MARKUP3, "").replace(/[.;,]+\s*$/, "").trim();
}
function modelOf(text2) {
  const t = clean2(text2).replace(/^\(|\)$/g, "").trim();
  if (!t) return void 0;
  return findModel(t)?.model;
}
function toolOf(text2, options) {
  return toolNamedIn(text2, options) ?? findModel(text2)?.family.tool;
}
function readToolValue(raw, options) {
  const value = clean2(raw);
  if (!value) return {};
  const person = parsePerson(value);
  if (person.email) {
    const m = matchIdentity(person, options);
    if (m) return { tool: m.tool, ...m.model ? { model: m.model } : {} };
    const inner = readToolValue(person.name, options);
    return inner.model || inner.tool && toolMentions(person.name, options).some((t) => t.index === 0 && t.length === person.name.length) ? inner : { person: true };
  }
  const via = /^(.+?)\s+(?:via|through|using)\s+(.+)$/i.exec(value);
  if (via && toolNamedIn(via[2], options)) return { tool: toolNamedIn(via[2], options), model: modelOf(via[1]) ?? clean2(via[1]) };
  const on = /^(.+?)\s+on\s+(.+)$/i.exec(value);
  if (on && toolNamedIn(on[2], options)) return { tool: toolNamedIn(on[2], options), model: modelOf(on[1]) ?? clean2(on[1]) };
  const kernel = /^([^\s:]+):\s*(\S.*)$/.exec(value);
  if (kernel && !/^https?$/i.test(kernel[1])) {
    const rest = kernel[2].trim();
    const first2 = rest.split(/\s+/)[0];
    const tool2 = toolOf(kernel[1], options);
    const recognised = findModel(first2) ? first2 : modelOf(rest);
    const model2 = recognised ?? (tool2 ? /\s/.test(rest) ? rest : first2 : void 0);
    return { ...tool2 ? { tool: tool2 } : {}, ...model2 ? { model: model2 } : {} };
  }
  const paren = /^(.+?)\s*\(([^()]+)\)\s*(.*)$/.exec(value);
  if (paren && toolNamedIn(paren[1], options)) {
    return { tool: toolNamedIn(paren[1], options), model: modelOf(paren[2]) ?? modelOf(paren[1]) };
  }
  const model = findModel(value);
  const outside = model ? value.slice(0, model.index) + " ".repeat(model.model.length) + value.slice(model.index + model.model.length) : value;
  const tool = toolNamedIn(outside, options) ?? model?.family.tool;
  return { ...tool ? { tool } : {}, ...model ? { model: model.model } : {} };
}

// src/core/attribution/message-markers.ts
var TRAILER_LINE = /^(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z0-9]*(?:[- ][A-Za-z0-9]+){0,3})(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$/;
var CREDIT_KEYS = /* @__PURE__ */ new Set(["co-authored-by", "co-developed-by", "authored-by", "written-by", "helped-by", "pair-programmed-with", "co-created-by"]);
var SIGN_OFF_KEYS = /* @__PURE__ */ new Set(["signed-off-by"]);
var AI_USE_KEYS = /^(?:assisted-by|ai-assisted-by|ai-generated-by|co-generated-by|ai[- ](?:tools?|models?|agents?|assistants?|used|usage|assistance)|llm(?:-used|-assisted-by)?|gen-?ai)$/;
var AI_NAMING_KEYS = /* @__PURE__ */ new Set(["generated-by", "generated-with", "made-with", "built-with", "created-with", "written-with", "entire-agent"]);
var SESSION_KEY = /^([a-z][a-z0-9]*)-(?:session|session-id|session-url|thread|thread-id|thread-url|task|task-id|task-url|conversation|conversation-id|logs-url|run|run-url|checkpoint|chat)$/;
var AGENT_SESSION_PREFIXES = /* @__PURE__ */ new Set(["agent", "ai", "llm", "entire"]);
var GENERATED_WITH = /^[^\p{L}\p{N}[]{0,4}\s*(?:generated|created|made|written|built|co-authored|authored|coded)\s+(?:with|by|using|via)\s+(.+)$/iu;
var MERGE_SUBJECT = [
  /^Merge pull request #\d+ from [^/\s]+\/(\S+)/,
  /^Merge branch '([^']+)'(?: of \S+)?(?: into .+)?$/,
  /^Merge remote-tracking branch '[^/']+\/([^']+)'/
];
function normaliseKey(key) {
  return key.toLowerCase().replace(/\s+/g, "-");
}
function fromValue(signal, line2, key, value, options) {
  const v = readToolValue(value, options);
  if (v.person) return void 0;
  return { signal, value: line2, key, tool: v.tool ?? UNSPECIFIED_TOOL, ...v.model ? { model: v.model } : {} };
}
function hasAiWord(value) {
  return /\b(?:AI|LLMs?|agent|model|assistant|copilot|gpt|claude|gemini)\b/i.test(value);
}
function sessionLink(text2) {
  for (const t of AI_TOOLS) {
    for (const re2 of t.sessionLinks) {
      const m = re2.exec(text2);
      if (m) return { tool: t.tool, link: /\S*$/.exec(text2.slice(0, m.index))[0] + text2.slice(m.index).split(/[\s)>\]]/)[0] };
    }
  }
  return void 0;
}
function trailerMarker(line2, options) {
  const m = TRAILER_LINE.exec(line2);
  if (!m) return void 0;
  const key = normaliseKey(m[1]);
  const value = m[2].replace(/^(?:\*\*|__)\s*/, "").trim();
  const shown = `${m[1]}: ${value}`;
  if (CREDIT_KEYS.has(key) || SIGN_OFF_KEYS.has(key)) {
    const person = parsePerson(value.replace(/[`*]/g, ""));
    const bare = person.email ? void 0 : toolNamedExactly(person.name, options);
    const id = matchIdentity(person, options) ?? (bare ? { tool: bare } : void 0);
    if (!id) return void 0;
    const signal = SIGN_OFF_KEYS.has(key) ? "sign-off-trailer" : "co-author-trailer";
    return { signal, value: shown, key, tool: id.tool, ..."model" in id && id.model ? { model: id.model } : {} };
  }
  if (options.trailers.some((k) => k.toLowerCase() === key)) return fromValue("trailer", shown, key, value, options) ?? { signal: "trailer", value: shown, key, tool: UNSPECIFIED_TOOL };
  if (key === "ai-assisted" || key === "ai-generated") {
    const declared = parseDeclarationValue(value);
    if (declared === "no") return void 0;
    if (declared) return { signal: "trailer", value: shown, key, tool: UNSPECIFIED_TOOL };
    return fromValue("trailer", shown, key, value, options);
  }
  if (AI_USE_KEYS.test(key)) return fromValue("trailer", shown, key, value, options);
  if (AI_NAMING_KEYS.has(key)) {
    const v = readToolValue(value, options);
    if (v.person || !v.tool && !v.model && !(key === "generated-by" && hasAiWord(value))) return void 0;
    return { signal: "trailer", value: shown, key, tool: v.tool ?? UNSPECIFIED_TOOL, ...v.model ? { model: v.model } : {} };
  }
  const session = SESSION_KEY.exec(key);
  if (session) {
    const prefix = session[1];
    const named3 = toolNamedIn(m[1].split("-")[0], options);
    const link = sessionLink(value);
    if (link) return { signal: "trailer", value: shown, key, tool: link.tool };
    if (named3) return { signal: "trailer", value: shown, key, tool: named3 };
    if (AGENT_SESSION_PREFIXES.has(prefix)) return { signal: "trailer", value: shown, key, tool: UNSPECIFIED_TOOL };
  }
  return void 0;
}
function generatedWith(line2, options) {
  const m = GENERATED_WITH.exec(line2);
  if (!m) return void 0;
  const rest = m[1].replace(/^[[`*_"']+/, "");
  const bracket = /^([^\]]+)\]\(([^)]+)\)/.exec(rest);
  const name = bracket ? bracket[1] : rest;
  const tool = toolNamedIn(name.split(/[.,;(]/)[0].slice(0, 40), options);
  const head = name.slice(0, 40);
  if (tool && new RegExp(`^\\W*${escapeRe2(head.split(/\s+/)[0])}`, "i").test(head)) return { signal: "message-marker", value: line2, tool };
  if (bracket) {
    const host = /^https?:\/\/(?:www\.)?([^/\s]+)/i.exec(bracket[2])?.[1]?.toLowerCase();
    const byHost = host && AI_TOOLS.find((t) => t.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (byHost) return { signal: "message-marker", value: line2, tool: byHost.tool };
    if (line2.startsWith("\u{1F916}")) return { signal: "message-marker", value: line2, tool: UNSPECIFIED_TOOL };
  }
  return void 0;
}
function escapeRe2(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function mergeBranch(subject) {
  for (const re2 of MERGE_SUBJECT) {
    const branch = re2.exec(subject)?.[1];
    if (!branch) continue;
    const t = AI_TOOLS.find((x) => x.branchPatterns.some((p) => p.test(branch)));
    return t ? { signal: "merge-branch", value: subject, tool: t.tool } : void 0;
  }
  return void 0;
}
function restoreLines(text2) {
  const body = text2.replace(/\n+$/, "");
  const first2 = body.split("\n", 1)[0];
  if (first2.includes("\\n\\n")) return body.replace(/\\n/g, "\n");
  if (!body.includes("\n")) {
    const parts = body.split(/\s{2,}(?=\S)/);
    if (parts.length > 1 && parts.slice(1).some((p) => TRAILER_LINE.test(p) || GENERATED_WITH.test(p))) return parts.join("\n\n");
  }
  if (/^commit [0-9a-f]{40}$/m.test(body) && /^Author: /m.test(body)) return body.replace(/^ {4}/gm, "");
  return text2;
}
function markersIn(text2, options, read11) {
  const lines = readableLines(restoreLines(text2));
  const out = [];
  lines.forEach((l, i) => {
    const line2 = l.text;
    if (read11.subject && i === 0 && l.paragraph === 0) {
      const merge = mergeBranch(line2);
      if (merge) out.push(merge);
    }
    const isSubject = read11.subject && l.paragraph === 0;
    let rowMarker = false;
    for (const t of AI_TOOLS) {
      if (t.messageMarkers.some((re2) => re2.test(line2))) {
        out.push({ signal: "message-marker", value: line2, tool: t.tool });
        rowMarker = true;
      }
    }
    if (!rowMarker && !isSubject) {
      const trailer = trailerMarker(line2, options);
      if (trailer) out.push(trailer);
      else {
        const generated = generatedWith(line2, options);
        if (generated) out.push(generated);
      }
    }
    const link = sessionLink(line2);
    if (link && !out.some((o) => o.signal === "trailer" && o.value.includes(link.link))) out.push({ signal: "session-link", value: link.link, tool: link.tool });
  });
  const paragraphs = readableParagraphs(lines);
  for (const p of paragraphs) {
    const inLines = lines.filter((l) => l.paragraph === p.paragraph);
    for (const t of AI_TOOLS) {
      if (!t.bodyMarkers.length) continue;
      const line2 = inLines.find((l) => t.bodyMarkers.some((re2) => re2.test(l.text)));
      const value = line2 ? line2.text : t.bodyMarkers.some((re2) => re2.test(p.text)) ? p.text : void 0;
      if (value) out.push({ signal: "message-marker", value, tool: t.tool });
    }
  }
  const plain = (t) => t.replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();
  const said = out.map((o) => plain(o.value));
  const body = read11.subject ? lines.filter((l) => l.paragraph > 0) : lines;
  for (const d of disclosuresIn(body, paragraphs, options)) {
    if (said.some((v) => v.includes(plain(d.value)))) continue;
    out.push({ signal: "disclosure", value: d.value, tool: d.tool, ...d.model ? { model: d.model } : {} });
  }
  return out;
}

// src/core/attribution/detect-commit.ts
var MAX_VALUE = 300;
function roleSignal(role, by) {
  if (by === "suffix") return `${role}-name-suffix`;
  if (by === "name") return `${role}-name`;
  return `${role}-email`;
}
var formatPerson = (p) => p.email ? `${p.name} <${p.email}>` : p.name;
var ORDER = { "co-author-trailer": 1, "sign-off-trailer": 1, trailer: 1 };
function evidenceList(commit) {
  const list2 = [];
  const seen = /* @__PURE__ */ new Set();
  return {
    list: list2,
    add(e) {
      const key = `${e.signal}\0${e.tool}\0${e.value}`;
      if (seen.has(key)) return;
      seen.add(key);
      list2.push({ ...e, value: e.value.slice(0, MAX_VALUE), ...commit ? { commit } : {} });
    }
  };
}
function inTrailerBlock(trailers, key, value) {
  return key !== void 0 && trailers.some((t) => `${t.key}: ${t.value}`.toLowerCase() === value.toLowerCase());
}
function attributeCommit(commit, options) {
  const { add, list: evidence2 } = evidenceList(commit.sha);
  for (const role of ["author", "committer"]) {
    const person = commit[role];
    const m = matchIdentity(person, options);
    if (m) add({ signal: roleSignal(role, m.by), value: formatPerson(person), tool: m.tool, ...m.model ? { model: m.model } : {}, source: `commit ${role}` });
  }
  const trailers = commit.trailers.length ? commit.trailers : parseTrailers(commit.message);
  const markers = markersIn(commit.message, options, { subject: true });
  const ordered = markers.map((m, i) => ({ m, i })).sort((a, b) => (ORDER[b.m.signal] ?? 0) - (ORDER[a.m.signal] ?? 0) || a.i - b.i);
  for (const { m } of ordered) {
    const source = inTrailerBlock(trailers, m.key, m.value) ? "commit trailer" : "commit message";
    add({ signal: m.signal, value: m.value, tool: m.tool, ...m.model ? { model: m.model } : {}, source });
  }
  return { sha: commit.sha, aiAssisted: evidence2.length > 0, tools: toolsOf(evidence2), models: modelsOf(evidence2), evidence: evidence2 };
}
function toolsOf(evidence2) {
  const tools = [...new Set(evidence2.map((e) => e.tool))];
  const named3 = tools.filter((t) => t !== UNSPECIFIED_TOOL);
  return named3.length > 0 ? named3 : tools;
}
function modelsOf(evidence2) {
  return [...new Set(evidence2.flatMap((e) => e.model ? [e.model] : []))];
}

// src/core/attribution/detect-request.ts
var MAX_VALUE2 = 300;
function attributeRequest(request, options) {
  const noun = requestNoun(request);
  const evidence2 = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (e) => {
    const key = `${e.signal}\0${e.tool}\0${e.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    evidence2.push({ ...e, value: e.value.slice(0, MAX_VALUE2) });
  };
  if (request.author) {
    const tool = matchLogin(request.author, options);
    if (tool) add({ signal: "request-author", value: request.author, tool, source: `${noun} author` });
  }
  if (request.sourceBranch) {
    const branch = request.sourceBranch;
    for (const t of AI_TOOLS) {
      if (t.branchPatterns.some((re2) => re2.test(branch))) add({ signal: "branch-prefix", value: branch, tool: t.tool, source: "source branch" });
    }
  }
  const policyLabels = new Set(options.labels.map((l) => l.toLowerCase()));
  for (const label of request.labels) {
    const l = label.toLowerCase();
    const tool = AI_TOOLS.find((t) => t.labels.some((x) => x.toLowerCase() === l))?.tool;
    if (tool) add({ signal: "label", value: label, tool, source: `${noun} labels` });
    else if (GENERIC_AI_LABELS.includes(l) || policyLabels.has(l)) add({ signal: "label", value: label, tool: UNSPECIFIED_TOOL, source: `${noun} labels` });
  }
  if (request.body) {
    const source = `${noun} description`;
    for (const m of markersIn(request.body, options, { subject: false })) {
      add({ signal: "body-marker", value: m.value, tool: m.tool, ...m.model ? { model: m.model } : {}, source });
    }
    const declared = readDeclaration(request, []);
    if (declared && declared.value !== "no") {
      add({ signal: "declaration", value: `AI-Assisted: ${declared.value}`, tool: UNSPECIFIED_TOOL, source: declared.source });
    }
  }
  return evidence2;
}

// src/core/attribution/requester.ts
var NO_OPTIONS3 = { identities: [], trailers: [], labels: [] };
var LOGIN = /(?<=^|[\s(/[])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?)(?![A-Za-z0-9-])/;
var EMAIL2 = /[^\s()<>@[\]]+@[^\s()<>@[\]]+\.[A-Za-z]{2,}/;
var REQUESTED_BY = /^\s*(?:[-*+]\s+)?[*_]{0,2}Requested by:?[*_]{0,2}:?\s*(.+)$/i;
var JULES_FOOTER = /created automatically by Jules for task .*?\bstarted by @([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?)/i;
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0 && v !== ""));
}
function parseRequestedBy(text2) {
  const login = LOGIN.exec(text2)?.[1];
  const email = EMAIL2.exec(text2)?.[0];
  let name = text2.replace(/\[(@[^\]]*)\]\([^)]*\)/g, "$1").replace(EMAIL2, "").replace(new RegExp(LOGIN.source, "g"), " ").replace(/\(\s*\)/g, " ").replace(/\s+\/\s*$|^\s*\/\s+/g, " ").replace(/\s+/g, " ").replace(/^[\s,/*_-]+|[\s,/*_-]+$/g, "");
  if (!/[\p{L}\p{N}]/u.test(name)) name = "";
  if (!login && !email && !name) return void 0;
  return compact({ login, name: name || void 0, email });
}
function fromBody(request, options) {
  const body = (request.body ?? "").replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const where2 = `${requestNoun(request)} description`;
  const jules = JULES_FOOTER.exec(body);
  if (jules) return { login: jules[1], source: `Jules footer in the ${where2}` };
  const byDevin = attributeRequest(request, options).some((e) => e.tool === "Devin");
  if (!byDevin) return void 0;
  for (const line2 of body.split(/\r?\n/)) {
    const m = REQUESTED_BY.exec(line2);
    const who = m ? parseRequestedBy(m[1]) : void 0;
    if (who) return { ...who, source: `"Requested by" line in the ${where2}` };
  }
  return void 0;
}
function fromAgentCommits(commits, options) {
  const humans = /* @__PURE__ */ new Map();
  const agents = /* @__PURE__ */ new Set();
  let agentCommits = 0;
  for (const c of commits) {
    const agent = matchIdentity(c.author, options);
    if (!agent || agent.by === "suffix") continue;
    agents.add(agent.tool);
    let credited = false;
    for (const t of c.trailers.length ? c.trailers : parseTrailers(c.message)) {
      if (t.key.toLowerCase() !== "co-authored-by") continue;
      const person = parsePerson(t.value);
      if (matchIdentity(person, options)) continue;
      const login = person.email ? loginFromNoreply(person.email) : void 0;
      const key = (login ?? (person.email || person.name)).toLowerCase();
      if (!humans.has(key)) humans.set(key, { ...person, ...login ? { login } : {} });
      credited = true;
    }
    if (credited) agentCommits++;
  }
  if (humans.size !== 1) return void 0;
  const [human] = [...humans.values()];
  const by = [...agents].join(", ");
  return compact({
    login: human.login,
    name: human.name || void 0,
    email: human.email || void 0,
    source: `Co-authored-by trailer on ${agentCommits} commit${agentCommits === 1 ? "" : "s"} by ${by}`
  });
}
function fromAssignee(request, options) {
  const agentAuthored = attributeRequest(request, options).some((e) => e.signal === "request-author");
  if (!agentAuthored) return void 0;
  const author = (request.author ?? "").toLowerCase();
  const humans = [...new Set(request.assignees)].filter((a) => a.toLowerCase() !== author && !matchLogin(a, options));
  if (humans.length !== 1) return void 0;
  return { login: humans[0], source: `the only human assignee of the agent-authored ${requestNoun(request)}` };
}
function findRequester(request, commits, options = NO_OPTIONS3) {
  return (request?.body ? fromBody(request, options) : void 0) ?? fromAgentCommits(commits, options) ?? (request ? fromAssignee(request, options) : void 0);
}

// src/core/attribution/attribute-change.ts
function round3(n) {
  return Math.round(n * 1e3) / 1e3;
}
var percent = (n) => `${Math.round(n * 100)}%`;
var AGENT_SIGNALS = /* @__PURE__ */ new Set(["request-author", "branch-prefix"]);
function foldMergedRequest(commits, merged, options) {
  const noun = requestNoun(merged.request);
  const label = merged.request.number !== void 0 ? `merged ${noun} #${merged.request.number}` : `merged ${noun}`;
  const found2 = [];
  for (const c of merged.commits) {
    for (const e of attributeCommit(c, options).evidence) found2.push({ ...e, source: `${label}, commit ${c.sha.slice(0, 7)} (${e.source ?? "commit"})` });
  }
  for (const e of attributeRequest(merged.request, options)) found2.push({ ...e, source: `${label} (${e.source ?? noun})` });
  const target = commits.find((c) => c.sha === merged.commit) ?? commits[commits.length - 1];
  if (target) {
    const seen = new Set(target.evidence.map((e) => `${e.signal}\0${e.tool}\0${e.value}`));
    for (const e of found2) {
      const key = `${e.signal}\0${e.tool}\0${e.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      target.evidence.push({ ...e, commit: target.sha });
    }
    target.aiAssisted = target.evidence.length > 0;
    target.tools = toolsOf(target.evidence);
    target.models = modelsOf(target.evidence);
  }
  return {
    ...merged.request.number !== void 0 ? { number: merged.request.number } : {},
    ...merged.request.url ? { url: merged.request.url } : {},
    source: merged.source,
    commits: merged.commits.length,
    aiAssisted: found2.length > 0
  };
}
function evidenceShare(change, commits, request) {
  if (request.some((e) => AGENT_SIGNALS.has(e.signal))) return { aiShare: 1, shareMethod: "request" };
  const aiShas = new Set(commits.filter((c) => c.aiAssisted).map((c) => c.sha));
  const added = change.commits.reduce((n, c) => n + c.additions, 0);
  const aiAdded = change.commits.filter((c) => aiShas.has(c.sha)).reduce((n, c) => n + c.additions, 0);
  return { aiShare: added > 0 ? round3(aiAdded / added) : aiShas.size > 0 ? 1 : 0, shareMethod: "commits" };
}
function shareWithLineData(evidence2, method, lineShare) {
  if (lineShare >= evidence2.aiShare) {
    const note = evidence2.aiShare > 0 ? `; commit and request evidence alone shows ${percent(evidence2.aiShare)}` : "";
    return { aiShare: lineShare, shareMethod: method, shareNote: `From ${method} line-level data carried by the change${note}.` };
  }
  return {
    ...evidence2,
    shareNote: `The ${method} line-level data carried by the change attributes ${percent(lineShare)} of the added lines to AI, less than the ${percent(evidence2.aiShare)} that commit and request evidence shows; data the change brings can raise the share, never lower it, so ${percent(evidence2.aiShare)} is kept.`
  };
}
function attributeChange(change, options, lineLevel) {
  const commits = change.commits.map((c) => attributeCommit(c, options));
  const mergedRequest = change.mergedRequest ? foldMergedRequest(commits, change.mergedRequest, options) : void 0;
  const request = change.request ? attributeRequest(change.request, options) : [];
  const lineData = lineLevel && lineLevel.method !== "none" ? lineLevel : void 0;
  const aiAssisted2 = commits.some((c) => c.aiAssisted) || request.length > 0 || (lineData?.aiLines ?? 0) > 0;
  const lineMethod = lineData?.method === "git-ai" || lineData?.method === "agent-trace" ? lineData.method : void 0;
  const fromEvidence = evidenceShare(change, commits, request);
  const share = lineData && lineMethod ? shareWithLineData(fromEvidence, lineMethod, round3(lineData.share ?? 0)) : fromEvidence;
  const named3 = [.../* @__PURE__ */ new Set([...commits.flatMap((c) => c.tools), ...request.map((e) => e.tool), ...lineData?.tools ?? []])].sort();
  const tools = named3.length > 1 ? named3.filter((t) => t !== UNSPECIFIED_TOOL) : named3;
  const models = [.../* @__PURE__ */ new Set([...commits.flatMap((c) => c.models), ...modelsOf(request), ...lineData?.models ?? []])];
  const declaration = readDeclaration(change.request, change.commits);
  const requester = findRequester(change.request, change.commits, options);
  return {
    aiAssisted: aiAssisted2,
    ...share,
    tools,
    models,
    commits,
    requestEvidence: request,
    problems: lineLevel?.problems ?? [],
    ...declaration ? { declaration } : {},
    ...requester ? { requester } : {},
    ...mergedRequest ? { mergedRequest } : {},
    ...lineData && lineMethod ? { lineLevel: { method: lineMethod, aiLines: lineData.aiLines, totalAddedLines: lineData.totalAddedLines, models: lineData.models } } : {}
  };
}

// src/core/attribution/declaration-rules.ts
function declarationViolations(rules, change, a) {
  const out = [];
  const noun = change.request ? requestNoun(change.request) : "pull or merge request";
  if (rules.require && change.request && !a.declaration) {
    out.push({
      rule: "declarations.required",
      message: `The ${noun} does not say whether it is AI-assisted.`,
      remediation: `Add a line "AI-Assisted: yes", "AI-Assisted: partial" or "AI-Assisted: no" to the ${noun} description (or tick the box in the template).`,
      level: "error"
    });
  }
  if (a.declaration?.value === "no" && rules.contradiction !== "ignore") {
    const evidence2 = [
      ...a.commits.flatMap((c) => c.evidence),
      ...a.requestEvidence.filter((e) => e.signal !== "declaration")
    ];
    const lineAi = a.lineLevel?.aiLines ?? 0;
    if (evidence2.length || lineAi > 0) {
      const first2 = evidence2[0];
      const what = first2 ? `${first2.signal} "${first2.value}" (${first2.tool})` : `${lineAi} lines attributed to AI by ${a.lineLevel?.method}`;
      out.push({
        rule: "declarations.contradicted",
        message: `The change is declared not AI-assisted (${a.declaration.source}), but ${evidence2.length + (lineAi > 0 ? 1 : 0)} AI signal(s) were found, e.g. ${what}.`,
        remediation: 'Correct the declaration to "AI-Assisted: yes" or "partial", or explain the signals to the reviewers.',
        level: rules.contradiction === "violation" ? "error" : "warning"
      });
    }
  }
  return out;
}

// src/core/attribution/agent-rules.ts
function agentSignOffViolations(a) {
  const out = [];
  for (const c of a.commits) {
    for (const e of c.evidence.filter((x) => x.signal === "sign-off-trailer")) {
      out.push({
        rule: "attribution.ai-sign-off",
        message: `Commit ${c.sha.slice(0, 7)} is signed off by an AI identity ("${e.value}", ${e.tool}): an agent cannot certify the Developer Certificate of Origin.`,
        remediation: `Replace the agent's Signed-off-by with the sign-off of the person who submits the change, and credit the tool with "Assisted-by: AGENT:MODEL" instead.`,
        level: "warning"
      });
    }
  }
  return out;
}

// src/core/risk/destructive/added-blocks.ts
function addedBlocks(patch) {
  const blocks2 = [];
  let next = 0;
  for (const [from, to] of patch.addedRanges) {
    const count = to - from + 1;
    if (count <= 0) continue;
    blocks2.push({ start: from, lines: patch.added.slice(next, next + count) });
    next += count;
  }
  if (next < patch.added.length) blocks2.push({ start: 0, lines: patch.added.slice(next) });
  return blocks2;
}
function lineAt(block2, offset) {
  return block2.start > 0 ? block2.start + offset : void 0;
}
function evidence(text2, max = 160) {
  const one = text2.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}

// src/core/risk/destructive/migration-files.ts
import { basename, dirname, posix } from "node:path";
var MIGRATION_PATH = /(^|\/)(\w*migrations?|\w*migrate|alembic\/versions|flyway|liquibase|changelogs?|db\/changelog)\//i;
var SQL_FILE = /\.sql$/i;
var DOWN_FILE = [/\.down\.sql$/i, /(^|\/)down\.sql$/i, /(^|\/)U\d[\w.]*__[^/]*\.sql$/, /(^|\/)rollback[^/]*\.sql$/i, /\.undo\.sql$/i];
function isDownFile(path) {
  return DOWN_FILE.some((p) => p.test(path));
}
var DOWN_MARKER = [
  /^\s*--\s*\+goose\s+Down\b/i,
  /^\s*--\s*\+migrate\s+Down\b/i,
  /^\s*--\s*migrate:down\b/i,
  /^\s*def\s+(down|downgrade)\b/,
  /^\s*(export\s+)?(async\s+)?function\s+down\b/,
  /^\s*exports\.down\b/,
  /^\s*(public\s+|private\s+)?(async\s+)?down\s*\(/,
  /^\s*down\s*:\s*(async\b|function\b|\()/,
  /^\s*<rollback\b/,
  /^\s*rollback\s*:/,
  /^\s*--\s*rollback\b/i
];
var UP_MARKER = [
  /^\s*--\s*\+goose\s+Up\b/i,
  /^\s*--\s*\+migrate\s+Up\b/i,
  /^\s*--\s*migrate:up\b/i,
  /^\s*def\s+(up|upgrade|change)\b/,
  /^\s*(export\s+)?(async\s+)?function\s+up\b/,
  /^\s*exports\.up\b/,
  /^\s*(public\s+|private\s+)?(async\s+)?up\s*\(/,
  /^\s*up\s*:\s*(async\b|function\b|\()/,
  /^\s*<\/rollback>/,
  /^\s*-\s*changeSet\s*:/,
  /^\s*--\s*changeset\b/i,
  /^\s*<changeSet\b/
];
var DJANGO = /\bmigrations\.(RemoveField|DeleteModel|RenameField|RenameModel|AlterField)\b/;
function downCounterparts(path) {
  const dir = dirname(path);
  const name = basename(path);
  const out = [];
  if (/\.up\.sql$/i.test(name)) out.push(posix.join(dir, name.replace(/\.up\.sql$/i, ".down.sql")));
  if (/^up\.sql$/i.test(name)) out.push(posix.join(dir, "down.sql"));
  const flyway = /^V(\d[\w.]*)__(.*)$/.exec(name);
  if (flyway) out.push(posix.join(dir, `U${flyway[1]}__${flyway[2]}`));
  return out;
}
function hasDownStep(path, addedLines, changedPaths) {
  const wanted = downCounterparts(path).map((p) => p.toLowerCase());
  if (wanted.length && [...changedPaths].some((p) => wanted.includes(p.toLowerCase()))) return true;
  if (/\.(ya?ml|xml|json)$/i.test(path) && addedLines.some((l) => /\brollback\b/i.test(l))) return true;
  if (addedLines.some((l) => DJANGO.test(l))) return !addedLines.some((l) => /\bRunSQL\(/.test(l)) || addedLines.some((l) => /\breverse_sql\b/.test(l));
  if (addedLines.some((l) => /\b(IrreversibleMigration|NotImplementedError)\b/.test(l))) return false;
  return addedLines.some((l) => DOWN_MARKER.some((m) => m.test(l)) && !/^\s*<rollback\s*\/>/.test(l));
}
function withoutDownSections(lines) {
  let down = false;
  return lines.map((l) => {
    if (DOWN_MARKER.some((m) => m.test(l))) down = true;
    else if (UP_MARKER.some((m) => m.test(l))) down = false;
    return down ? "" : l;
  });
}

// src/core/risk/destructive/orm-operations.ts
function literals(args) {
  return [...args.matchAll(/(?:(\w+)\s*[=:]\s*)?(?:'([^']*)'|"([^"]*)"|`([^`]*)`|:(\w+))/g)].map((m) => m[2] ?? m[3] ?? m[4] ?? m[5] ?? "");
}
function keyword(args, key) {
  const m = new RegExp(`\\b${key}\\s*[=:]\\s*(?:'([^']*)'|"([^"]*)")`).exec(args);
  return m ? m[1] ?? m[2] : void 0;
}
var first = (args) => literals(args)[0];
var pair = (args) => {
  const [a, b] = literals(args);
  return a && b ? `${a}.${b}` : a;
};
var renamed = (args) => {
  const [a, b] = literals(args);
  return a && b ? `${a} \u2192 ${b}` : a;
};
var renamedColumn = (args) => {
  const [t, a, b] = literals(args);
  return t && a && b ? `${t}.${a} \u2192 ${b}` : renamed(args);
};
var ARGS = String.raw`\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)`;
var RUBY_ARGS = String.raw`[ \t(]+([^\n]*)`;
var ROWS = [
  // Rails (ActiveRecord)
  { call: new RegExp(String.raw`\bdrop_table${RUBY_ARGS}`), kind: "orm-drop", objectType: "table", object: first },
  { call: new RegExp(String.raw`\bremove_columns?${RUBY_ARGS}`), kind: "orm-drop", objectType: "column", object: pair },
  { call: new RegExp(String.raw`\brename_table${RUBY_ARGS}`), kind: "orm-rename", objectType: "table", object: renamed },
  { call: new RegExp(String.raw`\brename_column${RUBY_ARGS}`), kind: "orm-rename", objectType: "column", object: renamedColumn },
  { call: new RegExp(String.raw`\bremove_(?:reference|belongs_to)${RUBY_ARGS}`), kind: "orm-drop", objectType: "column", object: pair },
  // Django
  { call: new RegExp(String.raw`\bDeleteModel${ARGS}`), kind: "orm-drop", objectType: "model", object: (a) => keyword(a, "name") ?? first(a) },
  { call: new RegExp(String.raw`\bRemoveField${ARGS}`), kind: "orm-drop", objectType: "field", object: (a) => keyword(a, "model_name") ? `${keyword(a, "model_name")}.${keyword(a, "name") ?? "?"}` : pair(a) },
  { call: new RegExp(String.raw`\bRenameModel${ARGS}`), kind: "orm-rename", objectType: "model", object: (a) => keyword(a, "old_name") ? `${keyword(a, "old_name")} \u2192 ${keyword(a, "new_name") ?? "?"}` : renamed(a) },
  { call: new RegExp(String.raw`\bRenameField${ARGS}`), kind: "orm-rename", objectType: "field", object: (a) => keyword(a, "model_name") ? `${keyword(a, "model_name")}.${keyword(a, "old_name") ?? "?"} \u2192 ${keyword(a, "new_name") ?? "?"}` : renamedColumn(a) },
  // Alembic
  { call: new RegExp(String.raw`\bop\.drop_table${ARGS}`), kind: "orm-drop", objectType: "table", object: first },
  { call: new RegExp(String.raw`\bop\.drop_column${ARGS}`), kind: "orm-drop", objectType: "column", object: pair },
  { call: new RegExp(String.raw`\bop\.rename_table${ARGS}`), kind: "orm-rename", objectType: "table", object: renamed },
  { call: new RegExp(String.raw`\bop\.alter_column(\s*\([^()]*\bnew_column_name\b[^()]*\))`), kind: "orm-rename", objectType: "column", object: (a) => `${pair(a) ?? "?"} \u2192 ${keyword(a, "new_column_name") ?? "?"}` },
  // Knex, Sequelize, TypeORM
  { call: new RegExp(String.raw`\.(?:dropTable|dropTableIfExists)${ARGS}`), kind: "orm-drop", objectType: "table", object: first },
  { call: new RegExp(String.raw`\.(?:removeColumn)${ARGS}`), kind: "orm-drop", objectType: "column", object: pair },
  { call: new RegExp(String.raw`\.(?:dropColumns?)${ARGS}`), kind: "orm-drop", objectType: "column", object: pair },
  { call: new RegExp(String.raw`\.renameTable${ARGS}`), kind: "orm-rename", objectType: "table", object: renamed },
  { call: new RegExp(String.raw`\.renameColumn${ARGS}`), kind: "orm-rename", objectType: "column", object: (a) => literals(a).length >= 3 ? renamedColumn(a) : renamed(a) },
  // Liquibase changelogs (XML attributes, YAML/JSON keys)
  { call: /<dropTable\b([^>]*)>/, kind: "orm-drop", objectType: "table", object: (a) => keyword(a, "tableName") },
  { call: /<dropColumn\b([^>]*)>/, kind: "orm-drop", objectType: "column", object: (a) => `${keyword(a, "tableName") ?? "?"}.${keyword(a, "columnName") ?? "?"}` },
  { call: /<renameTable\b([^>]*)>/, kind: "orm-rename", objectType: "table", object: (a) => `${keyword(a, "oldTableName") ?? "?"} \u2192 ${keyword(a, "newTableName") ?? "?"}` },
  { call: /<renameColumn\b([^>]*)>/, kind: "orm-rename", objectType: "column", object: (a) => `${keyword(a, "tableName") ?? "?"}.${keyword(a, "oldColumnName") ?? "?"} \u2192 ${keyword(a, "newColumnName") ?? "?"}` },
  { call: /-\s*dropTable\s*:((?:\s+\w+\s*:\s*\S+)+)/, kind: "orm-drop", objectType: "table", object: (a) => /tableName\s*:\s*["']?([\w.]+)/.exec(a)?.[1] },
  { call: /-\s*dropColumn\s*:((?:\s+\w+\s*:\s*\S+)+)/, kind: "orm-drop", objectType: "column", object: (a) => `${/tableName\s*:\s*["']?([\w.]+)/.exec(a)?.[1] ?? "?"}.${/columnName\s*:\s*["']?([\w.]+)/.exec(a)?.[1] ?? "?"}` }
];
function ormEffects(text2) {
  const out = [];
  for (const row of ROWS) {
    const global = new RegExp(row.call.source, row.call.flags.includes("g") ? row.call.flags : `${row.call.flags}g`);
    for (const m of text2.matchAll(global)) {
      const object3 = row.object(m[1] ?? "") ?? "?";
      out.push({ kind: row.kind, action: row.kind === "orm-drop" ? "delete" : "rename", objectType: row.objectType, object: object3, index: m.index, evidence: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
var EMBEDDED_SQL = /\b(?:execute|exec|RunSQL|raw|query|statement|sql)\s*\(?\s*(?:[rRuUbBfF]{0,2})(?:"""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`]*)`|<<-?~?(\w+)\n([\s\S]*?)\n\s*\6)/g;
function embeddedSql(text2) {
  return [...text2.matchAll(EMBEDDED_SQL)].map((m) => ({ sql: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[7] ?? "", index: m.index }));
}

// src/core/risk/destructive/sql-ast.ts
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function word2(v) {
  return typeof v === "string" ? v.toLowerCase() : "";
}
function obj(v) {
  return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function list(v) {
  return Array.isArray(v) ? v : v === void 0 || v === null ? [] : [v];
}
function nameOf(v) {
  if (typeof v === "string") return str(v);
  const o = obj(v);
  if (!o) return void 0;
  if (o.type === "column_ref") {
    const column = nameOf(o.column);
    const table2 = str(o.table);
    return column && table2 ? `${table2}.${column}` : column;
  }
  if (o.expr) return nameOf(o.expr);
  if (o.value !== void 0) return nameOf(o.value);
  const table = str(o.table);
  if (table) return [str(o.db), str(o.schema), table].filter(Boolean).join(".");
  return void 0;
}
var DROPPABLE = /* @__PURE__ */ new Set(["table", "view", "index", "schema", "database", "type"]);
function drop(ast) {
  const keyword2 = word2(ast.keyword);
  if (!DROPPABLE.has(keyword2)) return [];
  return list(ast.name).map(nameOf).filter((n) => Boolean(n)).map((object3) => ({ kind: "sql-drop", action: "delete", objectType: keyword2, object: object3 }));
}
function alterEffect(table, e) {
  const action = word2(e.action);
  const resource = word2(e.resource);
  if (action === "drop") {
    if (resource === "column") return [{ kind: "sql-drop", action: "delete", objectType: "column", object: `${table}.${nameOf(e.column) ?? "?"}` }];
    if (resource === "constraint") return [{ kind: "sql-drop", action: "delete", objectType: "constraint", object: `${table}.${nameOf(e.constraint) ?? "?"}` }];
    if (resource === "key" && word2(e.keyword) === "primary key") return [{ kind: "sql-drop", action: "delete", objectType: "constraint", object: `${table} primary key` }];
    if (resource === "key") return [{ kind: "sql-drop", action: "delete", objectType: "constraint", object: `${table}.${nameOf(e.key) ?? "?"}` }];
    if (resource === "index") return [{ kind: "sql-drop", action: "delete", objectType: "index", object: `${table}.${nameOf(e.index) ?? "?"}` }];
    if (resource === "partition") return [{ kind: "sql-drop", action: "delete", objectType: "partition", object: table }];
    return [];
  }
  if (action === "rename") {
    if (resource === "table") return [{ kind: "sql-rename", action: "rename", objectType: "table", object: `${table} \u2192 ${nameOf(e.table) ?? "?"}` }];
    if (resource === "column") return [{ kind: "sql-rename", action: "rename", objectType: "column", object: `${table}.${nameOf(e.old_column) ?? "?"} \u2192 ${nameOf(e.column) ?? "?"}` }];
  }
  return [];
}
function alter(ast) {
  if (ast.keyword !== void 0 && word2(ast.keyword) !== "table") return [];
  const table = nameOf(list(ast.table)[0]);
  if (!table) return [];
  return list(ast.expr).flatMap((e) => obj(e) ? alterEffect(table, obj(e)) : []);
}
function rename(ast) {
  return list(ast.table).flatMap((pair2) => {
    const [from, to] = list(pair2);
    return [{ kind: "sql-rename", action: "rename", objectType: "table", object: `${nameOf(from) ?? "?"} \u2192 ${nameOf(to) ?? "?"}` }];
  });
}
function targets(ast) {
  return list(ast.table).map(nameOf).filter((n) => Boolean(n));
}
function effectsOfAst(ast) {
  switch (word2(ast.type)) {
    case "drop":
      return drop(ast);
    case "truncate":
      return list(ast.name).map(nameOf).filter((n) => Boolean(n)).map((object3) => ({ kind: "sql-truncate", action: "truncate", objectType: "table", object: object3 }));
    case "alter":
      return alter(ast);
    case "rename":
      return rename(ast);
    case "delete":
      return ast.where ? [] : targets(ast).slice(0, 1).map((object3) => ({ kind: "sql-delete-unbounded", action: "delete", objectType: "rows", object: object3 }));
    case "update":
      return ast.where ? [] : targets(ast).slice(0, 1).map((object3) => ({ kind: "sql-update-unbounded", action: "replace", objectType: "rows", object: object3 }));
    default:
      return [];
  }
}

// src/core/risk/destructive/sql-effect.ts
function losesData(effect) {
  if (effect.kind === "sql-rename") return false;
  if (effect.kind === "sql-drop") return !["index", "view", "constraint", "type"].includes(effect.objectType);
  return true;
}

// src/core/risk/destructive/sql-text.ts
var DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;
function skipQuoted(text2, i, quote2) {
  let j = i + 1;
  while (j < text2.length) {
    if (text2[j] === quote2) {
      if (text2[j + 1] === quote2) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}
function skipBlockComment(text2, i) {
  let depth = 0;
  let j = i;
  while (j < text2.length) {
    if (text2.startsWith("/*", j)) {
      depth++;
      j += 2;
    } else if (text2.startsWith("*/", j)) {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else j++;
  }
  return j;
}
function blank(comment) {
  const newlines = comment.replace(/[^\n]/g, "");
  return newlines.length ? newlines : " ";
}
var GO_LINE = /^[ \t]*GO[ \t]*(?:\r?\n|$)/i;
function splitSqlStatements(text2) {
  const out = [];
  let current = "";
  let start;
  let line2 = 0;
  const flush = () => {
    const trimmed = current.trim();
    if (trimmed) out.push({ text: trimmed, line: start ?? line2 });
    current = "";
    start = void 0;
  };
  let i = 0;
  while (i < text2.length) {
    const c = text2[i];
    const atLineStart = i === 0 || text2[i - 1] === "\n";
    if (atLineStart && (c === "G" || c === "g" || c === " " || c === "	") && GO_LINE.test(text2.slice(i, i + 64))) {
      const m = GO_LINE.exec(text2.slice(i, i + 64));
      flush();
      if (m[0].endsWith("\n")) line2++;
      i += m[0].length;
      continue;
    }
    let end = i + 1;
    let piece;
    if (c === "-" && text2[i + 1] === "-") {
      end = text2.indexOf("\n", i);
      if (end < 0) end = text2.length;
      piece = " ";
    } else if (c === "/" && text2[i + 1] === "*") {
      end = skipBlockComment(text2, i);
      piece = blank(text2.slice(i, end));
    } else if (c === "'" || c === '"' || c === "`") {
      end = skipQuoted(text2, i, c);
      piece = text2.slice(i, end);
    } else if (c === "$") {
      const tag = DOLLAR_TAG.exec(text2.slice(i, i + 64));
      if (tag) {
        const close = text2.indexOf(tag[0], i + tag[0].length);
        end = close < 0 ? text2.length : close + tag[0].length;
      }
      piece = text2.slice(i, end);
    } else if (c === ";") {
      flush();
      i = end;
      continue;
    } else {
      piece = c;
    }
    if (start === void 0 && piece.trim()) start = line2;
    current += piece;
    line2 += piece.match(/\n/g)?.length ?? 0;
    i = end;
  }
  flush();
  return out;
}

// src/core/risk/destructive/sql-tokens.ts
var TOKEN = /"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|'(?:[^']|'')*'|\{\{[^}]*\}\}|\$\{[^}]*\}|[A-Za-z_#@][\w$#@]*|\d+(?:\.\d+)?|\S/g;
function tokenise(statement) {
  const out = [];
  let depth = 0;
  for (const m of statement.matchAll(TOKEN)) {
    const t = m[0];
    if (t === ")") depth = Math.max(0, depth - 1);
    const placeholder = /^(\{\{|\$\{)/.test(t);
    const quoted = placeholder || /^["`[]/.test(t);
    const isString = t.startsWith("'");
    const name = placeholder ? t.replace(/\s+/g, "") : quoted ? t.slice(1, -1).replace(/""/g, '"').replace(/``/g, "`") : isString ? t.slice(1, -1).replace(/''/g, "'") : t;
    out.push({ word: quoted || isString ? t : t.toUpperCase(), name, quoted, depth });
    if (t === "(") depth++;
  }
  return out;
}
var Cursor = class {
  constructor(tokens, i = 0) {
    this.tokens = tokens;
    this.i = i;
  }
  tokens;
  i;
  peek(offset = 0) {
    return this.tokens[this.i + offset]?.word;
  }
  accept(...words) {
    if (words.every((w, k) => this.peek(k) === w)) {
      this.i += words.length;
      return true;
    }
    return false;
  }
  /** A possibly qualified name: a.b.c, quoted parts allowed. */
  name() {
    const first2 = this.tokens[this.i];
    if (!first2 || !(first2.quoted || /^[A-Z_#@]/.test(first2.word))) return void 0;
    const parts = [first2.name];
    this.i++;
    while (this.peek() === "." && this.tokens[this.i + 1]) {
      parts.push(this.tokens[this.i + 1].name);
      this.i += 2;
    }
    return parts.join(".");
  }
  names(stop) {
    const out = [];
    for (; ; ) {
      const n = this.name();
      if (!n || stop.includes(n.toUpperCase())) break;
      out.push(n);
      if (!this.accept(",")) break;
    }
    return out;
  }
  rest() {
    return this.tokens.slice(this.i);
  }
};
var DROPPABLE2 = { TABLE: "table", VIEW: "view", INDEX: "index", SCHEMA: "schema", DATABASE: "database", TYPE: "type" };
var NAME_STOP = ["CASCADE", "RESTRICT", "ON", "PURGE"];
function drop2(c) {
  if (!c.accept("TEMPORARY")) c.accept("TEMP");
  let objectType;
  if (c.accept("MATERIALIZED", "VIEW")) objectType = "view";
  else if (c.peek() && DROPPABLE2[c.peek()]) objectType = DROPPABLE2[c.tokens[c.i++].word];
  if (!objectType) return [];
  c.accept("CONCURRENTLY");
  c.accept("IF", "EXISTS");
  const type = objectType;
  return c.names(NAME_STOP).map((object3) => ({ kind: "sql-drop", action: "delete", objectType: type, object: object3 }));
}
function truncate(c) {
  c.accept("TABLE");
  c.accept("ONLY");
  return c.names(NAME_STOP).map((object3) => ({ kind: "sql-truncate", action: "truncate", objectType: "table", object: object3 }));
}
function actions(tokens) {
  const out = [[]];
  const base = tokens[0]?.depth ?? 0;
  for (const t of tokens) {
    if (t.word === "," && t.depth === base) out.push([]);
    else out[out.length - 1].push(t);
  }
  return out.filter((a) => a.length);
}
var NOT_A_COLUMN = ["CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN", "CHECK", "DEFAULT", "PARTITION", "NOT", "IDENTITY", "EXPRESSION", "PERIOD", "SYSTEM"];
function alterAction(table, tokens) {
  const c = new Cursor(tokens);
  if (c.accept("DROP")) {
    if (c.accept("CONSTRAINT") || c.accept("FOREIGN", "KEY") || c.accept("CHECK")) {
      c.accept("IF", "EXISTS");
      return [{ kind: "sql-drop", action: "delete", objectType: "constraint", object: `${table}.${c.name() ?? "?"}` }];
    }
    if (c.accept("PRIMARY", "KEY")) return [{ kind: "sql-drop", action: "delete", objectType: "constraint", object: `${table} primary key` }];
    if (c.accept("INDEX") || c.accept("KEY")) return [{ kind: "sql-drop", action: "delete", objectType: "index", object: `${table}.${c.name() ?? "?"}` }];
    if (c.accept("PARTITION")) return c.names([]).map((p) => ({ kind: "sql-drop", action: "delete", objectType: "partition", object: `${table}.${p}` }));
    if (c.peek() && NOT_A_COLUMN.includes(c.peek())) return [];
    c.accept("COLUMN");
    c.accept("IF", "EXISTS");
    const column = c.name();
    return column ? [{ kind: "sql-drop", action: "delete", objectType: "column", object: `${table}.${column}` }] : [];
  }
  if (c.accept("RENAME")) {
    if (c.accept("TO") || c.accept("AS")) return [{ kind: "sql-rename", action: "rename", objectType: "table", object: `${table} \u2192 ${c.name() ?? "?"}` }];
    if (c.peek() === "CONSTRAINT" || c.peek() === "INDEX" || c.peek() === "KEY") return [];
    c.accept("COLUMN");
    const from = c.name();
    if (from && c.accept("TO")) return [{ kind: "sql-rename", action: "rename", objectType: "column", object: `${table}.${from} \u2192 ${c.name() ?? "?"}` }];
  }
  return [];
}
function alterTable(c) {
  if (!c.accept("TABLE")) return [];
  c.accept("IF", "EXISTS");
  c.accept("ONLY");
  const table = c.name();
  if (!table) return [];
  return actions(c.rest()).flatMap((a) => alterAction(table, a));
}
function renameTable(c) {
  if (!c.accept("TABLE")) return [];
  const out = [];
  for (; ; ) {
    const from = c.name();
    if (!from || !c.accept("TO")) break;
    out.push({ kind: "sql-rename", action: "rename", objectType: "table", object: `${from} \u2192 ${c.name() ?? "?"}` });
    if (!c.accept(",")) break;
  }
  return out;
}
function spRename(c) {
  const proc = c.name();
  if (!proc || !/(^|\.)sp_rename$/i.test(proc)) return [];
  const strings = c.rest().filter((t) => t.word.startsWith("'")).map((t) => t.name);
  if (strings.length < 2) return [];
  const type = (strings[2] ?? "object").toLowerCase();
  if (type !== "column" && type !== "object") return [];
  return [{ kind: "sql-rename", action: "rename", objectType: type === "column" ? "column" : "table", object: `${strings[0]} \u2192 ${strings[1]}` }];
}
function hasTopLevel(tokens, word3) {
  const base = tokens[0]?.depth ?? 0;
  return tokens.some((t) => t.word === word3 && t.depth === base);
}
function unbounded(c, verb) {
  const rest = c.rest();
  if (hasTopLevel(rest, "WHERE")) return [];
  if (verb === "DELETE") {
    c.accept("FROM");
    c.accept("ONLY");
    const table2 = c.name();
    return table2 ? [{ kind: "sql-delete-unbounded", action: "delete", objectType: "rows", object: table2 }] : [];
  }
  c.accept("ONLY");
  const table = c.name();
  return table && hasTopLevel(c.rest(), "SET") ? [{ kind: "sql-update-unbounded", action: "replace", objectType: "rows", object: table }] : [];
}
function skipCommonTableExpressions(c) {
  if (!c.accept("WITH")) return;
  c.accept("RECURSIVE");
  while (c.i < c.tokens.length) {
    const t = c.tokens[c.i];
    if (t.depth === 0 && ["DELETE", "UPDATE", "SELECT", "INSERT", "MERGE"].includes(t.word)) return;
    c.i++;
  }
}
function classifyTokens(statement) {
  const c = new Cursor(tokenise(statement));
  skipCommonTableExpressions(c);
  const verb = c.tokens[c.i++]?.word;
  switch (verb) {
    case "DROP":
      return drop2(c);
    case "TRUNCATE":
      return truncate(c);
    case "ALTER":
      return alterTable(c);
    case "RENAME":
      return renameTable(c);
    case "EXEC":
    case "EXECUTE":
      return spRename(c);
    case "DELETE":
    case "UPDATE":
      return unbounded(c, verb);
    case void 0:
    default:
      return [];
  }
}

// src/core/risk/destructive/migrations.ts
var CODE_MIGRATION = /\.(rb|py|js|mjs|cjs|ts|mts|cts|xml|ya?ml|json|php|java|kt|go|cs|ex|exs)$/i;
function isSqlOrMigration(path) {
  return SQL_FILE.test(path) || MIGRATION_PATH.test(path);
}
function readSql(text2, parse) {
  const out = [];
  for (const s of splitSqlStatements(text2)) {
    const parsed = parse?.(s.text)?.flatMap(effectsOfAst) ?? [];
    const readBy = parsed.length ? "sql-parser" : "sql-tokens";
    const effects = parsed.length ? parsed : classifyTokens(s.text);
    for (const effect of effects) out.push({ effect, line: s.line, statement: s.text, readBy });
  }
  return out;
}
function lineOfIndex(text2, index) {
  let n = 0;
  for (let i = text2.indexOf("\n"); i >= 0 && i < index; i = text2.indexOf("\n", i + 1)) n++;
  return n;
}
function withoutCodeComments(lines) {
  return lines.map((l) => /^\s*(#|\/\/|\*|\/\*)/.test(l) ? "" : l);
}
function fromBlock(path, block2, lines, parse, downStep) {
  const text2 = lines.join("\n");
  const facts = [];
  const sqlFact = (r, baseLine) => ({
    kind: r.effect.kind,
    path,
    reversible: !losesData(r.effect) && downStep,
    source: "diff",
    action: r.effect.action,
    objectType: r.effect.objectType,
    object: r.effect.object,
    line: lineAt(block2, baseLine + r.line),
    evidence: evidence(r.statement),
    downStep,
    readBy: r.readBy
  });
  if (SQL_FILE.test(path)) return readSql(text2, parse).map((r) => sqlFact(r, 0));
  if (!CODE_MIGRATION.test(path)) return facts;
  const code = withoutCodeComments(lines).join("\n");
  for (const e of ormEffects(code)) {
    facts.push({
      kind: e.kind,
      path,
      reversible: e.kind === "orm-rename" && downStep,
      source: "diff",
      action: e.action,
      objectType: e.objectType,
      object: e.object,
      line: lineAt(block2, lineOfIndex(code, e.index)),
      evidence: evidence(e.evidence),
      downStep,
      readBy: "pattern"
    });
  }
  for (const embedded of embeddedSql(code)) {
    const at = lineOfIndex(code, embedded.index);
    facts.push(...readSql(embedded.sql, parse).map((r) => sqlFact(r, at)));
  }
  return facts;
}
function migrationOperations(patch, changedPaths, parse) {
  if (isDownFile(patch.path)) return [];
  const downStep = hasDownStep(patch.path, patch.added, changedPaths);
  return addedBlocks(patch).flatMap((block2) => fromBlock(patch.path, block2, withoutDownSections(block2.lines), parse, downStep));
}

// src/core/risk/destructive/terraform.ts
import { dirname as dirname2 } from "node:path";
var TERRAFORM_FILE = /\.tf$/i;
var TERRAFORM_ANY = /\.(tf|tf\.json)$/i;
var HEADER = /^\s*(resource)\s+"([^"]+)"\s+"([^"]+)"|^\s*(module)\s+"([^"]+)"/;
var ZERO_INSTANCES = /^\s*(count\s*=\s*0|for_each\s*=\s*(\{\s*\}|\[\s*\]|toset\(\s*\[\s*\]\s*\)|tomap\(\s*\{\s*\}\s*\)))\s*(#.*|\/\/.*)?$/;
var ADDRESS = /^\s*(from|to)\s*=\s*([^\s#]+)/;
function baseAddress(address) {
  return address.replace(/\[.*\]$/, "");
}
function addressOf(line2) {
  const m = HEADER.exec(line2);
  if (!m) return void 0;
  return m[1] ? `${m[2]}.${m[3]}` : `module.${m[5]}`;
}
function numbered(patch) {
  return addedBlocks(patch).flatMap((b) => b.lines.map((text2, i) => ({ text: text2, line: lineAt(b, i) })));
}
function blocks(lines) {
  const out = [];
  let current;
  let depth = 0;
  for (const l of lines) {
    const opener = /^\s*(moved|removed)\s*\{/.exec(l.text);
    if (!current && opener) {
      current = { type: opener[1], destroy: true, line: l.line, text: l.text.trim() };
      depth = 0;
    }
    if (!current) continue;
    const address = ADDRESS.exec(l.text);
    if (address) current[address[1]] = baseAddress(address[2]);
    if (/^\s*destroy\s*=\s*false\b/.test(l.text)) current.destroy = false;
    depth += (l.text.match(/\{/g)?.length ?? 0) - (l.text.match(/\}/g)?.length ?? 0);
    if (depth <= 0) {
      out.push(current);
      current = void 0;
    }
  }
  if (current) out.push(current);
  return out;
}
function enclosing(lines, index, patch) {
  for (let i = index - 1; i >= 0; i--) {
    const a = addressOf(lines[i].text);
    if (a) return a;
    if (/^\}/.test(lines[i].text)) break;
  }
  const at = lines[index].line;
  const hunk = at === void 0 ? void 0 : [...patch.hunkContexts ?? []].reverse().find((h) => h.line <= at);
  return hunk ? addressOf(hunk.context) : void 0;
}
function fact(path, kind, rest) {
  return { kind, path, reversible: false, source: "diff", action: "delete", objectType: "resource", ...rest };
}
function guards(patch, lines) {
  const out = [];
  const removedGuard = patch.removed.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l));
  const keptGuard = lines.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l.text));
  if (removedGuard && !keptGuard) out.push(fact(patch.path, "terraform-prevent-destroy-removed", { action: "unguard", reversible: true, evidence: "prevent_destroy = true" }));
  lines.forEach((l, i) => {
    if (/^\s*prevent_destroy\s*=\s*false\b/.test(l.text)) {
      out.push(fact(patch.path, "terraform-prevent-destroy-false", { action: "unguard", reversible: true, object: enclosing(lines, i, patch), line: l.line, evidence: evidence(l.text) }));
    }
    if (/^\s*force_destroy\s*=\s*true\b/.test(l.text)) {
      out.push(fact(patch.path, "terraform-force-destroy", { action: "unguard", reversible: true, object: enclosing(lines, i, patch), line: l.line, evidence: evidence(l.text) }));
    }
  });
  return out;
}
function zeroInstances(patch, lines) {
  return lines.flatMap(
    (l, i) => ZERO_INSTANCES.test(l.text) ? [fact(patch.path, "terraform-zero-instances", { object: enclosing(lines, i, patch), line: l.line, evidence: evidence(l.text) })] : []
  );
}
function byModule(files, patches) {
  const modules = /* @__PURE__ */ new Map();
  const side = (dir) => {
    let s = modules.get(dir);
    if (!s) modules.set(dir, s = { removed: /* @__PURE__ */ new Map(), added: /* @__PURE__ */ new Set(), moved: /* @__PURE__ */ new Set(), removedBlocks: [] });
    return s;
  };
  for (const file of files) {
    const patch = patches.get(file.path);
    if (!patch || !TERRAFORM_FILE.test(file.path)) continue;
    const oldDir = dirname2(file.previousPath ?? file.path);
    for (const l of patch.removed) {
      const a = addressOf(l);
      if (a && !side(oldDir).removed.has(a)) side(oldDir).removed.set(a, file.previousPath ?? file.path);
    }
    const newSide = side(dirname2(file.path));
    const lines = numbered(patch);
    for (const l of lines) {
      const a = addressOf(l.text);
      if (a) newSide.added.add(a);
    }
    for (const b of blocks(lines)) {
      if (b.type === "moved" && b.from) newSide.moved.add(b.from);
      if (b.type === "removed") newSide.removedBlocks.push({ ...b, text: file.path });
    }
  }
  return modules;
}
function removedResources(modules) {
  const out = [];
  for (const s of modules.values()) {
    const forgotten = new Set(s.removedBlocks.map((b) => b.from));
    for (const [address, path] of s.removed) {
      if (s.added.has(address) || s.moved.has(address) || forgotten.has(address)) continue;
      out.push(fact(path, "terraform-resource-removed", { object: address, address, evidence: `${address} removed` }));
    }
    for (const b of s.removedBlocks) {
      if (!b.destroy || !b.from) continue;
      out.push(fact(b.text, "terraform-removed-block", { object: b.from, address: b.from, line: b.line, evidence: `removed { from = ${b.from} }` }));
    }
  }
  return out;
}
function movedAway(files) {
  return files.filter((f) => f.status === "renamed" && f.previousPath && TERRAFORM_ANY.test(f.previousPath) && dirname2(f.previousPath) !== dirname2(f.path)).map((f) => fact(f.path, "terraform-file-moved", { objectType: "file", object: `${f.previousPath} \u2192 ${f.path}`, evidence: `${f.previousPath} \u2192 ${f.path}` }));
}
function terraformOperations(files, patches) {
  const perFile = files.flatMap((f) => {
    const patch = patches.get(f.path);
    if (!patch || !TERRAFORM_FILE.test(f.path)) return [];
    const lines = numbered(patch);
    return [...zeroInstances(patch, lines), ...guards(patch, lines)];
  });
  return [...removedResources(byModule(files, patches)), ...movedAway(files), ...perFile];
}
var DESTROY_COMMAND = /\b(terraform|tofu|terragrunt)\b(?:\s+(?:-chdir=\S+|run-all|--?\w[\w-]*(?:=\S+)?))*\s+destroy\b|\b(terraform|tofu|terragrunt)\b[^\n#]*\s(?:apply|plan)\b[^\n#]*\s-destroy\b/;
function destroyCommands(patch) {
  return numbered(patch).flatMap((l) => {
    if (/^\s*(#|\/\/)/.test(l.text) || !DESTROY_COMMAND.test(l.text)) return [];
    return [fact(patch.path, "terraform-destroy-command", { objectType: "command", object: evidence(l.text, 80), line: l.line, evidence: evidence(l.text) })];
  });
}

// src/core/risk/destructive.ts
var TERRAFORM = /\.(tf|tf\.json)$/i;
var YAML = /\.ya?ml$/i;
var SCRIPT = /(\.(sh|bash|zsh|ps1|mk)|(^|\/)(Makefile|GNUmakefile|makefile|justfile|Taskfile\.ya?ml))$/;
function needsContent(file, isSensitive) {
  const p = file.path;
  if (file.binary) return false;
  if (TERRAFORM.test(p) || isSqlOrMigration(p) || SCRIPT.test(p)) return true;
  if (file.previousPath && TERRAFORM.test(file.previousPath)) return true;
  if (file.status === "deleted" && YAML.test(p)) return true;
  return isSensitive(p);
}
function hasSql(files) {
  return files.some((f) => !f.binary && f.status !== "deleted" && (SQL_FILE.test(f.path) || isSqlOrMigration(f.path)));
}
function isKubernetesManifest(lines) {
  return lines.some((l) => /^apiVersion:\s*\S/.test(l)) && lines.some((l) => /^kind:\s*\S/.test(l));
}
function deletedFile(file, patch, groups) {
  if (patch && YAML.test(file.path) && isKubernetesManifest(patch.removed)) {
    return [{ kind: "kubernetes-manifest-deleted", path: file.path, reversible: true, source: "diff", action: "delete", objectType: "manifest", object: file.path }];
  }
  if (groups.length) {
    return [{ kind: "sensitive-file-deleted", path: file.path, reversible: true, source: "diff", action: "delete", objectType: "file", object: file.path, reason: groups.join(", ") }];
  }
  return [];
}
function detectDestructive(files, patches, isSensitive, parse) {
  const byPath = new Map(patches.map((p) => [p.path, p]));
  const changedPaths = new Set(files.map((f) => f.path));
  const ops = terraformOperations(files, byPath);
  const seen = new Set(ops.map((o) => o.path));
  for (const file of files) {
    const patch = byPath.get(file.path);
    const fileOps = [];
    if (patch && isSqlOrMigration(file.path) && !TERRAFORM.test(file.path)) fileOps.push(...migrationOperations(patch, changedPaths, parse));
    if (patch && !TERRAFORM.test(file.path)) fileOps.push(...destroyCommands(patch));
    if (file.status === "deleted" && fileOps.length === 0 && !seen.has(file.path)) fileOps.push(...deletedFile(file, patch, isSensitive(file.path)));
    ops.push(...fileOps);
  }
  return ops;
}

// src/core/risk/factors.ts
var MAX_LISTED = 20;
function round1(n) {
  return Math.round(n * 10) / 10;
}
function logShare(n, full, unit = 1) {
  if (n <= 0) return 0;
  return Math.min(1, Math.log1p(n / unit) / Math.log1p(full / unit));
}
var size = {
  template: "size",
  measure({ policy, lines }) {
    const f = policy.risk.factors.size;
    return [{ id: "size", points: round1(f["max-points"] * logShare(lines, f["saturate-lines"], 10)), facts: { lines, maxPoints: f["max-points"], saturateLines: f["saturate-lines"] }, files: [] }];
  }
};
var spread = {
  template: "spread",
  measure({ policy, files, directories }) {
    const f = policy.risk.factors.spread;
    const half = f["max-points"] / 2;
    const points2 = round1(half * logShare(files.length, f["saturate-files"]) + half * logShare(directories, f["saturate-directories"]));
    return [{ id: "spread", points: points2, facts: { files: files.length, directories }, files: [] }];
  }
};
var sensitive = {
  template: "sensitive",
  measure({ policy, groups }) {
    const cap = policy.risk.factors["sensitive-paths"]["max-points"];
    const pointsOf = (name) => policy["sensitive-paths"][name]?.points ?? 0;
    let budget = cap;
    return [...groups].sort((a, b) => pointsOf(b[0]) - pointsOf(a[0])).map(([name, paths]) => {
      const points2 = Math.min(pointsOf(name), budget);
      budget -= points2;
      const facts = { group: name, description: policy["sensitive-paths"][name]?.description ?? name, files: paths.length, capped: points2 < pointsOf(name), cap };
      return { id: `sensitive:${name}`, points: points2, facts, files: paths.slice(0, MAX_LISTED) };
    });
  }
};
var destructive = {
  template: "destructive",
  measure({ policy, destructive: ops }) {
    if (!ops.length) return [];
    const f = policy.risk.factors.destructive;
    const irreversible = ops.filter((o) => !o.reversible).length;
    const raw = irreversible * f["points-each"] + (ops.length - irreversible) * f["reversible-points-each"];
    return [{ id: "destructive", points: Math.min(f["max-points"], raw), facts: { operations: ops.length, irreversible }, files: [...new Set(ops.map((d) => d.path))].slice(0, MAX_LISTED) }];
  }
};
var missingTests = {
  template: "missing-tests",
  measure({ policy, sources, tests }) {
    if (!sources.length || tests.length) return [];
    return [{ id: "missing-tests", points: policy.risk.factors["missing-tests"].points, facts: { sources: sources.length }, files: sources.slice(0, MAX_LISTED) }];
  }
};
var aiAssisted = {
  template: "ai-assisted",
  measure({ policy, aiShare }, before) {
    const multiplier = policy.risk.factors["ai-multiplier"];
    if (aiShare <= 0 || multiplier <= 1) return [];
    const applied = 1 + (multiplier - 1) * aiShare;
    return [{ id: "ai-assisted", points: round1(before * (applied - 1)), facts: { share: aiShare, multiplier, applied: Math.round(applied * 1e3) / 1e3 }, files: [] }];
  }
};
var FACTORS = [size, spread, sensitive, destructive, missingTests, aiAssisted];

// src/core/plans/merge-operations.ts
function sameResource(planAddress, diffAddress) {
  return planAddress === diffAddress || planAddress.endsWith(`.${diffAddress}`) || planAddress.startsWith(`${diffAddress}[`) || planAddress.includes(`.${diffAddress}[`);
}
function withPlanOperations(diff, plan) {
  if (!plan.length) return diff;
  const addresses = plan.map((p) => p.address ?? "");
  const estimated = (op) => {
    const a = op.address ?? op.object;
    return op.source !== "plan" && a !== void 0 && op.kind.startsWith("terraform-") && addresses.some((p) => sameResource(p, a));
  };
  return [...diff.filter((op) => !estimated(op)), ...plan];
}

// src/core/paths/path-words.ts
function camelParts(token) {
  return token.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(" ").filter(Boolean).map((p) => p.toLowerCase());
}
function variants(word3) {
  const out = [word3];
  const bare = word3.replace(/\d+$/, "");
  if (bare && bare !== word3) out.push(bare);
  for (const w of [...out]) if (w.length > 3 && w.endsWith("s")) out.push(w.slice(0, -1));
  return out;
}
function pathWords(path) {
  const words = /* @__PURE__ */ new Set();
  for (const token of path.split(/[^A-Za-z0-9]+/)) {
    if (!token) continue;
    const parts = camelParts(token);
    const whole = token.toLowerCase();
    for (const w of variants(whole)) words.add(w);
    for (let i = 0; i < parts.length; i++) {
      for (const w of variants(parts[i])) words.add(w);
      if (i + 1 < parts.length) for (const w of variants(parts[i] + parts[i + 1])) words.add(w);
    }
  }
  return words;
}
function wordMatcher(words) {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  if (!wanted.size) return () => false;
  return (path) => {
    for (const w of pathWords(path)) if (wanted.has(w)) return true;
    return false;
  };
}

// src/core/risk/sensitive.ts
function sensitiveGroupsOf(policy, policyPath) {
  const isDocumentation = globMatcher(policy.risk["documentation-paths"]);
  const groups = Object.entries(policy["sensitive-paths"]).filter(([, g]) => g.paths.length > 0 || (g.words?.length ?? 0) > 0).map(([name, g]) => {
    const byGlob = globMatcher(g.paths);
    const byWord = wordMatcher(g.words ?? []);
    return { name, prose: g.documentation === true, match: (p) => byGlob(p) || byWord(p) };
  });
  return (path) => {
    const prose = isDocumentation(path);
    const names2 = groups.filter((g) => (g.prose || !prose) && g.match(path)).map((g) => g.name);
    if (policyPath && path === policyPath && !names2.includes("governance") && policy["sensitive-paths"].governance) names2.push("governance");
    return names2;
  };
}

// src/core/risk/score.ts
function directoryOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}
function levelFor(score, levels2) {
  if (score >= levels2.critical) return "critical";
  if (score >= levels2.high) return "high";
  if (score >= levels2.medium) return "medium";
  return "low";
}
function context(input) {
  const { policy, files } = input;
  const f = policy.risk.factors;
  const ignored = globMatcher(f.size["ignore-paths"]);
  const groupsOf = sensitiveGroupsOf(policy, input.policyPath);
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    const names2 = /* @__PURE__ */ new Set([...groupsOf(file.path), ...file.previousPath ? groupsOf(file.previousPath) : []]);
    for (const g of names2) groups.set(g, [...groups.get(g) ?? [], file.path]);
  }
  const isDocumentation = globMatcher(policy.risk["documentation-paths"]);
  const isSource = globMatcher(f["missing-tests"]["source-paths"]);
  const isTest = globMatcher(f["missing-tests"]["test-paths"]);
  const live = files.filter((x) => x.status !== "deleted");
  return {
    policy,
    files,
    lines: files.filter((x) => !x.binary && !ignored(x.path)).reduce((n, x) => n + x.additions + x.deletions, 0),
    directories: new Set(files.map((x) => directoryOf(x.path))).size,
    groups,
    destructive: withPlanOperations(detectDestructive(files, input.patches, groupsOf, input.sqlParser), input.planOperations ?? []),
    tests: live.filter((x) => isTest(x.path)).map((x) => x.path),
    sources: live.filter((x) => isSource(x.path) && !isTest(x.path) && !isDocumentation(x.path) && x.additions + x.deletions > 0).map((x) => x.path),
    aiShare: Math.max(0, Math.min(1, input.aiShare))
  };
}
function assessRisk(input) {
  const ctx = context(input);
  const factors = [];
  for (const row of FACTORS) {
    const before = factors.reduce((n, x) => n + x.points, 0);
    for (const r of row.measure(ctx, before)) factors.push({ ...r, template: row.template });
  }
  const score = Math.min(100, Math.round(factors.reduce((n, x) => n + x.points, 0)));
  return {
    score,
    level: levelFor(score, input.policy.risk.levels),
    factors,
    destructive: ctx.destructive,
    scope: { files: ctx.files.length, directories: ctx.directories, lines: ctx.lines, sensitiveGroups: [...ctx.groups.keys()], sources: ctx.sources.length, tests: ctx.tests.length }
  };
}

// src/core/risk/risk-rules.ts
function atLeast(level2, threshold) {
  return threshold !== "never" && RISK_LEVELS.indexOf(level2) >= RISK_LEVELS.indexOf(threshold);
}
function riskViolations(risk, aiAssisted2, policy) {
  const aiFailAt = policy.ai["fail-at-risk"];
  if (aiAssisted2 && atLeast(risk.level, aiFailAt)) {
    return [
      {
        rule: "ai.fail-at-risk",
        message: `This AI-assisted change is ${risk.level} risk (${risk.score}/100); the policy stops AI-assisted changes at ${aiFailAt} or above.`,
        remediation: "Split the AI-assisted work into smaller changes, or have a human rework the riskiest parts (see the risk factors) so it falls below the threshold.",
        level: "error"
      }
    ];
  }
  const failAt = policy.risk["fail-at"];
  if (atLeast(risk.level, failAt)) {
    return [
      {
        rule: "risk.fail-at",
        message: `Risk is ${risk.level} (${risk.score}/100); the policy fails changes at ${failAt} or above.`,
        remediation: "Split the change into smaller pull requests, or reduce what it touches (see the risk factors); a policy owner can raise risk.fail-at.",
        level: "error"
      }
    ];
  }
  return [];
}

// src/core/render/risk-words.ts
function plural(n, word3, many = `${word3}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word3 : many}`;
}
function num(facts, key) {
  const v = facts[key];
  return typeof v === "number" ? v : 0;
}
function text(facts, key) {
  const v = facts[key];
  return typeof v === "string" ? v : "";
}
function where(op) {
  return op.line ? `${op.path}:${op.line}` : op.path;
}
function downNote(op) {
  if (op.downStep === void 0) return "";
  return op.downStep ? " (a down step is in this change)" : " (no down step in this change)";
}
var SQL_VERB = {
  "sql-drop": (op) => `DROP ${(op.objectType ?? "").toUpperCase()} ${op.object ?? ""}`,
  "sql-truncate": (op) => `TRUNCATE ${op.object ?? ""}`,
  "sql-rename": (op) => `RENAME ${(op.objectType ?? "").toUpperCase()} ${op.object ?? ""}`,
  "sql-delete-unbounded": (op) => `DELETE FROM ${op.object ?? ""} without WHERE (every row)`,
  "sql-update-unbounded": (op) => `UPDATE ${op.object ?? ""} without WHERE (every row)`,
  "orm-drop": (op) => `${op.objectType ?? "object"} ${op.object ?? ""} dropped`,
  "orm-rename": (op) => `${op.objectType ?? "object"} ${op.object ?? ""} renamed`
};
var INFRASTRUCTURE = {
  "terraform-resource-removed": (op) => `Terraform resource ${op.object ?? ""} removed from ${op.path} (destroyed on apply)`,
  "terraform-removed-block": (op) => `removed block for ${op.object ?? ""} in ${where(op)} (destroyed on apply; destroy = false would only forget it)`,
  "terraform-zero-instances": (op) => `${op.evidence ?? "count = 0"} on ${op.object ?? "a resource"} in ${where(op)} (every instance destroyed on apply)`,
  "terraform-file-moved": (op) => `Terraform file moved to another module directory (${op.object ?? op.path}): what it declares is destroyed in the old module and created anew unless moved blocks say otherwise`,
  "terraform-destroy-command": (op) => `infrastructure destroy command added in ${where(op)}: ${op.evidence ?? ""}`,
  "terraform-prevent-destroy-removed": (op) => `prevent_destroy = true removed in ${op.path}`,
  "terraform-prevent-destroy-false": (op) => `prevent_destroy set to false${op.object ? ` on ${op.object}` : ""} in ${where(op)}`,
  "terraform-force-destroy": (op) => `force_destroy = true${op.object ? ` on ${op.object}` : ""} in ${where(op)} (deletes contents with the resource)`,
  "kubernetes-manifest-deleted": () => "Kubernetes manifest deleted (its objects are pruned on the next sync)",
  "sensitive-file-deleted": (op) => `sensitive file deleted (${op.reason ?? ""})`
};
function operationDetail(op) {
  if (op.source === "plan") return `${op.address ?? op.object ?? op.path} ${op.reason ?? (op.action === "replace" ? "replaced" : "deleted")}${op.stateful ? " (holds state)" : ""}`;
  const sql = SQL_VERB[op.kind];
  if (sql) return `${sql(op).trim()} in ${where(op)}${downNote(op)}`;
  const other = INFRASTRUCTURE[op.kind];
  return other ? other(op) : `${op.kind} ${op.object ?? ""} in ${where(op)}`.replace(/\s+/g, " ");
}
var TEMPLATES = {
  size: ({ facts }) => `${plural(num(facts, "lines"), "line")} changed (points grow with the logarithm of the lines, all ${num(facts, "maxPoints")} at ${num(facts, "saturateLines").toLocaleString("en-US")}; generated files and lockfiles not counted)`,
  spread: ({ facts }) => `${plural(num(facts, "files"), "file")} in ${plural(num(facts, "directories"), "directory", "directories")}`,
  sensitive: ({ facts }) => `${text(facts, "description") || text(facts, "group")}: ${plural(num(facts, "files"), "file")}${facts.capped === true ? ` (capped: sensitive paths add at most ${num(facts, "cap")})` : ""}`,
  destructive: ({ facts }, ops) => `${plural(num(facts, "operations"), "destructive operation")}: ${ops.slice(0, 5).map((d) => d.detail).join("; ")}${ops.length > 5 ? "; \u2026" : ""}`,
  "missing-tests": ({ facts }) => `${plural(num(facts, "sources"), "source file")} changed and no test changed`,
  "plan-floor": ({ facts }) => {
    const names2 = Array.isArray(facts.names) ? facts.names.join(", ") : "";
    return `The plans destroy ${plural(num(facts, "resources"), "stateful resource")} (${names2}${facts.more === true ? ", \u2026" : ""}): at least ${text(facts, "floor")} risk (plans.stateful-risk)`;
  },
  "ai-assisted": ({ facts }) => `AI-assisted change: ${Math.round(num(facts, "share") * 100)}% written by AI, so the score is multiplied by ${num(facts, "applied")} (\xD7 ${num(facts, "multiplier")} for a change written entirely by AI)`
};
function questions(score, ops, groups, auditability) {
  const s = score.scope;
  const blastRadius2 = `${plural(s.files, "file")} in ${plural(s.directories, "directory", "directories")}, ${plural(s.lines, "line")}` + (groups.length ? `; touches ${groups.join(", ")}.` : "; no sensitive paths.");
  let testing;
  if (s.sources && !s.tests) testing = `No test changed alongside ${plural(s.sources, "source file")}.`;
  else if (s.sources) testing = `${plural(s.tests, "test file")} changed alongside ${plural(s.sources, "source file")}.`;
  else testing = s.tests ? `Only tests changed (${plural(s.tests, "file")}).` : "No source code changed.";
  const irreversible = ops.filter((d) => !d.reversible);
  const rollback = ops.length ? `${irreversible.length ? `Not undone by a revert: ${irreversible.slice(0, 3).map((d) => d.detail).join("; ")}${irreversible.length > 3 ? "; \u2026" : ""}. ` : ""}${plural(ops.length, "destructive operation")} in all.` : "A revert undoes this change: no destructive operation found.";
  return { blastRadius: blastRadius2, testing, rollback, auditability };
}
function describeRisk(score, auditability) {
  const destructive2 = score.destructive.map((op) => ({ ...op, detail: operationDetail(op) }));
  const factors = score.factors.map((f) => ({ ...f, detail: TEMPLATES[f.template](f, destructive2) }));
  const groups = factors.filter((f) => f.template === "sensitive").map((f) => text(f.facts, "description") || text(f.facts, "group"));
  return { score: score.score, level: score.level, factors, destructive: destructive2, questions: questions(score, destructive2, groups, auditability) };
}

// src/core/plans/plan-risk.ts
function plural2(n, word3) {
  return `${n} ${word3}${n === 1 ? "" : "s"}`;
}
function operation(d) {
  const r = d.resource;
  const lost = d.stateful !== void 0 && !r.retained;
  return {
    kind: `plan-${r.action}`,
    path: d.plan,
    reversible: !lost,
    source: "plan",
    action: r.action,
    objectType: r.type,
    object: r.address,
    address: r.address,
    stateful: lost,
    ...d.reason ? { reason: d.reason } : {}
  };
}
function planOperations(a) {
  return a ? statefulFirst(a).map(operation) : [];
}
function blastRadius(a, before) {
  if (a.estimatedFromDiff) return `Estimated from the diff: ${noPlanWords(a)} for the infrastructure code this change touches. ${before}`;
  if (!a.summaries.length) return before;
  const stateful = a.statefulDestroyed.length ? ` (${plural2(a.statefulDestroyed.length, "stateful resource")})` : "";
  const plans = plural2(a.summaries.length, "plan");
  return a.destroyed.length ? `From ${plans}: ${plural2(a.destroyed.length, "resource")} destroyed${stateful}. ${before}` : `From ${plans}: nothing destroyed. ${before}`;
}
function withPlanFloor(risk, a, policy) {
  const lost = a?.statefulDestroyed ?? [];
  const floor = policy.plans["stateful-risk"];
  if (!lost.length || RISK_LEVELS.indexOf(risk.level) >= RISK_LEVELS.indexOf(floor)) return risk;
  const threshold = floor === "low" ? 0 : Math.ceil(policy.risk.levels[floor]);
  const score = Math.min(100, Math.max(risk.score, threshold));
  const factor = {
    id: "plan:stateful-destroy",
    points: score - risk.score,
    template: "plan-floor",
    facts: { resources: lost.length, names: lost.slice(0, 3).map((d) => d.resource.address), more: lost.length > 3, floor },
    files: [...new Set(lost.map((d) => d.plan))]
  };
  return { ...risk, score, level: levelFor(score, policy.risk.levels), factors: [...risk.factors, factor] };
}
function withPlanQuestions(risk, a) {
  return a ? { ...risk, questions: { ...risk.questions, blastRadius: blastRadius(a, risk.questions.blastRadius) } } : risk;
}

// src/core/plans/plan-rules.ts
var LISTED = 5;
function named2(list2) {
  const shown = list2.slice(0, LISTED).map((d) => d.resource.address);
  return shown.join(", ") + (list2.length > LISTED ? ` and ${list2.length - LISTED} more` : "");
}
function plural3(n, word3) {
  return `${n} ${word3}${n === 1 ? "" : "s"}`;
}
function planViolations(a, policy) {
  const p = policy.plans;
  const out = [];
  const bounds = [
    { action: "delete", max: p["max-deletes"], rule: "plans.max-deletes", verb: "delete" },
    { action: "replace", max: p["max-replaces"], rule: "plans.max-replaces", verb: "replace" }
  ];
  for (const b of bounds) {
    const hits = a.destroyed.filter((d) => d.resource.action === b.action);
    if (b.max === void 0 || hits.length <= b.max) continue;
    out.push({
      rule: b.rule,
      message: `The plans ${b.verb} ${plural3(hits.length, "resource")} (${named2(hits)}); the policy allows at most ${b.max}.`,
      remediation: `Check that each ${b.verb} is intended; split the change so each part stays within ${b.rule}, or have a policy owner raise it.`,
      level: "error"
    });
  }
  const lost = a.statefulDestroyed;
  if (lost.length && p["stateful-destroy"] !== "ignore") {
    out.push({
      rule: "plans.stateful-destroy",
      message: `The plans destroy ${plural3(lost.length, "stateful resource")}, whose data a revert does not bring back: ${named2(lost)}.`,
      remediation: "Make sure a backup or snapshot exists and the destroy is intended; to keep the data, move the resource (moved block, state mv) instead of recreating it, or protect it (prevent_destroy, deletion protection, retain policy).",
      level: p["stateful-destroy"] === "fail" ? "error" : "warning"
    });
  }
  return out;
}

// src/core/plans/plan-notes.ts
function planNotes(a, rules, oversight) {
  if (!a?.estimatedFromDiff) return [];
  const applied = /* @__PURE__ */ new Set([...oversight.required.flatMap((r) => r.rules), ...oversight.wouldApply]);
  const asked = rules.filter((r) => applied.has(r.name) && (r.when["destroys-stateful"] === true || r.when["destroys-at-least"] !== void 0));
  return asked.map(
    (r) => `Approval rule "${r.name}" applies because ${noPlanWords(a)}: without one, what this change to infrastructure code destroys cannot be ruled out. Pass the plan (--plans, or the plans input) so the rule applies only when the plan destroys.`
  );
}

// src/core/policy/effective-mode.ts
function effectiveMode(policy, input) {
  if (input === void 0 || input === policy.mode) return { mode: policy.mode };
  if (input === "enforce" || policy["inputs-may-weaken"]) return { mode: input };
  return {
    mode: policy.mode,
    note: `The mode input asked for ${input}, but the policy says ${policy.mode} and inputs may only make it stricter; set \`inputs-may-weaken: true\` in the policy to let inputs relax it.`
  };
}

// src/core/evaluate.ts
function auditabilitySentence(change, attribution) {
  const authors = new Set(change.commits.map((c) => c.author.email.toLowerCase())).size;
  const ai = attribution.commits.filter((c) => c.aiAssisted).length;
  const who = `${change.commits.length} commit${change.commits.length === 1 ? "" : "s"} by ${authors} author${authors === 1 ? "" : "s"}`;
  if (!attribution.aiAssisted) return `${who}; no AI markers found (which is not proof of human authorship).`;
  return `${who}; AI evidence on ${ai} commit${ai === 1 ? "" : "s"} (${attribution.tools.join(", ") || "unspecified tool"}), recorded signal by signal in the audit record.`;
}
function governanceChanges(change, policyInfo, platformPaths) {
  const watched = /* @__PURE__ */ new Set([...POLICY_FILES, ...CODEOWNERS_LOCATIONS, ...platformPaths]);
  if (policyInfo.path) watched.add(policyInfo.path);
  return change.files.filter((f) => watched.has(f.path) || f.previousPath !== void 0 && watched.has(f.previousPath)).map((f) => f.path);
}
function decide(violations, mode) {
  if (violations.some((v) => v.level === "error")) return mode === "enforce" ? "fail" : "warn";
  return violations.length ? "warn" : "pass";
}
function evaluate(input) {
  const { policy, change } = input;
  const { mode, note: modeNote } = effectiveMode(policy, input.mode);
  const attribution = attributeChange(change, policy.attribution, input.lineLevel);
  const assessed = assessPlans(input.plans?.plans ?? [], change.files, policy, input.plans !== void 0);
  const plans = input.plans || assessed.estimatedFromDiff ? assessed : void 0;
  const scored = assessRisk({
    policy,
    files: change.files,
    patches: change.patches,
    aiShare: attribution.aiAssisted ? attribution.aiShare : 0,
    policyPath: input.policyInfo.path,
    sqlParser: input.sqlParser,
    planOperations: planOperations(plans)
  });
  const risk = withPlanQuestions(describeRisk(withPlanFloor(scored, plans, policy), auditabilitySentence(change, attribution)), plans);
  const violations = riskViolations(risk, attribution.aiAssisted, policy);
  violations.push(...declarationViolations(policy.declarations, change, attribution));
  violations.push(...input.plans?.violations ?? [], ...plans ? planViolations(plans, policy) : []);
  violations.push(...agentSignOffViolations(attribution));
  const governance = governanceChanges(change, input.policyInfo, input.governancePaths ?? []);
  const oversight = evaluateOversight({
    rules: policy.approvals.rules,
    request: change.request,
    files: change.files,
    headSha: change.request?.headSha ?? change.head,
    aiAssisted: attribution.aiAssisted,
    riskLevel: risk.level,
    requester: attribution.requester,
    codeowners: input.codeowners?.codeowners,
    isAiIdentity: (login) => matchLogin(login, policy.attribution) !== void 0,
    governanceChanges: governance,
    plan: plans ? planTierFacts(plans) : void 0
  });
  violations.push(...oversight.violations);
  let findings;
  if (input.findings) {
    const { violations: findingViolations, ...result } = applyFindingsPolicy({
      reports: input.findings.reports,
      baseline: input.findings.baseline,
      change,
      policy,
      now: input.now,
      roots: input.findings.roots
    });
    findings = result;
    violations.push(...input.findings.violations, ...findingViolations);
  }
  const notes = [
    ...modeNote ? [modeNote] : [],
    ...input.platformWarnings ?? [],
    ...oversight.notes,
    ...planNotes(plans, policy.approvals.rules, oversight),
    ...findings?.notes ?? []
  ];
  if (input.policyInfo.path && change.files.some((f) => f.path === input.policyInfo.path || f.previousPath === input.policyInfo.path)) {
    notes.push(`This change edits the policy file ${input.policyInfo.path}; it was judged under the policy from ${input.policyInfo.source}, not the edited one.`);
  }
  const owners = governance.filter((p) => CODEOWNERS_LOCATIONS.includes(p));
  if (owners.length) notes.push(`This change edits ${owners.join(", ")}; code owners were taken from the base, not the edited file, and the edit needs a code owner's sign-off.`);
  const runners = governance.filter((p) => (input.governancePaths ?? []).includes(p));
  if (runners.length) {
    notes.push(`This change edits ${runners.join(", ")}, which runs this gate: the pipeline that produced this result comes from the change itself, so the edit needs a code owner's sign-off before the result can be trusted.`);
  }
  return { mode, attribution, risk, ...findings ? { findings } : {}, ...plans ? { plans } : {}, oversight, violations, decision: decide(violations, mode), notes };
}

// src/gather/plans/gather.ts
import { resolve as resolve4 } from "node:path";

// src/gather/reports/collect.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, stat } from "node:fs/promises";
import { join, posix as posix2, resolve } from "node:path";
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
  const files = relative2.filter((rel) => isMatch(rel)).map((rel) => base === "" ? rel : posix2.join(base, rel));
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
import { createHash as createHash4 } from "node:crypto";
import { stat as stat3 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

// src/gather/reports/readers/json-path.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function firstObject(value) {
  if (!Array.isArray(value)) return void 0;
  const first2 = value[0];
  return isObject(first2) ? first2 : void 0;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return `the ${typeof value} ${String(value)}`;
  return `the ${typeof value}`;
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
  fail(expected, found2) {
    throw new InputError(
      `${this.report}: ${this.formatName}: ${this.toString()} should be ${expected}, but it is ${describe(found2)}.`,
      `The file does not have the ${this.formatName} layout. Regenerate it with the scanner's JSON output, or stop passing this file to the gate.`
    );
  }
};
var Obj = class _Obj {
  constructor(value, at) {
    this.at = at;
    if (!isObject(value)) at.fail("an object", value);
    this.value = value;
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
    return v.map((value, i) => ({ value, at: at.index(i) }));
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
  return doc.map((value, i) => new Obj(value, at.index(i)));
}

// src/gather/reports/load.ts
import { createHash as createHash3 } from "node:crypto";
import { constants as bufferConstants } from "node:buffer";
import { stat as stat2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/gather/reports/severity.ts
var WORDS2 = {
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
function fromWord(word3) {
  if (typeof word3 !== "string") return "unknown";
  return ownEntry(WORDS2, word3.trim().toLowerCase()) ?? "unknown";
}
function fromScore(score) {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}
var SARIF_LEVELS = { error: "high", warning: "medium", note: "low", none: "info" };
function fromSarif(level2, securitySeverity) {
  if (typeof securitySeverity === "number" && Number.isFinite(securitySeverity)) return fromScore(securitySeverity);
  if (typeof securitySeverity === "string" && securitySeverity.trim() !== "") {
    const n = Number(securitySeverity);
    if (Number.isFinite(n)) return fromScore(n);
    const w = fromWord(securitySeverity);
    if (w !== "unknown") return w;
  }
  return ownEntry(SARIF_LEVELS, level2) ?? "unknown";
}
function isSarifLevel(level2) {
  return ownEntry(SARIF_LEVELS, level2) !== void 0;
}
var CODE_QUALITY = { blocker: "critical", critical: "high", major: "medium", minor: "low", info: "info" };
function fromCodeQuality(word3) {
  return typeof word3 === "string" ? ownEntry(CODE_QUALITY, word3.toLowerCase()) ?? "unknown" : "unknown";
}
function fromSemgrep(word3) {
  const w = typeof word3 === "string" ? word3.toLowerCase() : "";
  if (w === "info") return "low";
  if (w === "experiment" || w === "inventory") return "info";
  return ownEntry(SARIF_LEVELS, w) ?? fromWord(word3);
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
  return finding;
}
function nonEmpty(s) {
  return s !== void 0 && s.trim() !== "";
}
function firstText(...candidates) {
  return candidates.find(nonEmpty);
}
function headline(text2, max = 160) {
  if (!nonEmpty(text2)) return void 0;
  const line2 = text2.trim().split("\n", 1)[0].trim();
  return line2.length > max ? `${line2.slice(0, max - 1)}\u2026` : line2;
}
function joinNames(names2, fallback) {
  const seen = [...new Set(names2.filter(nonEmpty))];
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
  const runs = array2(log, "runs", root);
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
function requiredObject(value, at) {
  return isObject(value) ? value : at().fail("an object", value);
}
function object(o, key, at) {
  const v = o?.[key];
  if (v === void 0 || v === null || isObject(v)) return v ?? void 0;
  return at().key(key).fail("an object", v);
}
function array2(o, key, at) {
  const v = o?.[key];
  if (v === void 0 || v === null) return [];
  return Array.isArray(v) ? v : at().key(key).fail("an array", v);
}
function string2(o, key, at) {
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
  const version = string2(log, "version", at) ?? versionFromSchema(string2(log, "$schema", at));
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
    this.tool = string2(driver, "name", child(toolAt, "driver")) ?? "unknown";
    this.driverRules = rulesOf(driver, child(toolAt, "driver"));
    this.extensionRules = array2(tool, "extensions", toolAt).map((ext, i) => rulesOf(requiredObject(ext, element(toolAt, "extensions", i)), element(toolAt, "extensions", i)));
    this.artifacts = array2(run, "artifacts", runAt);
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
    const results = array2(this.run, "results", this.runAt);
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
  result(value, index) {
    const at = () => this.runAt().key("results").index(index);
    const result = requiredObject(value, at);
    const kind = string2(result, "kind", at);
    if (kind !== void 0 && kind !== "fail") return void 0;
    return this.finding(result, at);
  }
  finding(result, at) {
    const ruleRef = object(result, "rule", at);
    const ruleRefAt = child(at, "rule");
    const ruleId = string2(result, "ruleId", at) ?? string2(ruleRef, "id", ruleRefAt);
    const rule = this.resolveRule(result, at, ruleRef, ruleRefAt, ruleId);
    const ruleProperties = rule === void 0 ? void 0 : object(rule.value, "properties", rule.at);
    const level2 = resolveLevel(result, at, rule);
    const securitySeverity = object(result, "properties", at)?.["security-severity"] ?? ruleProperties?.["security-severity"];
    const location = this.location(result, at);
    const ruleName = firstText(ruleId, rule === void 0 ? void 0 : string2(rule.value, "id", rule.at));
    return makeFinding(this.ctx, {
      tool: this.tool,
      rule: this.shared(ruleName ?? "unknown"),
      severity: fromSarif(level2, securitySeverity),
      nativeSeverity: this.shared(securitySeverityUsed(securitySeverity) ?? (isSarifLevel(level2) ? level2 : `${level2} (not a SARIF level: error, warning, note or none)`)),
      message: message(result, at, rule) ?? ruleName ?? "",
      path: location.path,
      startLine: location.startLine,
      endLine: location.endLine,
      fingerprint: fingerprint(result, at),
      ...suppression(result, at),
      baselineState: baselineState(result, at)
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
        const ruleId = string2(rule.value, "id", rule.at);
        if (ruleId !== void 0 && !this.rulesById.has(ruleId)) this.rulesById.set(ruleId, rule);
      }
    }
    return this.rulesById.get(id);
  }
  location(result, at) {
    const locations = array2(result, "locations", at);
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
    let uri = string2(artifactLocation, "uri", at);
    let baseId = string2(artifactLocation, "uriBaseId", at);
    if (uri === void 0) {
      const index = integer(artifactLocation, "index", at);
      if (index === void 0 || index < 0 || index >= this.artifacts.length) return void 0;
      const artifactAt = element(this.runAt, "artifacts", index);
      const location = object(requiredObject(this.artifacts[index], artifactAt), "location", artifactAt);
      uri = string2(location, "uri", child(artifactAt, "location"));
      baseId = string2(location, "uriBaseId", child(artifactAt, "location"));
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
  shared(value) {
    const known = this.strings.get(value);
    if (known !== void 0) return known;
    this.strings.set(value, value);
    return value;
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
    const baseUri = string2(base, "uri", child(basesAt, baseId));
    if (baseUri === void 0) return uri;
    const resolvedBase = this.resolveBase(baseUri, string2(base, "uriBaseId", child(basesAt, baseId)), seen);
    if (hasScheme(resolvedBase) && !/^file:/i.test(resolvedBase)) return uri;
    return resolvedBase.endsWith("/") ? `${resolvedBase}${uri}` : `${resolvedBase}/${uri}`;
  }
};
function rulesOf(component, at) {
  return array2(component, "rules", at).map((value, i) => {
    const ruleAt = element(at, "rules", i);
    return { value: requiredObject(value, ruleAt), at: ruleAt };
  });
}
function resolveLevel(result, at, rule) {
  const level2 = string2(result, "level", at);
  if (level2 !== void 0) return level2;
  if (rule === void 0) return "warning";
  return string2(object(rule.value, "defaultConfiguration", rule.at), "level", child(rule.at, "defaultConfiguration")) ?? "warning";
}
function securitySeverityUsed(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") return void 0;
  const text2 = value.trim();
  return Number.isFinite(Number(text2)) || fromWord(text2) !== "unknown" ? text2 : void 0;
}
function message(result, at, rule) {
  const msgAt = child(at, "message");
  const msg = object(result, "message", at);
  const args = array2(msg, "arguments", msgAt).map((a) => typeof a === "string" || typeof a === "number" || typeof a === "boolean" ? String(a) : `(${Array.isArray(a) ? "list" : typeof a})`);
  const direct = firstText(string2(msg, "text", msgAt), string2(msg, "markdown", msgAt));
  if (direct !== void 0) return fillPlaceholders(direct, args);
  if (rule === void 0) return void 0;
  const id = string2(msg, "id", msgAt);
  if (id !== void 0) {
    const stringsAt = child(rule.at, "messageStrings");
    const template = object(object(rule.value, "messageStrings", rule.at), id, stringsAt);
    const text2 = firstText(string2(template, "text", child(stringsAt, id)), string2(template, "markdown", child(stringsAt, id)));
    if (text2 !== void 0) return fillPlaceholders(text2, args);
  }
  const short4 = object(rule.value, "shortDescription", rule.at);
  const full = object(rule.value, "fullDescription", rule.at);
  return firstText(string2(short4, "text", child(rule.at, "shortDescription")), string2(full, "text", child(rule.at, "fullDescription")));
}
function fillPlaceholders(text2, args) {
  if (!text2.includes("{") && !text2.includes("}")) return text2;
  return text2.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, n) => {
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
  const inForce = array2(result, "suppressions", at).filter((s, i) => {
    const sAt = element(at, "suppressions", i);
    const status = string2(requiredObject(s, sAt), "status", sAt);
    return status === void 0 || status === "accepted";
  });
  const inSource = inForce.length > 0 && inForce.every((s) => s.kind === "inSource");
  return { suppressed: inForce.length > 0, suppressedInSource: inSource };
}
function baselineState(result, at) {
  const state = string2(result, "baselineState", at);
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
  const first2 = firstObject(doc.vulnerabilities);
  return first2 !== void 0 && (Array.isArray(first2.identifiers) || isObject(first2.location));
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
function vulnerabilityAt(value, index, ctx) {
  return new Obj(value, JsonPath.root(ctx.report, FORMAT_NAME2).key("vulnerabilities").index(index));
}
function reportWide(root, first2, format) {
  const scan = root.object("scan");
  const tool = firstText(scan?.object("scanner")?.string("name")) ?? firstText(first2?.object("scanner")?.string("name")) ?? "GitLab";
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
  const value = identifier.text("value");
  const name = identifier.string("name");
  if (value !== void 0 && /^\d+$/.test(value) && identifier.string("type")?.toLowerCase() === "cwe") return `CWE-${value}`;
  if (value !== void 0 && /\s/.test(value.trim()) && nonEmpty(name) && !/\s/.test(name.trim())) return name;
  return firstText(value, name);
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
    const first2 = advisories[0];
    const ids = advisories.map(advisoryId).filter((s) => s !== void 0);
    const native = pkg.string("severity");
    const version = range ? ` ${range}` : "";
    const message2 = first2 ? `${firstText(first2.string("title"), ids[0]) ?? "Advisory"} in ${name}${version}` : `${name}${version} is vulnerable through ${dependencies.join(", ") || "its dependencies"}`;
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
  const first2 = firstObject(doc);
  return first2 !== void 0 && typeof first2.Target === "string" && ("Vulnerabilities" in first2 || "Type" in first2);
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
    fingerprint: [id, pkg, installed, target].join(":")
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
    fingerprint: [id, target, cause?.string("Resource") ?? startLine ?? ""].join(":")
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
  const first2 = firstObject(doc.results);
  if (first2 !== void 0) return "check_id" in first2;
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
  const first2 = firstObject(doc.matches);
  return first2 !== void 0 && isObject(first2.vulnerability) && isObject(first2.artifact);
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
  const first2 = firstObject(doc.results);
  return first2 !== void 0 && "rule_id" in first2 && isObject(first2.location) && "filename" in first2.location;
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
  const first2 = firstObject(doc.results);
  return first2 !== void 0 && "packages" in first2 && isObject(first2.source);
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
  const { repository, search: search2 } = doc.data;
  if (isObject(repository) && "vulnerabilityAlerts" in repository) return true;
  const first2 = isObject(search2) ? firstObject(search2.nodes) : void 0;
  return first2 !== void 0 && "vulnerabilityAlerts" in first2;
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
  const first2 = firstObject(doc);
  return first2 !== void 0 && (isV8(first2) || isV7(first2));
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
function describeLeak(rule, description2, file, line2, commit) {
  const what = description2 && description2 !== rule ? description2 : "Secret";
  const where2 = file ? ` in ${file}${line2 ? ` line ${line2}` : ""}` : "";
  const when = commit ? ` (commit ${commit.slice(0, 12)})` : "";
  return `${what} matched rule ${rule}${where2}${when}`;
}
var gitleaksReader = { format: "gitleaks", detect: detect8, read: read8 };

// src/gather/reports/readers/hadolint.ts
var TOOL9 = "hadolint";
function detect9(doc) {
  const first2 = firstObject(doc);
  return first2 !== void 0 && "code" in first2 && "level" in first2 && "file" in first2 && "line" in first2;
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
  const first2 = firstObject(doc);
  return first2 !== void 0 && typeof first2.description === "string" && isObject(first2.location) && "path" in first2.location;
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
    const description2 = issue.string("description");
    const native = issue.string("severity");
    const rule = firstText(issue.string("check_name"), issue.string("engine_name")) ?? "unknown";
    return makeFinding(ctx, {
      tool: firstText(issue.string("engine_name")) ?? tool,
      rule,
      severity: fromCodeQuality(native),
      nativeSeverity: native,
      message: headline(description2, 300) ?? rule,
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
  constructor(piece, offset, text2, skeletonBefore, elisions, message2) {
    super(message2);
    this.piece = piece;
    this.offset = offset;
    this.text = text2;
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
        const text2 = Buffer.concat(this.elementParts).toString("utf8");
        throw this.syntaxError("element", this.elementOffset, text2, "the file ends inside an element");
      }
      this.elisions.push({ at: this.skeletonLength, removed: this.base - this.streamOpenedAt - 1 });
    }
    return this.skeleton.subarray(0, this.skeletonLength);
  }
  /** The skeleton so far as text. */
  skeletonText() {
    return this.skeleton.toString("utf8", 0, this.skeletonLength);
  }
  syntaxError(piece, offset, text2, message2) {
    return new StreamSyntaxError(piece, offset, text2, this.options.keepSkeleton ? this.skeletonText() : void 0, this.elisions, message2);
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
    let text2;
    if (this.elementParts.length === 0) {
      text2 = chunk.toString("utf8", this.elementStart, end);
    } else {
      this.elementParts.push(chunk.subarray(0, end));
      text2 = Buffer.concat(this.elementParts).toString("utf8");
      this.elementParts = [];
    }
    this.elementStart = -1;
    let value;
    try {
      value = JSON.parse(text2);
    } catch (e) {
      throw this.syntaxError("element", this.elementOffset, text2, e.message);
    }
    this.handler.element(this.streamPath, this.elementIndex, value);
    this.elementIndex += 1;
  }
  separatorError(i, expected) {
    const found2 = this.chunk.toString("utf8", i, Math.min(i + 4, this.chunk.length))[0];
    throw this.syntaxError("separator", this.base + i, "", `${expected}, found ${JSON.stringify(found2)}`);
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
import { createHash as createHash2 } from "node:crypto";

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
  element(index, value) {
    this.clues.see(value);
    if (index === 0) this.first = { value };
    if (this.notObject !== void 0) return;
    if (!isObject(value)) {
      try {
        vulnerabilityAt(value, index, this.ctx);
      } catch (e) {
        this.notObject = { caught: e };
      }
      return;
    }
    if (this.error !== void 0) return;
    try {
      this.reads.push(readVulnerability(vulnerabilityAt(value, index, this.ctx), this.ctx));
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
    const first2 = this.first === void 0 ? void 0 : vulnerabilityAt(this.first.value, 0, this.ctx);
    const wide = reportWide(root, first2, format);
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
  element(path, index, value) {
    const state = this.runs.get(path[1]);
    if (state?.reader === void 0) return;
    try {
      const finding = state.reader.result(value, index);
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
    let first2 = true;
    for (; ; ) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      turn ^= 1;
      pending = handle.read(buffers[turn], 0, CHUNK_SIZE, null);
      const chunk = buffer.subarray(0, bytesRead);
      onRaw?.(chunk);
      let out = chunk;
      if (first2) {
        first2 = false;
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
function decoderFor(first2) {
  const encoding = first2[0] === 255 && first2[1] === 254 ? "utf-16le" : first2[0] === 254 && first2[1] === 255 ? "utf-16be" : void 0;
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
  const hash = createHash2("sha256");
  const sarif = SarifResults.fromPrefix(ctx);
  const gitlab = new GitlabVulnerabilities(ctx);
  const splitter = new JsonSplitter(
    {
      key(path, key) {
        sarif.key(path, key);
        gitlab.key(path, key);
      },
      arrayOpens: (path, prefix) => sarif.arrayOpens(path, prefix) || gitlab.arrayOpens(path),
      element(path, index, value) {
        if (path.length === 1) gitlab.element(index, value);
        else sarif.element(path, index, value);
      }
    },
    { shallow: SHALLOW, keepSkeleton: true }
  );
  for await (const chunk of utf8Chunks(file, (raw) => hash.update(raw))) splitter.write(chunk);
  const skeletonBytes = splitter.end();
  const sha2562 = hash.digest("hex");
  let text2;
  try {
    text2 = skeletonBytes.toString("utf8");
  } catch {
    return { kind: "other", sha256: sha2562 };
  }
  if (sarif.runs.size === 0 && !gitlab.streamed) return { kind: "whole", text: text2, sha256: sha2562 };
  let skeleton;
  try {
    skeleton = JSON.parse(text2);
  } catch (e) {
    throw new StreamSyntaxError("skeleton", 0, text2, void 0, splitter.elisions, e.message);
  }
  if (sarifReader.detect(skeleton)) {
    const stale = sarif.staleRuns();
    if (stale.length > 0) await rereadRuns(file, skeleton, stale, ctx, sarif);
    const { tool, findings } = readSarifLog(skeleton, ctx, (run, i) => sarif.findingsOf(i) ?? run.readResults());
    return { kind: "read", format: sarifReader.format, tool, findings, sha256: sha2562 };
  }
  if (isObject(skeleton) && gitlab.isReport(skeleton)) {
    const format = gitlab.format(skeleton);
    const { tool, findings } = gitlab.finish(skeleton, format);
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
    element: (path, index, value) => again.element(path, index, value)
  };
  const splitter = new JsonSplitter(handler, { shallow: SHALLOW, keepSkeleton: false });
  for await (const chunk of utf8Chunks(file)) splitter.write(chunk);
  splitter.end();
  into.adopt(again, stale);
}

// src/gather/reports/load.ts
var MAX_REPORT_BYTES = 4 * 1024 ** 3;
function tooLarge(path, size2, limit) {
  return new InputError(
    `${path}: the report is ${size2 === void 0 ? `more than ${limit}` : size2} bytes; the policy allows at most ${limit} (findings.max-report-bytes).`,
    "Check that the path names the scanner report, or raise findings.max-report-bytes in the policy."
  );
}
var STREAM_ABOVE = 8 * 1024 * 1024;
var MAX_STRING = bufferConstants.MAX_STRING_LENGTH;
async function readReport(path, ctx, cwd) {
  const file = cwd === void 0 ? path : resolve2(cwd, path);
  const size2 = await regularFileSize(file);
  const limit = ctx.maxBytes ?? MAX_REPORT_BYTES;
  if (size2 !== void 0 && size2 > limit) throw tooLarge(path, size2, limit);
  if (size2 !== void 0 && size2 > Math.min(ctx.streamAbove ?? STREAM_ABOVE, MAX_STRING)) return readInParts(path, file, size2, ctx);
  let bytes;
  try {
    const read11 = await readLimited(file, size2 === void 0 ? Math.min(limit, MAX_STRING) : size2 + 1);
    if (!read11.ok) throw tooLarge(path, void 0, Math.min(limit, MAX_STRING));
    bytes = read11.bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fileError(path, e);
  }
  return parseReport(path, bytes, ctx);
}
function parseReport(path, bytes, ctx) {
  const sha2562 = createHash3("sha256").update(bytes).digest("hex");
  return readText(path, decode(bytes), bytes.length, sha2562, ctx);
}
function readText(path, text2, byteLength, sha2562, ctx) {
  if (text2.trim() === "") {
    throw new InputError(
      `${path}: the report is empty (${byteLength === 0 ? "0 bytes" : "only whitespace"}).`,
      "The scanner wrote no output: check that its step ran and succeeded before the gate, and that it writes its report to this path."
    );
  }
  const doc = parseJson(path, text2);
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
async function readInParts(path, file, size2, ctx) {
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
      return readText(path, outcome.text, size2, outcome.sha256, ctx);
    case "other":
      if (size2 <= MAX_STRING) {
        const whole = await readLimited(file, size2 + 1);
        if (whole.ok) return parseReport(path, whole.bytes, ctx);
      }
      throw new InputError(
        `${path}: the report is ${(size2 / 2 ** 30).toFixed(1)} GiB, more than can be read whole, and only SARIF and GitLab security reports are read in parts.`,
        "Ask the scanner for SARIF output, or split its report (for example one report per scanned project)."
      );
  }
}
async function syntaxErrorInParts(path, file, e) {
  const found2 = locateInParts(e);
  if (found2 === void 0) return new InputError(`${path}: not valid JSON (${e.message}).`);
  const { line: line2, column } = await positionInStream(file, found2.offset);
  return new InputError(`${path}: not valid JSON at line ${line2}, column ${column}: ${found2.problem}.`, found2.hint);
}
function locateInParts(e) {
  if (e.skeletonBefore !== void 0) {
    const earlier = findSyntaxError(e.skeletonBefore);
    if (earlier !== void 0 && earlier.hint !== TRUNCATED_HINT) return inSkeleton(e.skeletonBefore, earlier, e);
  }
  if (e.piece === "separator") return { offset: e.offset, problem: e.message };
  const found2 = findSyntaxError(e.text);
  if (found2 === void 0) return void 0;
  if (e.piece === "skeleton") return inSkeleton(e.text, found2, e);
  const offset = e.offset + Buffer.byteLength(e.text.slice(0, found2.offset));
  if (found2.problem.startsWith("expected the end of the file")) return { offset, problem: `expected ',' or ']', found ${quote(e.text[found2.offset])}` };
  return { ...found2, offset };
}
function inSkeleton(text2, found2, e) {
  return { ...found2, offset: streamOffset(Buffer.byteLength(text2.slice(0, found2.offset)), e.elisions) };
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
function parseJson(path, text2) {
  try {
    return JSON.parse(text2);
  } catch (e) {
    const found2 = findSyntaxError(text2);
    if (found2 === void 0) throw new InputError(`${path}: not valid JSON (${e.message}).`);
    const { line: line2, column } = lineAndColumn(text2, found2.offset);
    throw new InputError(`${path}: not valid JSON at line ${line2}, column ${column}: ${found2.problem}.`, found2.hint);
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
function lineAndColumn(text2, offset) {
  let line2 = 1;
  let lineStart = 0;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line2 += 1;
    lineStart = i + 1;
  }
  return { line: line2, column: offset - lineStart + 1 };
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LITERALS = ["true", "false", "null"];
var ESCAPES = /* @__PURE__ */ new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
var TRUNCATED_HINT = "The file ends early: the scanner was probably interrupted, or the artifact was cut. Re-run the scanner.";
function findSyntaxError(text2) {
  const stack = [];
  let state = "value";
  let i = 0;
  const afterValue = () => stack.length === 0 ? "end" : "comma-or-close";
  const atEnd = (expected) => ({ offset: i, problem: `expected ${expected}, but the file ends`, hint: TRUNCATED_HINT });
  for (; ; ) {
    while (i < text2.length && " 	\n\r".includes(text2[i])) i += 1;
    const ch = text2[i];
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
        const number = NUMBER.exec(text2);
        const literal = LITERALS.find((l) => text2.startsWith(l, i));
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
      const c = text2.charCodeAt(j);
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
        const e = text2[j + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text2.slice(j + 2, j + 6))) j += 6;
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
  element(_array, value, at) {
    const o = new Obj(value, at);
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
  element(_array, value, at) {
    const o = new Obj(value, at);
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
function terraformAction(actions2) {
  return ownEntry(TERRAFORM_ACTIONS, actions2.join(","));
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
  element(array4, value, at) {
    const o = new Obj(value, at);
    this.opentofu ||= o.string("provider_name")?.startsWith(OPENTOFU_REGISTRY) ?? false;
    if (array4 === "resource_drift") this.drift += 1;
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
  const actions2 = change.requiredElements("actions").map((e) => typeof e.value === "string" ? e.value : e.at.fail("an action name (a string)", e.value));
  const row = terraformAction(actions2) ?? change.at.key("actions").fail(`one of ${TERRAFORM_ACTION_LISTS.join(", ")}`, JSON.stringify(actions2));
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
    for (const array4 of format.arrays) pending.set(array4, entry);
  }
  const handler = {
    key() {
    },
    arrayOpens: (at) => at.length === 1 && pending.has(String(at[0])) || SKIPPED.includes(at.join("/")),
    element(at, index, value) {
      if (at.length !== 1) return;
      const array4 = String(at[0]);
      const entry = pending.get(array4);
      if (entry.problem) return;
      try {
        entry.reading.element(array4, value, JsonPath.root(path, entry.format.name).key(array4).index(index));
      } catch (e) {
        if (!isInputError(e)) throw e;
        entry.problem = e;
      }
    }
  };
  const hash = createHash4("sha256");
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
    const text2 = skeleton.length <= MAX_STRING_LENGTH ? skeleton.toString("utf8") : "";
    throw await asPlanError(path, file, new StreamSyntaxError("skeleton", 0, text2, void 0, splitter.elisions, e.message));
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
function tooLarge2(path, size2, limit) {
  return new InputError(`${path}: the plan is ${size2 === void 0 ? `more than ${limit}` : size2} bytes; at most ${limit} are read.`, "Check that the path names the plan JSON, or split the plan (one per root module or stack).");
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
function levelFor2(missing) {
  return missing === "fail" ? "error" : missing === "warn" ? "warning" : void 0;
}
async function gatherPlans(patterns, cwd, policy) {
  const level2 = levelFor2(policy.plans.missing);
  const plans = [];
  const violations = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { pattern, files } of await collectReports(patterns, cwd)) {
    if (files.length === 0 && level2 !== void 0) {
      violations.push({
        rule: "plans.plan-missing",
        message: `No plan matched ${JSON.stringify(pattern)}; the blast radius could not be read from a plan.`,
        remediation: "Check that the job or step that writes the plan JSON ran before the gate and handed the file over (in CI, as an artifact); or set plans.missing to warn or ignore.",
        level: level2
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
        if (level2 === void 0) continue;
        const detail = e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message;
        violations.push({ rule: "plans.plan-unreadable", message: `The plan ${file} could not be read: ${detail}`, remediation: e.hint ?? "Regenerate the plan JSON with its tool.", level: level2 });
      }
    }
  }
  return { plans, violations };
}

// src/gather/reports/gather.ts
import { resolve as resolve5 } from "node:path";
var KIND_WORDS = { report: "scanner report", baseline: "baseline report" };
function levelFor3(missing) {
  return missing === "fail" ? "error" : missing === "warn" ? "warning" : void 0;
}
function missingViolation(pattern, kind, level2) {
  return {
    rule: "findings.report-missing",
    message: `No ${KIND_WORDS[kind]} matched ${JSON.stringify(pattern)}; expected a SARIF or other supported JSON report there.`,
    remediation: kind === "report" ? "Check that the scanner step ran before the gate and writes its report to this path (in CI, that the artifact was downloaded); or set findings.missing to warn or ignore." : "Produce the baseline reports from the base revision before the gate runs, or drop --baseline so report baseline states decide what is new.",
    level: level2
  };
}
function unreadableViolation(file, kind, message2, hint, level2) {
  const detail = message2.startsWith(`${file}: `) ? message2.slice(file.length + 2) : message2;
  return {
    rule: "findings.report-unreadable",
    message: `The ${KIND_WORDS[kind]} ${file} could not be read: ${detail}`,
    remediation: hint ?? "Re-run the scanner so it writes a complete SARIF 2.1.0 or other supported JSON report to this path.",
    level: level2
  };
}
async function gatherKind(patterns, kind, cwd, ctx, level2, seen, violations) {
  const reports = [];
  for (const { pattern, files } of await collectReports(patterns, cwd)) {
    if (files.length === 0 && level2 !== void 0) violations.push(missingViolation(pattern, kind, level2));
    for (const file of files) {
      const key = `${kind}\0${resolve5(cwd, file)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        reports.push(await readReport(file, ctx, cwd));
      } catch (e) {
        if (!isInputError(e)) throw e;
        if (level2 !== void 0) violations.push(unreadableViolation(file, kind, e.message, e.hint, level2));
      }
    }
  }
  return reports;
}
async function gatherReports(patterns, baselinePatterns, cwd, policy, ctx = {}) {
  const load2 = { secretSeverity: policy.findings["secret-severity"], maxBytes: policy.findings["max-report-bytes"], ...ctx };
  const level2 = levelFor3(policy.findings.missing);
  const violations = [];
  const seen = /* @__PURE__ */ new Set();
  const reports = await gatherKind(patterns, "report", cwd, load2, level2, seen, violations);
  const baselineReports = await gatherKind(baselinePatterns, "baseline", cwd, load2, level2, seen, violations);
  return { reports, baselineReports, baseline: baselineReports.flatMap((r) => r.findings), violations };
}

// src/gather/codeowners.ts
async function readCodeownersWith(read11, rev, syntax) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text2 = await read11(path);
    if (text2 === void 0) continue;
    const flavour = syntax ?? (path.startsWith(".gitlab/") ? "gitlab" : void 0);
    return { path, rev, codeowners: parseCodeowners(text2, flavour) };
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
function parseAgentTrace(text2, source) {
  const records = [];
  const problems = [];
  const take = (value, where2) => {
    const items = Array.isArray(value) ? value.map((v, i) => [v, `${where2}[${i}]`]) : [[value, where2]];
    for (const [item, at] of items) {
      const r = toRecord(item, at);
      if (typeof r === "string") problems.push(`${at}: ${r}; record skipped`);
      else records.push(r);
    }
  };
  if (text2.trim() === "") return { records, problems };
  const whole = tryJson(text2);
  if (whole.ok && !source.endsWith(".jsonl")) {
    take(whole.value, source);
    return { records, problems };
  }
  const lines = text2.split("\n");
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
function tryJson(text2) {
  try {
    return { ok: true, value: JSON.parse(text2) };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var Invalid = class extends Error {
};
function need(ok, value, message2) {
  if (!ok) throw new Invalid(message2);
  return value;
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
function array3(o, key, path) {
  const v = o[key];
  return need(Array.isArray(v), v, `${path}${key} must be an array`);
}
function object2(v, path) {
  return need(isObject2(v), v, `${path} must be an object`);
}
function toRecord(value, origin) {
  try {
    const o = object2(value, "the record");
    const record = {
      version: requiredString2(o, "version", ""),
      id: requiredString2(o, "id", ""),
      timestamp: requiredString2(o, "timestamp", ""),
      files: array3(o, "files", "").map((f, i) => toFile(f, `files[${i}]`)),
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
function toFile(value, path) {
  const o = object2(value, path);
  return {
    path: requiredString2(o, "path", `${path}.`),
    conversations: array3(o, "conversations", `${path}.`).map(
      (c, i) => toConversation(c, `${path}.conversations[${i}]`)
    )
  };
}
function toConversation(value, path) {
  const o = object2(value, path);
  const contributor = o.contributor === void 0 ? void 0 : toContributor(o.contributor, `${path}.contributor`);
  const conversation = {
    ranges: array3(o, "ranges", `${path}.`).map((r, i) => toRange(r, `${path}.ranges[${i}]`, contributor))
  };
  const url = optionalString(o, "url", `${path}.`);
  if (url) conversation.url = url;
  if (contributor) conversation.contributor = contributor;
  return conversation;
}
function toContributor(value, path) {
  const o = object2(value, path);
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
function toRange(value, path, inherited) {
  const o = object2(value, path);
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
function parseGitAiNote(text2) {
  const lines = text2.split("\n").map((l) => l.replace(/\r$/, ""));
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
function str2(v) {
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
        tool: str2(agent.tool),
        model: str2(agent.model),
        agentId: str2(agent.id),
        humanAuthor: str2(record.human_author)
      }));
    }
  }
  const humans = {};
  if (data.humans !== void 0) {
    if (!isObject3(data.humans)) fail('metadata "humans" is not an object');
    for (const [key, record] of Object.entries(data.humans)) {
      if (!isObject3(record)) fail(`metadata "humans.${key}" is not an object`);
      own(humans, key, str2(record.author) ?? key);
    }
  }
  return strip({
    schemaVersion,
    gitAiVersion: str2(data.git_ai_version),
    baseCommitSha: str2(data.base_commit_sha),
    sessions,
    humans
  });
}
function own(map, key, value) {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
function strip(o) {
  for (const k of Object.keys(o)) if (o[k] === void 0) delete o[k];
  return o;
}

// src/gather/line-level/read-blobs.ts
async function readBlobs(repo, names2) {
  const out = /* @__PURE__ */ new Map();
  const unique2 = [...new Set(names2)];
  if (unique2.length === 0) return out;
  const r = await gitRaw(repo, ["cat-file", "--batch"], unique2.map((n) => `${n}
`).join(""));
  if (r.code !== 0) throw new Error(`git cat-file --batch failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  const data = r.stdout;
  let pos = 0;
  for (const name of unique2) {
    const eol = data.indexOf(10, pos);
    if (eol < 0) break;
    const header = data.subarray(pos, eol).toString("utf8");
    pos = eol + 1;
    const m = /^[0-9a-f]+ \S+ (\d+)$/.exec(header);
    if (!m) continue;
    const size2 = Number(m[1]);
    out.set(name, data.subarray(pos, pos + size2));
    pos += size2 + 1;
  }
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
  const exists2 = await gitRaw(repo, ["rev-parse", "--verify", "--quiet", `${GIT_AI_NOTES_REF}^{commit}`]);
  if (exists2.code !== 0) return { found: false, claims: [] };
  const list2 = await gitRaw(repo, ["notes", `--ref=${GIT_AI_NOTES_REF}`, "list"]);
  if (list2.code !== 0) throw new Error(`git notes list failed: ${list2.stderr.trim()}`);
  const wanted = new Set(commits.map((c) => c.toLowerCase()));
  const noteOf = /* @__PURE__ */ new Map();
  for (const line2 of list2.stdout.toString("utf8").split("\n")) {
    const [blob, object3] = line2.trim().split(" ");
    if (blob && object3 && wanted.has(object3)) noteOf.set(object3, blob);
  }
  if (noteOf.size === 0) return { found: false, claims: [] };
  const blobs = await readBlobs(repo, [...noteOf.values()]);
  const claims = [];
  let found2 = false;
  for (const commit of commits) {
    const blob = noteOf.get(commit.toLowerCase());
    if (!blob) continue;
    const text2 = blobs.get(blob);
    if (!text2) {
      problems.push(`note for ${short2(commit)}: could not be read; skipped`);
      continue;
    }
    let note;
    try {
      note = parseGitAiNote(text2.toString("utf8"));
    } catch (e) {
      problems.push(`note for ${short2(commit)}: ${e.message}; skipped`);
      continue;
    }
    found2 = true;
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
  return { found: found2, claims };
}
async function readAgentTraceClaims(repo, commits, options, problems) {
  const head = options.head ?? "HEAD";
  const dir = (options.traceDir ?? AGENT_TRACE_DIR).replace(/\/+$/, "");
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
  let found2 = false;
  const ordered = records.map((record, index) => ({ record, index, commit: matchCommit(record, commits) })).filter((r) => r.commit !== void 0).sort((a, b) => compareTime(a.record.timestamp, b.record.timestamp) || a.index - b.index);
  for (const { record, commit } of ordered) {
    found2 = true;
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
  return { found: found2, claims };
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
function short2(sha) {
  return sha.slice(0, 7);
}

// src/gather/policy.ts
import { resolve as resolve6 } from "node:path";
function builtInPolicy() {
  const policy = { ...defaultPolicy(), "inputs-may-weaken": true };
  return { policy, info: { source: "built-in default", sha256: sha256(JSON.stringify(policy)) } };
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
  const { policy, sha256: sum } = parsePolicy(read11.bytes.toString("utf8"), file);
  return { policy, info: { source: file, sha256: sum } };
}
async function loadPolicyAtBase(read11, label) {
  for (const name of POLICY_FILES) {
    const text2 = await read11(name);
    if (text2 === void 0) continue;
    const { policy, sha256: sum } = parsePolicy(text2, `${name} (at ${label})`);
    return { policy, info: { source: `${name} at ${label}`, sha256: sum, path: name } };
  }
  return void 0;
}
function gitReader(repo, rev) {
  return async (path) => {
    const r = await gitRaw(repo, ["cat-file", "blob", `${rev}:${path}`]);
    return r.code === 0 ? r.stdout.toString("utf8") : void 0;
  };
}

// src/gather/target.ts
var FETCH_TIMEOUT_MS = 2e4;
var short3 = (sha) => sha.slice(0, 12);
async function commitOf(repo, rev) {
  const r = await gitRaw(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
}
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
  return r.code === 0 ? commitOf(repo, `refs/remotes/origin/${ref}`) : void 0;
}
async function targetSource(repo, target, range) {
  if (!target) {
    return { commit: range.base, description: `base ${short3(range.base)}`, inClone: !range.emptyBase };
  }
  const { ref } = target;
  const fetched = await fetchTip(repo, ref, target.server) ?? await commitOf(repo, `refs/remotes/origin/${ref}`);
  if (fetched) return { ref, commit: fetched, description: `${ref} at ${short3(fetched)}`, inClone: true };
  if (target.fallbackSha) {
    const inClone = await commitOf(repo, target.fallbackSha) !== void 0;
    return { ref, commit: target.fallbackSha, description: `${ref} at ${short3(target.fallbackSha)} (its tip when the run started)`, inClone };
  }
  return { ref, commit: range.base, description: `base ${short3(range.base)} (the tip of ${ref} could not be read)`, inClone: !range.emptyBase };
}

// src/core/render/audit.ts
function requestRecord(r) {
  return {
    number: r.number ?? null,
    url: r.url ?? null,
    author: r.author ?? null,
    authorIsBot: r.authorIsBot ?? false,
    title: r.title ?? null,
    labels: r.labels,
    sourceBranch: r.sourceBranch ?? null,
    targetBranch: r.targetBranch ?? null,
    draft: r.draft ?? false,
    assignees: r.assignees,
    requestedReviewers: r.requestedReviewers,
    approvals: r.approvals,
    headSha: r.headSha ?? null
  };
}
function evidenceRecord(e) {
  return { signal: e.signal, value: e.value, tool: e.tool, model: e.model ?? null, ...e.commit ? { commit: e.commit } : {}, source: e.source ?? null };
}
function auditRecord(input) {
  const { evaluation: e, change, policyInfo } = input;
  const t = totals(change);
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    tool: { name: "ai-governance-gate", version: input.version },
    timestamp: input.timestamp.toISOString(),
    platform: input.platform,
    repository: change.repository,
    mode: e.mode,
    change: {
      base: change.base,
      head: change.head,
      baseReason: change.baseReason,
      baseDescription: change.baseDescription,
      files: change.files.length,
      additions: t.additions,
      deletions: t.deletions,
      commits: change.commits.length
    },
    policy: { source: policyInfo.source, sha256: policyInfo.sha256, ref: policyInfo.ref ?? null, commit: policyInfo.commit ?? null },
    request: change.request ? requestRecord(change.request) : null,
    attribution: {
      aiAssisted: e.attribution.aiAssisted,
      aiShare: e.attribution.aiShare,
      shareMethod: e.attribution.shareMethod,
      shareNote: e.attribution.shareNote ?? null,
      tools: e.attribution.tools,
      models: e.attribution.models,
      commits: e.attribution.commits.map((c) => ({ sha: c.sha, aiAssisted: c.aiAssisted, tools: c.tools, models: c.models, evidence: c.evidence.map(evidenceRecord) })),
      requestEvidence: e.attribution.requestEvidence.map(evidenceRecord),
      mergedRequest: e.attribution.mergedRequest ?? null,
      declaration: e.attribution.declaration ?? null,
      requester: e.attribution.requester ?? null,
      lineLevel: e.attribution.lineLevel ?? null,
      problems: e.attribution.problems
    },
    risk: {
      score: e.risk.score,
      level: e.risk.level,
      factors: e.risk.factors.map((f) => ({ id: f.id, points: f.points, detail: f.detail, files: f.files, template: f.template, facts: f.facts })),
      destructive: e.risk.destructive,
      questions: e.risk.questions
    },
    findings: e.findings ?? null,
    plans: (e.plans?.summaries ?? []).map((p) => ({ ...p })),
    // Where the blast radius comes from: the plans given, or (without one) the diff's estimate.
    blastRadiusFrom: e.plans?.summaries.length ? "plans" : "diff",
    oversight: {
      applicable: e.oversight.applicable,
      reason: e.oversight.reason ?? null,
      required: e.oversight.required,
      observed: e.oversight.observed,
      satisfied: e.oversight.satisfied,
      stillMissing: e.oversight.stillMissing ?? null,
      wouldApply: e.oversight.wouldApply
    },
    violations: e.violations.map((v) => ({ rule: v.rule, message: v.message, remediation: v.remediation, level: v.level })),
    notes: e.notes,
    decision: e.decision
  };
}

// src/gather/sql-parser.ts
var DIALECTS = [
  { database: "postgresql", load: () => import("./postgresql-SGPPRKAI.js") },
  { database: "mysql", load: () => import("./mysql-EHFG5UQI.js") },
  { database: "transactsql", load: () => import("./transactsql-3XXNHS43.js") },
  { database: "sqlite", load: () => import("./sqlite-UGC7D4O5.js") }
];
var MAX_STATEMENT = 2e4;
function asList(ast) {
  const list2 = Array.isArray(ast) ? ast : [ast];
  return list2.filter((a) => Boolean(a) && typeof a === "object");
}
async function loadSqlParser() {
  const loaded = await Promise.all(
    DIALECTS.map(async (d) => {
      const mod = await d.load();
      const Parser = mod.Parser ?? mod.default.Parser;
      return { database: d.database, parser: new Parser() };
    })
  );
  return (statement) => {
    if (statement.length > MAX_STATEMENT) return void 0;
    for (const { database, parser } of loaded) {
      try {
        return asList(parser.astify(statement, { database }));
      } catch {
      }
    }
    return void 0;
  };
}

// src/app/run-gate.ts
async function realPathOf(file) {
  try {
    return await realpath(file);
  } catch {
    const parent = dirname3(file);
    return parent === file ? file : join2(await realPathOf(parent), basename2(file));
  }
}
async function choosePolicy(options, source, cwd, readTarget, judgesWorkingTree) {
  const at = (loaded) => ({ ...loaded, info: { ...loaded.info, ...source.ref ? { ref: source.ref } : {}, commit: source.commit } });
  if (options.policy) {
    const inRepo = judgesWorkingTree ? await repositoryPath(options.repo, await realPathOf(resolve7(cwd, options.policy))) : void 0;
    if (inRepo === void 0) return loadPolicyFile(options.policy, cwd);
    const text2 = await readTarget(inRepo);
    if (text2 === void 0) {
      throw new InputError(
        `Policy file ${options.policy} does not exist on ${source.description}.`,
        "The policy that judges a change is read from the branch it merges into: commit the policy there first, or leave the policy input empty to use .ai-governance.yml or the built-in default."
      );
    }
    const { policy, sha256: sum } = parsePolicy(text2, `${inRepo} (at ${source.description})`);
    return at({ policy, info: { source: `${inRepo} at ${source.description}`, sha256: sum, path: inRepo } });
  }
  const found2 = await loadPolicyAtBase(readTarget, source.description);
  return found2 ? at(found2) : builtInPolicy();
}
async function repositoryPath(repo, file) {
  const top = await realPathOf((await gitRaw(repo, ["rev-parse", "--show-toplevel"])).stdout.toString("utf8").trim());
  const rel = relative(top, file);
  return rel === "" || rel.startsWith("..") || isAbsolute2(rel) ? void 0 : rel.split(sep).join("/");
}
function targetReader(adapter, source, range) {
  if (!source.ref && range.emptyBase) return async () => void 0;
  if (source.inClone || !adapter.readFileAt) return gitReader(adapter.options.repo, source.commit);
  return (path) => adapter.readFileAt(path, source.commit);
}
async function writeOut(cwd, file, content) {
  const full = resolve7(cwd, file);
  await mkdir(dirname3(full), { recursive: true });
  await writeFile(full, content);
  return full;
}
async function gatherFindings(options, policy, cwd, change, range) {
  if (!options.reports.length && !options.baseline.length) return void 0;
  const gathered = await gatherReports(options.reports, options.baseline, cwd, policy);
  const wantsRanges = policy.findings.scope === "changed-lines" || policy.findings.suppressions === "existing-only";
  if (wantsRanges && gathered.reports.length) {
    const text2 = change.files.filter((f) => !f.binary && f.status !== "deleted" && f.addedRanges === void 0);
    const patches = text2.length ? await readPatches(options.repo, range.base, range.head, text2.map((f) => f.path)) : [];
    const ranges = new Map(patches.map((p) => [p.path, p.addedRanges]));
    for (const f of text2) f.addedRanges = ranges.get(f.path) ?? [];
  }
  return { reports: gathered.reports, baseline: gathered.baseline, violations: gathered.violations, roots: [resolve7(options.repo), resolve7(cwd)] };
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
function uncheckedViolation(e) {
  return {
    rule: "platform.unchecked",
    message: `${e.message} Request rules (approvals, declarations, request signals) were not evaluated.`,
    remediation: "Re-run the job once the platform answers; until then this change has not been checked for sign-off.",
    level: "warning"
  };
}
function withViolations(e, extra) {
  const violations = [...extra, ...e.violations];
  return { ...e, violations, decision: decide(violations, e.mode) };
}
function addedLinesByFile(change) {
  return new Map(change.files.filter((f) => !f.binary && f.additions > 0).map((f) => [f.path, f.additions]));
}
async function writeRecords(options, cwd, audit, markdown) {
  try {
    await writeOut(cwd, options.auditFile, JSON.stringify(audit, null, 2) + "\n");
  } catch (e) {
    throw new InputError(
      `The audit record could not be written to ${options.auditFile} (${e.code ?? e.message}); without it the decision has no evidence, so none is reported.`,
      "Point `audit-file` (--audit-file) at a writable path inside the workspace."
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
  const { policy, info } = await choosePolicy(options, source, env.cwd, readTarget, adapter.judgesWorkingTree);
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
  const teamsFor = (request) => teamsToResolve(evaluate({ ...base, change: { ...change, request } }).oversight);
  const uncheckedRequest = [];
  const facts = await adapter.request({ policy, range, teamsFor }).catch((e) => {
    const err = asUnchecked(e, "the pull or merge request (author, labels, approvals)");
    if (!failOpen) throw err;
    uncheckedRequest.push(uncheckedViolation(err));
    return void 0;
  });
  if (facts) change.request = facts.request;
  const merged = facts ? void 0 : await adapter.mergedRequest?.(change.head).catch((e) => {
    const err = asUnchecked(e, "the pull or merge request this push was merged from (its commits and description)");
    if (!failOpen) throw err;
    uncheckedRequest.push({
      rule: "platform.unchecked",
      message: `${err.message} AI attribution that the merge may have dropped was not checked.`,
      remediation: "Re-run the job once the platform answers; until then the attribution of this push rests on its own commits only.",
      level: "warning"
    });
    return void 0;
  });
  if (merged?.mergedRequest) change.mergedRequest = merged.mergedRequest;
  const platformWarnings = [...facts?.warnings ?? [], ...merged?.warnings ?? []];
  const findings = await gatherFindings(options, policy, env.cwd, change, range);
  const evaluated = evaluate({ ...base, change, platformWarnings, findings });
  const evaluation = uncheckedRequest.length ? withViolations(evaluated, uncheckedRequest) : evaluated;
  const markdown = renderMarkdown({ evaluation, change, policyInfo: info, version: VERSION, commitUrl: adapter.commitUrl?.bind(adapter) });
  const audit = auditRecord({ evaluation, change, policyInfo: info, platform: adapter.name, version: VERSION, timestamp: env.now });
  await writeRecords(options, env.cwd, audit, markdown);
  const result = { evaluation, change, policyInfo: info, markdown, audit, options, exitCode: evaluation.decision === "fail" ? 1 : 0 };
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
