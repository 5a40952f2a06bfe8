/**
 * Escaping for text that came from a commit, a request, a file name, a report or a policy before it
 * reaches Markdown: no raw HTML, no @mentions or #references that notify people, no table breakage,
 * no line breaks that could forge a headline.
 */

const ZERO_WIDTH_SPACE = '\u200b';
// Bidirectional controls can make text read differently from what it is.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

function flatten(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ⏎ ').replace(/\t/g, ' ').replace(CONTROL, '�').replace(BIDI, '�');
}

/** Inline Markdown text: every Markdown and HTML metacharacter is neutralised. */
export function mdText(value: string): string {
  return flatten(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~"']/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:/g, '&#58;');
}

/**
 * Inline code: shows the value verbatim. Code spans cannot contain HTML or mentions; pipes are escaped
 * so a table cell stays one cell, and the fence is longer than any backtick run inside.
 */
export function mdCode(value: string): string {
  const flat = flatten(value).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat === '' ? ' ' : flat}${pad}${fence}`;
}

/** Text for a terminal: no control sequences from untrusted input. */
export function termText(value: string): string {
  return flatten(value).replace(/\u001b/g, '�');
}
