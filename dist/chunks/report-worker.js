#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  OrgAggregator,
  readRecordFile
} from "./chunk-7DIF35D7.js";
import {
  addLine
} from "./chunk-RAVQTAWE.js";
import "./chunk-R5SOIJVI.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/app/org-report/report-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/gather/org-report/read-range.ts
import { closeSync, openSync, readSync } from "node:fs";
var READ_BYTES = 1 << 20;
var NEWLINE = 10;
function readLineRange(path, start, end, name, sink) {
  if (start >= end) return 0;
  const fd = openSync(path, "r");
  try {
    let buffer = Buffer.allocUnsafe(READ_BYTES);
    let base = start > 0 ? start - 1 : 0;
    let filled = 0;
    let lineStart = start > 0 ? -1 : 0;
    let lines = 0;
    let eof = false;
    for (; ; ) {
      if (filled === buffer.length) {
        const keep = lineStart < 0 ? 0 : lineStart;
        if (keep === 0 && lineStart >= 0) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, filled);
          buffer = grown;
        } else {
          buffer.copy(buffer, 0, keep, filled);
          base += keep;
          filled -= keep;
          if (lineStart >= 0) lineStart = 0;
        }
      }
      const read2 = eof ? 0 : readSync(fd, buffer, filled, buffer.length - filled, base + filled);
      if (read2 === 0) eof = true;
      const scanFrom = filled;
      filled += read2;
      let at = scanFrom;
      for (; ; ) {
        const nl = buffer.indexOf(NEWLINE, at);
        if (nl < 0 || nl >= filled) break;
        at = nl + 1;
        if (lineStart >= 0) {
          lines++;
          addLine(buffer.toString("utf8", lineStart, nl), `${name}:${lines}`, sink);
        }
        lineStart = at;
        if (base + lineStart >= end) return lines;
      }
      if (lineStart < 0 && filled === buffer.length) {
        base += filled;
        filled = 0;
      }
      if (eof) {
        if (lineStart >= 0 && lineStart < filled && base + lineStart < end) {
          lines++;
          addLine(buffer.toString("utf8", lineStart, filled), `${name}:${lines}`, sink);
        }
        return lines;
      }
    }
  } finally {
    closeSync(fd);
  }
}

// src/app/org-report/report-worker.ts
async function readPart(pieces, options) {
  const agg = new OrgAggregator({ ...options, logRuns: true });
  const lines = [];
  const problemPieces = [];
  for (const [i, p] of pieces.entries()) {
    const listed = agg.problems.length;
    if (p.range) {
      try {
        lines.push(readLineRange(p.path, p.range.start, p.range.end, p.path, agg));
      } catch (e) {
        lines.push(0);
        agg.problem(p.path, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else {
      lines.push(0);
      await readRecordFile(p.path, agg, p.named);
    }
    for (let k = listed; k < agg.problems.length; k++) problemPieces.push(i);
  }
  return { partial: agg.partial(), lines, problemPieces };
}
var task = workerData;
var read = await readPart(task.pieces, task.options);
var columns = [...Object.values(read.partial.runs), ...Object.values(read.partial.changes)].filter((v) => ArrayBuffer.isView(v));
parentPort.postMessage(read, columns.map((a) => a.buffer));
