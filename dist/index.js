#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  headerPath,
  readChange,
  readPatches
} from "./chunks/chunk-FAPJYHJM.js";
import {
  HELP,
  InputError,
  RISK_LEVELS,
  SEVERITIES,
  UncheckedError,
  VERSION,
  __commonJS,
  __toESM,
  describeApprovers,
  gitRaw,
  isInputError,
  parseCli,
  parseTrailers,
  renderMarkdown,
  renderText,
  requirementMessage,
  requirementRemediation,
  resolveRange,
  totals
} from "./chunks/chunk-R5MJ7UYG.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal2;
          open3.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject4 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject4(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/gather/request-file.ts
import { resolve } from "node:path";

// src/gather/files/read-limited.ts
import { open } from "node:fs/promises";
var CHUNK = 64 * 1024;
async function readLimited(path, maxBytes) {
  const handle = await open(path, "r");
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

// src/core/policy/suggest.ts
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
  const norm2 = (s) => s.toLowerCase().replace(/[-_]/g, "");
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = norm2(input) === norm2(c) ? 0.5 : distance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/core/policy/schema-kit.ts
var MAX_HINTS = 100;
function closest2(ctx, input, candidates) {
  return ctx.issues.length < MAX_HINTS ? closest(input, candidates) : void 0;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (v instanceof Date) return "a date";
  return typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`;
}
function at(path) {
  return path === "" ? "(top level)" : path;
}
function make(parse, json, fallback, description, showDefault = true) {
  return {
    parse,
    fallback,
    json: () => ({ ...description ? { description } : {}, ...json(), ...fallback && showDefault ? { default: fallback() } : {} }),
    describe: (text) => make(parse, json, fallback, text, showDefault),
    default: (value) => make(parse, json, () => structuredClone(value), description)
  };
}
function string(opts = {}) {
  return make(
    (v, path, ctx) => {
      if (typeof v !== "string") {
        ctx.issues.push({ path: at(path), message: `expected a string, got ${typeName(v)}` });
        return void 0;
      }
      if (opts.minLength !== void 0 && v.length < opts.minLength) {
        ctx.issues.push({ path: at(path), message: `must not be empty` });
        return void 0;
      }
      if (opts.pattern && !opts.pattern.test(v)) {
        ctx.issues.push({ path: at(path), message: `${JSON.stringify(v)} is not ${opts.patternHint ?? `matching ${opts.pattern}`}` });
        return void 0;
      }
      return v;
    },
    () => ({
      type: "string",
      ...opts.pattern ? { pattern: opts.pattern.source } : {},
      ...opts.minLength ? { minLength: opts.minLength } : {}
    })
  );
}
function date() {
  return make(
    (v, path, ctx) => {
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
      if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) return v;
      ctx.issues.push({ path: at(path), message: `expected a date like 2027-03-31, got ${typeName(v)}` });
      return void 0;
    },
    () => ({ type: "string", format: "date" })
  );
}
function number(opts = {}) {
  return make(
    (v, path, ctx) => {
      if (typeof v !== "number" || Number.isNaN(v)) {
        ctx.issues.push({ path: at(path), message: `expected a number, got ${typeName(v)}` });
        return void 0;
      }
      if (opts.integer && !Number.isInteger(v)) {
        ctx.issues.push({ path: at(path), message: `expected a whole number, got ${v}` });
        return void 0;
      }
      if (opts.min !== void 0 && v < opts.min || opts.max !== void 0 && v > opts.max) {
        const range = `${opts.min ?? "-\u221E"} to ${opts.max ?? "\u221E"}`;
        ctx.issues.push({ path: at(path), message: `${v} is out of range (${range})` });
        return void 0;
      }
      return v;
    },
    () => ({
      type: opts.integer ? "integer" : "number",
      ...opts.min !== void 0 ? { minimum: opts.min } : {},
      ...opts.max !== void 0 ? { maximum: opts.max } : {}
    })
  );
}
function boolean() {
  return make(
    (v, path, ctx) => {
      if (typeof v !== "boolean") {
        ctx.issues.push({ path: at(path), message: `expected true or false, got ${typeName(v)}` });
        return void 0;
      }
      return v;
    },
    () => ({ type: "boolean" })
  );
}
function literal(...values) {
  return make(
    (v, path, ctx) => {
      if (values.includes(v)) return v;
      const hint = typeof v === "string" ? closest2(ctx, v, values.map(String)) : void 0;
      ctx.issues.push({
        path: at(path),
        message: `${typeName(v)} is not one of ${values.map((x) => JSON.stringify(x)).join(", ")}${hint ? ` (did you mean "${hint}"?)` : ""}`
      });
      return void 0;
    },
    () => ({ enum: [...values] })
  );
}
function array(item, opts = {}) {
  return make(
    (v, path, ctx) => {
      if (!Array.isArray(v)) {
        ctx.issues.push({ path: at(path), message: `expected a list, got ${typeName(v)}` });
        return void 0;
      }
      if (opts.minItems !== void 0 && v.length < opts.minItems) {
        ctx.issues.push({ path: at(path), message: `needs at least ${opts.minItems} item(s)` });
        return void 0;
      }
      const out = [];
      v.forEach((x, i) => {
        const r = item.parse(x, `${path}[${i}]`, ctx);
        if (r !== void 0) out.push(r);
      });
      return out;
    },
    () => ({ type: "array", items: item.json(), ...opts.minItems ? { minItems: opts.minItems } : {} })
  );
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function record(value, opts = {}) {
  return make(
    (v, path, ctx) => {
      if (!isPlainObject(v)) {
        ctx.issues.push({ path: at(path), message: `expected a mapping, got ${typeName(v)}` });
        return void 0;
      }
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        const p = path ? `${path}.${k}` : k;
        if (opts.keys && !opts.keys.includes(k)) {
          const hint = closest2(ctx, k, opts.keys);
          ctx.issues.push({ path: p, message: `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ""}; valid keys: ${opts.keys.join(", ")}` });
          continue;
        }
        if (opts.keyPattern && !opts.keyPattern.test(k)) {
          ctx.issues.push({ path: p, message: `key "${k}" does not match ${opts.keyPattern}` });
          continue;
        }
        const r = value.parse(x, p, ctx);
        if (r !== void 0) Object.defineProperty(out, k, { value: r, enumerable: true, writable: true, configurable: true });
      }
      return out;
    },
    () => ({
      type: "object",
      ...opts.keys ? { properties: Object.fromEntries(opts.keys.map((k) => [k, value.json()])), additionalProperties: false } : { additionalProperties: value.json(), ...opts.keyPattern ? { propertyNames: { pattern: opts.keyPattern.source } } : {} }
    })
  );
}
function optional(schema) {
  return schema;
}
function object(shape2, opts = {}) {
  const keys = Object.keys(shape2);
  const required = new Set(opts.required ?? []);
  const parse = (v, path, ctx) => {
    if (v === null || v === void 0) v = {};
    if (!isPlainObject(v)) {
      ctx.issues.push({ path: at(path), message: `expected a mapping, got ${typeName(v)}` });
      return void 0;
    }
    const out = {};
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) {
        const hint = closest2(ctx, k, keys);
        const p = path ? `${path}.${k}` : k;
        ctx.issues.push({ path: p, message: `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ""}` });
      }
    }
    for (const k of keys) {
      const field = shape2[k];
      const p = path ? `${path}.${k}` : k;
      if (v[k] === void 0 || v[k] === null) {
        if (field.fallback) out[k] = field.fallback();
        else if (required.has(k)) ctx.issues.push({ path: p, message: `is required` });
        continue;
      }
      const r = field.parse(v[k], p, ctx);
      if (r !== void 0) out[k] = r;
    }
    if (opts.atLeastOne && !opts.atLeastOne.some((k) => v[k] !== void 0 && v[k] !== null)) {
      ctx.issues.push({ path: at(path), message: `needs at least one of ${opts.atLeastOne.join(", ")}` });
    }
    return out;
  };
  const fallback = required.size ? void 0 : () => parse({}, "", { issues: [] });
  return make(
    parse,
    () => ({
      type: "object",
      properties: Object.fromEntries(keys.map((k) => [k, shape2[k].json()])),
      ...required.size ? { required: [...required] } : {},
      ...opts.atLeastOne ? { anyOf: opts.atLeastOne.map((k) => ({ required: [k] })) } : {},
      additionalProperties: false
    }),
    fallback,
    void 0,
    // Each key shows its own default; repeating the whole block's default would only bloat the schema.
    false
  );
}
function validate(schema, value) {
  const ctx = { issues: [] };
  const parsed = schema.parse(value, "", ctx);
  return { value: ctx.issues.length ? void 0 : parsed, issues: ctx.issues };
}

// src/gather/request-file.ts
var approval = object(
  {
    login: string({ minLength: 1 }),
    at: optional(string()),
    commitSha: optional(string()),
    teams: optional(array(string())),
    isBot: optional(boolean())
  },
  { required: ["login"] }
);
var requestSchema = object({
  number: optional(number({ min: 0, integer: true })),
  url: optional(string()),
  author: optional(string()),
  authorIsBot: optional(boolean()),
  title: optional(string()),
  body: optional(string()),
  labels: array(string()).default([]),
  sourceBranch: optional(string()),
  targetBranch: optional(string()),
  draft: optional(boolean()),
  assignees: array(string()).default([]),
  requestedReviewers: array(string()).default([]),
  approvals: array(approval).default([])
});
var MAX_REQUEST_BYTES = 4 * 1024 * 1024;
var MAX_LISTED_ISSUES = 50;
var FORMAT_HINT = 'See the README "Request file" section for the format.';
function tooLarge(file) {
  return new InputError(
    `Request file ${file} is larger than ${MAX_REQUEST_BYTES} bytes (${MAX_REQUEST_BYTES / 1024 / 1024} MiB), the most a request description needs.`,
    "Check that --request names the request JSON and not another file."
  );
}
function parseRequest(text, file) {
  if (Buffer.byteLength(text) > MAX_REQUEST_BYTES) throw tooLarge(file);
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`Request file ${file} is not valid JSON: ${e.message}`, FORMAT_HINT);
  }
  const { value, issues } = validate(requestSchema, doc);
  if (!value) {
    const shown = issues.slice(0, MAX_LISTED_ISSUES).map((i) => `  - ${i.path}: ${i.message}`);
    if (issues.length > MAX_LISTED_ISSUES) shown.push(`  - \u2026and ${issues.length - MAX_LISTED_ISSUES} more`);
    throw new InputError(`Request file ${file} is not valid:
${shown.join("\n")}`, 'See the README "Request file" section for the fields.');
  }
  return value;
}
async function readRequestFile(file, cwd) {
  let read11;
  try {
    read11 = await readLimited(resolve(cwd, file), MAX_REQUEST_BYTES);
  } catch (e) {
    throw new InputError(`Request file ${file} could not be read (${e.code ?? e.message}).`, "Check the --request path.");
  }
  if (!read11.ok) throw tooLarge(file);
  return parseRequest(read11.bytes.toString("utf8"), file);
}

// src/platform/local.ts
function wantsColour(term) {
  return term.isTTY && term.env.NO_COLOR === void 0 && term.env.TERM !== "dumb";
}
function printResult(result, term) {
  const format = result.options.format;
  if (format === "json") term.write(JSON.stringify(result.audit, null, 2) + "\n");
  else if (format === "markdown") term.write(result.markdown);
  else {
    const { evaluation, change, policyInfo } = result;
    term.write(renderText({ evaluation, change, policyInfo, version: VERSION }, wantsColour(term)));
  }
}
function localPlatform(options, term) {
  return {
    name: "local",
    options,
    range: () => resolveRange(options.repo, { base: options.base, head: options.head }),
    // A laptop has no request unless one is described with --request for a dry run.
    request: async () => options.request ? { request: await readRequestFile(options.request, process.cwd()), warnings: [] } : void 0,
    publish: async (result) => printResult(result, term)
  };
}

// src/platform/select.ts
async function selectPlatform(argv, env, term) {
  if (env.GITHUB_ACTIONS === "true" && argv.length === 0) {
    const { githubPlatform } = await import("./chunks/github-KZJ5YIVM.js");
    return githubPlatform(env, term);
  }
  if (env.GITLAB_CI === "true") {
    const { gitlabPlatform } = await import("./chunks/gitlab-MDFBEM3F.js");
    return gitlabPlatform(argv, env, term);
  }
  return localPlatform(parseCli(argv), term);
}

// src/app/run-gate.ts
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { dirname, isAbsolute as isAbsolute2, relative, resolve as resolve6, sep } from "node:path";

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
  identify: (object4) => object4 === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object4) => object4 === null,
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
  identify: (object4) => object4 === null,
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
  identify: (object4) => Object.prototype.toString.call(object4) === "[object Boolean]",
  represent: (object4) => object4 ? "true" : "false"
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
  identify: (object4) => Object.prototype.toString.call(object4) === "[object Boolean]",
  represent: (object4) => object4 ? "true" : "false"
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
  identify: (object4) => Object.prototype.toString.call(object4) === "[object Boolean]",
  represent: (object4) => object4 ? "true" : "false"
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
  identify: (object4) => Number.isInteger(object4) && !Object.is(object4, -0) && object4.toString(10).indexOf("e") < 0,
  represent: (object4) => object4.toString(10)
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
  identify: (object4) => Number.isInteger(object4) && !Object.is(object4, -0) && object4.toString(10).indexOf("e") < 0,
  represent: (object4) => object4.toString(10)
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
  identify: (object4) => Number.isInteger(object4) && !Object.is(object4, -0) && object4.toString(10).indexOf("e") < 0,
  represent: (object4) => object4.toString(10)
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
function representYamlFloat$2(object4) {
  if (isNaN(object4)) return ".nan";
  if (object4 === Number.POSITIVE_INFINITY) return ".inf";
  if (object4 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object4, -0)) return "-0.0";
  const result = object4.toString(10);
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
  identify: (object4) => typeof object4 === "number" && (!Number.isInteger(object4) || Object.is(object4, -0) || object4.toString(10).indexOf("e") >= 0),
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
function representYamlFloat$1(object4) {
  if (isNaN(object4)) return ".nan";
  if (object4 === Number.POSITIVE_INFINITY) return ".inf";
  if (object4 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object4, -0)) return "-0.0";
  const result = object4.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object4) => typeof object4 === "number" && (!Number.isInteger(object4) || Object.is(object4, -0) || object4.toString(10).indexOf("e") >= 0),
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
function representYamlFloat(object4) {
  if (isNaN(object4)) return ".nan";
  if (object4 === Number.POSITIVE_INFINITY) return ".inf";
  if (object4 === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object4, -0)) return "-0.0";
  const result = object4.toString(10);
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
  identify: (object4) => typeof object4 === "number" && (!Number.isInteger(object4) || Object.is(object4, -0) || object4.toString(10).indexOf("e") >= 0),
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
function representYamlBinary(object4) {
  let binary = "";
  for (let index = 0; index < object4.length; index++) binary += String.fromCharCode(object4[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object4) => Object.prototype.toString.call(object4) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date2 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date2.setUTCFullYear(year, month, day);
  return date2;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date3 = makeUtcDate(year, month, day);
    if (date3.getUTCFullYear() !== year || date3.getUTCMonth() !== month || date3.getUTCDate() !== day) return NOT_RESOLVED;
    return date3;
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
  const date2 = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date2.setTime(date2.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date2;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object4) => object4 instanceof Date,
  represent: (object4) => object4.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject2(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object4, keys) {
  const result = {};
  for (const key of keys) if (object4[key] !== void 0) result[key] = object4[key];
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
    } else if (isPlainObject2(item)) {
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
    const object4 = item;
    const keys = Object.keys(object4);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object4[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject2,
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
  identify: (data) => data instanceof Map || isPlainObject2(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
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
  identify: isPlainObject2,
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
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re2.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line3 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line3.str}
${result}`;
  }
  const line2 = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line2.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line2.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line3 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line3.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact2) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact2 && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
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
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
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
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
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
    paths: [
      "**/{auth,authn,authz,authentication,authorization,oauth,oauth2,oidc,saml,sso,crypto,cryptography,security,permissions,rbac,acl,iam,session,sessions}/**",
      "**/*{auth,crypto,security,password,permission,rbac,oauth,saml,jwt}*.*"
    ]
  },
  migrations: {
    points: 15,
    description: "Database migrations and schema",
    paths: [
      "**/migrations/**",
      "**/migrate/**",
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
    ]
  }
  // --- end agent-instructions --------------------------------------------------------------------
};

// src/core/policy/schema.ts
var level = literal("low", "medium", "high", "critical");
var levelOrNever = literal("low", "medium", "high", "critical", "never");
var severity = literal("critical", "high", "medium", "low", "info", "unknown");
var globs = array(string({ minLength: 1 }));
var SEVERITY_KEYS = ["critical", "high", "medium", "low", "info", "unknown"];
var severityLimits = record(number({ min: 0, integer: true }), { keys: SEVERITY_KEYS }).describe(
  "Most findings allowed per severity; a severity not listed is unlimited."
);
var sensitiveGroup = object(
  {
    points: number({ min: 0, max: 100 }).describe("Risk points added when the change touches this group."),
    paths: globs.describe("Glob patterns (gitignore-like: ** for any depth), matched against repository paths."),
    description: optional(string())
  },
  { required: ["points", "paths"] }
);
var waiver = object(
  {
    rule: optional(string({ minLength: 1 })).describe("Rule id the waiver applies to."),
    fingerprint: optional(string({ minLength: 1 })).describe("Exact finding fingerprint."),
    path: optional(string({ minLength: 1 })).describe("Glob for the finding location."),
    tool: optional(string({ minLength: 1 })).describe("Tool name, case-insensitive."),
    reason: string({ minLength: 1 }).describe("Why the finding is accepted."),
    owner: string({ minLength: 1 }).describe("Who owns the exception."),
    expires: date().describe("Last day the waiver applies (YYYY-MM-DD).")
  },
  { required: ["reason", "owner", "expires"], atLeastOne: ["rule", "fingerprint", "path", "tool"] }
);
var approvalRule = object(
  {
    name: string({ minLength: 1 }).describe("Shown in the summary and the audit record."),
    when: object({
      "ai-assisted": optional(boolean()).describe("Applies only when the change is (true) or is not (false) AI-assisted."),
      "risk-at-least": optional(level).describe("Applies when the risk level is at least this."),
      paths: optional(globs).describe("Applies when any changed file matches."),
      labels: optional(array(string({ minLength: 1 }))).describe("Applies when the request has any of these labels.")
    }).describe("All listed conditions must hold; an empty `when` always applies."),
    require: object(
      {
        count: number({ min: 1, integer: true }).default(1).describe("Approvals needed from the approver set."),
        users: optional(array(string({ minLength: 1 }))).describe("Logins that count as approvers."),
        teams: optional(array(string({ minLength: 1 }))).describe("GitHub teams (org/team) or GitLab groups (group/subgroup)."),
        codeowners: boolean().default(false).describe("Code owners of the matched files count as approvers."),
        "allow-stale": boolean().default(false).describe("Count approvals given before the latest commit.")
      },
      {}
    )
  },
  { required: ["name", "require"] }
);
var policySchema = object(
  {
    $schema: optional(string()),
    version: literal(1).describe("Policy format version."),
    mode: literal("enforce", "warn").default("enforce").describe("enforce fails the job on a violation; warn reports and passes."),
    "on-error": literal("fail-closed", "fail-open").default("fail-closed").describe("When a platform API cannot be read: fail-closed stops without a decision (exit 2); fail-open reports it and decides without those facts."),
    risk: object({
      levels: object({
        medium: number({ min: 0, max: 100 }).default(25),
        high: number({ min: 0, max: 100 }).default(50),
        critical: number({ min: 0, max: 100 }).default(75)
      }).describe("Lowest score of each level; below `medium` is low."),
      "fail-at": levelOrNever.default("critical").describe("Rule risk.fail-at: a violation when the risk level is at least this."),
      factors: object({
        size: object({
          "max-points": number({ min: 0, max: 100 }).default(20),
          "saturate-lines": number({ min: 1, integer: true }).default(2e3).describe("Lines changed that earn the full points."),
          "ignore-paths": globs.default(["**/package-lock.json", "**/yarn.lock", "**/pnpm-lock.yaml", "**/*.lock", "**/go.sum", "**/*.snap"]).describe("Generated files left out of the size.")
        }),
        spread: object({
          "max-points": number({ min: 0, max: 100 }).default(10),
          "saturate-files": number({ min: 1, integer: true }).default(50),
          "saturate-directories": number({ min: 1, integer: true }).default(10)
        }),
        "sensitive-paths": object({
          "max-points": number({ min: 0, max: 100 }).default(40)
        }),
        destructive: object({
          "points-each": number({ min: 0, max: 100 }).default(25),
          "max-points": number({ min: 0, max: 100 }).default(50)
        }),
        "missing-tests": object({
          points: number({ min: 0, max: 100 }).default(10),
          "source-paths": globs.default([
            "**/*.{ts,tsx,js,jsx,mjs,cjs,py,go,rs,java,kt,kts,rb,php,cs,c,cc,cpp,h,hpp,swift,scala,ex,exs,sh}"
          ]),
          "test-paths": globs.default([
            "**/{test,tests,__tests__,spec,specs,testing,e2e}/**",
            "**/*.{test,spec}.*",
            "**/*_{test,spec}.*",
            "**/test_*.py",
            "**/*Test.{java,kt,cs}",
            "**/*Tests.{java,kt,cs,swift}"
          ])
        }),
        "ai-multiplier": number({ min: 1, max: 5 }).default(1.25).describe("Score multiplier for AI-assisted changes.")
      })
    }),
    "sensitive-paths": record(sensitiveGroup).default(DEFAULT_SENSITIVE_GROUPS).describe("Named groups of sensitive paths. Groups given here replace the built-in group of the same name; others are kept."),
    attribution: object({
      identities: array(
        object(
          {
            tool: string({ minLength: 1 }),
            email: optional(string({ minLength: 1 })),
            name: optional(string({ minLength: 1 })),
            login: optional(string({ minLength: 1 }))
          },
          { required: ["tool"] }
        )
      ).default([]).describe("Extra AI identities (author, committer, co-author or request author)."),
      trailers: array(string({ minLength: 1 })).default([]).describe("Extra trailer keys whose presence marks a commit AI-assisted."),
      labels: array(string({ minLength: 1 })).default([]).describe("Extra request labels that mark a change AI-assisted.")
    }),
    ai: object({
      "fail-at-risk": levelOrNever.default("high").describe("Rule ai.fail-at-risk: a violation when an AI-assisted change reaches this risk level.")
    }),
    findings: object({
      scope: literal("new", "changed-lines", "changed-files", "all").default("new"),
      max: severityLimits.default({ critical: 0, high: 0 }),
      tools: record(
        object({
          max: optional(severityLimits),
          severity: optional(record(severity)).describe("Native severity word or rule id \u2192 severity.")
        })
      ).default({}),
      missing: literal("fail", "warn", "ignore").default("fail").describe("When a report glob matches nothing or a file is unreadable."),
      "secret-severity": severity.default("high").describe("Severity of secret findings whose report gives none."),
      "max-report-bytes": number({ min: 1, integer: true }).default(4 * 1024 ** 3).describe("Largest report file accepted; a larger one is a findings.report-unreadable problem."),
      waivers: array(waiver).default([])
    }),
    approvals: object({
      rules: array(approvalRule).default([])
    }),
    declarations: object({
      require: boolean().default(false).describe("A violation when the request carries no AI-Assisted declaration."),
      contradiction: literal("violation", "warning", "ignore").default("warning").describe('What a declaration of "no" contradicted by AI evidence is.')
    })
  },
  { required: ["version"] }
);

// src/core/policy/parse.ts
var MAX_POLICY_BYTES = 256 * 1024;
var MAX_LISTED_ISSUES2 = 50;
var MAX_ALIASES = 64;
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function parsePolicy(text, file) {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_POLICY_BYTES) {
    throw new InputError(
      `Policy ${file} is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES}.`,
      "A policy is a short YAML file; check that the right file was given."
    );
  }
  let doc;
  try {
    doc = text.trim() === "" ? void 0 : load(text, { filename: file, maxAliases: MAX_ALIASES, maxDepth: 64 });
  } catch (e) {
    if (e instanceof YAMLException) {
      const where = e.mark ? `${file}:${e.mark.line + 1}:${e.mark.column + 1}` : file;
      const tag = /^unknown (?:\w+ )?tag (.*)$/.exec(e.reason ?? "");
      if (tag) {
        throw new InputError(
          `Policy ${where}: the YAML tag ${tag[1]} is not allowed; a policy is plain data (strings, numbers, booleans, lists, mappings).${e.mark?.snippet ? `
${e.mark.snippet}` : ""}`,
          'Remove the tag (the text starting with "!") and write the value itself.'
        );
      }
      throw new InputError(
        `Policy ${where}: YAML syntax error: ${e.reason}${e.mark?.snippet ? `
${e.mark.snippet}` : ""}`,
        "Fix the YAML at that line (indentation, a missing colon or quote), then run again."
      );
    }
    throw e;
  }
  if (doc === void 0 || doc === null) {
    throw new InputError(`Policy ${file} is empty.`, 'Start from `version: 1`; see the README "Policy" section.');
  }
  const { value, issues } = validate(policySchema, doc);
  if (!value) {
    const shown = issues.slice(0, MAX_LISTED_ISSUES2).map((i) => `  - ${i.path}: ${i.message}`);
    if (issues.length > MAX_LISTED_ISSUES2) shown.push(`  - \u2026and ${issues.length - MAX_LISTED_ISSUES2} more`);
    const list = shown.join("\n");
    throw new InputError(
      `Policy ${file} is not valid (${issues.length} problem${issues.length === 1 ? "" : "s"}):
${list}`,
      "Fix the keys above; schema/policy.schema.json lists every key, and editors can check it with a `# yaml-language-server: $schema=` line."
    );
  }
  return { policy: withDefaultGroups(value, doc), sha256: sha256(text) };
}
function withDefaultGroups(policy, doc) {
  const given = doc["sensitive-paths"];
  if (given === void 0 || given === null) return policy;
  return { ...policy, "sensitive-paths": { ...structuredClone(DEFAULT_SENSITIVE_GROUPS), ...policy["sensitive-paths"] } };
}
function defaultPolicy() {
  const { value } = validate(policySchema, { version: 1 });
  if (!value) throw new Error("the built-in default policy does not validate");
  return value;
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
    const list = map.get(k);
    if (list) list.push(i);
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
  const pair = (sameLine) => findings.forEach((l, i) => {
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
  pair(true);
  pair(false);
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

// src/core/paths/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var cache = /* @__PURE__ */ new Map();
function globMatcher(patterns) {
  const key = patterns.join("\0");
  const hit = cache.get(key);
  if (hit) return hit;
  const withSlash = patterns.filter((p) => p.includes("/"));
  const nameOnly = patterns.filter((p) => !p.includes("/"));
  const full = withSlash.length ? (0, import_picomatch.default)(withSlash, { dot: true, nocase: true }) : () => false;
  const base = nameOnly.length ? (0, import_picomatch.default)(nameOnly, { dot: true, nocase: true, basename: true }) : () => false;
  const matcher = (path) => full(path) || base(path);
  cache.set(key, matcher);
  return matcher;
}

// src/core/findings/waivers.ts
var EXPIRING_SOON_DAYS = 14;
var DAY_MS = 864e5;
function utcDay(now) {
  return now.toISOString().slice(0, 10);
}
function daysLeft(expires, now) {
  return Math.round((Date.parse(`${expires}T00:00:00Z`) - Date.parse(`${utcDay(now)}T00:00:00Z`)) / DAY_MS);
}
function isExpired(waiver2, now) {
  return daysLeft(waiver2.expires, now) < 0;
}
function hasMatcher(waiver2) {
  return waiver2.rule !== void 0 || waiver2.fingerprint !== void 0 || waiver2.path !== void 0 || waiver2.tool !== void 0;
}
function waiverMatches(waiver2, finding, path) {
  if (!hasMatcher(waiver2)) return false;
  if (waiver2.rule !== void 0 && waiver2.rule !== finding.rule) return false;
  if (waiver2.fingerprint !== void 0 && waiver2.fingerprint !== finding.fingerprint) return false;
  if (waiver2.tool !== void 0 && waiver2.tool.toLowerCase() !== finding.tool.toLowerCase()) return false;
  if (waiver2.path !== void 0 && (path === void 0 || !globMatcher([waiver2.path])(path))) return false;
  return true;
}
function waiverStatus(waiver2, index, now, matched) {
  const status = { index, reason: waiver2.reason, owner: waiver2.owner, expires: waiver2.expires, daysLeft: daysLeft(waiver2.expires, now), matched };
  if (waiver2.rule !== void 0) status.rule = waiver2.rule;
  if (waiver2.fingerprint !== void 0) status.fingerprint = waiver2.fingerprint;
  if (waiver2.path !== void 0) status.path = waiver2.path;
  if (waiver2.tool !== void 0) status.tool = waiver2.tool;
  return status;
}
function describeWaiver(w) {
  const parts = [];
  if (w.rule !== void 0) parts.push(`rule ${w.rule}`);
  if (w.tool !== void 0) parts.push(`tool ${w.tool}`);
  if (w.path !== void 0) parts.push(`path ${w.path}`);
  if (w.fingerprint !== void 0) parts.push(`fingerprint ${w.fingerprint}`);
  return `findings.waivers[${w.index}]${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
function plural(n, word2) {
  return `${n} ${word2}${n === 1 ? "" : "s"}`;
}
function expiredViolation(w) {
  const covered = w.matched > 0 ? ` The ${plural(w.matched, "finding")} it covered count again.` : "";
  return {
    rule: "findings.waiver-expired",
    message: `The waiver ${describeWaiver(w)} owned by ${w.owner} expired on ${w.expires}.${covered}`,
    remediation: `Fix what it covered and remove the waiver, or, if the exception still holds, have ${w.owner} renew it with a later expires date.`,
    level: "warning"
  };
}
function unusedViolation(w) {
  const why = w.rule === void 0 && w.fingerprint === void 0 && w.path === void 0 && w.tool === void 0 ? "names no rule, fingerprint, path or tool, so it matches nothing" : "matched no finding in the reports read";
  return {
    rule: "findings.waiver-unused",
    message: `The waiver ${describeWaiver(w)} owned by ${w.owner} ${why}.`,
    remediation: "If the finding it covered is fixed, remove it from the policy; otherwise correct its rule, tool, path or fingerprint to match the report.",
    level: "warning"
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
  for (const l of all) {
    if (l.finding.suppressed) {
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
    waivers: { expired: expiredList, unused, expiringSoon },
    scope,
    violations: [...thresholds.violations, ...expiredList.map(expiredViolation), ...unused.map(unusedViolation)]
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
  return JSON.stringify([sorted(set.users), sorted(set.teams), sorted(set.owners)]);
}
function mergeApproverSets(a, b) {
  return { ...a, ownedFiles: unique([...a.ownedFiles, ...b.ownedFiles]) };
}
function ownerMatches(owner, login, teams) {
  if (!owner.startsWith("@") || owner.startsWith("@@")) return false;
  const o = norm(owner);
  if (!o.includes("/") && o === login) return true;
  return teams.includes(o);
}
function viaOf(approval2, set) {
  if (set.anyone) return "any-reviewer";
  const login = norm(approval2.login);
  const teams = (approval2.teams ?? []).map(norm);
  if (set.users.some((u) => norm(u) === login)) return "user";
  const team = set.teams.find((t) => teams.includes(norm(t)));
  if (team !== void 0) return `team:${team}`;
  if (set.owners.some((o) => ownerMatches(o, login, teams))) return "codeowner";
  return void 0;
}

// src/core/oversight/count-approvals.ts
var lower = (s) => s.trim().replace(/^@+/, "").toLowerCase();
function isBotLogin(approval2) {
  return approval2.isBot === true || /\[bot\]$/i.test(approval2.login.trim());
}
function isStale(approval2, headSha) {
  if (approval2.commitSha === void 0) return false;
  const given = approval2.commitSha.trim().toLowerCase();
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
  const all = facts.files.flatMap(pathsOf);
  if (when.paths === void 0) return { rule, files: all };
  const match = globMatcher(when.paths);
  const files = all.filter(match);
  return files.length ? { rule, files } : void 0;
}
function applicableTiers(rules, facts) {
  return rules.map((r) => applyTier(r, facts)).filter((t) => t !== void 0);
}

// src/core/oversight/types.ts
var GOVERNANCE_TIER = "governance-change";

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
    labels: input.request?.labels ?? []
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
  return {
    applicable: true,
    required,
    observed: request.approvals,
    satisfied: required.every((r) => r.satisfied),
    violations: required.filter((r) => !r.satisfied).map(violationOf),
    notes,
    wouldApply: []
  };
}

// src/core/oversight/codeowners-pattern.ts
var escapeRe = (c) => c.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
function bracketClass(p, start) {
  let i = start + 1;
  let negate = false;
  if (p[i] === "!" || p[i] === "^") {
    negate = true;
    i++;
  }
  let body = "";
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === "]" && !first) return { re: negate ? `[^/${body}]` : `(?!/)[${body}]`, end: i };
    first = false;
    if (c === "\\" && i + 1 < p.length) {
      body += escapeRe(p[++i]);
    } else if (c === "-" && body !== "" && p[i + 1] !== "]") {
      body += "-";
    } else {
      body += escapeRe(c);
    }
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
      if (cls) {
        re2 += cls.re;
        i = cls.end;
      } else re2 += "\\[";
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
  const childrenOnly = lastSeg === "*" && (anchored || segments.length > 1);
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
var SECTION_HEADER = /^(\^)?\[([^\]]+)\](?:\[(\d+)\])?(?:\s+(.*))?$/;
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
function ownerTokens(text, lineNo, problems) {
  const owners = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (token.startsWith("#")) break;
    if (isOwnerToken(token)) owners.push(token);
    else problems.push(`line ${lineNo}: "${token}" is not an owner (expected @user, @org/team or an email address); ignored`);
  }
  return owners;
}
function looksLikeGitlab(text) {
  return text.split(/\r?\n/).some((l) => /^\^?\[[^\]]+\](?:\[\d+\])?(?:\s|$)/.test(l.trim()));
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
function parseCodeowners(text, syntax) {
  const flavour = syntax ?? (looksLikeGitlab(text) ? "gitlab" : "github");
  const entries = [];
  const problems = [];
  const sections = /* @__PURE__ */ new Map();
  sections.set(DEFAULT_SECTION, { name: DEFAULT_SECTION, optional: false, approvals: 1 });
  let section = DEFAULT_SECTION;
  let defaults = [];
  text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const line2 = raw.trim();
    if (line2 === "" || line2.startsWith("#")) return;
    const header = flavour === "gitlab" ? SECTION_HEADER.exec(line2) : null;
    if (header) {
      const name = header[2].trim();
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
    entries.push({
      line: lineNo,
      pattern: written,
      owners: exclusion ? [] : listed2.length || flavour === "github" ? listed2 : defaults,
      section,
      exclusion,
      test: compileCodeownersPattern(pattern, flavour)
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

// src/core/attribution/catalogue.ts
var UNSPECIFIED_TOOL = "unknown AI tool";
var GENERIC_AI_LABELS = ["ai-assisted", "ai-generated"];
function row(r) {
  return {
    emails: [],
    domains: [],
    mailboxes: [],
    logins: [],
    agentNames: [],
    nameSuffixes: [],
    messageMarkers: [],
    sessionLinks: [],
    requestAuthors: [],
    branchPatterns: [],
    bodyMarkers: [],
    labels: [],
    namedAs: [],
    ...r
  };
}
var AI_TOOLS = [
  // Copilot coding agent: author `Copilot <198982749+Copilot@users.noreply.github.com>` (also shown
  // as copilot-swe-agent[bot]) with the requester as co-author (copilot-coding-agent/user-feedback#76,
  // bytedance/deer-flow), branches `copilot/<slug>`. Copilot CLI adds
  // `Co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>` and `Copilot-Session: <uuid>`
  // (github/copilot-cli#1455, ghostty-org/ghostty); accepted review suggestions and Autofix credit
  // `<175728472+Copilot@users.noreply.github.com>` or "Copilot Autofix powered by AI"
  // `<223894421+github-code-quality[bot]@users.noreply.github.com>` (erigontech/erigon, elastic/eui);
  // VS Code's AI co-author setting writes `Copilot <copilot@github.com>` (microsoft/vscode#296435);
  // Copilot Workspace linked `copilot-workspace.githubnext.com` sessions (cline/cline).
  row({
    id: "github-copilot",
    tool: "GitHub Copilot",
    emails: ["copilot@github.com"],
    logins: ["Copilot", "copilot-swe-agent[bot]", "github-code-quality[bot]"],
    agentNames: [/^(?:github )?copilot(?: autofix(?: powered by ai)?| agent| cli| coding agent)?$/i],
    sessionLinks: [/\bcopilot-workspace\.githubnext\.com\//i],
    requestAuthors: ["copilot-swe-agent"],
    branchPatterns: [/^copilot\//],
    labels: ["copilot"],
    namedAs: [/\b(?:github )?copilot(?: autofix| workspace| cli| coding agent| agent)?\b/i]
  }),
  // Claude Code: `Co-Authored-By: Claude <noreply@anthropic.com>` (the name often carries the model,
  // "Claude Opus 4.5") and `🤖 Generated with [Claude Code](https://claude.com/claude-code)`
  // (anthropics/claude-code#19925); Claude Code on the web commits as `Claude <noreply@anthropic.com>`
  // (anthropics/claude-code#18715) with `Claude-Session: https://claude.ai/code/session_<id>`, or the
  // bare link as last line (google-gemini/gemini-cli); the Claude GitHub app is claude[bot] (209825114),
  // the agent on GitHub commits as anthropic-code-agent[bot] `<242468646+Claude@users.noreply.github.com>`
  // (bytedance/deer-flow); claude-code-action names branches `claude/...` (its action.yml).
  row({
    id: "claude-code",
    tool: "Claude Code",
    emails: ["noreply@anthropic.com"],
    logins: ["claude[bot]", "Claude", "anthropic-code-agent[bot]"],
    agentNames: [/^claude[ -]code$/i],
    messageMarkers: [/^(?:🤖\s*)?Generated with \[?Claude Code\b/i],
    sessionLinks: [/\bclaude\.ai\/code\/session_/i],
    branchPatterns: [/^claude\//],
    namedAs: [/\bclaude[ -]code\b/i]
  }),
  // Claude without a client named: kernel `Assisted-by: Claude:claude-opus-4-6` (Documentation/process/
  // coding-assistants.rst; btrfs, net patches), OpenStack `Assisted-By: Claude Opus 4.6`, and
  // `Co-authored-by: Claude <claude@anthropic.com>` (fedora-infra, rust-lang) — an Anthropic mailbox
  // that is not Claude Code's noreply address.
  row({
    id: "claude",
    tool: "Claude",
    domains: ["anthropic.com", "claude.ai", "claude.com"],
    mailboxes: ["claude"],
    namedAs: [/\bclaude\b/i]
  }),
  // Cursor: agent commits and co-author `Cursor Agent <cursoragent@cursor.com>`, the
  // `Made-with: Cursor` trailer (added with `git commit --trailer`), the cursor[bot] app (206951365).
  // Cloud agent PRs say "This pull request contains changes generated by a Cursor Cloud Agent" and
  // link `https://cursor.com/agents/bc-<uuid>` and `https://cursor.com/background-agent?bcId=bc-<uuid>`
  // (gitbutlerapp/grit#345, sanity-io/sanity#14270); editor PRs end `Made with [Cursor](https://cursor.com)`
  // (getsentry/sentry-docs#16597); background agents commit "Changes from background agent bc-<uuid>"
  // (google-gemini/gemini-cli). Agent branches are `cursor/<slug>-<4 hex of the agent id>`; a bare
  // `cursor/` prefix is not enough, people name branches after the text cursor.
  row({
    id: "cursor",
    tool: "Cursor",
    emails: ["cursoragent@cursor.com"],
    domains: ["cursor.com", "cursor.sh", "anysphere.co"],
    mailboxes: ["cursoragent", "cursor"],
    logins: ["cursor[bot]"],
    agentNames: [/^cursor(?: agent| ai| cloud agent)$/i],
    messageMarkers: [/^Made-with:\s*Cursor\s*$/i],
    sessionLinks: [/\bcursor\.com\/agents(?:\/|\?id=)bc-/i, /\bcursor\.com\/background-agent\?bcId=bc-/i],
    branchPatterns: [/^cursor\/[A-Za-z0-9._-]+-[0-9a-f]{4}$/],
    bodyMarkers: [
      /\bchanges generated by a Cursor Cloud Agent\b/i,
      /^Made with \[Cursor\]\(https:\/\/cursor\.com\/?\)/i,
      /\bChanges from background agent bc-[0-9a-f]{8}-[0-9a-f-]{27}\b/i
    ],
    namedAs: [/\bcursor(?: agent| ai| ide)?\b/i]
  }),
  // Aider: appends " (aider)" to the author and committer names and, with --attribute-co-authored-by,
  // adds `Co-authored-by: aider (<model>) <aider@aider.chat>` (Aider-AI/aider aider/repo.py); other
  // builds write `<noreply@aider.chat>` or `<noreply@aider.dev>` (ei-grad). --attribute-commit-message-author
  // prefixes the subject with "aider: ".
  row({
    id: "aider",
    tool: "Aider",
    emails: ["aider@aider.chat", "noreply@aider.chat", "noreply@aider.dev"],
    domains: ["aider.chat", "aider.dev"],
    mailboxes: ["aider"],
    agentNames: [/^aider(?: \([^()]+\))?$/i],
    nameSuffixes: [" (aider)"],
    messageMarkers: [/^aider: \S/],
    namedAs: [/\baider\b/i]
  }),
  // OpenAI Codex: the CLI's prepare-commit-msg hook adds `Co-authored-by: Codex <noreply@openai.com>`
  // (openai/codex codex-rs/core/src/command_attribution.rs); agents configured by hand commit as
  // `Codex <codex@openai.com>` or `Codex <codex@local>` (openai/codex forks); Codex cloud opens branches
  // `codex/<slug>` and links `https://chatgpt.com/codex/tasks/task_e_<hex>`; its GitHub app is
  // chatgpt-codex-connector[bot] (199175422). The kernel form is `Assisted-by: Codex:GPT-5`.
  row({
    id: "openai-codex",
    tool: "OpenAI Codex",
    emails: ["noreply@openai.com"],
    domains: ["openai.com"],
    mailboxes: ["codex"],
    logins: ["chatgpt-codex-connector[bot]"],
    agentNames: [/^(?:openai )?codex(?: cli| agent| cloud)?$/i],
    sessionLinks: [/\bchatgpt\.com\/codex\/tasks\/task_/i],
    branchPatterns: [/^codex\//],
    namedAs: [/\b(?:openai )?codex(?: cli| cloud)?\b/i]
  }),
  // ChatGPT named as the assistant: kernel-style `Assisted-by: ChatGPT:gpt-5.5` (Linux netdev patches).
  row({
    id: "chatgpt",
    tool: "ChatGPT",
    domains: ["chatgpt.com"],
    mailboxes: ["chatgpt"],
    namedAs: [/\bchatgpt\b/i]
  }),
  // Devin: commits and PRs by devin-ai-integration[bot] (158243242), shown as "Devin AI"; PR bodies
  // with `Link to Devin run: https://app.devin.ai/sessions/<32 hex>` and `Requested by: ...`
  // (digitaldemocracy2030/idobata, calcom/cal.diy#26683), branches `devin/<unix time>-<slug>`.
  // "Open with Devin" review badges (app.devin.ai/review/...) appear on human PRs and do not count.
  row({
    id: "devin",
    tool: "Devin",
    domains: ["devin.ai", "cognition.ai"],
    mailboxes: ["devin"],
    logins: ["devin-ai-integration[bot]"],
    agentNames: [/^devin ai$/i],
    sessionLinks: [/\bapp\.devin\.ai\/sessions\/[0-9a-f]{32}\b/i],
    requestAuthors: ["devin-ai-integration"],
    branchPatterns: [/^devin\/\d{10}-/],
    namedAs: [/\bdevin(?: ai)?\b/i]
  }),
  // Google Jules: google-labs-jules[bot] (161369871) authors commits and PRs; the PR body ends
  // `*PR created automatically by Jules for task [<id>](https://jules.google.com/task/<id>) started by @<user>*`;
  // its branches are `jules/<slug>-<task id>` (Aider-AI/aider forks).
  row({
    id: "google-jules",
    tool: "Google Jules",
    logins: ["google-labs-jules[bot]"],
    branchPatterns: [/^jules\/[\w.-]+-\d{12,}$/],
    requestAuthors: ["google-labs-jules"],
    sessionLinks: [/\bjules\.google\.com\/task\/\d+/i],
    namedAs: [/\b(?:google )?jules\b/i]
  }),
  // Gemini Code Assist: accepting one of its review suggestions credits
  // `gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>` (sgl-project/sglang).
  row({
    id: "gemini-code-assist",
    tool: "Gemini Code Assist",
    logins: ["gemini-code-assist[bot]"],
    namedAs: [/\bgemini code assist\b/i]
  }),
  // Gemini CLI writes no trailer of its own; the identities its users configure are the gemini-cli
  // account `<218195315+gemini-cli@users.noreply.github.com>` and `Gemini CLI <gemini-cli@google.com>`;
  // run-gemini-cli commits as gemini-cli[bot] (google-gemini/gemini-cli). gemini-cli-robot@google.com
  // is the project's release automation, not the agent.
  row({
    id: "gemini-cli",
    tool: "Gemini CLI",
    emails: ["gemini-cli@google.com"],
    logins: ["gemini-cli", "gemini-cli[bot]"],
    agentNames: [/^gemini[ -]cli$/i],
    namedAs: [/\bgemini[ -]cli\b/i]
  }),
  // Gemini named as the assistant: `Assisted-by: Gemini:gemini-3.1-pro-preview` (linux perf tools),
  // and co-authors `Gemini`, `Gemini <gemini@google.com>`, `Google Gemini <noreply@google.com>`
  // (google-gemini/gemini-cli).
  row({
    id: "gemini",
    tool: "Gemini",
    agentNames: [/^(?:google )?gemini$/i],
    namedAs: [/\bgemini\b/i]
  }),
  // Google Antigravity, named in Apache template answers: "`Gemini 3 Pro (High)` on `Antigravity`" (apache/spark).
  row({
    id: "google-antigravity",
    tool: "Google Antigravity",
    namedAs: [/\b(?:google )?antigravity\b/i]
  }),
  // Amazon Q Developer: amazon-q-developer[bot] (208079219); its agent pushes branches
  // `Q-DEV-issue-<issue>-<unix time>`; its documentation job ends commits "Auto-generated by Q"
  // (aws/amazon-q-developer-cli).
  row({
    id: "amazon-q",
    tool: "Amazon Q Developer",
    logins: ["amazon-q-developer[bot]"],
    requestAuthors: ["amazon-q-developer"],
    messageMarkers: [/^Auto-generated by (?:Amazon )?Q(?: Developer)?\s*$/],
    branchPatterns: [/^Q-DEV-issue-\d+-\d+$/],
    namedAs: [/\bamazon q(?: developer)?\b/i, /\bQ Developer\b/]
  }),
  // Kiro (the successor of the Amazon Q Developer CLI): the kiro-agent[bot] app (245459735) and
  // the kiro-agent account (244629292), shown as "Kiro Agent" (kirodotdev repositories).
  row({
    id: "kiro",
    tool: "Kiro",
    domains: ["kiro.dev"],
    mailboxes: ["kiro"],
    logins: ["kiro-agent[bot]", "kiro-agent"],
    agentNames: [/^kiro agent$/i],
    namedAs: [/\bkiro\b/i]
  }),
  // Amp: intercepts `git commit` and appends `Co-authored-by: Amp <amp@ampcode.com>` and
  // `Amp-Thread-ID: https://ampcode.com/threads/T-<uuid>` (ghostty-org/ghostty, wevm/viem).
  row({
    id: "amp",
    tool: "Amp",
    emails: ["amp@ampcode.com"],
    domains: ["ampcode.com"],
    mailboxes: ["amp"],
    sessionLinks: [/\bampcode\.com\/threads\/T-/i],
    namedAs: [/\bAmp\b/, /\bampcode\b/i]
  }),
  // OpenHands: its system prompt commits as, or co-authors with, `openhands <openhands@all-hands.dev>`,
  // with the model in the name or mailbox (`OpenHands-GPT-5`, `openhands-claude@all-hands.dev`); before
  // the rename it was `OpenDevin <opendevin@opendevin.ai>` (All-Hands-AI/OpenHands history). The
  // resolver pushes `openhands-fix-issue-<n>` branches and opens PRs as openhands-agent.
  row({
    id: "openhands",
    tool: "OpenHands",
    emails: ["openhands@all-hands.dev"],
    domains: ["all-hands.dev", "opendevin.ai"],
    mailboxes: ["openhands", "opendevin"],
    logins: ["openhands-agent", "openhands-ai[bot]"],
    agentNames: [/^(?:openhands|opendevin)(?:[- ][\w.() -]+)?$/i],
    branchPatterns: [/^openhands-fix-(?:issue|pr)-\d+/],
    namedAs: [/\bopenhands\b/i, /\bopendevin\b/i]
  }),
  // Sweep: the sweep-ai[bot] app (and its sweep-nightly / sweep-canary builds) opens PRs from
  // `sweep/<slug>` branches ending "This is an automated message generated by [Sweep AI](https://sweep.dev)"
  // (sweepai/sweep).
  row({
    id: "sweep",
    tool: "Sweep",
    logins: ["sweep-ai[bot]", "sweep-nightly[bot]", "sweep-canary[bot]"],
    branchPatterns: [/^sweep\//],
    bodyMarkers: [/\bautomated message generated by \[?Sweep AI\b/i],
    namedAs: [/\bsweep(?:\.dev| ai)\b/i, /\bSweep\b/]
  }),
  // Windsurf: the windsurf-bot[bot] review app (189301087) is credited when its suggestions are
  // accepted. The editor itself adds no trailer.
  row({
    id: "windsurf",
    tool: "Windsurf",
    logins: ["windsurf-bot[bot]"],
    namedAs: [/\bwindsurf\b/i, /\bcodeium\b/i]
  }),
  // GitLab Duo Agent Platform: a commit-msg hook adds `Co-authored-by: GitLab Duo <duo@gitlab.com>`
  // and `Duo-Session: <instance>/<project>/-/automate/agent-sessions/<id>` (gitlab-org/gitlab);
  // the executor commits as duo.workflow.agent@gitlab.com (ai-assist#1487) and MRs are opened by
  // the duo-developer service account (gitlab-org/gitlab#554163).
  row({
    id: "gitlab-duo",
    tool: "GitLab Duo",
    emails: ["duo@gitlab.com", "duo.workflow.agent@gitlab.com"],
    logins: ["duo-developer"],
    agentNames: [/^gitlab duo$/i],
    messageMarkers: [/^Duo-Session:\s*https?:\/\/\S+\/-\/automate\/agent-sessions\//i],
    namedAs: [/\bgitlab duo\b/i, /\bDuo\b/]
  }),
  // Qwen Code: adds `Co-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>` (QwenLM/qwen-code#2899).
  row({
    id: "qwen-code",
    tool: "Qwen Code",
    emails: ["qwen-coder@alibabacloud.com"],
    agentNames: [/^qwen[ -]code(?:r)?$/i],
    namedAs: [/\bqwen(?:[ -]code(?:r)?)?\b/i]
  }),
  // Crush (Charm): "💘 Generated with Crush" (also 🤖, 💖, 🐰) and `Assisted-by: <model> via Crush
  // <crush@charm.land>`; earlier releases co-authored as `Crush <noreply@crush.charm.land>` and
  // "Charm Crush", and as `<model> via Crush <charmcrush@users.noreply.github.com>` (charmbracelet/crush).
  row({
    id: "crush",
    tool: "Crush",
    emails: ["crush@charm.land", "noreply@crush.charm.land"],
    domains: ["charm.land", "charm.sh"],
    mailboxes: ["crush"],
    logins: ["charmcrush"],
    agentNames: [/^(?:charm )?crush$/i],
    namedAs: [/\b(?:charm )?Crush\b/]
  }),
  // opencode: "🤖 Generated with [opencode](https://opencode.ai)" and
  // `Co-Authored-By: opencode <noreply@opencode.ai>`; agents set up by hand commit as
  // `OpenCode Agent <agent@opencode.local>`; the GitHub app is opencode-agent[bot] (sst/opencode).
  row({
    id: "opencode",
    tool: "opencode",
    emails: ["noreply@opencode.ai"],
    domains: ["opencode.ai", "opencode.local"],
    mailboxes: ["opencode"],
    logins: ["opencode-agent[bot]"],
    agentNames: [/^opencode(?: agent)?$/i],
    namedAs: [/\bopencode\b/i]
  }),
  // Continue: "Generated with [Continue](https://continue.dev)" and
  // `Co-Authored-By: Continue <noreply@continue.dev>`; its agents commit as continue[bot] (230936708),
  // continue-staging[bot] (230944351) or `Continue Agent <noreply@continue.dev>` (continuedev/continue).
  row({
    id: "continue",
    tool: "Continue",
    emails: ["noreply@continue.dev"],
    domains: ["continue.dev"],
    mailboxes: ["continue"],
    logins: ["continue[bot]"],
    agentNames: [/^continue agent$/i],
    namedAs: [/\bContinue(?= ?(?:\]|\(|agent\b|Agent\b|CLI\b|\.dev\b))/, /\bcontinue\.dev\b/i]
  }),
  // Kimi Code (Moonshot AI): `Co-Authored-By: Kimi K2.7 Code <noreply@kimi.com>`.
  row({
    id: "kimi-code",
    tool: "Kimi Code",
    emails: ["noreply@kimi.com"],
    domains: ["kimi.com", "moonshot.ai", "moonshot.cn"],
    mailboxes: ["kimi"],
    agentNames: [/^kimi(?: k\d[\w.]*)?(?: code| cli)$/i],
    namedAs: [/\bkimi(?: code| cli)\b/i]
  }),
  // Roo Code: the Roomote cloud agent commits as `Roo Code <roomote@roocode.com>` and roomote[bot]
  // (219738659, earlier roomote-v0[bot]) (RooCodeInc/Roo-Code).
  row({
    id: "roo-code",
    tool: "Roo Code",
    emails: ["roomote@roocode.com"],
    domains: ["roocode.com"],
    mailboxes: ["roomote", "roo"],
    logins: ["roomote[bot]"],
    agentNames: [/^roo ?code$/i, /^roomote$/i],
    namedAs: [/\broo ?code\b/i, /\broomote\b/i]
  }),
  // Cline: its agent account `Cline Agent <cline-agent@users.noreply.github.com>` authors and co-authors
  // commits (cline/cline). A person surnamed Cline is not the agent.
  row({
    id: "cline",
    tool: "Cline",
    domains: ["cline.bot"],
    mailboxes: ["cline"],
    logins: ["cline-agent"],
    agentNames: [/^cline agent$/i],
    namedAs: [/\bcline\b/i]
  }),
  // Factory's Droid: `Co-authored-by: factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>`
  // (bytedance/deer-flow).
  row({
    id: "factory-droid",
    tool: "Factory Droid",
    domains: ["factory.ai"],
    mailboxes: ["droid"],
    logins: ["factory-droid[bot]"],
    agentNames: [/^(?:factory )?droid$/i],
    namedAs: [/\bfactory(?:[- ]ai)?[- ]droid\b/i, /\bDroid\b/]
  }),
  // Warp's agent: `Co-Authored-By: Warp <agent@warp.dev>` (massenz repositories); its cloud agent Oz
  // writes `Oz <oz-agent@warp.dev>`.
  row({
    id: "warp",
    tool: "Warp",
    emails: ["agent@warp.dev"],
    domains: ["warp.dev"],
    mailboxes: ["oz", "warp"],
    namedAs: [/\bWarp(?: AI| Agent)?\b/]
  }),
  // Augment: its agent app commits as augment-app-staging[bot] (182802480) with itself and the
  // requester as co-authors (augmentcode repositories).
  row({
    id: "augment",
    tool: "Augment",
    domains: ["augmentcode.com"],
    mailboxes: ["augment", "auggie"],
    logins: ["augment-app[bot]"],
    namedAs: [/\bAugment(?: Code| Agent)?\b/, /\bauggie\b/i]
  }),
  // Ellipsis: ellipsis-dev[bot] (65095814) authors "[Ellipsis] fix: ..." commits (RooCodeInc/Roo-Code).
  row({
    id: "ellipsis",
    tool: "Ellipsis",
    logins: ["ellipsis-dev[bot]"],
    namedAs: [/\bellipsis\.dev\b/i]
  }),
  // ForgeCode: `Co-Authored-By: ForgeCode <noreply@forgecode.dev>` (tailcallhq/forgecode).
  row({
    id: "forgecode",
    tool: "ForgeCode",
    emails: ["noreply@forgecode.dev"],
    domains: ["forgecode.dev"],
    mailboxes: ["forge"],
    agentNames: [/^forge ?code$/i],
    namedAs: [/\bforge ?code\b/i]
  }),
  // claude-flow, an agent orchestrator: `Co-Authored-By: claude-flow <ruv@ruv.net>` (ruvnet/claude-flow users).
  row({
    id: "claude-flow",
    tool: "claude-flow",
    agentNames: [/^claude-flow$/i],
    namedAs: [/\bclaude-flow\b/i]
  }),
  // Pi, the coding agent: named in disclosures, "I used Pi with GPT-5.6 ..." (ghostty-org/ghostty).
  row({
    id: "pi",
    tool: "Pi",
    namedAs: [/(?<!Raspberry\s)\bPi\b(?!\s?\d)/]
  }),
  // JetBrains Junie: instructions ask it to add `Co-authored-by: Junie <junie@jetbrains.com>`; its
  // GitHub account is junie-agent (247260674) (T45K/github-diary).
  row({
    id: "junie",
    tool: "Junie",
    emails: ["junie@jetbrains.com"],
    logins: ["junie-agent"],
    namedAs: [/\bJunie\b/]
  }),
  // Block's goose: `Co-Authored-By: goose <goose@block.xyz>` or `<goose-agent@block.xyz>`, and the
  // aaif-goose account (271095942).
  row({
    id: "goose",
    tool: "goose",
    emails: ["goose@block.xyz", "goose-agent@block.xyz"],
    logins: ["aaif-goose"],
    namedAs: [/\bgoose(?= ?(?:\]|agent|by block))/i, /\bGoose\b/]
  }),
  // Replit Agent: checkpoint commits carry `Replit-Commit-Author: Agent` with
  // `Replit-Commit-Session-Id:` and `Replit-Commit-Checkpoint-Type:` trailers.
  row({
    id: "replit",
    tool: "Replit Agent",
    messageMarkers: [/^Replit-Commit-Author:\s*(?:Agent|Assistant)\s*$/i],
    namedAs: [/\breplit(?: agent| ai)?\b/i]
  }),
  // Lovable: the project's agent commits as gpt-engineer-app[bot], GitHub login lovable-dev[bot] (159125892).
  row({
    id: "lovable",
    tool: "Lovable",
    logins: ["gpt-engineer-app[bot]", "lovable-dev[bot]"],
    namedAs: [/\bLovable\b/]
  }),
  // Cosine's agent co-authors as `Cosine <agent@cosine.sh>` (Aider-AI/aider).
  row({
    id: "cosine",
    tool: "Cosine",
    emails: ["agent@cosine.sh"],
    domains: ["cosine.sh"],
    mailboxes: ["genie"],
    namedAs: [/\bcosine\.sh\b/i, /\bCosine Genie\b/]
  }),
  // Mistral Vibe: "Generated by Mistral Vibe." and `Co-Authored-By: Mistral Vibe <vibe@mistral.ai>`
  // (modelcontextprotocol/python-sdk).
  row({
    id: "mistral-vibe",
    tool: "Mistral Vibe",
    emails: ["vibe@mistral.ai"],
    domains: ["mistral.ai"],
    mailboxes: ["vibe"],
    namedAs: [/\bmistral vibe\b/i]
  }),
  // Codegen: codegen-sh[bot] opens and commits to pull requests.
  row({
    id: "codegen",
    tool: "Codegen",
    logins: ["codegen-sh[bot]"]
  }),
  // Tembo: tembo[bot] opens agent pull requests.
  row({
    id: "tembo",
    tool: "Tembo",
    logins: ["tembo[bot]"]
  }),
  // Kilo Code: kilo-code-bot[bot].
  row({
    id: "kilo-code",
    tool: "Kilo Code",
    logins: ["kilo-code-bot[bot]"],
    namedAs: [/\bkilo ?code\b/i]
  }),
  // AI reviewers whose suggestions, once accepted, credit the app as co-author:
  // `coderabbitai[bot] <136622811+...>`, `greptile-apps[bot] <165735046+...>`, `cubic-dev-ai[bot] <191113872+...>`.
  row({ id: "coderabbit", tool: "CodeRabbit", logins: ["coderabbitai[bot]"], namedAs: [/\bcoderabbit\b/i] }),
  row({ id: "greptile", tool: "Greptile", logins: ["greptile-apps[bot]"], namedAs: [/\bgreptile\b/i] }),
  row({ id: "cubic", tool: "cubic", logins: ["cubic-dev-ai[bot]"] })
];

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
function findModel(text) {
  let best;
  for (const family of MODEL_FAMILIES) {
    for (const p of family.patterns) {
      const m = p.exec(text);
      if (m && (!best || m[0].length > best.model.length)) best = { model: m[0].trim(), family, index: m.index };
    }
  }
  return best;
}
function isModelName(text) {
  const t = text.replace(/[`*_]/g, "").trim();
  const m = findModel(t);
  return m !== void 0 && m.index === 0 && m.model.length >= t.length - 1;
}

// src/core/attribution/tool-names.ts
function toolMentions(text, options) {
  const found2 = [];
  for (const id of options.identities) {
    const i = id.tool ? text.toLowerCase().indexOf(id.tool.toLowerCase()) : -1;
    if (i >= 0) found2.push({ tool: id.tool, index: i, length: id.tool.length });
  }
  for (const t of AI_TOOLS) {
    for (const re2 of t.namedAs) {
      const g = new RegExp(re2.source, re2.flags.includes("g") ? re2.flags : `${re2.flags}g`);
      for (const m of text.matchAll(g)) found2.push({ tool: t.tool, index: m.index, length: m[0].length });
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
function toolNamedIn(text, options) {
  const mentions = toolMentions(text, options);
  if (!mentions.length) return void 0;
  return mentions.reduce((best, m) => m.length > best.length ? m : best).tool;
}
function toolNamedExactly(text, options) {
  const t = text.trim();
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
function loginMatches(row2, login) {
  const l = login.toLowerCase();
  const unchannelled = l.replace(APP_CHANNEL, "");
  return row2.logins.some((x) => {
    const y = x.toLowerCase();
    return y === l || y.endsWith("[bot]") && y === unchannelled;
  });
}
function splitEmail(email) {
  const at2 = email.lastIndexOf("@");
  return at2 < 1 ? void 0 : { mailbox: email.slice(0, at2), domain: email.slice(at2 + 1) };
}
var onDomain = (row2, domain) => row2.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
function domainMatches(row2, email) {
  const parts = splitEmail(email);
  if (!parts || !onDomain(row2, parts.domain)) return false;
  if (GENERIC_AGENT_MAILBOXES.has(parts.mailbox)) return true;
  return row2.mailboxes.some((b) => parts.mailbox === b || parts.mailbox.startsWith(`${b}-`));
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
  const named2 = toolNamedExactly(person.name, NO_OPTIONS2);
  if (named2 && domain && (PLACEHOLDER_DOMAIN.test(domain) || AI_TOOLS.some((t) => onDomain(t, domain)))) return { tool: named2, by: "name" };
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
function readableLines(text) {
  const blank = (c) => c.replace(/[^\n]/g, "");
  const uncommented = text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank).replace(/<blockquote\b[\s\S]*?(?:<\/blockquote>|$)/gi, blank);
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

// src/core/own-entry.ts
function ownEntry(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
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
function parseDeclarationValue(text) {
  const cleaned = text.replace(MARKUP, " ").trim().toLowerCase();
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
      const where = `the ${requestNoun(request)} description`;
      const values2 = new Set(found2.map((f) => f.value));
      if (values2.size === 1) return { value: found2[0].value, source: `${found2[0].text} in ${where}` };
      const value2 = mostAiWard(found2);
      const listed3 = found2.map((f) => `${f.text} (${f.value})`).join(", ");
      return { value: value2, source: `conflicting statements in ${where}: ${listed3}; the most AI-ward, "${value2}", is kept` };
    }
  }
  const trailers = [];
  for (const c of commits) {
    const list = c.trailers.length ? c.trailers : parseTrailers(c.message);
    for (const t of list) {
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
function named(text, options) {
  const model = findModel(text);
  const masked = model ? text.slice(0, model.index) + " ".repeat(model.model.length) + text.slice(model.index + model.model.length) : text;
  const tools = [...new Set(toolMentions(masked, options).map((m) => m.tool))];
  if (!tools.length && model?.family.tool) tools.push(model.family.tool);
  return { tools, ...model ? { model: model.model } : {} };
}
function found(value, text, options, context) {
  const own2 = named(text, options);
  const around = !own2.tools.length && context ? named(context, options) : void 0;
  const tools = around ? around.tools : own2.tools;
  const model = own2.model ?? around?.model;
  const one = value.length > 200 ? `${value.slice(0, 197)}...` : value;
  return (tools.length ? tools : [UNSPECIFIED_TOOL]).map((tool) => ({ value: one, tool, ...model ? { model } : {} }));
}
function aiPrefix(rest, options) {
  const skipped = /^[\s[(`*_"']*(?:(?:the|an?)\s+)?/i.exec(rest)[0].length;
  const r = rest.slice(skipped);
  const word2 = AI_WORDS.exec(r)?.[0].length ?? 0;
  const tool = toolMentions(r.slice(0, 40), options).find((t) => t.index === 0)?.length ?? 0;
  const model = findModel(r.slice(0, 40));
  const length = Math.max(word2, tool, model?.index === 0 ? model.model.length : 0);
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
  const first = lines[index + 1];
  if (!first || isHeading(first)) return [];
  return lines.slice(index + 1).filter((l) => l.paragraph === first.paragraph && !isHeading(l));
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
    const text = line2.text.replace(MARKUP2, "");
    const m = SECTION.exec(text) ?? QUESTION.exec(text);
    const plain = m ? void 0 : PLAIN.exec(text);
    if (!m && !plain) return;
    const sameLine = (m ?? plain)[1].trim();
    const answerLines = sameLine ? restOfParagraph(lines, i) : nextParagraph(lines, i);
    const answer = [sameLine, ...answerLines.map((l) => l.text)].filter(Boolean).join(" ").replace(MARKUP2, "");
    const says = m ? answerSaysAi(answer, options) : plainSaysAi(answer, options);
    if (says) out.push(...found(`${text} ${sameLine ? "" : answer}`.trim(), answer, options));
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
function actorStatements(text, options) {
  const out = [];
  for (const m of text.matchAll(SENTENCE_START)) {
    const at2 = m.index + m[0].length;
    const length = aiPrefix(text.slice(at2), options);
    if (!length || !ACTOR_VERB.test(text.slice(at2 + length))) continue;
    const sentence = text.slice(at2).split(/(?<=[.!?])\s/)[0];
    out.push(...found(sentence, sentence, options));
  }
  return out;
}
var NEGATED_BEFORE = /\b(?:no|not|without|never|n['’]t)\b[^.?!]{0,25}$/i;
function disclosureStatements(paragraphs, options) {
  const out = [];
  for (const p of paragraphs) {
    const text = p.text.replace(MARKUP2, "");
    out.push(...actorStatements(text, options));
    const self = SELF_DESCRIBED.exec(text);
    if (self) {
      const sentence = text.slice(self.index).replace(/^[.!]\s+/, "").split(/(?<=[.!?])\s/)[0];
      out.push(...found(sentence, sentence, options));
    }
    for (const { re: re2, needsTask } of STATEMENTS) {
      for (const m of text.matchAll(re2)) {
        const start = m.index + m[0].length;
        const rest = text.slice(start);
        if (!aiAt(rest, options)) continue;
        if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length - (m[0].match(/\S+\s*$/)?.[0].length ?? 0)))) continue;
        const sentenceEnd = rest.search(/[.!?](?:\s|$)/);
        const object4 = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest.slice(0, 160);
        if (needsTask) {
          const afterObject = /^(?:an?\s+|the\s+)?(?:[\w.:/-]+(?:\s+(?:code|cli|agent|ai|assistant|pro|flash|opus|sonnet|haiku|[\d.]+|\([^)]*\)))*)\s+(.*)$/i.exec(object4.replace(/^[\s[(`"']+/, ""));
          if (!afterObject || !TASKS.test(afterObject[1])) continue;
        }
        const sentenceStart = Math.max(text.lastIndexOf(". ", m.index) + 1, 0);
        const value = text.slice(sentenceStart, start + (sentenceEnd >= 0 ? sentenceEnd + 1 : object4.length)).trim();
        out.push(...found(value, object4, options, text));
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
function modelOf(text) {
  const t = clean2(text).replace(/^\(|\)$/g, "").trim();
  if (!t) return void 0;
  return findModel(t)?.model;
}
function toolOf(text, options) {
  return toolNamedIn(text, options) ?? findModel(text)?.family.tool;
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
    const first = rest.split(/\s+/)[0];
    const tool2 = toolOf(kernel[1], options);
    const recognised = findModel(first) ? first : modelOf(rest);
    const model2 = recognised ?? (tool2 ? /\s/.test(rest) ? rest : first : void 0);
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
function sessionLink(text) {
  for (const t of AI_TOOLS) {
    for (const re2 of t.sessionLinks) {
      const m = re2.exec(text);
      if (m) return { tool: t.tool, link: /\S*$/.exec(text.slice(0, m.index))[0] + text.slice(m.index).split(/[\s)>\]]/)[0] };
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
    const id = matchIdentity(parsePerson(value.replace(/[`*]/g, "")), options);
    if (!id) return void 0;
    const signal = SIGN_OFF_KEYS.has(key) ? "sign-off-trailer" : "co-author-trailer";
    return { signal, value: shown, key, tool: id.tool, ...id.model ? { model: id.model } : {} };
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
    const named2 = toolNamedIn(m[1].split("-")[0], options);
    const link = sessionLink(value);
    if (link) return { signal: "trailer", value: shown, key, tool: link.tool };
    if (named2) return { signal: "trailer", value: shown, key, tool: named2 };
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
function restoreLines(text) {
  const body = text.replace(/\n+$/, "");
  const first = body.split("\n", 1)[0];
  if (first.includes("\\n\\n")) return body.replace(/\\n/g, "\n");
  if (!body.includes("\n")) {
    const parts = body.split(/\s{2,}(?=\S)/);
    if (parts.length > 1 && parts.slice(1).some((p) => TRAILER_LINE.test(p) || GENERATED_WITH.test(p))) return parts.join("\n\n");
  }
  if (/^commit [0-9a-f]{40}$/m.test(body) && /^Author: /m.test(body)) return body.replace(/^ {4}/gm, "");
  return text;
}
function markersIn(text, options, read11) {
  const lines = readableLines(restoreLines(text));
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
  const list = [];
  const seen = /* @__PURE__ */ new Set();
  return {
    list,
    add(e) {
      const key = `${e.signal}\0${e.tool}\0${e.value}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ ...e, value: e.value.slice(0, MAX_VALUE), ...commit ? { commit } : {} });
    }
  };
}
function inTrailerBlock(trailers, key, value) {
  return key !== void 0 && trailers.some((t) => `${t.key}: ${t.value}`.toLowerCase() === value.toLowerCase());
}
function attributeCommit(commit, options) {
  const { add, list: evidence } = evidenceList(commit.sha);
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
  return { sha: commit.sha, aiAssisted: evidence.length > 0, tools: toolsOf(evidence), models: modelsOf(evidence), evidence };
}
function toolsOf(evidence) {
  const tools = [...new Set(evidence.map((e) => e.tool))];
  const named2 = tools.filter((t) => t !== UNSPECIFIED_TOOL);
  return named2.length > 0 ? named2 : tools;
}
function modelsOf(evidence) {
  return [...new Set(evidence.flatMap((e) => e.model ? [e.model] : []))];
}

// src/core/attribution/detect-request.ts
var MAX_VALUE2 = 300;
function attributeRequest(request, options) {
  const noun = requestNoun(request);
  const evidence = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (e) => {
    const key = `${e.signal}\0${e.tool}\0${e.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    evidence.push({ ...e, value: e.value.slice(0, MAX_VALUE2) });
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
  return evidence;
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
function parseRequestedBy(text) {
  const login = LOGIN.exec(text)?.[1];
  const email = EMAIL2.exec(text)?.[0];
  let name = text.replace(/\[(@[^\]]*)\]\([^)]*\)/g, "$1").replace(EMAIL2, "").replace(new RegExp(LOGIN.source, "g"), " ").replace(/\(\s*\)/g, " ").replace(/\s+\/\s*$|^\s*\/\s+/g, " ").replace(/\s+/g, " ").replace(/^[\s,/*_-]+|[\s,/*_-]+$/g, "");
  if (!/[\p{L}\p{N}]/u.test(name)) name = "";
  if (!login && !email && !name) return void 0;
  return compact({ login, name: name || void 0, email });
}
function fromBody(request, options) {
  const body = (request.body ?? "").replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const where = `${requestNoun(request)} description`;
  const jules = JULES_FOOTER.exec(body);
  if (jules) return { login: jules[1], source: `Jules footer in the ${where}` };
  const byDevin = attributeRequest(request, options).some((e) => e.tool === "Devin");
  if (!byDevin) return void 0;
  for (const line2 of body.split(/\r?\n/)) {
    const m = REQUESTED_BY.exec(line2);
    const who = m ? parseRequestedBy(m[1]) : void 0;
    if (who) return { ...who, source: `"Requested by" line in the ${where}` };
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
function shareWithLineData(evidence, method, lineShare) {
  if (lineShare >= evidence.aiShare) {
    const note = evidence.aiShare > 0 ? `; commit and request evidence alone shows ${percent(evidence.aiShare)}` : "";
    return { aiShare: lineShare, shareMethod: method, shareNote: `From ${method} line-level data carried by the change${note}.` };
  }
  return {
    ...evidence,
    shareNote: `The ${method} line-level data carried by the change attributes ${percent(lineShare)} of the added lines to AI, less than the ${percent(evidence.aiShare)} that commit and request evidence shows; data the change brings can raise the share, never lower it, so ${percent(evidence.aiShare)} is kept.`
  };
}
function attributeChange(change, options, lineLevel) {
  const commits = change.commits.map((c) => attributeCommit(c, options));
  const mergedRequest = change.mergedRequest ? foldMergedRequest(commits, change.mergedRequest, options) : void 0;
  const request = change.request ? attributeRequest(change.request, options) : [];
  const lineData = lineLevel && lineLevel.method !== "none" ? lineLevel : void 0;
  const aiAssisted = commits.some((c) => c.aiAssisted) || request.length > 0 || (lineData?.aiLines ?? 0) > 0;
  const lineMethod = lineData?.method === "git-ai" || lineData?.method === "agent-trace" ? lineData.method : void 0;
  const fromEvidence = evidenceShare(change, commits, request);
  const share = lineData && lineMethod ? shareWithLineData(fromEvidence, lineMethod, round3(lineData.share ?? 0)) : fromEvidence;
  const named2 = [.../* @__PURE__ */ new Set([...commits.flatMap((c) => c.tools), ...request.map((e) => e.tool), ...lineData?.tools ?? []])].sort();
  const tools = named2.length > 1 ? named2.filter((t) => t !== UNSPECIFIED_TOOL) : named2;
  const models = [.../* @__PURE__ */ new Set([...commits.flatMap((c) => c.models), ...modelsOf(request), ...lineData?.models ?? []])];
  const declaration = readDeclaration(change.request, change.commits);
  const requester = findRequester(change.request, change.commits, options);
  return {
    aiAssisted,
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
    const evidence = [
      ...a.commits.flatMap((c) => c.evidence),
      ...a.requestEvidence.filter((e) => e.signal !== "declaration")
    ];
    const lineAi = a.lineLevel?.aiLines ?? 0;
    if (evidence.length || lineAi > 0) {
      const first = evidence[0];
      const what = first ? `${first.signal} "${first.value}" (${first.tool})` : `${lineAi} lines attributed to AI by ${a.lineLevel?.method}`;
      out.push({
        rule: "declarations.contradicted",
        message: `The change is declared not AI-assisted (${a.declaration.source}), but ${evidence.length + (lineAi > 0 ? 1 : 0)} AI signal(s) were found, e.g. ${what}.`,
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

// src/core/risk/destructive.ts
var TERRAFORM = /\.(tf|tf\.json)$/i;
var YAML = /\.ya?ml$/i;
var SQL = /\.sql$/i;
var MIGRATION_PATH = /(^|\/)(migrations?|migrate|alembic\/versions|flyway|liquibase)\//i;
function needsContent(file, isSensitive) {
  const p = file.path;
  if (file.binary) return false;
  if (TERRAFORM.test(p) || SQL.test(p) || MIGRATION_PATH.test(p)) return true;
  if (file.status === "deleted" && YAML.test(p)) return true;
  return isSensitive(p);
}
var RESOURCE = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"/;
function terraform(patch) {
  const ops = [];
  const added = new Set(patch.added.map((l) => RESOURCE.exec(l)).filter(Boolean).map((m) => `${m[1]}.${m[2]}`));
  for (const line2 of patch.removed) {
    const m = RESOURCE.exec(line2);
    if (m && !added.has(`${m[1]}.${m[2]}`)) {
      ops.push({ kind: "terraform-resource-removed", path: patch.path, detail: `Terraform resource ${m[1]}.${m[2]} removed (destroyed on apply)`, reversible: false });
    }
  }
  const removedGuard = patch.removed.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l));
  const keptGuard = patch.added.some((l) => /^\s*prevent_destroy\s*=\s*true\b/.test(l));
  if (removedGuard && !keptGuard) {
    ops.push({ kind: "terraform-prevent-destroy-removed", path: patch.path, detail: "prevent_destroy = true removed", reversible: true });
  }
  if (patch.added.some((l) => /^\s*prevent_destroy\s*=\s*false\b/.test(l))) {
    ops.push({ kind: "terraform-prevent-destroy-false", path: patch.path, detail: "prevent_destroy set to false", reversible: true });
  }
  if (patch.added.some((l) => /^\s*force_destroy\s*=\s*true\b/.test(l))) {
    ops.push({ kind: "terraform-force-destroy", path: patch.path, detail: "force_destroy = true (deletes contents with the resource)", reversible: true });
  }
  return ops;
}
var SQL_OPS = [
  { kind: "sql-drop", pattern: /\bDROP\s+(TABLE|DATABASE|SCHEMA|COLUMN|VIEW|INDEX|TYPE)\b(?:\s+IF\s+EXISTS)?\s*([\w."`\[\]]*)/i, detail: (m) => `DROP ${m[1].toUpperCase()} ${m[2] ?? ""}`.trim() },
  { kind: "sql-truncate", pattern: /\bTRUNCATE\b(?:\s+TABLE)?\s*([\w."`\[\]]*)/i, detail: (m) => `TRUNCATE ${m[1] ?? ""}`.trim() },
  { kind: "sql-delete-unbounded", pattern: /\bDELETE\s+FROM\s+([\w."`\[\]]+)\s*(?:;|$)/i, detail: (m) => `DELETE FROM ${m[1]} without WHERE` },
  { kind: "orm-drop", pattern: /\b(drop_table|remove_column|drop_column|RemoveField|DeleteModel|dropTable|dropColumn|removeColumn|op\.drop_table|op\.drop_column)\b/, detail: (m) => `${m[1]} in a migration` }
];
var DOWN_STEP = /(\bdef\s+down\b|\bdef\s+downgrade\b|\+migrate\s+Down|\+goose\s+Down|\bexports\.down\b|\basync\s+down\s*\(|\bdown\s*\(|\bfunction\s+down\b|\breversible\b)/i;
function migrations(patch, changedPaths) {
  const ops = [];
  const hasDown = patch.added.some((l) => DOWN_STEP.test(l)) || [...changedPaths].some((p) => p !== patch.path && /\.down\.sql$/i.test(p) && p.replace(/\.down\.sql$/i, "") === patch.path.replace(/\.up\.sql$/i, ""));
  for (const line2 of patch.added) {
    if (/^\s*(--|#|\/\/)/.test(line2)) continue;
    for (const op of SQL_OPS) {
      const m = op.pattern.exec(line2);
      if (m) {
        const down = hasDown ? "" : " (no down step)";
        ops.push({ kind: op.kind, path: patch.path, detail: `${op.detail(m)}${down}`, reversible: false });
        break;
      }
    }
  }
  return ops;
}
function isKubernetesManifest(lines) {
  return lines.some((l) => /^apiVersion:\s*\S/.test(l)) && lines.some((l) => /^kind:\s*\S/.test(l));
}
function detectDestructive(files, patches, isSensitive) {
  const ops = [];
  const byPath = new Map(patches.map((p) => [p.path, p]));
  const changedPaths = new Set(files.map((f) => f.path));
  for (const file of files) {
    const patch = byPath.get(file.path);
    const fileOps = [];
    if (patch && TERRAFORM.test(file.path)) fileOps.push(...terraform(patch));
    if (patch && (SQL.test(file.path) || MIGRATION_PATH.test(file.path))) fileOps.push(...migrations(patch, changedPaths));
    if (file.status === "deleted" && fileOps.length === 0) {
      const groups = isSensitive(file.path);
      if (patch && YAML.test(file.path) && isKubernetesManifest(patch.removed)) {
        fileOps.push({ kind: "kubernetes-manifest-deleted", path: file.path, detail: "Kubernetes manifest deleted (its objects are pruned on the next sync)", reversible: true });
      } else if (groups.length) {
        fileOps.push({ kind: "sensitive-file-deleted", path: file.path, detail: `sensitive file deleted (${groups.join(", ")})`, reversible: true });
      }
    }
    ops.push(...fileOps);
  }
  return ops;
}

// src/core/risk/sensitive.ts
function sensitiveGroupsOf(policy, policyPath) {
  const groups = Object.entries(policy["sensitive-paths"]).filter(([, g]) => g.paths.length > 0).map(([name, g]) => ({ name, match: globMatcher(g.paths) }));
  return (path) => {
    const names = groups.filter((g) => g.match(path)).map((g) => g.name);
    if (policyPath && path === policyPath && !names.includes("governance") && policy["sensitive-paths"].governance) names.push("governance");
    return names;
  };
}

// src/core/risk/score.ts
var MAX_LISTED = 20;
function round1(n) {
  return Math.round(n * 10) / 10;
}
function plural2(n, word2, many = `${word2}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word2 : many}`;
}
function directoryOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}
function levelFor(score, levels) {
  if (score >= levels.critical) return "critical";
  if (score >= levels.high) return "high";
  if (score >= levels.medium) return "medium";
  return "low";
}
function assessRisk(input) {
  const { policy, files } = input;
  const f = policy.risk.factors;
  const factors = [];
  const ignored = globMatcher(f.size["ignore-paths"]);
  const counted = files.filter((x) => !x.binary && !ignored(x.path));
  const lines = counted.reduce((n, x) => n + x.additions + x.deletions, 0);
  const sizePoints = round1(f.size["max-points"] * Math.sqrt(Math.min(1, lines / f.size["saturate-lines"])));
  factors.push({
    id: "size",
    points: sizePoints,
    detail: `${plural2(lines, "line")} changed (full ${f.size["max-points"]} points at ${f.size["saturate-lines"].toLocaleString("en-US")} lines; generated files and lockfiles not counted)`,
    files: []
  });
  const dirs = new Set(files.map((x) => directoryOf(x.path)));
  const spread = f.spread;
  const spreadPoints = round1(
    spread["max-points"] / 2 * Math.min(1, files.length / spread["saturate-files"]) + spread["max-points"] / 2 * Math.min(1, dirs.size / spread["saturate-directories"])
  );
  factors.push({
    id: "spread",
    points: spreadPoints,
    detail: `${plural2(files.length, "file")} in ${plural2(dirs.size, "directory", "directories")}`,
    files: []
  });
  const groupsOf = sensitiveGroupsOf(policy, input.policyPath);
  const byGroup = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const g of groupsOf(file.path)) byGroup.set(g, [...byGroup.get(g) ?? [], file.path]);
    if (file.previousPath) {
      for (const g of groupsOf(file.previousPath)) {
        if (!byGroup.get(g)?.includes(file.path)) byGroup.set(g, [...byGroup.get(g) ?? [], file.path]);
      }
    }
  }
  let sensitiveBudget = f["sensitive-paths"]["max-points"];
  for (const [name, paths] of [...byGroup].sort((a, b) => (policy["sensitive-paths"][b[0]]?.points ?? 0) - (policy["sensitive-paths"][a[0]]?.points ?? 0))) {
    const group = policy["sensitive-paths"][name];
    const points = Math.min(group.points, sensitiveBudget);
    sensitiveBudget -= points;
    const capped = points < group.points ? ` (capped: sensitive paths add at most ${f["sensitive-paths"]["max-points"]})` : "";
    factors.push({
      id: `sensitive:${name}`,
      points,
      detail: `${group.description ?? name}: ${plural2(paths.length, "file")}${capped}`,
      files: paths.slice(0, MAX_LISTED)
    });
  }
  const destructive = detectDestructive(files, input.patches, groupsOf);
  if (destructive.length) {
    const points = Math.min(f.destructive["max-points"], destructive.length * f.destructive["points-each"]);
    factors.push({
      id: "destructive",
      points,
      detail: `${plural2(destructive.length, "destructive operation")}: ${destructive.slice(0, 5).map((d) => d.detail).join("; ")}${destructive.length > 5 ? "; \u2026" : ""}`,
      files: [...new Set(destructive.map((d) => d.path))].slice(0, MAX_LISTED)
    });
  }
  const isSource = globMatcher(f["missing-tests"]["source-paths"]);
  const isTest = globMatcher(f["missing-tests"]["test-paths"]);
  const live = files.filter((x) => x.status !== "deleted");
  const tests = live.filter((x) => isTest(x.path));
  const sources = live.filter((x) => isSource(x.path) && !isTest(x.path) && x.additions + x.deletions > 0);
  let testing;
  if (sources.length && !tests.length) {
    factors.push({
      id: "missing-tests",
      points: f["missing-tests"].points,
      detail: `${plural2(sources.length, "source file")} changed and no test changed`,
      files: sources.map((x) => x.path).slice(0, MAX_LISTED)
    });
    testing = `No test changed alongside ${plural2(sources.length, "source file")}.`;
  } else if (sources.length) {
    testing = `${plural2(tests.length, "test file")} changed alongside ${plural2(sources.length, "source file")}.`;
  } else {
    testing = tests.length ? `Only tests changed (${plural2(tests.length, "file")}).` : "No source code changed.";
  }
  const base = factors.reduce((n, x) => n + x.points, 0);
  if (input.aiAssisted && policy.risk.factors["ai-multiplier"] > 1) {
    const extra = round1(base * (policy.risk.factors["ai-multiplier"] - 1));
    factors.push({
      id: "ai-assisted",
      points: extra,
      detail: `AI-assisted change: score \xD7 ${policy.risk.factors["ai-multiplier"]}`,
      files: []
    });
  }
  const score = Math.min(100, Math.round(factors.reduce((n, x) => n + x.points, 0)));
  const touched = [...byGroup.keys()].map((g) => policy["sensitive-paths"][g]?.description ?? g);
  const blastRadius = `${plural2(files.length, "file")} in ${plural2(dirs.size, "directory", "directories")}, ${plural2(lines, "line")}` + (touched.length ? `; touches ${touched.join(", ")}.` : "; no sensitive paths.");
  const irreversible = destructive.filter((d) => !d.reversible);
  const rollback = destructive.length ? `${irreversible.length ? `Not undone by a revert: ${irreversible.slice(0, 3).map((d) => `${d.detail} in ${d.path}`).join("; ")}${irreversible.length > 3 ? "; \u2026" : ""}. ` : ""}${plural2(destructive.length, "destructive operation")} in all.` : "A revert undoes this change: no destructive operation found.";
  return {
    score,
    level: levelFor(score, policy.risk.levels),
    factors,
    destructive,
    questions: { blastRadius, testing, rollback, auditability: input.auditability }
  };
}

// src/core/evaluate.ts
function atLeast(level2, threshold) {
  return threshold !== "never" && RISK_LEVELS.indexOf(level2) >= RISK_LEVELS.indexOf(threshold);
}
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
  const mode = input.mode ?? policy.mode;
  const attribution = attributeChange(change, policy.attribution, input.lineLevel);
  const risk = assessRisk({
    policy,
    files: change.files,
    patches: change.patches,
    aiAssisted: attribution.aiAssisted,
    policyPath: input.policyInfo.path,
    auditability: auditabilitySentence(change, attribution)
  });
  const violations = [];
  const failAt = policy.risk["fail-at"];
  if (atLeast(risk.level, failAt)) {
    violations.push({
      rule: "risk.fail-at",
      message: `Risk is ${risk.level} (${risk.score}/100); the policy fails changes at ${failAt} or above.`,
      remediation: "Split the change into smaller pull requests, or reduce what it touches (see the risk factors); a policy owner can raise risk.fail-at.",
      level: "error"
    });
  }
  const aiFailAt = policy.ai["fail-at-risk"];
  if (attribution.aiAssisted && atLeast(risk.level, aiFailAt)) {
    violations.push({
      rule: "ai.fail-at-risk",
      message: `This AI-assisted change is ${risk.level} risk (${risk.score}/100); the policy stops AI-assisted changes at ${aiFailAt} or above.`,
      remediation: "Split the AI-assisted work into smaller changes, or have a human rework the riskiest parts (see the risk factors) so it falls below the threshold.",
      level: "error"
    });
  }
  violations.push(...declarationViolations(policy.declarations, change, attribution));
  violations.push(...agentSignOffViolations(attribution));
  const governance = governanceChanges(change, input.policyInfo, input.governancePaths ?? []);
  const oversight = evaluateOversight({
    rules: policy.approvals.rules,
    request: change.request,
    files: change.files,
    headSha: change.head,
    aiAssisted: attribution.aiAssisted,
    riskLevel: risk.level,
    requester: attribution.requester,
    codeowners: input.codeowners?.codeowners,
    isAiIdentity: (login) => matchLogin(login, policy.attribution) !== void 0,
    governanceChanges: governance
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
  const notes = [...input.platformWarnings ?? [], ...oversight.notes];
  if (input.policyInfo.path && change.files.some((f) => f.path === input.policyInfo.path || f.previousPath === input.policyInfo.path)) {
    notes.push(`This change edits the policy file ${input.policyInfo.path}; it was judged under the policy from ${input.policyInfo.source}, not the edited one.`);
  }
  const owners = governance.filter((p) => CODEOWNERS_LOCATIONS.includes(p));
  if (owners.length) notes.push(`This change edits ${owners.join(", ")}; code owners were taken from the base, not the edited file, and the edit needs a code owner's sign-off.`);
  const runners = governance.filter((p) => (input.governancePaths ?? []).includes(p));
  if (runners.length) {
    notes.push(`This change edits ${runners.join(", ")}, which runs this gate: the pipeline that produced this result comes from the change itself, so the edit needs a code owner's sign-off before the result can be trusted.`);
  }
  return { mode, attribution, risk, ...findings ? { findings } : {}, oversight, violations, decision: decide(violations, mode), notes };
}

// src/gather/reports/gather.ts
import { resolve as resolve4 } from "node:path";

// src/gather/reports/collect.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { readdir, stat } from "node:fs/promises";
import { join, posix, resolve as resolve2 } from "node:path";
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
  const scan = import_picomatch2.default.scan(pattern);
  if (!scan.isGlob) return await exists(resolve2(cwd, pattern)) ? [pattern] : [];
  const base = scan.base;
  const isMatch = (0, import_picomatch2.default)(scan.glob, { dot: true });
  const maxDepth = scan.glob.includes("**") ? Infinity : scan.glob.split("/").length;
  const relative2 = await walk(resolve2(cwd, base), maxDepth);
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

// src/gather/reports/load.ts
import { createHash as createHash3 } from "node:crypto";
import { constants as bufferConstants } from "node:buffer";
import { readFile, stat as stat2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

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
function fromWord(word2) {
  if (typeof word2 !== "string") return "unknown";
  return ownEntry(WORDS2, word2.trim().toLowerCase()) ?? "unknown";
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
  return ownEntry(SARIF_LEVELS, level2) ?? "medium";
}
var CODE_QUALITY = { blocker: "critical", critical: "high", major: "medium", minor: "low", info: "info" };
function fromCodeQuality(word2) {
  return typeof word2 === "string" ? ownEntry(CODE_QUALITY, word2.toLowerCase()) ?? "unknown" : "unknown";
}
function fromSemgrep(word2) {
  const w = typeof word2 === "string" ? word2.toLowerCase() : "";
  if (w === "info") return "low";
  if (w === "experiment" || w === "inventory") return "info";
  return ownEntry(SARIF_LEVELS, w) ?? fromWord(word2);
}

// src/gather/reports/readers/json-path.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function firstObject(value) {
  if (!Array.isArray(value)) return void 0;
  const first = value[0];
  return isObject(first) ? first : void 0;
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
  constructor(value, at2) {
    this.at = at2;
    if (!isObject(value)) at2.fail("an object", value);
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
    const at2 = this.at.key(key);
    if (!Array.isArray(v)) return at2.fail("an array", v);
    return v.map((value, i) => ({ value, at: at2.index(i) }));
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
  const at2 = JsonPath.root(report, formatName);
  if (!Array.isArray(doc)) return at2.fail("an array", doc);
  return doc.map((value, i) => new Obj(value, at2.index(i)));
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
  return finding;
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
function requiredObject(value, at2) {
  return isObject(value) ? value : at2().fail("an object", value);
}
function object2(o, key, at2) {
  const v = o?.[key];
  if (v === void 0 || v === null || isObject(v)) return v ?? void 0;
  return at2().key(key).fail("an object", v);
}
function array2(o, key, at2) {
  const v = o?.[key];
  if (v === void 0 || v === null) return [];
  return Array.isArray(v) ? v : at2().key(key).fail("an array", v);
}
function string2(o, key, at2) {
  const v = o?.[key];
  if (v === void 0 || v === null || typeof v === "string") return v ?? void 0;
  return at2().key(key).fail("a string", v);
}
function integer(o, key, at2) {
  const v = o?.[key];
  if (v === void 0 || v === null || typeof v === "number" && Number.isInteger(v)) return v ?? void 0;
  return at2().key(key).fail("an integer", v);
}
function line(o, key, at2) {
  const v = integer(o, key, at2);
  if (v === void 0 || v === 0) return void 0;
  return v > 0 ? v : at2().key(key).fail("a line number (a positive integer)", v);
}
function child(at2, key) {
  return () => at2().key(key);
}
function element(at2, key, index) {
  return () => at2().key(key).index(index);
}
function requireSupportedVersion(log, at2, report) {
  const version = string2(log, "version", at2) ?? versionFromSchema(string2(log, "$schema", at2));
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
    const tool = object2(run, "tool", runAt);
    const driver = object2(tool, "driver", toolAt);
    this.tool = string2(driver, "name", child(toolAt, "driver")) ?? "unknown";
    this.driverRules = rulesOf(driver, child(toolAt, "driver"));
    this.extensionRules = array2(tool, "extensions", toolAt).map((ext, i) => rulesOf(requiredObject(ext, element(toolAt, "extensions", i)), element(toolAt, "extensions", i)));
    this.artifacts = array2(run, "artifacts", runAt);
    this.uriBases = object2(run, "originalUriBaseIds", runAt);
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
    for (let j = 0; j < results.length; j++) findings.push(this.result(results[j], j));
    return findings;
  }
  /** The finding of `results[index]` — the one place a result becomes a finding, in memory or streamed. */
  result(value, index) {
    const at2 = () => this.runAt().key("results").index(index);
    return this.finding(requiredObject(value, at2), at2);
  }
  finding(result, at2) {
    const ruleRef = object2(result, "rule", at2);
    const ruleRefAt = child(at2, "rule");
    const ruleId = string2(result, "ruleId", at2) ?? string2(ruleRef, "id", ruleRefAt);
    const rule = this.resolveRule(result, at2, ruleRef, ruleRefAt, ruleId);
    const ruleProperties = rule === void 0 ? void 0 : object2(rule.value, "properties", rule.at);
    const level2 = resolveLevel(result, at2, rule);
    const securitySeverity = object2(result, "properties", at2)?.["security-severity"] ?? ruleProperties?.["security-severity"];
    const location = this.location(result, at2);
    const ruleName = firstText(ruleId, rule === void 0 ? void 0 : string2(rule.value, "id", rule.at));
    return makeFinding(this.ctx, {
      tool: this.tool,
      rule: this.shared(ruleName ?? "unknown"),
      severity: fromSarif(level2, securitySeverity),
      nativeSeverity: this.shared(securitySeverityUsed(securitySeverity) ?? level2),
      message: message(result, at2, rule) ?? ruleName ?? "",
      path: location.path,
      startLine: location.startLine,
      endLine: location.endLine,
      fingerprint: fingerprint(result, at2),
      suppressed: isSuppressed(result, at2),
      baselineState: baselineState(result, at2)
    });
  }
  /** The spec's order: an index (into the driver, or the extension `rule.toolComponent` names), else the id. */
  resolveRule(result, at2, ruleRef, ruleRefAt, ruleId) {
    const componentIndex = integer(object2(ruleRef, "toolComponent", ruleRefAt), "index", child(ruleRefAt, "toolComponent"));
    const rules = componentIndex === void 0 ? this.driverRules : this.extensionRules[componentIndex];
    const index = integer(result, "ruleIndex", at2) ?? integer(ruleRef, "index", ruleRefAt);
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
  location(result, at2) {
    const locations = array2(result, "locations", at2);
    if (locations.length === 0) return {};
    const firstAt = element(at2, "locations", 0);
    const physicalAt = child(firstAt, "physicalLocation");
    const physical = object2(requiredObject(locations[0], firstAt), "physicalLocation", firstAt);
    if (physical === void 0) return {};
    const region = object2(physical, "region", physicalAt);
    const startLine = line(region, "startLine", child(physicalAt, "region"));
    const endLine = line(region, "endLine", child(physicalAt, "region")) ?? startLine;
    const artifactLocation = object2(physical, "artifactLocation", physicalAt);
    return { path: this.artifactPath(artifactLocation, child(physicalAt, "artifactLocation")), startLine, endLine };
  }
  artifactPath(artifactLocation, at2) {
    if (artifactLocation === void 0) return void 0;
    let uri = string2(artifactLocation, "uri", at2);
    let baseId = string2(artifactLocation, "uriBaseId", at2);
    if (uri === void 0) {
      const index = integer(artifactLocation, "index", at2);
      if (index === void 0 || index < 0 || index >= this.artifacts.length) return void 0;
      const artifactAt = element(this.runAt, "artifacts", index);
      const location = object2(requiredObject(this.artifacts[index], artifactAt), "location", artifactAt);
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
    const base = object2(this.uriBases, baseId, basesAt);
    const baseUri = string2(base, "uri", child(basesAt, baseId));
    if (baseUri === void 0) return uri;
    const resolvedBase = this.resolveBase(baseUri, string2(base, "uriBaseId", child(basesAt, baseId)), seen);
    if (hasScheme(resolvedBase) && !/^file:/i.test(resolvedBase)) return uri;
    return resolvedBase.endsWith("/") ? `${resolvedBase}${uri}` : `${resolvedBase}/${uri}`;
  }
};
function rulesOf(component, at2) {
  return array2(component, "rules", at2).map((value, i) => {
    const ruleAt = element(at2, "rules", i);
    return { value: requiredObject(value, ruleAt), at: ruleAt };
  });
}
function resolveLevel(result, at2, rule) {
  const level2 = string2(result, "level", at2);
  if (level2 !== void 0) return level2;
  const kind = string2(result, "kind", at2);
  if (kind !== void 0 && kind !== "fail") return "none";
  if (rule === void 0) return "warning";
  return string2(object2(rule.value, "defaultConfiguration", rule.at), "level", child(rule.at, "defaultConfiguration")) ?? "warning";
}
function securitySeverityUsed(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") return void 0;
  const text = value.trim();
  return Number.isFinite(Number(text)) || fromWord(text) !== "unknown" ? text : void 0;
}
function message(result, at2, rule) {
  const msgAt = child(at2, "message");
  const msg = object2(result, "message", at2);
  const args = array2(msg, "arguments", msgAt).map((a) => typeof a === "string" || typeof a === "number" || typeof a === "boolean" ? String(a) : `(${Array.isArray(a) ? "list" : typeof a})`);
  const direct = firstText(string2(msg, "text", msgAt), string2(msg, "markdown", msgAt));
  if (direct !== void 0) return fillPlaceholders(direct, args);
  if (rule === void 0) return void 0;
  const id = string2(msg, "id", msgAt);
  if (id !== void 0) {
    const stringsAt = child(rule.at, "messageStrings");
    const template = object2(object2(rule.value, "messageStrings", rule.at), id, stringsAt);
    const text = firstText(string2(template, "text", child(stringsAt, id)), string2(template, "markdown", child(stringsAt, id)));
    if (text !== void 0) return fillPlaceholders(text, args);
  }
  const short3 = object2(rule.value, "shortDescription", rule.at);
  const full = object2(rule.value, "fullDescription", rule.at);
  return firstText(string2(short3, "text", child(rule.at, "shortDescription")), string2(full, "text", child(rule.at, "fullDescription")));
}
function fillPlaceholders(text, args) {
  if (!text.includes("{") && !text.includes("}")) return text;
  return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, n) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return args[Number(n)] ?? match;
  });
}
function fingerprint(result, at2) {
  const partial = object2(result, "partialFingerprints", at2);
  const primary = partial?.primaryLocationLineHash;
  if (typeof primary === "string" && primary !== "") return primary;
  return serialise(partial) ?? serialise(object2(result, "fingerprints", at2));
}
function serialise(map) {
  if (map === void 0) return void 0;
  const keys = Object.keys(map).filter((k) => typeof map[k] === "string" || typeof map[k] === "number" && Number.isFinite(map[k])).sort();
  return keys.length > 0 ? keys.map((k) => `${k}=${String(map[k])}`).join(";") : void 0;
}
function isSuppressed(result, at2) {
  return array2(result, "suppressions", at2).some((s, i) => {
    const sAt = element(at2, "suppressions", i);
    const status = string2(requiredObject(s, sAt), "status", sAt);
    return status === void 0 || status === "accepted";
  });
}
function baselineState(result, at2) {
  const state = string2(result, "baselineState", at2);
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
function vulnerabilityAt(value, index, ctx) {
  return new Obj(value, JsonPath.root(ctx.report, FORMAT_NAME2).key("vulnerabilities").index(index));
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
      suppressed: extra?.boolean("is_ignored") === true
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
      suppressed: r.number("status") === IGNORED
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
  beginKey(at2) {
    this.expectKey = false;
    this.keyParts = [];
    this.keyStart = at2;
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
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw this.syntaxError("element", this.elementOffset, text, e.message);
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
  element(path, index, value) {
    const state = this.runs.get(path[1]);
    if (state?.reader === void 0) return;
    try {
      state.findings.push(state.reader.result(value, index));
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
import { open as open2 } from "node:fs/promises";
var CHUNK_SIZE = 1 << 20;
async function* utf8Chunks(file, onRaw) {
  const handle = await open2(file, "r");
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
  let text;
  try {
    text = skeletonBytes.toString("utf8");
  } catch {
    return { kind: "other", sha256: sha2562 };
  }
  if (sarif.runs.size === 0 && !gitlab.streamed) return { kind: "whole", text, sha256: sha2562 };
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
function tooLarge2(path, size, limit) {
  return new InputError(
    `${path}: the report is ${size === void 0 ? `more than ${limit}` : size} bytes; the policy allows at most ${limit} (findings.max-report-bytes).`,
    "Check that the path names the scanner report, or raise findings.max-report-bytes in the policy."
  );
}
var STREAM_ABOVE = 8 * 1024 * 1024;
var MAX_STRING = bufferConstants.MAX_STRING_LENGTH;
async function readReport(path, ctx, cwd) {
  const file = cwd === void 0 ? path : resolve3(cwd, path);
  const size = await regularFileSize(file);
  const limit = ctx.maxBytes ?? MAX_REPORT_BYTES;
  if (size !== void 0 && size > limit) throw tooLarge2(path, size, limit);
  if (size !== void 0 && size > Math.min(ctx.streamAbove ?? STREAM_ABOVE, MAX_STRING)) return readInParts(path, file, size, ctx);
  let bytes;
  try {
    const read11 = size === void 0 ? await readLimited(file, Math.min(limit, MAX_STRING)) : { ok: true, bytes: await readFile(file) };
    if (!read11.ok) throw tooLarge2(path, void 0, Math.min(limit, MAX_STRING));
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
      if (size <= MAX_STRING) return parseReport(path, await readFile(file), ctx);
      throw new InputError(
        `${path}: the report is ${(size / 2 ** 30).toFixed(1)} GiB, more than can be read whole, and only SARIF and GitLab security reports are read in parts.`,
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
function inSkeleton(text, found2, e) {
  return { ...found2, offset: streamOffset(Buffer.byteLength(text.slice(0, found2.offset)), e.elisions) };
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
    const found2 = findSyntaxError(text);
    if (found2 === void 0) throw new InputError(`${path}: not valid JSON (${e.message}).`);
    const { line: line2, column } = lineAndColumn(text, found2.offset);
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
        const number2 = NUMBER.exec(text);
        const literal2 = LITERALS.find((l) => text.startsWith(l, i));
        if (number2 !== null || literal2 !== void 0) {
          i += number2 !== null ? number2[0].length : literal2.length;
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

// src/gather/reports/gather.ts
var KIND_WORDS = { report: "scanner report", baseline: "baseline report" };
function levelFor2(missing) {
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
      const key = `${kind}\0${resolve4(cwd, file)}`;
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
  const level2 = levelFor2(policy.findings.missing);
  const violations = [];
  const seen = /* @__PURE__ */ new Set();
  const reports = await gatherKind(patterns, "report", cwd, load2, level2, seen, violations);
  const baselineReports = await gatherKind(baselinePatterns, "baseline", cwd, load2, level2, seen, violations);
  return { reports, baselineReports, baseline: baselineReports.flatMap((r) => r.findings), violations };
}

// src/gather/codeowners.ts
async function readCodeownersWith(read11, rev, syntax) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await read11(path);
    if (text === void 0) continue;
    const flavour = syntax ?? (path.startsWith(".gitlab/") ? "gitlab" : void 0);
    return { path, rev, codeowners: parseCodeowners(text, flavour) };
  }
  return void 0;
}

// src/core/attribution/line-level/added-lines.ts
var HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseAddedLines(log) {
  const result = /* @__PURE__ */ new Map();
  for (const chunk of log.split("\0")) {
    const newline = chunk.indexOf("\n");
    const sha = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    const files = /* @__PURE__ */ new Map();
    result.set(sha, files);
    if (newline < 0) continue;
    let path;
    let skip = 0;
    for (const line2 of chunk.slice(newline + 1).split("\n")) {
      if (skip > 0) {
        if (!line2.startsWith("\\")) skip--;
        continue;
      }
      if (line2.startsWith("diff --git ")) {
        path = void 0;
      } else if (line2.startsWith("+++ ")) {
        path = headerPath(line2.slice(4), "b/");
      } else if (line2.startsWith("@@ ")) {
        const m = HUNK.exec(line2);
        if (!m) continue;
        const removed = m[1] === void 0 ? 1 : Number(m[1]);
        const start = Number(m[2]);
        const added = m[3] === void 0 ? 1 : Number(m[3]);
        skip = removed + added;
        if (path !== void 0 && added > 0) {
          const ranges = files.get(path) ?? [];
          ranges.push({ start, end: start + added - 1 });
          files.set(path, ranges);
        }
      }
    }
  }
  return result;
}

// src/core/attribution/line-level/agent-trace.ts
var CONTRIBUTOR_TYPES = ["human", "ai", "mixed", "unknown"];
function parseAgentTrace(text, source) {
  const records = [];
  const problems = [];
  const take = (value, where) => {
    const items = Array.isArray(value) ? value.map((v, i) => [v, `${where}[${i}]`]) : [[value, where]];
    for (const [item, at2] of items) {
      const r = toRecord(item, at2);
      if (typeof r === "string") problems.push(`${at2}: ${r}; record skipped`);
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
    const at2 = `${source}:${i + 1}`;
    const parsed = tryJson(line2);
    if (parsed.ok) take(parsed.value, at2);
    else problems.push(`${at2}: not valid JSON (${parsed.error}); line skipped`);
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
function need(ok, value, message2) {
  if (!ok) throw new Invalid(message2);
  return value;
}
function requiredString(o, key, path) {
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
function object3(v, path) {
  return need(isObject2(v), v, `${path} must be an object`);
}
function toRecord(value, origin) {
  try {
    const o = object3(value, "the record");
    const record2 = {
      version: requiredString(o, "version", ""),
      id: requiredString(o, "id", ""),
      timestamp: requiredString(o, "timestamp", ""),
      files: array3(o, "files", "").map((f, i) => toFile(f, `files[${i}]`)),
      origin
    };
    if (o.vcs !== void 0) {
      const vcs = object3(o.vcs, "vcs");
      record2.vcs = { type: requiredString(vcs, "type", "vcs."), revision: requiredString(vcs, "revision", "vcs.") };
    }
    if (o.tool !== void 0) {
      const tool = object3(o.tool, "tool");
      const name = optionalString(tool, "name", "tool.");
      const version = optionalString(tool, "version", "tool.");
      record2.tool = {};
      if (name) record2.tool.name = name;
      if (version) record2.tool.version = version;
    }
    return record2;
  } catch (e) {
    if (e instanceof Invalid) return e.message;
    throw e;
  }
}
function toFile(value, path) {
  const o = object3(value, path);
  return {
    path: requiredString(o, "path", `${path}.`),
    conversations: array3(o, "conversations", `${path}.`).map(
      (c, i) => toConversation(c, `${path}.conversations[${i}]`)
    )
  };
}
function toConversation(value, path) {
  const o = object3(value, path);
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
  const o = object3(value, path);
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
  const o = object3(value, path);
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
    for (const [key, record2] of Object.entries(map)) {
      if (!isObject3(record2)) fail(`metadata "${field}.${key}" is not an object`);
      const agent = isObject3(record2.agent_id) ? record2.agent_id : {};
      own(sessions, key, strip({
        tool: str(agent.tool),
        model: str(agent.model),
        agentId: str(agent.id),
        humanAuthor: str(record2.human_author)
      }));
    }
  }
  const humans = {};
  if (data.humans !== void 0) {
    if (!isObject3(data.humans)) fail('metadata "humans" is not an object');
    for (const [key, record2] of Object.entries(data.humans)) {
      if (!isObject3(record2)) fail(`metadata "humans.${key}" is not an object`);
      own(humans, key, str(record2.author) ?? key);
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
function own(map, key, value) {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
function strip(o) {
  for (const k of Object.keys(o)) if (o[k] === void 0) delete o[k];
  return o;
}

// src/gather/line-level/read-blobs.ts
async function readBlobs(repo, names) {
  const out = /* @__PURE__ */ new Map();
  const unique2 = [...new Set(names)];
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
    const size = Number(m[1]);
    out.set(name, data.subarray(pos, pos + size));
    pos += size + 1;
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
  const list = await gitRaw(repo, ["notes", `--ref=${GIT_AI_NOTES_REF}`, "list"]);
  if (list.code !== 0) throw new Error(`git notes list failed: ${list.stderr.trim()}`);
  const wanted = new Set(commits.map((c) => c.toLowerCase()));
  const noteOf = /* @__PURE__ */ new Map();
  for (const line2 of list.stdout.toString("utf8").split("\n")) {
    const [blob, object4] = line2.trim().split(" ");
    if (blob && object4 && wanted.has(object4)) noteOf.set(object4, blob);
  }
  if (noteOf.size === 0) return { found: false, claims: [] };
  const blobs = await readBlobs(repo, [...noteOf.values()]);
  const claims = [];
  let found2 = false;
  for (const commit of commits) {
    const blob = noteOf.get(commit.toLowerCase());
    if (!blob) continue;
    const text = blobs.get(blob);
    if (!text) {
      problems.push(`note for ${short2(commit)}: could not be read; skipped`);
      continue;
    }
    let note;
    try {
      note = parseGitAiNote(text.toString("utf8"));
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
  const ordered = records.map((record2, index) => ({ record: record2, index, commit: matchCommit(record2, commits) })).filter((r) => r.commit !== void 0).sort((a, b) => compareTime(a.record.timestamp, b.record.timestamp) || a.index - b.index);
  for (const { record: record2, commit } of ordered) {
    found2 = true;
    for (const file of record2.files) {
      for (const conversation of file.conversations) {
        for (const range of conversation.ranges) {
          const type = range.contributor?.type;
          if (type !== "ai" && type !== "mixed" && type !== "human") continue;
          const ranges = [{ start: range.start_line, end: range.end_line }];
          const claim = { commit, path: file.path, kind: type === "human" ? "human" : "ai", ranges };
          if (claim.kind === "ai" && record2.tool?.name) claim.tool = record2.tool.name;
          if (claim.kind === "ai" && range.contributor?.model_id) claim.model = range.contributor.model_id;
          claims.push(claim);
        }
      }
    }
  }
  return { found: found2, claims };
}
function matchCommit(record2, commits) {
  if (!record2.vcs || record2.vcs.type !== "git") return void 0;
  const revision = record2.vcs.revision.trim().toLowerCase();
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
import { resolve as resolve5 } from "node:path";
function builtInPolicy() {
  const policy = defaultPolicy();
  return { policy, info: { source: "built-in default", sha256: sha256(JSON.stringify(policy)) } };
}
async function loadPolicyFile(file, cwd) {
  const full = resolve5(cwd, file);
  let read11;
  try {
    read11 = await readLimited(full, MAX_POLICY_BYTES);
  } catch (e) {
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
    const text = await read11(name);
    if (text === void 0) continue;
    const { policy, sha256: sum } = parsePolicy(text, `${name} (at ${label})`);
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

// src/core/render/audit.ts
var AUDIT_SCHEMA_VERSION = 2;
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
    approvals: r.approvals
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
    policy: { source: policyInfo.source, sha256: policyInfo.sha256 },
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
      factors: e.risk.factors.map((f) => ({ id: f.id, points: f.points, detail: f.detail, files: f.files })),
      destructive: e.risk.destructive,
      questions: e.risk.questions
    },
    findings: e.findings ?? null,
    oversight: {
      applicable: e.oversight.applicable,
      reason: e.oversight.reason ?? null,
      required: e.oversight.required,
      observed: e.oversight.observed,
      satisfied: e.oversight.satisfied,
      wouldApply: e.oversight.wouldApply
    },
    violations: e.violations.map((v) => ({ rule: v.rule, message: v.message, remediation: v.remediation, level: v.level })),
    notes: e.notes,
    decision: e.decision
  };
}

// src/app/run-gate.ts
var CODEOWNERS_SYNTAX = { github: "github", gitlab: "gitlab", local: void 0 };
async function choosePolicy(options, range, cwd, readBase, platform = "local") {
  if (options.policy) {
    const inRepo = platform === "local" ? void 0 : await repositoryPath(options.repo, resolve6(await realpath(cwd), options.policy));
    if (inRepo === void 0) return loadPolicyFile(options.policy, cwd);
    const label = `base ${range.base.slice(0, 12)}`;
    const text = range.emptyBase ? void 0 : await readBase(inRepo);
    if (text === void 0) {
      throw new InputError(
        `Policy file ${options.policy} does not exist at the ${label}.`,
        "The policy that judges a change is read from its base: commit the policy to the target branch first, or leave the policy input empty to use .ai-governance.yml or the built-in default."
      );
    }
    const { policy, sha256: sum } = parsePolicy(text, `${inRepo} (at ${label})`);
    return { policy, info: { source: `${inRepo} at ${label}`, sha256: sum, path: inRepo } };
  }
  if (!range.emptyBase) {
    const atBase = await loadPolicyAtBase(readBase, `base ${range.base.slice(0, 12)}`);
    if (atBase) return atBase;
  }
  return builtInPolicy();
}
async function repositoryPath(repo, file) {
  const top = (await gitRaw(repo, ["rev-parse", "--show-toplevel"])).stdout.toString("utf8").trim();
  const rel = relative(top, file);
  return rel === "" || rel.startsWith("..") || isAbsolute2(rel) ? void 0 : rel.split(sep).join("/");
}
async function baseReader(adapter, range) {
  if (range.emptyBase) return async () => void 0;
  const local = await gitRaw(adapter.options.repo, ["cat-file", "-e", `${range.base}^{commit}`]);
  if (local.code === 0 || !adapter.readFileAt) return gitReader(adapter.options.repo, range.base);
  return (path) => adapter.readFileAt(path, range.base);
}
async function writeOut(cwd, file, content) {
  const full = resolve6(cwd, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
  return full;
}
async function gatherFindings(options, policy, cwd, change, range) {
  if (!options.reports.length && !options.baseline.length) return void 0;
  const gathered = await gatherReports(options.reports, options.baseline, cwd, policy);
  if (policy.findings.scope === "changed-lines" && gathered.reports.length) {
    const text = change.files.filter((f) => !f.binary && f.status !== "deleted");
    const patches = await readPatches(options.repo, range.base, range.head, text.map((f) => f.path));
    const ranges = new Map(patches.map((p) => [p.path, p.addedRanges]));
    for (const f of text) f.addedRanges = ranges.get(f.path) ?? [];
  }
  return { reports: gathered.reports, baseline: gathered.baseline, violations: gathered.violations, roots: [resolve6(options.repo), resolve6(cwd)] };
}
function teamsToResolve(policy, codeowners, change) {
  const teams = new Set(policy.approvals.rules.flatMap((r) => r.require.teams ?? []));
  if (codeowners) {
    for (const f of change.files) {
      for (const owner of codeowners.codeowners.ownersOf(f.path).owners) if (/^@[^/\s]+\/.+/.test(owner)) teams.add(owner.slice(1));
    }
  }
  return [...teams].sort();
}
function asUnchecked(e, what) {
  if (e instanceof UncheckedError || !(e instanceof InputError)) {
    return e instanceof UncheckedError ? e : new UncheckedError(what, e instanceof Error ? e.message : String(e), UNCHECKED_HINT);
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
async function runGate(adapter, env) {
  const { options } = adapter;
  const range = await adapter.range();
  const readBase = await baseReader(adapter, range);
  const { policy, info } = await choosePolicy(options, range, env.cwd, readBase, adapter.name);
  const groupsOf = sensitiveGroupsOf(policy, info.path);
  const wants = (f) => needsContent(f, (p) => groupsOf(p).length > 0);
  const failOpen = (options.mode ?? policy.mode) === "warn" || policy["on-error"] === "fail-open";
  const fromApi = await unchecked("the change (files and commits) from the platform API", failOpen, () => adapter.change?.(range, wants) ?? Promise.resolve(void 0));
  const change = fromApi ?? await readChange(options.repo, range, wants, adapter.repository);
  const codeowners = await readCodeownersWith(readBase, range.base, CODEOWNERS_SYNTAX[adapter.name]);
  const uncheckedRequest = [];
  const [facts, lineLevel] = await Promise.all([
    adapter.request({ policy, range, teams: teamsToResolve(policy, codeowners, change) }).catch((e) => {
      const err = asUnchecked(e, "the pull or merge request (author, labels, approvals)");
      if (!failOpen) throw err;
      uncheckedRequest.push(uncheckedViolation(err));
      return void 0;
    }),
    // Line-level data lives in the clone (notes, committed traces); an API-built change has none.
    fromApi ? void 0 : readLineLevel(options.repo, change.commits.map((c) => c.sha), addedLinesByFile(change), { head: range.head })
  ]);
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
  const evaluated = evaluate({ policy, policyInfo: info, change, now: env.now, mode: options.mode, lineLevel, platformWarnings, findings, codeowners, governancePaths: adapter.governancePaths });
  const evaluation = uncheckedRequest.length ? withViolations(evaluated, uncheckedRequest) : evaluated;
  const markdown = renderMarkdown({ evaluation, change, policyInfo: info, version: VERSION, commitUrl: adapter.commitUrl?.bind(adapter) });
  const audit = auditRecord({ evaluation, change, policyInfo: info, platform: adapter.name, version: VERSION, timestamp: env.now });
  await writeOut(env.cwd, options.auditFile, JSON.stringify(audit, null, 2) + "\n");
  if (options.summaryFile) await writeOut(env.cwd, options.summaryFile, markdown);
  const result = { evaluation, change, policyInfo: info, markdown, audit, options, exitCode: evaluation.decision === "fail" ? 1 : 0 };
  await adapter.publish(result);
  return result;
}

// src/main.ts
async function main(argv) {
  const options = parseCli(argv);
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const term = { write: (t) => process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY), env: process.env };
  const platform = await selectPlatform(argv, process.env, term);
  const result = await runGate(platform, { cwd: process.cwd(), now: /* @__PURE__ */ new Date() });
  return result.exitCode;
}
function workflowEscape(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UncheckedError && error.failOpen) {
      process.stderr.write(`ai-governance-gate: warning: ${error.message}
  \u2192 fail-open: no decision was made and the job passes.
`);
      if (process.env.GITHUB_ACTIONS === "true") process.stdout.write(`::warning title=AI governance gate::${workflowEscape(error.message)}
`);
      process.exitCode = 0;
      return;
    }
    if (isInputError(error)) {
      process.stderr.write(`ai-governance-gate: error: ${error.message}
`);
      if (error.hint) process.stderr.write(`  \u2192 ${error.hint}
`);
      if (process.env.GITHUB_ACTIONS === "true") process.stdout.write(`::error title=AI governance gate::${workflowEscape(`${error.message}${error.hint ? ` \u2192 ${error.hint}` : ""}`)}
`);
    } else {
      process.stderr.write(`ai-governance-gate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
      process.stderr.write("  \u2192 No decision was made. Please report this with the command line you ran.\n");
    }
    process.exitCode = 2;
  }
);
