/**
 * How a sentence of the summary names things, per medium: Markdown escapes and links them, a terminal
 * shows them plain. Sentences are written once (reasons.ts, next-action.ts) and drawn by either, so the
 * first screen of the job summary and the last lines of the CI log say the same thing.
 */
import { mdCode, mdText, termText } from './escape.js';
import { mdLink, type Links } from './links.js';
import { grouped } from './grouped.js';

export interface Words {
  /** Untrusted text as prose. */
  text: (value: string) => string;
  /** Untrusted text shown verbatim (a statement, an address, a login). */
  code: (value: string) => string;
  /** A repository file, at a line when known; a link to it at the head commit where the platform has one. */
  file: (path: string, line?: number) => string;
  /** A scanner rule, linked to its help page when the report names one. */
  rule: (rule: string, helpUri?: string) => string;
  /** Text already in this medium, emphasised. */
  strong: (value: string) => string;
}

export function markdownWords(links: Links = {}): Words {
  return {
    text: mdText,
    code: mdCode,
    file: (path, line) => mdLink(mdCode(line ? `${path}:${line}` : path), links.file?.(path, line)),
    rule: (rule, helpUri) => mdLink(mdCode(rule), helpUri),
    strong: (value) => `**${value}**`,
  };
}

export function terminalWords(bold: (text: string) => string = (t) => t): Words {
  return {
    text: termText,
    code: termText,
    file: (path, line) => termText(line ? `${path}:${line}` : path),
    rule: (rule) => termText(rule),
    strong: bold,
  };
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${grouped(n)} ${n === 1 ? word : many}`;
}

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listed(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
