/**
 * Matching people and logins against the catalogue and the policy's extra identities. Identity beats
 * name: an address the tool owns decides; a name decides only when no person bears it (agent-names.ts)
 * or when the policy lists it. "Claude", "Devin" or "Jules" alone is a person, and so is anyone at an
 * AI vendor's domain whose mailbox is their own.
 */
import type { Person } from '../model.js';
import { agentName, modelIn } from './agent-names.js';
import { AI_TOOLS, UNSPECIFIED_TOOL, type ToolSignature } from './catalogue.js';
import { toolNamedExactly, toolNamedIn } from './tool-names.js';
import type { AttributionOptions } from './types.js';

export { toolMentions, toolNamedIn } from './tool-names.js';

export interface IdentityMatch {
  tool: string;
  /** What matched: the address, the account behind a noreply address, the name, or a name suffix. */
  by: 'email' | 'login' | 'name' | 'suffix';
  /** The model the identity names ("Claude Opus 4.5 <noreply@anthropic.com>", "aider (gpt-4o)"). */
  model?: string;
}

const lower = (s: string): string => s.trim().toLowerCase();

/** Mailboxes an agent uses at its vendor's domain, whatever the vendor. */
const GENERIC_AGENT_MAILBOXES = new Set(['noreply', 'no-reply', 'agent', 'bot', 'ai', 'assistant']);

/** Release channels of one GitHub App: `sweep-nightly[bot]` is the Sweep app. */
const APP_CHANNEL = /-(?:staging|nightly|canary|beta|preview|dev|test|v\d+)(?=\[bot\]$)/;

/** `continue\[bot\]@...` as some tools escape it. */
function cleanEmail(email: string): string {
  return email.replace(/\\/g, '').trim().toLowerCase();
}

/** The account behind a GitHub or GitLab noreply address, e.g. `198982749+Copilot@users.noreply.github.com` → `Copilot`. */
export function loginFromNoreply(email: string): string | undefined {
  const clean = email.replace(/\\/g, '').trim();
  const github = /^(?:\d+\+)?([^@\s+]+)@users\.noreply\.github\.com$/i.exec(clean);
  if (github) return github[1];
  const gitlab = /^\d+-([^@\s]+)@users\.noreply\.gitlab\.com$/i.exec(clean);
  return gitlab?.[1];
}

/**
 * `Name <email>` as written in a trailer; a value without `<...>` is all name, except that a trailing
 * bare address (`OpenHands-GPT-4.1 openhands@all-hands.dev`) is read as the address.
 */
export function parsePerson(value: string): Person {
  const v = value.trim();
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(v);
  if (m) return { name: m[1]!.trim(), email: m[2]!.trim() };
  const bare = /^(.*?)\s+([^\s<>()@]+@[^\s<>()@]+\.[A-Za-z]{2,})$/.exec(v);
  if (bare) return { name: bare[1]!.trim(), email: bare[2]! };
  return { name: v, email: '' };
}

function loginMatches(row: ToolSignature, login: string): boolean {
  const l = login.toLowerCase();
  const unchannelled = l.replace(APP_CHANNEL, '');
  return row.logins.some((x) => {
    const y = x.toLowerCase();
    return y === l || (y.endsWith('[bot]') && y === unchannelled);
  });
}

function splitEmail(email: string): { mailbox: string; domain: string } | undefined {
  const at = email.lastIndexOf('@');
  return at < 1 ? undefined : { mailbox: email.slice(0, at), domain: email.slice(at + 1) };
}

const onDomain = (row: ToolSignature, domain: string): boolean => row.domains.some((d) => domain === d || domain.endsWith(`.${d}`));

function domainMatches(row: ToolSignature, email: string): boolean {
  const parts = splitEmail(email);
  if (!parts || !onDomain(row, parts.domain)) return false;
  if (GENERIC_AGENT_MAILBOXES.has(parts.mailbox)) return true;
  return row.mailboxes.some((b) => parts.mailbox === b || parts.mailbox.startsWith(`${b}-`));
}

/**
 * A mailbox that calls itself an agent (`agent@phenotype.ai`, `clio-agent@sisyphuslabs.ai`), or a
 * GitHub account named like one (`cline-cloud-agent`). No address in public history before AI coding
 * agents looks like this; the tool is whatever the name or the domain names.
 */
function agentMailbox(person: Person, email: string, login: string | undefined): IdentityMatch | undefined {
  const parts = splitEmail(email);
  if (!parts) return undefined;
  const isAgent = login ? /(?:^|[-_])agent$/i.test(login) : /(?:^|[-_.+])agent(?:$|[-_.+])/.test(parts.mailbox);
  if (!isAgent) return undefined;
  return { tool: toolNamedIn(person.name, NO_OPTIONS) ?? toolNamedIn(parts.domain, NO_OPTIONS) ?? UNSPECIFIED_TOOL, by: 'email' };
}

const NO_OPTIONS: AttributionOptions = { identities: [], trailers: [], labels: [] };

/** Domains reserved for examples (RFC 2606, RFC 6761) and unqualified local names. */
const PLACEHOLDER_DOMAIN = /^(?:[^.]+|(?:.+\.)?example\.(?:com|org|net)|.+\.(?:example|test|invalid|localhost|local)|localhost)$/;

function botLogin(name: string): string | undefined {
  return AI_TOOLS.find((t) => t.logins.some((l) => l.endsWith('[bot]')) && loginMatches(t, name))?.tool;
}

/**
 * Answers by name and address, per options: a long history repeats a few thousand identities over
 * tens of thousands of commits, and each answer reads the whole catalogue. Bounded, so a long-lived
 * caller does not grow it without end; past the bound answers are recomputed, never wrong.
 */
const IDENTITIES = new WeakMap<AttributionOptions, Map<string, IdentityMatch | undefined>>();
const IDENTITY_MEMO_LIMIT = 50_000;

export function matchIdentity(person: Person, options: AttributionOptions): IdentityMatch | undefined {
  let memo = IDENTITIES.get(options);
  if (memo === undefined) IDENTITIES.set(options, (memo = new Map<string, IdentityMatch | undefined>()));
  const key = `${person.name}\u0000${person.email}`;
  if (memo.has(key)) return memo.get(key);
  const m = identityOf(person, options);
  if (memo.size >= IDENTITY_MEMO_LIMIT) memo.clear();
  memo.set(key, m);
  return m;
}

function identityOf(person: Person, options: AttributionOptions): IdentityMatch | undefined {
  const m = matchIdentityOnly(person, options);
  if (!m || m.model) return m;
  const model = modelIn(person.name);
  return model ? { ...m, model } : m;
}

function matchIdentityOnly(person: Person, options: AttributionOptions): IdentityMatch | undefined {
  const email = cleanEmail(person.email);
  const name = lower(person.name);
  const login = email ? loginFromNoreply(email) : undefined;

  for (const id of options.identities) {
    if (id.email && email && lower(id.email) === email) return { tool: id.tool, by: 'email' };
    if (id.login && login && lower(id.login) === login.toLowerCase()) return { tool: id.tool, by: 'login' };
    if (id.name && name && lower(id.name) === name) return { tool: id.tool, by: 'name' };
  }
  for (const t of AI_TOOLS) {
    if (email && t.emails.some((e) => lower(e) === email)) return { tool: t.tool, by: 'email' };
  }
  for (const t of AI_TOOLS) {
    if (login && loginMatches(t, login)) return { tool: t.tool, by: 'login' };
  }
  for (const t of AI_TOOLS) {
    if (email && domainMatches(t, email)) return { tool: t.tool, by: 'email' };
  }
  // "Cline <cline@anthropic.com>", "Junie <junie@example.com>": a tool's own name at an AI vendor's
  // domain or at a placeholder one nobody receives mail at.
  const domain = splitEmail(email)?.domain;
  const named = toolNamedExactly(person.name, NO_OPTIONS);
  if (named && domain && (PLACEHOLDER_DOMAIN.test(domain) || AI_TOOLS.some((t) => onDomain(t, domain)))) return { tool: named, by: 'name' };
  const agent = email ? agentMailbox(person, email, login) : undefined;
  if (agent) return agent;
  const byName = agentName(person.name, botLogin);
  if (byName) return { ...byName, by: 'name' };
  for (const t of AI_TOOLS) {
    if (t.nameSuffixes.some((s) => person.name.toLowerCase().endsWith(s.toLowerCase()))) return { tool: t.tool, by: 'suffix' };
  }
  return undefined;
}

/** The tool behind a login that opened a request, is assigned to one or approved one. */
export function matchLogin(login: string, options: AttributionOptions): string | undefined {
  const l = lower(login);
  if (!l) return undefined;
  const policy = options.identities.find((id) => id.login && lower(id.login) === l);
  if (policy) return policy.tool;
  return AI_TOOLS.find((t) => loginMatches(t, l) || t.requestAuthors.some((a) => lower(a) === l))?.tool;
}
