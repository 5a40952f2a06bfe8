/** Runs the bundled entrypoint exactly as a CI runner or a user's shell starts it. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './corpus.js';
import { readAuditRecord } from './audit-record.js';
import { leanSpawnSync } from './lean-exec.js';
import type { AuditRecord } from '../../src/core/render/audit-schema.js';

export const distEntry = join(projectRoot, 'dist/index.js');

export interface DistResult {
  code: number;
  stdout: string;
  stderr: string;
  /**
   * The audit record written to --audit-file (default ai-governance-audit.json in cwd), if any; a record
   * that does not match schema/audit-record.schema.json fails the test.
   */
  audit?: AuditRecord;
}

/** Environment of a plain shell: CI variables of the machine running the tests are not passed on. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) if (process.env[key] !== undefined) env[key] = process.env[key];
  return { ...env, NO_COLOR: '1', ...extra };
}

export function runDist(args: string[], opts: { cwd: string; env?: Record<string, string>; auditFile?: string }): DistResult {
  const auditPath = join(opts.cwd, opts.auditFile ?? 'ai-governance-audit.json');
  rmSync(auditPath, { force: true });
  rmSync(join(opts.cwd, 'ai-governance-statement.intoto.json'), { force: true });
  const r = leanSpawnSync(process.execPath, [distEntry, ...args], { cwd: opts.cwd, env: cleanEnv(opts.env), encoding: 'utf8', timeout: 60_000 });
  const statementPath = join(opts.cwd, 'ai-governance-statement.intoto.json');
  const statement = existsSync(statementPath) ? readFileSync(statementPath, 'utf8') : undefined;
  const audit = existsSync(auditPath) ? readAuditRecord(readFileSync(auditPath, 'utf8'), `of ${args.join(' ')}`, statement) : undefined;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, audit };
}
