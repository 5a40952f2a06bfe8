/**
 * AI disclosures written in words rather than trailers:
 *
 * - sections a project's policy or template asks for: "## AI Disclosure", "AI usage disclosure: ...",
 *   "**AI Disclosure:** ..." (ghostty's AI_POLICY.md), and template questions such as Apache's
 *   "Was this patch authored or co-authored using generative AI tooling?", with the answer that
 *   follows on the same line or in the next paragraph;
 * - sentences that say the change was made with AI: "this commit was made with the assistance of AI
 *   (...)", "This PR was written with the assistance of ...", "I used Gemini CLI to ...".
 *
 * An answer of "No", "None", "Manual", "No AI was used" is no evidence; neither is an unfilled
 * template. A sentence counts only when it says the work was done with an AI, so "add Claude API
 * client" or "support gpt-4o" never fire.
 */
import type { ReadableLine } from '../git-text/readable-lines.js';
import { toolMentions } from './catalogue-match.js';
import { UNSPECIFIED_TOOL } from './catalogue.js';
import { findModel } from './models.js';
import type { AttributionOptions } from './types.js';

export interface DisclosureFound {
  /** The statement as read, one line. */
  value: string;
  tool: string;
  model?: string;
}

const MARKUP = /[*_`]/g;

/** A heading or label that opens an AI disclosure; group 1 is what follows it on the same line. */
const SECTION =
  /^(?:#{1,6}\s*)?(?:[-*+]\s+)?(?:generative\s+|gen-?)?(?:AI|LLM|A\.I\.)(?:[\s-]+(?:usage|use|assistance|assisted|tools?|tooling|involvement|generated|generation|contribution))?[\s-]+(?:disclosure|statement|declaration|usage|use|assistance|involvement|notice)\b(?:\s*\([^)]*\))?(?:\s+(?:per|under|as per)\s+\S+)?\s*[:.–—-]?\s*(.*)$/i;
/** A template question about AI use; group 1 is an answer on the same line. */
const QUESTION = /\b(?:was|were|is|did|does|has|have)\b[^?]{0,100}\b(?:generative\s+AI|AI|LLMs?|A\.I\.)\b[^?]{0,80}\?\s*(.*)$/i;

/** An answer that says no AI was used. */
const NEGATIVE_START = /^(?:no\b|nope\b|none\b|n\/?a\b|not\s+(?:used|applicable|at all)\b|manual(?:ly)?\b|human[- ]written\b|0\s*%|nothing\b|never\b)/i;
const NEGATIVE =
  /\b(?:no|zero|without(?: (?:any|the use of))?)\s+(?:AI|LLMs?|generative|gen-?AI|AI[- ]tools?)\b|\b(?:did(?:n['’]?t| not)|do(?:n['’]?t| not)|was(?:n['’]?t| not)|were(?:n['’]?t| not)|is(?:n['’]?t| not)|have(?:n['’]?t| not)|never)\s+(?:\w+\s+){0,3}?(?:use[ds]?|using|involved?|assisted|generated)\b/i;
/** A template left as it came: "Yes / No", unticked boxes. */
const UNFILLED = /\byes\s*[/|]\s*no\b|\[\s\]/i;

/** Words that name AI without naming a tool. */
const AI_WORDS =
  /^(?:an?\s+|the\s+)?(?:generative\s+AI|gen-?AI|AI|LLMs?|large language models?|(?:AI|coding|LLM)[- ](?:tools?|assistants?|agents?|models?|coding (?:tools?|assistants?|agents?)))\b/i;
const AI_ANYWHERE = /\b(?:AI|LLMs?|generative AI|AI-(?:assisted|generated))\b/;
const YES = /^(?:yes|yep|yeah|partially|partly|partial|true)\b/i;
const DID_WORK = /\b(?:was|were)\s+(?:\w+\s+){0,2}?used\b|\b(?:helped|assisted|generated|drafted|wrote)\b/i;
const SELF_MADE = /\b(?:by hand|myself|ourselves|by me|by us|hand[- ]written|manually|human[- ]written)\b/i;

/** What a disclosure names: tools outside model names, and the model. */
function named(text: string, options: AttributionOptions): { tools: string[]; model?: string } {
  const model = findModel(text);
  const masked = model ? text.slice(0, model.index) + ' '.repeat(model.model.length) + text.slice(model.index + model.model.length) : text;
  const tools = [...new Set(toolMentions(masked, options).map((m) => m.tool))];
  if (!tools.length && model?.family.tool) tools.push(model.family.tool);
  return { tools, ...(model ? { model: model.model } : {}) };
}

function found(value: string, text: string, options: AttributionOptions): DisclosureFound[] {
  const { tools, model } = named(text, options);
  const one = value.length > 200 ? `${value.slice(0, 197)}...` : value;
  return (tools.length ? tools : [UNSPECIFIED_TOOL]).map((tool) => ({ value: one, tool, ...(model ? { model } : {}) }));
}

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

/** Lines of the paragraph after `index` (the answer to a heading that has nothing after it). */
function nextParagraph(lines: ReadableLine[], index: number): ReadableLine[] {
  const after = lines.slice(index + 1);
  const first = after[0];
  if (!first || /^#{1,6}\s/.test(first.text)) return [];
  return after.filter((l) => l.paragraph === first.paragraph && !/^#{1,6}\s/.test(l.text));
}

function restOfParagraph(lines: ReadableLine[], index: number): ReadableLine[] {
  const p = lines[index]!.paragraph;
  const out: ReadableLine[] = [];
  for (const l of lines.slice(index + 1)) {
    if (l.paragraph !== p || /^#{1,6}\s/.test(l.text)) break;
    out.push(l);
  }
  return out;
}

function sections(lines: ReadableLine[], options: AttributionOptions): DisclosureFound[] {
  const out: DisclosureFound[] = [];
  lines.forEach((line, i) => {
    const text = line.text.replace(MARKUP, '');
    const m = SECTION.exec(text) ?? QUESTION.exec(text);
    if (!m) return;
    const sameLine = m[1]!.trim();
    const answerLines = sameLine ? restOfParagraph(lines, i) : nextParagraph(lines, i);
    const answer = [sameLine, ...answerLines.map((l) => l.text)].filter(Boolean).join(' ').replace(MARKUP, '');
    if (answerSaysAi(answer, options)) out.push(...found(`${text} ${sameLine ? '' : answer}`.trim(), answer, options));
  });
  return out;
}

/** What follows a statement's verb: an AI word, a tool or a model, at its start. */
function aiAt(rest: string, options: AttributionOptions): boolean {
  const r = rest.replace(/^[\s[(`*_"']+/, '').replace(/^(?:the|an?)\s+/i, '');
  if (AI_WORDS.test(r)) return true;
  if (toolMentions(r.slice(0, 40), options).some((t) => t.index === 0)) return true;
  return findModel(r.slice(0, 40))?.index === 0;
}

const TASKS =
  /^(?:to\s+(?:help\s+(?:me\s+)?)?(?:write|rewrite|fix|implement|generate|draft|refactor|debug|investigate|create|port|translate|convert|add|update|clean|format|produce|build|figure|find|do|make|code|assist|prepare|review|research|understand|analy[sz]e|test|fill|batch|remove|rename|migrate|design|plan|scaffold)|for\s+(?:this|the|writing|most|parts?|help|assistance|coding|implementing|drafting|debugging)|and\s+(?:then\s+)?(?:reviewed|revised|edited|checked))\b/i;

/** Sentence openings that say the work was done with an AI; what follows must name one. */
const STATEMENTS: { re: RegExp; needsTask?: boolean }[] = [
  { re: /\b(?:with|using|via|through)\s+(?:the\s+)?(?:help|assistance|aid|support)\s+(?:of|from)\s+/gi },
  { re: /\bwith\s+(?=(?:an?\s+)?(?:AI|LLM|generative AI)[\s-]+(?:assistance|help|support)\b)/gi },
  { re: /\b(?:I|we)\s+(?:have\s+|had\s+)?(?:used|asked|let|prompted|employed|leveraged|got|had)\s+/gi, needsTask: true },
  { re: /(?:^|[.!]\s+)(?:\w+\s+)?used\s+/gi, needsTask: true },
  {
    re: /\b(?:this|the|these|that|it|most|all|much|some|parts?|majority|bulk)\b[^.?!]{0,60}?\b(?:was|were|is|are|has been|have been)\s+(?:\w+\s+){0,2}?(?:written|generated|created|authored|co-authored|drafted|developed|produced|prepared|made|implemented|assisted|done|built|coded|refactored|ported)\s+(?:\w+\s+){0,2}?(?:with|by|using|via|through|in collaboration with)\s+(?:the\s+(?:help|assistance)\s+of\s+)?/gi,
  },
  { re: /(?:^|[.!]\s+)\[?(?:AI[- ])?(?:developed|generated|written|created|authored|drafted|built|implemented|crafted|made)\s+(?:with|using|by)\s+/gi },
];

/** "AI generated bug fix", "Purely LLM output, not reviewed yet.": the text calls itself AI output. */
const SELF_DESCRIBED =
  /(?:^|[.!]\s+)\[?(?:(?:purely|entirely|fully|mostly|largely|completely)\s+)?(?:AI|LLM)[- ](?:generated|crafted|written|authored|assisted|created|output)\b(?:\s+(?:(?:bug\s+)?fix(?:es)?|changes?|commit|patch|code|update|refactor(?:ing)?|implementation|tests?|docs?|by\b|with\b|using\b|via\b)|\s*[.,;\]]|\s*$)/i;

const NEGATED_BEFORE = /\b(?:no|not|without|never|n['’]t)\b[^.?!]{0,25}$/i;

function statements(paragraphs: { text: string }[], options: AttributionOptions): DisclosureFound[] {
  const out: DisclosureFound[] = [];
  for (const p of paragraphs) {
    const text = p.text.replace(MARKUP, '');
    const self = SELF_DESCRIBED.exec(text);
    if (self) {
      const sentence = text.slice(self.index).replace(/^[.!]\s+/, '').split(/(?<=[.!?])\s/)[0]!;
      out.push(...found(sentence, sentence, options));
    }
    for (const { re, needsTask } of STATEMENTS) {
      for (const m of text.matchAll(re)) {
        const start = m.index + m[0].length;
        const rest = text.slice(start);
        if (!aiAt(rest, options)) continue;
        if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length - (m[0].match(/\S+\s*$/)?.[0].length ?? 0)))) continue;
        const sentenceEnd = rest.search(/[.!?](?:\s|$)/);
        const object = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest.slice(0, 160);
        if (needsTask) {
          const afterObject = /^(?:an?\s+|the\s+)?(?:[\w.:/-]+(?:\s+(?:code|cli|agent|ai|assistant|pro|flash|opus|sonnet|haiku|[\d.]+|\([^)]*\)))*)\s+(.*)$/i.exec(object.replace(/^[\s[(`"']+/, ''));
          if (!afterObject || !TASKS.test(afterObject[1]!)) continue;
        }
        const sentenceStart = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
        const value = text.slice(sentenceStart, start + (sentenceEnd >= 0 ? sentenceEnd + 1 : object.length)).trim();
        out.push(...found(value, object, options));
      }
    }
  }
  return out;
}

export function disclosuresIn(lines: ReadableLine[], paragraphs: { text: string }[], options: AttributionOptions): DisclosureFound[] {
  return [...sections(lines, options), ...statements(paragraphs, options)];
}
