#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/core/record/statement.ts
import { createHash } from "node:crypto";
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var DECISION_PREDICATE_TYPE = "https://unpkg.com/ai-governance-gate/schema/decision/v1";
function sha256Hex(text) {
  return createHash("sha256").update(text).digest("hex");
}
function decisionStatement(record, recordText, recordName) {
  const repo = record.run.repositoryUrl ?? record.repository;
  return {
    _type: STATEMENT_TYPE,
    subject: [
      { name: `git+${repo}@${record.change.head}`, digest: { gitCommit: record.change.head } },
      { name: recordName, digest: { sha256: sha256Hex(recordText) } }
    ],
    predicateType: DECISION_PREDICATE_TYPE,
    predicate: record
  };
}

// src/core/git-text/trailers.ts
var COMMENT = "#";
var SCISSORS = `${COMMENT} ------------------------ >8 ------------------------`;
var GIT_GENERATED_PREFIXES = ["Signed-off-by: ", "(cherry picked from commit "];
function isSpace(c) {
  return c === " " || c === "	" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
}
function isAlnum(c) {
  return /^[A-Za-z0-9]$/.test(c);
}
function isBlank(line) {
  for (const c of line) if (!isSpace(c)) return false;
  return true;
}
function trimSpace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s[start])) start++;
  while (end > start && isSpace(s[end - 1])) end--;
  return s.slice(start, end);
}
function findSeparator(line) {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ":") return i;
    if (!whitespaceFound && (isAlnum(c) || c === "-")) continue;
    if (i !== 0 && (c === " " || c === "	")) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}
function splitLines(message) {
  const lines = message.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let first = 0;
  while (first < lines.length && isBlank(lines[first])) first++;
  return lines.slice(first);
}
function blockEnd(lines) {
  const scissors = lines.indexOf(SCISSORS);
  const cutoff = scissors === -1 ? lines.length : scissors;
  let trailingRunStart = -1;
  let inConflicts = false;
  for (let i = 0; i < cutoff; i++) {
    const line = lines[i];
    if (line.startsWith(COMMENT) || line === "") {
      if (trailingRunStart === -1) trailingRunStart = i;
    } else if (line === "Conflicts:") {
      inConflicts = true;
      if (trailingRunStart === -1) trailingRunStart = i;
    } else if (inConflicts && line.startsWith("	")) {
    } else if (trailingRunStart !== -1) {
      trailingRunStart = -1;
      inConflicts = false;
    }
  }
  return trailingRunStart === -1 ? cutoff : trailingRunStart;
}
function blockStart(lines, end) {
  let endOfTitle = 0;
  while (endOfTitle < end) {
    const line = lines[endOfTitle];
    if (!line.startsWith(COMMENT) && isBlank(line)) break;
    endOfTitle++;
  }
  let onlySpaces = true;
  let recognized = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuations = 0;
  for (let i = end - 1; i >= endOfTitle; i--) {
    const line = lines[i];
    if (line.startsWith(COMMENT)) {
      nonTrailerLines += possibleContinuations;
      possibleContinuations = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuations;
      if (recognized && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return end;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((p) => line.startsWith(p))) {
      trailerLines++;
      possibleContinuations = 0;
      recognized = true;
      continue;
    }
    if (findSeparator(line) >= 1 && !isSpace(line[0])) {
      trailerLines++;
      possibleContinuations = 0;
    } else if (isSpace(line[0])) {
      possibleContinuations++;
    } else {
      nonTrailerLines += 1 + possibleContinuations;
      possibleContinuations = 0;
    }
  }
  return end;
}
function unfold(value) {
  let out = "";
  for (let i = 0; i < value.length; ) {
    const c = value[i++];
    if (c === "\n") {
      while (i < value.length && isSpace(value[i])) i++;
      out += " ";
    } else {
      out += c;
    }
  }
  return trimSpace(out);
}
function parseTrailers(message) {
  const lines = splitLines(message);
  const end = blockEnd(lines);
  const start = blockStart(lines, end);
  const entries = [];
  let lastIsTrailer = false;
  for (const line of lines.slice(start, end)) {
    if (lastIsTrailer && isSpace(line[0])) {
      entries[entries.length - 1] += `
${line}`;
      continue;
    }
    entries.push(line);
    lastIsTrailer = findSeparator(line) >= 1;
  }
  const trailers = [];
  for (const entry of entries) {
    if (entry.startsWith(COMMENT)) continue;
    const sep = findSeparator(entry);
    if (sep < 1) continue;
    trailers.push({ key: trimSpace(entry.slice(0, sep)), value: unfold(trimSpace(entry.slice(sep + 1))) });
  }
  return trailers;
}

// src/core/oversight/owner-kind.ts
function ownerKind(owner) {
  const o = owner.trim();
  if (o.startsWith("@@")) return "role";
  if (/^@[^/\s@]+\/\S+$/.test(o)) return "team";
  if (/^@[^/\s@]+$/.test(o)) return "user";
  return "email";
}
function isTeamOwner(owner) {
  return ownerKind(owner) === "team";
}
function teamName(owner) {
  return owner.trim().replace(/^@/, "");
}

export {
  parseTrailers,
  ownerKind,
  isTeamOwner,
  teamName,
  STATEMENT_TYPE,
  DECISION_PREDICATE_TYPE,
  sha256Hex,
  decisionStatement
};
