/**
 * Links in the summary: files and lines at the head commit, commits, the policy file at the base, and
 * rules to the help page their report names. The platform knows its web addresses; the summary only
 * asks for them. A link's target is built by the gate or validated as an http(s) address, and is
 * percent-encoded so no character of it can end the Markdown link early.
 */
import type { Change } from '../model.js';
import type { PolicyInfo } from '../evaluation.js';

/** What a platform can link to. */
export interface WebAddresses {
  commit(sha: string): string;
  /** A file's page at a revision, at a line when given. */
  blob(rev: string, path: string, line?: number): string;
}

export interface Links {
  commit?: (sha: string) => string;
  /** A file at the head commit, at a line when given. */
  file?: (path: string, line?: number) => string;
  /** The policy file at the base, when the policy lives in the repository. */
  policy?: string;
}

export function summaryLinks(web: WebAddresses | undefined, change: Pick<Change, 'base' | 'head'>, policyInfo: Pick<PolicyInfo, 'path'>): Links {
  if (!web) return {};
  return {
    commit: (sha) => web.commit(sha),
    file: (path, line) => web.blob(change.head, path, line),
    ...(policyInfo.path ? { policy: web.blob(change.base, policyInfo.path) } : {}),
  };
}

/** A repository path as a URL path: each segment encoded, the slashes kept. */
export function urlPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The target of a Markdown link: an http(s) address with the characters that could close the link or
 * start markup percent-encoded, and `&` escaped so it stays itself; undefined for anything else
 * (javascript:, data:, relative text).
 */
export function linkTarget(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // A `%` that starts no escape is encoded as browsers do; `&` stays a literal ampersand (escaped, so
  // Markdown does not read `&lt;` as an entity).
  return url.href.replace(/[()<>\s"'`\\[\]|^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/%(?![0-9A-Fa-f]{2})/g, '%25').replace(/&/g, '\\&');
}

/** `[label](target)`, or the label alone when the target is not a web address. `label` is Markdown already. */
export function mdLink(label: string, address: string | undefined): string {
  const target = address === undefined ? undefined : linkTarget(address);
  return target === undefined ? label : `[${label}](${target})`;
}
