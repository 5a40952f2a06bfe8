#!/usr/bin/env node
import { createRequire as __gateCreateRequire } from 'node:module'; const require = __gateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-FCOPNQJK.js";

// src/gather/options.ts
import { parseArgs } from "node:util";
var DEFAULT_AUDIT_FILE = "ai-governance-audit.json";
var DEFAULT_STATEMENT_FILE = "ai-governance-statement.intoto.json";
var SPEC = {
  repo: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  policy: { type: "string" },
  mode: { type: "string" },
  "audit-file": { type: "string" },
  "statement-file": { type: "string" },
  "summary-file": { type: "string" },
  format: { type: "string" },
  reports: { type: "string", multiple: true },
  baseline: { type: "string", multiple: true },
  plans: { type: "string", multiple: true },
  request: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
function oneOf(name, value, allowed) {
  if (value === void 0) return void 0;
  if (allowed.includes(value)) return value;
  throw new InputError(`--${name} must be one of ${allowed.join(", ")}; got "${value}".`, "Run with --help for the options.");
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: false, strict: true });
  } catch (e) {
    throw new InputError(e.message.replace(/\. To specify a positional.*$/s, "."), "Run with --help for the options.");
  }
  const v = parsed.values;
  for (const key of ["repo", "base", "head", "policy", "audit-file", "statement-file", "summary-file", "request"]) {
    if (v[key] !== void 0 && v[key].trim() === "") throw new InputError(`--${key} needs a value.`, "Run with --help for the options.");
  }
  return {
    repo: v.repo ?? process.cwd(),
    base: v.base,
    head: v.head,
    policy: v.policy,
    mode: oneOf("mode", v.mode, ["enforce", "warn"]),
    auditFile: v["audit-file"] ?? DEFAULT_AUDIT_FILE,
    statementFile: v["statement-file"] ?? DEFAULT_STATEMENT_FILE,
    summaryFile: v["summary-file"],
    format: oneOf("format", v.format, ["text", "markdown", "json"]) ?? "text",
    reports: v.reports ?? [],
    baseline: v.baseline ?? [],
    plans: v.plans ?? [],
    request: v.request,
    help: v.help ?? false,
    version: v.version ?? false
  };
}
var HELP = `Usage: ai-governance-gate [options]

Judges the change between two git revisions against a policy: which commits are AI-assisted,
how risky the change is, and whether the policy's rules hold. Writes a summary and an audit record.

Options:
  --repo DIR            repository to read (default: the current directory)
  --base REV            base revision (default: merge-base with the remote's default branch;
                        when HEAD is that branch's tip, the parent of HEAD; else the parent of HEAD;
                        else the empty tree)
  --head REV            head revision (default: HEAD)
  --policy FILE         policy file (default: .ai-governance.yml as it is at the base revision,
                        else the built-in default policy)
  --mode enforce|warn   override the policy's mode (warn never fails)
  --audit-file FILE     where to write the JSON audit record (default: ${DEFAULT_AUDIT_FILE})
  --statement-file FILE where to write the decision's in-toto statement, for signing
                        (default: ${DEFAULT_STATEMENT_FILE})
  --summary-file FILE   also write the Markdown summary to FILE
  --format text|markdown|json
                        what to print on stdout (default: text; colour only on a terminal, never with NO_COLOR)
  --reports GLOB        scanner reports to gate on (SARIF, GitLab security and Code Quality, Trivy,
                        Semgrep, Grype, Gitleaks, npm audit, ...); repeatable, or a comma/newline list
  --baseline GLOB       reports of the base, so only findings this change introduced count as new
  --plans GLOB          infrastructure plans to read the blast radius from: Terraform or OpenTofu
                        \`show -json\` plans, Pulumi \`preview --json\`, CloudFormation change sets
                        (\`describe-change-set\`); repeatable, or a comma/newline list
  --request FILE        a pull/merge request description (JSON) to dry-run request rules locally
  -V, --version         print the version
  -h, --help            print this help

Commands:
  verify RECORD [--statement FILE]
                        replay the decision an audit record holds and check it against its statement
  report PATH... --out DIR
                        the organisation's view of many audit records

Exit codes: 0 pass or warn, 1 policy violation (enforce mode), 2 usage, configuration or input error.
`;

export {
  DEFAULT_AUDIT_FILE,
  DEFAULT_STATEMENT_FILE,
  parseCli,
  HELP
};
