#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/gather/secrets.ts
var secrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (!value) return;
  secrets.add(value);
  for (const part of value.split(/[\r\n]+/)) if (part.trim().length >= 4) secrets.add(part.trim());
}
function redact(text) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  return out;
}
function hasControlCharacters(value) {
  return /[\u0000-\u001f\u007f]/.test(value);
}

export {
  registerSecret,
  redact,
  hasControlCharacters
};
