#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-DRLCVICC.js";
import {
  __commonJS
} from "./chunk-5WAAPUM7.js";

// node_modules/node-sql-parser/build/transactsql.js
var require_transactsql = __commonJS({
  "node_modules/node-sql-parser/build/transactsql.js"(exports) {
    !(function(r, t) {
      for (var e in t) r[e] = t[e];
    })(exports, (function(r) {
      var t = {};
      function e(n) {
        if (t[n]) return t[n].exports;
        var o = t[n] = { i: n, l: false, exports: {} };
        return r[n].call(o.exports, o, o.exports, e), o.l = true, o.exports;
      }
      return e.m = r, e.c = t, e.d = function(r2, t2, n) {
        e.o(r2, t2) || Object.defineProperty(r2, t2, { enumerable: true, get: n });
      }, e.r = function(r2) {
        "undefined" != typeof Symbol && Symbol.toStringTag && Object.defineProperty(r2, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(r2, "__esModule", { value: true });
      }, e.t = function(r2, t2) {
        if (1 & t2 && (r2 = e(r2)), 8 & t2) return r2;
        if (4 & t2 && "object" == typeof r2 && r2 && r2.__esModule) return r2;
        var n = /* @__PURE__ */ Object.create(null);
        if (e.r(n), Object.defineProperty(n, "default", { enumerable: true, value: r2 }), 2 & t2 && "string" != typeof r2) for (var o in r2) e.d(n, o, function(t3) {
          return r2[t3];
        }.bind(null, o));
        return n;
      }, e.n = function(r2) {
        var t2 = r2 && r2.__esModule ? function() {
          return r2.default;
        } : function() {
          return r2;
        };
        return e.d(t2, "a", t2), t2;
      }, e.o = function(r2, t2) {
        return Object.prototype.hasOwnProperty.call(r2, t2);
      }, e.p = "", e(e.s = 1);
    })([function(r, t, e) {
      "use strict";
      var n = e(2);
      function o(r2, t2, e2, n2) {
        this.message = r2, this.expected = t2, this.found = e2, this.location = n2, this.name = "SyntaxError", "function" == typeof Error.captureStackTrace && Error.captureStackTrace(this, o);
      }
      !(function(r2, t2) {
        function e2() {
          this.constructor = r2;
        }
        e2.prototype = t2.prototype, r2.prototype = new e2();
      })(o, Error), o.buildMessage = function(r2, t2) {
        var e2 = { literal: function(r3) {
          return '"' + o2(r3.text) + '"';
        }, class: function(r3) {
          var t3, e3 = "";
          for (t3 = 0; t3 < r3.parts.length; t3++) e3 += r3.parts[t3] instanceof Array ? s(r3.parts[t3][0]) + "-" + s(r3.parts[t3][1]) : s(r3.parts[t3]);
          return "[" + (r3.inverted ? "^" : "") + e3 + "]";
        }, any: function(r3) {
          return "any character";
        }, end: function(r3) {
          return "end of input";
        }, other: function(r3) {
          return r3.description;
        } };
        function n2(r3) {
          return r3.charCodeAt(0).toString(16).toUpperCase();
        }
        function o2(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        function s(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        return "Expected " + (function(r3) {
          var t3, n3, o3, s2 = new Array(r3.length);
          for (t3 = 0; t3 < r3.length; t3++) s2[t3] = (o3 = r3[t3], e2[o3.type](o3));
          if (s2.sort(), s2.length > 0) {
            for (t3 = 1, n3 = 1; t3 < s2.length; t3++) s2[t3 - 1] !== s2[t3] && (s2[n3] = s2[t3], n3++);
            s2.length = n3;
          }
          switch (s2.length) {
            case 1:
              return s2[0];
            case 2:
              return s2[0] + " or " + s2[1];
            default:
              return s2.slice(0, -1).join(", ") + ", or " + s2[s2.length - 1];
          }
        })(r2) + " but " + (function(r3) {
          return r3 ? '"' + o2(r3) + '"' : "end of input";
        })(t2) + " found.";
      }, r.exports = { SyntaxError: o, parse: function(r2, t2) {
        t2 = void 0 !== t2 ? t2 : {};
        var e2, s = {}, u = { start: Aa }, a = Aa, i = function(r3, t3) {
          return bp(r3, t3);
        }, c = function(r3, t3) {
          return { ...r3, order_by: t3.toLowerCase() };
        }, l = ya("INCLUDE", true), f = ya("FILESTREAM_ON", true), p = function(r3, t3) {
          return bp(r3, t3, 1);
        }, b = ya("IF", true), v = function(r3, t3) {
          return bp(r3, t3);
        }, d = ya("UNIQUE", true), y = ya("KEY", true), h = ya("PRIMARY", true), w = ya("IDENTITY", true), m = ya("COLUMN_FORMAT", true), L = ya("FIXED", true), C = ya("DYNAMIC", true), A = ya("DEFAULT", true), E = ya("STORAGE", true), _ = ya("DISK", true), g = ya("MEMORY", true), j = ya("CURSOR", true), T = ya("EXECUTE", true), x = ya("EXEC", true), S = ya("@", false), k = ya("if", true), I = ya("exists", true), N = ya("PROCEDURE", true), O = ya("ENCRYPTION", true), R = ya("SCHEMABINDING", true), U = ya("VIEW_METADATA", true), M = ya("CHECK", true), D = ya("OPTION", true), P = ya("ALGORITHM", true), F = ya("INSTANT", true), H = ya("INPLACE", true), B = ya("COPY", true), $ = ya("LOCK", true), W = ya("NONE", true), q = ya("SHARED", true), G = ya("EXCLUSIVE", true), Y = ya("NOCHECK", true), V = ya("PRIMARY KEY", true), X = ya("NOT", true), K = ya("FOR", true), Q = ya("REPLICATION", true), z = ya("FOREIGN KEY", true), Z = ya("MATCH FULL", true), J = ya("MATCH PARTIAL", true), rr = ya("MATCH SIMPLE", true), tr = ya("RESTRICT", true), er = ya("CASCADE", true), nr = ya("SET NULL", true), or = ya("NO ACTION", true), sr = ya("SET DEFAULT", true), ur = ya("CHARACTER", true), ar = ya("SET", true), ir = ya("CHARSET", true), cr = ya("COLLATE", true), lr = ya("AUTO_INCREMENT", true), fr = ya("AVG_ROW_LENGTH", true), pr = ya("KEY_BLOCK_SIZE", true), br = ya("MAX_ROWS", true), vr = ya("MIN_ROWS", true), dr = ya("STATS_SAMPLE_PAGES", true), yr = ya("CONNECTION", true), hr = ya("COMPRESSION", true), wr = ya("'", false), mr = ya("ZLIB", true), Lr = ya("LZ4", true), Cr = ya("ENGINE", true), Ar = ya("TEXTIMAGE_ON", true), Er = ya("result", true), _r = ya("caching", true), gr = ya("statistics", true), jr = ya("io", true), Tr = ya("xml", true), xr = ya("profile", true), Sr = ya("time", true), kr = ya("datefirst", true), Ir = ya("dateformat", true), Nr = ya("deadlock_priority", true), Or = ya("lock_timeout", true), Rr = ya("concat_null_yields_null", true), Ur = ya("cursor_close_on_commit", true), Mr = ya("fips_flagger", true), Dr = ya("identity_insert", true), Pr = ya("language", true), Fr = ya("offsets", true), Hr = ya("quoted_identifier", true), Br = ya("arithabort", true), $r = ya("arithignore", true), Wr = ya("fmtonly", true), qr = ya("nocount", true), Gr = ya("noexec", true), Yr = ya("numberic_roundabort", true), Vr = ya("parseonly", true), Xr = ya("query_governor_cost_limit", true), Kr = ya("rowcount", true), Qr = ya("textsize", true), zr = ya("ansi_defaults", true), Zr = ya("ansi_null_dflt_off", true), Jr = ya("ansi_null_dflt_on", true), rt = ya("ansi_nulls", true), tt = ya("ansi_padding", true), et = ya("ansi_warnings", true), nt = ya("forceplan", true), ot = ya("showplan_all", true), st = ya("showplan_text", true), ut = ya("showplan_xml", true), at = ya("implicit_transactions", true), it = ya("remote_proc_transactions", true), ct = ya("xact_abort", true), lt = function(r3) {
          return { type: "origin", value: r3.toLowerCase() };
        }, ft = ya("read", true), pt = ya("uncommitted", true), bt = ya("committed", true), vt = ya("REPEATABLE", true), dt = ya("snapshot", true), yt = ya("serializable", true), ht = ya("transaction", true), wt = ya("isolation", true), mt = ya("level", true), Lt = ya("READ", true), Ct = ya("LOCAL", true), At = ya("LOW_PRIORITY", true), Et = ya("WRITE", true), _t = function(r3, t3) {
          return bp(r3, t3);
        }, gt = ya("(", false), jt = ya(")", false), Tt = ya("PERCENT", true), xt = ya("SYSTEM_TIME", true), St = ya("OF", true), kt = ya("CONTAINED", true), It = ya("BTREE", true), Nt = ya("HASH", true), Ot = ya("PARTITIONS", true), Rt = function(r3, t3, e3) {
          return { type: r3.toLowerCase(), symbol: t3, expr: e3 };
        }, Ut = ya("FILLFACTOR", true), Mt = ya("MAX_DURATION", true), Dt = ya("MAXDOP", true), Pt = ya("WITH", true), Ft = ya("PARSER", true), Ht = ya("VISIBLE", true), Bt = ya("INVISIBLE", true), $t = ya("PAD_INDEX", true), Wt = ya("SORT_IN_TEMPDB", true), qt = ya("IGNORE_DUP_KEY", true), Gt = ya("STATISTICS_NORECOMPUTE", true), Yt = ya("STATISTICS_INCREMENTAL", true), Vt = ya("DROP_EXISTING", true), Xt = ya("ONLINE", true), Kt = ya("RESUMABLE", true), Qt = ya("ALLOW_ROW_LOCKS", true), zt = ya("ALLOW_PAGE_LOCKS", true), Zt = ya("OPTIMIZE_FOR_SEQUENTIAL_KEY", true), Jt = ya("DATA_COMPRESSION", true), re = ya("ROW", true), te = ya("PAGE", false), ee = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            Lp[t4] = t4, e3 && (Lp[e3] = t4), (function(r5) {
              const t5 = yp(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(mp);
          }), t3;
        }, ne = ya("FORCESEEK", true), oe = ya("SPATIAL_WINDOW_MAX_CELLS", true), se = ya("NOEXPAND", true), ue = ya("FORCESCAN", true), ae = ya("HOLDLOCK", true), ie = ya("NOLOCK", true), ce = ya("NOWAIT", true), le = ya("PAGLOCK", true), fe = ya("READCOMMITTED", true), pe = ya("READCOMMITTEDLOCK", true), be = ya("READPAST", true), ve = ya("READUNCOMMITTED", true), de = ya("REPEATABLEREAD ", true), ye = ya("ROWLOCK", true), he = ya("SERIALIZABLE", true), we = ya("SNAPSHOT", true), me = ya("TABLOCK", true), Le = ya("TABLOCKX", true), Ce = ya("UPDLOCK", true), Ae = ya("XLOCK", true), Ee = ya("##", false), _e = ya("#", false), ge = ya("FIRST", true), je = ya("ROWS", true), Te = ya("ONLY", true), xe = ya("NEXT", true), Se = ya("RAW", true), ke = ya("AUTO", true), Ie = ya("EXPLICIT", true), Ne = function(r3) {
          return { keyword: r3 };
        }, Oe = ya("PATH", true), Re = ya("XML", true), Ue = ya("JSON", true), Me = ya("=", false), De = function(r3, t3) {
          return vp(r3, t3);
        }, Pe = ya("!", false), Fe = function(r3) {
          return r3[0] + " " + r3[2];
        }, He = ya(">=", false), Be = ya(">", false), $e = ya("<=", false), We = ya("<>", false), qe = ya("<", false), Ge = ya("!=", false), Ye = ya("+", false), Ve = ya("-", false), Xe = ya("*", false), Ke = ya("/", false), Qe = ya("%", false), ze = ya("~", false), Ze = function(r3) {
          return true === ip[r3.toUpperCase()];
        }, Je = ya('"', false), rn = /^[^"]/, tn = ha(['"'], true, false), en = /^[^']/, nn = ha(["'"], true, false), on = ya("`", false), sn = /^[^`]/, un = ha(["`"], true, false), an = ya("[", false), cn = /^[^\]]/, ln = ha(["]"], true, false), fn = ya("]", false), pn = function(r3, t3) {
          return r3 + t3.join("");
        }, bn = /^[A-Za-z_@#\u4E00-\u9FA5]/, vn = ha([["A", "Z"], ["a", "z"], "_", "@", "#", ["\u4E00", "\u9FA5"]], false, false), dn = /^[A-Za-z0-9_\-@$$\u4E00-\u9FA5\xC0-\u017F\x80-\xFF]/, yn = ha([["A", "Z"], ["a", "z"], ["0", "9"], "_", "-", "@", "$", "$", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"], ["\x80", "\xFF"]], false, false), hn = /^[A-Za-z0-9_:\u4E00-\u9FA5\xC0-\u017F\x80-\xFF]/, wn = ha([["A", "Z"], ["a", "z"], ["0", "9"], "_", ":", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"], ["\x80", "\xFF"]], false, false), mn = ya(":", false), Ln = ya("OVER", true), Cn = (ya("WINDOW", true), ya("FOLLOWING", true)), An = ya("PRECEDING", true), En = ya("CURRENT", true), _n = ya("UNBOUNDED", true), gn = ya("WITHIN", true), jn = ya("N", true), Tn = ya("_binary", true), xn = ya("_latin1", true), Sn = ya("0x", true), kn = /^[0-9A-Fa-f]/, In = ha([["0", "9"], ["A", "F"], ["a", "f"]], false, false), Nn = function(r3, t3) {
          return { type: r3.toLowerCase(), value: t3[1].join("") };
        }, On = /^[^"\\\0-\x1F\x7F]/, Rn = ha(['"', "\\", ["\0", ""], "\x7F"], true, false), Un = /^[^'\\]/, Mn = ha(["'", "\\"], true, false), Dn = ya("\\'", false), Pn = ya('\\"', false), Fn = ya("\\\\", false), Hn = ya("\\/", false), Bn = ya("\\b", false), $n = ya("\\f", false), Wn = ya("\\n", false), qn = ya("\\r", false), Gn = ya("\\t", false), Yn = ya("\\u", false), Vn = ya("\\", false), Xn = ya("''", false), Kn = ya('""', false), Qn = ya("``", false), zn = /^[\n\r]/, Zn = ha(["\n", "\r"], false, false), Jn = ya(".", false), ro = /^[0-9]/, to = ha([["0", "9"]], false, false), eo = /^[0-9a-fA-F]/, no = ha([["0", "9"], ["a", "f"], ["A", "F"]], false, false), oo = /^[eE]/, so = ha(["e", "E"], false, false), uo = /^[+\-]/, ao = ha(["+", "-"], false, false), io = ya("NULL", true), co = ya("NOT NULL", true), lo = ya("TRUE", true), fo = ya("TO", true), po = ya("TOP", true), bo = ya("FALSE", true), vo = (ya("SHOW", true), ya("DROP", true)), yo = ya("DECLARE", true), ho = ya("USE", true), wo = ya("ALTER", true), mo = ya("SELECT", true), Lo = ya("UPDATE", true), Co = ya("CREATE", true), Ao = ya("TEMPORARY", true), Eo = ya("DELETE", true), _o = ya("INSERT", true), go = ya("RECURSIVE", true), jo = ya("REPLACE", true), To = ya("RENAME", true), xo = ya("IGNORE", true), So = (ya("EXPLAIN", true), ya("PARTITION", true)), ko = ya("INTO", true), Io = ya("FROM", true), No = ya("UNLOCK", true), Oo = ya("AS", true), Ro = ya("TABLE", true), Uo = ya("VIEW", true), Mo = ya("DATABASE", true), Do = ya("SCHEMA", true), Po = ya("TABLES", true), Fo = ya("ON", true), Ho = ya("OFF", true), Bo = ya("LEFT", true), $o = ya("RIGHT", true), Wo = ya("FULL", true), qo = ya("INNER", true), Go = ya("CROSS", true), Yo = ya("JOIN", true), Vo = ya("APPLY", true), Xo = ya("OUTER", true), Ko = ya("UNION", true), Qo = ya("VALUES", true), zo = ya("USING", true), Zo = ya("WHERE", true), Jo = ya("GO", true), rs = ya("GROUP", true), ts = ya("BY", true), es = ya("ORDER", true), ns = ya("HAVING", true), os = ya("LIMIT", true), ss = ya("OFFSET", true), us = ya("FETCH", true), as = ya("ASC", true), is = ya("DESC", true), cs = ya("ALL", true), ls = ya("DISTINCT", true), fs = ya("BETWEEN", true), ps = ya("IN", true), bs = ya("IS", true), vs = ya("LIKE", true), ds = ya("EXISTS", true), ys = ya("AND", true), hs = ya("OR", true), ws = ya("ARRAY_AGG", true), ms = ya("STRING_AGG", true), Ls = ya("COUNT", true), Cs = ya("MAX", true), As = ya("MIN", true), Es = ya("SUM", true), _s = ya("AVG", true), gs = ya("CALL", true), js = ya("CASE", true), Ts = ya("WHEN", true), xs = ya("THEN", true), Ss = ya("ELSE", true), ks = ya("END", true), Is = ya("CAST", true), Ns = ya("BIT", true), Os = ya("MONEY", true), Rs = ya("SMALLMONEY", true), Us = ya("CHAR", true), Ms = ya("VARCHAR", true), Ds = ya("BINARY", true), Ps = ya("VARBINARY", true), Fs = ya("NCHAR", true), Hs = ya("NVARCHAR", true), Bs = ya("NUMERIC", true), $s = ya("DECIMAL", true), Ws = ya("SIGNED", true), qs = ya("UNSIGNED", true), Gs = ya("INT", true), Ys = ya("ZEROFILL", true), Vs = ya("INTEGER", true), Xs = ya("SMALLINT", true), Ks = ya("TINYINT", true), Qs = ya("TINYTEXT", true), zs = ya("TEXT", true), Zs = ya("NTEXT", true), Js = ya("MEDIUMTEXT", true), ru = ya("LONGTEXT", true), tu = ya("BIGINT", true), eu = ya("FLOAT", true), nu = ya("REAL", true), ou = ya("DOUBLE", true), su = ya("DATE", true), uu = ya("SMALLDATETIME", true), au = ya("DATETIME", true), iu = ya("DATETIME2", true), cu = ya("DATETIMEOFFSET", true), lu = ya("TIME", true), fu = ya("TIMESTAMP", true), pu = ya("TRUNCATE", true), bu = ya("UNIQUEIDENTIFIER", true), vu = ya("USER", true), du = ya("CURRENT_DATE", true), yu = (ya("ADDDATE", true), ya("INTERVAL", true)), hu = ya("YEAR", true), wu = ya("MONTH", true), mu = ya("DAY", true), Lu = ya("HOUR", true), Cu = ya("MINUTE", true), Au = ya("SECOND", true), Eu = ya("CURRENT_TIME", true), _u = ya("CURRENT_TIMESTAMP", true), gu = ya("CURRENT_USER", true), ju = ya("SESSION_USER", true), Tu = ya("SYSTEM_USER", true), xu = (ya("GLOBAL", true), ya("SESSION", true), ya("PIVOT", true)), Su = ya("UNPIVOT", true), ku = (ya("PERSIST", true), ya("PERSIST_ONLY", true), ya("@@", false)), Iu = ya("$", false), Nu = ya("return", true), Ou = ya(":=", false), Ru = ya("DUAL", true), Uu = ya("ADD", true), Mu = ya("COLUMN", true), Du = ya("INDEX", true), Pu = ya("FULLTEXT", true), Fu = ya("SPATIAL", true), Hu = ya("CLUSTERED", true), Bu = ya("NONCLUSTERED", true), $u = ya("COMMENT", true), Wu = ya("CONSTRAINT", true), qu = ya("REFERENCES", true), Gu = ya("SQL_CALC_FOUND_ROWS", true), Yu = ya("SQL_CACHE", true), Vu = ya("SQL_NO_CACHE", true), Xu = ya("SQL_SMALL_RESULT", true), Ku = ya("SQL_BIG_RESULT", true), Qu = ya("SQL_BUFFER_RESULT", true), zu = ya(",", false), Zu = ya(";", false), Ju = ya("||", false), ra = ya("&&", false), ta = ya("/*", false), ea = ya("*/", false), na = ya("--", false), oa = { type: "any" }, sa = /^[ \t\n\r]/, ua = ha([" ", "	", "\n", "\r"], false, false), aa = function(r3, t3, e3) {
          return r3 && !e3 || !r3 && e3;
        }, ia = function(r3, t3, e3) {
          return { dataType: t3 };
        }, ca = function(r3, t3, e3) {
          return { dataType: t3 };
        }, la = 0, fa = 0, pa = [{ line: 1, column: 1 }], ba = 0, va = [], da = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in u)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          a = u[t2.startRule];
        }
        function ya(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function ha(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function wa(t3) {
          var e3, n2 = pa[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !pa[e3]; ) e3--;
          for (n2 = { line: (n2 = pa[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return pa[t3] = n2, n2;
        }
        function ma(r3, t3) {
          var e3 = wa(r3), n2 = wa(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function La(r3) {
          la < ba || (la > ba && (ba = la, va = []), va.push(r3));
        }
        function Ca(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function Aa() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = Ea()) !== s) if ($f() !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Sl()) !== s && (a2 = $f()) !== s ? ((i2 = Ea()) === s && (i2 = null), i2 !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Sl()) !== s && (a2 = $f()) !== s ? ((i2 = Ea()) === s && (i2 = null), i2 !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
              if (!t4 || 0 === t4.length) return r4;
              delete r4.tableList, delete r4.columnList;
              let e4 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) {
                const n3 = t4[r5][3] || [];
                delete n3.tableList, delete n3.columnList, e4.go_next = n3, e4.go = "go", e4 = e4.go_next;
              }
              return { tableList: Array.from(wp), columnList: yp(mp), ast: r4 };
            })(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          else la = r3, r3 = s;
          return r3;
        }
        function Ea() {
          var r3, t3, e3;
          return r3 = la, $f() !== s && (t3 = (function() {
            var r4, t4, e4, n2, o2, u2, a2, i2;
            if (r4 = la, (t4 = ga()) !== s) {
              for (e4 = [], n2 = la, (o2 = $f()) !== s && (u2 = Hf()) !== s && (a2 = $f()) !== s && (i2 = ga()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e4.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Hf()) !== s && (a2 = $f()) !== s && (i2 = ga()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
              e4 !== s ? (fa = r4, t4 = (function(r5, t5) {
                const e5 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e5] : e5;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(wp), columnList: yp(mp), ast: n3 };
              })(t4, e4), r4 = t4) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            return r4;
          })()) !== s && $f() !== s ? ((e3 = Hf()) === s && (e3 = null), e3 !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function _a() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2;
            t4 = la, (e3 = nl()) !== s && $f() !== s && (n2 = wl()) !== s && $f() !== s ? ((o2 = Pa()) === s && (o2 = null), o2 !== s && $f() !== s && (u2 = Li()) !== s ? (fa = t4, c2 = e3, l2 = n2, f2 = o2, (b2 = u2) && b2.forEach((r3) => wp.add(`${c2}::${[r3.server, r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: c2.toLowerCase(), keyword: l2.toLowerCase(), prefix: f2, name: b2 } }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var c2, l2, f2, b2;
            t4 === s && (t4 = la, (e3 = nl()) !== s && $f() !== s ? ("procedure" === r2.substr(la, 9).toLowerCase() ? (n2 = r2.substr(la, 9), la += 9) : (n2 = s, 0 === da && La(N)), n2 !== s && $f() !== s && (o2 = fc()) !== s ? (fa = t4, e3 = (function(r3, t5, e4) {
              return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: r3.toLowerCase(), keyword: t5.toLowerCase(), name: e4 } };
            })(e3, n2, o2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s), t4 === s && (t4 = la, (e3 = nl()) !== s && $f() !== s && (n2 = jf()) !== s && $f() !== s && (o2 = ic()) !== s && $f() !== s && (u2 = Cl()) !== s && $f() !== s && (a2 = ji()) !== s && $f() !== s ? ((i2 = (function() {
              var r3, t5, e4, n3, o3, u3;
              r3 = la, (t5 = Ba()) === s && (t5 = $a());
              if (t5 !== s) {
                for (e4 = [], n3 = la, (o3 = $f()) !== s ? ((u3 = Ba()) === s && (u3 = $a()), u3 !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s)) : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s ? ((u3 = Ba()) === s && (u3 = $a()), u3 !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s)) : (la = n3, n3 = s);
                e4 !== s ? (fa = r3, t5 = p(t5, e4), r3 = t5) : (la = r3, r3 = s);
              } else la = r3, r3 = s;
              return r3;
            })()) === s && (i2 = null), i2 !== s && $f() !== s ? (fa = t4, e3 = (function(r3, t5, e4, n3, o3) {
              return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: r3.toLowerCase(), keyword: t5.toLowerCase(), name: e4, table: n3, options: o3 } };
            })(e3, n2, o2, a2, i2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s), t4 === s && (t4 = la, (e3 = nl()) !== s && $f() !== s && (n2 = ml()) !== s && $f() !== s ? ((o2 = Pa()) === s && (o2 = null), o2 !== s && $f() !== s && (u2 = Li()) !== s ? (fa = t4, e3 = (function(r3, t5, e4, n3) {
              return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: r3.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: n3 } };
            })(e3, n2, o2, u2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s))));
            return t4;
          })()) === s && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2, o2, u2, a2, c2, l2, f2;
              r3 = la, (t5 = al()) !== s && $f() !== s ? ((e3 = il()) === s && (e3 = null), e3 !== s && $f() !== s && wl() !== s && $f() !== s ? ((n2 = ka()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = Li()) !== s && $f() !== s && (u2 = Ia()) !== s && $f() !== s ? ((a2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, c3;
                if (r4 = la, (t6 = Za()) !== s) {
                  for (e4 = [], n3 = la, (o3 = $f()) !== s ? ((u3 = Rf()) === s && (u3 = null), u3 !== s && (a3 = $f()) !== s && (c3 = Za()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (la = n3, n3 = s)) : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s ? ((u3 = Rf()) === s && (u3 = null), u3 !== s && (a3 = $f()) !== s && (c3 = Za()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (la = n3, n3 = s)) : (la = n3, n3 = s);
                  e4 !== s ? (fa = r4, t6 = i(t6, e4), r4 = t6) : (la = r4, r4 = s);
                } else la = r4, r4 = s;
                return r4;
              })()) === s && (a2 = null), a2 !== s && $f() !== s ? ((c2 = pl()) === s && (c2 = ll()), c2 === s && (c2 = null), c2 !== s && $f() !== s ? ((l2 = hl()) === s && (l2 = null), l2 !== s && $f() !== s ? ((f2 = Ta()) === s && (f2 = null), f2 !== s ? (fa = r3, p2 = t5, b2 = e3, v2 = n2, y2 = u2, h2 = a2, w2 = c2, m2 = l2, L2 = f2, (d2 = o2) && d2.forEach((r4) => wp.add(`create::${[r4.server, r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: p2[0].toLowerCase(), keyword: "table", temporary: b2 && b2[0].toLowerCase(), if_not_exists: v2, table: d2, ignore_replace: w2 && w2[0].toLowerCase(), as: m2 && m2[0].toLowerCase(), query_expr: L2 && L2.ast, create_definitions: y2, table_options: h2 } }, r3 = t5) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s);
              var p2, b2, v2, d2, y2, h2, w2, m2, L2;
              r3 === s && (r3 = la, (t5 = al()) !== s && $f() !== s ? ((e3 = il()) === s && (e3 = null), e3 !== s && $f() !== s && wl() !== s && $f() !== s ? ((n2 = ka()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = Li()) !== s && $f() !== s && (u2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7, e5;
                  r5 = la, (t7 = Bl()) !== s && $f() !== s && (e5 = Li()) !== s ? (fa = r5, t7 = /* @__PURE__ */ (function(r6) {
                    return { type: "like", table: r6 };
                  })(e5), r5 = t7) : (la = r5, r5 = s);
                  return r5;
                })()) === s && (t6 = la, Mf() !== s && $f() !== s && (e4 = r4()) !== s && $f() !== s && Df() !== s ? (fa = t6, (n3 = e4).parentheses = true, t6 = n3) : (la = t6, t6 = s));
                var n3;
                return t6;
              })()) !== s ? (fa = r3, t5 = (function(r4, t6, e4, n3, o3) {
                return n3 && n3.forEach((r5) => wp.add(`create::${[r5.server, r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`)), { tableList: Array.from(wp), columnList: yp(mp), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
              })(t5, e3, n2, o2, u2), r3 = t5) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s));
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, p2, b2, v2, d2, y2, h2, w2, m2, L2, C2;
              t5 = la, (e3 = al()) !== s && $f() !== s ? ((n2 = xf()) === s && (n2 = Sf()) === s && (n2 = kf()), n2 === s && (n2 = null), n2 !== s && $f() !== s && (o2 = jf()) !== s && $f() !== s && (u2 = fc()) !== s && $f() !== s && (a2 = Cl()) !== s && $f() !== s && (i2 = ji()) !== s && $f() !== s && Mf() !== s && $f() !== s && (c2 = xa()) !== s && $f() !== s && Df() !== s && $f() !== s ? ((p2 = (function() {
                var t6, e4, n3;
                t6 = la, "include" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(l));
                e4 !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = cc()) !== s && $f() !== s && Df() !== s ? (fa = t6, u3 = n3, e4 = { type: (o3 = e4).toLowerCase(), keyword: o3.toLowerCase(), columns: u3 }, t6 = e4) : (la = t6, t6 = s);
                var o3, u3;
                return t6;
              })()) === s && (p2 = null), p2 !== s && $f() !== s ? ((b2 = Si()) === s && (b2 = null), b2 !== s && $f() !== s ? (v2 = la, (d2 = xl()) !== s && (y2 = $f()) !== s && (h2 = Mf()) !== s && (w2 = $f()) !== s && (m2 = di()) !== s && (L2 = $f()) !== s && (C2 = Df()) !== s ? v2 = d2 = [d2, y2, h2, w2, m2, L2, C2] : (la = v2, v2 = s), v2 === s && (v2 = null), v2 !== s && (d2 = $f()) !== s ? ((y2 = xi()) === s && (y2 = null), y2 !== s && (h2 = $f()) !== s ? (w2 = la, "filestream_on" === r2.substr(la, 13).toLowerCase() ? (m2 = r2.substr(la, 13), la += 13) : (m2 = s, 0 === da && La(f)), m2 !== s && (L2 = $f()) !== s && (C2 = fc()) !== s ? w2 = m2 = [m2, L2, C2] : (la = w2, w2 = s), w2 === s && (w2 = null), w2 !== s ? (fa = t5, A2 = e3, E2 = n2, _2 = o2, g2 = u2, j2 = a2, T2 = i2, x2 = c2, S2 = p2, k2 = b2, I2 = v2, N2 = y2, O2 = w2, e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: A2[0].toLowerCase(), index_type: E2 && E2.toLowerCase(), keyword: _2.toLowerCase(), index: g2, on_kw: j2[0].toLowerCase(), table: T2, index_columns: x2, include: S2, where: k2, with: I2 && I2[4], on: N2, filestream_on: O2 && { value: O2[2] } } }, t5 = e3) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s);
              var A2, E2, _2, g2, j2, T2, x2, S2, k2, I2, N2, O2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2;
              t5 = la, (e3 = al()) !== s && $f() !== s ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = la, "database" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(Mo));
                e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t6, t6 = e4 = "DATABASE") : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })()) === s && (n2 = (function() {
                var t6, e4, n3, o3;
                t6 = la, "schema" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(Do));
                e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t6, t6 = e4 = "SCHEMA") : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })()), n2 !== s && $f() !== s ? ((o2 = ka()) === s && (o2 = null), o2 !== s && $f() !== s && (u2 = tp()) !== s && $f() !== s ? ((a2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = la, (t6 = za()) !== s) {
                  for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = za()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = za()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s);
                  e4 !== s ? (fa = r3, t6 = p(t6, e4), r3 = t6) : (la = r3, r3 = s);
                } else la = r3, r3 = s;
                return r3;
              })()) === s && (a2 = null), a2 !== s ? (fa = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const s2 = t6.toLowerCase();
                return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: r3[0].toLowerCase(), keyword: s2, if_not_exists: e4, [s2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, u2, a2), t5 = e3) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "truncate" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(pu));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "TRUNCATE") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s ? ((n2 = wl()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = Li()) !== s ? (fa = t4, u2 = e3, a2 = n2, (i2 = o2) && i2.forEach((r3) => wp.add(`${u2}::${[r3.server, r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: u2.toLowerCase(), keyword: a2 && a2.toLowerCase() || "table", name: i2 } }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var u2, a2, i2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = la, (t4 = fl()) !== s && $f() !== s && wl() !== s && $f() !== s && (e3 = (function() {
              var r4, t5, e4, n3, o2, u2, a2, i2;
              if (r4 = la, (t5 = bi()) !== s) {
                for (e4 = [], n3 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = bi()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = bi()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (la = n3, n3 = s);
                e4 !== s ? (fa = r4, t5 = v(t5, e4), r4 = t5) : (la = r4, r4 = s);
              } else la = r4, r4 = s;
              return r4;
            })()) !== s ? (fa = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && wp.add(`rename::${[r5.server, r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`))), t4 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "rename", table: n2 } }, r3 = t4) : (la = r3, r3 = s);
            var n2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = la, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "call" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(gs));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "CALL") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s && (n2 = ep()) !== s ? (fa = t4, o2 = n2, e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "call", expr: o2 } }, t4 = e3) : (la = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = la, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "use" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(ho));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s && (n2 = fc()) !== s ? (fa = t4, o2 = n2, wp.add(`use::${o2}::null`), e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "use", db: o2 } }, t4 = e3) : (la = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2;
              r3 = la, (t5 = sl()) !== s && $f() !== s && wl() !== s && $f() !== s && (e3 = Li()) !== s && $f() !== s && (n2 = (function() {
                var r4, t6, e4, n3, o3, u3, a2, i2;
                if (r4 = la, (t6 = Ha()) !== s) {
                  for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Ha()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Ha()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (la = n3, n3 = s);
                  e4 !== s ? (fa = r4, t6 = v(t6, e4), r4 = t6) : (la = r4, r4 = s);
                } else la = r4, r4 = s;
                return r4;
              })()) !== s ? (fa = r3, u2 = n2, (o2 = e3) && o2.length > 0 && o2.forEach((r4) => wp.add(`alter::${[r4.server, r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "alter", keyword: "table", table: o2, expr: u2 } }, r3 = t5) : (la = r3, r3 = s);
              var o2, u2;
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, c2, l2, f2, p2, b2;
              t5 = la, (e3 = sl()) !== s && $f() !== s && ml() !== s && $f() !== s && (n2 = ji()) !== s && $f() !== s ? (o2 = la, (u2 = Mf()) !== s && (a2 = $f()) !== s && (c2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i2;
                if (r3 = la, (t6 = ic()) !== s) {
                  for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i2 = ic()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i2 = ic()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (la = n3, n3 = s);
                  e4 !== s ? (fa = r3, t6 = v(t6, e4), r3 = t6) : (la = r3, r3 = s);
                } else la = r3, r3 = s;
                return r3;
              })()) !== s && (l2 = $f()) !== s && (f2 = Df()) !== s ? o2 = u2 = [u2, a2, c2, l2, f2] : (la = o2, o2 = s), o2 === s && (o2 = null), o2 !== s && (u2 = $f()) !== s ? (a2 = la, (c2 = xl()) !== s && (l2 = $f()) !== s && (f2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, c3;
                if (r3 = la, (t6 = Fa()) !== s) {
                  for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (c3 = Fa()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (c3 = Fa()) !== s ? n3 = o3 = [o3, u3, a3, c3] : (la = n3, n3 = s);
                  e4 !== s ? (fa = r3, t6 = i(t6, e4), r3 = t6) : (la = r3, r3 = s);
                } else la = r3, r3 = s;
                return r3;
              })()) !== s ? a2 = c2 = [c2, l2, f2] : (la = a2, a2 = s), a2 === s && (a2 = null), a2 !== s && (c2 = $f()) !== s && (l2 = hl()) !== s && (f2 = $f()) !== s && (p2 = oi()) !== s && $f() !== s ? ((b2 = (function() {
                var t6, e4, n3;
                t6 = la, xl() !== s && $f() !== s ? ("check" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(M)), e4 !== s && $f() !== s ? ("option" === r2.substr(la, 6).toLowerCase() ? (n3 = r2.substr(la, 6), la += 6) : (n3 = s, 0 === da && La(D)), n3 !== s ? (fa = t6, t6 = "with check option") : (la = t6, t6 = s)) : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })()) === s && (b2 = null), b2 !== s ? (fa = t5, y2 = o2, h2 = a2, w2 = p2, m2 = b2, (d2 = n2) && d2.length > 0 && d2.forEach((r3) => wp.add(`alter::${[r3.server, r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "alter", keyword: "view", view: d2, columns: y2 && y2[2], attributes: h2 && h2[2], select: w2, with: m2 } }, t5 = e3) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s)) : (la = t5, t5 = s);
              var d2, y2, h2, w2, m2;
              return t5;
            })());
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = la, (e3 = yl()) !== s && $f() !== s ? ("transaction" === r2.substr(la, 11).toLowerCase() ? (n2 = r2.substr(la, 11), la += 11) : (n2 = s, 0 === da && La(ht)), n2 !== s && $f() !== s ? ("isolation" === r2.substr(la, 9).toLowerCase() ? (o2 = r2.substr(la, 9), la += 9) : (o2 = s, 0 === da && La(wt)), o2 !== s && $f() !== s ? ("level" === r2.substr(la, 5).toLowerCase() ? (u2 = r2.substr(la, 5), la += 5) : (u2 = s, 0 === da && La(mt)), u2 !== s && $f() !== s && (a2 = (function() {
              var t5, e4, n3;
              t5 = la, "read" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(ft));
              e4 !== s && $f() !== s ? ("uncommitted" === r2.substr(la, 11).toLowerCase() ? (n3 = r2.substr(la, 11), la += 11) : (n3 = s, 0 === da && La(pt)), n3 === s && ("committed" === r2.substr(la, 9).toLowerCase() ? (n3 = r2.substr(la, 9), la += 9) : (n3 = s, 0 === da && La(bt))), n3 !== s ? (fa = t5, e4 = { type: "origin", value: "read " + n3.toLowerCase() }, t5 = e4) : (la = t5, t5 = s)) : (la = t5, t5 = s);
              t5 === s && (t5 = la, "repeatable" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(vt)), e4 !== s && $f() !== s ? ("read" === r2.substr(la, 4).toLowerCase() ? (n3 = r2.substr(la, 4), la += 4) : (n3 = s, 0 === da && La(ft)), n3 !== s ? (fa = t5, t5 = e4 = { type: "origin", value: "repeatable read" }) : (la = t5, t5 = s)) : (la = t5, t5 = s), t5 === s && (t5 = la, "snapshot" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(dt)), e4 === s && ("serializable" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(yt))), e4 !== s && (fa = t5, e4 = lt(e4)), t5 = e4));
              return t5;
            })()) !== s ? (fa = t4, i2 = a2, e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "set", expr: [{ type: "assign", left: { type: "origin", value: "transaction isolation level" }, right: i2 }] } }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var i2;
            t4 === s && (t4 = la, (e3 = yl()) !== s && $f() !== s ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "result" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(Er));
              e4 !== s && $f() !== s && (n3 = yl()) !== s && $f() !== s ? ("caching" === r2.substr(la, 7).toLowerCase() ? (o3 = r2.substr(la, 7), la += 7) : (o3 = s, 0 === da && La(_r)), o3 !== s ? (fa = t5, t5 = e4 = { type: "origin", value: "result set caching" }) : (la = t5, t5 = s)) : (la = t5, t5 = s);
              t5 === s && (t5 = la, "statistics" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(gr)), e4 !== s && $f() !== s ? ("io" === r2.substr(la, 2).toLowerCase() ? (n3 = r2.substr(la, 2), la += 2) : (n3 = s, 0 === da && La(jr)), n3 === s && ("xml" === r2.substr(la, 3).toLowerCase() ? (n3 = r2.substr(la, 3), la += 3) : (n3 = s, 0 === da && La(Tr)), n3 === s && ("profile" === r2.substr(la, 7).toLowerCase() ? (n3 = r2.substr(la, 7), la += 7) : (n3 = s, 0 === da && La(xr)), n3 === s && ("time" === r2.substr(la, 4).toLowerCase() ? (n3 = r2.substr(la, 4), la += 4) : (n3 = s, 0 === da && La(Sr))))), n3 !== s ? (fa = t5, e4 = { type: "origin", value: "statistics " + n3.toLowerCase() }, t5 = e4) : (la = t5, t5 = s)) : (la = t5, t5 = s));
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "datefirst" === r2.substr(la, 9).toLowerCase() ? (e4 = r2.substr(la, 9), la += 9) : (e4 = s, 0 === da && La(kr));
              e4 === s && ("dateformat" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(Ir)), e4 === s && ("deadlock_priority" === r2.substr(la, 17).toLowerCase() ? (e4 = r2.substr(la, 17), la += 17) : (e4 = s, 0 === da && La(Nr)), e4 === s && ("lock_timeout" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(Or)), e4 === s && ("concat_null_yields_null" === r2.substr(la, 23).toLowerCase() ? (e4 = r2.substr(la, 23), la += 23) : (e4 = s, 0 === da && La(Rr)), e4 === s && ("cursor_close_on_commit" === r2.substr(la, 22).toLowerCase() ? (e4 = r2.substr(la, 22), la += 22) : (e4 = s, 0 === da && La(Ur)), e4 === s && ("fips_flagger" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(Mr)), e4 === s && ("identity_insert" === r2.substr(la, 15).toLowerCase() ? (e4 = r2.substr(la, 15), la += 15) : (e4 = s, 0 === da && La(Dr)), e4 === s && ("language" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(Pr)), e4 === s && ("offsets" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(Fr)), e4 === s && ("quoted_identifier" === r2.substr(la, 17).toLowerCase() ? (e4 = r2.substr(la, 17), la += 17) : (e4 = s, 0 === da && La(Hr)), e4 === s && ("arithabort" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(Br)), e4 === s && ("arithignore" === r2.substr(la, 11).toLowerCase() ? (e4 = r2.substr(la, 11), la += 11) : (e4 = s, 0 === da && La($r)), e4 === s && ("fmtonly" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(Wr)), e4 === s && ("nocount" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(qr)), e4 === s && ("noexec" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(Gr)), e4 === s && ("numberic_roundabort" === r2.substr(la, 19).toLowerCase() ? (e4 = r2.substr(la, 19), la += 19) : (e4 = s, 0 === da && La(Yr)), e4 === s && ("parseonly" === r2.substr(la, 9).toLowerCase() ? (e4 = r2.substr(la, 9), la += 9) : (e4 = s, 0 === da && La(Vr)), e4 === s && ("query_governor_cost_limit" === r2.substr(la, 25).toLowerCase() ? (e4 = r2.substr(la, 25), la += 25) : (e4 = s, 0 === da && La(Xr)), e4 === s && ("rowcount" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(Kr)), e4 === s && ("textsize" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(Qr)), e4 === s && (e4 = la, "ansi_defaults" === r2.substr(la, 13).toLowerCase() ? (n3 = r2.substr(la, 13), la += 13) : (n3 = s, 0 === da && La(zr)), n3 !== s ? ("ansi_null_dflt_off" === r2.substr(la, 18).toLowerCase() ? (o3 = r2.substr(la, 18), la += 18) : (o3 = s, 0 === da && La(Zr)), o3 !== s ? e4 = n3 = [n3, o3] : (la = e4, e4 = s)) : (la = e4, e4 = s), e4 === s && ("ansi_null_dflt_on" === r2.substr(la, 17).toLowerCase() ? (e4 = r2.substr(la, 17), la += 17) : (e4 = s, 0 === da && La(Jr)), e4 === s && ("ansi_nulls" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(rt)), e4 === s && ("ansi_padding" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(tt)), e4 === s && ("ansi_warnings" === r2.substr(la, 13).toLowerCase() ? (e4 = r2.substr(la, 13), la += 13) : (e4 = s, 0 === da && La(et)), e4 === s && ("forceplan" === r2.substr(la, 9).toLowerCase() ? (e4 = r2.substr(la, 9), la += 9) : (e4 = s, 0 === da && La(nt)), e4 === s && ("showplan_all" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(ot)), e4 === s && ("showplan_text" === r2.substr(la, 13).toLowerCase() ? (e4 = r2.substr(la, 13), la += 13) : (e4 = s, 0 === da && La(st)), e4 === s && ("showplan_xml" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(ut)), e4 === s && ("implicit_transactions" === r2.substr(la, 21).toLowerCase() ? (e4 = r2.substr(la, 21), la += 21) : (e4 = s, 0 === da && La(at)), e4 === s && ("remote_proc_transactions" === r2.substr(la, 24).toLowerCase() ? (e4 = r2.substr(la, 24), la += 24) : (e4 = s, 0 === da && La(it)), e4 === s && ("xact_abort" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(ct))))))))))))))))))))))))))))))))));
              e4 !== s && (fa = t5, e4 = lt(e4));
              return t5 = e4;
            })()), n2 !== s && $f() !== s && (o2 = zf()) !== s ? (fa = t4, e3 = (function(r3, t5) {
              return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "set", expr: [{ type: "assign", left: r3, right: t5 }] } };
            })(n2, o2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s));
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = la, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "lock" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La($));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s && Ll() !== s && $f() !== s && (n2 = (function() {
              var r3, t5, e4, n3, o3, u2, a2, i2;
              if (r3 = la, (t5 = Ja()) !== s) {
                for (e4 = [], n3 = la, (o3 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Ja()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Ja()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (la = n3, n3 = s);
                e4 !== s ? (fa = r3, t5 = _t(t5, e4), r3 = t5) : (la = r3, r3 = s);
              } else la = r3, r3 = s;
              return r3;
            })()) !== s ? (fa = t4, o2 = n2, e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "lock", keyword: "tables", tables: o2 } }, t4 = e3) : (la = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = la, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = la, "unlock" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(No));
              e4 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t5 = e4 = [e4, n2] : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s && Ll() !== s ? (fa = t4, e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "unlock", keyword: "tables" } }, t4 = e3) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2;
            r3 = la, (t4 = ol()) !== s && $f() !== s && (e3 = (function() {
              var r4, t5, e4, n3, o3, u3, a3, i3;
              if (r4 = la, (t5 = Ma()) !== s) {
                for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i3 = Ma()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i3 = Ma()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (la = n3, n3 = s);
                e4 !== s ? (fa = r4, t5 = v(t5, e4), r4 = t5) : (la = r4, r4 = s);
              } else la = r4, r4 = s;
              return r4;
            })()) !== s ? (fa = r3, a2 = e3, t4 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "declare", declare: a2, symbol: "," } }, r3 = t4) : (la = r3, r3 = s);
            var a2;
            r3 === s && (r3 = la, (t4 = ol()) !== s && $f() !== s && (e3 = Cf()) !== s && $f() !== s && (n2 = Cc()) !== s && $f() !== s ? ((o2 = hl()) === s && (o2 = null), o2 !== s && $f() !== s && wl() !== s && $f() !== s && (u2 = Ia()) !== s ? (fa = r3, i2 = n2, c2 = o2, l2 = u2, t4 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "declare", declare: [{ at: "@", name: i2, as: c2 && c2[0].toLowerCase(), keyword: "table", prefix: "table", definition: l2 }] } }, r3 = t4) : (la = r3, r3 = s)) : (la = r3, r3 = s));
            var i2, c2, l2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, "execute" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(T));
            e3 === s && ("exec" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(x)));
            e3 !== s && $f() !== s && (n2 = ji()) !== s && $f() !== s ? ((o2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i3;
              if (r3 = la, (t5 = Da()) !== s) {
                for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i3 = Da()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i3 = Da()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (la = n3, n3 = s);
                e4 !== s ? (fa = r3, t5 = bp(t5, e4), r3 = t5) : (la = r3, r3 = s);
              } else la = r3, r3 = s;
              return r3;
            })()) === s && (o2 = null), o2 !== s ? (fa = t4, u2 = e3, a2 = n2, i2 = o2, e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "exec", keyword: u2, module: a2, parameters: i2 } }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var u2, a2, i2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2;
            t4 = la, "if" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(k));
            e3 !== s && $f() !== s && (n2 = Xi()) !== s && $f() !== s && (o2 = ga()) !== s && $f() !== s ? ((u2 = Hf()) === s && (u2 = null), u2 !== s && $f() !== s ? ((a2 = Sl()) === s && (a2 = null), a2 !== s && $f() !== s ? (i2 = la, (c2 = Vl()) !== s && (l2 = $f()) !== s && (f2 = ga()) !== s ? i2 = c2 = [c2, l2, f2] : (la = i2, i2 = s), i2 === s && (i2 = null), i2 !== s && (c2 = $f()) !== s ? ((l2 = Hf()) === s && (l2 = null), l2 !== s ? (fa = t4, p2 = n2, b2 = o2, v2 = u2, d2 = a2, y2 = i2, h2 = l2, e3 = { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "if", keyword: "if", boolean_expr: p2, semicolons: [v2 || "", h2 || ""], go: d2, if_expr: b2, else_expr: y2 && y2[2] } }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var p2, b2, v2, d2, y2, h2;
            return t4;
          })()), t3;
        }
        function ga() {
          var r3;
          return (r3 = Ta()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2;
            r4 = la, (t3 = $f()) !== s ? ((e3 = ti()) === s && (e3 = null), e3 !== s && $f() !== s && ul() !== s && $f() !== s && (n2 = Li()) !== s && $f() !== s && yl() !== s && $f() !== s && (o2 = (function() {
              var r5, t4, e4, n3, o3, u3, a3, i2;
              if (r5 = la, (t4 = Mi()) !== s) {
                for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i2 = Mi()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = Rf()) !== s && (a3 = $f()) !== s && (i2 = Mi()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (la = n3, n3 = s);
                e4 !== s ? (fa = r5, t4 = v(t4, e4), r5 = t4) : (la = r5, r5 = s);
              } else la = r5, r5 = s;
              return r5;
            })()) !== s && $f() !== s ? ((u2 = li()) === s && (u2 = null), u2 !== s && $f() !== s ? ((a2 = Si()) === s && (a2 = null), a2 !== s ? (fa = r4, t3 = (function(r5, t4, e4, n3, o3) {
              const s2 = {}, u3 = (r6) => {
                const { server: t5, db: e5, schema: n4, as: o4, table: u4, join: a3 } = r6, i2 = a3 ? "select" : "update", c2 = [t5, e5, n4].filter(Boolean).join(".") || null;
                e5 && (s2[u4] = c2), u4 && wp.add(`${i2}::${c2}::${u4}`);
              };
              return t4 && t4.forEach(u3), n3 && n3.forEach(u3), e4 && e4.forEach((r6) => {
                if (r6.table) {
                  const t5 = dp(r6.table);
                  wp.add(`update::${s2[t5] || null}::${t5}`);
                }
                mp.add(`update::${r6.table}::${r6.column}`);
              }), { tableList: Array.from(wp), columnList: yp(mp), ast: { with: r5, type: "update", table: t4, set: e4, from: n3, where: o3 } };
            })(e3, n2, o2, u2, a2), r4 = t3) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s);
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2;
            r4 = la, (t3 = Fi()) !== s && $f() !== s ? ((e3 = vl()) === s && (e3 = null), e3 !== s && $f() !== s && (n2 = ji()) !== s && $f() !== s ? ((o2 = Pi()) === s && (o2 = null), o2 !== s && $f() !== s && Mf() !== s && $f() !== s && (u2 = cc()) !== s && $f() !== s && Df() !== s && $f() !== s && (a2 = Di()) !== s ? (fa = r4, t3 = (function(r5, t4, e4, n3, o3) {
              if (t4 && (wp.add(`insert::${[t4.server, t4.db, t4.schema].filter(Boolean).join(".") || null}::${t4.table}`), t4.as = null), n3) {
                let r6 = t4 && t4.table || null;
                Array.isArray(o3.values) && o3.values.forEach((r7, t5) => {
                  if (r7.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t5 + 1));
                }), n3.forEach((t5) => mp.add(`insert::${r6}::${t5}`));
              }
              return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: r5, table: [t4], columns: n3, values: o3, partition: e4 } };
            })(t3, n2, o2, u2, a2), r4 = t3) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s);
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2;
            r4 = la, (t3 = Fi()) !== s && $f() !== s ? ((e3 = pl()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = vl()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = ji()) !== s && $f() !== s ? ((u2 = Pi()) === s && (u2 = null), u2 !== s && $f() !== s && (a2 = Di()) !== s ? (fa = r4, t3 = (function(r5, t4, e4, n3, o3, s2) {
              n3 && (wp.add(`insert::${[n3.server, n3.db, n3.schema].filter(Boolean).join(".") || null}::${n3.table}`), mp.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const u3 = [t4, e4].filter((r6) => r6).map((r6) => r6[0] && r6[0].toLowerCase()).join(" ");
              return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: r5, table: [n3], columns: null, values: s2, partition: o3, prefix: u3 } };
            })(t3, e3, n2, o2, u2, a2), r4 = t3) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s);
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = la, (t3 = cl()) !== s && $f() !== s ? ((e3 = Li()) === s && (e3 = null), e3 !== s && $f() !== s && (n2 = li()) !== s && $f() !== s ? ((o2 = Si()) === s && (o2 = null), o2 !== s ? (fa = r4, t3 = (function(r5, t4, e4) {
              if (t4 && t4.forEach((r6) => {
                const { server: t5, db: e5, schema: n3, as: o3, table: s2, join: u2 } = r6, a2 = u2 ? "select" : "delete", i2 = [t5, e5, n3].filter(Boolean).join(".") || null;
                s2 && wp.add(`${a2}::${i2}::${s2}`), u2 || mp.add(`delete::${s2}::(.*)`);
              }), null === r5 && 1 === t4.length) {
                const e5 = t4[0];
                r5 = [{ db: e5.db, schema: e5.schema, table: e5.table, as: e5.as, addition: true }];
              }
              return { tableList: Array.from(wp), columnList: yp(mp), ast: { type: "delete", table: r5, from: t4, where: e4 } };
            })(e3, n2, o2), r4 = t3) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s);
            return r4;
          })()) === s && (r3 = _a()) === s && (r3 = (function() {
            var r4, t3;
            if (r4 = [], (t3 = Kf()) !== s) for (; t3 !== s; ) r4.push(t3), t3 = Kf();
            else r4 = s;
            return r4;
          })()), r3;
        }
        function ja() {
          var r3, t3;
          return r3 = la, (t3 = gl()) !== s && $f() !== s && Ml() !== s ? (fa = r3, r3 = t3 = "union all") : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = gl()) !== s && (fa = r3, t3 = "union"), r3 = t3), r3;
        }
        function Ta() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = ri()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = ja()) !== s && (a2 = $f()) !== s && (i2 = ri()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = ja()) !== s && (a2 = $f()) !== s && (i2 = ri()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s && (n2 = $f()) !== s ? ((o2 = Ni()) === s && (o2 = null), o2 !== s && (u2 = $f()) !== s ? ((a2 = Ui()) === s && (a2 = null), a2 !== s ? (fa = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && (r4._limit = n3), { tableList: Array.from(wp), columnList: yp(mp), ast: r4 };
            })(t3, e3, o2, a2)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function xa() {
          var r3, t3, e3, n2, o2, u2, a2, c2;
          if (r3 = la, (t3 = Sa()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = Sa()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = Sa()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = i(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Sa() {
          var r3, t3, e3;
          return r3 = la, Pf() !== s && $f() !== s && (t3 = ic()) !== s && $f() !== s && Ff() !== s && $f() !== s ? ((e3 = Rl()) === s && (e3 = Ul()), e3 !== s ? (fa = r3, r3 = c(t3, e3)) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = la, Pf() !== s && $f() !== s && (t3 = ic()) !== s && $f() !== s && Ff() !== s && $f() !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s), r3 === s && (r3 = (function() {
            var r4, t4, e4;
            r4 = la, (t4 = ic()) !== s && $f() !== s ? ((e4 = Rl()) === s && (e4 = Ul()), e4 !== s ? (fa = r4, t4 = c(t4, e4), r4 = t4) : (la = r4, r4 = s)) : (la = r4, r4 = s);
            r4 === s && (r4 = ic());
            return r4;
          })())), r3;
        }
        function ka() {
          var t3, e3;
          return t3 = la, "if" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(b)), e3 !== s && $f() !== s && Wl() !== s && $f() !== s && $l() !== s ? (fa = t3, t3 = e3 = "IF NOT EXISTS") : (la = t3, t3 = s), t3;
        }
        function Ia() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, Mf() !== s) if ($f() !== s) if ((t3 = Na()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Na()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Na()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s && (n2 = $f()) !== s ? ((o2 = Rf()) === s && (o2 = null), o2 !== s && (u2 = $f()) !== s && (a2 = Df()) !== s ? (fa = r3, r3 = v(t3, e3)) : (la = r3, r3 = s)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          else la = r3, r3 = s;
          else la = r3, r3 = s;
          return r3;
        }
        function Na() {
          var r3;
          return (r3 = Ga()) === s && (r3 = Ra()) === s && (r3 = Wa()) === s && (r3 = qa()), r3;
        }
        function Oa() {
          var t3, e3, n2, o2, u2;
          return t3 = la, (e3 = (function() {
            var t4, e4;
            t4 = la, (e4 = (function() {
              var t5, e5, n3, o3;
              t5 = la, "not null" === r2.substr(la, 8).toLowerCase() ? (e5 = r2.substr(la, 8), la += 8) : (e5 = s, 0 === da && La(co));
              e5 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && (fa = t4, e4 = { type: "not null", value: "not null" });
            return t4 = e4;
          })()) === s && (e3 = Bc()), e3 !== s && (fa = t3, (u2 = e3) && !u2.value && (u2.value = "null"), e3 = { nullable: u2 }), (t3 = e3) === s && (t3 = la, (e3 = (function() {
            var r3, t4;
            r3 = la, rl() !== s && $f() !== s && (t4 = Xi()) !== s ? (fa = r3, r3 = { type: "default", value: t4 }) : (la = r3, r3 = s);
            return r3;
          })()) !== s && (fa = t3, e3 = { default_val: e3 }), (t3 = e3) === s && (t3 = la, (e3 = Va()) !== s && (fa = t3, e3 = { check: e3 }), (t3 = e3) === s && (t3 = la, "unique" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(d)), e3 !== s && $f() !== s ? ("key" === r2.substr(la, 3).toLowerCase() ? (n2 = r2.substr(la, 3), la += 3) : (n2 = s, 0 === da && La(y)), n2 === s && (n2 = null), n2 !== s ? (fa = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, "primary" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(h)), e3 === s && (e3 = null), e3 !== s && $f() !== s ? ("key" === r2.substr(la, 3).toLowerCase() ? (n2 = r2.substr(la, 3), la += 3) : (n2 = s, 0 === da && La(y)), n2 !== s ? (fa = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = (function() {
            var t4, e4, n3, o3, u3, a2, i2, c2, l2, f2, p2, b2;
            t4 = la, "identity" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(w));
            e4 !== s && $f() !== s ? (n3 = la, (o3 = Mf()) !== s && (u3 = $f()) !== s && (a2 = Yc()) !== s && (i2 = $f()) !== s && (c2 = Rf()) !== s && (l2 = $f()) !== s && (f2 = Yc()) !== s && (p2 = $f()) !== s && (b2 = Df()) !== s ? n3 = o3 = [o3, u3, a2, i2, c2, l2, f2, p2, b2] : (la = n3, n3 = s), n3 === s && (n3 = null), n3 !== s ? (fa = t4, e4 = { keyword: "identity", seed: (v2 = n3) && v2[2], increment: v2 && v2[6], parentheses: !!v2 }, t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var v2;
            return t4;
          })()) !== s && (fa = t3, e3 = { auto_increment: e3 }), (t3 = e3) === s && (t3 = la, (e3 = Gf()) !== s && (fa = t3, e3 = { comment: e3 }), (t3 = e3) === s && (t3 = la, (e3 = Ua()) !== s && (fa = t3, e3 = { collate: e3 }), (t3 = e3) === s && (t3 = la, (e3 = (function() {
            var t4, e4, n3;
            t4 = la, "column_format" === r2.substr(la, 13).toLowerCase() ? (e4 = r2.substr(la, 13), la += 13) : (e4 = s, 0 === da && La(m));
            e4 !== s && $f() !== s ? ("fixed" === r2.substr(la, 5).toLowerCase() ? (n3 = r2.substr(la, 5), la += 5) : (n3 = s, 0 === da && La(L)), n3 === s && ("dynamic" === r2.substr(la, 7).toLowerCase() ? (n3 = r2.substr(la, 7), la += 7) : (n3 = s, 0 === da && La(C)), n3 === s && ("default" === r2.substr(la, 7).toLowerCase() ? (n3 = r2.substr(la, 7), la += 7) : (n3 = s, 0 === da && La(A)))), n3 !== s ? (fa = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s && (fa = t3, e3 = { column_format: e3 }), (t3 = e3) === s && (t3 = la, (e3 = (function() {
            var t4, e4, n3;
            t4 = la, "storage" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(E));
            e4 !== s && $f() !== s ? ("disk" === r2.substr(la, 4).toLowerCase() ? (n3 = r2.substr(la, 4), la += 4) : (n3 = s, 0 === da && La(_)), n3 === s && ("memory" === r2.substr(la, 6).toLowerCase() ? (n3 = r2.substr(la, 6), la += 6) : (n3 = s, 0 === da && La(g))), n3 !== s ? (fa = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s && (fa = t3, e3 = { storage: e3 }), (t3 = e3) === s && (t3 = la, (e3 = Xa()) !== s && (fa = t3, e3 = { reference_definition: e3 }), (t3 = e3) === s && (t3 = la, (e3 = Qa()) !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = lc()) !== s ? (fa = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { character_set: { type: r3, value: e4, symbol: t4 } };
          })(e3, n2, o2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)))))))))))), t3;
        }
        function Ra() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = la, (t3 = ic()) !== s && $f() !== s && (e3 = up()) !== s && (n2 = $f()) !== s ? ((o2 = (function() {
            var r4, t4, e4, n3, o3, u3;
            if (r4 = la, (t4 = Oa()) !== s) if ($f() !== s) {
              for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = Oa()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = Oa()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s);
              e4 !== s ? (fa = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            else la = r4, r4 = s;
            return r4;
          })()) === s && (o2 = null), o2 !== s ? (fa = r3, a2 = t3, i2 = e3, c2 = o2, mp.add(`create::${a2.table}::${a2.column}`), r3 = t3 = { column: a2, definition: i2, resource: "column", ...c2 || {} }) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = ic()) !== s && $f() !== s ? (e3 = la, (n2 = hl()) !== s && (o2 = $f()) !== s && (u2 = Xi()) !== s ? e3 = n2 = [n2, o2, u2] : (la = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
            return t4 && (r4.as = t4[2]), { column: r4, resource: "column" };
          })(t3, e3)) : (la = r3, r3 = s)) : (la = r3, r3 = s)), r3;
        }
        function Ua() {
          var t3, e3, n2;
          return t3 = la, (function() {
            var t4, e4, n3, o2;
            t4 = la, "collate" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(cr));
            e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t4, t4 = e4 = "COLLATE") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && $f() !== s ? ((e3 = Ef()) === s && (e3 = null), e3 !== s && $f() !== s && (n2 = fc()) !== s ? (fa = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Ma() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2;
          return t3 = la, Cf() !== s && $f() !== s && (e3 = Cc()) !== s && $f() !== s ? ((n2 = hl()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = up()) !== s && $f() !== s ? (u2 = la, (a2 = Ef()) !== s && (i2 = $f()) !== s && (c2 = Xi()) !== s ? u2 = a2 = [a2, i2, c2] : (la = u2, u2 = s), u2 === s && (u2 = null), u2 !== s ? (fa = t3, f2 = o2, p2 = u2, t3 = { at: "@", name: e3, as: (l2 = n2) && l2[0].toLowerCase(), datatype: f2, keyword: "variable", definition: p2 && { type: "default", keyword: p2[0], value: p2[2] } }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, Cf() !== s && $f() !== s && (e3 = Cc()) !== s && $f() !== s ? ("cursor" === r2.substr(la, 6).toLowerCase() ? (n2 = r2.substr(la, 6), la += 6) : (n2 = s, 0 === da && La(j)), n2 !== s ? (fa = t3, t3 = /* @__PURE__ */ (function(r3, t4) {
            return { at: "@", name: t4, keyword: "cursor", prefix: "cursor" };
          })(0, e3)) : (la = t3, t3 = s)) : (la = t3, t3 = s)), t3;
        }
        function Da() {
          var t3, e3, n2, o2;
          return t3 = la, 64 === r2.charCodeAt(la) ? (e3 = "@", la++) : (e3 = s, 0 === da && La(S)), e3 !== s && (n2 = fc()) !== s && $f() !== s && Ef() !== s && $f() !== s && (o2 = Xi()) !== s ? (fa = t3, t3 = e3 = { type: "variable", name: n2, value: o2 }) : (la = t3, t3 = s), t3;
        }
        function Pa() {
          var t3, e3, n2;
          return t3 = la, "if" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(k)), e3 !== s && $f() !== s ? ("exists" === r2.substr(la, 6).toLowerCase() ? (n2 = r2.substr(la, 6), la += 6) : (n2 = s, 0 === da && La(I)), n2 !== s ? (fa = t3, t3 = e3 = "if exists") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Fa() {
          var t3;
          return "encryption" === r2.substr(la, 10).toLowerCase() ? (t3 = r2.substr(la, 10), la += 10) : (t3 = s, 0 === da && La(O)), t3 === s && ("schemabinding" === r2.substr(la, 13).toLowerCase() ? (t3 = r2.substr(la, 13), la += 13) : (t3 = s, 0 === da && La(R)), t3 === s && ("view_metadata" === r2.substr(la, 13).toLowerCase() ? (t3 = r2.substr(la, 13), la += 13) : (t3 = s, 0 === da && La(U)))), t3;
        }
        function Ha() {
          var t3;
          return (t3 = (function() {
            var r3, t4;
            r3 = la, _f() !== s && $f() !== s && (t4 = Ga()) !== s ? (fa = r3, r3 = { action: "add", create_definitions: t4, resource: "constraint", type: "alter" }) : (la = r3, r3 = s);
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = la, (t4 = nl()) !== s && $f() !== s && (e3 = Nf()) !== s && $f() !== s && (n2 = Cc()) !== s ? (fa = r3, t4 = { action: "drop", constraint: n2, keyword: e3.toLowerCase(), resource: "constraint", type: "alter" }, r3 = t4) : (la = r3, r3 = s);
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, xl() !== s && $f() !== s ? ("check" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(M)), e3 !== s && $f() !== s ? ("check" === r2.substr(la, 5).toLowerCase() ? (n2 = r2.substr(la, 5), la += 5) : (n2 = s, 0 === da && La(M)), n2 !== s && $f() !== s && Nf() !== s && $f() !== s && (o2 = Cc()) !== s ? (fa = t4, t4 = { action: "with", constraint: o2, keyword: "check check constraint", resource: "constraint", type: "alter" }) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = la, "nocheck" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Y));
            e3 !== s && $f() !== s && Nf() !== s && $f() !== s && (n2 = Cc()) !== s ? (fa = t4, t4 = e3 = { action: "nocheck", keyword: "constraint", constraint: n2, resource: "constraint", type: "alter" }) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = la, (t4 = _f()) === s && (t4 = sl());
            t4 !== s && $f() !== s ? ((e3 = gf()) === s && (e3 = null), e3 !== s && $f() !== s && (n2 = Ra()) !== s ? (fa = r3, o2 = e3, u2 = n2, t4 = { action: t4.toLowerCase(), ...u2, keyword: o2, resource: "column", type: "alter" }, r3 = t4) : (la = r3, r3 = s)) : (la = r3, r3 = s);
            var o2, u2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = la, nl() !== s && $f() !== s ? ((t4 = gf()) === s && (t4 = null), t4 !== s && $f() !== s && (e3 = ic()) !== s ? (fa = r3, r3 = { action: "drop", column: e3, keyword: t4, resource: "column", type: "alter" }) : (la = r3, r3 = s)) : (la = r3, r3 = s);
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = la, (t4 = _f()) !== s && $f() !== s && (e3 = Wa()) !== s ? (fa = r3, n2 = e3, t4 = { action: "add", type: "alter", ...n2 }, r3 = t4) : (la = r3, r3 = s);
            var n2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = la, (t4 = _f()) !== s && $f() !== s && (e3 = qa()) !== s ? (fa = r3, n2 = e3, t4 = { action: "add", type: "alter", ...n2 }, r3 = t4) : (la = r3, r3 = s);
            var n2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = la, (t4 = fl()) !== s && $f() !== s ? ((e3 = tl()) === s && (e3 = hl()), e3 === s && (e3 = null), e3 !== s && $f() !== s && (n2 = fc()) !== s ? (fa = r3, u2 = n2, t4 = { action: "rename", type: "alter", resource: "table", keyword: (o2 = e3) && o2[0].toLowerCase(), table: u2 }, r3 = t4) : (la = r3, r3 = s)) : (la = r3, r3 = s);
            var o2, u2;
            return r3;
          })()) === s && (t3 = Ba()) === s && (t3 = $a()), t3;
        }
        function Ba() {
          var t3, e3, n2, o2;
          return t3 = la, "algorithm" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(P)), e3 !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s ? ("default" === r2.substr(la, 7).toLowerCase() ? (o2 = r2.substr(la, 7), la += 7) : (o2 = s, 0 === da && La(A)), o2 === s && ("instant" === r2.substr(la, 7).toLowerCase() ? (o2 = r2.substr(la, 7), la += 7) : (o2 = s, 0 === da && La(F)), o2 === s && ("inplace" === r2.substr(la, 7).toLowerCase() ? (o2 = r2.substr(la, 7), la += 7) : (o2 = s, 0 === da && La(H)), o2 === s && ("copy" === r2.substr(la, 4).toLowerCase() ? (o2 = r2.substr(la, 4), la += 4) : (o2 = s, 0 === da && La(B))))), o2 !== s ? (fa = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function $a() {
          var t3, e3, n2, o2;
          return t3 = la, "lock" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La($)), e3 !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s ? ("default" === r2.substr(la, 7).toLowerCase() ? (o2 = r2.substr(la, 7), la += 7) : (o2 = s, 0 === da && La(A)), o2 === s && ("none" === r2.substr(la, 4).toLowerCase() ? (o2 = r2.substr(la, 4), la += 4) : (o2 = s, 0 === da && La(W)), o2 === s && ("shared" === r2.substr(la, 6).toLowerCase() ? (o2 = r2.substr(la, 6), la += 6) : (o2 = s, 0 === da && La(q)), o2 === s && ("exclusive" === r2.substr(la, 9).toLowerCase() ? (o2 = r2.substr(la, 9), la += 9) : (o2 = s, 0 === da && La(G))))), o2 !== s ? (fa = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Wa() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          return r3 = la, (t3 = jf()) === s && (t3 = Tf()), t3 !== s && $f() !== s ? ((e3 = mc()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = vi()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = ni()) !== s && $f() !== s ? ((u2 = yi()) === s && (u2 = null), u2 !== s && $f() !== s ? (fa = r3, a2 = n2, i2 = u2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: a2, resource: "index", index_options: i2 }) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function qa() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = la, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "fulltext" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(Pu));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t4, t4 = e4 = "FULLTEXT") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "spatial" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(Fu));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t4, t4 = e4 = "SPATIAL") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()), e3 !== s && $f() !== s ? ((n2 = jf()) === s && (n2 = Tf()), n2 === s && (n2 = null), n2 !== s && $f() !== s ? ((o2 = mc()) === s && (o2 = null), o2 !== s && $f() !== s && (u2 = ni()) !== s && $f() !== s ? ((a2 = yi()) === s && (a2 = null), a2 !== s && $f() !== s ? (fa = t3, i2 = e3, l2 = a2, t3 = e3 = { index: o2, definition: u2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Ga() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = la, (e3 = Ya()) === s && (e3 = null);
            e3 !== s && $f() !== s ? ("primary key" === r2.substr(la, 11).toLowerCase() ? (n2 = r2.substr(la, 11), la += 11) : (n2 = s, 0 === da && La(V)), n2 !== s && $f() !== s ? ((o2 = vi()) === s && (o2 = null), o2 !== s && $f() !== s && (u2 = ni()) !== s && $f() !== s ? ((a2 = (function() {
              var r3, t5, e4, n3;
              r3 = la, (t5 = xl()) !== s && $f() !== s && Mf() !== s && $f() !== s && (e4 = di()) !== s && $f() !== s && Df() !== s && $f() !== s && Cl() !== s && $f() !== s && Pf() !== s && $f() !== s && (n3 = Cc()) !== s && $f() !== s && Ff() !== s ? (fa = r3, r3 = t5 = { with: e4, on: n3 }) : (la = r3, r3 = s);
              r3 === s && (r3 = la, (t5 = yi()) === s && (t5 = di()), t5 !== s && (fa = r3, t5 = /* @__PURE__ */ (function(r4) {
                return { index_options: r4 };
              })(t5)), r3 = t5);
              return r3;
            })()) === s && (a2 = null), a2 !== s ? (fa = t4, c2 = n2, l2 = o2, f2 = u2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", ...p2 }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = la, (t4 = Ya()) === s && (t4 = null);
            t4 !== s && $f() !== s && (e3 = xf()) !== s && $f() !== s ? ((n2 = jf()) === s && (n2 = Tf()), n2 === s && (n2 = null), n2 !== s && $f() !== s ? ((o2 = mc()) === s && (o2 = null), o2 !== s && $f() !== s ? ((u2 = vi()) === s && (u2 = null), u2 !== s && $f() !== s && (a2 = ni()) !== s && $f() !== s ? ((i2 = yi()) === s && (i2 = null), i2 !== s ? (fa = r3, l2 = e3, f2 = n2, p2 = o2, b2 = u2, v2 = a2, d2 = i2, t4 = { constraint: (c2 = t4) && c2.constraint, definition: v2, constraint_type: f2 && `${l2.toLowerCase()} ${f2.toLowerCase()}` || l2.toLowerCase(), keyword: c2 && c2.keyword, index_type: b2, index: p2, resource: "constraint", index_options: d2 }, r3 = t4) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s);
            var c2, l2, f2, p2, b2, v2, d2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = la, (e3 = Ya()) === s && (e3 = null);
            e3 !== s && $f() !== s ? ("foreign key" === r2.substr(la, 11).toLowerCase() ? (n2 = r2.substr(la, 11), la += 11) : (n2 = s, 0 === da && La(z)), n2 !== s && $f() !== s ? ((o2 = mc()) === s && (o2 = null), o2 !== s && $f() !== s && (u2 = ni()) !== s && $f() !== s ? ((a2 = Xa()) === s && (a2 = null), a2 !== s ? (fa = t4, c2 = n2, l2 = o2, f2 = u2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === s && (t3 = Va()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2;
            t4 = la, (e3 = Ya()) === s && (e3 = null);
            e3 !== s && $f() !== s && (n2 = rl()) !== s && $f() !== s && (o2 = Ki()) !== s && $f() !== s ? ("for" === r2.substr(la, 3).toLowerCase() ? (u2 = r2.substr(la, 3), la += 3) : (u2 = s, 0 === da && La(K)), u2 !== s && $f() !== s ? ((a2 = mc()) === s && (a2 = null), a2 !== s && $f() !== s ? (i2 = la, (c2 = xl()) !== s && (l2 = $f()) !== s && (f2 = jl()) !== s ? i2 = c2 = [c2, l2, f2] : (la = i2, i2 = s), i2 === s && (i2 = null), i2 !== s ? (fa = t4, p2 = e3, b2 = o2, v2 = a2, d2 = i2, e3 = { constraint_type: n2[0].toLowerCase(), keyword: p2 && p2.keyword, constraint: p2 && p2.constraint, definition: [b2], resource: "constraint", for: v2, with_values: d2 && { type: "origin", value: "with values" } }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var p2, b2, v2, d2;
            return t4;
          })()), t3;
        }
        function Ya() {
          var r3, t3, e3, n2;
          return r3 = la, (t3 = Nf()) !== s && $f() !== s ? ((e3 = fc()) === s && (e3 = null), e3 !== s ? (fa = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function Va() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2;
          return t3 = la, (e3 = Ya()) === s && (e3 = null), e3 !== s && $f() !== s ? ("check" === r2.substr(la, 5).toLowerCase() ? (n2 = r2.substr(la, 5), la += 5) : (n2 = s, 0 === da && La(M)), n2 !== s && $f() !== s ? (o2 = la, "not" === r2.substr(la, 3).toLowerCase() ? (u2 = r2.substr(la, 3), la += 3) : (u2 = s, 0 === da && La(X)), u2 !== s && (a2 = $f()) !== s ? ("for" === r2.substr(la, 3).toLowerCase() ? (i2 = r2.substr(la, 3), la += 3) : (i2 = s, 0 === da && La(K)), i2 !== s && (c2 = $f()) !== s ? ("replication" === r2.substr(la, 11).toLowerCase() ? (l2 = r2.substr(la, 11), la += 11) : (l2 = s, 0 === da && La(Q)), l2 !== s && (f2 = $f()) !== s ? o2 = u2 = [u2, a2, i2, c2, l2, f2] : (la = o2, o2 = s)) : (la = o2, o2 = s)) : (la = o2, o2 = s), o2 === s && (o2 = null), o2 !== s && (u2 = Mf()) !== s && (a2 = $f()) !== s && (i2 = Ki()) !== s && (c2 = $f()) !== s && (l2 = Df()) !== s ? (fa = t3, p2 = e3, b2 = o2, v2 = i2, t3 = e3 = { constraint_type: n2.toLowerCase(), keyword: p2 && p2.keyword, constraint: p2 && p2.constraint, index_type: b2 && { keyword: "not for replication", type: "" }, definition: [v2], resource: "constraint" }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Xa() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = la, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "references" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(qu));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t4, t4 = e4 = "REFERENCES") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s && $f() !== s && (n2 = Li()) !== s && $f() !== s && (o2 = ni()) !== s && $f() !== s ? ("match full" === r2.substr(la, 10).toLowerCase() ? (u2 = r2.substr(la, 10), la += 10) : (u2 = s, 0 === da && La(Z)), u2 === s && ("match partial" === r2.substr(la, 13).toLowerCase() ? (u2 = r2.substr(la, 13), la += 13) : (u2 = s, 0 === da && La(J)), u2 === s && ("match simple" === r2.substr(la, 12).toLowerCase() ? (u2 = r2.substr(la, 12), la += 12) : (u2 = s, 0 === da && La(rr)))), u2 === s && (u2 = null), u2 !== s && $f() !== s ? ((a2 = Ka()) === s && (a2 = null), a2 !== s && $f() !== s ? ((i2 = Ka()) === s && (i2 = null), i2 !== s ? (fa = t3, c2 = u2, l2 = a2, f2 = i2, t3 = e3 = { definition: o2, table: n2, keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = Ka()) !== s && (fa = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function Ka() {
          var t3, e3, n2, o2;
          return t3 = la, Cl() !== s && $f() !== s ? ((e3 = cl()) === s && (e3 = ul()), e3 !== s && $f() !== s && (n2 = (function() {
            var t4, e4, n3;
            t4 = la, (e4 = Lf()) !== s && $f() !== s && Mf() !== s && $f() !== s ? ((n3 = $i()) === s && (n3 = null), n3 !== s && $f() !== s && Df() !== s ? (fa = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            t4 === s && (t4 = la, "restrict" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(tr)), e4 === s && ("cascade" === r2.substr(la, 7).toLowerCase() ? (e4 = r2.substr(la, 7), la += 7) : (e4 = s, 0 === da && La(er)), e4 === s && ("set null" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(nr)), e4 === s && ("no action" === r2.substr(la, 9).toLowerCase() ? (e4 = r2.substr(la, 9), la += 9) : (e4 = s, 0 === da && La(or)), e4 === s && ("set default" === r2.substr(la, 11).toLowerCase() ? (e4 = r2.substr(la, 11), la += 11) : (e4 = s, 0 === da && La(sr)), e4 === s && (e4 = Lf()))))), e4 !== s && (fa = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== s ? (fa = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Qa() {
          var t3, e3, n2;
          return t3 = la, "character" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(ur)), e3 !== s && $f() !== s ? ("set" === r2.substr(la, 3).toLowerCase() ? (n2 = r2.substr(la, 3), la += 3) : (n2 = s, 0 === da && La(ar)), n2 !== s ? (fa = t3, t3 = e3 = "CHARACTER SET") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function za() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = la, (e3 = rl()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = Qa()) === s && ("charset" === r2.substr(la, 7).toLowerCase() ? (n2 = r2.substr(la, 7), la += 7) : (n2 = s, 0 === da && La(ir)), n2 === s && ("collate" === r2.substr(la, 7).toLowerCase() ? (n2 = r2.substr(la, 7), la += 7) : (n2 = s, 0 === da && La(cr)))), n2 !== s && $f() !== s ? ((o2 = Ef()) === s && (o2 = null), o2 !== s && $f() !== s && (u2 = lc()) !== s ? (fa = t3, i2 = n2, c2 = o2, l2 = u2, t3 = e3 = { keyword: (a2 = e3) && `${a2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Za() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = la, "auto_increment" === r2.substr(la, 14).toLowerCase() ? (e3 = r2.substr(la, 14), la += 14) : (e3 = s, 0 === da && La(lr)), e3 === s && ("avg_row_length" === r2.substr(la, 14).toLowerCase() ? (e3 = r2.substr(la, 14), la += 14) : (e3 = s, 0 === da && La(fr)), e3 === s && ("key_block_size" === r2.substr(la, 14).toLowerCase() ? (e3 = r2.substr(la, 14), la += 14) : (e3 = s, 0 === da && La(pr)), e3 === s && ("max_rows" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(br)), e3 === s && ("min_rows" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(vr)), e3 === s && ("stats_sample_pages" === r2.substr(la, 18).toLowerCase() ? (e3 = r2.substr(la, 18), la += 18) : (e3 = s, 0 === da && La(dr))))))), e3 !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = Yc()) !== s ? (fa = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = za()) === s && (t3 = la, (e3 = If()) === s && ("connection" === r2.substr(la, 10).toLowerCase() ? (e3 = r2.substr(la, 10), la += 10) : (e3 = s, 0 === da && La(yr))), e3 !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = $c()) !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, "compression" === r2.substr(la, 11).toLowerCase() ? (e3 = r2.substr(la, 11), la += 11) : (e3 = s, 0 === da && La(hr)), e3 !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s ? (o2 = la, 39 === r2.charCodeAt(la) ? (u2 = "'", la++) : (u2 = s, 0 === da && La(wr)), u2 !== s ? ("zlib" === r2.substr(la, 4).toLowerCase() ? (a2 = r2.substr(la, 4), la += 4) : (a2 = s, 0 === da && La(mr)), a2 === s && ("lz4" === r2.substr(la, 3).toLowerCase() ? (a2 = r2.substr(la, 3), la += 3) : (a2 = s, 0 === da && La(Lr)), a2 === s && ("none" === r2.substr(la, 4).toLowerCase() ? (a2 = r2.substr(la, 4), la += 4) : (a2 = s, 0 === da && La(W)))), a2 !== s ? (39 === r2.charCodeAt(la) ? (i2 = "'", la++) : (i2 = s, 0 === da && La(wr)), i2 !== s ? o2 = u2 = [u2, a2, i2] : (la = o2, o2 = s)) : (la = o2, o2 = s)) : (la = o2, o2 = s), o2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, "engine" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Cr)), e3 !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = Cc()) !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = Cl()) !== s && $f() !== s && (n2 = Pf()) !== s && $f() !== s && (o2 = Cc()) !== s && (u2 = $f()) !== s && (a2 = Ff()) !== s ? (fa = t3, t3 = e3 = { keyword: "on", value: `[${o2}]` }) : (la = t3, t3 = s), t3 === s && (t3 = la, "textimage_on" === r2.substr(la, 12).toLowerCase() ? (e3 = r2.substr(la, 12), la += 12) : (e3 = s, 0 === da && La(Ar)), e3 !== s && $f() !== s && (n2 = Pf()) !== s && $f() !== s && (o2 = Cc()) !== s && (u2 = $f()) !== s && (a2 = Ff()) !== s ? (fa = t3, t3 = e3 = { keyword: "textimage_on", value: `[${o2}]` }) : (la = t3, t3 = s)))))), t3;
        }
        function Ja() {
          var t3, e3, n2, o2, u2;
          return t3 = la, (e3 = _i()) !== s && $f() !== s && (n2 = (function() {
            var t4, e4, n3;
            return t4 = la, "read" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(Lt)), e4 !== s && $f() !== s ? ("local" === r2.substr(la, 5).toLowerCase() ? (n3 = r2.substr(la, 5), la += 5) : (n3 = s, 0 === da && La(Ct)), n3 === s && (n3 = null), n3 !== s ? (fa = t4, t4 = e4 = { type: "read", suffix: n3 && "local" }) : (la = t4, t4 = s)) : (la = t4, t4 = s), t4 === s && (t4 = la, "low_priority" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(At)), e4 === s && (e4 = null), e4 !== s && $f() !== s ? ("write" === r2.substr(la, 5).toLowerCase() ? (n3 = r2.substr(la, 5), la += 5) : (n3 = s, 0 === da && La(Et)), n3 !== s ? (fa = t4, t4 = e4 = { type: "write", prefix: e4 && "low_priority" }) : (la = t4, t4 = s)) : (la = t4, t4 = s)), t4;
          })()) !== s ? (fa = t3, o2 = e3, u2 = n2, wp.add(`lock::${[o2.server, o2.db, o2.schema].filter(Boolean).join(".") || null}::${o2.table}`), t3 = e3 = { table: o2, lock_type: u2 }) : (la = t3, t3 = s), t3;
        }
        function ri() {
          var t3, e3, n2, o2, u2, a2, i2;
          return (t3 = oi()) === s && (t3 = la, e3 = la, 40 === r2.charCodeAt(la) ? (n2 = "(", la++) : (n2 = s, 0 === da && La(gt)), n2 !== s && (o2 = $f()) !== s && (u2 = ri()) !== s && (a2 = $f()) !== s ? (41 === r2.charCodeAt(la) ? (i2 = ")", la++) : (i2 = s, 0 === da && La(jt)), i2 !== s ? e3 = n2 = [n2, o2, u2, a2, i2] : (la = e3, e3 = s)) : (la = e3, e3 = s), e3 !== s && (fa = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function ti() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, d2;
          if (t3 = la, xl() !== s) if ($f() !== s) if ((e3 = ei()) !== s) {
            for (n2 = [], o2 = la, (u2 = $f()) !== s && (a2 = Rf()) !== s && (i2 = $f()) !== s && (c2 = ei()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (la = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = la, (u2 = $f()) !== s && (a2 = Rf()) !== s && (i2 = $f()) !== s && (c2 = ei()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (la = o2, o2 = s);
            n2 !== s ? (fa = t3, t3 = v(e3, n2)) : (la = t3, t3 = s);
          } else la = t3, t3 = s;
          else la = t3, t3 = s;
          else la = t3, t3 = s;
          if (t3 === s) if (t3 = la, $f() !== s) if (xl() !== s) if ((e3 = $f()) !== s) if ((n2 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "recursive" === r2.substr(la, 9).toLowerCase() ? (e4 = r2.substr(la, 9), la += 9) : (e4 = s, 0 === da && La(go));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s) if ((o2 = $f()) !== s) if ((u2 = ei()) !== s) {
            for (a2 = [], i2 = la, (c2 = $f()) !== s && (l2 = Rf()) !== s && (f2 = $f()) !== s && (p2 = ei()) !== s ? i2 = c2 = [c2, l2, f2, p2] : (la = i2, i2 = s); i2 !== s; ) a2.push(i2), i2 = la, (c2 = $f()) !== s && (l2 = Rf()) !== s && (f2 = $f()) !== s && (p2 = ei()) !== s ? i2 = c2 = [c2, l2, f2, p2] : (la = i2, i2 = s);
            a2 !== s ? (fa = t3, d2 = a2, (b2 = u2).recursive = true, t3 = bp(b2, d2)) : (la = t3, t3 = s);
          } else la = t3, t3 = s;
          else la = t3, t3 = s;
          else la = t3, t3 = s;
          else la = t3, t3 = s;
          else la = t3, t3 = s;
          else la = t3, t3 = s;
          return t3;
        }
        function ei() {
          var r3, t3, e3, n2, o2;
          return r3 = la, (t3 = $c()) === s && (t3 = Cc()), t3 !== s && $f() !== s ? ((e3 = ni()) === s && (e3 = null), e3 !== s && $f() !== s && hl() !== s && $f() !== s && Mf() !== s && $f() !== s && (n2 = Ta()) !== s && $f() !== s && Df() !== s ? (fa = r3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2, columns: e3 }) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function ni() {
          var r3, t3;
          return r3 = la, Mf() !== s && $f() !== s && (t3 = ki()) !== s && $f() !== s && Df() !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s), r3;
        }
        function oi() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, d2, y2, h2, w2, m2, L2, C2, A2, E2, _2, g2, j2, T2, x2;
          return t3 = la, $f() !== s ? ((e3 = ti()) === s && (e3 = null), e3 !== s && $f() !== s && (function() {
            var t4, e4, n3, o3;
            t4 = la, "select" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(mo));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && Wf() !== s ? ((n2 = (function() {
            var r3, t4, e4, n3, o3, u3;
            if (r3 = la, (t4 = si()) !== s) {
              for (e4 = [], n3 = la, (o3 = $f()) !== s && (u3 = si()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u3 = si()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s);
              e4 !== s ? (fa = r3, t4 = (function(r4, t5) {
                const e5 = [r4];
                for (let r5 = 0, n4 = t5.length; r5 < n4; ++r5) e5.push(t5[r5][1]);
                return e5;
              })(t4, e4), r3 = t4) : (la = r3, r3 = s);
            } else la = r3, r3 = s;
            return r3;
          })()) === s && (n2 = null), n2 !== s && $f() !== s ? ((o2 = Dl()) === s && (o2 = null), o2 !== s && $f() !== s ? ((u2 = (function() {
            var t4, e4, n3, o3, u3;
            t4 = la, (e4 = el()) !== s && $f() !== s && (n3 = Mf()) !== s && $f() !== s && (o3 = Vc()) !== s && $f() !== s && Df() !== s && $f() !== s ? ("percent" === r2.substr(la, 7).toLowerCase() ? (u3 = r2.substr(la, 7), la += 7) : (u3 = s, 0 === da && La(Tt)), u3 === s && (u3 = null), u3 !== s ? (fa = t4, e4 = { value: o3, percent: (a3 = u3) && a3.toLowerCase(), parentheses: true }, t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var a3;
            t4 === s && (t4 = la, (e4 = el()) !== s && $f() !== s && (n3 = Vc()) !== s && $f() !== s ? ("percent" === r2.substr(la, 7).toLowerCase() ? (o3 = r2.substr(la, 7), la += 7) : (o3 = s, 0 === da && La(Tt)), o3 === s && (o3 = null), o3 !== s ? (fa = t4, e4 = (function(r3, t5) {
              return { value: r3, percent: t5 && t5.toLowerCase() };
            })(n3, o3), t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s));
            return t4;
          })()) === s && (u2 = null), u2 !== s && $f() !== s && (a2 = ui()) !== s && $f() !== s ? ((i2 = (function() {
            var r3, t4;
            r3 = la, vl() !== s && $f() !== s && (t4 = fc()) !== s ? (fa = r3, r3 = { type: "into", expr: t4 }) : (la = r3, r3 = s);
            return r3;
          })()) === s && (i2 = null), i2 !== s && $f() !== s ? ((c2 = li()) === s && (c2 = null), c2 !== s && $f() !== s ? ((l2 = Si()) === s && (l2 = null), l2 !== s && $f() !== s ? ((f2 = (function() {
            var r3, t4, e4;
            r3 = la, (t4 = kl()) !== s && $f() !== s && Il() !== s && $f() !== s && (e4 = $i()) !== s ? (fa = r3, t4 = { columns: e4.value }, r3 = t4) : (la = r3, r3 = s);
            return r3;
          })()) === s && (f2 = null), f2 !== s && $f() !== s ? ((p2 = (function() {
            var t4, e4;
            t4 = la, (function() {
              var t5, e5, n3, o3;
              t5 = la, "having" === r2.substr(la, 6).toLowerCase() ? (e5 = r2.substr(la, 6), la += 6) : (e5 = s, 0 === da && La(ns));
              e5 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })() !== s && $f() !== s && (e4 = Ki()) !== s ? (fa = t4, t4 = e4) : (la = t4, t4 = s);
            return t4;
          })()) === s && (p2 = null), p2 !== s && $f() !== s ? ((b2 = Ni()) === s && (b2 = null), b2 !== s && $f() !== s ? ((v2 = Ui()) === s && (v2 = null), v2 !== s && $f() !== s ? ((d2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "for" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(K));
              e4 !== s && $f() !== s ? ("json" === r2.substr(la, 4).toLowerCase() ? (n3 = r2.substr(la, 4), la += 4) : (n3 = s, 0 === da && La(Ue)), n3 !== s && $f() !== s && (o3 = (function() {
                var t6, e5;
                t6 = la, "path" === r2.substr(la, 4).toLowerCase() ? (e5 = r2.substr(la, 4), la += 4) : (e5 = s, 0 === da && La(Oe));
                e5 !== s && (fa = t6, e5 = Ne(e5));
                return t6 = e5;
              })()) !== s ? (fa = t5, u3 = o3, e4 = { type: "for json", ...u3 }, t5 = e4) : (la = t5, t5 = s)) : (la = t5, t5 = s);
              var u3;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "for" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(K));
              e4 !== s && $f() !== s ? ("xml" === r2.substr(la, 3).toLowerCase() ? (n3 = r2.substr(la, 3), la += 3) : (n3 = s, 0 === da && La(Re)), n3 !== s && $f() !== s && (o3 = (function() {
                var t6, e5, n4, o4, u4, a3, i3, c3;
                t6 = la, "raw" === r2.substr(la, 3).toLowerCase() ? (e5 = r2.substr(la, 3), la += 3) : (e5 = s, 0 === da && La(Se));
                e5 === s && ("auto" === r2.substr(la, 4).toLowerCase() ? (e5 = r2.substr(la, 4), la += 4) : (e5 = s, 0 === da && La(ke)), e5 === s && ("explicit" === r2.substr(la, 8).toLowerCase() ? (e5 = r2.substr(la, 8), la += 8) : (e5 = s, 0 === da && La(Ie))));
                e5 !== s && (fa = t6, e5 = Ne(e5));
                (t6 = e5) === s && (t6 = la, "path" === r2.substr(la, 4).toLowerCase() ? (e5 = r2.substr(la, 4), la += 4) : (e5 = s, 0 === da && La(Oe)), e5 !== s && $f() !== s ? (n4 = la, (o4 = Mf()) !== s && (u4 = $f()) !== s ? ((a3 = ic()) === s && (a3 = $c()), a3 === s && (a3 = null), a3 !== s && (i3 = $f()) !== s && (c3 = Df()) !== s ? n4 = o4 = [o4, u4, a3, i3, c3] : (la = n4, n4 = s)) : (la = n4, n4 = s), n4 === s && (n4 = null), n4 !== s ? (fa = t6, e5 = { keyword: e5, expr: (l3 = n4) && l3[2] }, t6 = e5) : (la = t6, t6 = s)) : (la = t6, t6 = s));
                var l3;
                return t6;
              })()) !== s ? (fa = t5, u3 = o3, e4 = { type: "for xml", ...u3 }, t5 = e4) : (la = t5, t5 = s)) : (la = t5, t5 = s);
              var u3;
              return t5;
            })());
            return t4;
          })()) === s && (d2 = null), d2 !== s ? (fa = t3, y2 = e3, h2 = n2, w2 = o2, m2 = u2, L2 = a2, C2 = i2, E2 = l2, _2 = f2, g2 = p2, j2 = b2, T2 = v2, x2 = d2, (A2 = c2) && A2.forEach((r3) => r3.table && wp.add(`select::${[r3.server, r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), t3 = { with: y2, type: "select", options: h2, distinct: w2, columns: L2, into: { ...C2 || {}, position: C2 && "column" }, from: A2, for: x2, where: E2, groupby: _2, having: g2, top: m2, orderby: j2, limit: T2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function si() {
          var t3, e3;
          return t3 = la, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(la, 19).toLowerCase() ? (t4 = r2.substr(la, 19), la += 19) : (t4 = s, 0 === da && La(Gu));
            return t4;
          })()) === s && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(la, 9).toLowerCase() ? (t4 = r2.substr(la, 9), la += 9) : (t4 = s, 0 === da && La(Yu));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(la, 12).toLowerCase() ? (t4 = r2.substr(la, 12), la += 12) : (t4 = s, 0 === da && La(Vu));
            return t4;
          })()), e3 === s && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(la, 14).toLowerCase() ? (t4 = r2.substr(la, 14), la += 14) : (t4 = s, 0 === da && La(Ku));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(la, 16).toLowerCase() ? (t4 = r2.substr(la, 16), la += 16) : (t4 = s, 0 === da && La(Xu));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(la, 17).toLowerCase() ? (t4 = r2.substr(la, 17), la += 17) : (t4 = s, 0 === da && La(Qu));
            return t4;
          })())), e3 !== s && (fa = t3, e3 = e3), t3 = e3;
        }
        function ui() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = Ml()) === s && (t3 = la, (e3 = Uf()) !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = Uf())), t3 !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = ai()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = ai()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
              mp.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null };
              return t4 && t4.length > 0 ? bp(e4, t4) : [e4];
            })(0, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          if (r3 === s) if (r3 = la, (t3 = ai()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = ai()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = ai()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = v(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function ai() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = la, t3 = la, (e3 = fc()) !== s && (n2 = $f()) !== s && (o2 = Of()) !== s ? t3 = e3 = [e3, n2, o2] : (la = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = $f()) !== s && (n2 = Uf()) !== s ? (fa = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return mp.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null };
          })(t3)) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = (function() {
            var r4, t4, e4, n3, o3, u3, a3, i2;
            if (r4 = la, (t4 = Xi()) !== s) {
              for (e4 = [], n3 = la, (o3 = $f()) !== s ? ((u3 = ql()) === s && (u3 = Gl()) === s && (u3 = Bf()), u3 !== s && (a3 = $f()) !== s && (i2 = Xi()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (la = n3, n3 = s)) : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s ? ((u3 = ql()) === s && (u3 = Gl()) === s && (u3 = Bf()), u3 !== s && (a3 = $f()) !== s && (i2 = Xi()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (la = n3, n3 = s)) : (la = n3, n3 = s);
              e4 !== s ? (fa = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n4 = t5.length;
                let o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  const n5 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o4 = fp(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            return r4;
          })()) !== s && (e3 = $f()) !== s ? ((n2 = ci()) === s && (n2 = null), n2 !== s ? (fa = r3, a2 = n2, "double_quote_string" !== (u2 = t3).type && "single_quote_string" !== u2.type || mp.add("select::null::" + u2.value), r3 = t3 = { expr: u2, as: a2 }) : (la = r3, r3 = s)) : (la = r3, r3 = s)), r3;
        }
        function ii() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2;
          return r3 = la, (t3 = hl()) === s && (t3 = null), t3 !== s && $f() !== s && (e3 = fc()) !== s ? (n2 = la, (o2 = $f()) !== s && (u2 = Mf()) !== s && (a2 = $f()) !== s && (i2 = cc()) !== s && (c2 = $f()) !== s && (l2 = Df()) !== s ? n2 = o2 = [o2, u2, a2, i2, c2, l2] : (la = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (fa = r3, f2 = e3, r3 = t3 = (p2 = n2) ? `${f2}(${p2[3].join(", ")})` : f2) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function ci() {
          var r3, t3, e3;
          return r3 = la, (t3 = hl()) !== s && $f() !== s && (e3 = (function() {
            var r4, t4;
            r4 = la, (t4 = Cc()) !== s ? (fa = la, ((function(r5) {
              if (true === ip[r5.toUpperCase()]) throw new Error("Error: " + JSON.stringify(r5) + " is a reserved word, can not as alias clause");
              return false;
            })(t4) ? s : void 0) !== s ? (fa = r4, r4 = t4 = t4) : (la = r4, r4 = s)) : (la = r4, r4 = s);
            r4 === s && (r4 = la, (t4 = bc()) !== s && (fa = r4, t4 = t4), r4 = t4);
            return r4;
          })()) !== s ? (fa = r3, r3 = t3 = e3) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = hl()) === s && (t3 = null), t3 !== s && $f() !== s && (e3 = fc()) !== s ? (fa = r3, r3 = t3 = e3) : (la = r3, r3 = s)), r3;
        }
        function li() {
          var t3, e3, n2, o2, u2;
          return t3 = la, dl() !== s && $f() !== s && (e3 = Li()) !== s && $f() !== s ? ((n2 = (function() {
            var t4, e4, n3, o3, u3;
            t4 = la, (e4 = (function() {
              var t5, e5, n4, o4;
              t5 = la, "pivot" === r2.substr(la, 5).toLowerCase() ? (e5 = r2.substr(la, 5), la += 5) : (e5 = s, 0 === da && La(xu));
              e5 !== s ? (n4 = la, da++, o4 = Ec(), da--, o4 === s ? n4 = void 0 : (la = n4, n4 = s), n4 !== s ? (fa = t5, t5 = e5 = "PIVOT") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = Tc()) !== s && $f() !== s && (o3 = pi()) !== s && $f() !== s && Df() !== s && $f() !== s ? ((u3 = ci()) === s && (u3 = null), u3 !== s ? (fa = t4, a2 = o3, i2 = u3, e4 = { type: "pivot", expr: n3, ...a2, as: i2 }, t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var a2, i2;
            t4 === s && (t4 = la, (e4 = (function() {
              var t5, e5, n4, o4;
              t5 = la, "unpivot" === r2.substr(la, 7).toLowerCase() ? (e5 = r2.substr(la, 7), la += 7) : (e5 = s, 0 === da && La(Su));
              e5 !== s ? (n4 = la, da++, o4 = Ec(), da--, o4 === s ? n4 = void 0 : (la = n4, n4 = s), n4 !== s ? (fa = t5, t5 = e5 = "UNPIVOT") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = ic()) !== s && $f() !== s && (o3 = pi()) !== s && $f() !== s && Df() !== s && $f() !== s ? ((u3 = ci()) === s && (u3 = null), u3 !== s ? (fa = t4, e4 = (function(r3, t5, e5) {
              return { type: "unpivot", expr: r3, ...t5, as: e5 };
            })(n3, o3, u3), t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s));
            return t4;
          })()) === s && (n2 = null), n2 !== s ? (fa = t3, u2 = n2, (o2 = e3)[0] && (o2[0].operator = u2), t3 = o2) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function fi() {
          var t3, e3, n2, o2;
          return t3 = la, "for" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(K)), e3 !== s && $f() !== s ? ("system_time" === r2.substr(la, 11).toLowerCase() ? (n2 = r2.substr(la, 11), la += 11) : (n2 = s, 0 === da && La(xt)), n2 !== s && $f() !== s && (o2 = (function() {
            var t4, e4, n3, o3, u2;
            t4 = la, (e4 = hl()) !== s && $f() !== s ? ("of" === r2.substr(la, 2).toLowerCase() ? (n3 = r2.substr(la, 2), la += 2) : (n3 = s, 0 === da && La(St)), n3 !== s && $f() !== s && (o3 = Xi()) !== s ? (fa = t4, t4 = e4 = { type: "temporal_table_option", keyword: "as", of: o3 }) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            t4 === s && (t4 = la, (e4 = dl()) !== s && $f() !== s && (n3 = Xi()) !== s && $f() !== s && (o3 = tl()) !== s && $f() !== s && (u2 = Xi()) !== s ? (fa = t4, e4 = /* @__PURE__ */ (function(r3, t5) {
              return { type: "temporal_table_option", keyword: "from_to", from: r3, to: t5 };
            })(n3, u2), t4 = e4) : (la = t4, t4 = s), t4 === s && (t4 = la, (e4 = Pl()) !== s && $f() !== s && (n3 = Xi()) !== s && $f() !== s && (o3 = ql()) !== s && $f() !== s && (u2 = Xi()) !== s ? (fa = t4, t4 = e4 = { type: "temporal_table_option", keyword: "between_and", between: n3, and: u2 }) : (la = t4, t4 = s), t4 === s && (t4 = la, "contained" === r2.substr(la, 9).toLowerCase() ? (e4 = r2.substr(la, 9), la += 9) : (e4 = s, 0 === da && La(kt)), e4 !== s && $f() !== s && (n3 = Fl()) !== s && $f() !== s && (o3 = Mf()) !== s && $f() !== s && (u2 = $i()) !== s && $f() !== s && Df() !== s ? (fa = t4, e4 = (function(r3) {
              return r3.parentheses = true, { type: "temporal_table_option", keyword: "contained", in: r3 };
            })(u2), t4 = e4) : (la = t4, t4 = s))));
            return t4;
          })()) !== s ? (fa = t3, t3 = e3 = { keyword: "for system_time", expr: o2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function pi() {
          var t3, e3, n2, o2;
          return t3 = la, "for" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(K)), e3 !== s && $f() !== s && (n2 = ic()) !== s && $f() !== s && (o2 = tc()) !== s ? (fa = t3, t3 = e3 = { column: n2, in_expr: o2 }) : (la = t3, t3 = s), t3;
        }
        function bi() {
          var r3, t3, e3;
          return r3 = la, (t3 = ji()) !== s && $f() !== s && tl() !== s && $f() !== s && (e3 = ji()) !== s ? (fa = r3, r3 = t3 = [t3, e3]) : (la = r3, r3 = s), r3;
        }
        function vi() {
          var t3, e3, n2;
          return t3 = la, (e3 = Tl()) !== s && $f() !== s ? ("btree" === r2.substr(la, 5).toLowerCase() ? (n2 = r2.substr(la, 5), la += 5) : (n2 = s, 0 === da && La(It)), n2 === s && ("hash" === r2.substr(la, 4).toLowerCase() ? (n2 = r2.substr(la, 4), la += 4) : (n2 = s, 0 === da && La(Nt))), n2 !== s ? (fa = t3, t3 = e3 = { keyword: "using", type: n2.toLowerCase() }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = Sf()) === s && (e3 = kf()), e3 !== s && (fa = t3, e3 = { keyword: e3.toLowerCase() }), t3 = e3), t3;
        }
        function di() {
          var r3, t3, e3, n2, o2, u2, a2, c2;
          if (r3 = la, (t3 = mi()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = mi()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = mi()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = i(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function yi() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = la, (t3 = mi()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = mi()) !== s ? n2 = o2 = [o2, u2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = mi()) !== s ? n2 = o2 = [o2, u2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function hi() {
          var r3, t3, e3, n2;
          return r3 = la, (t3 = Yc()) !== s && $f() !== s && (e3 = tl()) !== s && $f() !== s && Yc() !== s ? (fa = r3, n2 = t3, r3 = t3 = { type: "range", symbol: e3[0], start: n2, end: n2 }) : (la = r3, r3 = s), r3 === s && (r3 = Yc()), r3;
        }
        function wi() {
          var t3, e3, n2;
          return t3 = la, Cl() !== s && $f() !== s ? ("partitions" === r2.substr(la, 10).toLowerCase() ? (e3 = r2.substr(la, 10), la += 10) : (e3 = s, 0 === da && La(Ot)), e3 !== s && $f() !== s && Mf() !== s && $f() !== s && (n2 = (function() {
            var r3, t4, e4, n3, o2, u2, a2, c2;
            if (r3 = la, (t4 = hi()) !== s) {
              for (e4 = [], n3 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = hi()) !== s ? n3 = o2 = [o2, u2, a2, c2] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = hi()) !== s ? n3 = o2 = [o2, u2, a2, c2] : (la = n3, n3 = s);
              e4 !== s ? (fa = r3, r3 = t4 = i(t4, e4)) : (la = r3, r3 = s);
            } else la = r3, r3 = s;
            return r3;
          })()) !== s && $f() !== s && Df() !== s ? (fa = t3, t3 = { type: "on partitions", partitions: n2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function mi() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = la, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "key_block_size" === r2.substr(la, 14).toLowerCase() ? (e4 = r2.substr(la, 14), la += 14) : (e4 = s, 0 === da && La(pr));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s && $f() !== s ? ((n2 = Ef()) === s && (n2 = null), n2 !== s && $f() !== s && (o2 = Yc()) !== s ? (fa = t3, t3 = e3 = Rt(e3, n2, o2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, "fillfactor" === r2.substr(la, 10).toLowerCase() ? (e3 = r2.substr(la, 10), la += 10) : (e3 = s, 0 === da && La(Ut)), e3 === s && ("max_duration" === r2.substr(la, 12).toLowerCase() ? (e3 = r2.substr(la, 12), la += 12) : (e3 = s, 0 === da && La(Mt)), e3 === s && ("maxdop" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Dt)))), e3 !== s && $f() !== s && (n2 = Ef()) !== s && $f() !== s && (o2 = Yc()) !== s ? (fa = t3, t3 = e3 = Rt(e3, n2, o2)) : (la = t3, t3 = s), t3 === s && (t3 = vi()) === s && (t3 = la, "with" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Pt)), e3 !== s && $f() !== s ? ("parser" === r2.substr(la, 6).toLowerCase() ? (n2 = r2.substr(la, 6), la += 6) : (n2 = s, 0 === da && La(Ft)), n2 !== s && $f() !== s && (o2 = Cc()) !== s ? (fa = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, "visible" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Ht)), e3 === s && ("invisible" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(Bt))), e3 !== s && (fa = t3, e3 = { type: (a2 = e3).toLowerCase(), expr: a2.toLowerCase() }), (t3 = e3) === s && (t3 = la, "pad_index" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La($t)), e3 === s && ("sort_in_tempdb" === r2.substr(la, 14).toLowerCase() ? (e3 = r2.substr(la, 14), la += 14) : (e3 = s, 0 === da && La(Wt)), e3 === s && ("ignore_dup_key" === r2.substr(la, 14).toLowerCase() ? (e3 = r2.substr(la, 14), la += 14) : (e3 = s, 0 === da && La(qt)), e3 === s && ("statistics_norecompute" === r2.substr(la, 22).toLowerCase() ? (e3 = r2.substr(la, 22), la += 22) : (e3 = s, 0 === da && La(Gt)), e3 === s && ("statistics_incremental" === r2.substr(la, 22).toLowerCase() ? (e3 = r2.substr(la, 22), la += 22) : (e3 = s, 0 === da && La(Yt)), e3 === s && ("drop_existing" === r2.substr(la, 13).toLowerCase() ? (e3 = r2.substr(la, 13), la += 13) : (e3 = s, 0 === da && La(Vt)), e3 === s && ("online" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Xt)), e3 === s && ("resumable" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(Kt)), e3 === s && ("allow_row_locks" === r2.substr(la, 15).toLowerCase() ? (e3 = r2.substr(la, 15), la += 15) : (e3 = s, 0 === da && La(Qt)), e3 === s && ("allow_page_locks" === r2.substr(la, 16).toLowerCase() ? (e3 = r2.substr(la, 16), la += 16) : (e3 = s, 0 === da && La(zt)), e3 === s && ("optimize_for_sequential_key" === r2.substr(la, 27).toLowerCase() ? (e3 = r2.substr(la, 27), la += 27) : (e3 = s, 0 === da && La(Zt)))))))))))), e3 !== s && $f() !== s && (n2 = Ef()) !== s && $f() !== s ? ((o2 = Cl()) === s && (o2 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "off" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(Ho));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()), o2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: r3.toLowerCase(), symbol: t4, expr: { type: "origin", value: e4[0] } };
          })(e3, n2, o2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, "data_compression" === r2.substr(la, 16).toLowerCase() ? (e3 = r2.substr(la, 16), la += 16) : (e3 = s, 0 === da && La(Jt)), e3 !== s && $f() !== s && (n2 = Ef()) !== s && $f() !== s ? ("none" === r2.substr(la, 4).toLowerCase() ? (o2 = r2.substr(la, 4), la += 4) : (o2 = s, 0 === da && La(W)), o2 === s && ("row" === r2.substr(la, 3).toLowerCase() ? (o2 = r2.substr(la, 3), la += 3) : (o2 = s, 0 === da && La(re)), o2 === s && ("PAGE" === r2.substr(la, 4) ? (o2 = "PAGE", la += 4) : (o2 = s, 0 === da && La(te)))), o2 !== s && $f() !== s ? ((u2 = wi()) === s && (u2 = null), u2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            return { type: r3.toLowerCase(), symbol: t4, expr: { value: e4, on: n3 } };
          })(e3, n2, o2, u2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = Gf())))))), t3;
        }
        function Li() {
          var r3, t3, e3, n2;
          if (r3 = la, (t3 = _i()) !== s) {
            for (e3 = [], n2 = Ci(); n2 !== s; ) e3.push(n2), n2 = Ci();
            e3 !== s ? (fa = r3, r3 = t3 = ee(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Ci() {
          var r3, t3, e3;
          return r3 = la, $f() !== s && (t3 = Rf()) !== s && $f() !== s && (e3 = _i()) !== s ? (fa = r3, r3 = e3) : (la = r3, r3 = s), r3 === s && (r3 = la, $f() !== s && (t3 = (function() {
            var r4, t4, e4, n2, o2, u2;
            r4 = la, (t4 = gi()) !== s && $f() !== s && (e4 = _i()) !== s && $f() !== s && (n2 = Tl()) !== s && $f() !== s && Mf() !== s && $f() !== s && (o2 = Ac()) !== s && $f() !== s && (u2 = Df()) !== s ? (fa = r4, a2 = t4, c2 = o2, (i2 = e4).join = a2, i2.using = c2, r4 = t4 = i2) : (la = r4, r4 = s);
            var a2, i2, c2;
            r4 === s && (r4 = la, (t4 = gi()) !== s && $f() !== s && (e4 = _i()) !== s && $f() !== s ? ((n2 = xi()) === s && (n2 = null), n2 !== s ? (fa = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (la = r4, r4 = s)) : (la = r4, r4 = s), r4 === s && (r4 = la, (t4 = gi()) === s && (t4 = ja()), t4 !== s && $f() !== s && (e4 = Mf()) !== s && $f() !== s && (n2 = Ta()) !== s && $f() !== s && Df() !== s && $f() !== s ? ((o2 = ci()) === s && (o2 = null), o2 !== s && $f() !== s ? ((u2 = xi()) === s && (u2 = null), u2 !== s ? (fa = r4, t4 = (function(r5, t5, e5, n3) {
              return t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, u2), r4 = t4) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s)));
            return r4;
          })()) !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s)), r3;
        }
        function Ai() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = la, "forceseek" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(ne)), e3 !== s && $f() !== s && Mf() !== s && $f() !== s && (n2 = fc()) !== s && $f() !== s && (o2 = Mf()) !== s && $f() !== s && (u2 = ki()) !== s && $f() !== s && Df() !== s && $f() !== s && Df() !== s ? (fa = t3, t3 = e3 = { keyword: "forceseek", index: n2, index_columns: u2, parentheses: true }) : (la = t3, t3 = s), t3 === s && (t3 = la, "spatial_window_max_cells" === r2.substr(la, 24).toLowerCase() ? (e3 = r2.substr(la, 24), la += 24) : (e3 = s, 0 === da && La(oe)), e3 !== s && $f() !== s && Ef() !== s && $f() !== s && (n2 = Yc()) !== s ? (fa = t3, t3 = e3 = { keyword: "spatial_window_max_cells", expr: n2 }) : (la = t3, t3 = s), t3 === s && (t3 = la, "noexpand" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(se)), e3 === s && (e3 = null), e3 !== s && $f() !== s && jf() !== s && $f() !== s && (n2 = Mf()) !== s && $f() !== s && (o2 = Ac()) !== s && $f() !== s && (u2 = Df()) !== s ? (fa = t3, t3 = e3 = { keyword: "index", expr: o2, parentheses: true, prefix: (a2 = e3) && a2.toLowerCase() }) : (la = t3, t3 = s), t3 === s && (t3 = la, "noexpand" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(se)), e3 === s && (e3 = null), e3 !== s && $f() !== s && jf() !== s && $f() !== s && (n2 = Ef()) !== s && $f() !== s && (o2 = fc()) !== s ? (fa = t3, t3 = e3 = (function(r3, t4) {
            return { keyword: "index", expr: t4, prefix: r3 && r3.toLowerCase() };
          })(e3, o2)) : (la = t3, t3 = s), t3 === s && (t3 = la, "noexpand" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(se)), e3 === s && ("forcescan" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(ue)), e3 === s && ("forceseek" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(ne)), e3 === s && ("holdlock" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(ae)), e3 === s && ("nolock" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(ie)), e3 === s && ("nowait" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(ce)), e3 === s && ("paglock" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(le)), e3 === s && ("readcommitted" === r2.substr(la, 13).toLowerCase() ? (e3 = r2.substr(la, 13), la += 13) : (e3 = s, 0 === da && La(fe)), e3 === s && ("readcommittedlock" === r2.substr(la, 17).toLowerCase() ? (e3 = r2.substr(la, 17), la += 17) : (e3 = s, 0 === da && La(pe)), e3 === s && ("readpast" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(be)), e3 === s && ("readuncommitted" === r2.substr(la, 15).toLowerCase() ? (e3 = r2.substr(la, 15), la += 15) : (e3 = s, 0 === da && La(ve)), e3 === s && ("repeatableread " === r2.substr(la, 15).toLowerCase() ? (e3 = r2.substr(la, 15), la += 15) : (e3 = s, 0 === da && La(de)), e3 === s && ("rowlock" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(ye)), e3 === s && ("serializable" === r2.substr(la, 12).toLowerCase() ? (e3 = r2.substr(la, 12), la += 12) : (e3 = s, 0 === da && La(he)), e3 === s && ("snapshot" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(we)), e3 === s && ("tablock" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(me)), e3 === s && ("tablockx" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(Le)), e3 === s && ("updlock" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Ce)), e3 === s && ("xlock" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(Ae)))))))))))))))))))), e3 !== s && (fa = t3, e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "literal_string", expr: { type: "origin", value: r3 } };
          })(e3)), t3 = e3)))), t3;
        }
        function Ei() {
          var r3, t3, e3, n2, o2;
          return r3 = la, (t3 = xl()) === s && (t3 = null), t3 !== s && $f() !== s && Mf() !== s && $f() !== s && (e3 = (function() {
            var r4, t4, e4, n3, o3, u2, a2, c2;
            if (r4 = la, (t4 = Ai()) !== s) {
              for (e4 = [], n3 = la, (o3 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = Ai()) !== s ? n3 = o3 = [o3, u2, a2, c2] : (la = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = la, (o3 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = Ai()) !== s ? n3 = o3 = [o3, u2, a2, c2] : (la = n3, n3 = s);
              e4 !== s ? (fa = r4, r4 = t4 = i(t4, e4)) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            return r4;
          })()) !== s && $f() !== s && Df() !== s ? (fa = r3, o2 = e3, r3 = t3 = { keyword: (n2 = t3) && n2[0].toLowerCase(), expr: o2, parentheses: true }) : (la = r3, r3 = s), r3;
        }
        function _i() {
          var t3, e3, n2, o2, u2;
          return t3 = la, (e3 = (function() {
            var t4;
            "dual" === r2.substr(la, 4).toLowerCase() ? (t4 = r2.substr(la, 4), la += 4) : (t4 = s, 0 === da && La(Ru));
            return t4;
          })()) !== s && (fa = t3, e3 = { type: "dual" }), (t3 = e3) === s && (t3 = la, (e3 = Pc()) !== s && $f() !== s ? ((n2 = ci()) === s && (n2 = null), n2 !== s ? (fa = t3, t3 = e3 = { type: "expr", expr: e3, as: n2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = ji()) !== s && $f() !== s ? ((n2 = fi()) === s && (n2 = null), n2 !== s && $f() !== s ? ((o2 = ci()) === s && (o2 = null), o2 !== s && $f() !== s ? ((u2 = Ei()) === s && (u2 = null), u2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            return r3.as = e4, r3.table_hint = n3, r3.temporal_table = t4, r3;
          })(e3, n2, o2, u2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = Hi()) !== s && $f() !== s ? ((n2 = ii()) === s && (n2 = null), n2 !== s ? (fa = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4) {
            return { expr: r3, as: t4 };
          })(e3, n2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = Mf()) !== s && $f() !== s ? ((n2 = Ta()) === s && (n2 = Hi()), n2 !== s && $f() !== s && (o2 = Df()) !== s && $f() !== s ? ((u2 = ii()) === s && (u2 = null), u2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4) {
            return r3.parentheses = true, { expr: r3, as: t4 };
          })(n2, u2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s))))), t3;
        }
        function gi() {
          var t3, e3, n2, o2;
          return t3 = la, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "left" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(Bo));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "right" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La($o));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "full" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(Wo));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()), e3 !== s && $f() !== s ? ((n2 = _l()) === s && (n2 = null), n2 !== s && $f() !== s && Al() !== s ? (fa = t3, o2 = n2, t3 = e3 = [e3[0].toUpperCase(), o2 && o2[0], "JOIN"].filter((r3) => r3).join(" ")) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "cross" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(Go));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s && $f() !== s ? ((n2 = Al()) === s && (n2 = El()), n2 !== s ? (fa = t3, t3 = e3 = "CROSS " + n2[0].toUpperCase()) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = _l()) !== s && $f() !== s && (n2 = El()) !== s ? (fa = t3, t3 = e3 = "OUTER APPLY") : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = la, "inner" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(qo));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (e3 = null), e3 !== s && $f() !== s && (n2 = Al()) !== s ? (fa = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return r3 ? "INNER JOIN" : "JOIN";
          })(e3)) : (la = t3, t3 = s)))), t3;
        }
        function ji() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = la, (e3 = fc()) !== s && (n2 = $f()) !== s && (o2 = Of()) !== s && (u2 = $f()) !== s && (a2 = fc()) !== s && (i2 = $f()) !== s && Of() !== s && $f() !== s && (c2 = fc()) !== s && $f() !== s && Of() !== s && $f() !== s && (l2 = fc()) !== s ? (fa = t3, t3 = e3 = { server: e3, db: a2, schema: c2, table: l2 }) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = fc()) !== s && (n2 = $f()) !== s && (o2 = Of()) !== s && (u2 = $f()) !== s && (a2 = fc()) !== s && (i2 = $f()) !== s && Of() !== s && $f() !== s && (c2 = fc()) !== s ? (fa = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { db: r3, schema: t4, table: e4 };
          })(e3, a2, c2)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = fc()) !== s ? (n2 = la, (o2 = $f()) !== s && (u2 = Of()) !== s && (a2 = $f()) !== s && (i2 = fc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4) {
            const e4 = { db: null, table: r3 };
            return null !== t4 && (e4.db = r3, e4.table = t4[3]), e4;
          })(e3, n2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = op()) !== s && (fa = t3, (f2 = e3).db = null, f2.table = f2.name, e3 = f2), (t3 = e3) === s && (t3 = la, "##" === r2.substr(la, 2) ? (e3 = "##", la += 2) : (e3 = s, 0 === da && La(Ee)), e3 === s && (35 === r2.charCodeAt(la) ? (e3 = "#", la++) : (e3 = s, 0 === da && La(_e))), e3 !== s && (n2 = fc()) !== s ? (fa = t3, t3 = e3 = { db: null, table: `${e3}${n2}` }) : (la = t3, t3 = s))))), t3;
        }
        function Ti() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = Xi()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s ? ((u2 = ql()) === s && (u2 = Gl()), u2 !== s && (a2 = $f()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s ? ((u2 = ql()) === s && (u2 = Gl()), u2 !== s && (a2 = $f()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = fp(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function xi() {
          var r3, t3;
          return r3 = la, Cl() !== s && $f() !== s && (t3 = Ki()) !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s), r3;
        }
        function Si() {
          var t3, e3;
          return t3 = la, (function() {
            var t4, e4, n2, o2;
            t4 = la, "where" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(Zo));
            e4 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && $f() !== s && (e3 = Ki()) !== s ? (fa = t3, t3 = e3) : (la = t3, t3 = s), t3;
        }
        function ki() {
          var r3;
          return (r3 = xa()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2;
            if (r4 = la, (t3 = Hc()) !== s) {
              for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Hc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Hc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
              e3 !== s ? (fa = r4, t3 = v(t3, e3), r4 = t3) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            return r4;
          })()), r3;
        }
        function Ii() {
          var r3, t3;
          return r3 = la, bl() !== s && $f() !== s && Il() !== s && $f() !== s && (t3 = ui()) !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s), r3;
        }
        function Ni() {
          var t3, e3;
          return t3 = la, (function() {
            var t4, e4, n2, o2;
            t4 = la, "order" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(es));
            e4 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && $f() !== s && Il() !== s && $f() !== s && (e3 = (function() {
            var r3, t4, e4, n2, o2, u2, a2, i2;
            if (r3 = la, (t4 = Oi()) !== s) {
              for (e4 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Oi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e4.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Oi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
              e4 !== s ? (fa = r3, t4 = v(t4, e4), r3 = t4) : (la = r3, r3 = s);
            } else la = r3, r3 = s;
            return r3;
          })()) !== s ? (fa = t3, t3 = e3) : (la = t3, t3 = s), t3;
        }
        function Oi() {
          var r3, t3, e3;
          return r3 = la, (t3 = Xi()) !== s && $f() !== s ? ((e3 = Ul()) === s && (e3 = Rl()), e3 === s && (e3 = null), e3 !== s ? (fa = r3, r3 = t3 = { expr: t3, type: e3 }) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function Ri() {
          var r3;
          return (r3 = Yc()) === s && (r3 = jc()), r3;
        }
        function Ui() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = la, (function() {
            var t4, e4, n3, o3;
            t4 = la, "limit" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(os));
            e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && $f() !== s && (e3 = Ri()) !== s && $f() !== s ? (n2 = la, (o2 = Rf()) === s && (o2 = Nl()), o2 !== s && (u2 = $f()) !== s && (a2 = Ri()) !== s ? n2 = o2 = [o2, u2, a2] : (la = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (fa = t3, t3 = (function(r3, t4) {
            const e4 = [r3];
            return t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4 };
          })(e3, n2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, Ol() !== s && $f() !== s ? ("first" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(ge)), e3 !== s && $f() !== s && (n2 = Ri()) !== s && (o2 = $f()) !== s ? ("rows" === r2.substr(la, 4).toLowerCase() ? (u2 = r2.substr(la, 4), la += 4) : (u2 = s, 0 === da && La(je)), u2 === s && ("row" === r2.substr(la, 3).toLowerCase() ? (u2 = r2.substr(la, 3), la += 3) : (u2 = s, 0 === da && La(re))), u2 !== s && (a2 = $f()) !== s ? ("only" === r2.substr(la, 4).toLowerCase() ? (i2 = r2.substr(la, 4), la += 4) : (i2 = s, 0 === da && La(Te)), i2 !== s ? (fa = t3, t3 = { fetch: { prefix: [{ type: "origin", value: "fetch" }, { type: "origin", value: "first" }], value: n2, suffix: [{ type: "origin", value: u2 }, { type: "origin", value: "only" }] } }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, Nl() !== s && $f() !== s && (e3 = Ri()) !== s && $f() !== s ? ("rows" === r2.substr(la, 4).toLowerCase() ? (n2 = r2.substr(la, 4), la += 4) : (n2 = s, 0 === da && La(je)), n2 !== s && (o2 = $f()) !== s && (u2 = Ol()) !== s && (a2 = $f()) !== s ? ("next" === r2.substr(la, 4).toLowerCase() ? (i2 = r2.substr(la, 4), la += 4) : (i2 = s, 0 === da && La(xe)), i2 !== s && $f() !== s && (c2 = Ri()) !== s && $f() !== s ? ("rows" === r2.substr(la, 4).toLowerCase() ? (l2 = r2.substr(la, 4), la += 4) : (l2 = s, 0 === da && La(je)), l2 === s && ("row" === r2.substr(la, 3).toLowerCase() ? (l2 = r2.substr(la, 3), la += 3) : (l2 = s, 0 === da && La(re))), l2 !== s && $f() !== s ? ("only" === r2.substr(la, 4).toLowerCase() ? (f2 = r2.substr(la, 4), la += 4) : (f2 = s, 0 === da && La(Te)), f2 !== s ? (fa = t3, t3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { offset: { prefix: [{ type: "origin", value: "offset" }], value: r3, suffix: [{ type: "origin", value: "rows" }] }, fetch: { prefix: [{ type: "origin", value: "fetch" }, { type: "origin", value: "next" }], value: t4, suffix: [{ type: "origin", value: e4 }, { type: "origin", value: "only" }] } };
          })(e3, c2, l2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s))), t3;
        }
        function Mi() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = la, e3 = la, (n2 = fc()) !== s && (o2 = $f()) !== s && (u2 = Of()) !== s ? e3 = n2 = [n2, o2, u2] : (la = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = $f()) !== s && (o2 = wc()) !== s && (u2 = $f()) !== s ? (61 === r2.charCodeAt(la) ? (a2 = "=", la++) : (a2 = s, 0 === da && La(Me)), a2 !== s && $f() !== s && (i2 = Xi()) !== s ? (fa = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, e3 = la, (n2 = fc()) !== s && (o2 = $f()) !== s && (u2 = Of()) !== s ? e3 = n2 = [n2, o2, u2] : (la = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = $f()) !== s && (o2 = wc()) !== s && (u2 = $f()) !== s ? (61 === r2.charCodeAt(la) ? (a2 = "=", la++) : (a2 = s, 0 === da && La(Me)), a2 !== s && $f() !== s && (i2 = jl()) !== s && $f() !== s && Mf() !== s && $f() !== s && (c2 = ic()) !== s && $f() !== s && Df() !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)), t3;
        }
        function Di() {
          var r3, t3;
          return (r3 = Hi()) === s && (r3 = la, (t3 = Ta()) !== s && (fa = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function Pi() {
          var r3, t3, e3;
          return r3 = la, bl() !== s && $f() !== s && (t3 = Mf()) !== s && $f() !== s && (e3 = Ac()) !== s && $f() !== s && Df() !== s ? (fa = r3, r3 = e3) : (la = r3, r3 = s), r3 === s && (r3 = la, bl() !== s && $f() !== s && (t3 = Bi()) !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s)), r3;
        }
        function Fi() {
          var t3, e3;
          return t3 = la, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = la, "insert" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(_o));
            e4 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s && (fa = t3, e3 = "insert"), (t3 = e3) === s && (t3 = la, (e3 = ll()) !== s && (fa = t3, e3 = "replace"), t3 = e3), t3;
        }
        function Hi() {
          var r3, t3;
          return r3 = la, jl() !== s && $f() !== s && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, a2, i2;
            if (r4 = la, (t4 = Bi()) !== s) {
              for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Bi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Bi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
              e3 !== s ? (fa = r4, t4 = v(t4, e3), r4 = t4) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            return r4;
          })()) !== s ? (fa = r3, r3 = { type: "values", values: t3 }) : (la = r3, r3 = s), r3;
        }
        function Bi() {
          var r3, t3;
          return r3 = la, Mf() !== s && $f() !== s && (t3 = $i()) !== s && $f() !== s && Df() !== s ? (fa = r3, r3 = t3) : (la = r3, r3 = s), r3;
        }
        function $i() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = Xi()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = bp(r4, t4), e4;
            })(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Wi() {
          var t3, e3, n2;
          return t3 = la, (function() {
            var t4, e4, n3, o2;
            t4 = la, "interval" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(yu));
            e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t4, t4 = e4 = "INTERVAL") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && $f() !== s && (e3 = Xi()) !== s && $f() !== s && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = la, "year" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(hu));
              e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "YEAR") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = la, "month" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(wu));
              e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "MONTH") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = la, "day" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(mu));
              e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "DAY") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = la, "hour" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(Lu));
              e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "HOUR") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = la, "minute" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(Cu));
              e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "MINUTE") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = la, "second" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(Au));
              e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "SECOND") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) !== s ? (fa = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (la = t3, t3 = s), t3;
        }
        function qi() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = la, (t3 = Gi()) !== s) if ($f() !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Gi()) !== s ? n2 = o2 = [o2, u2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Gi()) !== s ? n2 = o2 = [o2, u2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = p(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          else la = r3, r3 = s;
          return r3;
        }
        function Gi() {
          var t3, e3, n2;
          return t3 = la, (function() {
            var t4, e4, n3, o2;
            t4 = la, "when" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(Ts));
            e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && $f() !== s && (e3 = Ki()) !== s && $f() !== s && (function() {
            var t4, e4, n3, o2;
            t4 = la, "then" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(xs));
            e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })() !== s && $f() !== s && (n2 = Xi()) !== s ? (fa = t3, t3 = { type: "when", cond: e3, result: n2 }) : (la = t3, t3 = s), t3;
        }
        function Yi() {
          var r3, t3;
          return r3 = la, Vl() !== s && $f() !== s && (t3 = Xi()) !== s ? (fa = r3, r3 = { type: "else", result: t3 }) : (la = r3, r3 = s), r3;
        }
        function Vi() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, a2, i2;
            if (r4 = la, (t3 = Qi()) !== s) {
              for (e3 = [], n2 = la, (o2 = Wf()) !== s && (u2 = Gl()) !== s && (a2 = $f()) !== s && (i2 = Qi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = Wf()) !== s && (u2 = Gl()) !== s && (a2 = $f()) !== s && (i2 = Qi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
              e3 !== s ? (fa = r4, t3 = De(t3, e3), r4 = t3) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2;
            if (r4 = la, (t3 = nc()) !== s) {
              if (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = uc()) !== s ? n2 = o2 = [o2, u2] : (la = n2, n2 = s), n2 !== s) for (; n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = uc()) !== s ? n2 = o2 = [o2, u2] : (la = n2, n2 = s);
              else e3 = s;
              e3 !== s ? (fa = r4, t3 = lp(t3, e3[0][1]), r4 = t3) : (la = r4, r4 = s);
            } else la = r4, r4 = s;
            return r4;
          })()), r3;
        }
        function Xi() {
          var r3;
          return (r3 = Vi()) === s && (r3 = Ta()), r3;
        }
        function Ki() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = Xi()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s ? ((u2 = ql()) === s && (u2 = Gl()) === s && (u2 = Rf()), u2 !== s && (a2 = $f()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s ? ((u2 = ql()) === s && (u2 = Gl()) === s && (u2 = Rf()), u2 !== s && (a2 = $f()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = fp(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Qi() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = zi()) !== s) {
            for (e3 = [], n2 = la, (o2 = Wf()) !== s && (u2 = ql()) !== s && (a2 = $f()) !== s && (i2 = zi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = Wf()) !== s && (u2 = ql()) !== s && (a2 = $f()) !== s && (i2 = zi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = De(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function zi() {
          var t3, e3, n2, o2, u2;
          return (t3 = Zi()) === s && (t3 = (function() {
            var r3, t4, e4;
            r3 = la, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = la, t5 = la, (e5 = Wl()) !== s && (n4 = $f()) !== s && (o4 = $l()) !== s ? t5 = e5 = [e5, n4, o4] : (la = t5, t5 = s);
              t5 !== s && (fa = r4, t5 = Fe(t5));
              (r4 = t5) === s && (r4 = $l());
              return r4;
            })()) !== s && $f() !== s && Mf() !== s && $f() !== s && (e4 = Ta()) !== s && $f() !== s && Df() !== s ? (fa = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = lp(n3, o3), r3 = t4) : (la = r3, r3 = s);
            var n3, o3;
            return r3;
          })()) === s && (t3 = la, (e3 = Wl()) === s && (e3 = la, 33 === r2.charCodeAt(la) ? (n2 = "!", la++) : (n2 = s, 0 === da && La(Pe)), n2 !== s ? (o2 = la, da++, 61 === r2.charCodeAt(la) ? (u2 = "=", la++) : (u2 = s, 0 === da && La(Me)), da--, u2 === s ? o2 = void 0 : (la = o2, o2 = s), o2 !== s ? e3 = n2 = [n2, o2] : (la = e3, e3 = s)) : (la = e3, e3 = s)), e3 !== s && (n2 = $f()) !== s && (o2 = zi()) !== s ? (fa = t3, t3 = e3 = lp("NOT", o2)) : (la = t3, t3 = s)), t3;
        }
        function Zi() {
          var r3, t3, e3, n2, o2;
          return r3 = la, (t3 = ec()) !== s && $f() !== s ? ((e3 = (function() {
            var r4;
            (r4 = (function() {
              var r5, t4, e4, n3, o3, u2, a2;
              r5 = la, t4 = [], e4 = la, (n3 = $f()) !== s && (o3 = Ji()) !== s && (u2 = $f()) !== s && (a2 = ec()) !== s ? e4 = n3 = [n3, o3, u2, a2] : (la = e4, e4 = s);
              if (e4 !== s) for (; e4 !== s; ) t4.push(e4), e4 = la, (n3 = $f()) !== s && (o3 = Ji()) !== s && (u2 = $f()) !== s && (a2 = ec()) !== s ? e4 = n3 = [n3, o3, u2, a2] : (la = e4, e4 = s);
              else t4 = s;
              t4 !== s && (fa = r5, t4 = { type: "arithmetic", tail: t4 });
              return r5 = t4;
            })()) === s && (r4 = tc()) === s && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = la, (t4 = (function() {
                var r6, t5, e5, n4, o3;
                r6 = la, t5 = la, (e5 = Wl()) !== s && (n4 = $f()) !== s && (o3 = Pl()) !== s ? t5 = e5 = [e5, n4, o3] : (la = t5, t5 = s);
                t5 !== s && (fa = r6, t5 = Fe(t5));
                (r6 = t5) === s && (r6 = Pl());
                return r6;
              })()) !== s && $f() !== s && (e4 = ec()) !== s && $f() !== s && ql() !== s && $f() !== s && (n3 = ec()) !== s ? (fa = r5, r5 = t4 = { op: t4, right: { type: "expr_list", value: [e4, n3] } }) : (la = r5, r5 = s);
              return r5;
            })()) === s && (r4 = (function() {
              var r5, t4, e4, n3, o3;
              r5 = la, (t4 = Hl()) !== s && (e4 = $f()) !== s && (n3 = ec()) !== s ? (fa = r5, r5 = t4 = { op: "IS", right: n3 }) : (la = r5, r5 = s);
              r5 === s && (r5 = la, t4 = la, (e4 = Hl()) !== s && (n3 = $f()) !== s && (o3 = Wl()) !== s ? t4 = e4 = [e4, n3, o3] : (la = t4, t4 = s), t4 !== s && (e4 = $f()) !== s && (n3 = ec()) !== s ? (fa = r5, t4 = /* @__PURE__ */ (function(r6) {
                return { op: "IS NOT", right: r6 };
              })(n3), r5 = t4) : (la = r5, r5 = s));
              return r5;
            })()) === s && (r4 = (function() {
              var r5, t4, e4;
              r5 = la, (t4 = (function() {
                var r6, t5, e5, n3, o3;
                r6 = la, t5 = la, (e5 = Wl()) !== s && (n3 = $f()) !== s && (o3 = Bl()) !== s ? t5 = e5 = [e5, n3, o3] : (la = t5, t5 = s);
                t5 !== s && (fa = r6, t5 = Fe(t5));
                (r6 = t5) === s && (r6 = Bl());
                return r6;
              })()) !== s && $f() !== s ? ((e4 = Hc()) === s && (e4 = Zi()), e4 !== s ? (fa = r5, r5 = t4 = { op: t4, right: e4 }) : (la = r5, r5 = s)) : (la = r5, r5 = s);
              return r5;
            })());
            return r4;
          })()) === s && (e3 = null), e3 !== s ? (fa = r3, n2 = t3, r3 = t3 = null === (o2 = e3) ? n2 : "arithmetic" === o2.type ? vp(n2, o2.tail) : fp(o2.op, n2, o2.right)) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = $c()) === s && (r3 = ic()), r3;
        }
        function Ji() {
          var t3;
          return ">=" === r2.substr(la, 2) ? (t3 = ">=", la += 2) : (t3 = s, 0 === da && La(He)), t3 === s && (62 === r2.charCodeAt(la) ? (t3 = ">", la++) : (t3 = s, 0 === da && La(Be)), t3 === s && ("<=" === r2.substr(la, 2) ? (t3 = "<=", la += 2) : (t3 = s, 0 === da && La($e)), t3 === s && ("<>" === r2.substr(la, 2) ? (t3 = "<>", la += 2) : (t3 = s, 0 === da && La(We)), t3 === s && (60 === r2.charCodeAt(la) ? (t3 = "<", la++) : (t3 = s, 0 === da && La(qe)), t3 === s && (61 === r2.charCodeAt(la) ? (t3 = "=", la++) : (t3 = s, 0 === da && La(Me)), t3 === s && ("!=" === r2.substr(la, 2) ? (t3 = "!=", la += 2) : (t3 = s, 0 === da && La(Ge)))))))), t3;
        }
        function rc() {
          var r3, t3, e3, n2, o2;
          return r3 = la, t3 = la, (e3 = Wl()) !== s && (n2 = $f()) !== s && (o2 = Fl()) !== s ? t3 = e3 = [e3, n2, o2] : (la = t3, t3 = s), t3 !== s && (fa = r3, t3 = Fe(t3)), (r3 = t3) === s && (r3 = Fl()), r3;
        }
        function tc() {
          var r3, t3, e3, n2;
          return r3 = la, (t3 = rc()) !== s && $f() !== s && (e3 = Mf()) !== s && $f() !== s && (n2 = $i()) !== s && $f() !== s && Df() !== s ? (fa = r3, r3 = t3 = { op: t3, right: n2 }) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = rc()) !== s && $f() !== s ? ((e3 = op()) === s && (e3 = $c()) === s && (e3 = Pc()), e3 !== s ? (fa = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4) {
            return { op: r4, right: t4 };
          })(t3, e3)) : (la = r3, r3 = s)) : (la = r3, r3 = s)), r3;
        }
        function ec() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = oc()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = nc()) !== s && (a2 = $f()) !== s && (i2 = oc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = nc()) !== s && (a2 = $f()) !== s && (i2 = oc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...cp() }));
              return vp(r4, t4);
            })(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function nc() {
          var t3;
          return 43 === r2.charCodeAt(la) ? (t3 = "+", la++) : (t3 = s, 0 === da && La(Ye)), t3 === s && (45 === r2.charCodeAt(la) ? (t3 = "-", la++) : (t3 = s, 0 === da && La(Ve))), t3;
        }
        function oc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = ac()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s ? ((u2 = sc()) === s && (u2 = Bf()), u2 !== s && (a2 = $f()) !== s && (i2 = ac()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s ? ((u2 = sc()) === s && (u2 = Bf()), u2 !== s && (a2 = $f()) !== s && (i2 = ac()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s)) : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = vp(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function sc() {
          var t3;
          return 42 === r2.charCodeAt(la) ? (t3 = "*", la++) : (t3 = s, 0 === da && La(Xe)), t3 === s && (47 === r2.charCodeAt(la) ? (t3 = "/", la++) : (t3 = s, 0 === da && La(Ke)), t3 === s && (37 === r2.charCodeAt(la) ? (t3 = "%", la++) : (t3 = s, 0 === da && La(Qe)))), t3;
        }
        function uc() {
          var t3, e3, n2;
          return (t3 = Wi()) === s && (t3 = Tc()) === s && (t3 = Pc()) === s && (t3 = (function() {
            var t4, e4, n3, o2, u2, a2, i2;
            t4 = la, (e4 = Kl()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = Xi()) !== s && $f() !== s && hl() !== s && $f() !== s && (o2 = up()) !== s && $f() !== s && (u2 = Df()) !== s ? (fa = t4, c2 = n3, l2 = o2, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: c2, symbol: "as", target: [l2] }, t4 = e4) : (la = t4, t4 = s);
            var c2, l2;
            t4 === s && (t4 = la, (e4 = Kl()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = Xi()) !== s && $f() !== s && hl() !== s && $f() !== s && (o2 = ef()) !== s && $f() !== s && (u2 = Mf()) !== s && $f() !== s && (a2 = Xc()) !== s && $f() !== s && Df() !== s && $f() !== s && (i2 = Df()) !== s ? (fa = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, n3, a2), t4 = e4) : (la = t4, t4 = s), t4 === s && (t4 = la, (e4 = Kl()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = Xi()) !== s && $f() !== s && hl() !== s && $f() !== s && (o2 = ef()) !== s && $f() !== s && (u2 = Mf()) !== s && $f() !== s && (a2 = Xc()) !== s && $f() !== s && Rf() !== s && $f() !== s && (i2 = Xc()) !== s && $f() !== s && Df() !== s && $f() !== s && Df() !== s ? (fa = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, n3, a2, i2), t4 = e4) : (la = t4, t4 = s), t4 === s && (t4 = la, (e4 = Kl()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = Xi()) !== s && $f() !== s && hl() !== s && $f() !== s && (o2 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = la, "signed" === r2.substr(la, 6).toLowerCase() ? (e5 = r2.substr(la, 6), la += 6) : (e5 = s, 0 === da && La(Ws));
                e5 !== s ? (n4 = la, da++, o3 = Ec(), da--, o3 === s ? n4 = void 0 : (la = n4, n4 = s), n4 !== s ? (fa = t6, t6 = e5 = "SIGNED") : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })()) === s && (t5 = nf());
              return t5;
            })()) !== s && $f() !== s ? ((u2 = sf()) === s && (u2 = null), u2 !== s && $f() !== s && (a2 = Df()) !== s ? (fa = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, n3, o2, u2), t4 = e4) : (la = t4, t4 = s)) : (la = t4, t4 = s))));
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e4, n3, o2, u2, a2, i2;
            return r3 = la, Yl() !== s && $f() !== s && (t4 = qi()) !== s && $f() !== s ? ((e4 = Yi()) === s && (e4 = null), e4 !== s && $f() !== s && (n3 = Xl()) !== s && $f() !== s ? ((o2 = Yl()) === s && (o2 = null), o2 !== s ? (fa = r3, a2 = t4, (i2 = e4) && a2.push(i2), r3 = { type: "case", expr: null, args: a2 }) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = la, Yl() !== s && $f() !== s && (t4 = Xi()) !== s && $f() !== s && (e4 = qi()) !== s && $f() !== s ? ((n3 = Yi()) === s && (n3 = null), n3 !== s && $f() !== s && (o2 = Xl()) !== s && $f() !== s ? ((u2 = Yl()) === s && (u2 = null), u2 !== s ? (fa = r3, r3 = (function(r4, t5, e5) {
              return e5 && t5.push(e5), { type: "case", expr: r4, args: t5 };
            })(t4, e4, n3)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)), r3;
          })()) === s && (t3 = Hc()) === s && (t3 = ic()) === s && (t3 = jc()) === s && (t3 = la, Mf() !== s && $f() !== s && (e3 = Ki()) !== s && $f() !== s && Df() !== s ? (fa = t3, (n2 = e3).parentheses = true, t3 = n2) : (la = t3, t3 = s), t3 === s && (t3 = op())), t3;
        }
        function ac() {
          var t3, e3, n2, o2, u2;
          return (t3 = uc()) === s && (t3 = la, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(la) ? (t4 = "!", la++) : (t4 = s, 0 === da && La(Pe));
            t4 === s && (45 === r2.charCodeAt(la) ? (t4 = "-", la++) : (t4 = s, 0 === da && La(Ve)), t4 === s && (43 === r2.charCodeAt(la) ? (t4 = "+", la++) : (t4 = s, 0 === da && La(Ye)), t4 === s && (126 === r2.charCodeAt(la) ? (t4 = "~", la++) : (t4 = s, 0 === da && La(ze)))));
            return t4;
          })()) !== s ? (n2 = la, (o2 = $f()) !== s && (u2 = ac()) !== s ? n2 = o2 = [o2, u2] : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = lp(e3, n2[1])) : (la = t3, t3 = s)) : (la = t3, t3 = s)), t3;
        }
        function ic() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return r3 = la, t3 = la, (e3 = fc()) !== s && (n2 = $f()) !== s && (o2 = Of()) !== s ? t3 = e3 = [e3, n2, o2] : (la = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = $f()) !== s ? (n2 = la, (o2 = fc()) !== s && (u2 = $f()) !== s && (a2 = Of()) !== s ? n2 = o2 = [o2, u2, a2] : (la = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = $f()) !== s ? (u2 = la, (a2 = fc()) !== s && (i2 = $f()) !== s && (c2 = Of()) !== s ? u2 = a2 = [a2, i2, c2] : (la = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = $f()) !== s && (i2 = mc()) !== s ? (c2 = la, (l2 = $f()) !== s && (f2 = Ua()) !== s ? c2 = l2 = [l2, f2] : (la = c2, c2 = s), c2 === s && (c2 = null), c2 !== s ? (fa = r3, r3 = t3 = (function(r4, t4, e4, n3, o3) {
            const s2 = { table: null, db: null, schema: null };
            null !== r4 && (s2.table = r4[0]), null !== t4 && (s2.table = t4[0], s2.schema = r4[0]), null !== e4 && (s2.table = e4[0], s2.db = r4[0], s2.schema = t4[0]);
            const u3 = [s2.db, s2.schema, s2.table].filter(Boolean).join(".") || "null";
            return mp.add(`select::${u3}::${n3}`), { type: "column_ref", ...s2, column: n3, collate: o3 && o3[1] };
          })(t3, n2, u2, i2, c2)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function cc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = mc()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = mc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = mc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = v(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function lc() {
          var r3, t3;
          return r3 = la, (t3 = Cc()) !== s && (fa = r3, t3 = { type: "default", value: t3 }), (r3 = t3) === s && (r3 = pc()), r3;
        }
        function fc() {
          var r3, t3;
          return r3 = la, (t3 = Cc()) !== s ? (fa = la, (Ze(t3) ? s : void 0) !== s ? (fa = r3, r3 = t3 = t3) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = bc()) !== s && (fa = r3, t3 = t3), r3 = t3), r3;
        }
        function pc() {
          var r3;
          return (r3 = vc()) === s && (r3 = dc()) === s && (r3 = yc()) === s && (r3 = hc()), r3;
        }
        function bc() {
          var r3, t3;
          return r3 = la, (t3 = vc()) === s && (t3 = dc()) === s && (t3 = yc()) === s && (t3 = hc()), t3 !== s && (fa = r3, t3 = t3.value), r3 = t3;
        }
        function vc() {
          var t3, e3, n2, o2;
          if (t3 = la, 34 === r2.charCodeAt(la) ? (e3 = '"', la++) : (e3 = s, 0 === da && La(Je)), e3 !== s) {
            if (n2 = [], rn.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(tn)), o2 !== s) for (; o2 !== s; ) n2.push(o2), rn.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(tn));
            else n2 = s;
            n2 !== s ? (34 === r2.charCodeAt(la) ? (o2 = '"', la++) : (o2 = s, 0 === da && La(Je)), o2 !== s ? (fa = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (la = t3, t3 = s)) : (la = t3, t3 = s);
          } else la = t3, t3 = s;
          return t3;
        }
        function dc() {
          var t3, e3, n2, o2;
          if (t3 = la, 39 === r2.charCodeAt(la) ? (e3 = "'", la++) : (e3 = s, 0 === da && La(wr)), e3 !== s) {
            if (n2 = [], en.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(nn)), o2 !== s) for (; o2 !== s; ) n2.push(o2), en.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(nn));
            else n2 = s;
            n2 !== s ? (39 === r2.charCodeAt(la) ? (o2 = "'", la++) : (o2 = s, 0 === da && La(wr)), o2 !== s ? (fa = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (la = t3, t3 = s)) : (la = t3, t3 = s);
          } else la = t3, t3 = s;
          return t3;
        }
        function yc() {
          var t3, e3, n2, o2;
          if (t3 = la, 96 === r2.charCodeAt(la) ? (e3 = "`", la++) : (e3 = s, 0 === da && La(on)), e3 !== s) {
            if (n2 = [], sn.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(un)), o2 !== s) for (; o2 !== s; ) n2.push(o2), sn.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(un));
            else n2 = s;
            n2 !== s ? (96 === r2.charCodeAt(la) ? (o2 = "`", la++) : (o2 = s, 0 === da && La(on)), o2 !== s ? (fa = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (la = t3, t3 = s)) : (la = t3, t3 = s);
          } else la = t3, t3 = s;
          return t3;
        }
        function hc() {
          var t3, e3, n2, o2;
          if (t3 = la, 91 === r2.charCodeAt(la) ? (e3 = "[", la++) : (e3 = s, 0 === da && La(an)), e3 !== s) {
            if (n2 = [], cn.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(ln)), o2 !== s) for (; o2 !== s; ) n2.push(o2), cn.test(r2.charAt(la)) ? (o2 = r2.charAt(la), la++) : (o2 = s, 0 === da && La(ln));
            else n2 = s;
            n2 !== s ? (93 === r2.charCodeAt(la) ? (o2 = "]", la++) : (o2 = s, 0 === da && La(fn)), o2 !== s ? (fa = t3, t3 = e3 = { type: "brackets_quote_string", value: n2.join("") }) : (la = t3, t3 = s)) : (la = t3, t3 = s);
          } else la = t3, t3 = s;
          return t3;
        }
        function wc() {
          var r3, t3;
          return r3 = la, (t3 = Lc()) !== s && (fa = r3, t3 = t3), (r3 = t3) === s && (r3 = bc()), r3;
        }
        function mc() {
          var r3, t3;
          return r3 = la, (t3 = Lc()) !== s ? (fa = la, (Ze(t3) ? s : void 0) !== s ? (fa = r3, r3 = t3 = t3) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = bc()), r3;
        }
        function Lc() {
          var r3, t3, e3, n2;
          if (r3 = la, (t3 = Ec()) !== s) {
            for (e3 = [], n2 = gc(); n2 !== s; ) e3.push(n2), n2 = gc();
            e3 !== s ? (fa = r3, r3 = t3 = pn(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Cc() {
          var r3, t3, e3, n2;
          if (r3 = la, (t3 = Ec()) !== s) {
            for (e3 = [], n2 = _c(); n2 !== s; ) e3.push(n2), n2 = _c();
            e3 !== s ? (fa = r3, r3 = t3 = pn(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Ac() {
          var r3, t3, e3, n2, o2, u2, a2, c2;
          if (r3 = la, (t3 = Cc()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = Cc()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (c2 = Cc()) !== s ? n2 = o2 = [o2, u2, a2, c2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = i(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Ec() {
          var t3;
          return bn.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(vn)), t3;
        }
        function _c() {
          var t3;
          return dn.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(yn)), t3;
        }
        function gc() {
          var t3;
          return hn.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(wn)), t3;
        }
        function jc() {
          var t3, e3, n2, o2;
          return t3 = la, e3 = la, 58 === r2.charCodeAt(la) ? (n2 = ":", la++) : (n2 = s, 0 === da && La(mn)), n2 !== s && (o2 = Cc()) !== s ? e3 = n2 = [n2, o2] : (la = e3, e3 = s), e3 !== s && (fa = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function Tc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "count" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(Ls));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "COUNT") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n2 = (function() {
              var t5, e4;
              t5 = la, (e4 = (function() {
                var t6, e5;
                t6 = la, 42 === r2.charCodeAt(la) ? (e5 = "*", la++) : (e5 = s, 0 === da && La(Xe));
                e5 !== s && (fa = t6, e5 = { type: "star", value: "*" });
                return t6 = e5;
              })()) !== s && (fa = t5, e4 = { expr: e4 });
              (t5 = e4) === s && (t5 = Dc());
              return t5;
            })()) !== s && $f() !== s && Df() !== s && $f() !== s ? ((o2 = Sc()) === s && (o2 = null), o2 !== s ? (fa = t4, t4 = e3 = { type: "aggr_func", name: e3, args: n2, over: o2 }) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, (e3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = la, "sum" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(Es));
                e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t6, t6 = e4 = "SUM") : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })()) === s && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = la, "max" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(Cs));
                e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t6, t6 = e4 = "MAX") : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })()) === s && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = la, "min" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(As));
                e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t6, t6 = e4 = "MIN") : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })()) === s && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = la, "avg" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(_s));
                e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t6, t6 = e4 = "AVG") : (la = t6, t6 = s)) : (la = t6, t6 = s);
                return t6;
              })());
              return t5;
            })()) !== s && $f() !== s && Mf() !== s && $f() !== s && (n2 = ec()) !== s && $f() !== s && Df() !== s && $f() !== s ? ((o2 = Sc()) === s && (o2 = null), o2 !== s ? (fa = t4, e3 = { type: "aggr_func", name: e3, args: { expr: n2 }, over: o2, ...cp() }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = la, e3 = la, (n2 = fc()) !== s && (o2 = $f()) !== s && (u2 = Of()) !== s ? e3 = n2 = [n2, o2, u2] : (la = e3, e3 = s);
            e3 === s && (e3 = null);
            e3 !== s && (n2 = $f()) !== s ? ((o2 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "array_agg" === r2.substr(la, 9).toLowerCase() ? (e4 = r2.substr(la, 9), la += 9) : (e4 = s, 0 === da && La(ws));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "ARRAY_AGG") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (o2 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "string_agg" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(ms));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "STRING_AGG") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()), o2 !== s && (u2 = $f()) !== s && Mf() !== s && $f() !== s && (a2 = Dc()) !== s && $f() !== s && Df() !== s ? (fa = t4, c2 = o2, l2 = a2, e3 = { type: "aggr_func", name: (i2 = e3) ? `${i2[0]}.${c2}` : c2, args: l2 }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var i2, c2, l2;
            return t4;
          })()), t3;
        }
        function xc() {
          var r3, t3, e3;
          return r3 = la, Cl() !== s && $f() !== s && ul() !== s && $f() !== s && (t3 = Lf()) !== s && $f() !== s && Mf() !== s && $f() !== s ? ((e3 = $i()) === s && (e3 = null), e3 !== s && $f() !== s && Df() !== s ? (fa = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = la, Cl() !== s && $f() !== s && ul() !== s && $f() !== s && (t3 = Lf()) !== s ? (fa = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (la = r3, r3 = s)), r3;
        }
        function Sc() {
          var t3, e3, n2;
          return t3 = la, "over" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Ln)), e3 !== s && $f() !== s && (n2 = kc()) !== s ? (fa = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (la = t3, t3 = s), t3 === s && (t3 = xc()), t3;
        }
        function kc() {
          var r3, t3;
          return (r3 = Cc()) === s && (r3 = la, Mf() !== s && $f() !== s ? ((t3 = (function() {
            var r4, t4, e3, n2;
            r4 = la, (t4 = Ii()) === s && (t4 = null);
            t4 !== s && $f() !== s ? ((e3 = Ni()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = (function() {
              var r5, t5, e4, n3, o2;
              r5 = la, (t5 = hf()) !== s && $f() !== s ? ((e4 = Nc()) === s && (e4 = Oc()), e4 !== s ? (fa = r5, r5 = t5 = { type: "rows", expr: e4 }) : (la = r5, r5 = s)) : (la = r5, r5 = s);
              r5 === s && (r5 = la, (t5 = hf()) !== s && $f() !== s && (e4 = Pl()) !== s && $f() !== s && (n3 = Ic()) !== s && $f() !== s && ql() !== s && $f() !== s && (o2 = Ic()) !== s ? (fa = r5, t5 = fp(e4, { type: "origin", value: "rows" }, { type: "expr_list", value: [n3, o2] }), r5 = t5) : (la = r5, r5 = s));
              return r5;
            })()) === s && (n2 = null), n2 !== s ? (fa = r4, r4 = t4 = { name: null, partitionby: t4, orderby: e3, window_frame_clause: n2 }) : (la = r4, r4 = s)) : (la = r4, r4 = s)) : (la = r4, r4 = s);
            return r4;
          })()) === s && (t3 = null), t3 !== s && $f() !== s && Df() !== s ? (fa = r3, r3 = { window_specification: t3 || {}, parentheses: true }) : (la = r3, r3 = s)) : (la = r3, r3 = s)), r3;
        }
        function Ic() {
          var r3;
          return (r3 = Oc()) === s && (r3 = Nc()), r3;
        }
        function Nc() {
          var t3, e3, n2, o2;
          return t3 = la, (e3 = Uc()) !== s && $f() !== s ? ("following" === r2.substr(la, 9).toLowerCase() ? (n2 = r2.substr(la, 9), la += 9) : (n2 = s, 0 === da && La(Cn)), n2 !== s ? (fa = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = Rc()), t3;
        }
        function Oc() {
          var t3, e3, n2, o2, u2;
          return t3 = la, (e3 = Uc()) !== s && $f() !== s ? ("preceding" === r2.substr(la, 9).toLowerCase() ? (n2 = r2.substr(la, 9), la += 9) : (n2 = s, 0 === da && La(An)), n2 === s && ("following" === r2.substr(la, 9).toLowerCase() ? (n2 = r2.substr(la, 9), la += 9) : (n2 = s, 0 === da && La(Cn))), n2 !== s ? (fa = t3, u2 = n2, (o2 = e3).value += " " + u2.toUpperCase(), t3 = e3 = o2) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = Rc()), t3;
        }
        function Rc() {
          var t3, e3, n2;
          return t3 = la, "current" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(En)), e3 !== s && $f() !== s ? ("row" === r2.substr(la, 3).toLowerCase() ? (n2 = r2.substr(la, 3), la += 3) : (n2 = s, 0 === da && La(re)), n2 !== s ? (fa = t3, t3 = e3 = { type: "origin", value: "current row" }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Uc() {
          var t3, e3;
          return t3 = la, "unbounded" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(_n)), e3 !== s && (fa = t3, e3 = { type: "origin", value: e3.toUpperCase() }), (t3 = e3) === s && (t3 = Yc()), t3;
        }
        function Mc() {
          var r3, t3, e3;
          return r3 = la, (t3 = Rf()) !== s && $f() !== s && (e3 = $c()) !== s ? (fa = r3, r3 = t3 = { symbol: t3, delimiter: e3 }) : (la = r3, r3 = s), r3;
        }
        function Dc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          if (r3 = la, (t3 = Dl()) === s && (t3 = null), t3 !== s) if ($f() !== s) if ((e3 = Mf()) !== s) if ($f() !== s) if ((n2 = Xi()) !== s) if ($f() !== s) if ((o2 = Df()) !== s) if ($f() !== s) {
            for (u2 = [], a2 = la, (i2 = $f()) !== s ? ((c2 = ql()) === s && (c2 = Gl()), c2 !== s && (l2 = $f()) !== s && (f2 = Xi()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (la = a2, a2 = s)) : (la = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = la, (i2 = $f()) !== s ? ((c2 = ql()) === s && (c2 = Gl()), c2 !== s && (l2 = $f()) !== s && (f2 = Xi()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (la = a2, a2 = s)) : (la = a2, a2 = s);
            u2 !== s && (a2 = $f()) !== s ? ((i2 = Mc()) === s && (i2 = null), i2 !== s && (c2 = $f()) !== s ? ((l2 = Ni()) === s && (l2 = null), l2 !== s ? (fa = r3, r3 = t3 = (function(r4, t4, e4, n3, o3) {
              const s2 = e4.length;
              let u3 = t4;
              u3.parentheses = true;
              for (let r5 = 0; r5 < s2; ++r5) u3 = fp(e4[r5][1], u3, e4[r5][3]);
              return { distinct: r4, expr: u3, orderby: o3, separator: n3 };
            })(t3, n2, u2, i2, l2)) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          else la = r3, r3 = s;
          else la = r3, r3 = s;
          else la = r3, r3 = s;
          else la = r3, r3 = s;
          else la = r3, r3 = s;
          else la = r3, r3 = s;
          else la = r3, r3 = s;
          return r3 === s && (r3 = la, (t3 = Dl()) === s && (t3 = null), t3 !== s && $f() !== s && (e3 = Ti()) !== s && $f() !== s ? ((n2 = Mc()) === s && (n2 = null), n2 !== s && $f() !== s ? ((o2 = Ni()) === s && (o2 = null), o2 !== s ? (fa = r3, r3 = t3 = { distinct: t3, expr: e3, orderby: o2, separator: n2 }) : (la = r3, r3 = s)) : (la = r3, r3 = s)) : (la = r3, r3 = s)), r3;
        }
        function Pc() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = la, (e3 = (function() {
            var t4;
            (t4 = Fc()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "current_user" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(gu));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "CURRENT_USER") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "user" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(vu));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "USER") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "session_user" === r2.substr(la, 12).toLowerCase() ? (e4 = r2.substr(la, 12), la += 12) : (e4 = s, 0 === da && La(ju));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "SESSION_USER") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = la, "system_user" === r2.substr(la, 11).toLowerCase() ? (e4 = r2.substr(la, 11), la += 11) : (e4 = s, 0 === da && La(Tu));
              e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "SYSTEM_USER") : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) !== s && $f() !== s && (n2 = Mf()) !== s && $f() !== s ? ((o2 = $i()) === s && (o2 = null), o2 !== s && $f() !== s && Df() !== s && $f() !== s ? ((u2 = Sc()) === s && (u2 = null), u2 !== s ? (fa = t3, t3 = e3 = { type: "function", name: { name: [{ type: "default", value: e3 }] }, args: o2 || { type: "expr_list", value: [] }, over: u2, ...cp() }) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = Fc()) !== s && $f() !== s ? ((n2 = xc()) === s && (n2 = null), n2 !== s ? (fa = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...cp() }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = tp()) !== s && $f() !== s && (n2 = Mf()) !== s && $f() !== s ? ((o2 = Ki()) === s && (o2 = null), o2 !== s && $f() !== s && Df() !== s && $f() !== s ? ((u2 = (function() {
            var t4, e4, n3;
            return t4 = la, "within" === r2.substr(la, 6).toLowerCase() ? (e4 = r2.substr(la, 6), la += 6) : (e4 = s, 0 === da && La(gn)), e4 !== s && $f() !== s && kl() !== s && $f() !== s && Mf() !== s && $f() !== s && (n3 = Ni()) !== s && $f() !== s && Df() !== s ? (fa = t4, t4 = e4 = { type: "within", keyword: "group", orderby: n3 }) : (la = t4, t4 = s), t4;
          })()) === s && (u2 = null), u2 !== s && $f() !== s ? ((a2 = Sc()) === s && (a2 = null), a2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, within_group: e4, over: n3, ...cp() };
          })(e3, o2, u2, a2)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s)) : (la = t3, t3 = s))), t3;
        }
        function Fc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, "current_date" === r2.substr(la, 12).toLowerCase() ? (e3 = r2.substr(la, 12), la += 12) : (e3 = s, 0 === da && La(du));
            e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t4, t4 = e3 = "CURRENT_DATE") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, "current_time" === r2.substr(la, 12).toLowerCase() ? (e3 = r2.substr(la, 12), la += 12) : (e3 = s, 0 === da && La(Eu));
            e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t4, t4 = e3 = "CURRENT_TIME") : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = Lf()), t3;
        }
        function Hc() {
          var t3;
          return (t3 = $c()) === s && (t3 = Yc()) === s && (t3 = (function() {
            var t4, e3;
            t4 = la, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = la, "true" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(lo));
              e4 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t5 = e4 = [e4, n2] : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && (fa = t4, e3 = { type: "bool", value: true });
            (t4 = e3) === s && (t4 = la, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = la, "false" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(bo));
              e4 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t5 = e4 = [e4, n2] : (la = t5, t5 = s)) : (la = t5, t5 = s);
              return t5;
            })()) !== s && (fa = t4, e3 = { type: "bool", value: false }), t4 = e3);
            return t4;
          })()) === s && (t3 = Bc()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = la, (e3 = wf()) === s && (e3 = bf()) === s && (e3 = mf()) === s && (e3 = vf());
            if (e3 !== s) if ($f() !== s) {
              if (n2 = la, 39 === r2.charCodeAt(la) ? (o2 = "'", la++) : (o2 = s, 0 === da && La(wr)), o2 !== s) {
                for (u2 = [], a2 = qc(); a2 !== s; ) u2.push(a2), a2 = qc();
                u2 !== s ? (39 === r2.charCodeAt(la) ? (a2 = "'", la++) : (a2 = s, 0 === da && La(wr)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (la = n2, n2 = s)) : (la = n2, n2 = s);
              } else la = n2, n2 = s;
              n2 !== s ? (fa = t4, e3 = Nn(e3, n2), t4 = e3) : (la = t4, t4 = s);
            } else la = t4, t4 = s;
            else la = t4, t4 = s;
            if (t4 === s) if (t4 = la, (e3 = wf()) === s && (e3 = bf()) === s && (e3 = mf()) === s && (e3 = vf()), e3 !== s) if ($f() !== s) {
              if (n2 = la, 34 === r2.charCodeAt(la) ? (o2 = '"', la++) : (o2 = s, 0 === da && La(Je)), o2 !== s) {
                for (u2 = [], a2 = Wc(); a2 !== s; ) u2.push(a2), a2 = Wc();
                u2 !== s ? (34 === r2.charCodeAt(la) ? (a2 = '"', la++) : (a2 = s, 0 === da && La(Je)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (la = n2, n2 = s)) : (la = n2, n2 = s);
              } else la = n2, n2 = s;
              n2 !== s ? (fa = t4, e3 = Nn(e3, n2), t4 = e3) : (la = t4, t4 = s);
            } else la = t4, t4 = s;
            else la = t4, t4 = s;
            return t4;
          })()), t3;
        }
        function Bc() {
          var t3, e3;
          return t3 = la, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = la, "null" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(io));
            e4 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) !== s && (fa = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function $c() {
          var t3, e3, n2, o2, u2, a2;
          if (t3 = la, "n" === r2.substr(la, 1).toLowerCase() ? (e3 = r2.charAt(la), la++) : (e3 = s, 0 === da && La(jn)), e3 === s && (e3 = null), e3 !== s) {
            if (n2 = la, 39 === r2.charCodeAt(la) ? (o2 = "'", la++) : (o2 = s, 0 === da && La(wr)), o2 !== s) {
              for (u2 = [], a2 = qc(); a2 !== s; ) u2.push(a2), a2 = qc();
              u2 !== s ? (39 === r2.charCodeAt(la) ? (a2 = "'", la++) : (a2 = s, 0 === da && La(wr)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (la = n2, n2 = s)) : (la = n2, n2 = s);
            } else la = n2, n2 = s;
            n2 !== s ? (fa = t3, t3 = e3 = { type: e3 ? "var_string" : "single_quote_string", value: n2[1].join("") }) : (la = t3, t3 = s);
          } else la = t3, t3 = s;
          if (t3 === s) {
            if (t3 = la, e3 = la, 34 === r2.charCodeAt(la) ? (n2 = '"', la++) : (n2 = s, 0 === da && La(Je)), n2 !== s) {
              for (o2 = [], u2 = Wc(); u2 !== s; ) o2.push(u2), u2 = Wc();
              o2 !== s ? (34 === r2.charCodeAt(la) ? (u2 = '"', la++) : (u2 = s, 0 === da && La(Je)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (la = e3, e3 = s)) : (la = e3, e3 = s);
            } else la = e3, e3 = s;
            if (e3 !== s ? (n2 = la, da++, o2 = Of(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = (function(r3) {
              return { type: "double_quote_string", value: r3[1].join("") };
            })(e3)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3 === s) if (t3 = la, "_binary" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Tn)), e3 === s && ("_latin1" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(xn))), e3 === s && (e3 = null), e3 !== s) if ((n2 = $f()) !== s) if ("0x" === r2.substr(la, 2).toLowerCase() ? (o2 = r2.substr(la, 2), la += 2) : (o2 = s, 0 === da && La(Sn)), o2 !== s) {
              for (u2 = [], kn.test(r2.charAt(la)) ? (a2 = r2.charAt(la), la++) : (a2 = s, 0 === da && La(In)); a2 !== s; ) u2.push(a2), kn.test(r2.charAt(la)) ? (a2 = r2.charAt(la), la++) : (a2 = s, 0 === da && La(In));
              u2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4, e4) {
                return { type: "full_hex_string", prefix: r3, value: e4.join("") };
              })(e3, 0, u2)) : (la = t3, t3 = s);
            } else la = t3, t3 = s;
            else la = t3, t3 = s;
            else la = t3, t3 = s;
          }
          return t3;
        }
        function Wc() {
          var t3;
          return On.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(Rn)), t3 === s && (t3 = Gc()), t3;
        }
        function qc() {
          var t3;
          return Un.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(Mn)), t3 === s && (t3 = Gc()), t3;
        }
        function Gc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = la, "\\'" === r2.substr(la, 2) ? (e3 = "\\'", la += 2) : (e3 = s, 0 === da && La(Dn)), e3 !== s && (fa = t3, e3 = "\\'"), (t3 = e3) === s && (t3 = la, '\\"' === r2.substr(la, 2) ? (e3 = '\\"', la += 2) : (e3 = s, 0 === da && La(Pn)), e3 !== s && (fa = t3, e3 = '\\"'), (t3 = e3) === s && (t3 = la, "\\\\" === r2.substr(la, 2) ? (e3 = "\\\\", la += 2) : (e3 = s, 0 === da && La(Fn)), e3 !== s && (fa = t3, e3 = "\\\\"), (t3 = e3) === s && (t3 = la, "\\/" === r2.substr(la, 2) ? (e3 = "\\/", la += 2) : (e3 = s, 0 === da && La(Hn)), e3 !== s && (fa = t3, e3 = "\\/"), (t3 = e3) === s && (t3 = la, "\\b" === r2.substr(la, 2) ? (e3 = "\\b", la += 2) : (e3 = s, 0 === da && La(Bn)), e3 !== s && (fa = t3, e3 = "\b"), (t3 = e3) === s && (t3 = la, "\\f" === r2.substr(la, 2) ? (e3 = "\\f", la += 2) : (e3 = s, 0 === da && La($n)), e3 !== s && (fa = t3, e3 = "\f"), (t3 = e3) === s && (t3 = la, "\\n" === r2.substr(la, 2) ? (e3 = "\\n", la += 2) : (e3 = s, 0 === da && La(Wn)), e3 !== s && (fa = t3, e3 = "\n"), (t3 = e3) === s && (t3 = la, "\\r" === r2.substr(la, 2) ? (e3 = "\\r", la += 2) : (e3 = s, 0 === da && La(qn)), e3 !== s && (fa = t3, e3 = "\r"), (t3 = e3) === s && (t3 = la, "\\t" === r2.substr(la, 2) ? (e3 = "\\t", la += 2) : (e3 = s, 0 === da && La(Gn)), e3 !== s && (fa = t3, e3 = "	"), (t3 = e3) === s && (t3 = la, "\\u" === r2.substr(la, 2) ? (e3 = "\\u", la += 2) : (e3 = s, 0 === da && La(Yn)), e3 !== s && (n2 = Jc()) !== s && (o2 = Jc()) !== s && (u2 = Jc()) !== s && (a2 = Jc()) !== s ? (fa = t3, i2 = n2, c2 = o2, l2 = u2, f2 = a2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (la = t3, t3 = s), t3 === s && (t3 = la, 92 === r2.charCodeAt(la) ? (e3 = "\\", la++) : (e3 = s, 0 === da && La(Vn)), e3 !== s && (fa = t3, e3 = "\\"), (t3 = e3) === s && (t3 = la, "''" === r2.substr(la, 2) ? (e3 = "''", la += 2) : (e3 = s, 0 === da && La(Xn)), e3 !== s && (fa = t3, e3 = "''"), (t3 = e3) === s && (t3 = la, '""' === r2.substr(la, 2) ? (e3 = '""', la += 2) : (e3 = s, 0 === da && La(Kn)), e3 !== s && (fa = t3, e3 = '""'), (t3 = e3) === s && (t3 = la, "``" === r2.substr(la, 2) ? (e3 = "``", la += 2) : (e3 = s, 0 === da && La(Qn)), e3 !== s && (fa = t3, e3 = "``"), t3 = e3))))))))))))), t3;
        }
        function Yc() {
          var r3, t3, e3;
          return r3 = la, (t3 = Vc()) !== s && (fa = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Vc() {
          var r3, t3, e3, n2;
          return r3 = la, (t3 = Xc()) !== s && (e3 = Kc()) !== s && (n2 = Qc()) !== s ? (fa = r3, r3 = t3 = { type: "bigint", value: t3 + e3 + n2 }) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = Xc()) !== s && (e3 = Kc()) !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
            const e4 = r4 + t4;
            return pp(r4) ? { type: "bigint", value: e4 } : parseFloat(e4).toFixed(t4.length - 1);
          })(t3, e3)) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = Xc()) !== s && (e3 = Qc()) !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
            return { type: "bigint", value: r4 + t4 };
          })(t3, e3)) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = Xc()) !== s && (fa = r3, t3 = (function(r4) {
            return pp(r4) ? { type: "bigint", value: r4 } : parseFloat(r4);
          })(t3)), r3 = t3))), r3;
        }
        function Xc() {
          var t3, e3, n2;
          return (t3 = zc()) === s && (t3 = Zc()) === s && (t3 = la, 45 === r2.charCodeAt(la) ? (e3 = "-", la++) : (e3 = s, 0 === da && La(Ve)), e3 === s && (43 === r2.charCodeAt(la) ? (e3 = "+", la++) : (e3 = s, 0 === da && La(Ye))), e3 !== s && (n2 = zc()) !== s ? (fa = t3, t3 = e3 = e3 + n2) : (la = t3, t3 = s), t3 === s && (t3 = la, 45 === r2.charCodeAt(la) ? (e3 = "-", la++) : (e3 = s, 0 === da && La(Ve)), e3 === s && (43 === r2.charCodeAt(la) ? (e3 = "+", la++) : (e3 = s, 0 === da && La(Ye))), e3 !== s && (n2 = Zc()) !== s ? (fa = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (la = t3, t3 = s))), t3;
        }
        function Kc() {
          var t3, e3, n2;
          return t3 = la, 46 === r2.charCodeAt(la) ? (e3 = ".", la++) : (e3 = s, 0 === da && La(Jn)), e3 !== s && (n2 = zc()) !== s ? (fa = t3, t3 = e3 = "." + n2) : (la = t3, t3 = s), t3;
        }
        function Qc() {
          var t3, e3, n2;
          return t3 = la, (e3 = (function() {
            var t4, e4, n3;
            t4 = la, oo.test(r2.charAt(la)) ? (e4 = r2.charAt(la), la++) : (e4 = s, 0 === da && La(so));
            e4 !== s ? (uo.test(r2.charAt(la)) ? (n3 = r2.charAt(la), la++) : (n3 = s, 0 === da && La(ao)), n3 === s && (n3 = null), n3 !== s ? (fa = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            var o2;
            return t4;
          })()) !== s && (n2 = zc()) !== s ? (fa = t3, t3 = e3 = e3 + n2) : (la = t3, t3 = s), t3;
        }
        function zc() {
          var r3, t3, e3;
          if (r3 = la, t3 = [], (e3 = Zc()) !== s) for (; e3 !== s; ) t3.push(e3), e3 = Zc();
          else t3 = s;
          return t3 !== s && (fa = r3, t3 = t3.join("")), r3 = t3;
        }
        function Zc() {
          var t3;
          return ro.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(to)), t3;
        }
        function Jc() {
          var t3;
          return eo.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(no)), t3;
        }
        function rl() {
          var t3, e3, n2, o2;
          return t3 = la, "default" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(A)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function tl() {
          var t3, e3, n2, o2;
          return t3 = la, "to" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(fo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function el() {
          var t3, e3, n2, o2;
          return t3 = la, "top" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(po)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function nl() {
          var t3, e3, n2, o2;
          return t3 = la, "drop" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(vo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DROP") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function ol() {
          var t3, e3, n2, o2;
          return t3 = la, "declare" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(yo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DECLARE") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function sl() {
          var t3, e3, n2, o2;
          return t3 = la, "alter" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(wo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "ALTER") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function ul() {
          var t3, e3, n2, o2;
          return t3 = la, "update" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Lo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function al() {
          var t3, e3, n2, o2;
          return t3 = la, "create" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Co)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function il() {
          var t3, e3, n2, o2;
          return t3 = la, "temporary" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(Ao)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function cl() {
          var t3, e3, n2, o2;
          return t3 = la, "delete" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Eo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function ll() {
          var t3, e3, n2, o2;
          return t3 = la, "replace" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(jo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function fl() {
          var t3, e3, n2, o2;
          return t3 = la, "rename" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(To)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function pl() {
          var t3, e3, n2, o2;
          return t3 = la, "ignore" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(xo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function bl() {
          var t3, e3, n2, o2;
          return t3 = la, "partition" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(So)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "PARTITION") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function vl() {
          var t3, e3, n2, o2;
          return t3 = la, "into" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(ko)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function dl() {
          var t3, e3, n2, o2;
          return t3 = la, "from" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Io)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function yl() {
          var t3, e3, n2, o2;
          return t3 = la, "set" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(ar)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "SET") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function hl() {
          var t3, e3, n2, o2;
          return t3 = la, "as" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(Oo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function wl() {
          var t3, e3, n2, o2;
          return t3 = la, "table" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(Ro)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "TABLE") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function ml() {
          var t3, e3, n2, o2;
          return t3 = la, "view" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Uo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "VIEW") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Ll() {
          var t3, e3, n2, o2;
          return t3 = la, "tables" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Po)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "TABLES") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Cl() {
          var t3, e3, n2, o2;
          return t3 = la, "on" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(Fo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Al() {
          var t3, e3, n2, o2;
          return t3 = la, "join" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Yo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function El() {
          var t3, e3, n2, o2;
          return t3 = la, "apply" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(Vo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function _l() {
          var t3, e3, n2, o2;
          return t3 = la, "outer" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(Xo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function gl() {
          var t3, e3, n2, o2;
          return t3 = la, "union" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(Ko)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function jl() {
          var t3, e3, n2, o2;
          return t3 = la, "values" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Qo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Tl() {
          var t3, e3, n2, o2;
          return t3 = la, "using" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(zo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function xl() {
          var t3, e3, n2, o2;
          return t3 = la, "with" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Pt)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Sl() {
          var t3, e3, n2, o2;
          return t3 = la, "go" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(Jo)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "GO") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function kl() {
          var t3, e3, n2, o2;
          return t3 = la, "group" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(rs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Il() {
          var t3, e3, n2, o2;
          return t3 = la, "by" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(ts)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Nl() {
          var t3, e3, n2, o2;
          return t3 = la, "offset" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(ss)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "OFFSET") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Ol() {
          var t3, e3, n2, o2;
          return t3 = la, "fetch" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(us)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "FETCH") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Rl() {
          var t3, e3, n2, o2;
          return t3 = la, "asc" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(as)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "ASC") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Ul() {
          var t3, e3, n2, o2;
          return t3 = la, "desc" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(is)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DESC") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Ml() {
          var t3, e3, n2, o2;
          return t3 = la, "all" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(cs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "ALL") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Dl() {
          var t3, e3, n2, o2;
          return t3 = la, "distinct" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(ls)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DISTINCT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Pl() {
          var t3, e3, n2, o2;
          return t3 = la, "between" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(fs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "BETWEEN") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Fl() {
          var t3, e3, n2, o2;
          return t3 = la, "in" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(ps)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "IN") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Hl() {
          var t3, e3, n2, o2;
          return t3 = la, "is" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(bs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "IS") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Bl() {
          var t3, e3, n2, o2;
          return t3 = la, "like" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(vs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "LIKE") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function $l() {
          var t3, e3, n2, o2;
          return t3 = la, "exists" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(ds)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "EXISTS") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Wl() {
          var t3, e3, n2, o2;
          return t3 = la, "not" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(X)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "NOT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function ql() {
          var t3, e3, n2, o2;
          return t3 = la, "and" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(ys)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "AND") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Gl() {
          var t3, e3, n2, o2;
          return t3 = la, "or" === r2.substr(la, 2).toLowerCase() ? (e3 = r2.substr(la, 2), la += 2) : (e3 = s, 0 === da && La(hs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "OR") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Yl() {
          var t3, e3, n2, o2;
          return t3 = la, "case" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(js)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Vl() {
          var t3, e3, n2, o2;
          return t3 = la, "else" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Ss)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Xl() {
          var t3, e3, n2, o2;
          return t3 = la, "end" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(ks)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Kl() {
          var t3, e3, n2, o2;
          return t3 = la, "cast" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Is)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "CAST") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Ql() {
          var t3, e3, n2, o2;
          return t3 = la, "char" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(Us)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "CHAR") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function zl() {
          var t3, e3, n2, o2;
          return t3 = la, "varchar" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Ms)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "VARCHAR") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Zl() {
          var t3, e3, n2, o2;
          return t3 = la, "binary" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Ds)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "BINARY") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Jl() {
          var t3, e3, n2, o2;
          return t3 = la, "varbinary" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(Ps)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "VARBINARY") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function rf() {
          var t3, e3, n2, o2;
          return t3 = la, "nvarchar" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(Hs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "NVARCHAR") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function tf() {
          var t3, e3, n2, o2;
          return t3 = la, "numeric" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Bs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "NUMERIC") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function ef() {
          var t3, e3, n2, o2;
          return t3 = la, "decimal" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La($s)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DECIMAL") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function nf() {
          var t3, e3, n2, o2;
          return t3 = la, "unsigned" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(qs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "UNSIGNED") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function of() {
          var t3, e3, n2, o2;
          return t3 = la, "int" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(Gs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "INT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function sf() {
          var t3, e3, n2, o2;
          return t3 = la, "integer" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Vs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "INTEGER") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function uf() {
          var t3, e3, n2, o2;
          return t3 = la, "smallint" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(Xs)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "SMALLINT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function af() {
          var t3, e3, n2, o2;
          return t3 = la, "tinyint" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La(Ks)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "TINYINT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function cf() {
          var t3, e3, n2, o2;
          return t3 = la, "bigint" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(tu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "BIGINT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function lf() {
          var t3, e3, n2, o2;
          return t3 = la, "float" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(eu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "FLOAT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function ff() {
          var t3, e3, n2, o2;
          return t3 = la, "real" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(nu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "REAL") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function pf() {
          var t3, e3, n2, o2;
          return t3 = la, "double" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(ou)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DOUBLE") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function bf() {
          var t3, e3, n2, o2;
          return t3 = la, "date" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(su)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DATE") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function vf() {
          var t3, e3, n2, o2;
          return t3 = la, "datetime" === r2.substr(la, 8).toLowerCase() ? (e3 = r2.substr(la, 8), la += 8) : (e3 = s, 0 === da && La(au)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DATETIME") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function df() {
          var t3, e3, n2, o2;
          return t3 = la, "datetime2" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(iu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DATETIME2") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function yf() {
          var t3, e3, n2, o2;
          return t3 = la, "datetimeoffset" === r2.substr(la, 14).toLowerCase() ? (e3 = r2.substr(la, 14), la += 14) : (e3 = s, 0 === da && La(cu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "DATETIMEOFFSET") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function hf() {
          var t3, e3, n2, o2;
          return t3 = la, "rows" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(je)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "ROWS") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function wf() {
          var t3, e3, n2, o2;
          return t3 = la, "time" === r2.substr(la, 4).toLowerCase() ? (e3 = r2.substr(la, 4), la += 4) : (e3 = s, 0 === da && La(lu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "TIME") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function mf() {
          var t3, e3, n2, o2;
          return t3 = la, "timestamp" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(fu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "TIMESTAMP") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Lf() {
          var t3, e3, n2, o2;
          return t3 = la, "current_timestamp" === r2.substr(la, 17).toLowerCase() ? (e3 = r2.substr(la, 17), la += 17) : (e3 = s, 0 === da && La(_u)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Cf() {
          var t3;
          return 64 === r2.charCodeAt(la) ? (t3 = "@", la++) : (t3 = s, 0 === da && La(S)), t3;
        }
        function Af() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(la, 2) ? (t4 = "@@", la += 2) : (t4 = s, 0 === da && La(ku)), t4;
          })()) === s && (t3 = Cf()) === s && (t3 = (function() {
            var t4;
            return 36 === r2.charCodeAt(la) ? (t4 = "$", la++) : (t4 = s, 0 === da && La(Iu)), t4;
          })()), t3;
        }
        function Ef() {
          var t3;
          return 61 === r2.charCodeAt(la) ? (t3 = "=", la++) : (t3 = s, 0 === da && La(Me)), t3;
        }
        function _f() {
          var t3, e3, n2, o2;
          return t3 = la, "add" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(Uu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "ADD") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function gf() {
          var t3, e3, n2, o2;
          return t3 = la, "column" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(Mu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "COLUMN") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function jf() {
          var t3, e3, n2, o2;
          return t3 = la, "index" === r2.substr(la, 5).toLowerCase() ? (e3 = r2.substr(la, 5), la += 5) : (e3 = s, 0 === da && La(Du)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "INDEX") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Tf() {
          var t3, e3, n2, o2;
          return t3 = la, "key" === r2.substr(la, 3).toLowerCase() ? (e3 = r2.substr(la, 3), la += 3) : (e3 = s, 0 === da && La(y)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "KEY") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function xf() {
          var t3, e3, n2, o2;
          return t3 = la, "unique" === r2.substr(la, 6).toLowerCase() ? (e3 = r2.substr(la, 6), la += 6) : (e3 = s, 0 === da && La(d)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "UNIQUE") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Sf() {
          var t3, e3, n2, o2;
          return t3 = la, "clustered" === r2.substr(la, 9).toLowerCase() ? (e3 = r2.substr(la, 9), la += 9) : (e3 = s, 0 === da && La(Hu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "CLUSTERED") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function kf() {
          var t3, e3, n2, o2;
          return t3 = la, "nonclustered" === r2.substr(la, 12).toLowerCase() ? (e3 = r2.substr(la, 12), la += 12) : (e3 = s, 0 === da && La(Bu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "NONCLUSTERED") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function If() {
          var t3, e3, n2, o2;
          return t3 = la, "comment" === r2.substr(la, 7).toLowerCase() ? (e3 = r2.substr(la, 7), la += 7) : (e3 = s, 0 === da && La($u)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "COMMENT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Nf() {
          var t3, e3, n2, o2;
          return t3 = la, "constraint" === r2.substr(la, 10).toLowerCase() ? (e3 = r2.substr(la, 10), la += 10) : (e3 = s, 0 === da && La(Wu)), e3 !== s ? (n2 = la, da++, o2 = Ec(), da--, o2 === s ? n2 = void 0 : (la = n2, n2 = s), n2 !== s ? (fa = t3, t3 = e3 = "CONSTRAINT") : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Of() {
          var t3;
          return 46 === r2.charCodeAt(la) ? (t3 = ".", la++) : (t3 = s, 0 === da && La(Jn)), t3;
        }
        function Rf() {
          var t3;
          return 44 === r2.charCodeAt(la) ? (t3 = ",", la++) : (t3 = s, 0 === da && La(zu)), t3;
        }
        function Uf() {
          var t3;
          return 42 === r2.charCodeAt(la) ? (t3 = "*", la++) : (t3 = s, 0 === da && La(Xe)), t3;
        }
        function Mf() {
          var t3;
          return 40 === r2.charCodeAt(la) ? (t3 = "(", la++) : (t3 = s, 0 === da && La(gt)), t3;
        }
        function Df() {
          var t3;
          return 41 === r2.charCodeAt(la) ? (t3 = ")", la++) : (t3 = s, 0 === da && La(jt)), t3;
        }
        function Pf() {
          var t3;
          return 91 === r2.charCodeAt(la) ? (t3 = "[", la++) : (t3 = s, 0 === da && La(an)), t3;
        }
        function Ff() {
          var t3;
          return 93 === r2.charCodeAt(la) ? (t3 = "]", la++) : (t3 = s, 0 === da && La(fn)), t3;
        }
        function Hf() {
          var t3;
          return 59 === r2.charCodeAt(la) ? (t3 = ";", la++) : (t3 = s, 0 === da && La(Zu)), t3;
        }
        function Bf() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(la, 2) ? (t4 = "||", la += 2) : (t4 = s, 0 === da && La(Ju)), t4;
          })()) === s && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(la, 2) ? (t4 = "&&", la += 2) : (t4 = s, 0 === da && La(ra)), t4;
          })()), t3;
        }
        function $f() {
          var r3, t3;
          for (r3 = [], (t3 = Vf()) === s && (t3 = qf()); t3 !== s; ) r3.push(t3), (t3 = Vf()) === s && (t3 = qf());
          return r3;
        }
        function Wf() {
          var r3, t3;
          if (r3 = [], (t3 = Vf()) === s && (t3 = qf()), t3 !== s) for (; t3 !== s; ) r3.push(t3), (t3 = Vf()) === s && (t3 = qf());
          else r3 = s;
          return r3;
        }
        function qf() {
          var t3;
          return (t3 = (function t4() {
            var e3, n2, o2, u2, a2, i2, c2;
            e3 = la, "/*" === r2.substr(la, 2) ? (n2 = "/*", la += 2) : (n2 = s, 0 === da && La(ta));
            if (n2 !== s) {
              for (o2 = [], u2 = la, a2 = la, da++, "*/" === r2.substr(la, 2) ? (i2 = "*/", la += 2) : (i2 = s, 0 === da && La(ea)), da--, i2 === s ? a2 = void 0 : (la = a2, a2 = s), a2 !== s ? (i2 = la, da++, "/*" === r2.substr(la, 2) ? (c2 = "/*", la += 2) : (c2 = s, 0 === da && La(ta)), da--, c2 === s ? i2 = void 0 : (la = i2, i2 = s), i2 !== s && (c2 = Yf()) !== s ? u2 = a2 = [a2, i2, c2] : (la = u2, u2 = s)) : (la = u2, u2 = s), u2 === s && (u2 = t4()); u2 !== s; ) o2.push(u2), u2 = la, a2 = la, da++, "*/" === r2.substr(la, 2) ? (i2 = "*/", la += 2) : (i2 = s, 0 === da && La(ea)), da--, i2 === s ? a2 = void 0 : (la = a2, a2 = s), a2 !== s ? (i2 = la, da++, "/*" === r2.substr(la, 2) ? (c2 = "/*", la += 2) : (c2 = s, 0 === da && La(ta)), da--, c2 === s ? i2 = void 0 : (la = i2, i2 = s), i2 !== s && (c2 = Yf()) !== s ? u2 = a2 = [a2, i2, c2] : (la = u2, u2 = s)) : (la = u2, u2 = s), u2 === s && (u2 = t4());
              o2 !== s ? ("*/" === r2.substr(la, 2) ? (u2 = "*/", la += 2) : (u2 = s, 0 === da && La(ea)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (la = e3, e3 = s)) : (la = e3, e3 = s);
            } else la = e3, e3 = s;
            return e3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = la, "--" === r2.substr(la, 2) ? (e3 = "--", la += 2) : (e3 = s, 0 === da && La(na));
            if (e3 !== s) {
              for (n2 = [], o2 = la, u2 = la, da++, a2 = Xf(), da--, a2 === s ? u2 = void 0 : (la = u2, u2 = s), u2 !== s && (a2 = Yf()) !== s ? o2 = u2 = [u2, a2] : (la = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = la, u2 = la, da++, a2 = Xf(), da--, a2 === s ? u2 = void 0 : (la = u2, u2 = s), u2 !== s && (a2 = Yf()) !== s ? o2 = u2 = [u2, a2] : (la = o2, o2 = s);
              n2 !== s ? t4 = e3 = [e3, n2] : (la = t4, t4 = s);
            } else la = t4, t4 = s;
            return t4;
          })()), t3;
        }
        function Gf() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = la, (t3 = If()) !== s && $f() !== s ? ((e3 = Ef()) === s && (e3 = null), e3 !== s && $f() !== s && (n2 = $c()) !== s ? (fa = r3, u2 = e3, a2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: u2, value: a2 }) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function Yf() {
          var t3;
          return r2.length > la ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(oa)), t3;
        }
        function Vf() {
          var t3;
          return sa.test(r2.charAt(la)) ? (t3 = r2.charAt(la), la++) : (t3 = s, 0 === da && La(ua)), t3;
        }
        function Xf() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = la, da++, r2.length > la ? (e4 = r2.charAt(la), la++) : (e4 = s, 0 === da && La(oa));
            da--, e4 === s ? t4 = void 0 : (la = t4, t4 = s);
            return t4;
          })()) === s) if (t3 = [], zn.test(r2.charAt(la)) ? (e3 = r2.charAt(la), la++) : (e3 = s, 0 === da && La(Zn)), e3 !== s) for (; e3 !== s; ) t3.push(e3), zn.test(r2.charAt(la)) ? (e3 = r2.charAt(la), la++) : (e3 = s, 0 === da && La(Zn));
          else t3 = s;
          return t3;
        }
        function Kf() {
          var t3, e3;
          return t3 = la, fa = la, hp = [], (true ? void 0 : s) !== s && $f() !== s ? ((e3 = Qf()) === s && (e3 = (function() {
            var t4, e4;
            t4 = la, (function() {
              var t5;
              return "return" === r2.substr(la, 6).toLowerCase() ? (t5 = r2.substr(la, 6), la += 6) : (t5 = s, 0 === da && La(Nu)), t5;
            })() !== s && $f() !== s && (e4 = zf()) !== s ? (fa = t4, t4 = { type: "return", expr: e4 }) : (la = t4, t4 = s);
            return t4;
          })()), e3 !== s ? (fa = t3, t3 = { stmt: e3, vars: hp }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function Qf() {
          var t3, e3, n2, o2;
          return t3 = la, (e3 = op()) === s && (e3 = sp()), e3 !== s && $f() !== s ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(la, 2) ? (t4 = ":=", la += 2) : (t4 = s, 0 === da && La(Ou)), t4;
          })()) === s && (n2 = Ef()), n2 === s && (n2 = null), n2 !== s && $f() !== s && (o2 = zf()) !== s ? (fa = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        function zf() {
          var r3;
          return (r3 = ri()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = la, (t3 = op()) !== s && $f() !== s && (e3 = gi()) !== s && $f() !== s && (n2 = op()) !== s && $f() !== s && (o2 = xi()) !== s ? (fa = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (la = r4, r4 = s);
            return r4;
          })()) === s && (r3 = Zf()) === s && (r3 = (function() {
            var r4, t3;
            r4 = la, Pf() !== s && $f() !== s && (t3 = np()) !== s && $f() !== s && Ff() !== s ? (fa = r4, r4 = { type: "array", value: t3 }) : (la = r4, r4 = s);
            return r4;
          })()), r3;
        }
        function Zf() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = Jf()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = nc()) !== s && (a2 = $f()) !== s && (i2 = Jf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = nc()) !== s && (a2 = $f()) !== s && (i2 = Jf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = De(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function Jf() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = rp()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = sc()) !== s && (a2 = $f()) !== s && (i2 = rp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = sc()) !== s && (a2 = $f()) !== s && (i2 = rp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = De(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function rp() {
          var r3, t3, e3;
          return (r3 = Hc()) === s && (r3 = op()) === s && (r3 = ep()) === s && (r3 = jc()) === s && (r3 = la, Mf() !== s && $f() !== s && (t3 = Zf()) !== s && $f() !== s && Df() !== s ? (fa = r3, (e3 = t3).parentheses = true, r3 = e3) : (la = r3, r3 = s)), r3;
        }
        function tp() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = la, (t3 = lc()) !== s ? (e3 = la, (n2 = $f()) !== s && (o2 = Of()) !== s && (u2 = $f()) !== s && (a2 = lc()) !== s ? e3 = n2 = [n2, o2, u2, a2] : (la = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (fa = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3;
        }
        function ep() {
          var r3, t3, e3;
          return r3 = la, (t3 = tp()) !== s && $f() !== s && Mf() !== s && $f() !== s ? ((e3 = np()) === s && (e3 = null), e3 !== s && $f() !== s && Df() !== s ? (fa = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...cp() }) : (la = r3, r3 = s)) : (la = r3, r3 = s), r3 === s && (r3 = la, (t3 = tp()) !== s && (fa = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...cp() };
          })(t3)), r3 = t3), r3;
        }
        function np() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = la, (t3 = rp()) !== s) {
            for (e3 = [], n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = rp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = la, (o2 = $f()) !== s && (u2 = Rf()) !== s && (a2 = $f()) !== s && (i2 = rp()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (la = n2, n2 = s);
            e3 !== s ? (fa = r3, r3 = t3 = v(t3, e3)) : (la = r3, r3 = s);
          } else la = r3, r3 = s;
          return r3;
        }
        function op() {
          var r3, t3, e3, n2, o2;
          return r3 = la, (t3 = Af()) !== s && (e3 = sp()) !== s ? (fa = r3, n2 = t3, o2 = e3, r3 = t3 = { type: "var", ...o2, prefix: n2 }) : (la = r3, r3 = s), r3;
        }
        function sp() {
          var t3, e3, n2, o2, u2;
          return t3 = la, (e3 = Cc()) !== s && (n2 = (function() {
            var t4, e4, n3, o3, u3;
            t4 = la, e4 = [], n3 = la, 46 === r2.charCodeAt(la) ? (o3 = ".", la++) : (o3 = s, 0 === da && La(Jn));
            o3 !== s && (u3 = Cc()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s);
            for (; n3 !== s; ) e4.push(n3), n3 = la, 46 === r2.charCodeAt(la) ? (o3 = ".", la++) : (o3 = s, 0 === da && La(Jn)), o3 !== s && (u3 = Cc()) !== s ? n3 = o3 = [o3, u3] : (la = n3, n3 = s);
            e4 !== s && (fa = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== s ? (fa = t3, o2 = e3, u2 = n2, hp.push(o2), t3 = e3 = { type: "var", name: o2, members: u2, prefix: null }) : (la = t3, t3 = s), t3 === s && (t3 = la, (e3 = Yc()) !== s && (fa = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function up() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = la, (e3 = Pf()) === s && (e3 = null);
            if (e3 !== s) if ($f() !== s) if ((n2 = Ql()) === s && (n2 = zl()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "nchar" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(Fs)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "NCHAR") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) === s && (n2 = rf()) === s && (n2 = Zl()) === s && (n2 = Jl()), n2 !== s) if ($f() !== s) if ((o2 = Ff()) === s && (o2 = null), o2 !== s) if (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s) if ($f() !== s) if (Mf() !== s) if ($f() !== s) {
              if (u2 = [], ro.test(r2.charAt(la)) ? (a2 = r2.charAt(la), la++) : (a2 = s, 0 === da && La(to)), a2 !== s) for (; a2 !== s; ) u2.push(a2), ro.test(r2.charAt(la)) ? (a2 = r2.charAt(la), la++) : (a2 = s, 0 === da && La(to));
              else u2 = s;
              u2 !== s && (a2 = $f()) !== s && Df() !== s ? (fa = t4, e3 = { dataType: n2, length: parseInt(u2.join(""), 10), parentheses: true }, t4 = e3) : (la = t4, t4 = s);
            } else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            t4 === s && (t4 = la, (e3 = Pf()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = rf()) === s && (n2 = zl()) === s && (n2 = Jl()), n2 !== s && $f() !== s ? ((o2 = Ff()) === s && (o2 = null), o2 !== s ? (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s && $f() !== s && Mf() !== s && $f() !== s ? ("max" === r2.substr(la, 3).toLowerCase() ? (u2 = r2.substr(la, 3), la += 3) : (u2 = s, 0 === da && La(Cs)), u2 !== s && (a2 = $f()) !== s && Df() !== s ? (fa = t4, e3 = /* @__PURE__ */ (function(r3, t5, e4, n3) {
              return { dataType: t5, length: "max" };
            })(0, n2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s), t4 === s && (t4 = la, (e3 = Pf()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = Ql()) === s && (n2 = zl()) === s && (n2 = Zl()) === s && (n2 = Jl()), n2 !== s && $f() !== s ? ((o2 = Ff()) === s && (o2 = null), o2 !== s ? (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s ? (fa = t4, e3 = ia(0, n2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)));
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, d2, y2;
            t4 = la, (e3 = Pf()) === s && (e3 = null);
            if (e3 !== s) if ($f() !== s) if ((n2 = tf()) === s && (n2 = ef()) === s && (n2 = of()) === s && (n2 = sf()) === s && (n2 = uf()) === s && (n2 = af()) === s && (n2 = cf()) === s && (n2 = lf()) === s && (n2 = ff()) === s && (n2 = pf()), n2 !== s) if ((o2 = $f()) !== s) if ((u2 = Ff()) === s && (u2 = null), u2 !== s) if (fa = la, (aa(e3, 0, u2) ? s : void 0) !== s) if ((a2 = $f()) !== s) if ((i2 = Mf()) !== s) if ((c2 = $f()) !== s) {
              if (l2 = [], ro.test(r2.charAt(la)) ? (f2 = r2.charAt(la), la++) : (f2 = s, 0 === da && La(to)), f2 !== s) for (; f2 !== s; ) l2.push(f2), ro.test(r2.charAt(la)) ? (f2 = r2.charAt(la), la++) : (f2 = s, 0 === da && La(to));
              else l2 = s;
              if (l2 !== s) if ((f2 = $f()) !== s) {
                if (p2 = la, (b2 = Rf()) !== s) if ((v2 = $f()) !== s) {
                  if (d2 = [], ro.test(r2.charAt(la)) ? (y2 = r2.charAt(la), la++) : (y2 = s, 0 === da && La(to)), y2 !== s) for (; y2 !== s; ) d2.push(y2), ro.test(r2.charAt(la)) ? (y2 = r2.charAt(la), la++) : (y2 = s, 0 === da && La(to));
                  else d2 = s;
                  d2 !== s ? p2 = b2 = [b2, v2, d2] : (la = p2, p2 = s);
                } else la = p2, p2 = s;
                else la = p2, p2 = s;
                p2 === s && (p2 = null), p2 !== s && (b2 = $f()) !== s && (v2 = Df()) !== s && (d2 = $f()) !== s ? ((y2 = ap()) === s && (y2 = null), y2 !== s ? (fa = t4, h2 = p2, w2 = y2, e3 = { dataType: n2, length: parseInt(l2.join(""), 10), scale: h2 && parseInt(h2[2].join(""), 10), parentheses: true, suffix: w2 }, t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s);
              } else la = t4, t4 = s;
              else la = t4, t4 = s;
            } else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            var h2, w2;
            if (t4 === s) {
              if (t4 = la, (e3 = Pf()) === s && (e3 = null), e3 !== s) if ($f() !== s) if ((n2 = tf()) === s && (n2 = ef()) === s && (n2 = of()) === s && (n2 = sf()) === s && (n2 = uf()) === s && (n2 = af()) === s && (n2 = cf()) === s && (n2 = lf()) === s && (n2 = ff()) === s && (n2 = pf()), n2 !== s) if ((o2 = Ff()) === s && (o2 = null), o2 !== s) if (fa = la, (u2 = (u2 = aa(e3, 0, o2)) ? s : void 0) !== s) if ($f() !== s) {
                if (a2 = [], ro.test(r2.charAt(la)) ? (i2 = r2.charAt(la), la++) : (i2 = s, 0 === da && La(to)), i2 !== s) for (; i2 !== s; ) a2.push(i2), ro.test(r2.charAt(la)) ? (i2 = r2.charAt(la), la++) : (i2 = s, 0 === da && La(to));
                else a2 = s;
                a2 !== s && (i2 = $f()) !== s ? ((c2 = ap()) === s && (c2 = null), c2 !== s ? (fa = t4, e3 = (function(r3, t5, e4, n3, o3) {
                  return { dataType: t5, length: parseInt(n3.join(""), 10), suffix: o3 };
                })(0, n2, 0, a2, c2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s);
              } else la = t4, t4 = s;
              else la = t4, t4 = s;
              else la = t4, t4 = s;
              else la = t4, t4 = s;
              else la = t4, t4 = s;
              else la = t4, t4 = s;
              t4 === s && (t4 = la, (e3 = Pf()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = tf()) === s && (n2 = ef()) === s && (n2 = of()) === s && (n2 = sf()) === s && (n2 = uf()) === s && (n2 = af()) === s && (n2 = cf()) === s && (n2 = lf()) === s && (n2 = ff()) === s && (n2 = pf()) === s && (n2 = (function() {
                var t5, e4, n3, o3;
                return t5 = la, "bit" === r2.substr(la, 3).toLowerCase() ? (e4 = r2.substr(la, 3), la += 3) : (e4 = s, 0 === da && La(Ns)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "BIT") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
              })()) === s && (n2 = (function() {
                var t5, e4, n3, o3;
                return t5 = la, "money" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(Os)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "MONEY") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
              })()) === s && (n2 = (function() {
                var t5, e4, n3, o3;
                return t5 = la, "smallmoney" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(Rs)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "SMALLMONEY") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
              })()), n2 !== s && (o2 = $f()) !== s ? ((u2 = Ff()) === s && (u2 = null), u2 !== s ? (fa = la, (aa(e3, 0, u2) ? s : void 0) !== s && (a2 = $f()) !== s ? ((i2 = ap()) === s && (i2 = null), i2 !== s && (c2 = $f()) !== s ? (fa = t4, e3 = /* @__PURE__ */ (function(r3, t5, e4, n3) {
                return { dataType: t5, suffix: n3 };
              })(0, n2, 0, i2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s));
            }
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2;
            t4 = la, (e3 = Pf()) === s && (e3 = null);
            if (e3 !== s) if ($f() !== s) if ((n2 = df()) === s && (n2 = yf()) === s && (n2 = wf()), n2 !== s) if ($f() !== s) if ((o2 = Ff()) === s && (o2 = null), o2 !== s) if (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s) if (Mf() !== s) if ($f() !== s) {
              if (u2 = [], ro.test(r2.charAt(la)) ? (a2 = r2.charAt(la), la++) : (a2 = s, 0 === da && La(to)), a2 !== s) for (; a2 !== s; ) u2.push(a2), ro.test(r2.charAt(la)) ? (a2 = r2.charAt(la), la++) : (a2 = s, 0 === da && La(to));
              else u2 = s;
              if (u2 !== s) if ((a2 = $f()) !== s) {
                if (i2 = la, (c2 = Rf()) !== s) if ((l2 = $f()) !== s) {
                  if (f2 = [], ro.test(r2.charAt(la)) ? (p2 = r2.charAt(la), la++) : (p2 = s, 0 === da && La(to)), p2 !== s) for (; p2 !== s; ) f2.push(p2), ro.test(r2.charAt(la)) ? (p2 = r2.charAt(la), la++) : (p2 = s, 0 === da && La(to));
                  else f2 = s;
                  f2 !== s ? i2 = c2 = [c2, l2, f2] : (la = i2, i2 = s);
                } else la = i2, i2 = s;
                else la = i2, i2 = s;
                i2 === s && (i2 = null), i2 !== s && (c2 = $f()) !== s && (l2 = Df()) !== s ? (fa = t4, e3 = { dataType: n2, length: parseInt(u2.join(""), 10), parentheses: true }, t4 = e3) : (la = t4, t4 = s);
              } else la = t4, t4 = s;
              else la = t4, t4 = s;
            } else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            else la = t4, t4 = s;
            t4 === s && (t4 = la, (e3 = Pf()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = bf()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "smalldatetime" === r2.substr(la, 13).toLowerCase() ? (e4 = r2.substr(la, 13), la += 13) : (e4 = s, 0 === da && La(uu)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "SMALLDATETIME") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) === s && (n2 = df()) === s && (n2 = vf()) === s && (n2 = yf()) === s && (n2 = wf()) === s && (n2 = mf()), n2 !== s && $f() !== s ? ((o2 = Ff()) === s && (o2 = null), o2 !== s ? (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s ? (fa = t4, e3 = ia(0, n2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s));
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, (e3 = Pf()) === s && (e3 = null);
            e3 !== s && $f() !== s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "json" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(Ue)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "JSON") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) !== s && $f() !== s ? ((o2 = Ff()) === s && (o2 = null), o2 !== s ? (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s ? (fa = t4, e3 = ia(0, n2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, (e3 = Pf()) === s && (e3 = null);
            e3 !== s && $f() !== s ? ((n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "tinytext" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(Qs)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "TINYTEXT") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "text" === r2.substr(la, 4).toLowerCase() ? (e4 = r2.substr(la, 4), la += 4) : (e4 = s, 0 === da && La(zs)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "TEXT") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "ntext" === r2.substr(la, 5).toLowerCase() ? (e4 = r2.substr(la, 5), la += 5) : (e4 = s, 0 === da && La(Zs)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "NTEXT") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "mediumtext" === r2.substr(la, 10).toLowerCase() ? (e4 = r2.substr(la, 10), la += 10) : (e4 = s, 0 === da && La(Js)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "MEDIUMTEXT") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "longtext" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(ru)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "LONGTEXT") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()), n2 !== s && $f() !== s ? ((o2 = Ff()) === s && (o2 = null), o2 !== s ? (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s ? (fa = t4, e3 = ca(0, n2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = la, (e3 = Pf()) === s && (e3 = null);
            e3 !== s && $f() !== s && (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = la, "uniqueidentifier" === r2.substr(la, 16).toLowerCase() ? (e4 = r2.substr(la, 16), la += 16) : (e4 = s, 0 === da && La(bu)), e4 !== s ? (n3 = la, da++, o3 = Ec(), da--, o3 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t5, t5 = e4 = "UNIQUEIDENTIFIER") : (la = t5, t5 = s)) : (la = t5, t5 = s), t5;
            })()) !== s && $f() !== s ? ((o2 = Ff()) === s && (o2 = null), o2 !== s ? (fa = la, (aa(e3, 0, o2) ? s : void 0) !== s ? (fa = t4, e3 = ca(0, n2), t4 = e3) : (la = t4, t4 = s)) : (la = t4, t4 = s)) : (la = t4, t4 = s);
            return t4;
          })()), t3;
        }
        function ap() {
          var t3, e3, n2;
          return t3 = la, (e3 = nf()) === s && (e3 = null), e3 !== s && $f() !== s ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = la, "zerofill" === r2.substr(la, 8).toLowerCase() ? (e4 = r2.substr(la, 8), la += 8) : (e4 = s, 0 === da && La(Ys)), e4 !== s ? (n3 = la, da++, o2 = Ec(), da--, o2 === s ? n3 = void 0 : (la = n3, n3 = s), n3 !== s ? (fa = t4, t4 = e4 = "ZEROFILL") : (la = t4, t4 = s)) : (la = t4, t4 = s), t4;
          })()) === s && (n2 = null), n2 !== s ? (fa = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (la = t3, t3 = s)) : (la = t3, t3 = s), t3;
        }
        const ip = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CROSS: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, FALSE: true, FROM: true, FULL: true, FOR: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTO: true, IS: true, JOIN: true, JSON: true, KEY: true, LEFT: true, LIKE: true, LIMIT: true, LOW_PRIORITY: true, NOT: true, NULL: true, NOCHECK: true, ON: true, OR: true, ORDER: true, OUTER: true, RECURSIVE: true, RENAME: true, READ: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, VALUES: true, WITH: true, WHEN: true, WHERE: true, WRITE: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true, PIVOT: true, UNPIVOT: true };
        function cp() {
          return t2.includeLocations ? { loc: ma(fa, la) } : {};
        }
        function lp(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function fp(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3 };
        }
        function pp(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function bp(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function vp(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = fp(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function dp(r3) {
          const t3 = Lp[r3];
          return t3 || (r3 || null);
        }
        function yp(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = dp(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        let hp = [];
        const wp = /* @__PURE__ */ new Set(), mp = /* @__PURE__ */ new Set(), Lp = {};
        if ((e2 = a()) !== s && la === r2.length) return e2;
        throw e2 !== s && la < r2.length && La({ type: "end" }), Ca(va, ba < r2.length ? r2.charAt(ba) : null, ba < r2.length ? ma(ba, ba + 1) : ma(ba, ba));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return qt;
      })), e.d(t, "util", (function() {
        return n;
      }));
      var n = {};
      function o(r2) {
        return (o = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      e.r(n), e.d(n, "arrayStructTypeToSQL", (function() {
        return _;
      })), e.d(n, "autoIncrementToSQL", (function() {
        return S;
      })), e.d(n, "columnOrderListToSQL", (function() {
        return k;
      })), e.d(n, "commonKeywordArgsToSQL", (function() {
        return x;
      })), e.d(n, "commonOptionConnector", (function() {
        return a;
      })), e.d(n, "connector", (function() {
        return i;
      })), e.d(n, "commonTypeValue", (function() {
        return L;
      })), e.d(n, "commentToSQL", (function() {
        return g;
      })), e.d(n, "createBinaryExpr", (function() {
        return l;
      })), e.d(n, "createValueExpr", (function() {
        return c;
      })), e.d(n, "dataTypeToSQL", (function() {
        return E;
      })), e.d(n, "DEFAULT_OPT", (function() {
        return s;
      })), e.d(n, "escape", (function() {
        return f;
      })), e.d(n, "literalToSQL", (function() {
        return m;
      })), e.d(n, "columnIdentifierToSql", (function() {
        return d;
      })), e.d(n, "getParserOpt", (function() {
        return p;
      })), e.d(n, "identifierToSql", (function() {
        return y;
      })), e.d(n, "onPartitionsToSQL", (function() {
        return A;
      })), e.d(n, "replaceParams", (function() {
        return C;
      })), e.d(n, "returningToSQL", (function() {
        return T;
      })), e.d(n, "hasVal", (function() {
        return w;
      })), e.d(n, "setParserOpt", (function() {
        return b;
      })), e.d(n, "toUpper", (function() {
        return h;
      })), e.d(n, "topToSQL", (function() {
        return v;
      })), e.d(n, "triggerEventToSQL", (function() {
        return j;
      }));
      var s = { database: "transactsql", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, u = s;
      function a(r2, t2, e2) {
        if (e2) return r2 ? "".concat(r2.toUpperCase(), " ").concat(t2(e2)) : t2(e2);
      }
      function i(r2, t2) {
        if (t2) return "".concat(r2.toUpperCase(), " ").concat(t2);
      }
      function c(r2) {
        var t2 = o(r2);
        if (Array.isArray(r2)) return { type: "expr_list", value: r2.map(c) };
        if (null === r2) return { type: "null", value: null };
        switch (t2) {
          case "boolean":
            return { type: "bool", value: r2 };
          case "string":
            return { type: "string", value: r2 };
          case "number":
            return { type: "number", value: r2 };
          default:
            throw new Error('Cannot convert value "'.concat(t2, '" to SQL'));
        }
      }
      function l(r2, t2, e2) {
        var n2 = { operator: r2, type: "binary_expr" };
        return n2.left = t2.type ? t2 : c(t2), "BETWEEN" === r2 || "NOT BETWEEN" === r2 ? (n2.right = { type: "expr_list", value: [c(e2[0]), c(e2[1])] }, n2) : (n2.right = e2.type ? e2 : c(e2), n2);
      }
      function f(r2) {
        return r2;
      }
      function p() {
        return u;
      }
      function b(r2) {
        u = r2;
      }
      function v(r2) {
        if (r2) {
          var t2 = r2.value, e2 = r2.percent, n2 = r2.parentheses ? "(".concat(t2, ")") : t2, o2 = "TOP ".concat(n2);
          return e2 ? "".concat(o2, " ").concat(e2.toUpperCase()) : o2;
        }
      }
      function d(r2) {
        var t2 = p().database;
        if (r2) switch (t2 && t2.toLowerCase()) {
          case "athena":
          case "db2":
          case "postgresql":
          case "redshift":
          case "snowflake":
          case "noql":
          case "trino":
          case "sqlite":
            return '"'.concat(r2, '"');
          case "transactsql":
            return "[".concat(r2, "]");
          case "mysql":
          case "mariadb":
          case "bigquery":
          default:
            return "`".concat(r2, "`");
        }
      }
      function y(r2, t2, e2) {
        if (true === t2) return "'".concat(r2, "'");
        if (r2) {
          if ("*" === r2) return r2;
          if (null != e2) return "".concat(e2).concat(r2).concat(e2);
          var n2 = p().database;
          switch (n2 && n2.toLowerCase()) {
            case "mysql":
            case "mariadb":
              return "`".concat(r2, "`");
            case "athena":
            case "postgresql":
            case "redshift":
            case "snowflake":
            case "trino":
            case "noql":
            case "sqlite":
              return '"'.concat(r2, '"');
            case "transactsql":
              return "[".concat(r2, "]");
            case "bigquery":
            case "db2":
              return r2;
            default:
              return "`".concat(r2, "`");
          }
        }
      }
      function h(r2) {
        if (r2) return r2.toUpperCase();
      }
      function w(r2) {
        return r2;
      }
      function m(r2) {
        if (r2) {
          var t2 = r2.prefix, e2 = r2.type, n2 = r2.parentheses, s2 = r2.suffix, u2 = r2.value, a2 = "object" === o(r2) ? u2 : r2;
          switch (e2) {
            case "backticks_quote_string":
              a2 = "`".concat(u2, "`");
              break;
            case "string":
              a2 = "'".concat(u2, "'");
              break;
            case "regex_string":
              a2 = 'r"'.concat(u2, '"');
              break;
            case "hex_string":
              a2 = "X'".concat(u2, "'");
              break;
            case "full_hex_string":
              a2 = "0x".concat(u2);
              break;
            case "natural_string":
              a2 = "N'".concat(u2, "'");
              break;
            case "bit_string":
              a2 = "b'".concat(u2, "'");
              break;
            case "double_quote_string":
              a2 = '"'.concat(u2, '"');
              break;
            case "single_quote_string":
              a2 = "'".concat(u2, "'");
              break;
            case "boolean":
            case "bool":
              a2 = u2 ? "TRUE" : "FALSE";
              break;
            case "null":
              a2 = "NULL";
              break;
            case "star":
              a2 = "*";
              break;
            case "param":
              a2 = "".concat(t2 || ":").concat(u2), t2 = null;
              break;
            case "origin":
              a2 = u2.toUpperCase();
              break;
            case "date":
            case "datetime":
            case "time":
            case "timestamp":
              a2 = "".concat(e2.toUpperCase(), " '").concat(u2, "'");
              break;
            case "var_string":
              a2 = "N'".concat(u2, "'");
              break;
            case "unicode_string":
              a2 = "U&'".concat(u2, "'");
          }
          var i2 = [];
          return t2 && i2.push(h(t2)), i2.push(a2), s2 && ("string" == typeof s2 && i2.push(s2), "object" === o(s2) && (s2.collate ? i2.push(bt(s2.collate)) : i2.push(m(s2)))), a2 = i2.join(" "), n2 ? "(".concat(a2, ")") : a2;
        }
      }
      function L(r2) {
        if (!r2) return [];
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value;
        return [t2.toUpperCase(), e2, "string" == typeof n2 ? n2.toUpperCase() : m(n2)].filter(w);
      }
      function C(r2, t2) {
        return (function r3(t3, e2) {
          return Object.keys(t3).filter((function(r4) {
            var e3 = t3[r4];
            return Array.isArray(e3) || "object" === o(e3) && null !== e3;
          })).forEach((function(n2) {
            var s2 = t3[n2];
            if ("object" !== o(s2) || "param" !== s2.type) return r3(s2, e2);
            if (void 0 === e2[s2.value]) throw new Error("no value for parameter :".concat(s2.value, " found"));
            return t3[n2] = c(e2[s2.value]), null;
          })), t3;
        })(JSON.parse(JSON.stringify(r2)), t2);
      }
      function A(r2) {
        var t2 = r2.type, e2 = r2.partitions;
        return [h(t2), "(".concat(e2.map((function(r3) {
          if ("range" !== r3.type) return m(r3);
          var t3 = r3.start, e3 = r3.end, n2 = r3.symbol;
          return "".concat(m(t3), " ").concat(h(n2), " ").concat(m(e3));
        })).join(", "), ")")].join(" ");
      }
      function E(r2) {
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, s2 = r2.scale, u2 = r2.suffix, a2 = "";
        null != n2 && (a2 = s2 ? "".concat(n2, ", ").concat(s2) : n2), o2 && (a2 = "(".concat(a2, ")")), u2 && u2.length && (a2 += " ".concat(u2.join(" ")));
        var i2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(i2).concat(e2).concat(a2);
      }
      function _(r2) {
        if (r2) {
          var t2 = r2.dataType, e2 = r2.definition, n2 = r2.anglebracket, o2 = h(t2);
          if ("ARRAY" !== o2 && "STRUCT" !== o2) return o2;
          var s2 = e2 && e2.map((function(r3) {
            return [r3.field_name, _(r3.field_type)].filter(w).join(" ");
          })).join(", ");
          return n2 ? "".concat(o2, "<").concat(s2, ">") : "".concat(o2, " ").concat(s2);
        }
      }
      function g(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(m(o2)), t2.join(" ");
        }
      }
      function j(r2) {
        return r2.map((function(r3) {
          var t2 = r3.keyword, e2 = r3.args, n2 = [h(t2)];
          if (e2) {
            var o2 = e2.keyword, s2 = e2.columns;
            n2.push(h(o2), s2.map(Et).join(", "));
          }
          return n2.join(" ");
        })).join(" OR ");
      }
      function T(r2) {
        return r2 ? ["RETURNING", r2.columns.map(kt).filter(w).join(", ")].join(" ") : "";
      }
      function x(r2) {
        return r2 ? [h(r2.keyword), h(r2.args)] : [];
      }
      function S(r2) {
        if (r2) {
          if ("string" == typeof r2) {
            var t2 = p().database;
            switch (t2 && t2.toLowerCase()) {
              case "sqlite":
                return "AUTOINCREMENT";
              default:
                return "AUTO_INCREMENT";
            }
          }
          var e2 = r2.keyword, n2 = r2.seed, o2 = r2.increment, s2 = r2.parentheses, u2 = h(e2);
          return s2 && (u2 += "(".concat(m(n2), ", ").concat(m(o2), ")")), u2;
        }
      }
      function k(r2) {
        if (r2) return r2.map(Tt).filter(w).join(", ");
      }
      function I(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return N(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return N(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? N(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function N(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function O(r2) {
        if (!r2) return [];
        var t2 = r2.keyword, e2 = r2.type;
        return [t2.toUpperCase(), h(e2)];
      }
      function R(r2) {
        if (r2) {
          var t2 = r2.type, e2 = r2.expr, n2 = r2.symbol, o2 = t2.toUpperCase(), s2 = [];
          switch (s2.push(o2), o2) {
            case "KEY_BLOCK_SIZE":
              n2 && s2.push(n2), s2.push(m(e2));
              break;
            case "BTREE":
            case "HASH":
              s2.length = 0, s2.push.apply(s2, I(O(r2)));
              break;
            case "WITH PARSER":
              s2.push(e2);
              break;
            case "VISIBLE":
            case "INVISIBLE":
              break;
            case "COMMENT":
              s2.shift(), s2.push(g(r2));
              break;
            case "DATA_COMPRESSION":
              s2.push(n2, h(e2.value), A(e2.on));
              break;
            default:
              s2.push(n2, m(e2));
          }
          return s2.filter(w).join(" ");
        }
      }
      function U(r2) {
        return r2 ? r2.map(R) : [];
      }
      function M(r2) {
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = void 0 === n2 ? [] : n2, s2 = r2.definition, u2 = r2.on, a2 = r2.with, i2 = [];
        if (i2.push.apply(i2, I(O(e2))), s2 && s2.length) {
          var c2 = "CHECK" === h(t2) ? "(".concat(lt(s2[0]), ")") : "(".concat(s2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          i2.push(c2);
        }
        return i2.push(U(o2).join(" ")), a2 && i2.push("WITH (".concat(U(a2).join(", "), ")")), u2 && i2.push("ON [".concat(u2, "]")), i2;
      }
      function D(r2) {
        var t2 = r2.operator || r2.op, e2 = lt(r2.right), n2 = false;
        if (Array.isArray(e2)) {
          switch (t2) {
            case "=":
              t2 = "IN";
              break;
            case "!=":
              t2 = "NOT IN";
              break;
            case "BETWEEN":
            case "NOT BETWEEN":
              n2 = true, e2 = "".concat(e2[0], " AND ").concat(e2[1]);
          }
          n2 || (e2 = "(".concat(e2.join(", "), ")"));
        }
        var o2 = r2.right.escape || {}, s2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), u2 = bt(r2.collate), a2 = [s2, t2, e2, h(o2.type), lt(o2.value)].filter(w).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(a2, ")") : a2;
        return u2 && (i2 = "".concat(i2, " ").concat(u2)), i2;
      }
      function P(r2) {
        var t2 = r2.name, e2 = r2.type;
        switch (e2) {
          case "table":
          case "view":
            var n2 = [y(t2.db), y(t2.table)].filter(w).join(".");
            return "".concat(h(e2), " ").concat(n2);
          case "column":
            return "COLUMN ".concat(Et(t2));
          default:
            return "".concat(h(e2), " ").concat(m(t2));
        }
      }
      function F(r2) {
        var t2 = r2.keyword, e2 = r2.expr;
        return [h(t2), m(e2)].filter(w).join(" ");
      }
      function H(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return B(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return B(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? B(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function B(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function $(r2) {
        return r2 ? [r2.prefix.map(m).join(" "), lt(r2.value), r2.suffix.map(m).join(" ")] : [];
      }
      function W(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(H($(n2)), H($(e2))).filter(w).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(h(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function q(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(Et).join(", "), ")") : "", s2 = a("values" === e3.type ? "VALUES" : "", lt, e3);
            return "".concat("default" === t3.type ? y(t3.value) : m(t3)).concat(o2, " AS (").concat(s2, ")");
          })).join(", ");
          return "WITH ".concat(t2).concat(e2);
        }
      }
      function G(r2) {
        if (r2 && r2.position) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = [], o2 = h(t2);
          switch (o2) {
            case "VAR":
              n2.push(e2.map(ct).join(", "));
              break;
            default:
              n2.push(o2, "string" == typeof e2 ? y(e2) : lt(e2));
          }
          return n2.filter(w).join(" ");
        }
      }
      function Y(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, s2 = r2.for, u2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, b2 = r2.having, d2 = r2.into, y2 = void 0 === d2 ? {} : d2, L2 = r2.isolation, C2 = r2.limit, A2 = r2.options, E2 = r2.orderby, _2 = r2.parentheses_symbol, g2 = r2.qualify, j2 = r2.top, T2 = r2.window, x2 = r2.with, S2 = r2.where, k2 = [q(x2), "SELECT", h(t2)];
        Array.isArray(A2) && k2.push(A2.join(" ")), k2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(w).join(" ");
          }
        })(o2), v(j2), Nt(e2, u2));
        var I2 = y2.position, N2 = "";
        I2 && (N2 = a("INTO", G, y2)), "column" === I2 && k2.push(N2), k2.push(a("FROM", Cr, u2)), "from" === I2 && k2.push(N2);
        var O2 = l2 || {}, R2 = O2.keyword, U2 = O2.expr;
        k2.push(a(R2, lt, U2)), k2.push(a("WHERE", lt, S2)), p2 && (k2.push(i("GROUP BY", ft(p2.columns).join(", "))), k2.push(ft(p2.modifiers).join(", "))), k2.push(a("HAVING", lt, b2)), k2.push(a("QUALIFY", lt, g2)), k2.push(a("WINDOW", lt, T2)), k2.push(pt(E2, "order by")), k2.push(bt(n2)), k2.push(W(C2)), L2 && k2.push(a(L2.keyword, m, L2.expr)), k2.push(h(f2)), "end" === I2 && k2.push(N2), k2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [h(r3.type), h(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(s2));
        var M2 = k2.filter(w).join(" ");
        return _2 ? "(".concat(M2, ")") : M2;
      }
      function V(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return X(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? X(r3, t3) : void 0;
            }
          })(r2)) || t2 && r2 && "number" == typeof r2.length) {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: true } : { done: false, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        }
        var s2, u2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, s2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function X(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function K(r2) {
        if (!r2 || 0 === r2.length) return "";
        var t2, e2 = [], n2 = V(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, s2 = {}, u2 = o2.value;
            for (var a2 in o2) "value" !== a2 && "keyword" !== a2 && (s2[a2] = o2[a2]);
            var i2 = [Et(s2)], c2 = "";
            u2 && (c2 = lt(u2), i2.push("=", c2)), e2.push(i2.filter(w).join(" "));
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join(", ");
      }
      function Q(r2) {
        var t2 = r2.name, e2 = r2.value;
        return ["@".concat(t2), "=", lt(e2)].filter(w).join(" ");
      }
      function z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.terminated, n2 = r2.enclosed, o2 = r2.escaped;
        return [h(t2), m(e2), m(n2), m(o2)].filter(w).join(" ");
      }
      function Z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.starting, n2 = r2.terminated;
        return [h(t2), m(e2), m(n2)].filter(w).join(" ");
      }
      function J(r2) {
        if (!r2) return "";
        var t2 = r2.count, e2 = r2.suffix;
        return ["IGNORE", m(t2), e2].filter(w).join(" ");
      }
      function rr(r2) {
        if (!r2) return "";
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, s2 = r2.table, u2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, b2 = r2.ignore;
        return ["LOAD DATA", h(t2), h(e2), "INFILE", m(n2), h(o2), "INTO TABLE", Lr(s2), ar(u2), a("CHARACTER SET", m, i2), z(l2), Z(f2), J(b2), Nt(c2), a("SET", K, p2)].filter(w).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var s2 = lt(t2), u2 = lt(e2);
        return [s2, h(n2), u2].filter(w).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, s2 = r2.keyword, u2 = r2.suffix, i2 = "";
        switch (h(s2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [a("IN", m, e2 && e2.right), a("FROM", Cr, n2), W(o2)].filter(w).join(" ");
            break;
          case "CHARACTER":
          case "COLLATION":
            i2 = (function(r3) {
              var t3 = r3.expr;
              if (t3) return "LIKE" === h(t3.op) ? a("LIKE", m, t3.right) : a("WHERE", lt, t3);
            })(r2);
            break;
          case "COLUMNS":
          case "INDEXES":
          case "INDEX":
            i2 = a("FROM", Cr, r2.from);
            break;
          case "GRANTS":
            i2 = (function(r3) {
              var t3 = r3.for;
              if (t3) {
                var e3 = t3.user, n3 = t3.host, o3 = t3.role_list, s3 = "'".concat(e3, "'");
                return n3 && (s3 += "@'".concat(n3, "'")), ["FOR", s3, o3 && "USING", o3 && o3.map((function(r4) {
                  return "'".concat(r4, "'");
                })).join(", ")].filter(w).join(" ");
              }
            })(r2);
            break;
          case "CREATE":
            i2 = a("", Lr, r2[u2]);
            break;
          case "VAR":
            i2 = ct(r2.var), s2 = "";
        }
        return ["SHOW", h(s2), h(u2), i2].filter(w).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (void 0 === t2 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, s2 = r3.type, u2 = t3.expr, a2 = t3.orderby;
              return [h(s2), h(n2), [[y(o2.schema), y(o2.name)].filter(w).join("."), "(".concat(u2.map(nt).join(", ")).concat(a2 ? [" ORDER", "BY", a2.map(nt).join(", ")].join(" ") : "", ")")].filter(w).join(""), et(e2)].filter(w).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, s2 = r3.expr, u2 = void 0 === s2 ? [] : s2, a2 = h(t3), i2 = Cr(e2), c2 = u2.map(lt);
              return [a2, "TABLE", h(n2), m(o2), i2, c2.join(", ")].filter(w).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [h(r3.type), h(e2), y(n2), et(t3)].filter(w).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, s2 = r3.expr, u2 = void 0 === s2 ? [] : s2, a2 = h(t3), i2 = Cr(n2), c2 = u2.map(Kr);
              return [a2, h(e2), h(o2), i2, c2.join(", ")].filter(w).join(" ");
            })(r2);
          case "domain":
          case "type":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.name;
              return [h(r3.type), h(e2), [y(n2.schema), y(n2.name)].filter(w).join("."), et(t3)].filter(w).join(" ");
            })(r2);
          case "function":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name;
              return [h(r3.type), h(n2), [[y(o2.schema), y(o2.name)].filter(w).join("."), t3 && "(".concat(t3.expr ? t3.expr.map(nt).join(", ") : "", ")")].filter(w).join(""), et(e2)].filter(w).join(" ");
            })(r2);
          case "view":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, s2 = r3.view, u2 = r3.with, a2 = h(t3), i2 = Lr(s2), c2 = [a2, "VIEW", i2];
              e2 && c2.push("(".concat(e2.map(Et).join(", "), ")"));
              n2 && c2.push("WITH ".concat(n2.map(h).join(", ")));
              c2.push("AS", Y(o2)), u2 && c2.push(h(u2));
              return c2.filter(w).join(" ");
            })(r2);
        }
      }, analyze: function(r2) {
        var t2 = r2.type, e2 = r2.table;
        return [h(t2), Lr(e2)].join(" ");
      }, attach: function(r2) {
        var t2 = r2.type, e2 = r2.database, n2 = r2.expr, o2 = r2.as, s2 = r2.schema;
        return [h(t2), h(e2), lt(n2), h(o2), y(s2)].filter(w).join(" ");
      }, create: function(r2) {
        var t2 = r2.keyword, e2 = "";
        switch (t2.toLowerCase()) {
          case "aggregate":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, s2 = r3.args, u2 = r3.options, a2 = [h(t3), h(e3), h(n2)], i2 = [y(o2.schema), o2.name].filter(w).join("."), c2 = "".concat(s2.expr.map(nt).join(", ")).concat(s2.orderby ? [" ORDER", "BY", s2.orderby.map(nt).join(", ")].join(" ") : "");
              return a2.push("".concat(i2, "(").concat(c2, ")"), "(".concat(u2.map(rt).join(", "), ")")), a2.filter(w).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, s2 = r3.as, u2 = r3.temporary, a2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, b2 = r3.partition_of, v2 = r3.query_expr, d2 = r3.unlogged, y2 = r3.with, L2 = [h(t3), h(f2), h(u2), h(d2), h(e3), h(a2), Cr(n2)];
              if (o2) {
                var C2 = o2.type, A2 = Cr(o2.table);
                return L2.push(h(C2), A2), L2.filter(w).join(" ");
              }
              if (b2) return L2.concat([zr(b2)]).filter(w).join(" ");
              i2 && L2.push("(".concat(i2.map(Kr).join(", "), ")"));
              if (c2) {
                var E2 = p().database, _2 = E2 && "sqlite" === E2.toLowerCase() ? ", " : " ";
                L2.push(c2.map(Ar).join(_2));
              }
              if (y2) {
                var g2 = y2.map((function(r4) {
                  return [m(r4.keyword), h(r4.symbol), m(r4.value)].join(" ");
                })).join(", ");
                L2.push("WITH (".concat(g2, ")"));
              }
              L2.push(h(l2), h(s2)), v2 && L2.push(or(v2));
              return L2.filter(w).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, s2 = r3.execute, u2 = r3.for_each, a2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, b2 = r3.when, v2 = [h(f2), h(l2), h(e3), h(c2), y(t3), h(i2)], d2 = j(o2);
              v2.push(d2, "ON", Lr(p2)), a2 && v2.push("FROM", Lr(a2));
              v2.push.apply(v2, Yr(x(n2)).concat(Yr(x(u2)))), b2 && v2.push(h(b2.type), lt(b2.cond));
              return v2.push(h(s2.keyword), Gr(s2.expr)), v2.filter(w).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, s2 = r3.type, u2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, b2 = r3.time, v2 = r3.when, d2 = [h(s2), h(c2), lt(t3), h(n2), h(i2), Lr(l2), h(b2), f2.map((function(r4) {
                var t4 = [h(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(h(e4.keyword), e4.columns.map(Et).join(", ")), t4.join(" ");
              })), "ON", Lr(u2), h(e3 && e3.keyword), h(e3 && e3.args), p2 && "".concat(h(p2.keyword), " ").concat(y(p2.trigger)), a("WHEN", lt, v2), h(o2.prefix)];
              switch (o2.type) {
                case "set":
                  d2.push(a("SET", K, o2.expr));
                  break;
                case "multiple":
                  d2.push(sr(o2.expr.ast));
              }
              return d2.push(h(o2.suffix)), d2.filter(w).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, s2 = r3.schema, u2 = r3.type, i2 = r3.with, c2 = r3.version;
              return [h(u2), h(o2), h(n2), m(t3), h(i2), a("SCHEMA", m, s2), a("VERSION", m, c2), a("FROM", m, e3)].filter(w).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, s2 = r3.args, u2 = r3.returns, a2 = r3.options, i2 = r3.last, c2 = [h(t3), h(e3), h(n2)], l2 = [m(o2.schema), o2.name.map(m).join(".")].filter(w).join("."), f2 = s2.map(nt).filter(w).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [h(t4), h(e4), Array.isArray(n3) ? "(".concat(n3.map(xt).join(", "), ")") : Zr(n3)].filter(w).join(" ");
              })(u2), a2.map(Jr).join(" "), i2), c2.filter(w).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, s2 = r3.include, u2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, b2 = r3.algorithm_option, v2 = r3.lock_option, d2 = r3.on_kw, L2 = r3.table, C2 = r3.tablespace, A2 = r3.type, E2 = r3.where, _2 = r3.with, g2 = r3.with_before_where, j2 = _2 && "WITH (".concat(U(_2).join(", "), ")"), T2 = s2 && "".concat(h(s2.keyword), " (").concat(s2.columns.map((function(r4) {
                return "string" == typeof r4 ? y(r4) : lt(r4);
              })).join(", "), ")"), x2 = l2;
              l2 && (x2 = "string" == typeof l2 ? y(l2) : [y(l2.schema), y(l2.name)].filter(w).join("."));
              var S2 = [h(A2), h(i2), h(n2), h(o2), h(t3), x2, h(d2), Lr(L2)].concat(Yr(O(c2)), ["(".concat(k(u2), ")"), T2, U(p2).join(" "), et(b2), et(v2), a("TABLESPACE", m, C2)]);
              g2 ? S2.push(j2, a("WHERE", lt, E2)) : S2.push(a("WHERE", lt, E2), j2);
              return S2.push(a("ON", lt, f2), a("FILESTREAM_ON", m, e3)), S2.filter(w).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, s2 = r3.if_not_exists, u2 = r3.create_definitions, a2 = [h(t3), h(o2), h(e3), h(s2), Cr(n2)];
              u2 && a2.push(u2.map(Kr).join(" "));
              return a2.filter(w).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, s2 = r3.create_definitions, u2 = r3[e3], a2 = u2.db, i2 = u2.schema, c2 = [m(a2), i2.map(m).join(".")].filter(w).join("."), l2 = [h(t3), h(n2), h(e3), h(o2), c2];
              s2 && l2.push(s2.map(Ar).join(" "));
              return l2.filter(w).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, s2 = r3.keyword, u2 = r3.recursive, a2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, b2 = r3.with, v2 = r3.with_options, m2 = p2.db, C2 = p2.schema, A2 = p2.view, E2 = [y(m2), y(C2), y(A2)].filter(w).join(".");
              return [h(f2), h(a2), h(l2), h(u2), t3 && "ALGORITHM = ".concat(h(t3)), lt(n2), c2 && "SQL SECURITY ".concat(h(c2)), h(s2), h(o2), E2, e3 && "(".concat(e3.map(d).join(", "), ")"), v2 && ["WITH", "(".concat(v2.map((function(r4) {
                return L(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), h(b2)].filter(w).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, s2 = r3.target, u2 = r3.create_definitions, a2 = [h(n2), h(o2), [y(e3.schema), y(e3.name)].filter(w).join("."), h(t3), E(s2)];
              if (u2 && u2.length > 0) {
                var i2, c2 = [], l2 = (function(r4, t4) {
                  var e4 = "undefined" != typeof Symbol && r4[Symbol.iterator] || r4["@@iterator"];
                  if (!e4) {
                    if (Array.isArray(r4) || (e4 = Vr(r4)) || t4 && r4 && "number" == typeof r4.length) {
                      e4 && (r4 = e4);
                      var n3 = 0, o3 = function() {
                      };
                      return { s: o3, n: function() {
                        return n3 >= r4.length ? { done: true } : { done: false, value: r4[n3++] };
                      }, e: function(r5) {
                        throw r5;
                      }, f: o3 };
                    }
                    throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
                  }
                  var s3, u3 = true, a3 = false;
                  return { s: function() {
                    e4 = e4.call(r4);
                  }, n: function() {
                    var r5 = e4.next();
                    return u3 = r5.done, r5;
                  }, e: function(r5) {
                    a3 = true, s3 = r5;
                  }, f: function() {
                    try {
                      u3 || null == e4.return || e4.return();
                    } finally {
                      if (a3) throw s3;
                    }
                  } };
                })(u2);
                try {
                  for (l2.s(); !(i2 = l2.n()).done; ) {
                    var f2 = i2.value, p2 = f2.type;
                    switch (p2) {
                      case "collate":
                        c2.push(lt(f2));
                        break;
                      case "default":
                        c2.push(h(p2), lt(f2.value));
                        break;
                      case "constraint":
                        c2.push(Pr(f2));
                    }
                  }
                } catch (r4) {
                  l2.e(r4);
                } finally {
                  l2.f();
                }
                a2.push(c2.filter(w).join(" "));
              }
              return a2.filter(w).join(" ");
            })(r2);
            break;
          case "type":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, s2 = r3.resource, u2 = [h(r3.type), h(n2), [y(o2.schema), y(o2.name)].filter(w).join("."), h(t3), h(s2)];
              if (e3) {
                var a2 = [];
                switch (s2) {
                  case "enum":
                  case "range":
                    a2.push(lt(e3));
                    break;
                  default:
                    a2.push("(".concat(e3.map(Kr).join(", "), ")"));
                }
                u2.push(a2.filter(w).join(" "));
              }
              return u2.filter(w).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, s2 = r3.keyword, u2 = r3.lock_option, i2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, p2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [Rr(t4)];
                return e4 && n3.push(h(e4.keyword), e4.auth_plugin, m(e4.value)), n3.filter(w).join(" ");
              })).join(", "), b2 = [h(f2), h(s2), h(o2), p2];
              n2 && b2.push(h(n2.keyword), n2.value.map(Rr).join(", "));
              b2.push(a(c2 && c2.keyword, lt, c2 && c2.value)), l2 && b2.push(h(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              i2 && i2.forEach((function(r4) {
                return b2.push(a(r4.keyword, lt, r4.value));
              }));
              return b2.push(m(u2), g(e3), m(t3)), b2.filter(w).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [h(r2.type), h(e2), P(n2), F(t2)].filter(w).join(" ");
      }, select: Y, deallocate: function(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.expr;
        return [h(t2), h(e2), lt(n2)].filter(w).join(" ");
      }, delete: function(r2) {
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, s2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [q(u2), "DELETE"], f2 = Nt(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Cr(n2))), l2.push(a("FROM", Cr, e2)), l2.push(a("WHERE", lt, o2)), l2.push(pt(s2, "order by")), l2.push(W(i2)), l2.push(T(c2)), l2.filter(w).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [h(t2), Lr(e2), (n2 || []).map(Q).filter(w).join(", ")].filter(w).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [h(t2)], s2 = [e2];
        n2 && s2.push("(".concat(lt(n2).join(", "), ")"));
        return o2.push(s2.join("")), o2.filter(w).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [h(t2), Y(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, s2 = r2.stmts;
        return [e2, h(t2), n2, "IN", sr([o2]), "LOOP", sr(s2), "END LOOP", e2].filter(w).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, s2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [q(u2), "UPDATE", Cr(e2), a("SET", K, n2), a("FROM", Cr, t2), a("WHERE", lt, o2), pt(s2, "order by"), W(i2), T(c2)].filter(w).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, s2 = r2.prefix, u2 = r2.go, a2 = r2.semicolons, i2 = r2.suffix, c2 = [h(r2.type), lt(t2), m(s2), "".concat(jr(o2.ast || o2)).concat(a2[0]), h(u2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", jr(r3.then.ast || r3.then), r3.semicolon].filter(w).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(jr(e2.ast || e2)).concat(a2[1]));
        return c2.push(m(i2)), c2.filter(w).join(" ");
      }, insert: fr, load_data: rr, drop: Ir, truncate: Ir, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [h(t2)], s2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, s3 = r3.datatype, u2 = r3.not_null, a2 = r3.prefix, i2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(w).join(""), h(n3), h(o3)];
          switch (c2) {
            case "variable":
              l2.push(_t(s3), lt(r3.collate), h(u2)), i2 && l2.push(h(i2.keyword), lt(i2.value));
              break;
            case "cursor":
              l2.push(h(a2));
              break;
            case "table":
              l2.push(h(a2), "(".concat(i2.map(Kr).join(", "), ")"));
          }
          return l2.filter(w).join(" ");
        })).join("".concat(n2, " "));
        return o2.push(s2), o2.join(" ");
      }, use: function(r2) {
        var t2 = r2.type, e2 = r2.db, n2 = h(t2), o2 = y(e2);
        return "".concat(n2, " ").concat(o2);
      }, rename: function(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = [], o2 = "".concat(t2 && t2.toUpperCase(), " TABLE");
        if (e2) {
          var s2, u2 = Tr(e2);
          try {
            for (u2.s(); !(s2 = u2.n()).done; ) {
              var a2 = s2.value.map(Lr);
              n2.push(a2.join(" TO "));
            }
          } catch (r3) {
            u2.e(r3);
          } finally {
            u2.f();
          }
        }
        return "".concat(o2, " ").concat(n2.join(", "));
      }, call: function(r2) {
        var t2 = lt(r2.expr);
        return "".concat("CALL", " ").concat(t2);
      }, desc: Nr, describe: Nr, set: function(r2) {
        var t2 = r2.type, e2 = r2.expr, n2 = r2.keyword, o2 = h(t2), s2 = e2.map(lt).join(", ");
        return [o2, h(n2), s2].filter(w).join(" ");
      }, lock: Or, unlock: Or, show: er, grant: Ur, revoke: Ur, proc: function(r2) {
        var t2 = r2.stmt;
        switch (t2.type) {
          case "assign":
            return tr(t2);
          case "return":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.expr;
              return [h(t3), lt(e2)].join(" ");
            })(t2);
        }
      }, raise: function(r2) {
        var t2 = r2.type, e2 = r2.level, n2 = r2.raise, o2 = r2.using, s2 = [h(t2), h(e2)];
        n2 && s2.push([m(n2.keyword), "format" === n2.type && n2.expr.length > 0 && ","].filter(w).join(""), n2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        o2 && s2.push(h(o2.type), h(o2.option), o2.symbol, o2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        return s2.filter(w).join(" ");
      }, transaction: function(r2) {
        var t2 = r2.expr, e2 = t2.action, n2 = t2.keyword, o2 = t2.modes, s2 = [m(e2), h(n2)];
        return o2 && s2.push(o2.map(m).join(", ")), s2.filter(w).join(" ");
      } };
      function or(r2) {
        if (!r2) return "";
        for (var t2 = nr[r2.type], e2 = r2, n2 = e2._parentheses, o2 = e2._orderby, s2 = e2._limit, u2 = [n2 && "(", t2(r2)]; r2._next; ) {
          var a2 = nr[r2._next.type], i2 = h(r2.set_op);
          u2.push(i2, a2(r2._next)), r2 = r2._next;
        }
        return u2.push(n2 && ")", pt(o2, "order by"), W(s2)), u2.filter(w).join(" ");
      }
      function sr(r2) {
        for (var t2 = [], e2 = 0, n2 = r2.length; e2 < n2; ++e2) {
          var o2 = r2[e2] && r2[e2].ast ? r2[e2].ast : r2[e2], s2 = or(o2);
          e2 === n2 - 1 && "transaction" === o2.type && (s2 = "".concat(s2, " ;")), t2.push(s2);
        }
        return t2.join(" ; ");
      }
      function ur(r2) {
        var t2 = r2.type;
        return "select" === t2 ? or(r2) : ("values" === t2 ? r2.values : r2).map((function(r3) {
          var t3 = lt(r3);
          return [h(r3.prefix), "(".concat(t3, ")")].filter(w).join("");
        })).join(", ");
      }
      function ar(r2) {
        if (!r2) return "";
        var t2 = ["PARTITION", "("];
        if (Array.isArray(r2)) t2.push(r2.map((function(r3) {
          return y(r3);
        })).join(", "));
        else {
          var e2 = r2.value;
          t2.push(e2.map(lt).join(", "));
        }
        return t2.push(")"), t2.filter(w).join("");
      }
      function ir(r2) {
        if (!r2) return "";
        switch (r2.type) {
          case "column":
            return "(".concat(r2.expr.map(Et).join(", "), ")");
        }
      }
      function cr(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = t2.type, o2 = [h(e2)];
        switch (n2) {
          case "origin":
            o2.push(m(t2));
            break;
          case "update":
            o2.push("UPDATE", a("SET", K, t2.set), a("WHERE", lt, t2.where));
        }
        return o2.filter(w).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [ir(r2.target), cr(t2)].filter(w).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, s2 = r2.prefix, u2 = void 0 === s2 ? "into" : s2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, b2 = r2.partition, v2 = r2.returning, d2 = r2.set, y2 = p2 || {}, L2 = y2.keyword, C2 = y2.set, A2 = [h(e2), o2.map(m).join(" "), h(u2), Cr(t2), ar(b2)];
        return Array.isArray(i2) && A2.push("(".concat(i2.map(m).join(", "), ")")), A2.push(a(l2 && "values" === l2.type ? "VALUES" : "", ur, l2)), A2.push(a("ON CONFLICT", lr, c2)), A2.push(a("SET", K, d2)), A2.push(a("WHERE", lt, f2)), A2.push(a(L2, K, C2)), A2.push(T(v2)), A2.filter(w).join(" ");
      }
      function pr(r2) {
        var t2 = r2.expr, e2 = r2.unit, n2 = r2.suffix;
        return ["INTERVAL", lt(t2), h(e2), lt(n2)].filter(w).join(" ");
      }
      function br(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return vr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return vr(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? vr(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function vr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function dr(r2) {
        var t2 = r2.type, e2 = r2.as, n2 = r2.expr, o2 = r2.with_offset;
        return ["".concat(h(t2), "(").concat(n2 && lt(n2) || "", ")"), a("AS", "string" == typeof e2 ? y : lt, e2), a(h(o2 && o2.keyword), y, o2 && o2.as)].filter(w).join(" ");
      }
      function yr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, s2 = r3.type, u2 = [lt(n2), "FOR", Et(e2), D(o2)], a2 = ["".concat(h(s2), "(").concat(u2.join(" "), ")")];
              return t2 && a2.push("AS", y(t2)), a2.join(" ");
            })(r2);
          default:
            return "";
        }
      }
      function hr(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = r2.index, o2 = r2.index_columns, s2 = r2.parentheses, u2 = r2.prefix, a2 = [];
          switch (t2.toLowerCase()) {
            case "forceseek":
              a2.push(h(t2), "(".concat(y(n2)), "(".concat(o2.map(lt).filter(w).join(", "), "))"));
              break;
            case "spatial_window_max_cells":
              a2.push(h(t2), "=", lt(e2));
              break;
            case "index":
              a2.push(h(u2), h(t2), s2 ? "(".concat(e2.map((function(r3) {
                return y(r3);
              })).join(", "), ")") : "= ".concat(y(e2)));
              break;
            default:
              a2.push(lt(e2));
          }
          return a2.filter(w).join(" ");
        }
      }
      function wr(r2, t2) {
        var e2 = r2.name, n2 = r2.symbol;
        return [h(e2), n2, t2].filter(w).join(" ");
      }
      function mr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "as":
            t2.push("AS", "OF", lt(r2.of));
            break;
          case "from_to":
            t2.push("FROM", lt(r2.from), "TO", lt(r2.to));
            break;
          case "between_and":
            t2.push("BETWEEN", lt(r2.between), "AND", lt(r2.and));
            break;
          case "contained":
            t2.push("CONTAINED", "IN", lt(r2.in));
        }
        return t2.filter(w).join(" ");
      }
      function Lr(r2) {
        if ("UNNEST" === h(r2.type)) return dr(r2);
        var t2, e2, n2, o2, s2 = r2.table, u2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, b2 = r2.server, v2 = r2.suffix, d2 = r2.tablesample, C2 = r2.temporal_table, A2 = r2.table_hint, E2 = r2.surround, _2 = void 0 === E2 ? {} : E2, g2 = y(b2, false, _2.server), j2 = y(u2, false, _2.db), T2 = y(p2, false, _2.schema), x2 = s2 && y(s2, false, _2.table);
        if (c2) switch (c2.type) {
          case "values":
            var S2 = c2.parentheses, k2 = c2.values, I2 = c2.prefix, N2 = [S2 && "(", "", S2 && ")"], O2 = ur(k2);
            I2 && (O2 = O2.split("(").slice(1).map((function(r3) {
              return "".concat(h(I2), "(").concat(r3);
            })).join("")), N2[1] = "VALUES ".concat(O2), x2 = N2.filter(w).join("");
            break;
          case "tumble":
            x2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, s3 = [y(t3.expr.db), y(t3.expr.schema), y(t3.expr.table)].filter(w).join("."), u3 = "DESCRIPTOR(".concat(Et(e3.expr), ")"), a2 = ["TABLE(TUMBLE(TABLE ".concat(wr(t3, s3)), wr(e3, u3)], i3 = wr(o3, pr(o3.expr));
              return n3 && n3.expr ? a2.push(i3, "".concat(wr(n3, pr(n3.expr)), "))")) : a2.push("".concat(i3, "))")), a2.filter(w).join(", ");
            })(c2);
            break;
          case "generator":
            e2 = (t2 = c2).keyword, n2 = t2.type, o2 = t2.generators.map((function(r3) {
              return L(r3).join(" ");
            })).join(", "), x2 = "".concat(h(e2), "(").concat(h(n2), "(").concat(o2, "))");
            break;
          default:
            x2 = lt(c2);
        }
        var R2 = [[g2, j2, T2, x2 = [h(f2), x2, h(v2)].filter(w).join(" ")].filter(w).join(".")];
        if (d2) {
          var U2 = ["TABLESAMPLE", lt(d2.expr), m(d2.repeatable)].filter(w).join(" ");
          R2.push(U2);
        }
        R2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [h(t3), mr(e3)].filter(w).join(" ");
          }
        })(C2), a("AS", "string" == typeof i2 ? y : lt, i2), yr(l2)), A2 && R2.push(h(A2.keyword), "(".concat(A2.expr.map(hr).filter(w).join(", "), ")"));
        var M2 = R2.filter(w).join(" ");
        return r2.parentheses ? "(".concat(M2, ")") : M2;
      }
      function Cr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = Cr(t2);
          if (e2) {
            for (var s2 = [], u2 = [], i2 = true === e2 ? 1 : e2.length, c2 = 0; c2++ < i2; ) s2.push("("), u2.push(")");
            var l2 = n2 && n2.length > 0 ? Cr([""].concat(br(n2))) : "";
            return s2.join("") + o2 + u2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], p2 = [];
        if ("dual" === f2.type) return "DUAL";
        p2.push(Lr(f2));
        for (var b2 = 1; b2 < r2.length; ++b2) {
          var v2 = r2[b2], d2 = v2.on, y2 = v2.using, L2 = v2.join, C2 = [], A2 = Array.isArray(v2) || Object.hasOwnProperty.call(v2, "joins");
          C2.push(L2 ? " ".concat(h(L2)) : ","), C2.push(A2 ? Cr(v2) : Lr(v2)), C2.push(a("ON", lt, d2)), y2 && C2.push("USING (".concat(y2.map(m).join(", "), ")")), p2.push(C2.filter(w).join(" "));
        }
        return p2.filter(w).join("");
      }
      function Ar(r2) {
        var t2 = r2.keyword, e2 = r2.symbol, n2 = r2.value, o2 = [t2.toUpperCase()];
        e2 && o2.push(e2);
        var s2 = m(n2);
        switch (t2) {
          case "partition by":
          case "default collate":
            s2 = lt(n2);
            break;
          case "options":
            s2 = "(".concat(n2.map((function(r3) {
              return [r3.keyword, r3.symbol, lt(r3.value)].join(" ");
            })).join(", "), ")");
            break;
          case "cluster by":
            s2 = n2.map(lt).join(", ");
        }
        return o2.push(s2), o2.filter(w).join(" ");
      }
      var Er = ["analyze", "attach", "select", "deallocate", "delete", "exec", "update", "insert", "drop", "rename", "truncate", "call", "desc", "describe", "use", "alter", "set", "create", "lock", "unlock", "declare", "show", "replace", "if", "grant", "revoke", "proc", "raise", "execute", "transaction", "explain", "comment", "load_data"];
      function _r(r2) {
        var t2 = r2 && r2.ast ? r2.ast : r2;
        if (!Er.includes(t2.type)) throw new Error("".concat(t2.type, " statements not supported at the moment"));
      }
      function gr(r2) {
        return Array.isArray(r2) ? (r2.forEach(_r), sr(r2)) : (_r(r2), or(r2));
      }
      function jr(r2) {
        return "go" === r2.go ? (function r3(t2) {
          if (!t2 || 0 === t2.length) return "";
          var e2 = [gr(t2.ast)];
          return t2.go_next && e2.push(t2.go.toUpperCase(), r3(t2.go_next)), e2.filter((function(r4) {
            return r4;
          })).join(" ");
        })(r2) : gr(r2);
      }
      function Tr(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = Sr(r2)) || t2 && r2 && "number" == typeof r2.length) {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: true } : { done: false, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        }
        var s2, u2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, s2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function xr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return kr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || Sr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Sr(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return kr(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? kr(r2, t2) : void 0;
        }
      }
      function kr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Ir(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.name, o2 = r2.prefix, s2 = r2.suffix, u2 = [h(t2), h(e2), h(o2)];
        switch (e2) {
          case "table":
            u2.push(Cr(n2));
            break;
          case "trigger":
            u2.push([n2[0].schema ? "".concat(y(n2[0].schema), ".") : "", y(n2[0].trigger)].filter(w).join(""));
            break;
          case "database":
          case "schema":
          case "procedure":
            u2.push(y(n2));
            break;
          case "view":
            u2.push(Cr(n2), r2.options && r2.options.map(lt).filter(w).join(" "));
            break;
          case "index":
            u2.push.apply(u2, [Et(n2)].concat(xr(r2.table ? ["ON", Lr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(w).join(" ")]));
            break;
          case "type":
            u2.push(n2.map(Et).join(", "), r2.options && r2.options.map(lt).filter(w).join(" "));
        }
        return s2 && u2.push(s2.map(lt).filter(w).join(" ")), u2.filter(w).join(" ");
      }
      function Nr(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = h(t2), o2 = "string" == typeof e2 ? y(e2) : Lr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function Or(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.tables, o2 = [t2.toUpperCase(), h(e2)];
        if ("UNLOCK" === t2.toUpperCase()) return o2.join(" ");
        var s2, u2 = [], a2 = Tr(n2);
        try {
          var i2 = function() {
            var r3 = s2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [Lr(t3)];
            if (e3) {
              n3.push(["prefix", "type", "suffix"].map((function(r4) {
                return h(e3[r4]);
              })).filter(w).join(" "));
            }
            u2.push(n3.join(" "));
          };
          for (a2.s(); !(s2 = a2.n()).done; ) i2();
        } catch (r3) {
          a2.e(r3);
        } finally {
          a2.f();
        }
        return o2.push.apply(o2, [u2.join(", ")].concat(xr((function(r3) {
          var t3 = r3.lock_mode, e3 = r3.nowait, n3 = [];
          if (t3) {
            var o3 = t3.mode;
            n3.push(o3.toUpperCase());
          }
          return e3 && n3.push(e3.toUpperCase()), n3;
        })(r2)))), o2.filter(w).join(" ");
      }
      function Rr(r2) {
        var t2 = r2.name, e2 = r2.host, n2 = [m(t2)];
        return e2 && n2.push("@", m(e2)), n2.join("");
      }
      function Ur(r2) {
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, s2 = r2.on, u2 = r2.to_from, a2 = r2.user_or_roles, i2 = r2.with, c2 = [h(t2), m(e2)], l2 = o2.map((function(r3) {
          var t3 = r3.priv, e3 = r3.columns, n3 = [lt(t3)];
          return e3 && n3.push("(".concat(e3.map(Et).join(", "), ")")), n3.join(" ");
        })).join(", ");
        if (c2.push(l2), s2) switch (c2.push("ON"), n2) {
          case "priv":
            c2.push(m(s2.object_type), s2.priv_level.map((function(r3) {
              return [y(r3.prefix), y(r3.name)].filter(w).join(".");
            })).join(", "));
            break;
          case "proxy":
            c2.push(Rr(s2));
        }
        return c2.push(h(u2), a2.map(Rr).join(", ")), c2.push(m(i2)), c2.filter(w).join(" ");
      }
      function Mr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Dr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return Dr(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Dr(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Dr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Pr(r2) {
        if (r2) {
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, s2 = r2.keyword, u2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(h(s2)), l2.push(y(t2));
          var b2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === b2 && (b2 = "UNIQUE"), l2.push(b2), l2.push("sqlite" !== f2.toLowerCase() && y(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(gt(u2))), l2.push(h(n2)), l2.push(a("FOR", y, i2)), l2.push(m(c2)), l2.filter(w).join(" ");
        }
      }
      function Fr(r2) {
        if (r2) {
          var t2 = r2.type;
          return "rows" === t2 ? [h(t2), lt(r2.expr)].filter(w).join(" ") : lt(r2);
        }
      }
      function Hr(r2) {
        if ("string" == typeof r2) return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, pt(e2, "partition by"), pt(n2, "order by"), Fr(o2)].filter(w).join(" ");
        })(t2), ")");
      }
      function Br(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat(Hr(e2));
      }
      function $r(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, s2 = r2.parentheses, u2 = h(o2);
          if ("WINDOW" === u2) return "OVER ".concat(Hr(t2));
          if ("ON UPDATE" === u2) {
            var a2 = "".concat(h(o2), " ").concat(h(n2)), i2 = lt(e2) || [];
            return s2 && (a2 = "".concat(a2, "(").concat(i2.join(", "), ")")), a2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(pt(r2.partitionby, "partition by")), "".concat(pt(r2.orderby, "order by"), ")")].filter(w).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Wr(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return h(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, s2 = [], u2 = 0; u2 < n2; u2++) s2.push("["), o2 && o2[u2] && s2.push(m(o2[u2])), s2.push("]");
        return s2.join("");
      }
      function qr(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, s2 = r2.as, u2 = r2.offset, a2 = r2.parentheses, i2 = r2.collate, c2 = Ct({ expr: e2, offset: u2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var b2 = t2[f2], v2 = b2.angle_brackets, d2 = b2.length, L2 = b2.dataType, C2 = b2.parentheses, A2 = b2.quoted, E2 = b2.scale, _2 = b2.suffix, g2 = b2.expr, j2 = g2 ? lt(g2) : "";
          null != d2 && (j2 = E2 ? "".concat(d2, ", ").concat(E2) : d2), C2 && (j2 = "(".concat(j2, ")")), v2 && (j2 = "<".concat(j2, ">")), _2 && _2.length && (j2 += " ".concat(_2.map(m).join(" ")));
          var T2 = "::", x2 = "", S2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), x2 = ")", T2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && S2.push(c2);
          var k2 = Wr(b2);
          S2.push(T2, A2, L2, A2, k2, j2, x2), l2.push(S2.filter(w).join(""));
        }
        var I2 = bt(i2);
        s2 && l2.push(" AS ".concat(y(s2)));
        var N2 = [l2.filter(w).join(""), I2].filter(w).join(" ");
        return a2 ? "(".concat(N2, ")") : N2;
      }
      function Gr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, s2 = r2.args_parentheses, u2 = r2.parentheses, a2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = $r(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [h(t3), h(e3), "(".concat(pt(n3, "order by"), ")")].filter(w).join(" ");
        })(a2), p2 = lt(c2), b2 = bt(n2), v2 = [m(o2.schema), o2.name.map(m).join(".")].filter(w).join(".");
        if (!t2) return [v2, b2, f2, l2].filter(w).join(" ");
        var d2 = r2.separator || ", ", y2 = 0;
        if ("TRIM" === h(v2)) for (var L2 = 0, C2 = t2.value.length; L2 < C2; ++L2) {
          var A2 = t2.value[L2];
          if ("origin" === A2.type && "from" === A2.value) {
            y2 = L2;
            break;
          }
        }
        var E2 = [v2];
        E2.push(false === s2 ? " " : "(");
        var _2 = lt(t2);
        if (Array.isArray(d2)) {
          for (var g2 = _2[0], j2 = 1, T2 = _2.length; j2 < T2; ++j2) g2 = [g2, _2[j2]].join(" ".concat(lt(d2[j2 - 1]), " "));
          E2.push(g2);
        } else "TRIM" === h(v2) && y2 > 0 ? E2.push([_2.slice(0, y2 + 1).join(" "), _2.slice(y2 + 1).join(", ")].join(" ")) : E2.push(_2.join(d2));
        return false !== s2 && E2.push(")"), E2.push(At(e2)), E2 = [E2.join(""), p2, b2].filter(w).join(" "), [u2 ? "(".concat(E2, ")") : E2, f2, l2].filter(w).join(" ");
      }
      function Yr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Xr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || Vr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Vr(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return Xr(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Xr(r2, t2) : void 0;
        }
      }
      function Xr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Kr(r2) {
        if (!r2) return [];
        var t2, e2, n2, o2, s2 = r2.resource;
        switch (s2) {
          case "column":
            return xt(r2);
          case "index":
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(h(n2)), e2.push(o2), e2.push.apply(e2, I(M(t2))), e2.filter(w).join(" ");
          case "constraint":
            return Pr(r2);
          case "sequence":
            return [h(r2.prefix), lt(r2.value)].filter(w).join(" ");
          default:
            throw new Error("unknown resource = ".concat(s2, " type"));
        }
      }
      function Qr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "from":
            t2.push("FROM", "(".concat(m(r2.from), ")"), "TO", "(".concat(m(r2.to), ")"));
            break;
          case "in":
            t2.push("IN", "(".concat(lt(r2.in), ")"));
            break;
          case "with":
            t2.push("WITH", "(MODULUS ".concat(m(r2.modulus), ", REMAINDER ").concat(m(r2.remainder), ")"));
        }
        return t2.filter(w).join(" ");
      }
      function zr(r2) {
        var t2 = r2.keyword, e2 = r2.table, n2 = r2.for_values, o2 = r2.tablespace, s2 = [h(t2), Lr(e2), h(n2.keyword), Qr(n2.expr)];
        return o2 && s2.push("TABLESPACE", m(o2)), s2.filter(w).join(" ");
      }
      function Zr(r2) {
        return r2.dataType ? E(r2) : [y(r2.db), y(r2.schema), y(r2.table)].filter(w).join(".");
      }
      function Jr(r2) {
        var t2 = r2.type;
        switch (t2) {
          case "as":
            return [h(t2), r2.symbol, or(r2.declare), h(r2.begin), sr(r2.expr), h(r2.end), r2.symbol].filter(w).join(" ");
          case "set":
            return [h(t2), r2.parameter, h(r2.value && r2.value.prefix), r2.value && r2.value.expr.map(lt).join(", ")].filter(w).join(" ");
          case "return":
            return [h(t2), lt(r2.expr)].filter(w).join(" ");
          default:
            return lt(r2);
        }
      }
      function rt(r2) {
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value, o2 = [h(t2), e2];
        switch (h(t2)) {
          case "SFUNC":
            o2.push([y(n2.schema), n2.name].filter(w).join("."));
            break;
          case "STYPE":
          case "MSTYPE":
            o2.push(E(n2));
            break;
          default:
            o2.push(lt(n2));
        }
        return o2.filter(w).join(" ");
      }
      function tt(r2, t2) {
        switch (r2) {
          case "add":
            var e2 = t2.map((function(r3) {
              var t3 = r3.name, e3 = r3.value;
              return ["PARTITION", m(t3), "VALUES", h(e3.type), "(".concat(m(e3.expr), ")")].join(" ");
            })).join(", ");
            return "(".concat(e2, ")");
          default:
            return Nt(t2);
        }
      }
      function et(r2) {
        if (!r2) return "";
        var t2 = r2.action, e2 = r2.create_definitions, n2 = r2.if_not_exists, o2 = r2.keyword, s2 = r2.if_exists, u2 = r2.old_column, a2 = r2.prefix, i2 = r2.resource, c2 = r2.symbol, l2 = r2.suffix, f2 = "", p2 = [];
        switch (i2) {
          case "column":
            p2 = [xt(r2)];
            break;
          case "index":
            p2 = M(r2), f2 = r2[i2];
            break;
          case "table":
          case "schema":
            f2 = y(r2[i2]);
            break;
          case "aggregate":
          case "function":
          case "domain":
          case "type":
            f2 = y(r2[i2]);
            break;
          case "algorithm":
          case "lock":
          case "table-option":
            f2 = [c2, h(r2[i2])].filter(w).join(" ");
            break;
          case "constraint":
            f2 = y(r2[i2]), p2 = [Kr(e2)];
            break;
          case "partition":
            p2 = [tt(t2, r2.partitions)];
            break;
          case "key":
            f2 = y(r2[i2]);
            break;
          default:
            f2 = [c2, r2[i2]].filter((function(r3) {
              return null !== r3;
            })).join(" ");
        }
        var b2 = [h(t2), h(o2), h(n2), h(s2), u2 && Et(u2), h(a2), f2 && f2.trim(), p2.filter(w).join(" ")];
        return l2 && b2.push(h(l2.keyword), l2.expr && Et(l2.expr)), b2.filter(w).join(" ");
      }
      function nt(r2) {
        var t2 = r2.default && [h(r2.default.keyword), lt(r2.default.value)].join(" ");
        return [h(r2.mode), r2.name, E(r2.type), t2].filter(w).join(" ");
      }
      function ot(r2) {
        return (ot = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function st(r2) {
        var t2 = r2.expr_list;
        switch (h(r2.type)) {
          case "STRUCT":
          case "ROW":
            return "(".concat(Nt(t2), ")");
          case "ARRAY":
            return (function(r3) {
              var t3 = r3.array_path, e2 = r3.brackets, n2 = r3.expr_list, o2 = r3.parentheses;
              if (!n2) return "[".concat(Nt(t3), "]");
              var s2 = Array.isArray(n2) ? n2.map((function(r4) {
                return "(".concat(Nt(r4), ")");
              })).filter(w).join(", ") : lt(n2);
              return e2 ? "[".concat(s2, "]") : o2 ? "(".concat(s2, ")") : s2;
            })(r2);
          default:
            return "";
        }
      }
      function ut(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, s2 = [h(e2)];
        return t2 && "object" === ot(t2) && (s2.length = 0, s2.push(_(t2))), s2.push(st(r2), pt(n2, "order by"), W(o2)), s2.filter(w).join("");
      }
      function at(r2) {
        return (at = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var it = { alter: et, aggr_func: function(r2) {
        var t2 = r2.args, e2 = r2.filter, n2 = r2.over, o2 = r2.within_group_orderby, s2 = lt(t2.expr);
        s2 = Array.isArray(s2) ? s2.join(", ") : s2;
        var u2 = r2.name, a2 = $r(n2);
        t2.distinct && (s2 = ["DISTINCT", s2].join(" ")), t2.separator && t2.separator.delimiter && (s2 = [s2, m(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (s2 = [s2, lt(t2.separator.expr)].join(" ")), t2.orderby && (s2 = [s2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (s2 = [s2, h(t2.separator.keyword), m(t2.separator.value)].filter(w).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(u2, "(").concat(s2, ")"), i2, a2, c2].filter(w).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, s2 = t2.having, u2 = "".concat(h(e2), "(").concat(lt(o2));
        return s2 && (u2 = "".concat(u2, " HAVING ").concat(h(s2.prefix), " ").concat(lt(s2.expr))), [u2 = "".concat(u2, ")"), $r(n2)].filter(w).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = void 0 === n2 ? "" : n2, s2 = r3.separator, u2 = void 0 === s2 ? ", " : s2;
          return [e2, "(", t3 ? lt(t3).join(u2) : "", ")", o2 && " ", o2].filter(w).join("");
        })(r2), $r(t2)].filter(w).join(" ");
      }, array: ut, assign: tr, binary_expr: D, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var s2 = 0, u2 = e2.length; s2 < u2; ++s2) t2.push(e2[s2].type.toUpperCase()), e2[s2].cond && (t2.push(lt(e2[s2].cond)), t2.push("THEN")), t2.push(lt(e2[s2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: qr, collate: bt, column_ref: Et, column_definition: xt, datatype: E, extract: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = t2.field, o2 = t2.cast_type, s2 = t2.source, u2 = ["".concat(h(e2), "(").concat(h(n2)), "FROM", h(o2), lt(s2)];
        return "".concat(u2.filter(w).join(" "), ")");
      }, flatten: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = ["input", "path", "outer", "recursive", "mode"].map((function(r3) {
          return (function(r4) {
            if (!r4) return "";
            var t3 = r4.type, e3 = r4.symbol, n3 = r4.value;
            return [h(t3), e3, lt(n3)].filter(w).join(" ");
          })(t2[r3]);
        })).filter(w).join(", ");
        return "".concat(h(e2), "(").concat(n2, ")");
      }, fulltext_search: function(r2) {
        var t2 = r2.against, e2 = r2.as, n2 = r2.columns, o2 = r2.match, s2 = r2.mode, u2 = [h(o2), "(".concat(n2.map((function(r3) {
          return Et(r3);
        })).join(", "), ")")].join(" "), a2 = [h(t2), ["(", lt(r2.expr), s2 && " ".concat(m(s2)), ")"].filter(w).join("")].join(" ");
        return [u2, a2, St(e2)].filter(w).join(" ");
      }, function: Gr, lambda: function(r2) {
        var t2 = r2.args, e2 = r2.expr, n2 = t2.value, o2 = t2.parentheses, s2 = n2.map(lt).join(", ");
        return [o2 ? "(".concat(s2, ")") : s2, "->", lt(e2)].join(" ");
      }, load_data: rr, insert: or, interval: pr, json: function(r2) {
        var t2 = r2.keyword, e2 = r2.expr_list;
        return [h(t2), e2.map((function(r3) {
          return lt(r3);
        })).join(", ")].join(" ");
      }, json_object_arg: function(r2) {
        var t2 = r2.expr, e2 = t2.key, n2 = t2.value, o2 = t2.on, s2 = [lt(e2), "VALUE", lt(n2)];
        return o2 && s2.push("ON", "NULL", lt(o2)), s2.filter(w).join(" ");
      }, json_visitor: function(r2) {
        return [r2.symbol, lt(r2.expr)].join("");
      }, func_arg: function(r2) {
        var t2 = r2.value;
        return [t2.name, t2.symbol, lt(t2.expr)].filter(w).join(" ");
      }, show: er, struct: ut, tablefunc: function(r2) {
        var t2 = r2.as, e2 = r2.name, n2 = r2.args, o2 = [m(e2.schema), e2.name.map(m).join(".")].filter(w).join(".");
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Gr(t2)].join(" ");
      }, tables: Cr, unnest: dr, values: ur, window: function(r2) {
        return r2.expr.map(Br).join(", ");
      } };
      function ct(r2) {
        var t2 = r2.prefix, e2 = void 0 === t2 ? "@" : t2, n2 = r2.name, o2 = r2.members, s2 = r2.quoted, u2 = r2.suffix, a2 = [], i2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(i2);
        return u2 && (c2 += u2), a2.push(c2), [s2, a2.join(" "), s2].filter(w).join("");
      }
      function lt(r2) {
        if (r2) {
          var t2 = r2;
          if (r2.ast) {
            var e2 = t2.ast;
            Reflect.deleteProperty(t2, e2);
            for (var n2 = 0, o2 = Object.keys(e2); n2 < o2.length; n2++) {
              var s2 = o2[n2];
              t2[s2] = e2[s2];
            }
          }
          var u2 = t2.type;
          return "expr" === u2 ? lt(t2.expr) : it[u2] ? it[u2](t2) : m(t2);
        }
      }
      function ft(r2) {
        return r2 ? (Array.isArray(r2) || (r2 = [r2]), r2.map(lt)) : [];
      }
      function pt(r2, t2) {
        if (!Array.isArray(r2)) return "";
        var e2 = [], n2 = h(t2);
        switch (n2) {
          case "ORDER BY":
            e2 = r2.map((function(r3) {
              return [lt(r3.expr), r3.type || "ASC", h(r3.nulls)].filter(w).join(" ");
            }));
            break;
          case "PARTITION BY":
          default:
            e2 = r2.map((function(r3) {
              return lt(r3.expr);
            }));
        }
        return i(n2, e2.join(", "));
      }
      function bt(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.collate, n2 = e2.name, o2 = e2.symbol, s2 = e2.value, u2 = [h(t2)];
          return s2 || u2.push(o2), u2.push(Array.isArray(n2) ? n2.map(m).join(".") : m(n2)), s2 && u2.push(o2), u2.push(lt(s2)), u2.filter(w).join(" ");
        }
      }
      function vt(r2) {
        return (vt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function dt(r2, t2) {
        var e2 = Object.keys(r2);
        if (Object.getOwnPropertySymbols) {
          var n2 = Object.getOwnPropertySymbols(r2);
          t2 && (n2 = n2.filter((function(t3) {
            return Object.getOwnPropertyDescriptor(r2, t3).enumerable;
          }))), e2.push.apply(e2, n2);
        }
        return e2;
      }
      function yt(r2) {
        for (var t2 = 1; t2 < arguments.length; t2++) {
          var e2 = null != arguments[t2] ? arguments[t2] : {};
          t2 % 2 ? dt(Object(e2), true).forEach((function(t3) {
            ht(r2, t3, e2[t3]);
          })) : Object.getOwnPropertyDescriptors ? Object.defineProperties(r2, Object.getOwnPropertyDescriptors(e2)) : dt(Object(e2)).forEach((function(t3) {
            Object.defineProperty(r2, t3, Object.getOwnPropertyDescriptor(e2, t3));
          }));
        }
        return r2;
      }
      function ht(r2, t2, e2) {
        return (t2 = (function(r3) {
          var t3 = (function(r4, t4) {
            if ("object" != vt(r4) || !r4) return r4;
            var e3 = r4[Symbol.toPrimitive];
            if (void 0 !== e3) {
              var n2 = e3.call(r4, t4 || "default");
              if ("object" != vt(n2)) return n2;
              throw new TypeError("@@toPrimitive must return a primitive value.");
            }
            return ("string" === t4 ? String : Number)(r4);
          })(r3, "string");
          return "symbol" == vt(t3) ? t3 : t3 + "";
        })(t2)) in r2 ? Object.defineProperty(r2, t2, { value: e2, enumerable: true, configurable: true, writable: true }) : r2[t2] = e2, r2;
      }
      function wt(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Lt(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || mt(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function mt(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return Lt(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Lt(r2, t2) : void 0;
        }
      }
      function Lt(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Ct(r2, t2) {
        if ("string" == typeof r2) return y(r2, t2);
        var e2 = r2.expr, n2 = r2.offset, o2 = r2.suffix, s2 = n2 && n2.map((function(r3) {
          return ["[", r3.name, "".concat(r3.name ? "(" : ""), m(r3.value), "".concat(r3.name ? ")" : ""), "]"].filter(w).join("");
        })).join("");
        return [lt(e2), s2, o2].filter(w).join("");
      }
      function At(r2) {
        if (!r2 || 0 === r2.length) return "";
        var t2, e2 = [], n2 = (function(r3, t3) {
          var e3 = "undefined" != typeof Symbol && r3[Symbol.iterator] || r3["@@iterator"];
          if (!e3) {
            if (Array.isArray(r3) || (e3 = mt(r3)) || t3 && r3 && "number" == typeof r3.length) {
              e3 && (r3 = e3);
              var n3 = 0, o3 = function() {
              };
              return { s: o3, n: function() {
                return n3 >= r3.length ? { done: true } : { done: false, value: r3[n3++] };
              }, e: function(r4) {
                throw r4;
              }, f: o3 };
            }
            throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
          }
          var s3, u2 = true, a2 = false;
          return { s: function() {
            e3 = e3.call(r3);
          }, n: function() {
            var r4 = e3.next();
            return u2 = r4.done, r4;
          }, e: function(r4) {
            a2 = true, s3 = r4;
          }, f: function() {
            try {
              u2 || null == e3.return || e3.return();
            } finally {
              if (a2) throw s3;
            }
          } };
        })(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, s2 = o2.brackets ? "[".concat(lt(o2.index), "]") : "".concat(o2.notation).concat(lt(o2.index));
            o2.property && (s2 = "".concat(s2, ".").concat(m(o2.property))), e2.push(s2);
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join("");
      }
      function Et(r2) {
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, s2 = r2.db, u2 = r2.isDual, i2 = r2.notations, c2 = void 0 === i2 ? [] : i2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, b2 = r2.parentheses, v2 = r2.suffix, d2 = r2.order_by, m2 = r2.subFields, L2 = void 0 === m2 ? [] : m2, C2 = "*" === n2 ? "*" : Ct(n2, u2), A2 = [s2, f2, p2].filter(w).map((function(r3) {
          return "".concat("string" == typeof r3 ? y(r3) : lt(r3));
        })), E2 = A2[0];
        if (E2) {
          for (var _2 = 1; _2 < A2.length; ++_2) E2 = "".concat(E2).concat(c2[_2] || ".").concat(A2[_2]);
          C2 = "".concat(E2).concat(c2[_2] || ".").concat(C2);
        }
        var g2 = [C2 = ["".concat(C2).concat(At(t2))].concat(wt(L2)).join("."), bt(o2), lt(l2), a("AS", lt, e2)];
        g2.push("string" == typeof v2 ? h(v2) : lt(v2)), g2.push(h(d2));
        var j2 = g2.filter(w).join(" ");
        return b2 ? "(".concat(j2, ")") : j2;
      }
      function _t(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, s2 = r2.scale, u2 = r2.expr, a2 = E({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: s2, parentheses: null != n2 });
          if (u2 && (a2 += lt(u2)), r2.array) {
            var i2 = Wr(r2);
            a2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return a2;
        }
      }
      function gt(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, s2 = r2.table, u2 = r2.on_action;
        return t2.push(h(n2)), t2.push(Cr(s2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(h(o2)), u2.map((function(r3) {
          return t2.push(h(r3.type), lt(r3.value));
        })), t2.filter(w);
      }
      function jt(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, s2 = r2.comment, u2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, b2 = r2.generated, v2 = r2.auto_increment, d2 = r2.unique, y2 = r2.primary_key, C2 = r2.column_format, A2 = r2.reference_definition, E2 = r2.generated_by_default, _2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(w).join(" ");
        if (b2 || t2.push(_2), f2) {
          var j2 = f2.type, T2 = f2.value;
          t2.push(j2.toUpperCase(), lt(T2));
        }
        var x2 = p().database;
        return u2 && t2.push(h(u2.keyword), m(u2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(w).join(" ");
        })(b2)), b2 && t2.push(_2), t2.push(S(v2), h(y2), h(d2), m(E2), g(s2)), t2.push.apply(t2, wt(L(n2))), "sqlite" !== x2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, wt(L(C2))), t2.push.apply(t2, wt(L(c2))), t2.push.apply(t2, wt(gt(A2))), t2.push(a("USING", lt, l2)), t2.filter(w).join(" ");
      }
      function Tt(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, s2 = r2.opclass, u2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : yt(yt({}, r2), {}, { order_by: null });
        return u2.collate = null, [lt(u2), lt(n2), s2, h(t2), h(o2)].filter(w).join(" ");
      }
      function xt(r2) {
        var t2 = [], e2 = Et(r2.column), n2 = _t(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(jt(r2)), t2.filter(w).join(" ");
      }
      function St(r2) {
        return r2 ? "object" === vt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? y(r2) : d(r2)].join(" ") : "";
      }
      function kt(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return qr(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), s2 = r2.expr_list;
        if (s2) {
          var u2 = [o2], a2 = s2.map((function(r3) {
            return kt(r3, t2);
          })).join(", ");
          return u2.push([h(n2), n2 && "(", a2, n2 && ")"].filter(w).join("")), u2.filter(w).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && "cast" !== e2.type && (o2 = "(".concat(o2, ")")), e2.array_index && "column_ref" !== e2.type && "function" !== e2.type && (o2 = "".concat(o2).concat(At(e2.array_index))), [o2, St(r2.as)].filter(w).join(" ");
      }
      function It(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || "dual" !== t2.type);
      }
      function Nt(r2, t2) {
        if (!r2 || "*" === r2) return r2;
        var e2 = It(t2);
        return r2.map((function(r3) {
          return kt(r3, e2);
        })).join(", ");
      }
      it.var = ct, it.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", s2 = t2.join(o2);
        return e2 ? "(".concat(s2, ")") : s2;
      }, it.select = function(r2) {
        var t2 = "object" === at(r2._next) ? or(r2) : Y(r2);
        return r2.parentheses ? "(".concat(t2, ")") : t2;
      }, it.unary_expr = function(r2) {
        var t2 = r2.operator, e2 = r2.parentheses, n2 = r2.expr, o2 = "-" === t2 || "+" === t2 || "~" === t2 || "!" === t2 ? "" : " ", s2 = "".concat(t2).concat(o2).concat(lt(n2));
        return e2 ? "(".concat(s2, ")") : s2;
      }, it.map_object = function(r2) {
        var t2 = r2.keyword, e2 = r2.expr.map((function(r3) {
          return [m(r3.key), m(r3.value)].join(", ");
        })).join(", ");
        return [h(t2), "[".concat(e2, "]")].join("");
      };
      var Ot = e(0);
      function Rt(r2) {
        return (Rt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "transactsql", Dt = Ot.parse, (Mt = (function(r2) {
        var t2 = (function(r3, t3) {
          if ("object" != Rt(r3) || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (void 0 !== e2) {
            var n2 = e2.call(r3, t3 || "default");
            if ("object" != Rt(n2)) return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return ("string" === t3 ? String : Number)(r3);
        })(r2, "string");
        return "symbol" == Rt(t2) ? t2 : t2 + "";
      })(Mt)) in Ut ? Object.defineProperty(Ut, Mt, { value: Dt, enumerable: true, configurable: true, writable: true }) : Ut[Mt] = Dt, Ut);
      function Ft(r2) {
        return (Ft = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function Ht(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return Bt(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? Bt(r3, t3) : void 0;
            }
          })(r2)) || t2 && r2 && "number" == typeof r2.length) {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: true } : { done: false, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        }
        var s2, u2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, s2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function Bt(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function $t(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || false, n2.configurable = true, "value" in n2 && (n2.writable = true), Object.defineProperty(r2, Wt(n2.key), n2);
        }
      }
      function Wt(r2) {
        var t2 = (function(r3, t3) {
          if ("object" != Ft(r3) || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (void 0 !== e2) {
            var n2 = e2.call(r3, t3 || "default");
            if ("object" != Ft(n2)) return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return ("string" === t3 ? String : Number)(r3);
        })(r2, "string");
        return "symbol" == Ft(t2) ? t2 : t2 + "";
      }
      var qt = (function() {
        return (function(r2, t2, e2) {
          return t2 && $t(r2.prototype, t2), e2 && $t(r2, e2), Object.defineProperty(r2, "prototype", { writable: false }), r2;
        })((function r2() {
          !(function(r3, t2) {
            if (!(r3 instanceof t2)) throw new TypeError("Cannot call a class as a function");
          })(this, r2);
        }), [{ key: "astify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s, e2 = this.parse(r2, t2);
          return e2 && e2.ast;
        } }, { key: "sqlify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s;
          return b(t2), jr(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s;
          return b(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : s;
          if (b(e2), !r2 || "*" === r2) return [];
          var n2 = It(t2);
          return r2.map((function(r3) {
            return kt(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s, e2 = t2.database, n2 = void 0 === e2 ? "transactsql" : e2;
          b(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || s.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : s;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var u2, a2 = this["".concat(o2, "List")].bind(this), i2 = a2(r2, e2), c2 = true, l2 = "", f2 = Ht(i2);
            try {
              for (f2.s(); !(u2 = f2.n()).done; ) {
                var p2, b2 = u2.value, v2 = false, d2 = Ht(t2);
                try {
                  for (d2.s(); !(p2 = d2.n()).done; ) {
                    var y2 = p2.value, h2 = new RegExp("^".concat(y2, "$"), "i");
                    if (h2.test(b2)) {
                      v2 = true;
                      break;
                    }
                  }
                } catch (r3) {
                  d2.e(r3);
                } finally {
                  d2.f();
                }
                if (!v2) {
                  l2 = b2, c2 = false;
                  break;
                }
              }
            } catch (r3) {
              f2.e(r3);
            } finally {
              f2.f();
            }
            if (!c2) throw new Error("authority = '".concat(l2, "' is required in ").concat(o2, " whiteList to execute SQL = '").concat(r2, "'"));
          }
        } }, { key: "tableList", value: function(r2, t2) {
          var e2 = this.parse(r2, t2);
          return e2 && e2.tableList;
        } }, { key: "columnList", value: function(r2, t2) {
          var e2 = this.parse(r2, t2);
          return e2 && e2.columnList;
        } }]);
      })();
      function Gt(r2) {
        return (Gt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      "object" === ("undefined" == typeof self ? "undefined" : Gt(self)) && self && (self.NodeSQLParser = { Parser: qt, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : Gt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : Gt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: qt, util: n });
    }]));
  }
});
export default require_transactsql();
