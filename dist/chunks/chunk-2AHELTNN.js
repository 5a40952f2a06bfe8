#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-FCOPNQJK.js";

// src/gather/files/read-limited.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
var NotRegularFileError = class extends InputError {
  constructor(path, kind) {
    super(`${path} is ${kind}, not a regular file; only regular files are read.`, "Write the content to a file first and pass that file.");
    this.name = "NotRegularFileError";
  }
};
async function openRegular(path) {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const s = await handle.stat().catch(async (e) => {
    await handle.close();
    throw e;
  });
  if (s.isFile()) return handle;
  await handle.close();
  if (s.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: "EISDIR" });
  const kind = s.isFIFO() ? "a FIFO (named pipe)" : s.isSocket() ? "a socket" : s.isCharacterDevice() || s.isBlockDevice() ? "a device" : "not a file";
  throw new NotRegularFileError(path, kind);
}
var CHUNK = 64 * 1024;
async function readLimited(path, maxBytes) {
  const handle = await openRegular(path);
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

export {
  openRegular,
  readLimited
};
