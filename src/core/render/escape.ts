/**
 * Escaping for text that came from a commit, a request, a file name, a report or a policy before it
 * reaches Markdown: no raw HTML, no @mentions or #references that notify people, no table breakage,
 * no line breaks that could forge a headline, no HTML comment that could pass for the gate's markers.
 */

const ZERO_WIDTH_SPACE = '\u200b';
// Bidirectional controls can make text read differently from what it is.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// C0 controls except tab and newline (handled first), DEL, and the C1 controls (U+009B is a CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * Sigils the platforms turn into references when a word follows: GitHub #123, GH-123 and @user; GitLab
 * !123 (merge request), &123 (epic), %123 (milestone), $123 (snippet), ~123 (label), #123 and @user.
 * A reference notifies or cross-links, so a zero-width space goes between the sigil and the word.
 */
const REFERENCE = /([#!&%$~])(?=[\p{L}\p{N}_])|(\bGH-)(?=\p{N})/giu;

function flatten(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ⏎ ').replace(/\t/g, ' ').replace(CONTROL, '�').replace(BIDI, '�');
}

/** Inline Markdown text: every Markdown and HTML metacharacter is neutralised. */
export function mdText(value: string): string {
  return flatten(value)
    .replace(REFERENCE, (m) => m + ZERO_WIDTH_SPACE)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // `=` and `-` alone on a line would underline the line above into a heading; `$` starts GitHub math.
    .replace(/[\\`*_{}[\]()#+\-.!|~"'=$^]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:/g, '&#58;');
}

/**
 * Inline code: shows the value verbatim. Code spans cannot contain HTML or mentions. Pipes are escaped
 * so a table cell stays one cell: GitHub reads `\\` as an escaped backslash before it looks at the pipe,
 * so the backslashes before a pipe are made odd in number (one more shows when there were an odd count).
 * "<!--" is broken with a zero-width space so the raw text can never hold a marker comment, and the
 * fence is longer than any backtick run inside.
 */
export function mdCode(value: string): string {
  const flat = flatten(value)
    .replace(/(\\*)\|/g, (_m, slashes: string) => `${slashes.length % 2 === 0 ? slashes : `${slashes}\\`}\\|`)
    .replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
  // A loop, not Math.max(...runs): a value with a hundred thousand backtick runs must not overflow the stack.
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat === '' ? ' ' : flat}${pad}${fence}`;
}

/**
 * Text inside the gate's own raw HTML (a `<summary>` line): HTML metacharacters as entities, references
 * and mentions broken as in mdText. Markdown is not read there, so nothing else needs escaping.
 */
export function htmlText(value: string): string {
  return flatten(value)
    .replace(REFERENCE, (m) => m + ZERO_WIDTH_SPACE)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}

/** Text for a terminal: no control sequences from untrusted input. */
export function termText(value: string): string {
  return flatten(value);
}
