/**
 * Line-level AI attribution for a change, from whichever authorship data the repository carries:
 *
 * 1. git-ai notes (refs/notes/ai), one per commit. CI clones do not fetch notes by default; the job must run
 *    `git fetch origin refs/notes/ai:refs/notes/ai` for them to be seen.
 * 2. Agent Trace records committed in the repository. The spec leaves storage to implementations; its reference
 *    implementation (cursor/agent-trace, reference/trace-store.ts) appends JSON lines to
 *    `.agent-trace/traces.jsonl`, so every .json/.jsonl file under `.agent-trace/` at the head commit is read.
 *    Only records whose vcs is git and whose revision is one of the change's commits are used.
 *
 * git-ai wins when any of the change's commits has a readable note; Agent Trace is read only otherwise, so a
 * repository that has both is not counted twice. Broken notes or records become `problems`; this never throws.
 * Git is run a fixed number of times whatever the number of commits: list notes, read them in one batch, and
 * read every attributed commit's added lines from one zero-context log.
 */
import { gitRaw } from '../git/run.js';
import { commitNamed, objectNamed } from '../git/object-names.js';
import { parseAddedLines, type AddedLines } from '../../core/attribution/line-level/added-lines.js';
import { parseAgentTrace, type TraceRecord } from '../../core/attribution/line-level/agent-trace.js';
import { countAiLines, type LineClaim, type LineLevelMethod, type LineLevelResult } from '../../core/attribution/line-level/count-ai-lines.js';
import { parseGitAiNote } from '../../core/attribution/line-level/git-ai-note.js';
import type { LineRange } from '../../core/attribution/line-level/line-ranges.js';
import { readBlobs } from './read-blobs.js';
import { ownEntry } from '../../core/own-entry.js';

const GIT_AI_NOTES_REF = 'refs/notes/ai';
const AGENT_TRACE_DIR = '.agent-trace';


export interface LineLevelOptions {
  /** The revision whose tree holds the Agent Trace files; HEAD by default. */
  head?: string;
  /** Where Agent Trace files live in the tree. */
  traceDir?: string;
}

/**
 * @param commits full shas of the change's commits
 * @param addedLinesByFile lines the change adds per file (base..head), the denominator of the share
 */
export async function readLineLevel(
  repo: string,
  commits: string[],
  addedLinesByFile: Map<string, number>,
  options: LineLevelOptions = {},
): Promise<LineLevelResult> {
  const problems: string[] = [];
  const totalAddedLines = [...addedLinesByFile.values()].reduce((n, v) => n + v, 0);
  const none: LineLevelResult = {
    method: 'none',
    aiLines: 0,
    totalAddedLines,
    files: [],
    tools: [],
    models: [],
    problems,
  };
  if (commits.length === 0) return none;

  let method: LineLevelMethod = 'none';
  let claims: LineClaim[] = [];
  try {
    const notes = await readGitAiClaims(repo, commits, problems);
    if (notes.found) {
      method = 'git-ai';
      claims = notes.claims;
    } else {
      const traces = await readAgentTraceClaims(repo, commits, options, problems);
      if (traces.found) {
        method = 'agent-trace';
        claims = traces.claims;
      }
    }
  } catch (e) {
    problems.push(`line-level attribution could not be read: ${(e as Error).message}`);
    return none;
  }
  if (method === 'none') return none;

  const attributed = [...new Set(claims.map((c) => c.commit))];
  let added: AddedLines | undefined;
  try {
    added = await readAddedLines(repo, attributed);
  } catch (e) {
    problems.push(`could not read the commits' added lines, so claims are counted as written: ${(e as Error).message}`);
  }
  const count = countAiLines(claims, addedLinesByFile, added);
  return { method, ...count, problems };
}

interface Claims {
  /** The source is in use for this change, even if it claims no line for AI. */
  found: boolean;
  claims: LineClaim[];
}

async function readGitAiClaims(repo: string, commits: string[], problems: string[]): Promise<Claims> {
  if (!(await commitNamed(repo, GIT_AI_NOTES_REF))) return { found: false, claims: [] };
  const list = await gitRaw(repo, ['notes', `--ref=${GIT_AI_NOTES_REF}`, 'list']);
  if (list.code !== 0) throw new Error(`git notes list failed: ${list.stderr.trim()}`);

  // "<note blob> <annotated object>" per line.
  const wanted = new Set(commits.map((c) => c.toLowerCase()));
  const noteOf = new Map<string, string>();
  for (const line of list.stdout.toString('utf8').split('\n')) {
    const [blob, object] = line.trim().split(' ');
    if (blob && object && wanted.has(object)) noteOf.set(object, blob);
  }
  if (noteOf.size === 0) return { found: false, claims: [] };

  const blobs = await readBlobs(repo, [...noteOf.values()]);
  const claims: LineClaim[] = [];
  let found = false;
  for (const commit of commits) {
    const blob = noteOf.get(commit.toLowerCase());
    if (!blob) continue;
    const text = blobs.get(blob);
    if (!text) {
      problems.push(`note for ${short(commit)}: could not be read; skipped`);
      continue;
    }
    let note;
    try {
      note = parseGitAiNote(text.toString('utf8'));
    } catch (e) {
      problems.push(`note for ${short(commit)}: ${(e as Error).message}; skipped`);
      continue;
    }
    found = true;
    for (const file of note.files) {
      for (const entry of file.entries) {
        const claim: LineClaim = {
          commit: commit.toLowerCase(),
          path: file.path,
          kind: entry.kind,
          ranges: entry.ranges,
        };
        const session = entry.kind === 'ai' ? ownEntry(note.sessions, entry.sessionId) : undefined;
        if (session?.tool) claim.tool = session.tool;
        if (session?.model) claim.model = session.model;
        claims.push(claim);
      }
    }
  }
  return { found, claims };
}

async function readAgentTraceClaims(
  repo: string,
  commits: string[],
  options: LineLevelOptions,
  problems: string[],
): Promise<Claims> {
  const head = options.head ?? 'HEAD';
  const dir = (options.traceDir ?? AGENT_TRACE_DIR).replace(/\/+$/, '');
  // Most repositories have no trace directory: asking first saves listing nothing.
  if ((await objectNamed(repo, `${head}:${dir}`))?.type !== 'tree') return { found: false, claims: [] };
  const tree = await gitRaw(repo, ['ls-tree', '-r', '-z', '--full-tree', head, '--', `${dir}/`]);
  if (tree.code !== 0) throw new Error(`git ls-tree ${head} failed: ${tree.stderr.trim()}`);

  // "<mode> <type> <oid>\t<path>" NUL-terminated; -z leaves paths unquoted.
  const files: { oid: string; path: string }[] = [];
  for (const entry of tree.stdout.toString('utf8').split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m && /\.jsonl?$/i.test(m[2]!)) files.push({ oid: m[1]!, path: m[2]! });
  }
  if (files.length === 0) return { found: false, claims: [] };

  const blobs = await readBlobs(repo, files.map((f) => f.oid));
  const records: TraceRecord[] = [];
  for (const f of files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const parsed = parseAgentTrace(blobs.get(f.oid)?.toString('utf8') ?? '', f.path);
    records.push(...parsed.records);
    problems.push(...parsed.problems);
  }

  const claims: LineClaim[] = [];
  let found = false;
  // Later wins within a commit and file, so claims go in the order they were recorded.
  const ordered = records
    .map((record, index) => ({ record, index, commit: matchCommit(record, commits) }))
    .filter((r): r is { record: TraceRecord; index: number; commit: string } => r.commit !== undefined)
    .sort((a, b) => compareTime(a.record.timestamp, b.record.timestamp) || a.index - b.index);
  for (const { record, commit } of ordered) {
    found = true;
    for (const file of record.files) {
      for (const conversation of file.conversations) {
        for (const range of conversation.ranges) {
          const type = range.contributor?.type;
          // "mixed" is human-edited AI output or AI-edited human code: AI took part, so it counts as AI.
          // "unknown" (or no contributor) claims nothing either way.
          if (type !== 'ai' && type !== 'mixed' && type !== 'human') continue;
          const ranges: LineRange[] = [{ start: range.start_line, end: range.end_line }];
          const claim: LineClaim = { commit, path: file.path, kind: type === 'human' ? 'human' : 'ai', ranges };
          if (claim.kind === 'ai' && record.tool?.name) claim.tool = record.tool.name;
          if (claim.kind === 'ai' && range.contributor?.model_id) claim.model = range.contributor.model_id;
          claims.push(claim);
        }
      }
    }
  }
  return { found, claims };
}

/**
 * The change's commit a record belongs to. The spec asks for the full 40-hex sha for git; an abbreviation of
 * at least 7 characters is accepted when it names exactly one of the change's commits.
 */
function matchCommit(record: TraceRecord, commits: string[]): string | undefined {
  if (!record.vcs || record.vcs.type !== 'git') return undefined;
  const revision = record.vcs.revision.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(revision)) return undefined;
  const hits = commits.map((c) => c.toLowerCase()).filter((c) => c.startsWith(revision));
  return hits.length === 1 ? hits[0] : undefined;
}

function compareTime(a: string, b: string): number {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return 0;
  return x - y;
}

/** Added line ranges of each commit, from one zero-context log over all of them. */
export async function readAddedLines(repo: string, commits: string[]): Promise<AddedLines> {
  if (commits.length === 0) return new Map();
  const r = await gitRaw(
    repo,
    [
      'log',
      '--no-walk=unsorted',
      '--stdin',
      '-p',
      '-U0',
      '-M',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--format=%x00%H',
    ],
    commits.map((c) => `${c}\n`).join(''),
  );
  if (r.code !== 0) throw new Error(`git log failed: ${r.stderr.trim() || `exit code ${r.code}`}`);
  return parseAddedLines(r.stdout.toString('utf8'));
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
