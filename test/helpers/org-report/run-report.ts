/** Runs `node dist/index.js report …` as a user's shell or a CI job starts it, and reads what it wrote. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, distEntry } from '../run-dist.js';
import { leanSpawn } from '../lean-spawn.js';

export interface ReportRun {
  code: number;
  stdout: string;
  stderr: string;
  /** report.json, when it was written. */
  report?: Record<string, any>;
}

/** Asynchronous, so HTTP servers in the test's process keep answering while the report collects. */
export async function runReport(args: string[], opts: { cwd: string; out?: string; env?: Record<string, string>; input?: string; timeoutMs?: number }): Promise<ReportRun> {
  const ran = await leanSpawn(process.execPath, [distEntry, 'report', ...args], { cwd: opts.cwd, env: cleanEnv(opts.env), input: opts.input ?? '', timeout: opts.timeoutMs ?? 240_000, killSignal: 'SIGKILL' });
  const path = opts.out ? join(opts.cwd, opts.out, 'report.json') : undefined;
  const report = path && existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>) : undefined;
  return { code: ran.code ?? -1, stdout: ran.stdout, stderr: ran.stderr, report };
}

/** A CSV file of the report as rows of text cells (RFC 4180: quoted cells, doubled quotes). */
export function readCsv(path: string): Array<Record<string, string>> {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}
