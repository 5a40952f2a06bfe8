/**
 * How free text names a tool: the catalogue's `namedAs` patterns and the policy's tool names. The
 * longest name wins where names overlap, so "Claude Code" is one mention of Claude Code, not also one
 * of Claude. Used where the position already says "AI" (a trailer value, a disclosure, a footer).
 */
import { AI_TOOLS } from './catalogue.js';
import { matchesAtStart } from './match-at-start.js';
import type { AttributionOptions } from './types.js';

export interface ToolMention {
  tool: string;
  index: number;
  length: number;
}

/**
 * Each catalogue pattern with the `g` flag, compiled once: this runs for every name, email and message
 * of a range, and compiling the catalogue's patterns per call cost most of a long history's time.
 * matchAll works on a copy, so the shared expression's lastIndex never moves.
 */
const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (g === undefined) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
}

/** Every tool a text names, longest first where names overlap, in the order they appear. */
export function toolMentions(text: string, options: AttributionOptions): ToolMention[] {
  const found: ToolMention[] = [];
  for (const id of options.identities) {
    const i = id.tool ? text.toLowerCase().indexOf(id.tool.toLowerCase()) : -1;
    if (i >= 0) found.push({ tool: id.tool, index: i, length: id.tool.length });
  }
  for (const t of AI_TOOLS) {
    for (const re of t.namedAs) {
      for (const m of text.matchAll(globalOf(re))) found.push({ tool: t.tool, index: m.index, length: m[0].length });
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

/**
 * The length of the tool name `text` starts with, as `toolMentions` keeps it where names overlap, or 0.
 * Disclosures ask this at every sentence, and most sentences start with no name: a name can be kept at
 * the start only when some pattern matches there, which one anchored try per pattern tells, so the
 * whole text is scanned only then.
 */
export function toolNameLengthAtStart(text: string, options: AttributionOptions): number {
  const lower = text.toLowerCase();
  const could =
    options.identities.some((id) => (id.tool ? lower.startsWith(id.tool.toLowerCase()) : false)) ||
    AI_TOOLS.some((t) => t.namedAs.some((re) => matchesAtStart(re, text)));
  return could ? (toolMentions(text, options).find((t) => t.index === 0)?.length ?? 0) : 0;
}

/** The most specific tool a short text names (the longest name), or undefined. */
export function toolNamedIn(text: string, options: AttributionOptions): string | undefined {
  const mentions = toolMentions(text, options);
  if (!mentions.length) return undefined;
  return mentions.reduce((best, m) => (m.length > best.length ? m : best)).tool;
}

/** The tool a whole text names, when the name is all the text holds ("Cline", "Roo Code"). */
export function toolNamedExactly(text: string, options: AttributionOptions): string | undefined {
  const t = text.trim();
  const m = toolMentions(t, options);
  return m.length === 1 && m[0]!.index === 0 && m[0]!.length === t.length ? m[0]!.tool : undefined;
}
