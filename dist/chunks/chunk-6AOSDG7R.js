#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-7E52SYYN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5WAAPUM7.js";

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
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
      let str = input;
      let index2 = -1;
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
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
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
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start) {
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
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start) {
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
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
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
      let quote = 0;
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
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
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
      let quote = 0;
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
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
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
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
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
        index2 += match.end + 1;
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
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
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
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
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
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
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
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
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
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
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
      const create = (str) => {
        switch (str) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str);
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
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/gather/git/run.ts
import { spawn } from "node:child_process";
function gitRaw(repo, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-c", "core.quotepath=off", "-c", "color.ui=never", ...args], {
      cwd: repo,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
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
async function git(repo, args, hint) {
  const r = await gitRaw(repo, args);
  if (r.code !== 0) {
    throw new InputError(`git ${args[0]} failed: ${r.stderr.trim() || `exit code ${r.code}`}`, hint);
  }
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

// src/core/model.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"];
var RISK_LEVELS = ["low", "medium", "high", "critical"];

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
${otherCounts(r)}`, overTable(r), expiringList(r), reportsTable(r)];
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
  for (const w of r.waivers.expiringSoon) {
    out.push(paint(`  Waiver findings.waivers[${w.index}] (${termText(waiverTarget(w).join(", ") || "no matcher")}), owner ${termText(w.owner)}: last day ${w.expires}, ${inDays(w.daysLeft)}`, "yellow"));
  }
  for (const rep of r.reports) out.push(paint(`  Read ${termText(rep.path)} (${termText(rep.format)}, ${termText(rep.tool)}, ${rep.results} results)`, "dim"));
  return out;
}

// src/core/oversight/describe.ts
var WHY_WORDS = {
  author: "author",
  requester: "requester",
  bot: "bot",
  "ai-identity": "AI identity",
  stale: "approved an older commit",
  "not-in-approver-set": "not in the approver set"
};
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var FILES_SHOWN = 3;
function listFiles(files) {
  const shown = files.slice(0, FILES_SHOWN).join(", ");
  return files.length > FILES_SHOWN ? `${shown} and ${files.length - FILES_SHOWN} more` : shown;
}
function approverParts(set) {
  if (set.anyone) return ["any reviewer other than the author and the requester"];
  const parts = [];
  if (set.users.length) parts.push(`${set.users.length === 1 ? "user" : "users"} ${set.users.join(", ")}`);
  if (set.teams.length) parts.push(`${set.teams.length === 1 ? "team" : "teams"} ${set.teams.join(", ")}`);
  if (set.owners.length) parts.push(`code owners of ${listFiles(set.ownedFiles)} (${set.owners.join(", ")})`);
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
  return `Needs ${plural(r.needed, "approval")} from ${r.rules.join(" + ")} (${describeApprovers(r.approvers)}); has ${has}.${notCounted}`;
}
function requirementRemediation(r) {
  const stale = r.notCounted.filter((n) => n.why === "stale").map((n) => n.login);
  const excluded = r.notCounted.filter((n) => n.why === "author" || n.why === "requester").map((n) => n.login);
  const ask = `Get ${plural(r.missing, "more approval")} from ${describeApprovers(r.approvers)}`;
  const not = excluded.length ? ` (not ${excluded.join(" or ")}: authors and requesters cannot approve their own change)` : "";
  const again = stale.length ? `; ${stale.join(", ")} can re-approve the latest commit` : "";
  return `${ask}${not}${again}.`;
}

// src/core/render/signoff-section.ts
var FILES_SHOWN2 = 3;
function totalMissing(result) {
  return result.required.reduce((n, r) => n + r.missing, 0);
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
    const files = set.ownedFiles.slice(0, FILES_SHOWN2).map(mdCode).join(", ");
    const more = set.ownedFiles.length > FILES_SHOWN2 ? ` and ${set.ownedFiles.length - FILES_SHOWN2} more` : "";
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
function signoffMarkdown(result) {
  const v = verdict(result);
  const lines = ["### Sign-off", "", `${v.icon} **${mdText(v.text)}**`];
  if (!result.applicable && result.wouldApply.length) {
    lines.push("", `In a pull or merge request these rules would apply: ${result.wouldApply.map((n) => mdText(n)).join(", ")}.`);
  }
  if (result.required.length) {
    lines.push("", "| Requirement | Needed | Approved by | Still missing | Not counted |", "|---|---:|---|---:|---|", ...result.required.map(row));
  }
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
  for (const n of result.notes) out.push(paint(`  ! ${termText(n)}`, "yellow"));
  return out;
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
var row2 = (category, what, names) => ({
  category,
  what,
  terraform: names.terraform ?? [],
  pulumi: names.pulumi ?? [],
  cloudformation: names.cloudformation ?? [],
  kubernetes: names.kubernetes ?? []
});
var STATEFUL_TYPES = [
  // Databases
  row2("database", "relational database", {
    terraform: ["aws_db_instance", "aws_rds_cluster", "aws_rds_global_cluster"],
    pulumi: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:rds/globalCluster:GlobalCluster"],
    cloudformation: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::RDS::GlobalCluster"]
  }),
  row2("database", "database", {
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
  row2("database", "user directory", {
    terraform: ["aws_cognito_user_pool"],
    pulumi: ["aws:cognito/userPool:UserPool"],
    cloudformation: ["AWS::Cognito::UserPool"]
  }),
  row2("database", "database", {
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
  row2("database", "database", {
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
  row2("bucket", "object storage bucket", {
    terraform: ["aws_s3_bucket", "aws_s3_directory_bucket", "aws_glacier_vault", "google_storage_bucket"],
    pulumi: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2", "aws:s3/directoryBucket:DirectoryBucket", "aws:glacier/vault:Vault", "gcp:storage/bucket:Bucket"],
    cloudformation: ["AWS::S3::Bucket", "AWS::S3Express::DirectoryBucket"]
  }),
  row2("bucket", "storage account or container", {
    terraform: ["azurerm_storage_account", "azurerm_storage_container", "azurerm_storage_data_lake_gen2_filesystem"],
    pulumi: ["azure-native:storage:StorageAccount", "azure-native:storage:BlobContainer", "azure:storage/account:Account", "azure:storage/container:Container"]
  }),
  // Volumes, file systems, disks, snapshots and backup vaults
  row2("volume", "volume or file system", {
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
  row2("volume", "disk or file system", {
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
  row2("volume", "persistent volume", {
    terraform: ["kubernetes_persistent_volume", "kubernetes_persistent_volume_v1", "kubernetes_persistent_volume_claim", "kubernetes_persistent_volume_claim_v1"],
    pulumi: ["kubernetes:core/v1:PersistentVolume", "kubernetes:core/v1:PersistentVolumeClaim"],
    kubernetes: ["PersistentVolume", "PersistentVolumeClaim"]
  }),
  // Keys and secrets
  row2("key", "encryption key or secret", {
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
  row2("dns-zone", "DNS zone", {
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
  row2("queue", "queue or stream", {
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
  row2("cache", "persistent cache", {
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
  row2("search", "search index", {
    terraform: ["aws_elasticsearch_domain", "aws_opensearch_domain", "aws_opensearchserverless_collection", "azurerm_search_service"],
    pulumi: ["aws:elasticsearch/domain:Domain", "aws:opensearch/domain:Domain", "aws:opensearch/serverlessCollection:ServerlessCollection", "azure-native:search:Service"],
    cloudformation: ["AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain", "AWS::OpenSearchServerless::Collection"]
  }),
  row2("registry", "artifact registry", {
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
  row2("container", "container of other resources", {
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
  row2("logs", "log store", {
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
  for (const row3 of STATEFUL_TYPES) for (const name of row3[column]) out[name] ??= { category: row3.category, what: row3.what };
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
function totals(change) {
  return change.files.reduce(
    (t, f) => ({ additions: t.additions + f.additions, deletions: t.deletions + f.deletions }),
    { additions: 0, deletions: 0 }
  );
}
function verdictReason(e) {
  const errors = e.violations.filter((v) => v.level === "error").length;
  const warnings = e.violations.length - errors;
  const parts = [];
  if (errors) parts.push(`${errors} violation${errors === 1 ? "" : "s"}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  if (!parts.length) return "no violations";
  const reason = parts.join(", ");
  return e.decision === "warn" && errors ? `${reason} (warn mode: not blocking)` : reason;
}
function attributionLine(e) {
  const a = e.attribution;
  if (!a.aiAssisted) return "no AI markers found";
  const method = a.shareMethod === "commits" ? "of added lines, from AI-attributed commits" : a.shareMethod === "request" ? "of added lines: the request was opened by an AI agent" : `of added lines, from ${a.shareMethod} line data`;
  return `AI-assisted (${a.tools.join(", ") || "unspecified tool"}; ${percent(a.aiShare)} ${method})`;
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
    lines.push(`AI share: **${percent(a.aiShare)}** (method: ${mdText(method)}). Tools: ${a.tools.map(mdCode).join(", ") || "unspecified"}.
`);
    const rows = [];
    for (const ev of a.requestEvidence) rows.push(`| request | ${mdText(ev.tool)} | ${mdText(ev.signal)} | ${mdCode(ev.value)} |`);
    for (const c of a.commits.filter((x) => x.aiAssisted)) {
      const sha = commitUrl ? `[${shortSha(c.sha)}](${commitUrl(c.sha)})` : mdCode(shortSha(c.sha));
      for (const ev of c.evidence) rows.push(`| ${sha} | ${mdText(ev.tool)} | ${mdText(ev.signal)} | ${mdCode(ev.value)} |`);
    }
    lines.push("| Where | Tool | Signal | Evidence |", "|---|---|---|---|", ...rows.slice(0, MAX_ROWS2));
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
  SEVERITIES,
  RISK_LEVELS,
  findingsText,
  describeApprovers,
  requirementMessage,
  requirementRemediation,
  signoffText,
  require_picomatch2 as require_picomatch,
  globMatcher,
  ownEntry,
  assessPlans,
  noPlanWords,
  statefulFirst,
  planTierFacts,
  plansText,
  HEADLINE,
  shortSha,
  totals,
  verdictReason,
  attributionLine,
  showsSignoff,
  summarySections,
  renderMarkdown
};
