#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  globMatcher
} from "./chunk-DN3C4IM4.js";

// node_modules/valibot/dist/index.mjs
var store$4;
var DEFAULT_CONFIG = {
  lang: void 0,
  message: void 0,
  abortEarly: void 0,
  abortPipeEarly: void 0
};
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
var store$3;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
var store$2;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
var store$1;
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label2, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label2}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _isSameValueZero(value1, value2) {
  return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
// @__NO_SIDE_EFFECTS__
function getDotPath(issue) {
  if (issue.path) {
    let key = "";
    for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
    else key += item.key;
    else return null;
    return key;
  }
  return null;
}
var EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
var ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
var ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function description(description_) {
  return {
    kind: "metadata",
    type: "description",
    reference: description,
    description: description_
  };
}
// @__NO_SIDE_EFFECTS__
function integer(message$1) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function isoDate(message$1) {
  return {
    kind: "validation",
    type: "iso_date",
    reference: isoDate,
    async: false,
    expects: null,
    requirement: ISO_DATE_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function isoTimestamp(message$1) {
  return {
    kind: "validation",
    type: "iso_timestamp",
    reference: isoTimestamp,
    async: false,
    expects: null,
    requirement: ISO_TIMESTAMP_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_length",
    reference: maxLength,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function metadata(metadata_) {
  return {
    kind: "metadata",
    type: "metadata",
    reference: metadata,
    metadata: metadata_
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function rawCheck(action) {
  return {
    kind: "validation",
    type: "raw_check",
    reference: rawCheck,
    async: false,
    expects: null,
    "~run"(dataset, config$1) {
      action({
        dataset,
        config: config$1,
        addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
      });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function startsWith(requirement, message$1) {
  return {
    kind: "validation",
    type: "starts_with",
    reference: startsWith,
    async: false,
    expects: `"${requirement}"`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !dataset.value.startsWith(this.requirement)) _addIssue(this, "start", dataset, config$1, { received: `"${dataset.value.slice(0, this.requirement.length)}"` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function transform(operation) {
  return {
    kind: "transformation",
    type: "transform",
    reference: transform,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = this.operation(dataset.value);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function forward(action, path) {
  return {
    ...action,
    "~run"(dataset, config$1) {
      const prevIssues = dataset.issues && [...dataset.issues];
      dataset = action["~run"](dataset, config$1);
      if (dataset.issues) {
        for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
          let pathInput = dataset.value;
          for (const key of path) {
            const pathValue = pathInput[key];
            const pathItem = {
              type: "unknown",
              origin: "value",
              input: pathInput,
              key,
              value: pathValue
            };
            if (issue.path) issue.path.push(pathItem);
            else issue.path = [pathItem];
            if (!pathValue) break;
            pathInput = pathValue;
          }
        }
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function literal(literal_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "literal",
    reference: literal,
    expects: /* @__PURE__ */ _stringify(literal_),
    async: false,
    literal: literal_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullish(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullish",
    reference: nullish,
    expects: `(${wrapped.expects} | null | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null || dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null || dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function object(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: object,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function record(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "record",
    reference: record,
    expects: "Object",
    async: false,
    key,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
          const entryValue = input[entryKey];
          const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
          if (keyDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "key",
              input,
              key: entryKey,
              value: entryValue
            };
            for (const issue of keyDataset.issues) {
              issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
          if (valueDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "value",
              input,
              key: entryKey,
              value: entryValue
            };
            for (const issue of valueDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_object",
    reference: strictObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
            _addIssue(this, "key", dataset, config$1, {
              input: key,
              expected: "never",
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _subIssues(datasets) {
  let issues;
  if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
  else issues = dataset.issues;
  return issues;
}
// @__NO_SIDE_EFFECTS__
function union(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "union",
    reference: union,
    expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      let validDataset;
      let typedDatasets;
      let untypedDatasets;
      for (const schema of this.options) {
        const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
        if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
        else typedDatasets = [optionDataset];
        else {
          validDataset = optionDataset;
          break;
        }
        else if (untypedDatasets) untypedDatasets.push(optionDataset);
        else untypedDatasets = [optionDataset];
      }
      if (validDataset) return validDataset;
      if (typedDatasets) {
        if (typedDatasets.length === 1) return typedDatasets[0];
        _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
        dataset.typed = true;
      } else if (untypedDatasets?.length === 1) return untypedDatasets[0];
      else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
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

// src/core/render/links.ts
function summaryLinks(web, change, policyInfo) {
  if (!web) return {};
  return {
    commit: (sha) => web.commit(sha),
    file: (path, line) => web.blob(change.head, path, line),
    ...policyInfo.path ? { policy: web.blob(change.base, policyInfo.path) } : {}
  };
}
function urlPath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function linkTarget(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  return url.href.replace(/[()<>\s"'`\\[\]|^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).replace(/%(?![0-9A-Fa-f]{2})/g, "%25").replace(/&/g, "\\&");
}
function mdLink(label2, address) {
  const target = address === void 0 ? void 0 : linkTarget(address);
  return target === void 0 ? label2 : `[${label2}](${target})`;
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
function htmlText(value) {
  return flatten(value).replace(REFERENCE, (m) => m + ZERO_WIDTH_SPACE).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}
function termText(value) {
  return flatten(value);
}

// src/core/render/grouped.ts
function grouped(n) {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

// src/core/render/words.ts
function markdownWords(links = {}) {
  return {
    text: mdText,
    code: mdCode,
    file: (path, line) => mdLink(mdCode(line ? `${path}:${line}` : path), links.file?.(path, line)),
    rule: (rule, helpUri) => mdLink(mdCode(rule), helpUri),
    strong: (value) => `**${value}**`
  };
}
function terminalWords(bold = (t) => t) {
  return {
    text: termText,
    code: termText,
    file: (path, line) => termText(line ? `${path}:${line}` : path),
    rule: (rule) => termText(rule),
    strong: bold
  };
}
function plural(n, word, many = `${word}s`) {
  return `${grouped(n)} ${n === 1 ? word : many}`;
}
function listed(items, conjunction = "and") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

// src/core/render/summary-model.ts
var HEADLINE = {
  pass: { icon: "\u2705", word: "PASS" },
  warn: { icon: "\u26A0\uFE0F", word: "WARN" },
  fail: { icon: "\u274C", word: "FAIL" }
};
function percent(share) {
  return `${Math.round(share * 100)}%`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function subject(message) {
  return message.split("\n", 1)[0] ?? "";
}
function totals(change) {
  return change.files.reduce(
    (t, f) => ({ additions: t.additions + f.additions, deletions: t.deletions + f.deletions }),
    { additions: 0, deletions: 0 }
  );
}
function sizeWords(change) {
  const t = totals(change);
  return `${plural(change.files.length, "file")}, +${grouped(t.additions)} \u2212${grouped(t.deletions)}`;
}
function label(v, e) {
  if (v.rule === "approvals.required") return "needs sign-off";
  if (v.rule === "findings.max" || v.rule === "findings.tools.max") {
    const n = e.findings?.overThresholdTotal ?? 0;
    return n ? `${plural(n, "finding")} over the limit` : "findings over the limit";
  }
  if (v.rule === "ai.fail-at-risk") return `AI-assisted change at ${e.risk.level} risk`;
  if (v.rule === "risk.fail-at") return `${e.risk.level} risk`;
  if (v.rule.startsWith("plans.") && v.rule.endsWith("-destroy")) return "the plans destroy stateful resources";
  if (v.rule.startsWith("plans.max-")) return "the plans destroy more than the policy allows";
  if (v.rule === "declarations.required") return "no AI-Assisted declaration";
  if (v.rule === "declarations.contradicted") return "the declaration contradicts the evidence";
  if (v.rule.startsWith("findings.waiver-")) return v.rule.endsWith("expired") ? "a waiver expired" : "an unused waiver";
  if (v.rule.startsWith("findings.report-") || v.rule.startsWith("plans.plan-")) return "an input could not be read";
  if (v.rule === "platform.unchecked") return "the request could not be checked";
  return "a policy rule is not met";
}
function labels(list, e) {
  const words = [...new Set(list.map((v) => label(v, e)))];
  return words.length > 2 ? `${words.slice(0, 2).join(", ")} and ${words.length - 2} more` : words.join(" and ");
}
function verdictReason(e) {
  const errors = e.violations.filter((v) => v.level === "error");
  const warnings = e.violations.filter((v) => v.level === "warning");
  if (errors.length) return e.decision === "warn" ? `${labels(errors, e)} (warn mode: not blocking)` : labels(errors, e);
  if (warnings.length) return labels(warnings, e);
  const o = e.oversight;
  const signed = o.applicable ? o.required.flatMap((r) => r.counted.map((c) => c.login.trim()).filter(Boolean)) : [];
  if (signed.length) return `signed off by ${[...new Set(signed)].join(", ")}`;
  if (!o.applicable && o.wouldNeed.length) return "would need sign-off in a pull or merge request";
  return e.risk.level === "low" && !e.risk.destructive.length ? "low risk, nothing to review" : "nothing blocks this change";
}
function attributionFacts(e) {
  const a = e.attribution;
  const share = a.shareMethod === "request" ? "opened by an AI agent" : `${percent(a.aiShare)} of added lines`;
  return { ai: a.aiAssisted, tools: a.tools.join(", ") || "unspecified tool", share };
}

// src/core/own-entry.ts
function ownEntry(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}

// src/core/plans/reasons.ts
var BECAUSE = {
  replace_because_cannot_update: "a changed attribute cannot be updated in place",
  replace_because_tainted: "it is tainted (an earlier apply failed, or it was marked for replacement)",
  replace_by_request: "a replacement was requested (-replace)",
  replace_by_triggers: "replace_triggered_by fired",
  delete_because_no_resource_config: "its configuration was removed",
  delete_because_wrong_repetition: "it switched between count and for_each",
  delete_because_count_index: "its count index is no longer in range",
  delete_because_each_key: "its for_each key is gone",
  delete_because_no_module: "its module was removed",
  delete_because_no_move_target: "a moved block points to an address that is not in the configuration",
  delete_because_enabled_false: "enabled is false",
  read_because_config_unknown: "its configuration depends on values known only during apply",
  read_because_dependency_pending: "a resource it depends on has changes pending",
  read_because_check_nested: "a check block reads it"
};
var VERB = {
  create: "created",
  update: "updated",
  delete: "deleted",
  replace: "replaced",
  read: "read during apply",
  "no-op": "unchanged",
  forget: "forgotten (left in place, no longer managed)"
};
function reasonPhrase(r, code) {
  const verb = r.conditional ? "may be replaced (the change set says Conditional)" : VERB[r.action];
  const paths = r.replacePaths ?? [];
  let because;
  if (r.action === "replace" && paths.length) {
    const shown = paths.slice(0, 3).map(code).join(", ") + (paths.length > 3 ? ` and ${paths.length - 3} more` : "");
    because = `${shown} changed`;
  } else if (r.reasonCode !== void 0) {
    because = ownEntry(BECAUSE, r.reasonCode) ?? code(r.reasonCode);
  }
  const extras = [];
  if (r.action === "replace" && r.order === "create-first") extras.push("the new one is created first");
  if (r.retained) extras.push("the tool keeps the old object");
  if (r.snapshot) extras.push("a snapshot is taken first");
  if (because === void 0 && !extras.length) return r.conditional ? verb : void 0;
  return `${verb}${because !== void 0 ? ` because ${because}` : ""}${extras.length ? ` (${extras.join("; ")})` : ""}`;
}
function reasonText(r) {
  return reasonPhrase(r, (t) => `\`${t}\``);
}

// src/core/plans/stateful-types.ts
var row = (category, what, names) => ({
  category,
  what,
  terraform: names.terraform ?? [],
  pulumi: names.pulumi ?? [],
  cloudformation: names.cloudformation ?? [],
  kubernetes: names.kubernetes ?? []
});
var STATEFUL_TYPES = [
  // Databases
  row("database", "relational database", {
    terraform: ["aws_db_instance", "aws_rds_cluster", "aws_rds_global_cluster"],
    pulumi: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:rds/globalCluster:GlobalCluster"],
    cloudformation: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::RDS::GlobalCluster"]
  }),
  row("database", "database", {
    terraform: [
      "aws_dynamodb_table",
      "aws_dynamodb_global_table",
      "aws_redshift_cluster",
      "aws_redshiftserverless_namespace",
      "aws_docdb_cluster",
      "aws_docdb_elastic_cluster",
      "aws_neptune_cluster",
      "aws_keyspaces_keyspace",
      "aws_keyspaces_table",
      "aws_timestreamwrite_database",
      "aws_timestreamwrite_table",
      "aws_qldb_ledger"
    ],
    pulumi: [
      "aws:dynamodb/table:Table",
      "aws:dynamodb/globalTable:GlobalTable",
      "aws:redshift/cluster:Cluster",
      "aws:redshiftserverless/namespace:Namespace",
      "aws:docdb/cluster:Cluster",
      "aws:docdb/elasticCluster:ElasticCluster",
      "aws:neptune/cluster:Cluster",
      "aws:keyspaces/keyspace:Keyspace",
      "aws:keyspaces/table:Table",
      "aws:timestreamwrite/database:Database",
      "aws:timestreamwrite/table:Table",
      "aws:qldb/ledger:Ledger"
    ],
    cloudformation: [
      "AWS::DynamoDB::Table",
      "AWS::DynamoDB::GlobalTable",
      "AWS::Redshift::Cluster",
      "AWS::RedshiftServerless::Namespace",
      "AWS::DocDB::DBCluster",
      "AWS::DocDBElastic::Cluster",
      "AWS::Neptune::DBCluster",
      "AWS::Cassandra::Keyspace",
      "AWS::Cassandra::Table",
      "AWS::Timestream::Database",
      "AWS::Timestream::Table",
      "AWS::QLDB::Ledger"
    ]
  }),
  row("database", "user directory", {
    terraform: ["aws_cognito_user_pool"],
    pulumi: ["aws:cognito/userPool:UserPool"],
    cloudformation: ["AWS::Cognito::UserPool"]
  }),
  row("database", "database", {
    terraform: [
      "google_sql_database_instance",
      "google_sql_database",
      "google_bigquery_dataset",
      "google_bigquery_table",
      "google_spanner_instance",
      "google_spanner_database",
      "google_bigtable_instance",
      "google_bigtable_table",
      "google_firestore_database",
      "google_alloydb_cluster"
    ],
    pulumi: [
      "gcp:sql/databaseInstance:DatabaseInstance",
      "gcp:sql/database:Database",
      "gcp:bigquery/dataset:Dataset",
      "gcp:bigquery/table:Table",
      "gcp:spanner/instance:Instance",
      "gcp:spanner/database:Database",
      "gcp:bigtable/instance:Instance",
      "gcp:bigtable/table:Table",
      "gcp:firestore/database:Database",
      "gcp:alloydb/cluster:Cluster"
    ]
  }),
  row("database", "database", {
    terraform: [
      "azurerm_mssql_server",
      "azurerm_mssql_database",
      "azurerm_mssql_managed_instance",
      "azurerm_mssql_managed_database",
      "azurerm_postgresql_flexible_server",
      "azurerm_postgresql_flexible_server_database",
      "azurerm_mysql_flexible_server",
      "azurerm_mysql_flexible_database",
      "azurerm_cosmosdb_account",
      "azurerm_cosmosdb_sql_database",
      "azurerm_cosmosdb_sql_container",
      "azurerm_cosmosdb_mongo_database",
      "azurerm_cosmosdb_mongo_collection",
      "azurerm_cosmosdb_cassandra_keyspace",
      "azurerm_cosmosdb_table",
      "azurerm_cosmosdb_gremlin_database",
      "azurerm_cosmosdb_postgresql_cluster",
      // Removed in azurerm 4.0; plans made with older providers still name them.
      "azurerm_sql_server",
      "azurerm_sql_database",
      "azurerm_postgresql_server",
      "azurerm_postgresql_database",
      "azurerm_mysql_server",
      "azurerm_mysql_database"
    ],
    pulumi: [
      "azure-native:sql:Server",
      "azure-native:sql:Database",
      "azure-native:sql:ManagedInstance",
      "azure-native:dbforpostgresql:Server",
      "azure-native:dbforpostgresql:FlexibleServer",
      "azure-native:dbforpostgresql:Database",
      "azure-native:dbformysql:Server",
      "azure-native:dbformysql:FlexibleServer",
      "azure-native:dbformysql:Database",
      "azure-native:documentdb:DatabaseAccount",
      "azure-native:documentdb:SqlResourceSqlDatabase",
      "azure-native:documentdb:SqlResourceSqlContainer",
      "azure-native:documentdb:MongoDBResourceMongoDBDatabase",
      "azure:mssql/server:Server",
      "azure:mssql/database:Database",
      "azure:cosmosdb/account:Account",
      "azure:postgresql/flexibleServer:FlexibleServer",
      "azure:mysql/flexibleServer:FlexibleServer"
    ]
  }),
  // Buckets and object stores
  row("bucket", "object storage bucket", {
    terraform: ["aws_s3_bucket", "aws_s3_directory_bucket", "aws_glacier_vault", "google_storage_bucket"],
    pulumi: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2", "aws:s3/directoryBucket:DirectoryBucket", "aws:glacier/vault:Vault", "gcp:storage/bucket:Bucket"],
    cloudformation: ["AWS::S3::Bucket", "AWS::S3Express::DirectoryBucket"]
  }),
  row("bucket", "storage account or container", {
    terraform: ["azurerm_storage_account", "azurerm_storage_container", "azurerm_storage_data_lake_gen2_filesystem"],
    pulumi: ["azure-native:storage:StorageAccount", "azure-native:storage:BlobContainer", "azure:storage/account:Account", "azure:storage/container:Container"]
  }),
  // Volumes, file systems, disks, snapshots and backup vaults
  row("volume", "volume or file system", {
    terraform: [
      "aws_ebs_volume",
      "aws_ebs_snapshot",
      "aws_efs_file_system",
      "aws_fsx_lustre_file_system",
      "aws_fsx_windows_file_system",
      "aws_fsx_ontap_file_system",
      "aws_fsx_ontap_volume",
      "aws_fsx_openzfs_file_system",
      "aws_backup_vault"
    ],
    pulumi: [
      "aws:ebs/volume:Volume",
      "aws:ebs/snapshot:Snapshot",
      "aws:efs/fileSystem:FileSystem",
      "aws:fsx/lustreFileSystem:LustreFileSystem",
      "aws:fsx/windowsFileSystem:WindowsFileSystem",
      "aws:fsx/ontapFileSystem:OntapFileSystem",
      "aws:fsx/ontapVolume:OntapVolume",
      "aws:fsx/openZfsFileSystem:OpenZfsFileSystem",
      "aws:backup/vault:Vault"
    ],
    cloudformation: ["AWS::EC2::Volume", "AWS::EFS::FileSystem", "AWS::FSx::FileSystem", "AWS::FSx::Volume", "AWS::Backup::BackupVault"]
  }),
  row("volume", "disk or file system", {
    terraform: [
      "google_compute_disk",
      "google_compute_region_disk",
      "google_compute_snapshot",
      "google_filestore_instance",
      "google_netapp_volume",
      "azurerm_managed_disk",
      "azurerm_snapshot",
      "azurerm_storage_share",
      "azurerm_netapp_volume",
      "azurerm_recovery_services_vault",
      "azurerm_data_protection_backup_vault"
    ],
    pulumi: [
      "gcp:compute/disk:Disk",
      "gcp:compute/regionDisk:RegionDisk",
      "gcp:compute/snapshot:Snapshot",
      "gcp:filestore/instance:Instance",
      "gcp:netapp/volume:Volume",
      "azure-native:compute:Disk",
      "azure-native:compute:Snapshot",
      "azure-native:storage:FileShare",
      "azure-native:netapp:Volume",
      "azure-native:recoveryservices:Vault",
      "azure-native:dataprotection:BackupVault",
      "azure:compute/managedDisk:ManagedDisk"
    ]
  }),
  row("volume", "persistent volume", {
    terraform: ["kubernetes_persistent_volume", "kubernetes_persistent_volume_v1", "kubernetes_persistent_volume_claim", "kubernetes_persistent_volume_claim_v1"],
    pulumi: ["kubernetes:core/v1:PersistentVolume", "kubernetes:core/v1:PersistentVolumeClaim"],
    kubernetes: ["PersistentVolume", "PersistentVolumeClaim"]
  }),
  // Keys and secrets
  row("key", "encryption key or secret", {
    terraform: [
      "aws_kms_key",
      "aws_kms_replica_key",
      "aws_kms_external_key",
      "aws_secretsmanager_secret",
      "aws_acmpca_certificate_authority",
      "google_kms_crypto_key",
      "google_kms_key_ring",
      "google_secret_manager_secret",
      "azurerm_key_vault",
      "azurerm_key_vault_key",
      "azurerm_key_vault_secret",
      "azurerm_key_vault_certificate",
      "azurerm_key_vault_managed_hardware_security_module"
    ],
    pulumi: [
      "aws:kms/key:Key",
      "aws:kms/replicaKey:ReplicaKey",
      "aws:kms/externalKey:ExternalKey",
      "aws:secretsmanager/secret:Secret",
      "aws:acmpca/certificateAuthority:CertificateAuthority",
      "gcp:kms/cryptoKey:CryptoKey",
      "gcp:kms/keyRing:KeyRing",
      "gcp:secretmanager/secret:Secret",
      "azure-native:keyvault:Vault",
      "azure-native:keyvault:Key",
      "azure-native:keyvault:Secret",
      "azure:keyvault/keyVault:KeyVault",
      "azure:keyvault/key:Key",
      "azure:keyvault/secret:Secret"
    ],
    cloudformation: ["AWS::KMS::Key", "AWS::KMS::ReplicaKey", "AWS::SecretsManager::Secret", "AWS::ACMPCA::CertificateAuthority"]
  }),
  // DNS zones: a new zone gets new name servers, and the registrar's delegation breaks.
  row("dns-zone", "DNS zone", {
    terraform: ["aws_route53_zone", "google_dns_managed_zone", "azurerm_dns_zone", "azurerm_private_dns_zone"],
    pulumi: [
      "aws:route53/zone:Zone",
      "gcp:dns/managedZone:ManagedZone",
      "azure-native:dns:Zone",
      "azure-native:network:Zone",
      "azure-native:network:PrivateZone",
      "azure-native:privatedns:PrivateZone",
      "azure:dns/zone:Zone",
      "azure:privatedns/zone:Zone"
    ],
    cloudformation: ["AWS::Route53::HostedZone"]
  }),
  // Queues and streams: messages not yet consumed are lost.
  row("queue", "queue or stream", {
    terraform: [
      "aws_sqs_queue",
      "aws_kinesis_stream",
      "aws_msk_cluster",
      "aws_msk_serverless_cluster",
      "aws_mq_broker",
      "google_pubsub_subscription",
      "azurerm_servicebus_namespace",
      "azurerm_servicebus_queue",
      "azurerm_servicebus_topic",
      "azurerm_servicebus_subscription",
      "azurerm_eventhub_namespace",
      "azurerm_eventhub",
      "azurerm_storage_queue"
    ],
    pulumi: [
      "aws:sqs/queue:Queue",
      "aws:kinesis/stream:Stream",
      "aws:msk/cluster:Cluster",
      "aws:msk/serverlessCluster:ServerlessCluster",
      "aws:mq/broker:Broker",
      "gcp:pubsub/subscription:Subscription",
      "azure-native:servicebus:Namespace",
      "azure-native:servicebus:Queue",
      "azure-native:servicebus:Topic",
      "azure-native:servicebus:Subscription",
      "azure-native:eventhub:Namespace",
      "azure-native:eventhub:EventHub",
      "azure-native:storage:Queue",
      "azure:servicebus/namespace:Namespace",
      "azure:servicebus/queue:Queue"
    ],
    cloudformation: ["AWS::SQS::Queue", "AWS::Kinesis::Stream", "AWS::MSK::Cluster", "AWS::AmazonMQ::Broker"]
  }),
  // Caches that persist (Redis, Valkey, MemoryDB); pure memcached caches are left out.
  row("cache", "persistent cache", {
    terraform: [
      "aws_elasticache_cluster",
      "aws_elasticache_replication_group",
      "aws_elasticache_serverless_cache",
      "aws_memorydb_cluster",
      "google_redis_instance",
      "google_redis_cluster",
      "azurerm_redis_cache",
      "azurerm_managed_redis"
    ],
    pulumi: [
      "aws:elasticache/cluster:Cluster",
      "aws:elasticache/replicationGroup:ReplicationGroup",
      "aws:elasticache/serverlessCache:ServerlessCache",
      "aws:memorydb/cluster:Cluster",
      "gcp:redis/instance:Instance",
      "gcp:redis/cluster:Cluster",
      "azure-native:cache:Redis",
      "azure:redis/cache:Cache"
    ],
    cloudformation: ["AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::ServerlessCache", "AWS::MemoryDB::Cluster"]
  }),
  row("search", "search index", {
    terraform: ["aws_elasticsearch_domain", "aws_opensearch_domain", "aws_opensearchserverless_collection", "azurerm_search_service"],
    pulumi: ["aws:elasticsearch/domain:Domain", "aws:opensearch/domain:Domain", "aws:opensearch/serverlessCollection:ServerlessCollection", "azure-native:search:Service"],
    cloudformation: ["AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain", "AWS::OpenSearchServerless::Collection"]
  }),
  row("registry", "artifact registry", {
    terraform: ["aws_ecr_repository", "aws_codeartifact_domain", "aws_codeartifact_repository", "google_artifact_registry_repository", "azurerm_container_registry"],
    pulumi: [
      "aws:ecr/repository:Repository",
      "aws:codeartifact/domain:Domain",
      "aws:codeartifact/repository:Repository",
      "gcp:artifactregistry/repository:Repository",
      "azure-native:containerregistry:Registry"
    ],
    cloudformation: ["AWS::ECR::Repository", "AWS::CodeArtifact::Domain", "AWS::CodeArtifact::Repository"]
  }),
  // Containers of everything: deleting one deletes what is inside, stateful or not.
  row("container", "container of other resources", {
    terraform: ["kubernetes_namespace", "kubernetes_namespace_v1", "azurerm_resource_group", "google_project", "aws_cloudformation_stack"],
    pulumi: [
      "kubernetes:core/v1:Namespace",
      "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition",
      "azure-native:resources:ResourceGroup",
      "azure:core/resourceGroup:ResourceGroup",
      "gcp:organizations/project:Project",
      "aws:cloudformation/stack:Stack"
    ],
    cloudformation: ["AWS::CloudFormation::Stack"],
    kubernetes: ["Namespace", "CustomResourceDefinition"]
  }),
  row("logs", "log store", {
    terraform: ["aws_cloudwatch_log_group", "google_logging_project_bucket_config", "azurerm_log_analytics_workspace"],
    pulumi: ["aws:cloudwatch/logGroup:LogGroup", "gcp:logging/projectBucketConfig:ProjectBucketConfig", "azure-native:operationalinsights:Workspace"],
    cloudformation: ["AWS::Logs::LogGroup"]
  })
];

// src/core/plans/stateful.ts
var COLUMN = {
  terraform: "terraform",
  opentofu: "terraform",
  pulumi: "pulumi",
  cloudformation: "cloudformation"
};
function index(column) {
  const out = {};
  for (const row2 of STATEFUL_TYPES) for (const name of row2[column]) out[name] ??= { category: row2.category, what: row2.what };
  return out;
}
var BY_TOOL = {
  terraform: index(COLUMN.terraform),
  opentofu: index(COLUMN.opentofu),
  pulumi: index(COLUMN.pulumi),
  cloudformation: index(COLUMN.cloudformation)
};
function statefulLookup(extra) {
  const added = new Set(extra);
  return (tool, resource) => {
    if (resource.dataSource) return void 0;
    if (added.has(resource.type)) return { category: "policy", what: "stateful resource (policy)" };
    return ownEntry(BY_TOOL[tool], resource.type);
  };
}

// src/core/plans/types.ts
var PLAN_ACTIONS = ["create", "update", "delete", "replace", "read", "no-op", "forget"];
function destroys(action) {
  return action === "delete" || action === "replace";
}

// src/core/plans/assess.ts
function countsOf(resources) {
  const counts = Object.fromEntries(PLAN_ACTIONS.map((a) => [a, 0]));
  for (const r of resources) counts[r.action] += 1;
  return counts;
}
function infrastructureFiles(files, policy) {
  const paths = policy["sensitive-paths"].infrastructure?.paths ?? [];
  if (!paths.length) return [];
  const match = globMatcher(paths);
  return files.filter((f) => match(f.path) || f.previousPath !== void 0 && match(f.previousPath)).map((f) => f.path);
}
function assessPlans(plans, files, policy, asked = plans.length > 0) {
  const stateful = statefulLookup(policy.plans["stateful-types"]);
  const destroyed = [];
  const summaries = plans.map((p) => {
    const lost = [];
    for (const r of p.resources) {
      if (!destroys(r.action)) continue;
      const match = stateful(p.tool, r);
      const entry = { plan: p.path, tool: p.tool, resource: r };
      if (match) entry.stateful = match;
      const reason = reasonText(r);
      if (reason) entry.reason = reason;
      destroyed.push(entry);
      if (match && !r.retained) lost.push(r.address);
    }
    return {
      path: p.path,
      sha256: p.sha256,
      tool: p.tool,
      toolVersion: p.toolVersion,
      formatVersion: p.formatVersion,
      counts: countsOf(p.resources),
      deleted: p.resources.filter((r) => r.action === "delete").map((r) => r.address),
      replaced: p.resources.filter((r) => r.action === "replace").map((r) => r.address),
      stateful: lost,
      drift: p.drift,
      notes: p.notes
    };
  });
  const infra = infrastructureFiles(files, policy);
  return {
    summaries,
    destroyed,
    statefulDestroyed: destroyed.filter((d) => d.stateful && !d.resource.retained),
    estimatedFromDiff: plans.length === 0 && infra.length > 0,
    asked,
    infrastructureFiles: infra
  };
}
function noPlanWords(a) {
  return a.asked ? "no plan could be read" : "no plan was given";
}
function statefulFirst(a) {
  return [...a.statefulDestroyed, ...a.destroyed.filter((d) => !a.statefulDestroyed.includes(d))];
}
function planTierFacts(a) {
  if (a.estimatedFromDiff) return { destroysStateful: void 0, destroyed: void 0 };
  return { destroysStateful: a.statefulDestroyed.length > 0, destroyed: a.destroyed.length };
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

// src/core/oversight/describe.ts
var WHY_WORDS = {
  author: "author",
  requester: "requester",
  bot: "bot",
  "ai-identity": "AI identity",
  stale: "approved an older commit",
  "not-in-approver-set": "not in the approver set",
  "no-write-access": "no write access"
};
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var FILES_SHOWN = 3;
function listFiles(files) {
  const shown = files.slice(0, FILES_SHOWN).join(", ");
  return files.length > FILES_SHOWN ? `${shown} and ${files.length - FILES_SHOWN} more` : shown;
}
function approverParts(set) {
  if (set.anyone) return [set.writeAccess ? "anyone with write access other than the author and the requester" : "any reviewer other than the author and the requester"];
  const parts = [];
  if (set.users.length) parts.push(`${set.users.length === 1 ? "user" : "users"} ${set.users.join(", ")}`);
  if (set.teams.length) parts.push(`${set.teams.length === 1 ? "team" : "teams"} ${set.teams.join(", ")}`);
  if (set.owners.length) parts.push(`code owners of ${listFiles(set.ownedFiles)} (${set.owners.join(", ")})`);
  if (set.noOwnersFile) parts.push("code owners (none: the target branch has no CODEOWNERS file)");
  return parts;
}
function describeApprovers(set) {
  return approverParts(set).join(" or ");
}
function describeNotCounted(list) {
  return list.map((n) => `${n.login} (${WHY_WORDS[n.why]})`).join(", ");
}
function requirementMessage(r) {
  const has = r.counted.length ? `${r.counted.length} (${r.counted.map((c) => c.login).join(", ")})` : "0";
  const notCounted = r.notCounted.length ? ` Not counted: ${describeNotCounted(r.notCounted)}.` : "";
  return `Needs ${plural2(r.needed, "approval")} from ${r.rules.join(" + ")} (${describeApprovers(r.approvers)}); has ${has}.${notCounted}`;
}
function requirementRemediation(r) {
  const stale = r.notCounted.filter((n) => n.why === "stale").map((n) => n.login);
  const excluded = r.notCounted.filter((n) => n.why === "author" || n.why === "requester").map((n) => n.login);
  const ask = `Get ${plural2(r.missing, "more approval")} from ${describeApprovers(r.approvers)}`;
  const not = excluded.length ? ` (not ${excluded.join(" or ")}: authors and requesters cannot approve their own change)` : "";
  const again = stale.length ? `; ${stale.join(", ")} can re-approve the latest commit` : "";
  return `${ask}${not}${again}.`;
}

export {
  getDotPath,
  check,
  description,
  integer,
  isoTimestamp,
  maxLength,
  maxValue,
  metadata,
  minLength,
  minValue,
  rawCheck,
  regex,
  startsWith,
  transform,
  forward,
  array,
  boolean,
  literal,
  nullable,
  nullish,
  number,
  object,
  optional,
  picklist,
  record,
  strictObject,
  string,
  union,
  unknown,
  pipe,
  safeParse,
  validate,
  listProblems,
  mapping,
  dictionary,
  nonEmptyText,
  numberBetween,
  wholeNumberFrom,
  calendarDate,
  grouped,
  mdText,
  mdCode,
  htmlText,
  termText,
  summaryLinks,
  urlPath,
  mdLink,
  markdownWords,
  terminalWords,
  plural,
  listed,
  HEADLINE,
  percent,
  shortSha,
  subject,
  totals,
  sizeWords,
  verdictReason,
  attributionFacts,
  ownEntry,
  WHY_WORDS,
  plural2,
  approverParts,
  describeApprovers,
  requirementMessage,
  requirementRemediation,
  reasonPhrase,
  assessPlans,
  noPlanWords,
  statefulFirst,
  planTierFacts
};
