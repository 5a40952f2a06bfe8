#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);

// src/core/model.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"];
var RISK_LEVELS = ["low", "medium", "high", "critical"];

export {
  SEVERITIES,
  RISK_LEVELS
};
