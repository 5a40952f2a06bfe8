/**
 * Matching people, logins and free text against the catalogue and the policy's extra identities.
 * Identity beats name: an address the tool owns decides; a name decides only when no person bears it
 * (a `[bot]` login, "Claude Code", "Cursor Agent", a model name such as "Claude Opus 4.8") or when
 * the policy lists it. "Claude", "Devin" or "Jules" alone is a person.
 */
import type { Person } from '../model.js';
import { AI_TOOLS, UNSPECIFIED_TOOL, type ToolSignature } from './catalogue.js';
import { findModel, isModelName } from './models.js';
import type { AttributionOptions } from './types.js';

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

/** `continue\[bot\]@...` as some tools escape it; angle brackets and spaces left by hand-edited trailers. */
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

function domainMatches(row: ToolSignature, email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const mailbox = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!row.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return false;
  if (GENERIC_AGENT_MAILBOXES.has(mailbox)) return true;
  return row.mailboxes.some((b) => mailbox === b || mailbox.startsWith(`${b}-`));
}

/** The model a name carries: "Claude Opus 4.5", "aider (gpt-4o)", "OpenHands-GPT-5", "Kimi K2.7 Code". */
function modelIn(name: string): string | undefined {
  const paren = /\(([^()]+)\)\s*$/.exec(name);
  if (paren && findModel(paren[1]!)) return paren[1]!.trim();
  return findModel(name)?.model;
}

function byName(name: string): IdentityMatch | undefined {
  const n = name.trim();
  if (!n) return undefined;
  for (const t of AI_TOOLS) {
    if (t.logins.some((l) => l.endsWith('[bot]')) && n.endsWith('[bot]') && loginMatches(t, n)) return { tool: t.tool, by: 'name' };
    if (t.agentNames.some((re) => re.test(n))) return { tool: t.tool, by: 'name' };
  }
  if (isModelName(n)) {
    const m = findModel(n)!;
    return { tool: m.family.tool ?? UNSPECIFIED_TOOL, by: 'name', model: m.model };
  }
  // "Antigravity Agent", "Roo Code Agent": a catalogue tool's name followed by agent or bot.
  const suffixed = /^(.+?)[\s-](?:agent|bot|ai)$/i.exec(n);
  const base = suffixed && toolMentions(suffixed[1]!, NO_OPTIONS);
  if (base && base.length === 1 && base[0]!.index === 0 && base[0]!.length === suffixed[1]!.length) return { tool: base[0]!.tool, by: 'name' };
  if (GENERIC_AI_NAME.test(n)) return { tool: UNSPECIFIED_TOOL, by: 'name' };
  // An account-style name built around a model, "zen-ai-kiro-sonnet-4", "OpenHands-GPT-5": no person is called that.
  const inToken = /^[\w.-]+$/.test(n) ? findModel(n) : undefined;
  if (inToken && /(?:^|[-_.])$/.test(n.slice(0, inToken.index)) && /^(?:$|[-_.])/.test(n.slice(inToken.index + inToken.model.length))) {
    return { tool: toolNamedIn(n.replace(inToken.model, ' '), NO_OPTIONS) ?? inToken.family.tool ?? UNSPECIFIED_TOOL, by: 'name', model: inToken.model };
  }
  return undefined;
}

/** "AI Agent", "LLM Bot", "AI Builder": a name no person has. */
const GENERIC_AI_NAME = /^(?:(?:an?|the|my)\s)?(?:AI|LLM)[\s-](?:agent|assistant|bot|builder|coder|developer|programmer)$/i;

const NO_OPTIONS: AttributionOptions = { identities: [], trailers: [], labels: [] };

function withModel(m: IdentityMatch, name: string): IdentityMatch {
  if (m.model) return m;
  const model = modelIn(name);
  return model ? { ...m, model } : m;
}

export function matchIdentity(person: Person, options: AttributionOptions): IdentityMatch | undefined {
  const m = matchIdentityOnly(person, options);
  return m && withModel(m, person.name);
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
  const named = byName(person.name);
  if (named) return named;
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

export interface ToolMention {
  tool: string;
  index: number;
  length: number;
}

/**
 * Every tool a text names, longest first where names overlap ("Claude Code" hides "Claude"), in the
 * order they appear. Policy tools are matched by their name.
 */
export function toolMentions(text: string, options: AttributionOptions): ToolMention[] {
  const found: ToolMention[] = [];
  for (const id of options.identities) {
    const i = text.toLowerCase().indexOf(id.tool.toLowerCase());
    if (i >= 0 && id.tool) found.push({ tool: id.tool, index: i, length: id.tool.length });
  }
  for (const t of AI_TOOLS) {
    for (const re of t.namedAs) {
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      for (const m of text.matchAll(g)) found.push({ tool: t.tool, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: ToolMention[] = [];
  for (const f of found) {
    if (kept.some((k) => f.index < k.index + k.length && k.index < f.index + f.length)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** The most specific tool a short text names (the longest name), or undefined. */
export function toolNamedIn(text: string, options: AttributionOptions): string | undefined {
  const mentions = toolMentions(text, options);
  if (!mentions.length) return undefined;
  return mentions.reduce((best, m) => (m.length > best.length ? m : best)).tool;
}
