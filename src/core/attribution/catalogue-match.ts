/**
 * Matching people, logins and free text against the catalogue and the policy's extra identities.
 * Identity beats name: an address the tool owns decides; a bare name ("Claude", "Devin") never does,
 * except a `[bot]` login or a name the policy lists explicitly.
 */
import type { Person } from '../model.js';
import { AI_TOOLS } from './catalogue.js';
import type { AttributionOptions } from './types.js';

export interface IdentityMatch {
  tool: string;
  /** What matched: the address, the account behind a noreply address, the name, or a name suffix. */
  by: 'email' | 'login' | 'name' | 'suffix';
}

const lower = (s: string): string => s.trim().toLowerCase();

/** The account behind a GitHub or GitLab noreply address, e.g. `198982749+Copilot@users.noreply.github.com` → `Copilot`. */
export function loginFromNoreply(email: string): string | undefined {
  const github = /^(?:\d+\+)?([^@\s+]+)@users\.noreply\.github\.com$/i.exec(email.trim());
  if (github) return github[1];
  const gitlab = /^\d+-([^@\s]+)@users\.noreply\.gitlab\.com$/i.exec(email.trim());
  return gitlab?.[1];
}

/** `Name <email>` as written in a Co-authored-by trailer; a value without `<...>` is all name. */
export function parsePerson(value: string): Person {
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value.trim());
  return m ? { name: m[1]!.trim(), email: m[2]!.trim() } : { name: value.trim(), email: '' };
}

export function matchIdentity(person: Person, options: AttributionOptions): IdentityMatch | undefined {
  const email = lower(person.email);
  const name = lower(person.name);
  const login = email ? loginFromNoreply(email) : undefined;

  for (const id of options.identities) {
    if (id.email && email && lower(id.email) === email) return { tool: id.tool, by: 'email' };
    if (id.login && login && lower(id.login) === login) return { tool: id.tool, by: 'login' };
    if (id.name && name && lower(id.name) === name) return { tool: id.tool, by: 'name' };
  }
  for (const t of AI_TOOLS) {
    if (email && t.emails.some((e) => lower(e) === email)) return { tool: t.tool, by: 'email' };
    if (login && t.logins.some((l) => lower(l) === login)) return { tool: t.tool, by: 'login' };
  }
  for (const t of AI_TOOLS) {
    if (name && t.logins.some((l) => l.endsWith('[bot]') && lower(l) === name)) return { tool: t.tool, by: 'name' };
    if (t.nameSuffixes.some((s) => person.name.toLowerCase().endsWith(s.toLowerCase()))) return { tool: t.tool, by: 'suffix' };
  }
  return undefined;
}

/** The tool behind a login that opened a request or is assigned to one. */
export function matchLogin(login: string, options: AttributionOptions): string | undefined {
  const l = lower(login);
  if (!l) return undefined;
  const policy = options.identities.find((id) => id.login && lower(id.login) === l);
  if (policy) return policy.tool;
  return AI_TOOLS.find((t) => [...t.logins, ...t.requestAuthors].some((a) => lower(a) === l))?.tool;
}

/**
 * The tool an Assisted-by / Generated-by / policy trailer value points to: an identity first
 * (`GitHub Copilot <copilot@github.com>`), then a tool name (`Claude:claude-3-opus coccinelle`).
 */
export function toolNamedIn(value: string, options: AttributionOptions): string | undefined {
  const person = parsePerson(value);
  if (person.email) {
    const m = matchIdentity(person, options);
    if (m) return m.tool;
  }
  const policy = options.identities.find((id) => value.toLowerCase().includes(id.tool.toLowerCase()));
  if (policy) return policy.tool;
  return AI_TOOLS.find((t) => t.namedAs.some((re) => re.test(value)))?.tool;
}
