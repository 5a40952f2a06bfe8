/**
 * Starts dist/index.js the way a GitLab job runs it, asynchronously so the API server in the test
 * process can answer, and reads back the files the job writes. No output may quote the token.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoSecret } from '../../helpers/no-secret.js';
import { distEntry } from '../../helpers/run-dist.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  audit: any;
  dotenv: Record<string, string>;
  codeQuality: any;
}

export async function runGitlab(cwd: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  const base: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) base[k] = process.env[k];
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [distEntry, ...args], { cwd, env: { ...base, ...env }, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
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
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, audit: audit && JSON.parse(audit), dotenv, codeQuality: cq && JSON.parse(cq) };
}

