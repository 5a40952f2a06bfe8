/**
 * Audit records in volume, derived from real ones: each generated record is a copy of a record a real
 * run of the gate wrote (test/helpers/org-report/seed-records.ts), with what differs across an
 * organisation mutated — the repository and its platform, the request, the head commit, the time, the
 * AI tool, the approvers and when they approved, the waiver owners — and a change re-run a few times
 * as pushes and reviews come in. Seeded: the same seed writes the same bytes.
 *
 * A few records carry what later schema versions add, so readers meet them: a `bypass` violation on
 * a failing change's last run (the change merged anyway) and schemaVersion 2 with an extra field.
 */
import { FileWriter } from './writer.js';
import { Random } from './random.js';

type Json = Record<string, any>;

export interface GeneratorOptions {
  records: number;
  seed: number;
  /** Repositories in the organisation. */
  repositories?: number;
  /** The last day records fall on; they spread over `days` before it. */
  end?: Date;
  days?: number;
}

export interface GeneratedRecords {
  path: string;
  records: number;
  bytes: number;
}

const TOOLS = ['Claude Code', 'GitHub Copilot', 'Cursor', 'Aider', 'OpenAI Codex', 'Gemini CLI', 'Amazon Q Developer', 'Devin'];
const PEOPLE = ['alice', 'bob', 'carol', 'dana', 'erin', 'frank', 'gina', 'henry', 'ivan', 'judy', 'kim', 'liam', 'maya', 'noor', 'oscar', 'priya'];
const OWNERS = ['security-team', 'appsec', 'platform-team', 'payments-team', 'data-team'];
const PLATFORMS = ['github', 'gitlab'] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function renameTool(value: unknown, tool: string): unknown {
  return typeof value === 'string' && value !== 'unspecified AI tool' ? tool : value;
}

/** The same tool everywhere the record names one: the list, each commit's list and each piece of evidence. */
function setTool(record: Json, tool: string): void {
  const a = record.attribution;
  if (!a?.aiAssisted) return;
  a.tools = (a.tools as unknown[]).map((t) => renameTool(t, tool));
  for (const c of a.commits ?? []) {
    c.tools = (c.tools as unknown[]).map((t) => renameTool(t, tool));
    for (const e of c.evidence ?? []) e.tool = renameTool(e.tool, tool);
  }
  for (const e of a.requestEvidence ?? []) e.tool = renameTool(e.tool, tool);
}

/** Approvers renamed consistently across the request and the requirements, approving after `start`. */
function setApprovers(record: Json, rnd: Random, start: number, at: number): void {
  const names = new Map<string, string>();
  const rename = (login: string): string => {
    if (!names.has(login)) names.set(login, rnd.pick(PEOPLE));
    return names.get(login)!;
  };
  for (const a of record.request?.approvals ?? []) {
    a.login = rename(a.login);
    a.at = new Date(Math.min(at, start + rnd.int(1, 72 * 60) * 60_000)).toISOString();
  }
  for (const r of record.oversight?.required ?? []) {
    for (const c of r.counted ?? []) c.login = rename(c.login);
    for (const c of r.notCounted ?? []) c.login = rename(c.login);
  }
}

/** A repository's waivers are its policy's: the same owner and last day in every record of it. */
function setWaivers(record: Json, repo: number, end: number): void {
  const groups = record.findings?.waivers;
  if (!groups) return;
  for (const list of Object.values<Json[]>(groups)) {
    for (const w of list) {
      const k = repo * 7 + Number(w.index ?? 0) * 13;
      w.owner = OWNERS[k % OWNERS.length];
      w.expires = new Date(end + ((k % 160) - 40) * DAY).toISOString().slice(0, 10);
    }
  }
}

export function generateAuditRecords(seeds: readonly Json[], path: string, o: GeneratorOptions): GeneratedRecords {
  const rnd = new Random(o.seed);
  const repos = Array.from({ length: o.repositories ?? 400 }, (_, i) => ({ index: i, name: `acme/service-${String(i).padStart(4, '0')}`, platform: PLATFORMS[i % 3 === 0 ? 1 : 0], next: 1 }));
  const end = (o.end ?? new Date('2026-06-30T00:00:00Z')).getTime();
  const span = (o.days ?? 180) * DAY;
  const texts = seeds.map((s) => JSON.stringify(s));
  const out = new FileWriter(path);
  let written = 0;
  while (written < o.records) {
    const repo = rnd.pick(repos);
    const seedText = rnd.pick(texts);
    const tool = rnd.pick(TOOLS.slice(0, rnd.int(2, TOOLS.length)));
    const start = end - span + Math.floor(rnd.next() * span);
    const runs = Math.min(o.records - written, rnd.int(1, 5));
    const number = repo.next++;
    for (let i = 0; i < runs; i++) {
      const record = JSON.parse(seedText) as Json;
      const at = start + i * rnd.int(10, 24 * 60) * 60_000;
      record.timestamp = new Date(at).toISOString();
      record.repository = repo.name;
      record.platform = repo.platform;
      record.change.head = rnd.hex(40);
      if (record.request) {
        record.request.number = number;
        record.request.url = repo.platform === 'github' ? `https://github.com/${repo.name}/pull/${number}` : `https://gitlab.com/${repo.name}/-/merge_requests/${number}`;
      }
      setTool(record, tool);
      setApprovers(record, rnd, start, at);
      setWaivers(record, repo.index, end);
      if (i === runs - 1 && record.decision === 'fail' && rnd.chance(0.3)) {
        record.violations.push({ rule: 'bypass', message: 'The change merged without a passing decision.', remediation: 'Review the change after the fact.', level: 'error' });
      }
      if (rnd.chance(0.01)) {
        record.schemaVersion = 2;
        record.run = { id: String(rnd.int(1, 1e9)), attempt: 1 };
      }
      out.write(`${JSON.stringify(record)}\n`);
      written++;
    }
  }
  return { path, records: written, bytes: out.close() };
}
