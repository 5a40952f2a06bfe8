/**
 * Commit-level attribution: which AI tools, if any, a commit's own metadata names. Only concrete
 * markers count (an identity the tool owns, a line it writes, an explicit trailer, a disclosure that
 * says AI was used); prose that mentions a tool ("fix cursor position", "add Claude API client") is
 * not evidence, and neither is a bot that is not an AI tool (dependabot, renovate, github-actions),
 * since the catalogue is an allow-list. The whole message is read, not only git's trailer block.
 */
import type { Commit, Person, Trailer } from '../model.js';
import { parseTrailers } from '../git-text/trailers.js';
import { UNSPECIFIED_TOOL } from './catalogue.js';
import { matchIdentity, type IdentityMatch } from './catalogue-match.js';
import { markersIn } from './message-markers.js';
import type { AttributionOptions, CommitAttribution, Evidence, EvidenceSignal } from './types.js';

const MAX_VALUE = 300;

function roleSignal(role: 'author' | 'committer', by: IdentityMatch['by']): EvidenceSignal {
  if (by === 'suffix') return `${role}-name-suffix`;
  if (by === 'name') return `${role}-name`;
  return `${role}-email`;
}

const formatPerson = (p: Person): string => (p.email ? `${p.name} <${p.email}>` : p.name);

/** Evidence order: identities, then trailer-shaped lines, then other lines of the message. */
const ORDER: Partial<Record<EvidenceSignal, number>> = { 'co-author-trailer': 1, 'sign-off-trailer': 1, trailer: 1 };

/** Collects evidence once per signal, tool and value, with values cut to a readable length. */
function evidenceList(commit?: string): { add: (e: Omit<Evidence, 'commit'>) => void; list: Evidence[] } {
  const list: Evidence[] = [];
  const seen = new Set<string>();
  return {
    list,
    add(e) {
      const key = `${e.signal}\0${e.tool}\0${e.value}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ ...e, value: e.value.slice(0, MAX_VALUE), ...(commit ? { commit } : {}) });
    },
  };
}

function inTrailerBlock(trailers: Trailer[], key: string | undefined, value: string): boolean {
  return key !== undefined && trailers.some((t) => `${t.key}: ${t.value}`.toLowerCase() === value.toLowerCase());
}

export function attributeCommit(commit: Commit, options: AttributionOptions): CommitAttribution {
  const { add, list: evidence } = evidenceList(commit.sha);

  for (const role of ['author', 'committer'] as const) {
    const person = commit[role];
    const m = matchIdentity(person, options);
    if (m) add({ signal: roleSignal(role, m.by), value: formatPerson(person), tool: m.tool, ...(m.model ? { model: m.model } : {}), source: `commit ${role}` });
  }

  // Commits read without trailers (hand-built, or from another reader) are parsed here by git's rules.
  const trailers = commit.trailers.length ? commit.trailers : parseTrailers(commit.message);
  const markers = markersIn(commit.message, options, { subject: true });
  const ordered = markers.map((m, i) => ({ m, i })).sort((a, b) => (ORDER[b.m.signal] ?? 0) - (ORDER[a.m.signal] ?? 0) || a.i - b.i);
  for (const { m } of ordered) {
    const source = inTrailerBlock(trailers, m.key, m.value) ? 'commit trailer' : 'commit message';
    add({ signal: m.signal, value: m.value, tool: m.tool, ...(m.model ? { model: m.model } : {}), source });
  }

  return { sha: commit.sha, aiAssisted: evidence.length > 0, tools: toolsOf(evidence), models: modelsOf(evidence), evidence };
}

/** Distinct tools in order of first evidence; "unknown" only when nothing names a tool. */
export function toolsOf(evidence: Evidence[]): string[] {
  const tools = [...new Set(evidence.map((e) => e.tool))];
  const named = tools.filter((t) => t !== UNSPECIFIED_TOOL);
  return named.length > 0 ? named : tools;
}

/** Distinct models named by the evidence, in order of first mention. */
export function modelsOf(evidence: Evidence[]): string[] {
  return [...new Set(evidence.flatMap((e) => (e.model ? [e.model] : [])))];
}
