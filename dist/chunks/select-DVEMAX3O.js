#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  localPlatform
} from "./chunk-RMMPKKUY.js";
import "./chunk-U6VYE4UI.js";
import "./chunk-F7KVKJBX.js";
import {
  parseCli
} from "./chunk-3KRRMFML.js";
import "./chunk-5BUW5COH.js";
import "./chunk-ILPUEHWQ.js";
import "./chunk-FCOPNQJK.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/platform/select.ts
async function selectPlatform(argv, env, term) {
  if (env.GITHUB_ACTIONS === "true" && argv.length === 0) {
    const { githubPlatform } = await import("./github-44VDJC33.js");
    return githubPlatform(env, term);
  }
  if (env.GITLAB_CI === "true") {
    const { gitlabPlatform } = await import("./gitlab-ZK7BIXDX.js");
    return gitlabPlatform(argv, env, term);
  }
  return localPlatform(parseCli(argv), term);
}
export {
  selectPlatform
};
