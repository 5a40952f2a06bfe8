/**
 * The entrypoint for the CLI, the GitHub Action and the GitLab component: pick the platform, gather,
 * evaluate, render, publish, exit. Exit codes: 0 pass or warn, 1 violation (enforce), 2 input error.
 */
import { HELP, parseCli } from './gather/options.js';
import { isInputError, UncheckedError } from './core/errors.js';
import { VERSION } from './core/version.js';
import { redact } from './gather/secrets.js';

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'report') {
    // The organisation report and its chart renderer are a chunk of their own: the gate never loads them.
    const { runReport } = await import('./app/org-report/run-report.js');
    return runReport(argv.slice(1), { cwd: process.cwd(), env: process.env, now: new Date(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  if (argv[0] === 'verify') {
    const { runVerify } = await import('./app/verify/run-verify.js');
    return runVerify(argv.slice(1), { cwd: process.cwd(), stdout: process.stdout });
  }
  const options = parseCli(argv);
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // Loaded only for a run: --help and --version start without parsing the gate, its policy schema or YAML.
  const [{ selectPlatform }, { runGate }] = await Promise.all([import('./platform/select.js'), import('./app/run-gate.js')]);
  const term = { write: (t: string) => process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY), env: process.env };
  const platform = await selectPlatform(argv, process.env, term);
  const result = await runGate(platform, { cwd: process.cwd(), now: new Date() });
  return result.exitCode;
}

/** Workflow commands end at a newline; GitHub's escaping keeps a multi-line message in one annotation. */
function workflowEscape(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UncheckedError && error.failOpen) {
      // The policy chose to pass when facts cannot be read; say so loudly, never silently.
      const message = redact(error.message);
      process.stderr.write(`ai-governance-gate: warning: ${message}\n  → fail-open: no decision was made and the job passes.\n`);
      if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(`::warning title=AI governance gate::${workflowEscape(message)}\n`);
      process.exitCode = 0;
      return;
    }
    if (isInputError(error)) {
      const message = redact(error.message);
      const hint = error.hint ? redact(error.hint) : undefined;
      process.stderr.write(`ai-governance-gate: error: ${message}\n`);
      if (hint) process.stderr.write(`  → ${hint}\n`);
      if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(`::error title=AI governance gate::${workflowEscape(`${message}${hint ? ` → ${hint}` : ''}`)}\n`);
    } else {
      // An unexpected failure must never look like a pass.
      process.stderr.write(`ai-governance-gate: internal error: ${redact(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
      process.stderr.write('  → No decision was made. Please report this with the command line you ran.\n');
    }
    process.exitCode = 2;
  },
);
