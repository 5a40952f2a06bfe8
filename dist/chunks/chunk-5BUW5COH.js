#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/core/version.ts
var VERSION = true ? "0.1.0" : "dev";

export {
  VERSION
};
