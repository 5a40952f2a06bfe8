/**
 * What "safe to publish" means for the gate's Markdown, checked by rendering it the way GitHub does
 * (markdown-it with raw HTML enabled) and by reading the raw text the platform stores:
 * - no raw HTML element other than the few the gate writes itself (<br>, <sub>, </sub>, and a collapsed
 *   section's `<details><summary>text</summary>` and `</details>` lines, with no tag inside the text);
 * - no link or image the gate did not make: links to the platform (under one prefix) and to the help
 *   pages the reports named (validated web addresses, given to the check);
 * - no @mention, #123, !123, &123 or GH-123 in a text node (code spans are exempt: they never notify);
 * - every table row has as many cells as its header, counted the way GitHub splits rows;
 * - one h2, the first heading, which is the gate's headline; no h1; other headings are the gate's own;
 * - no HTML comment in the raw text, so the sticky and state markers cannot be forged.
 */
import MarkdownIt from 'markdown-it';
import { STICKY_MARKER } from '../../../src/core/render/marker.js';

const md = new MarkdownIt({ html: true });

const GATE_HTML = new Set(['<br>', '<sub>', '</sub>']);

/** The HTML blocks of a collapsed section: its opening line with a plain-text summary, and its end. */
const GATE_BLOCKS = [/^<details><summary>[^<>]*<\/summary>$/, /^<\/details>$/];

/** Headings the gate writes below its headline: none; sections are collapsed, titled by their summary line. */
const GATE_HEADINGS: RegExp[] = [];

const HEADLINE = /^(✅|⚠️|❌) AI governance gate: (PASS|WARN|FAIL) — /;

export interface SafetyOptions {
  /** The headline must be the first heading (a whole summary); false for a single section. */
  headline?: 'PASS' | 'WARN' | 'FAIL';
  /** Links the gate makes itself start with this (commit and file links). */
  linkPrefix?: string;
  /** Other targets the gate may link to: the help pages the reports named, as the gate encodes them. */
  allowedLinks?: ReadonlySet<string>;
}

/** Cells in a table row as GitHub (cmark-gfm) splits it: a backslash escapes the next character, whatever it is. */
export function cellCount(line: string): number {
  const s = line.trim();
  let cells = 0;
  let current = '';
  for (let i = s.startsWith('|') ? 1 : 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      current += c + s[i + 1];
      i += 1;
    } else if (c === '|') {
      cells += 1;
      current = '';
    } else {
      current += c;
    }
  }
  return current.trim() === '' ? cells : cells + 1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Text nodes of rendered HTML outside <code>, entities decoded, as a reader (and a mention parser) sees them. */
export function textNodes(html: string): string[] {
  return html
    .replace(/<code>[\s\S]*?<\/code>/g, '\u0000')
    .split(/<[^>]*>|\u0000/)
    .map(decodeEntities)
    .filter((t) => t !== '');
}

const NOTIFYING: Array<[RegExp, string]> = [
  [/@[\p{L}\p{N}_]/u, '@mention'],
  [/#\p{N}/u, '#reference'],
  [/![\p{N}]/u, '!merge-request reference'],
  [/&\p{N}/u, '&epic reference'],
  [/\bGH-\p{N}/iu, 'GH- reference'],
];

export function safetyProblems(markdown: string, opts: SafetyOptions = {}): string[] {
  const problems: string[] = [];
  if (markdown.includes('<!--')) problems.push('an HTML comment in the raw text');
  const tokens = md.parse(markdown, {});
  const lines = markdown.split('\n');
  let headings = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'html_block' && !GATE_HTML.has(t.content.trim()) && !GATE_BLOCKS.some((re) => re.test(t.content.trim()))) {
      problems.push(`raw HTML block ${JSON.stringify(t.content.slice(0, 80))}`);
    }
    if (t.type === 'heading_open') {
      const text = tokens[i + 1]!.children!.map((c) => c.content).join('');
      headings += 1;
      if (t.tag === 'h1') problems.push(`an h1: ${JSON.stringify(text.slice(0, 80))}`);
      if (t.tag === 'h2') {
        if (opts.headline === undefined) problems.push(`an h2 in a section: ${JSON.stringify(text.slice(0, 80))}`);
        else if (headings !== 1) problems.push(`a second h2: ${JSON.stringify(text.slice(0, 80))}`);
        else {
          const m = HEADLINE.exec(text);
          if (!m || m[2] !== opts.headline) problems.push(`the first h2 is not the ${opts.headline} headline: ${JSON.stringify(text.slice(0, 80))}`);
        }
      } else if (t.tag !== 'h1' && !GATE_HEADINGS.some((re) => re.test(text))) {
        problems.push(`a heading the gate does not write: ${t.tag} ${JSON.stringify(text.slice(0, 80))}`);
      }
      if (opts.headline !== undefined && headings === 1 && t.tag !== 'h2') problems.push('the first heading is not the headline');
    }
    if (t.type === 'table_open' && t.map) {
      const [start, end] = t.map;
      const rows = lines.slice(start, end);
      const want = cellCount(rows[0]!);
      rows.forEach((row, r) => {
        if (r !== 1 && cellCount(row) !== want) problems.push(`table row with ${cellCount(row)} cells, header has ${want}: ${JSON.stringify(row.slice(0, 120))}`);
      });
    }
    for (const c of t.children ?? []) {
      if (c.type === 'html_inline' && !GATE_HTML.has(c.content)) problems.push(`raw inline HTML ${JSON.stringify(c.content.slice(0, 80))}`);
      if (c.type === 'image') problems.push('an image');
      if (c.type === 'link_open') {
        const href = String(c.attrGet('href') ?? '');
        const made = (opts.linkPrefix !== undefined && href.startsWith(opts.linkPrefix)) || opts.allowedLinks?.has(href) === true;
        if (!made) problems.push(`a link the gate did not make: ${href.slice(0, 80)}`);
      }
    }
  }
  if (opts.headline !== undefined && headings === 0) problems.push('no headline');
  const html = md.render(markdown);
  if (html.includes(STICKY_MARKER)) problems.push('the sticky marker in the rendered HTML');
  for (const text of textNodes(html)) {
    for (const [re, what] of NOTIFYING) if (re.test(text)) problems.push(`${what} in text: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return problems;
}
