#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  redact
} from "./chunks/chunk-T57JILMZ.js";
import {
  HELP,
  parseCli
} from "./chunks/chunk-3KRRMFML.js";
import {
  VERSION
} from "./chunks/chunk-5BUW5COH.js";
import {
  UncheckedError,
  isInputError
} from "./chunks/chunk-FCOPNQJK.js";
import "./chunks/chunk-5WAAPUM7.js";

// src/main.ts
async function main(argv) {
  if (argv[0] === "report") {
    const { runReport } = await import("./chunks/run-report-QW44XBL3.js");
    return runReport(argv.slice(1), { cwd: process.cwd(), env: process.env, now: /* @__PURE__ */ new Date(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  if (argv[0] === "verify") {
    const { runVerify } = await import("./chunks/run-verify-EAWBHLCY.js");
    return runVerify(argv.slice(1), { cwd: process.cwd(), stdout: process.stdout });
  }
  const options = parseCli(argv);
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const [{ selectPlatform }, { runGate }] = await Promise.all([import("./chunks/select-GB444DL2.js"), import("./chunks/run-gate-777L67KY.js")]);
  const term = { write: (t) => process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY), env: process.env };
  const platform = await selectPlatform(argv, process.env, term);
  const result = await runGate(platform, { cwd: process.cwd(), now: /* @__PURE__ */ new Date() });
  return result.exitCode;
}
function workflowEscape(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UncheckedError && error.failOpen) {
      const message = redact(error.message);
      process.stderr.write(`ai-governance-gate: warning: ${message}
  \u2192 fail-open: no decision was made and the job passes.
`);
      if (process.env.GITHUB_ACTIONS === "true") process.stdout.write(`::warning title=AI governance gate::${workflowEscape(message)}
`);
      process.exitCode = 0;
      return;
    }
    if (isInputError(error)) {
      const message = redact(error.message);
      const hint = error.hint ? redact(error.hint) : void 0;
      process.stderr.write(`ai-governance-gate: error: ${message}
`);
      if (hint) process.stderr.write(`  \u2192 ${hint}
`);
      if (process.env.GITHUB_ACTIONS === "true") process.stdout.write(`::error title=AI governance gate::${workflowEscape(`${message}${hint ? ` \u2192 ${hint}` : ""}`)}
`);
    } else {
      process.stderr.write(`ai-governance-gate: internal error: ${redact(error instanceof Error ? error.stack ?? error.message : String(error))}
`);
      process.stderr.write("  \u2192 No decision was made. Please report this with the command line you ran.\n");
    }
    process.exitCode = 2;
  }
);
