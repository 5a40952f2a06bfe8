/**
 * Starts dist/index.js the way a GitLab runner starts the component's job: the given variables, the
 * checkout as working directory. Asynchronous, so an API server in the test's process keeps answering.
 * Every file the job writes and everything it prints is searched for the token afterwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoSecret } from '../../helpers/no-secret.js';
import { distEntry } from '../../helpers/run-dist.js';
import { leanSpawn } from '../../helpers/lean-spawn.js';
import { readAuditRecord } from '../../helpers/audit-record.js';
import type { AuditRecord } from '../../../src/core/render/audit-schema.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Checked against schema/audit-record.schema.json. */
  audit: AuditRecord | undefined;
  dotenv: Record<string, string>;
  codeQuality: any;
  /** How long the job ran, in ms. */
  ms: number;
}

/** Asynchronous, so the API server in this process can answer while the gate runs. */
export async function runGitlab(cwd: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  const base: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) base[k] = process.env[k];
  const started = Date.now();
  const r = await leanSpawn(process.execPath, [distEntry, ...args], { cwd, env: { ...base, ...env }, timeout: 60_000 });
  const read = (f: string) => (existsSync(join(cwd, f)) ? readFileSync(join(cwd, f), 'utf8') : undefined);
  const dotenv = Object.fromEntries(
    (read('ai-governance.env') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const cq = read('ai-governance-codequality.json');
  const audit = read('ai-governance-audit.json');
  const tokenVariable = env.AI_GOVERNANCE_TOKEN_VARIABLE ?? 'GITLAB_TOKEN';
  assertNoSecret(env[tokenVariable], {
    stdout: r.stdout,
    stderr: r.stderr,
    'the audit record': audit,
    'the dotenv report': read('ai-governance.env'),
    'the Code Quality report': cq,
    'the summary file': read('ai-governance-summary.md'),
  });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr, audit: audit === undefined ? undefined : readAuditRecord(audit, 'of the GitLab job', read('ai-governance-statement.intoto.json')), dotenv, codeQuality: cq && JSON.parse(cq), ms: Date.now() - started };
}

