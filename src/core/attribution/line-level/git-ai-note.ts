/**
 * Parser for git-ai authorship notes (refs/notes/ai, schema "authorship/3.0.0").
 *
 * Format, from the Git AI Standard v3.0.0 (git-ai-project/git-ai, specs/git_ai_standard_v3.0.0.md), the
 * "sessions" note-format change (docs/migrations/sessions-v2-note-format.md, git-ai 1.4.0) and the reference
 * parser (src/authorship/authorship_log_serialization.rs):
 *
 *   src/main.rs                          a file path at column 0; "quoted" when it holds whitespace
 *     abcd1234abcd1234 1-10,15-20        two spaces, a key, one space, ranges ("N" or "A-B", comma-joined)
 *     s_c9883b05a2487d::t_9f8e7d6c5b4a32 25,30-35
 *     h_31dce776f88375 40-41
 *   ---                                  the divider, alone on its line
 *   { "schema_version": "authorship/3.0.0", "base_commit_sha": "...", "git_ai_version": "...",
 *     "prompts":  { "<16 hex>": { "agent_id": { "tool", "id", "model" }, "human_author", ... } },
 *     "sessions": { "s_<14 hex>": { "agent_id": { "tool", "id", "model" }, "human_author" } },
 *     "humans":   { "h_<14 hex>": { "author": "Name <email>" } } }
 *
 * Keys are routed by prefix: "h_" is a known human (metadata.humans), "s_" is an AI session (the part before
 * "::" is looked up in metadata.sessions), anything else is a legacy AI prompt hash (metadata.prompts).
 * Lines with no entry are "unknown", not human. Line numbers refer to the file as it is in the note's commit.
 * When entries overlap, git-ai lets the later entry win; that order is kept here for the caller.
 */
import { InputError } from '../../errors.js';
import type { LineRange } from './line-ranges.js';

const GIT_AI_SCHEMA_PREFIX = 'authorship/3.';

interface NoteEntry {
  kind: 'ai' | 'human';
  /** The key as written, e.g. "abcd1234abcd1234", "s_…::t_…" or "h_…". */
  key: string;
  /** The metadata key it resolves to: the key itself, or the session part of "s_…::t_…". */
  sessionId: string;
  ranges: LineRange[];
}

interface NoteFile {
  path: string;
  /** In note order; later entries win where they overlap. */
  entries: NoteEntry[];
}

interface NoteSession {
  tool?: string;
  model?: string;
  /** The agent's own conversation id. */
  agentId?: string;
  humanAuthor?: string;
}

export interface ParsedNote {
  schemaVersion: string;
  gitAiVersion?: string;
  baseCommitSha?: string;
  files: NoteFile[];
  /** AI sessions and legacy prompts, by attestation key (prompt hash or "s_…" session id). */
  sessions: Record<string, NoteSession>;
  /** Known humans by "h_…" key: the git identity "Name <email>". */
  humans: Record<string, string>;
}

const HINT =
  'The note under refs/notes/ai does not follow git-ai\'s "authorship/3.0.0" format. ' +
  'Regenerate it with git-ai, or remove it with `git notes --ref=ai remove <commit>`.';

function fail(message: string): never {
  throw new InputError(message, HINT);
}

export function parseGitAiNote(text: string): ParsedNote {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const divider = lines.indexOf('---');
  if (divider < 0) fail("missing the '---' line between the attestation section and the JSON metadata");
  const files = parseAttestations(lines.slice(0, divider));
  const meta = parseMetadata(lines.slice(divider + 1).join('\n'), divider + 2);
  return { ...meta, files };
}

function parseAttestations(lines: string[]): NoteFile[] {
  const files: NoteFile[] = [];
  let current: NoteFile | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    const lineNo = index + 1;
    if (line === '') return;
    if (line.startsWith('  ')) {
      if (!current) fail(`attestation entry before any file path (line ${lineNo})`);
      const body = line.slice(2);
      const space = body.indexOf(' ');
      if (space <= 0) fail(`attestation entry '${body}' has no line ranges in ${current.path} (line ${lineNo})`);
      const key = body.slice(0, space);
      const ranges = parseRanges(body.slice(space + 1), current.path, lineNo);
      const human = key.startsWith('h_');
      const sessionId = key.startsWith('s_') ? (key.split('::')[0] ?? key) : key;
      current.entries.push({ kind: human ? 'human' : 'ai', key, sessionId, ranges });
      return;
    }
    // git-ai quotes paths holding whitespace and forbids quotes inside them, so no unescaping is needed.
    const path = line.length >= 2 && line.startsWith('"') && line.endsWith('"') ? line.slice(1, -1) : line;
    current = { path, entries: [] };
    files.push(current);
  });
  return files.filter((f) => f.entries.length > 0);
}

/** "1-4,9,12-14"; empty parts are skipped as git-ai does, anything else that is not a positive range is an error. */
function parseRanges(spec: string, path: string, lineNo: number): LineRange[] {
  const ranges: LineRange[] = [];
  for (const part of spec.split(',')) {
    if (part === '') continue;
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    const start = m ? Number(m[1]) : NaN;
    const end = m ? Number(m[2] ?? m[1]) : NaN;
    if (!m || start < 1 || end < start || !Number.isSafeInteger(end)) {
      fail(`malformed range '${part}' in ${path} (line ${lineNo})`);
    }
    ranges.push({ start, end });
  }
  if (ranges.length === 0) fail(`no line ranges in ${path} (line ${lineNo})`);
  return ranges;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function parseMetadata(json: string, firstLine: number): Omit<ParsedNote, 'files'> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    fail(`metadata after '---' (from line ${firstLine}) is not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(data)) fail('metadata after \'---\' is not a JSON object');
  const schemaVersion = data.schema_version;
  if (typeof schemaVersion !== 'string') fail('metadata has no "schema_version"');
  if (!schemaVersion.startsWith(GIT_AI_SCHEMA_PREFIX)) {
    fail(`unsupported schema_version "${schemaVersion}" (expected "authorship/3.x.y")`);
  }

  const sessions: Record<string, NoteSession> = {};
  // Sessions ("s_…") were added beside prompts in git-ai 1.4.0; notes may carry both, or either.
  for (const field of ['prompts', 'sessions'] as const) {
    const map = data[field];
    if (map === undefined) continue;
    if (!isObject(map)) fail(`metadata "${field}" is not an object`);
    for (const [key, record] of Object.entries(map)) {
      if (!isObject(record)) fail(`metadata "${field}.${key}" is not an object`);
      const agent = isObject(record.agent_id) ? record.agent_id : {};
      // defineProperty: a key spelled "__proto__" stays a key instead of replacing the prototype.
      own(sessions, key, strip({
        tool: str(agent.tool),
        model: str(agent.model),
        agentId: str(agent.id),
        humanAuthor: str(record.human_author),
      }));
    }
  }

  const humans: Record<string, string> = {};
  if (data.humans !== undefined) {
    if (!isObject(data.humans)) fail('metadata "humans" is not an object');
    for (const [key, record] of Object.entries(data.humans)) {
      if (!isObject(record)) fail(`metadata "humans.${key}" is not an object`);
      own(humans, key, str(record.author) ?? key);
    }
  }

  return strip({
    schemaVersion,
    gitAiVersion: str(data.git_ai_version),
    baseCommitSha: str(data.base_commit_sha),
    sessions,
    humans,
  });
}

function own<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Drops undefined fields so parsed notes compare and serialise cleanly. */
function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
