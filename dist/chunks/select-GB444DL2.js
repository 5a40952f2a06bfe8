#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  localPlatform
} from "./chunk-ZGN2UEBY.js";
import "./chunk-PDBUNSKX.js";
import "./chunk-HS26ZMD3.js";
import {
  parseCli
} from "./chunk-3KRRMFML.js";
import "./chunk-5BUW5COH.js";
import "./chunk-DN3C4IM4.js";
import "./chunk-FCOPNQJK.js";
import "./chunk-5HE6ZLTC.js";
import "./chunk-5WAAPUM7.js";

// src/platform/select.ts
async function selectPlatform(argv, env, term) {
  if (env.GITHUB_ACTIONS === "true" && argv.length === 0) {
    const { githubPlatform } = await import("./github-TW5LCWJL.js");
    return githubPlatform(env, term);
  }
  if (env.GITLAB_CI === "true") {
    const { gitlabPlatform } = await import("./gitlab-3WB45KOS.js");
    return gitlabPlatform(argv, env, term);
  }
  return localPlatform(parseCli(argv), term);
}
export {
  selectPlatform
};
