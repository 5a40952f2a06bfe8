#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  OrgAggregator,
  readLineRange,
  readRecordFile
} from "./chunk-PHJOW37G.js";
import "./chunk-5XPGGXWI.js";
import "./chunk-5VFZBLC7.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/app/org-report/report-worker.ts
import { parentPort, workerData } from "node:worker_threads";
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
