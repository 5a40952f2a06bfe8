#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/core/render/audit-version.ts
var AUDIT_SCHEMA_VERSION = 6;

export {
  AUDIT_SCHEMA_VERSION
};
