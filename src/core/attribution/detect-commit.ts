/**
 * Commit-level attribution: which AI tools, if any, a commit's own metadata names. Only concrete
 * markers count (an identity the tool owns, a line it writes, an explicit trailer); prose that
 * mentions a tool ("fix cursor position", "add Claude API client") is not evidence, and neither is
 * a bot that is not an AI tool (dependabot, renovate, github-actions), since the catalogue is an
 * allow-list.
 */
import type { Commit, Person } from '../model.js';
import { parseTrailers } from '../git-text/trailers.js';
import { AI_TOOLS, UNSPECIFIED_TOOL } from './catalogue.js';
import { matchIdentity, parsePerson, toolNamedIn, type IdentityMatch } from './catalogue-match.js';
import { parseDeclarationValue } from './declaration.js';
import type { AttributionOptions, CommitAttribution, Evidence, EvidenceSignal } from './types.js';

/** Trailers whose presence alone says "AI was used", whatever they name. */
const AI_USE_TRAILERS = new Set(['assisted-by', 'generated-by']);
const MAX_VALUE = 300;

function roleSignal(role: 'author' | 'committer', by: IdentityMatch['by']): EvidenceSignal {
  if (by === 'suffix') return `${role}-name-suffix`;
  if (by === 'name') return `${role}-name`;
  return `${role}-email`;
}

const formatPerson = (p: Person): string => (p.email ? `${p.name} <${p.email}>` : p.name);

export function attributeCommit(commit: Commit, options: AttributionOptions): CommitAttribution {
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const add = (e: Omit<Evidence, 'commit'>): void => {
    const key = `${e.signal}\0${e.tool}\0${e.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    evidence.push({ ...e, value: e.value.slice(0, MAX_VALUE), commit: commit.sha });
  };

  for (const role of ['author', 'committer'] as const) {
    const person = commit[role];
    const m = matchIdentity(person, options);
    if (m) add({ signal: roleSignal(role, m.by), value: formatPerson(person), tool: m.tool, source: `commit ${role}` });
  }

  // Commits read without trailers (hand-built, or from another reader) are parsed here by git's rules.
  const trailers = commit.trailers.length ? commit.trailers : parseTrailers(commit.message);
  const policyKeys = new Set(options.trailers.map((k) => k.toLowerCase()));
  for (const t of trailers) {
    const key = t.key.toLowerCase();
    const line = `${t.key}: ${t.value}`;
    if (key === 'co-authored-by') {
      const m = matchIdentity(parsePerson(t.value), options);
      if (m) add({ signal: 'co-author-trailer', value: line, tool: m.tool, source: 'commit trailer' });
    } else if (AI_USE_TRAILERS.has(key) || policyKeys.has(key)) {
      add({ signal: 'trailer', value: line, tool: toolNamedIn(t.value, options) ?? UNSPECIFIED_TOOL, source: 'commit trailer' });
    } else if (key === 'ai-assisted') {
      const declared = parseDeclarationValue(t.value);
      if (declared === 'yes' || declared === 'partial') {
        add({ signal: 'trailer', value: line, tool: UNSPECIFIED_TOOL, source: 'commit trailer' });
      }
    }
  }

  for (const raw of commit.message.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    for (const t of AI_TOOLS) {
      if (t.messageMarkers.some((re) => re.test(line))) {
        add({ signal: 'message-marker', value: line, tool: t.tool, source: 'commit message' });
      }
    }
  }

  return { sha: commit.sha, aiAssisted: evidence.length > 0, tools: toolsOf(evidence), evidence };
}

/** Distinct tools in order of first evidence; "unspecified" only when nothing names a tool. */
export function toolsOf(evidence: Evidence[]): string[] {
  const tools = [...new Set(evidence.map((e) => e.tool))];
  const named = tools.filter((t) => t !== UNSPECIFIED_TOOL);
  return named.length > 0 ? named : tools;
}
