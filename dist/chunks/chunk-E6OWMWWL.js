#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  parseTrailers
} from "./chunk-3VUVCKOE.js";
import {
  git,
  topLevel
} from "./chunk-PDBUNSKX.js";
import {
  InputError
} from "./chunk-FCOPNQJK.js";

// src/gather/git/patches.ts
import { availableParallelism } from "node:os";

// src/core/git-text/numstat.ts
function readNumstat(tokens, i) {
  const token = tokens[i];
  if (token === void 0) return void 0;
  const m = /^(-|\d+)\t(-|\d+)\t([\s\S]*)$/.exec(token);
  if (!m) return void 0;
  const binary = m[1] === "-" && m[2] === "-";
  const additions = binary ? 0 : Number(m[1]);
  const deletions = binary ? 0 : Number(m[2]);
  if (m[3] !== "") return { entry: { path: m[3], additions, deletions, binary }, next: i + 1 };
  const previousPath = tokens[i + 1];
  const path = tokens[i + 2];
  if (previousPath === void 0 || path === void 0) return void 0;
  return { entry: { path, previousPath, additions, deletions, binary }, next: i + 3 };
}
var STATUS = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "type-changed"
};
function readRaw(tokens, i) {
  const head = tokens[i];
  if (head === void 0 || !head.startsWith(":")) return void 0;
  const letter = lastWordInitial(head) ?? "M";
  const status = STATUS[letter] ?? "modified";
  if (status === "renamed" || status === "copied") {
    const previousPath = tokens[i + 1];
    const path2 = tokens[i + 2];
    if (previousPath === void 0 || path2 === void 0) return void 0;
    return { entry: { status, path: path2, previousPath }, next: i + 3 };
  }
  const path = tokens[i + 1];
  if (path === void 0) return void 0;
  return { entry: { status, path }, next: i + 2 };
}
var SPACE = /\s/;
function lastWordInitial(text) {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1])) start--;
  return start < end ? text[start] : void 0;
}
function splitNul(text) {
  const tokens = text.split("\0");
  if (tokens[tokens.length - 1] === "") tokens.pop();
  return tokens;
}

// src/gather/git/changed-files.ts
var DIFF_FLAGS = ["--no-ext-diff", "--no-textconv", "--find-renames", "--find-copies"];
function parseRawNumstat(text) {
  const tokens = splitNul(text);
  const files = [];
  let i = 0;
  while (i < tokens.length) {
    const raw = readRaw(tokens, i);
    if (!raw) break;
    const { status, path, previousPath } = raw.entry;
    files.push(previousPath === void 0 ? { status, path, additions: 0, deletions: 0, binary: false } : { status, path, previousPath, additions: 0, deletions: 0, binary: false });
    i = raw.next;
  }
  if (tokens[i]?.startsWith("\n")) tokens[i] = tokens[i].slice(1);
  for (const file of files) {
    const n = readNumstat(tokens, i);
    if (!n) break;
    file.additions = n.entry.additions;
    file.deletions = n.entry.deletions;
    file.binary = n.entry.binary;
    i = n.next;
  }
  return files;
}
async function readChangedFiles(repo, base, head) {
  const out = await git(repo, ["diff", "--raw", "--numstat", "-z", "--no-abbrev", ...DIFF_FLAGS, base, head, "--"]);
  return parseRawNumstat(out);
}

// src/core/git-text/quote.ts
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteC(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\") {
      const c = String.fromCodePoint(s.codePointAt(i));
      bytes.push(...Buffer.from(c, "utf8"));
      i += c.length - 1;
      continue;
    }
    const next = s[i + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(s.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next]);
      i += 1;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function headerPath(raw, prefix) {
  const name = raw.endsWith("	") ? raw.slice(0, -1) : raw;
  if (name === "/dev/null") return void 0;
  const unquoted = name.startsWith('"') && name.endsWith('"') && name.length >= 2 ? unquoteC(name.slice(1, -1)) : name;
  return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
}

// src/core/git-text/hunks.ts
var HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$/;
function parseHunkHeader(line) {
  const m = HEADER.exec(line);
  if (!m) return void 0;
  return {
    oldStart: Number(m[1]),
    oldLines: m[2] === void 0 ? 1 : Number(m[2]),
    newStart: Number(m[3]),
    newLines: m[4] === void 0 ? 1 : Number(m[4]),
    context: m[5] ?? ""
  };
}
var OPENS_BLOCK = /^[A-Za-z_$]/;
function readHunk(lines, from, header, sink, contexts = false) {
  let oldLeft = header.oldLines;
  let newLeft = header.newLines;
  let line = header.newStart;
  let context = header.context;
  let pending = [];
  let i = from;
  for (; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
    const text = lines[i];
    const kind = text[0];
    if (kind === "\\") continue;
    if (kind === "+" && newLeft > 0) {
      const ranges = sink.addedRanges;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === line - 1) {
        last[1] = line;
      } else {
        ranges.push([line, line]);
        if (contexts && context) (sink.hunkContexts ??= []).push({ line, context });
        pending = [];
      }
      sink.added?.push(text.slice(1));
      line++;
      newLeft--;
    } else if (kind === "-" && oldLeft > 0) {
      sink.removed?.push(text.slice(1));
      if (contexts) pending.push(text.slice(1));
      oldLeft--;
    } else if ((kind === " " || text === "") && oldLeft > 0 && newLeft > 0) {
      if (contexts) {
        for (const l of [...pending, text.slice(1)]) if (OPENS_BLOCK.test(l)) context = l;
        pending = [];
      }
      line++;
      oldLeft--;
      newLeft--;
    } else {
      break;
    }
  }
  while (i < lines.length && lines[i].startsWith("\\")) i++;
  return i;
}

// src/gather/git/patches.ts
function parsePatch(text) {
  const patches = [];
  const lines = text.split("\n");
  let current;
  let oldPath;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (line.startsWith("diff --git ")) {
      current = void 0;
      oldPath = void 0;
    } else if (line.startsWith("--- ")) {
      oldPath = headerPath(line.slice(4), "a/");
    } else if (line.startsWith("+++ ")) {
      const path = headerPath(line.slice(4), "b/") ?? oldPath;
      current = path === void 0 ? void 0 : { path, added: [], removed: [], addedRanges: [] };
      if (current) patches.push(current);
    } else {
      const header = parseHunkHeader(line);
      if (header && current) {
        i = readHunk(lines, i + 1, header, current, true);
        continue;
      }
    }
    i++;
  }
  return patches;
}
var ARGUMENT_BYTES = process.platform === "win32" ? 24 * 1024 : 256 * 1024;
var MIN_PATHS_PER_CALL = 200;
var pathsOf = (t) => typeof t === "string" ? [t] : t.previousPath === void 0 ? [t.path] : [t.previousPath, t.path];
var ALONE_FLAGS = ["--no-ext-diff", "--no-textconv", "--no-renames"];
function batches(groups, calls) {
  const total = groups.reduce((n, g) => n + g.length, 0);
  const perCall = Math.max(MIN_PATHS_PER_CALL, Math.ceil(total / calls));
  const out = [];
  let batch = [];
  let bytes = 0;
  for (const paths of groups) {
    const size = paths.reduce((n, p) => n + Buffer.byteLength(p) + 1, 0);
    if (batch.length > 0 && (bytes + size > ARGUMENT_BYTES || batch.length >= perCall)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(...paths);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}
function inNamedOrder(groups, read) {
  const position = /* @__PURE__ */ new Map();
  for (const p of groups.flat()) if (!position.has(p)) position.set(p, position.size);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const patches of read) {
    const kept = patches.filter((p) => !seen.has(p.path));
    out.push(...kept);
    kept.forEach((p) => seen.add(p.path));
  }
  const at = (p) => position.get(p.path) ?? position.size;
  return out.sort((a, b) => at(a) - at(b));
}
async function readPatches(repo, base, head, files) {
  const cores = availableParallelism();
  const groups = files.map(pathsOf);
  const alone = groups.filter((g) => g.length === 1);
  const paired = groups.filter((g) => g.length > 1);
  const calls = [
    ...batches(alone, cores).map((batch) => ({ batch, flags: ALONE_FLAGS })),
    ...batches(paired, cores).map((batch) => ({ batch, flags: DIFF_FLAGS }))
  ];
  const read = [];
  let next = 0;
  const caller = async () => {
    for (let i = next++; i < calls.length; i = next++) {
      const { batch, flags } = calls[i];
      read[i] = parsePatch(await git(repo, ["--literal-pathspecs", "diff", "-U0", "--src-prefix=a/", "--dst-prefix=b/", ...flags, base, head, "--", ...batch]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(cores, calls.length) }, caller));
  return inNamedOrder(groups, read);
}

// src/gather/git/read-change.ts
import { basename } from "node:path";

// src/gather/git/commits.ts
var FIELDS = ["%H", "%P", "%an", "%ae", "%aI", "%cn", "%ce", "%cI", "%B"];
var FORMAT = `%x01${FIELDS.map((f) => `${f}%x00`).join("")}`;
var HEADER2 = /^\n?\x01([0-9a-f]{40}(?:[0-9a-f]{24})?)$/;
var STAT = /^\n?(-|\d+)\t(-|\d+)\t[\s\S]/;
function parseLogWithStats(text) {
  return parseLog(text).map((c) => c.commit);
}
function parseLog(text) {
  const tokens = text.split("\0");
  const commits = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === "" || token === "\n") {
      i++;
      continue;
    }
    const header = HEADER2.exec(token);
    if (header === null || i + FIELDS.length > tokens.length) {
      throw new InputError(`git log printed a record that does not start with a commit id (${JSON.stringify(token.slice(0, 50))}).`, "Run `git log` in the repository to check it is readable; a corrupt or unusual repository can cause this.");
    }
    const [parents = "", an = "", ae = "", ad = "", cn = "", ce = "", cd = "", body = ""] = tokens.slice(i + 1, i + FIELDS.length);
    i += FIELDS.length;
    let additions = 0;
    let deletions = 0;
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === "") continue;
      const stat = STAT.exec(t);
      if (stat === null) break;
      if (stat[1] !== "-") additions += Number(stat[1]);
      if (stat[2] !== "-") deletions += Number(stat[2]);
    }
    const message = body.replace(/\n+$/, "");
    const commit = {
      sha: header[1],
      author: { name: an, email: ae },
      committer: { name: cn, email: ce },
      ...ad ? { authorDate: ad } : {},
      ...cd ? { committerDate: cd } : {},
      message,
      trailers: parseTrailers(message),
      additions,
      deletions
    };
    commits.push({ commit, parents: parents.split(" ").filter(Boolean) });
  }
  return commits;
}
function revisions(base, head, emptyBase) {
  return emptyBase ? [head] : [`${base}..${head}`];
}
async function readCommits(repo, base, head, emptyBase) {
  const log = await git(repo, ["log", "-z", `--format=${FORMAT}`, "--numstat", "--no-renames", "--no-ext-diff", "--no-textconv", ...revisions(base, head, emptyBase), "--"]);
  return parseLogWithStats(log);
}
async function readOnlyCommit(repo, base, head, emptyBase) {
  const log = parseLog(await git(repo, ["log", "-z", "--max-count=2", `--format=${FORMAT}`, ...revisions(base, head, emptyBase), "--"]));
  if (log.length !== 1) return void 0;
  const { commit, parents } = log[0];
  return (emptyBase ? parents.length === 0 : parents.length === 1 && parents[0] === base) ? commit : void 0;
}

// src/gather/git/read-change.ts
async function repositoryName(repo) {
  const r = await topLevel(repo);
  if ("failed" in r) return basename((await git(repo, ["rev-parse", "--show-toplevel"])).trim());
  return basename(r.top);
}
async function readChange(repo, range, needsContent, repository) {
  const reading = readChangedFiles(repo, range.base, range.head);
  const patching = reading.then((files2) => readPatches(repo, range.base, range.head, files2.filter(needsContent)));
  const [files, commits, name, patches] = await Promise.all([
    reading,
    commitsOf(repo, range, reading),
    repository ? Promise.resolve(repository) : repositoryName(repo),
    patching
  ]);
  return changeOf(name, range, { files, commits, patches });
}
async function commitsOf(repo, range, reading) {
  const only = await readOnlyCommit(repo, range.base, range.head, range.emptyBase);
  if (only !== void 0) {
    const files = await reading;
    if (!files.some((f) => f.status === "renamed" || f.status === "copied")) {
      let additions = 0;
      let deletions = 0;
      for (const f of files) {
        additions += f.additions;
        deletions += f.deletions;
      }
      return [{ ...only, additions, deletions }];
    }
  }
  return readCommits(repo, range.base, range.head, range.emptyBase);
}
function changeOf(repository, range, parts) {
  return {
    repository,
    base: range.base,
    baseReason: range.baseReason,
    baseDescription: range.baseDescription,
    head: range.head,
    ...parts
  };
}

export {
  headerPath,
  parseHunkHeader,
  readHunk,
  readPatches,
  readChange,
  changeOf
};
