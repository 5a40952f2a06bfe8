#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  isTeamOwner,
  ownerKind,
  parseTrailers
} from "./chunk-3VUVCKOE.js";
import {
  array,
  assessPlans,
  boolean,
  calendarDate,
  check,
  describeApprovers,
  description,
  dictionary,
  forward,
  grouped,
  integer,
  listProblems,
  literal,
  mapping,
  metadata,
  minValue,
  noPlanWords,
  nonEmptyText,
  number,
  numberBetween,
  optional,
  ownEntry,
  picklist,
  pipe,
  planTierFacts,
  rawCheck,
  requirementMessage,
  requirementRemediation,
  statefulFirst,
  string,
  totals,
  transform,
  union,
  validate,
  wholeNumberFrom
} from "./chunk-HS26ZMD3.js";
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
} from "./chunk-RAU6KPPI.js";
import {
  GlobSet,
  globMatcher
} from "./chunk-DN3C4IM4.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";
import {
  AUDIT_SCHEMA_VERSION
} from "./chunk-5VFZBLC7.js";
import {
  RISK_LEVELS,
  SEVERITIES
} from "./chunk-5HE6ZLTC.js";

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
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
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
  identify: (object) => object === null,
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
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
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
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
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
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
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
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
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
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
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
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
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
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
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
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
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
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
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
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
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
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
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
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
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
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
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
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
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
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
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
    const array2 = Array.prototype.slice.call(key);
    for (let index = 0; index < array2.length; index++) {
      if (Array.isArray(array2[index])) return null;
      if (typeof array2[index] === "object" && Object.prototype.toString.call(array2[index]) === "[object Object]") array2[index] = "[object Object]";
    }
    return String(array2);
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
function padStart(string2, max) {
  return " ".repeat(Math.max(max - string2.length, 0)) + string2;
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
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
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
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
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
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
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
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
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
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
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
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
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
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
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

// src/core/policy/default-approval-rules.ts
var ASK = { count: 1, codeowners: "risky-files", otherwise: "write-access", "if-no-codeowners": "write-access", "allow-stale": false };
var DEFAULT_APPROVAL_RULES = [
  { name: "ai-assisted-high-risk", when: { "ai-assisted": true, "risk-at-least": "high" }, require: { ...ASK } },
  { name: "critical-risk", when: { "risk-at-least": "critical" }, require: { ...ASK } }
];

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
    codeowners: optional(
      described(
        union([boolean(), literal("risky-files")]),
        "Code owners count as approvers: true for the owners of the files the rule matched; risky-files for the owners of the files that made the change risky (sensitive paths, destructive operations), or of the matched files when none is."
      ),
      false
    ),
    otherwise: optional(
      described(
        picklist(["any-reviewer", "write-access"]),
        "Who counts when no user, team or code owner is named (no CODEOWNERS, or no entry owns the files): any reviewer, or only people with write access to the repository."
      ),
      "any-reviewer"
    ),
    "allow-stale": optional(described(boolean(), "Count approvals given before the latest commit."), false),
    "if-no-codeowners": optional(
      described(
        picklist(["fail", "any-reviewer", "write-access"]),
        "When `codeowners` is asked for and the target branch has no CODEOWNERS file: fail (nobody can approve), let any reviewer approve, or anyone with write access."
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
    rules: optional(
      described(approvalRules, "Sign-off rules. Giving rules replaces the built-in ones; an empty list turns sign-off off."),
      () => DEFAULT_APPROVAL_RULES.map((r) => structuredClone(r))
    )
  }),
  audit: optional(
    mapping({
      "max-commits": optional(
        described(
          pipe(number(), integer(), minValue(0)),
          "At most this many commits are recorded one by one in the audit record (AI-assisted ones first); the totals are always kept. Default 2000."
        )
      )
    })
  ),
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
  const describe = (offset) => {
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
      if (offset !== void 0) return { offset, text: describe(offset) };
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
    const place2 = yamlPlaces(text2);
    const offsets = new Map(problems.map((p) => [p, place2(p.keys)?.offset ?? 0]));
    const inFileOrder = [...problems].sort((a, b) => offsets.get(a) - offsets.get(b));
    throw new InputError(
      `Policy ${file} is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"}):
${listProblems(inFileOrder, MAX_LISTED_ISSUES, (keys) => place2(keys)?.text)}`,
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
      const object = row.object(m[1] ?? "") ?? "?";
      out.push({ kind: row.kind, action: row.kind === "orm-drop" ? "delete" : "rename", objectType: row.objectType, object, index: m.index, evidence: m[0] });
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
function word(v) {
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
  const keyword2 = word(ast.keyword);
  if (!DROPPABLE.has(keyword2)) return [];
  return list(ast.name).map(nameOf).filter((n) => Boolean(n)).map((object) => ({ kind: "sql-drop", action: "delete", objectType: keyword2, object }));
}
function alterEffect(table, e) {
  const action = word(e.action);
  const resource = word(e.resource);
  if (action === "drop") {
    if (resource === "column") return [{ kind: "sql-drop", action: "delete", objectType: "column", object: `${table}.${nameOf(e.column) ?? "?"}` }];
    if (resource === "constraint") return [{ kind: "sql-drop", action: "delete", objectType: "constraint", object: `${table}.${nameOf(e.constraint) ?? "?"}` }];
    if (resource === "key" && word(e.keyword) === "primary key") return [{ kind: "sql-drop", action: "delete", objectType: "constraint", object: `${table} primary key` }];
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
  if (ast.keyword !== void 0 && word(ast.keyword) !== "table") return [];
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
  switch (word(ast.type)) {
    case "drop":
      return drop(ast);
    case "truncate":
      return list(ast.name).map(nameOf).filter((n) => Boolean(n)).map((object) => ({ kind: "sql-truncate", action: "truncate", objectType: "table", object }));
    case "alter":
      return alter(ast);
    case "rename":
      return rename(ast);
    case "delete":
      return ast.where ? [] : targets(ast).slice(0, 1).map((object) => ({ kind: "sql-delete-unbounded", action: "delete", objectType: "rows", object }));
    case "update":
      return ast.where ? [] : targets(ast).slice(0, 1).map((object) => ({ kind: "sql-update-unbounded", action: "replace", objectType: "rows", object }));
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
function skipQuoted(text2, i, quote) {
  let j = i + 1;
  while (j < text2.length) {
    if (text2[j] === quote) {
      if (text2[j + 1] === quote) j += 2;
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
  let line = 0;
  const flush = () => {
    const trimmed = current.trim();
    if (trimmed) out.push({ text: trimmed, line: start ?? line });
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
      if (m[0].endsWith("\n")) line++;
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
    if (start === void 0 && piece.trim()) start = line;
    current += piece;
    line += piece.match(/\n/g)?.length ?? 0;
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
  return c.names(NAME_STOP).map((object) => ({ kind: "sql-drop", action: "delete", objectType: type, object }));
}
function truncate(c) {
  c.accept("TABLE");
  c.accept("ONLY");
  return c.names(NAME_STOP).map((object) => ({ kind: "sql-truncate", action: "truncate", objectType: "table", object }));
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
function addressOf(line) {
  const m = HEADER.exec(line);
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

// src/core/record/run-identity.ts
var NO_RUN = {
  id: null,
  attempt: null,
  jobId: null,
  url: null,
  workflow: null,
  workflowRef: null,
  job: null,
  actor: null,
  event: null,
  ref: null,
  sha: null,
  repositoryUrl: null
};

// src/core/record/evidence-fields.ts
var LISTED_FILES_CAP = 1e3;
var LISTED_COMMITS_CAP = 1e3;
function commitsField(change) {
  return change.commits.slice(0, LISTED_COMMITS_CAP).map((c) => ({
    sha: c.sha,
    author: { name: c.author.name, email: c.author.email },
    authorDate: c.authorDate ?? null,
    committer: { name: c.committer.name, email: c.committer.email },
    committerDate: c.committerDate ?? null
  }));
}
function filesField(change) {
  return {
    total: change.files.length,
    listed: change.files.slice(0, LISTED_FILES_CAP).map((f) => ({
      path: f.path,
      previousPath: f.previousPath ?? null,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      binary: f.binary
    }))
  };
}
function waiversField(e) {
  return (e.findings?.applied ?? []).filter((w) => w.matched > 0).map((w) => ({ ...w }));
}
function membershipOf(via, platform, codeowners) {
  if (via.startsWith("team:")) {
    const team = via.slice("team:".length);
    return platform === "local" ? { kind: "declared-in-request-file", via, detail: `member of ${team} as the request file says` } : { kind: "verified-through-api", via, detail: `member of ${team} as the ${platform === "github" ? "GitHub" : "GitLab"} API answered during the run` };
  }
  if (via === "user") return { kind: "declared-in-policy", via, detail: "named in the policy" };
  if (via === "codeowner") return { kind: "code-owner-at-base", via, detail: codeowners ? `owner in ${codeowners}` : "owner in CODEOWNERS at the target branch" };
  return { kind: "any-reviewer", via, detail: "any reviewer counts for this requirement" };
}
function approversField(e, platform, change, codeowners) {
  const where2 = codeowners ? `${codeowners.path} at ${codeowners.rev.slice(0, 12)}` : void 0;
  const observed = e.oversight.observed.length ? e.oversight.observed : change.request?.approvals ?? [];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const a of observed) {
    if (seen.has(a.login)) continue;
    seen.add(a.login);
    const vias = /* @__PURE__ */ new Set();
    for (const r of e.oversight.required) for (const c of r.counted) if (c.login === a.login) vias.add(c.via);
    out.push({
      login: a.login,
      at: a.at ?? null,
      commitSha: a.commitSha ?? null,
      counted: vias.size > 0,
      membership: [...vias].sort().map((via) => membershipOf(via, platform, where2))
    });
  }
  return out;
}

// src/core/render/audit-commits.ts
var DEFAULT_MAX_AUDIT_COMMITS = 2e3;
function recordedCommits(commits, cap = DEFAULT_MAX_AUDIT_COMMITS) {
  const aiAssisted2 = commits.filter((c) => c.aiAssisted).length;
  if (commits.length <= cap) return { commits: [...commits], detail: { total: commits.length, aiAssisted: aiAssisted2, recorded: commits.length, cap } };
  let aiSlots = Math.min(cap, aiAssisted2);
  let otherSlots = cap - aiSlots;
  const kept = commits.filter((c) => {
    if (c.aiAssisted ? aiSlots === 0 : otherSlots === 0) return false;
    if (c.aiAssisted) aiSlots -= 1;
    else otherSlots -= 1;
    return true;
  });
  return { commits: kept, detail: { total: commits.length, aiAssisted: aiAssisted2, recorded: kept.length, cap } };
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
function withoutApplied(f) {
  const { applied: _applied, ...rest } = f;
  return rest;
}
function auditRecord(input) {
  const { evaluation: e, change, policyInfo } = input;
  const t = totals(change);
  const commits = recordedCommits(e.attribution.commits, input.maxCommits);
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
    run: { ...input.run ?? NO_RUN },
    policy: {
      source: policyInfo.source,
      path: policyInfo.path ?? null,
      text: input.policyText,
      sha256: policyInfo.sha256,
      ref: policyInfo.ref ?? null,
      commit: policyInfo.commit ?? null
    },
    commits: commitsField(change),
    files: filesField(change),
    request: change.request ? requestRecord(change.request) : null,
    approvers: approversField(e, input.platform, change, input.inputs?.codeowners ?? null),
    waivers: waiversField(e),
    attribution: {
      aiAssisted: e.attribution.aiAssisted,
      aiShare: e.attribution.aiShare,
      shareMethod: e.attribution.shareMethod,
      shareNote: e.attribution.shareNote ?? null,
      tools: e.attribution.tools,
      models: e.attribution.models,
      commits: commits.commits.map((c) => ({ sha: c.sha, aiAssisted: c.aiAssisted, tools: c.tools, models: c.models, evidence: c.evidence.map(evidenceRecord) })),
      commitDetail: commits.detail,
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
    findings: e.findings ? withoutApplied(e.findings) : null,
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
    decision: e.decision,
    inputs: input.inputs ?? null
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
function splitPattern(line) {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") {
      i++;
      continue;
    }
    if (/\s/.test(line[i])) return { pattern: line.slice(0, i), rest: line.slice(i).trim() };
  }
  return { pattern: line, rest: "" };
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
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const header = flavour === "gitlab" ? SECTION_HEADER.exec(line) : null;
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
    const { pattern: written, rest } = splitPattern(line);
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
function word2(w) {
  return ownEntry(WORDS, w);
}
var AI_WARDNESS = { no: 0, partial: 1, yes: 2 };
var MARKUP = /[*_`[\]<>"']/g;
function parseDeclarationValue(text2) {
  const cleaned = text2.replace(MARKUP, " ").trim().toLowerCase();
  const m = /^([a-z]+)\b\s*(.*)$/s.exec(cleaned);
  if (!m) return void 0;
  const value = word2(m[1]);
  if (!value) return void 0;
  const choice = /^[|/]\s*([a-z]+)/.exec(m[2]);
  if (choice && word2(choice[1])) return void 0;
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
  for (const line of noComments.split(/\r?\n/)) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) lines.push(line);
  }
  return lines;
}
function declarationsInBody(body) {
  const found2 = [];
  for (const line of visibleLines(body)) {
    const box = CHECKBOX.exec(line);
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
    const m = DECLARATION_LINE.exec(line);
    if (!m) continue;
    const value = parseDeclarationValue(m[1]);
    if (value) found2.push({ value, text: `"${line.trim()}"` });
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
function declaredIn(commit) {
  const list2 = commit.trailers.length ? commit.trailers : parseTrailers(commit.message);
  return list2.flatMap((t) => {
    const value = t.key.toLowerCase() === "ai-assisted" ? parseDeclarationValue(t.value) : void 0;
    return value ? [value] : [];
  });
}
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
    for (const value2 of declaredIn(c)) trailers.push({ sha: c.sha, value: value2 });
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

// src/core/record/replay-inputs.ts
var PATCH_TEXT_CAP = 1e6;
var FINDINGS_CAP = 2e4;
function commitsWithin(commits, run, capped) {
  const cap = Math.max(run.maxCommits ?? DEFAULT_MAX_AUDIT_COMMITS, LISTED_COMMITS_CAP);
  if (commits.length <= cap + 1) return { kept: commits, counted: null };
  const kept = [];
  const authors = /* @__PURE__ */ new Map();
  let count = 0;
  let additions = 0;
  let deletions = 0;
  commits.forEach((c, i) => {
    if (i < cap || i === commits.length - 1 || run.aiAssisted.has(c.sha) || declaredIn(c).length > 0) {
      kept.push(c);
      return;
    }
    count += 1;
    additions += c.additions;
    deletions += c.deletions;
    const key = c.author.email.toLowerCase();
    if (!authors.has(key)) authors.set(key, { name: c.author.name, email: c.author.email });
  });
  if (count === 0) return { kept: commits, counted: null };
  capped.push(
    `the messages of ${count} of ${commits.length} commits with nothing to attribute: the record keeps whole the first ${cap}, the last and every one with AI evidence or an AI-Assisted trailer, and counts the others with their authors and lines`
  );
  return { kept, counted: { at: cap, count, additions, deletions, authors: [...authors.values()] } };
}
function withCountedCommits(kept, counted) {
  if (!counted) return kept;
  const standIns = Array.from({ length: counted.count }, (_, i) => {
    const person = counted.authors[Math.min(i, counted.authors.length - 1)];
    return { sha: "", author: person, committer: person, message: "", trailers: [], additions: i === 0 ? counted.additions : 0, deletions: i === 0 ? counted.deletions : 0 };
  });
  return [...kept.slice(0, counted.at), ...standIns, ...kept.slice(counted.at)];
}
function patchesWithin(change, capped) {
  let used = 0;
  const kept = [];
  for (const p of change.patches) {
    const size2 = [...p.added, ...p.removed].reduce((n, line) => n + line.length, 0);
    if (used + size2 > PATCH_TEXT_CAP) {
      capped.push(`the diff of ${p.path} (${size2} characters; the record keeps ${PATCH_TEXT_CAP} characters of sensitive files' diffs)`);
      continue;
    }
    used += size2;
    kept.push(p);
  }
  return kept;
}
function findingsWithin(reports, baseline, capped) {
  let left = FINDINGS_CAP;
  const take = (list2, what) => {
    const kept = list2.slice(0, Math.max(0, left));
    left -= kept.length;
    if (kept.length < list2.length) capped.push(`${list2.length - kept.length} of ${list2.length} findings of ${what} (the record keeps ${FINDINGS_CAP})`);
    return kept;
  };
  return {
    reports: reports.map((r) => ({ ...r, findings: take(r.findings, r.path) })),
    baseline: baseline ? take(baseline, "the baseline") : null
  };
}
function codeownersInput(c) {
  if (!c || c.text === void 0) return null;
  return { path: c.path, rev: c.rev, text: c.text, syntax: c.syntax ?? null };
}
function json(value) {
  return JSON.parse(JSON.stringify(value));
}
function recordInputs(run) {
  const e = run.evaluate;
  const capped = [];
  const commits = commitsWithin(e.change.commits, run, capped);
  const change = { ...e.change, commits: commits.kept, patches: patchesWithin(e.change, capped) };
  const findings = e.findings ? { ...findingsWithin(e.findings.reports, e.findings.baseline, capped), violations: e.findings.violations, roots: e.findings.roots } : null;
  return json({
    complete: capped.length === 0,
    capped,
    now: e.now.toISOString(),
    mode: e.mode ?? null,
    governancePaths: e.governancePaths ?? [],
    platformWarnings: e.platformWarnings ?? [],
    addedViolations: run.addedViolations,
    change,
    commitsCounted: commits.counted,
    codeowners: codeownersInput(e.codeowners),
    lineLevel: e.lineLevel ?? null,
    findings,
    plans: e.plans ?? null,
    postMerge: run.postMerge
  });
}
function evaluateInputOf(inputs) {
  const c = inputs.codeowners;
  const change = inputs.change;
  return {
    change: { ...change, commits: withCountedCommits(change.commits, inputs.commitsCounted) },
    now: new Date(inputs.now),
    ...inputs.mode ? { mode: inputs.mode } : {},
    ...inputs.lineLevel ? { lineLevel: inputs.lineLevel } : {},
    platformWarnings: inputs.platformWarnings,
    ...inputs.findings ? { findings: { reports: inputs.findings.reports, ...inputs.findings.baseline ? { baseline: inputs.findings.baseline } : {}, violations: inputs.findings.violations, roots: inputs.findings.roots } } : {},
    ...c ? { codeowners: { path: c.path, rev: c.rev, codeowners: parseCodeowners(c.text, c.syntax ?? void 0), text: c.text, ...c.syntax ? { syntax: c.syntax } : {} } } : {},
    governancePaths: inputs.governancePaths,
    ...inputs.plans ? { plans: inputs.plans } : {}
  };
}

// src/core/policy/locations.ts
var POLICY_FILES = [".ai-governance.yml", ".ai-governance.yaml"];

// src/core/policy/effective-mode.ts
function effectiveMode(policy, input) {
  if (input === void 0 || input === policy.mode) return { mode: policy.mode };
  if (input === "enforce" || policy["inputs-may-weaken"]) return { mode: input };
  return {
    mode: policy.mode,
    note: `The mode input asked for ${input}, but the policy says ${policy.mode} and inputs may only make it stricter; set \`inputs-may-weaken: true\` in the policy to let inputs relax it.`
  };
}

// src/core/findings/baseline.ts
var EXISTING = 1;
function messageKey(message) {
  return message.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
}
function fingerprintKey({ findings, paths }, i, withPath) {
  const f = findings[i];
  if (f.fingerprint === void 0) return void 0;
  return `${f.tool.toLowerCase()}\0${f.rule}\0${withPath ? paths[i] ?? "" : ""}\0${f.fingerprint}`;
}
function contentKey({ findings, paths }, i) {
  const f = findings[i];
  return `${f.tool.toLowerCase()}\0${f.rule}\0${paths[i] ?? ""}\0${messageKey(f.message)}`;
}
function fromReport(f) {
  return f.baselineState === "unchanged" || f.baselineState === "updated" ? EXISTING : 0;
}
function buckets(before, key) {
  const map = /* @__PURE__ */ new Map();
  for (const j of before) {
    const k = key(j);
    if (k === void 0) continue;
    const list2 = map.get(k);
    if (list2) list2.push(j);
    else map.set(k, [j]);
  }
  return map;
}
function classifyNovelty(placed, items, baseline) {
  const result = new Uint8Array(placed.findings.length);
  if (baseline === void 0) {
    for (let k = 0; k < items.length; k++) result[items[k]] = fromReport(placed.findings[items[k]]);
    return result;
  }
  const before = [];
  baseline.findings.forEach((f, j) => {
    if (f.baselineState !== "absent") before.push(j);
  });
  if (before.length === 0) return result;
  const used = /* @__PURE__ */ new Set();
  for (const withPath of [true, false]) {
    const byFingerprint = buckets(before, (j) => fingerprintKey(baseline, j, withPath));
    for (let k = 0; k < items.length; k++) {
      const i = items[k];
      if (result[i] === EXISTING) continue;
      const key = fingerprintKey(placed, i, withPath);
      const hit = key === void 0 ? void 0 : byFingerprint.get(key)?.find((j) => !used.has(j));
      if (hit !== void 0) {
        used.add(hit);
        result[i] = EXISTING;
      }
    }
  }
  const byContent = buckets(before, (j) => contentKey(baseline, j));
  const pair2 = (sameLine) => {
    for (let k = 0; k < items.length; k++) {
      const i = items[k];
      if (result[i] === EXISTING) continue;
      const f = placed.findings[i];
      const hit = byContent.get(contentKey(placed, i))?.find((j) => {
        const b = baseline.findings[j];
        if (used.has(j)) return false;
        if (f.fingerprint !== void 0 && b.fingerprint !== void 0) return false;
        return !sameLine || b.location.startLine === f.location.startLine;
      });
      if (hit !== void 0) {
        used.add(hit);
        result[i] = EXISTING;
      }
    }
  };
  pair2(true);
  pair2(false);
  return result;
}

// src/core/findings/dedupe.ts
function sameFinding({ findings, paths }, a, b) {
  const x = findings[a];
  const y = findings[b];
  return x.tool === y.tool && x.rule === y.rule && (paths[a] ?? "") === (paths[b] ?? "") && (x.location.startLine ?? "") === (y.location.startLine ?? "") && (x.fingerprint !== void 0 ? y.fingerprint === x.fingerprint : y.fingerprint === void 0 && y.message === x.message);
}
function hashOf(text2) {
  let h = 2166136261 ^ text2.length;
  for (let i = 0; i < text2.length; i++) h = Math.imul(h ^ text2.charCodeAt(i), 16777619);
  return h;
}
function markDuplicates(placed, items) {
  const duplicate = new Uint8Array(items.length);
  let size2 = 16;
  while (size2 * 3 < items.length * 4) size2 *= 2;
  const mask = size2 - 1;
  const kept = new Int32Array(size2);
  const hashes = new Int32Array(size2);
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const f = placed.findings[item];
    const hash = hashOf(f.fingerprint ?? f.message);
    let slot = hash & mask;
    for (; kept[slot] !== 0; slot = slot + 1 & mask) {
      if (hashes[slot] === hash && sameFinding(placed, kept[slot] - 1, item)) {
        duplicate[k] = 1;
        break;
      }
    }
    if (duplicate[k] === 0) {
      kept[slot] = item + 1;
      hashes[slot] = hash;
    }
  }
  return duplicate;
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
  if (Object.keys(tools).length === 0) return findings;
  return findings.map((f) => {
    const severity2 = overriddenSeverity(f, tools);
    return severity2 === void 0 || severity2 === f.severity ? f : { ...f, severity: severity2 };
  });
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

// src/core/findings/placed.ts
function place(findings, roots, change) {
  const known = /* @__PURE__ */ new Map();
  const paths = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const raw = findings[i].location.path;
    let path = known.get(raw);
    if (path === void 0 && !known.has(raw)) known.set(raw, path = repoPath(raw, roots, change));
    paths[i] = path;
  }
  return { findings, paths };
}

// src/core/findings/result.ts
var OVER_THRESHOLD_CAP = 100;
function zeroCounts() {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };
}
function severityRank(severity2) {
  return SEVERITIES.indexOf(severity2);
}

// src/core/findings/thresholds.ts
function countFindings(inScope, limitedTools) {
  const all = zeroCounts();
  const byTool = /* @__PURE__ */ new Map();
  for (const tool of limitedTools) byTool.set(tool, zeroCounts());
  const lowered = /* @__PURE__ */ new Map();
  for (const f of inScope) {
    all[f.severity] += 1;
    if (byTool.size === 0) continue;
    let own = lowered.get(f.tool);
    if (own === void 0 && !lowered.has(f.tool)) lowered.set(f.tool, own = byTool.get(f.tool.toLowerCase()));
    if (own !== void 0) own[f.severity] += 1;
  }
  return { all, byTool };
}
function describeCount(n, severity2, scope, novelty = "baseline", tool) {
  const noun = n === 1 ? "finding" : "findings";
  const what = `${severity2 === "unknown" ? `${noun} of unknown severity` : `${severity2} ${noun}`}${tool === void 0 ? "" : ` from ${tool}`}`;
  switch (scope) {
    case "new":
      return novelty === "none" ? `${n} ${what} in the reports (no baseline to tell new from old)` : `${n} new ${what}`;
    case "changed-lines":
      return `${n} ${what} on lines this change adds`;
    case "changed-files":
      return `${n} ${what} in files this change touches`;
    case "all":
      return `${n} ${what}`;
  }
}
var REMEDIATION = "Fix them (they are listed under the findings over the threshold), or, for a finding that is accepted, add a waiver to findings.waivers with a reason, an owner and an expiry date.";
function checkThresholds(inScope, limits, tools, scope, novelty = "baseline") {
  const violations = [];
  const overSeverity = /* @__PURE__ */ new Set();
  const overTool = /* @__PURE__ */ new Set();
  const limited = Object.keys(tools).sort().filter((key) => tools[key].max !== void 0);
  const counts = countFindings(inScope, new Set(limited.map((key) => key.toLowerCase())));
  for (const severity2 of SEVERITIES) {
    const max = limits[severity2];
    const n = counts.all[severity2];
    if (max === void 0 || n <= max) continue;
    overSeverity.add(severity2);
    violations.push({ rule: "findings.max", message: `${describeCount(n, severity2, scope, novelty)}; the policy allows ${max}.`, remediation: REMEDIATION, level: "error" });
  }
  for (const key of limited) {
    const max = tools[key].max;
    const tool = key.toLowerCase();
    const own = counts.byTool.get(tool);
    for (const severity2 of SEVERITIES) {
      const limit = max[severity2];
      const n = own[severity2];
      if (limit === void 0 || n <= limit) continue;
      overTool.add(`${tool}\0${severity2}`);
      violations.push({
        rule: "findings.tools.max",
        message: `${describeCount(n, severity2, scope, novelty, key)}; the policy allows ${limit} (findings.tools.${key}.max.${severity2}).`,
        remediation: REMEDIATION,
        level: "error"
      });
    }
  }
  return {
    violations,
    // The per-tool key is built only when a per-tool limit is exceeded: most runs test a million findings here.
    isOver: (f) => overSeverity.has(f.severity) || overTool.size > 0 && overTool.has(`${f.tool.toLowerCase()}\0${f.severity}`)
  };
}

// src/core/findings/apply.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function listOrder({ findings, paths }) {
  return (a, b) => {
    const x = findings[a];
    const y = findings[b];
    return severityRank(x.severity) - severityRank(y.severity) || compareText(x.tool, y.tool) || compareText(x.rule, y.rule) || compareText(paths[a] ?? "", paths[b] ?? "") || (x.location.startLine ?? 0) - (y.location.startLine ?? 0) || compareText(x.message, y.message) || compareText(x.fingerprint ?? "", y.fingerprint ?? "");
  };
}
function listed({ findings, paths }, i, novelty) {
  const f = findings[i];
  const item = { tool: f.tool, rule: f.rule, severity: f.severity, message: f.message, state: novelty };
  if (paths[i] !== void 0) item.path = paths[i];
  if (f.location.startLine !== void 0) item.line = f.location.startLine;
  if (f.fingerprint !== void 0) item.fingerprint = f.fingerprint;
  if (f.helpUri !== void 0) item.helpUri = f.helpUri;
  return item;
}
function firstSorted(items, cap, compare) {
  const kept = [];
  for (const item of items) {
    if (kept.length === cap && compare(item, kept[cap - 1]) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compare(item, kept[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > cap) kept.pop();
  }
  return kept;
}
function keepWhere(items, test) {
  let kept = 0;
  for (let k = 0; k < items.length; k++) if (test(items[k], k)) items[kept++] = items[k];
  return items.subarray(0, kept);
}
function* findingsAt(findings, items) {
  for (const i of items) yield findings[i];
}
function toolsRead(reports) {
  const names2 = /* @__PURE__ */ new Set();
  for (const r of reports) {
    for (const name of r.tool.split(", ")) names2.add(name);
    for (const f of r.findings) names2.add(f.tool);
  }
  return new Set([...names2].map((name) => name.toLowerCase()));
}
function addedByChange({ findings, paths }, i, change) {
  const f = findings[i];
  if (!f.suppressedInSource) return false;
  const start = f.location.startLine;
  return inChange("changed-lines", paths[i], start === void 0 ? void 0 : Math.max(1, start - 1), f.location.endLine ?? start, change);
}
function applyFindingsPolicy(input) {
  const policy = input.policy.findings;
  const { scope, waivers } = policy;
  const roots = input.roots ?? [];
  const change = indexChange(input.change.files);
  const read = input.reports.length === 1 ? input.reports[0].findings : input.reports.flatMap((r) => r.findings);
  const placed = place(applySeverityOverrides(read, policy.tools), roots, change);
  const { findings, paths } = placed;
  const order = listOrder(placed);
  const counts = zeroCounts();
  const suppressedBySeverity = zeroCounts();
  let suppressed = 0;
  let absent = 0;
  let activeCount = 0;
  const active = new Uint32Array(findings.length);
  const honourAll = policy.suppressions === "all";
  const notHonoured = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.suppressed && !honourAll && addedByChange(placed, i, change)) {
      notHonoured.push(i);
      counts[f.severity] += 1;
      active[activeCount++] = i;
    } else if (f.suppressed) {
      suppressed += 1;
      suppressedBySeverity[f.severity] += 1;
    } else if (f.baselineState === "absent") {
      absent += 1;
    } else {
      counts[f.severity] += 1;
      active[activeCount++] = i;
    }
  }
  const activeItems = active.subarray(0, activeCount);
  const isDuplicate = markDuplicates(placed, activeItems);
  const distinct = keepWhere(activeItems, (_, k) => isDuplicate[k] === 0);
  const duplicates = activeCount - distinct.length;
  const baseline = input.baseline === void 0 ? void 0 : place(input.baseline, roots, change);
  const existing = classifyNovelty(placed, distinct, baseline);
  const noveltyOf = (i) => existing[i] === EXISTING ? "existing" : "new";
  const noveltySource = baseline !== void 0 ? "baseline" : findings.some((f) => f.baselineState !== void 0 && f.baselineState !== "unknown") ? "report" : "none";
  const expired = waivers.map((w) => isExpired(w, input.now));
  const matched = waivers.map(() => 0);
  const excused = waivers.map(() => []);
  const waivedBySeverity = zeroCounts();
  const inScope = zeroCounts();
  const outOfScope = zeroCounts();
  let waived = 0;
  const counted = new Uint32Array(distinct.length);
  let countedCount = 0;
  for (const i of distinct) {
    const f = findings[i];
    let waivedHere = false;
    waivers.forEach((w, wi) => {
      if (!waiverMatches(w, f, paths[i])) return;
      matched[wi] += 1;
      if (expired[wi]) return;
      waivedHere = true;
      excused[wi].push(i);
    });
    if (waivedHere) {
      waived += 1;
      waivedBySeverity[f.severity] += 1;
      continue;
    }
    const within = scope === "all" || (scope === "new" ? existing[i] !== EXISTING : inChange(scope, paths[i], f.location.startLine, f.location.endLine, change));
    if (within) {
      inScope[f.severity] += 1;
      counted[countedCount++] = i;
    } else {
      outOfScope[f.severity] += 1;
    }
  }
  const limits = { ...policy.max };
  const inScopeItems = counted.subarray(0, countedCount);
  const thresholds = checkThresholds(findingsAt(findings, inScopeItems), limits, policy.tools, scope, noveltySource);
  const over = keepWhere(inScopeItems, (i) => thresholds.isOver(findings[i]));
  const overListed = firstSorted(over, OVER_THRESHOLD_CAP, order).map((i) => listed(placed, i, noveltyOf(i)));
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
  let invalidLevels = 0;
  for (const f of findings) if (f.severity === "unknown" && f.nativeSeverity?.includes("not a SARIF level")) invalidLevels += 1;
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
    overThreshold: overListed,
    overThresholdTotal: over.length,
    limits,
    waivers: { expired: expiredList, unused, expiringSoon, tooBroad, tooLong },
    suppressionsNotHonoured: notHonoured.sort(order).map((i) => listed(placed, i, "new")),
    notes,
    scope,
    novelty: noveltySource,
    applied: statuses.map((s, i) => ({
      ...s,
      expired: expired[i],
      excused: firstSorted(excused[i], OVER_THRESHOLD_CAP, order).map((j) => listed(placed, j, noveltyOf(j))),
      excusedTotal: excused[i].length
    })),
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
function approverSet(users, teams, owners, ownedFiles, writeAccess = false) {
  const set = {
    users: unique(users.map((u) => u.trim().replace(/^@+/, ""))),
    teams: unique(teams.map((t) => t.trim().replace(/^@+/, ""))),
    owners: unique(owners),
    ownedFiles: unique(ownedFiles)
  };
  const anyone = set.users.length + set.teams.length + set.owners.length === 0;
  return { ...set, anyone, writeAccess: anyone && writeAccess };
}
function approverSetKey(set) {
  if (set.anyone) return set.writeAccess ? "anyone-with-write-access" : "anyone";
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
  if (set.anyone && set.writeAccess) return approval.canWrite === true ? "write-access" : void 0;
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
    if (!via) notCounted.push({ login: a.login, why: set.anyone ? "no-write-access" : "not-in-approver-set" });
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
  const short3 = [...new Set(nobody.flatMap((p) => p.rules))];
  return { count: from.length + nobody.length + unreachableGap, from, unreachable: [...unreachable.map((r) => r.rules.join(" + ")), ...short3] };
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
function ownedBy(rule, matched, riskyFiles2) {
  if (rule.require.codeowners !== "risky-files") return matched;
  const risky = new Set(riskyFiles2);
  const hit = matched.filter((f) => risky.has(f));
  return hit.length ? hit : matched;
}
function writeAccessOnly(req, hasCodeowners) {
  if (req.codeowners && !hasCodeowners) return req["if-no-codeowners"] === "write-access";
  return req.otherwise === "write-access";
}
function policyTier(rule, files, input, notes, unowned) {
  const req = rule.require;
  const codeowners = input.codeowners;
  const owned = req.codeowners ? ownersOfFiles(codeowners, ownedBy(rule, files, input.riskyFiles ?? [])) : { owners: [], ownedFiles: [] };
  if (req.codeowners && !codeowners && req["if-no-codeowners"] === "fail") {
    const set2 = { ...approverSet(req.users ?? [], req.teams ?? [], [], []), anyone: false, writeAccess: false, noOwnersFile: true };
    const others = set2.users.length + set2.teams.length ? `; only ${describeApprovers(set2)} can approve` : "; nobody can approve until one is committed";
    notes.push(`Approval rule "${rule.name}" asks for code owners, but the target branch has no CODEOWNERS file${others}. Commit a CODEOWNERS file to the target branch, or set \`if-no-codeowners: any-reviewer\` (or \`write-access\`) on the rule.`);
    return { names: [rule.name], set: set2, count: req.count, allowStale: req["allow-stale"] };
  }
  const set = approverSet(req.users ?? [], req.teams ?? [], owned.owners, owned.ownedFiles, writeAccessOnly(req, codeowners !== void 0));
  if (req.codeowners && owned.owners.length === 0) {
    const why = codeowners ? "no CODEOWNERS entry owns the files they matched" : "the base revision has no CODEOWNERS file";
    const who = set.anyone ? `${describeApprovers(set)} counts` : `only ${describeApprovers(set)} count`;
    const key = `${why}; ${who}.`;
    unowned.set(key, [...unowned.get(key) ?? [], rule.name]);
  }
  return { names: [rule.name], set, count: req.count, allowStale: req["allow-stale"] };
}
function unownedNotes(unowned) {
  return [...unowned].map(([tail, names2]) => {
    const quoted = names2.map((n) => `"${n}"`);
    const rules = quoted.length === 1 ? `Approval rule ${quoted[0]} asks` : `Approval rules ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]} ask`;
    return `${rules} for code owners, but ${quoted.length === 1 ? tail.replace("the files they matched", "the files it matched") : tail}`;
  });
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
  const unowned = /* @__PURE__ */ new Map();
  const tiers = applied.map((t) => policyTier(t.rule, t.files, input, notes, unowned));
  notes.push(...unownedNotes(unowned));
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
      wouldApply: [...new Set(tiers.flatMap((t) => t.names))],
      wouldNeed: mergeTiers(tiers).map((t) => ({ rules: t.names, approvers: t.set, needed: t.count }))
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
    wouldApply: [],
    wouldNeed: []
  };
}

// src/core/attribution/match-at-start.ts
var STICKY = /* @__PURE__ */ new WeakMap();
function matchesAtStart(re2, text2) {
  let y = STICKY.get(re2);
  if (y === void 0) STICKY.set(re2, y = new RegExp(re2.source, `${re2.flags.replace(/[gy]/g, "")}y`));
  y.lastIndex = 0;
  return y.test(text2);
}

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
function modelLengthAtStart(text2) {
  const could = MODEL_FAMILIES.some((family) => family.patterns.some((p) => matchesAtStart(p, text2)));
  const m = could ? findModel(text2) : void 0;
  return m?.index === 0 ? m.model.length : 0;
}
function isModelName(text2) {
  const t = text2.replace(/[`*_]/g, "").trim();
  const m = findModel(t);
  return m !== void 0 && m.index === 0 && m.model.length >= t.length - 1;
}

// src/core/attribution/tool-names.ts
var GLOBAL = /* @__PURE__ */ new WeakMap();
function globalOf(re2) {
  let g = GLOBAL.get(re2);
  if (g === void 0) GLOBAL.set(re2, g = new RegExp(re2.source, re2.flags.includes("g") ? re2.flags : `${re2.flags}g`));
  return g;
}
function toolMentions(text2, options) {
  const found2 = [];
  for (const id of options.identities) {
    const i = id.tool ? text2.toLowerCase().indexOf(id.tool.toLowerCase()) : -1;
    if (i >= 0) found2.push({ tool: id.tool, index: i, length: id.tool.length });
  }
  for (const t of AI_TOOLS) {
    for (const re2 of t.namedAs) {
      for (const m of text2.matchAll(globalOf(re2))) found2.push({ tool: t.tool, index: m.index, length: m[0].length });
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
function toolNameLengthAtStart(text2, options) {
  const lower3 = text2.toLowerCase();
  const could = options.identities.some((id) => id.tool ? lower3.startsWith(id.tool.toLowerCase()) : false) || AI_TOOLS.some((t) => t.namedAs.some((re2) => matchesAtStart(re2, text2)));
  return could ? toolMentions(text2, options).find((t) => t.index === 0)?.length ?? 0 : 0;
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
var IDENTITIES = /* @__PURE__ */ new WeakMap();
var IDENTITY_MEMO_LIMIT = 5e4;
function matchIdentity(person, options) {
  let memo = IDENTITIES.get(options);
  if (memo === void 0) IDENTITIES.set(options, memo = /* @__PURE__ */ new Map());
  const key = `${person.name}\0${person.email}`;
  if (memo.has(key)) return memo.get(key);
  const m = identityOf(person, options);
  if (memo.size >= IDENTITY_MEMO_LIMIT) memo.clear();
  memo.set(key, m);
  return m;
}
function identityOf(person, options) {
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
  uncommented.split(/\r?\n/).forEach((raw, line) => {
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
    out.push({ text: raw.trim(), paragraph, line });
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
  const own = named(text2, options);
  const around = !own.tools.length && context2 ? named(context2, options) : void 0;
  const tools = around ? around.tools : own.tools;
  const model = own.model ?? around?.model;
  const one = value.length > 200 ? `${value.slice(0, 197)}...` : value;
  return (tools.length ? tools : [UNSPECIFIED_TOOL]).map((tool) => ({ value: one, tool, ...model ? { model } : {} }));
}
function aiPrefix(rest, options) {
  const skipped = /^[\s[(`*_"']*(?:(?:the|an?)\s+)?/i.exec(rest)[0].length;
  const r = rest.slice(skipped);
  const word3 = AI_WORDS.exec(r)?.[0].length ?? 0;
  const head = r.slice(0, 40);
  const length = Math.max(word3, toolNameLengthAtStart(head, options), modelLengthAtStart(head));
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
  lines.forEach((line, i) => {
    const text2 = line.text.replace(MARKUP2, "");
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
        const object = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest.slice(0, 160);
        if (needsTask) {
          const afterObject = /^(?:an?\s+|the\s+)?(?:[\w.:/-]+(?:\s+(?:code|cli|agent|ai|assistant|pro|flash|opus|sonnet|haiku|[\d.]+|\([^)]*\)))*)\s+(.*)$/i.exec(object.replace(/^[\s[(`"']+/, ""));
          if (!afterObject || !TASKS.test(afterObject[1])) continue;
        }
        const sentenceStart = Math.max(text2.lastIndexOf(". ", m.index) + 1, 0);
        const value = text2.slice(sentenceStart, start + (sentenceEnd >= 0 ? sentenceEnd + 1 : object.length)).trim();
        out.push(...found(value, object, options, text2));
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
function fromValue(signal, line, key, value, options) {
  const v = readToolValue(value, options);
  if (v.person) return void 0;
  return { signal, value: line, key, tool: v.tool ?? UNSPECIFIED_TOOL, ...v.model ? { model: v.model } : {} };
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
function trailerMarker(line, options) {
  const m = TRAILER_LINE.exec(line);
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
function generatedWith(line, options) {
  const m = GENERATED_WITH.exec(line);
  if (!m) return void 0;
  const rest = m[1].replace(/^[[`*_"']+/, "");
  const bracket = /^([^\]]+)\]\(([^)]+)\)/.exec(rest);
  const name = bracket ? bracket[1] : rest;
  const tool = toolNamedIn(name.split(/[.,;(]/)[0].slice(0, 40), options);
  const head = name.slice(0, 40);
  if (tool && new RegExp(`^\\W*${escapeRe2(head.split(/\s+/)[0])}`, "i").test(head)) return { signal: "message-marker", value: line, tool };
  if (bracket) {
    const host = /^https?:\/\/(?:www\.)?([^/\s]+)/i.exec(bracket[2])?.[1]?.toLowerCase();
    const byHost = host && AI_TOOLS.find((t) => t.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (byHost) return { signal: "message-marker", value: line, tool: byHost.tool };
    if (line.startsWith("\u{1F916}")) return { signal: "message-marker", value: line, tool: UNSPECIFIED_TOOL };
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
function markersIn(text2, options, read) {
  const lines = readableLines(restoreLines(text2));
  const out = [];
  lines.forEach((l, i) => {
    const line = l.text;
    if (read.subject && i === 0 && l.paragraph === 0) {
      const merge = mergeBranch(line);
      if (merge) out.push(merge);
    }
    const isSubject = read.subject && l.paragraph === 0;
    let rowMarker = false;
    for (const t of AI_TOOLS) {
      if (t.messageMarkers.some((re2) => re2.test(line))) {
        out.push({ signal: "message-marker", value: line, tool: t.tool });
        rowMarker = true;
      }
    }
    if (!rowMarker && !isSubject) {
      const trailer = trailerMarker(line, options);
      if (trailer) out.push(trailer);
      else {
        const generated = generatedWith(line, options);
        if (generated) out.push(generated);
      }
    }
    const link = sessionLink(line);
    if (link && !out.some((o) => o.signal === "trailer" && o.value.includes(link.link))) out.push({ signal: "session-link", value: link.link, tool: link.tool });
  });
  const paragraphs = readableParagraphs(lines);
  for (const p of paragraphs) {
    const inLines = lines.filter((l) => l.paragraph === p.paragraph);
    for (const t of AI_TOOLS) {
      if (!t.bodyMarkers.length) continue;
      const line = inLines.find((l) => t.bodyMarkers.some((re2) => re2.test(l.text)));
      const value = line ? line.text : t.bodyMarkers.some((re2) => re2.test(p.text)) ? p.text : void 0;
      if (value) out.push({ signal: "message-marker", value, tool: t.tool });
    }
  }
  const plain = (t) => t.replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();
  const said = out.map((o) => plain(o.value));
  const body = read.subject ? lines.filter((l) => l.paragraph > 0) : lines;
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
  for (const line of body.split(/\r?\n/)) {
    const m = REQUESTED_BY.exec(line);
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
var TOKEN_SEPARATOR = /[^A-Za-z0-9]+/;
function pathTokens(path) {
  return path.split(TOKEN_SEPARATOR).filter(Boolean);
}
function tokenWords(token) {
  if (!/[A-Z]/.test(token)) return new Set(variants(token));
  const words = /* @__PURE__ */ new Set();
  const parts = camelParts(token);
  for (const w of variants(token.toLowerCase())) words.add(w);
  for (let i = 0; i < parts.length; i++) {
    for (const w of variants(parts[i])) words.add(w);
    if (i + 1 < parts.length) for (const w of variants(parts[i] + parts[i + 1])) words.add(w);
  }
  return words;
}
var TOKEN_MEMO_LIMIT = 1e5;
function wordMatcher(words) {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  if (!wanted.size) return () => false;
  const anyText = new RegExp([...wanted].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
  const hits = /* @__PURE__ */ new Map();
  const tokenHits = (token) => {
    let hit = hits.get(token);
    if (hit === void 0) {
      hit = false;
      for (const w of tokenWords(token)) if (wanted.has(w)) hit = true;
      if (hits.size >= TOKEN_MEMO_LIMIT) hits.clear();
      hits.set(token, hit);
    }
    return hit;
  };
  return (path) => anyText.test(path.toLowerCase()) && pathTokens(path).some(tokenHits);
}

// src/core/risk/path-classes.ts
var DOCUMENTATION = 0;
var IGNORED = 1;
var SOURCE = 2;
var TEST = 3;
var FIRST_GROUP = 4;
var NONE = Object.freeze([]);
var MEMO_LIMIT = 5e5;
var CACHE_LIMIT = 8;
var cache = /* @__PURE__ */ new Map();
function pathClassifier(policy, policyPath) {
  const f = policy.risk.factors;
  const groups = Object.entries(policy["sensitive-paths"]).filter(([, g]) => g.paths.length > 0 || (g.words?.length ?? 0) > 0);
  const governance = policy["sensitive-paths"].governance !== void 0;
  const key = JSON.stringify([
    policy.risk["documentation-paths"],
    f.size["ignore-paths"],
    f["missing-tests"]["source-paths"],
    f["missing-tests"]["test-paths"],
    groups.map(([name, g]) => [name, g.paths, g.words ?? [], g.documentation === true]),
    governance,
    policyPath ?? null
  ]);
  const hit = cache.get(key);
  if (hit) return hit;
  const globs2 = new GlobSet([
    policy.risk["documentation-paths"],
    f.size["ignore-paths"],
    f["missing-tests"]["source-paths"],
    f["missing-tests"]["test-paths"],
    ...groups.map(([, g]) => g.paths)
  ]);
  const byWord = groups.map(([, g]) => wordMatcher(g.words ?? []));
  const prose = groups.map(([, g]) => g.documentation === true);
  const memo = /* @__PURE__ */ new Map();
  const found2 = new Uint8Array(globs2.lists.length);
  const classify = (path) => {
    globs2.matchInto(path, found2);
    const documentation = found2[DOCUMENTATION] === 1;
    const names2 = [];
    for (let i = 0; i < groups.length; i++) {
      if ((prose[i] || !documentation) && (found2[FIRST_GROUP + i] === 1 || byWord[i](path))) names2.push(groups[i][0]);
    }
    if (policyPath && path === policyPath && governance && !names2.includes("governance")) names2.push("governance");
    return { groups: names2.length ? names2 : NONE, documentation, ignored: found2[IGNORED] === 1, source: found2[SOURCE] === 1, test: found2[TEST] === 1 };
  };
  const classifier = (path) => {
    let c = memo.get(path);
    if (c === void 0) {
      c = classify(path);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(path, c);
    }
    return c;
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
  cache.set(key, classifier);
  return classifier;
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
  const classify = pathClassifier(policy, input.policyPath);
  const groupsOf = (path) => classify(path).groups;
  const groups = /* @__PURE__ */ new Map();
  let lines = 0;
  const directories = /* @__PURE__ */ new Set();
  const tests = [];
  const sources = [];
  for (const file of files) {
    const c = classify(file.path);
    const previous = file.previousPath === void 0 ? NONE2 : groupsOf(file.previousPath);
    for (const g of c.groups) addTo(groups, g, file.path);
    for (const g of previous) if (!c.groups.includes(g)) addTo(groups, g, file.path);
    if (!file.binary && !c.ignored) lines += file.additions + file.deletions;
    directories.add(directoryOf(file.path));
    if (file.status === "deleted") continue;
    if (c.test) tests.push(file.path);
    else if (c.source && !c.documentation && file.additions + file.deletions > 0) sources.push(file.path);
  }
  return {
    policy,
    files,
    lines,
    directories: directories.size,
    groups,
    destructive: withPlanOperations(detectDestructive(files, input.patches, groupsOf, input.sqlParser), input.planOperations ?? []),
    tests,
    sources,
    aiShare: Math.max(0, Math.min(1, input.aiShare))
  };
}
var NONE2 = [];
function addTo(groups, group, path) {
  const paths = groups.get(group);
  if (paths) paths.push(path);
  else groups.set(group, [path]);
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
var REMEDY = {
  destructive: "Make the destructive operations undoable (a down migration, a moved or removed block) or take them out of this change",
  sensitive: "Move the changes to sensitive paths into a change of their own that their owners review",
  "missing-tests": "Add tests for the source files this change touches",
  size: "Split the change into parts a reviewer can read in one sitting",
  spread: "Split the change by area, so each part touches fewer directories",
  "plan-floor": "Keep the stateful resources the plans destroy (move or protect them) or take their destruction out of this change",
  "ai-assisted": "Have a human rework the riskiest parts"
};
function remedy(risk, rule) {
  const top = [...risk.factors].filter((f) => f.template !== "ai-assisted" && f.points > 0).sort((a, b) => b.points - a.points)[0];
  return `${top ? REMEDY[top.template] : REMEDY.size}; a policy owner can raise ${rule}.`;
}
function riskViolations(risk, aiAssisted2, policy) {
  const aiFailAt = policy.ai["fail-at-risk"];
  if (aiAssisted2 && atLeast(risk.level, aiFailAt)) {
    return [
      {
        rule: "ai.fail-at-risk",
        message: `This AI-assisted change is ${risk.level} risk (${risk.score}/100); the policy stops AI-assisted changes at ${aiFailAt} or above.`,
        remediation: remedy(risk, "ai.fail-at-risk"),
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
        remediation: remedy(risk, "risk.fail-at"),
        level: "error"
      }
    ];
  }
  return [];
}

// src/core/render/risk-words.ts
function plural(n, word3, many = `${word3}s`) {
  return `${grouped(n)} ${n === 1 ? word3 : many}`;
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
  size: ({ facts }) => `${plural(num(facts, "lines"), "line")} changed (points grow with the logarithm of the lines, all ${num(facts, "maxPoints")} at ${grouped(num(facts, "saturateLines"))}; generated files and lockfiles not counted)`,
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
function riskyFiles(risk) {
  const files = risk.factors.filter((f) => f.points > 0 && (f.template === "sensitive" || f.template === "destructive" || f.template === "plan-floor")).flatMap((f) => f.files);
  return [.../* @__PURE__ */ new Set([...risk.destructive.map((d) => d.path), ...files])];
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
    plan: plans ? planTierFacts(plans) : void 0,
    riskyFiles: riskyFiles(risk)
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

// src/core/record/bypass.ts
var BYPASS_RULE = "bypass";
function short2(sha) {
  return sha.slice(0, 12);
}
function requestName(f) {
  return f.request.number !== null ? `request #${f.request.number}` : "the merged request";
}
function how(f) {
  const by = f.mergedBy ? ` by ${f.mergedBy}` : "";
  const method = f.method === "unknown" ? "" : ` (${f.method})`;
  return `merged${by}${method}`;
}
var REMEDIATION2 = 'Review the merged change now and record the outcome; then protect the default branch so the gate is a required check (GitHub branch protection or rulesets, GitLab "Pipelines must succeed") and admins cannot skip it.';
function bypassViolations(f) {
  if (!f) return [];
  const name = requestName(f);
  if (f.mergeCommit && f.mergeCommit !== f.pushedHead && f.method !== "rebase") {
    return [
      {
        rule: BYPASS_RULE,
        message: `The pushed head ${short2(f.pushedHead)} is not the commit ${name} produced when it was ${how(f)} (${short2(f.mergeCommit)}): the branch was pushed to directly or force-pushed after the merge, so no decision of the gate covers it.`,
        remediation: REMEDIATION2,
        level: "error"
      }
    ];
  }
  if (!f.decision) {
    return [
      {
        rule: "bypass.unchecked",
        message: `Whether ${name} (${how(f)}) had a passing decision of the gate could not be checked: ${f.problem ?? "the platform did not say"}.`,
        remediation: "Give the job a token that can read check runs (GitHub) or merge request pipelines (GitLab), then re-run it.",
        level: "warning"
      }
    ];
  }
  if (f.decision.state === "pass") return [];
  const head = f.request.headSha ? ` for its head ${short2(f.request.headSha)}` : "";
  const state = f.decision.state === "missing" ? `had no decision of the gate${head}` : f.decision.state === "pending" ? `was merged before the gate decided${head}` : `had a failing decision of the gate${head}`;
  return [
    {
      rule: BYPASS_RULE,
      message: `${name[0].toUpperCase()}${name.slice(1)} ${state} (${f.decision.source}), and was ${how(f)}.`,
      remediation: REMEDIATION2,
      level: "error"
    }
  ];
}

// src/core/record/run-decision.ts
function withViolations(e, extra) {
  if (!extra.length) return e;
  const violations = [...extra, ...e.violations];
  return { ...e, violations, decision: decide(violations, e.mode) };
}
function decideRun(input, added, postMerge) {
  return withViolations(evaluate(input), [...added, ...bypassViolations(postMerge)]);
}

// src/gather/sql-parser.ts
var SQL_DIALECTS = ["postgresql", "mysql", "transactsql", "sqlite"];
var LOAD = {
  postgresql: () => import("./postgresql-SGPPRKAI.js"),
  mysql: () => import("./mysql-EHFG5UQI.js"),
  transactsql: () => import("./transactsql-3XXNHS43.js"),
  sqlite: () => import("./sqlite-UGC7D4O5.js")
};
var MAX_STATEMENT = 2e4;
function asList(ast) {
  const list2 = Array.isArray(ast) ? ast : [ast];
  return list2.filter((a) => Boolean(a) && typeof a === "object");
}
async function loadSqlParser() {
  return sqlParserOf(await Promise.all(SQL_DIALECTS.map((d) => LOAD[d]())));
}
function sqlParserOf(modules) {
  const loaded = SQL_DIALECTS.map((database, i) => {
    const mod = modules[i];
    const Parser = mod.Parser ?? mod.default.Parser;
    return { database, parser: new Parser() };
  });
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

export {
  MAX_POLICY_BYTES,
  sha256,
  parsePolicy,
  defaultPolicy,
  needsContent,
  hasSql,
  NO_RUN,
  auditRecord,
  parseCodeowners,
  CODEOWNERS_LOCATIONS,
  recordInputs,
  evaluateInputOf,
  isStale,
  latestPerLogin,
  POLICY_FILES,
  pathClassifier,
  effectiveMode,
  evaluate,
  decideRun,
  loadSqlParser
};
