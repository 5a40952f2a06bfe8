/**
 * Disclosure sections a project's policy or template asks for, and the answer that follows on the
 * same line or in the next paragraph: "## AI Disclosure", "AI usage disclosure: ...", "**AI
 * Disclosure:** ..." (ghostty's AI_POLICY.md), a plain "Disclosure:" that names an AI doing the work,
 * and template questions such as Apache's "Was this patch authored or co-authored using generative AI
 * tooling?". An answer of "No", "None", "Manual", "No AI was used", or an unfilled template, is no
 * evidence.
 */
import type { ReadableLine } from '../git-text/readable-lines.js';
import { aiAt, found, MARKUP, type DisclosureFound } from './disclosure-named.js';
import { findModel } from './models.js';
import { toolMentions } from './tool-names.js';
import type { AttributionOptions } from './types.js';

/** A heading or label that opens an AI disclosure; group 1 is what follows it on the same line. */
const SECTION =
  /^(?:#{1,6}\s*)?(?:[-*+]\s+)?(?:generative\s+|gen-?)?(?:AI|LLM|A\.I\.)(?:[\s-]+(?:usage|use|assistance|assisted|tools?|tooling|involvement|generated|generation|contribution))?[\s-]+(?:disclosure|disclaimer|statement|declaration|usage|use|assistance|involvement|notice)\b(?:\s*\([^)]*\))?(?:\s+(?:per|under|as per)\s+\S+)?\s*[:.–—-]?\s*(.*)$/i;
/** A template question about AI use; group 1 is an answer on the same line. */
const QUESTION = /\b(?:was|were|is|did|does|has|have)\b[^?]{0,100}\b(?:generative\s+AI|AI|LLMs?|A\.I\.)\b[^?]{0,80}\?\s*(.*)$/i;
/** A disclosure that does not say it is about AI: it counts only when an AI is said to have done work. */
const PLAIN = /^(?:#{1,6}\s*)?(?:full\s+)?(?:disclosure|disclaimer)\s*:\s*(.+)$/i;

/** An answer that says no AI was used. */
const NEGATIVE_START = /^(?:no\b|nope\b|none\b|n\/?a\b|not\s+(?:used|applicable|at all)\b|manual(?:ly)?\b|human[- ]written\b|0\s*%|nothing\b|never\b)/i;
const NEGATIVE =
  /\b(?:no|zero|without(?: (?:any|the use of))?)\s+(?:AI|LLMs?|generative|gen-?AI|AI[- ]tools?)\b|\b(?:did(?:n['’]?t| not)|do(?:n['’]?t| not)|was(?:n['’]?t| not)|were(?:n['’]?t| not)|is(?:n['’]?t| not)|have(?:n['’]?t| not)|never)\s+(?:\w+\s+){0,3}?(?:use[ds]?|using|involved?|assisted|generated)\b/i;
/** A template left as it came: "Yes / No", unticked boxes. */
const UNFILLED = /\byes\s*[/|]\s*no\b|\[\s\]/i;
const AI_ANYWHERE = /\b(?:AI|LLMs?|generative AI|AI-(?:assisted|generated))\b/;
const YES = /^(?:yes|yep|yeah|partially|partly|partial|true)\b/i;
/** Work done, said of whatever the disclosure names: "X was used to ...", "helped me", "wrote most of it". */
const DID_WORK =
  /\b(?:was|were)\s+(?:\w+\s+){0,2}?used\b|\b(?:helped|assisted)\s+(?:me|us|with|in)\b|\b(?:wrote|written|drafted|generated|implemented|authored|created|did|made)\s+(?:\w+ly\s+)?(?:(?:by|with)\s+|(?:this|the|it|most|all|some|much|parts?|these|that|everything)\b)/i;
const SELF_MADE = /\b(?:by hand|myself|ourselves|by me|by us|hand[- ]written|manually|human[- ]written)\b/i;

/** Does an answer say AI was used? Undefined when it does not say either way. */
function answerSaysAi(answer: string, options: AttributionOptions): boolean | undefined {
  const a = answer.replace(MARKUP, '').replace(/^[\s:.–—-]+/, '').trim();
  if (!a || UNFILLED.test(a)) return undefined;
  if (NEGATIVE_START.test(a) || NEGATIVE.test(a)) return false;
  if (YES.test(a) || AI_ANYWHERE.test(a) || toolMentions(a, options).length || findModel(a)) return true;
  // "Sol-5.6 was used extensively to write the code": a disclosure that something did the work.
  if (DID_WORK.test(a) && !SELF_MADE.test(a)) return true;
  return undefined;
}

/** "Disclosure: Claude wrote this code ..." — an AI at the start, then a verb of work. */
function plainSaysAi(answer: string, options: AttributionOptions): boolean {
  const a = answer.replace(MARKUP, '').trim();
  return aiAt(a, options) && DID_WORK.test(a) && !NEGATIVE.test(a);
}

const isHeading = (l: ReadableLine): boolean => /^#{1,6}\s/.test(l.text);

/** Lines of the paragraph after `index` (the answer to a heading that has nothing after it). */
function nextParagraph(lines: ReadableLine[], index: number): ReadableLine[] {
  const first = lines[index + 1];
  if (!first || isHeading(first)) return [];
  return lines.slice(index + 1).filter((l) => l.paragraph === first.paragraph && !isHeading(l));
}

function restOfParagraph(lines: ReadableLine[], index: number): ReadableLine[] {
  const p = lines[index]!.paragraph;
  const out: ReadableLine[] = [];
  for (const l of lines.slice(index + 1)) {
    if (l.paragraph !== p || isHeading(l)) break;
    out.push(l);
  }
  return out;
}

export function disclosureSections(lines: ReadableLine[], options: AttributionOptions): DisclosureFound[] {
  const out: DisclosureFound[] = [];
  lines.forEach((line, i) => {
    const text = line.text.replace(MARKUP, '');
    const m = SECTION.exec(text) ?? QUESTION.exec(text);
    const plain = m ? undefined : PLAIN.exec(text);
    if (!m && !plain) return;
    const sameLine = (m ?? plain)![1]!.trim();
    const answerLines = sameLine ? restOfParagraph(lines, i) : nextParagraph(lines, i);
    const answer = [sameLine, ...answerLines.map((l) => l.text)].filter(Boolean).join(' ').replace(MARKUP, '');
    const says = m ? answerSaysAi(answer, options) : plainSaysAi(answer, options);
    if (says) out.push(...found(`${text} ${sameLine ? '' : answer}`.trim(), answer, options));
  });
  return out;
}
