/**
 * Parser for Agent Trace records (Agent Trace 0.1.0, the RFC at github.com/cursor/agent-trace, README §6 and
 * schemas.ts; JSON Schema id https://agent-trace.dev/schemas/v1/trace-record.json):
 *
 *   { "version": "0.1.0", "id": "<uuid>", "timestamp": "<RFC 3339>",
 *     "vcs": { "type": "git", "revision": "<40-hex commit>" },
 *     "tool": { "name": "cursor", "version": "2.4.0" },
 *     "files": [ { "path": "src/a.ts",
 *                  "conversations": [ { "url": "…", "contributor": { "type": "ai", "model_id": "anthropic/…" },
 *                                       "ranges": [ { "start_line": 1, "end_line": 5, "content_hash": "…",
 *                                                     "contributor": { … } } ],
 *                                       "related": [ { "type": "session", "url": "…" } ] } ] } ],
 *     "metadata": { … } }
 *
 * Required by the schema: version, id, timestamp, files; file.path and file.conversations; conversation.ranges;
 * range.start_line/end_line (integers ≥ 1); contributor.type ∈ human|ai|mixed|unknown. A range's contributor
 * overrides its conversation's. Line numbers are 1-based positions at vcs.revision.
 *
 * Leniency, on purpose: the schema's version pattern is "^[0-9]+\.[0-9]+$" while the spec's own example says
 * "0.1.0" and the reference writer "1.0", so any non-empty version string is accepted; id and timestamp are
 * required but their uuid / date-time formats are not enforced, since neither affects attribution.
 *
 * A file may hold one record, an array of records, or one record per line (JSONL, which the reference
 * implementation appends to). A bad record or line is reported and skipped; the rest still count.
 */
type ContributorType = 'human' | 'ai' | 'mixed' | 'unknown';
const CONTRIBUTOR_TYPES: readonly ContributorType[] = ['human', 'ai', 'mixed', 'unknown'];

interface TraceContributor {
  type: ContributorType;
  model_id?: string;
}

interface TraceRange {
  start_line: number;
  end_line: number;
  /** The effective contributor: the range's own, else its conversation's; undefined when neither says. */
  contributor?: TraceContributor;
  content_hash?: string;
}

interface TraceConversation {
  url?: string;
  contributor?: TraceContributor;
  ranges: TraceRange[];
}

interface TraceFile {
  path: string;
  conversations: TraceConversation[];
}

export interface TraceRecord {
  version: string;
  id: string;
  timestamp: string;
  vcs?: { type: string; revision: string };
  tool?: { name?: string; version?: string };
  files: TraceFile[];
  /** Where the record was read from, e.g. ".agent-trace/traces.jsonl:3". */
  origin: string;
}

export interface ParsedTraces {
  records: TraceRecord[];
  problems: string[];
}

export function parseAgentTrace(text: string, source: string): ParsedTraces {
  const records: TraceRecord[] = [];
  const problems: string[] = [];
  const take = (value: unknown, where: string): void => {
    const items = Array.isArray(value)
      ? value.map((v, i) => [v, `${where}[${i}]`] as const)
      : [[value, where] as const];
    for (const [item, at] of items) {
      const r = toRecord(item, at);
      if (typeof r === 'string') problems.push(`${at}: ${r}; record skipped`);
      else records.push(r);
    }
  };

  if (text.trim() === '') return { records, problems };
  const whole = tryJson(text);
  if (whole.ok && !source.endsWith('.jsonl')) {
    take(whole.value, source);
    return { records, problems };
  }
  const lines = text.split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (!whole.ok && !source.endsWith('.jsonl') && (nonEmpty.length < 2 || !tryJson(nonEmpty[0]!).ok)) {
    // Neither one JSON document nor JSON lines: one problem for the file, not one per line of a broken document.
    problems.push(`${source}: not valid JSON or JSON Lines (${whole.error}); file skipped`);
    return { records, problems };
  }
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `${source}:${i + 1}`;
    const parsed = tryJson(line);
    if (parsed.ok) take(parsed.value, at);
    else problems.push(`${at}: not valid JSON (${parsed.error}); line skipped`);
  });
  return { records, problems };
}

type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

function tryJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Invalid extends Error {}

function need<T>(ok: boolean, value: T, message: string): T {
  if (!ok) throw new Invalid(message);
  return value;
}

function requiredString(o: Json, key: string, path: string): string {
  const v = o[key];
  return need(typeof v === 'string' && v !== '', v as string, `${path}${key} must be a non-empty string`);
}

function optionalString(o: Json, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  return need(typeof v === 'string', v as string, `${path}${key} must be a string`);
}

function array(o: Json, key: string, path: string): unknown[] {
  const v = o[key];
  return need(Array.isArray(v), v as unknown[], `${path}${key} must be an array`);
}

function object(v: unknown, path: string): Json {
  return need(isObject(v), v as Json, `${path} must be an object`);
}

/** A valid record, or the reason it is not, naming the JSON path of the first fault. */
function toRecord(value: unknown, origin: string): TraceRecord | string {
  try {
    const o = object(value, 'the record');
    const record: TraceRecord = {
      version: requiredString(o, 'version', ''),
      id: requiredString(o, 'id', ''),
      timestamp: requiredString(o, 'timestamp', ''),
      files: array(o, 'files', '').map((f, i) => toFile(f, `files[${i}]`)),
      origin,
    };
    if (o.vcs !== undefined) {
      const vcs = object(o.vcs, 'vcs');
      record.vcs = { type: requiredString(vcs, 'type', 'vcs.'), revision: requiredString(vcs, 'revision', 'vcs.') };
    }
    if (o.tool !== undefined) {
      const tool = object(o.tool, 'tool');
      const name = optionalString(tool, 'name', 'tool.');
      const version = optionalString(tool, 'version', 'tool.');
      record.tool = {};
      if (name) record.tool.name = name;
      if (version) record.tool.version = version;
    }
    return record;
  } catch (e) {
    if (e instanceof Invalid) return e.message;
    throw e;
  }
}

function toFile(value: unknown, path: string): TraceFile {
  const o = object(value, path);
  return {
    path: requiredString(o, 'path', `${path}.`),
    conversations: array(o, 'conversations', `${path}.`).map((c, i) =>
      toConversation(c, `${path}.conversations[${i}]`),
    ),
  };
}

function toConversation(value: unknown, path: string): TraceConversation {
  const o = object(value, path);
  const contributor = o.contributor === undefined ? undefined : toContributor(o.contributor, `${path}.contributor`);
  const conversation: TraceConversation = {
    ranges: array(o, 'ranges', `${path}.`).map((r, i) => toRange(r, `${path}.ranges[${i}]`, contributor)),
  };
  const url = optionalString(o, 'url', `${path}.`);
  if (url) conversation.url = url;
  if (contributor) conversation.contributor = contributor;
  return conversation;
}

function toContributor(value: unknown, path: string): TraceContributor {
  const o = object(value, path);
  const type = o.type;
  need(
    typeof type === 'string' && (CONTRIBUTOR_TYPES as readonly string[]).includes(type),
    type,
    `${path}.type must be one of ${CONTRIBUTOR_TYPES.join(', ')}`,
  );
  const contributor: TraceContributor = { type: type as ContributorType };
  const model = optionalString(o, 'model_id', `${path}.`);
  if (model) contributor.model_id = model;
  return contributor;
}

function toRange(value: unknown, path: string, inherited: TraceContributor | undefined): TraceRange {
  const o = object(value, path);
  const start = o.start_line;
  const end = o.end_line;
  need(Number.isSafeInteger(start) && (start as number) >= 1, 0, `${path}.start_line must be an integer ≥ 1`);
  need(
    Number.isSafeInteger(end) && (end as number) >= (start as number),
    0,
    `${path}.end_line must be an integer ≥ start_line`,
  );
  const range: TraceRange = { start_line: start as number, end_line: end as number };
  const own = o.contributor === undefined ? undefined : toContributor(o.contributor, `${path}.contributor`);
  const contributor = own ?? inherited;
  if (contributor) range.contributor = contributor;
  const hash = optionalString(o, 'content_hash', `${path}.`);
  if (hash) range.content_hash = hash;
  return range;
}
