/**
 * Starts `node dist/index.js` the way the Actions runner starts a `node24` action: GITHUB_* variables,
 * the event payload in a file, INPUT_* for each `with:` value (upper-cased, hyphens kept), and the
 * step summary and output files. The process is spawned asynchronously so the in-process API server
 * keeps answering while it runs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { projectRoot } from '../../../helpers/corpus.js';
import { distEntry } from '../../../helpers/run-dist.js';
import { leanSpawn } from '../../../helpers/lean-spawn.js';
import { keptJson } from '../../../helpers/kept-json.js';
import { assertNoSecret } from '../../../helpers/no-secret.js';
import { readAuditRecord } from '../../../helpers/audit-record.js';
import type { AuditRecord } from '../../../../src/core/render/audit-schema.js';

type Json = Record<string, any>;

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Parsed from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Workflow commands on stdout (`::error file=…::message`), parsed. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
  /** Checked against schema/audit-record.schema.json. */
  audit?: AuditRecord;
  summaryFile?: string;
  /** How long the step ran, in ms. */
  ms: number;
}

export interface ActionSpec {
  workspace: string;
  event: string;
  payload: Json;
  apiUrl: string;
  repository: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Replaces the step summary and output files (e.g. with paths that cannot be written). */
  files?: { summary?: string; output?: string };
}

export const TEST_TOKEN = 'ghs_testtoken000000000000000000000000';

/** INPUT_* for every input action.yml gives a default, as the runner sets them for a step without `with:`. */
export function defaultInputEnv(token = TEST_TOKEN): Record<string, string> {
  const action = load(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue;
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = input.default === '${{ github.token }}' ? token : String(input.default);
  }
  return env;
}

const webhooks = new Map<string, Json[]>();

/** The examples of one event: the package holds every event's in one 4 MB file; a test file parses only the events it uses. */
function eventExamples(name: string): Json[] {
  const known = webhooks.get(name);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const version = (require('@octokit/webhooks-examples/package.json') as { version: string }).version;
  const examples = keptJson(`webhook-examples-${version}-${name.replace(/[^a-z_]/g, '')}`, () => {
    const all = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>;
    return all.find((w) => w.name === name)?.examples ?? [];
  });
  webhooks.set(name, examples);
  return examples;
}

/** A payload from @octokit/webhooks-examples (the examples GitHub's webhook docs are generated from). */
export function webhookExample(name: string, pick: (e: Json) => boolean = () => true): Json {
  const found = eventExamples(name).find(pick);
  if (!found) throw new Error(`No webhook example for ${name}`);
  return structuredClone(found);
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` records @actions/core writes to GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (/^[^=]+=/.test(lines[i]!)) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Workflow commands as the runner reads them: `::name k=v,k=v::message` at the start of a line. */
function parseCommands(stdout: string): ActionRun['commands'] {
  const out: ActionRun['commands'] = [];
  let stoppedBy: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stoppedBy) {
      if (line === `::${stoppedBy}::`) stoppedBy = undefined;
      continue;
    }
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stoppedBy = m[3];
      continue;
    }
    const properties: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      properties[kv.slice(0, i)] = unescapeProperty(kv.slice(i + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3]!) });
  }
  return out;
}

/** The token is registered as a secret before anything else is printed. */
function expectMasked(stdout: string, token: string | undefined): void {
  if (!token) return;
  const lines = stdout.split('\n');
  const mask = lines.indexOf(`::add-mask::${token}`);
  if (mask !== 0 && lines.some((l) => l.trim() !== '')) {
    throw new Error(`The token was not masked first (::add-mask:: at line ${mask}); a later log line could reveal it.`);
  }
}

/** The statement the run wrote beside its record, when it wrote one. */
function statementBeside(path: string | undefined): string | undefined {
  return path && existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}

/**
 * The step's environment as the runner sets it, with the event payload, step summary and output files
 * written in `dir` (the runner's temporary directory).
 */
export function runnerEnv(spec: ActionSpec, dir: string): { env: NodeJS.ProcessEnv; summaryPath: string; outputPath: string } {
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'step_summary.md');
  const outputPath = join(dir, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(spec.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NO_COLOR: '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: spec.repository,
    GITHUB_API_URL: spec.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${spec.apiUrl}/graphql`,
    GITHUB_STEP_SUMMARY: spec.files?.summary ?? summaryPath,
    GITHUB_OUTPUT: spec.files?.output ?? outputPath,
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    ...defaultInputEnv(),
    ...spec.env,
  };
  for (const [k, v] of Object.entries(spec.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return { env, summaryPath, outputPath };
}

export async function runAction(spec: ActionSpec): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-runner-'));
  try {
    const { env, summaryPath, outputPath } = runnerEnv(spec, dir);
    const started = Date.now();
    const ran = await leanSpawn(process.execPath, [distEntry], { cwd: spec.workspace, env, timeout: 30_000, killSignal: 'SIGKILL' });
    const { stdout, stderr } = ran;
    const code = ran.code ?? -1;
    const outputText = readFileSync(outputPath, 'utf8');
    const outputs = parseOutputFile(outputText);
    const auditPath = outputs['audit-file'];
    const auditText = auditPath && existsSync(auditPath) && statSync(auditPath).isFile() ? readFileSync(auditPath, 'utf8') : undefined;
    const summary = readFileSync(summaryPath, 'utf8');
    const summaryFile = outputs['summary-file'] && existsSync(outputs['summary-file']) ? readFileSync(outputs['summary-file'], 'utf8') : undefined;
    // `::add-mask::` is how the gate asks the runner to mask the token; it is the one line allowed to name it.
    const unmasked = stdout
      .split('\n')
      .filter((l) => l !== `::add-mask::${env.INPUT_TOKEN}`)
      .join('\n');
    if (!/[\r\n]/.test(env.INPUT_TOKEN ?? '')) expectMasked(stdout, env.INPUT_TOKEN);
    assertNoSecret(env.INPUT_TOKEN, { stdout: unmasked, stderr, 'the step summary': summary, 'the outputs': outputText, 'the audit record': auditText, 'the summary file': summaryFile });
    return {
      code,
      stdout,
      stderr,
      summary,
      outputs,
      commands: parseCommands(stdout),
      audit: auditText ? readAuditRecord(auditText, `of the ${spec.event} run`, statementBeside(outputs['statement-file'])) : undefined,
      summaryFile,
      ms: Date.now() - started,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
