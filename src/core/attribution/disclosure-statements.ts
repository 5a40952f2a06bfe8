/**
 * Sentences that say the change was made with AI, wherever they stand: "this commit was made with the
 * assistance of AI (...)", "This PR was written with the assistance of ...", "I used Gemini CLI to
 * fix ...", "debugging code written by Claude", "Claude wrote this code", "AI generated bug fix". What
 * follows the verb must be an AI word, a tool or a model, so "add Claude API client" or "support
 * gpt-4o" never fire, and a negation before the verb ("without the help of AI") cancels it.
 */
import { aiAt, aiPrefix, found, MARKUP, type DisclosureFound } from './disclosure-named.js';
import type { AttributionOptions } from './types.js';

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
  { re: /(?:^|[.!]\s+)\[?(?:AI[- ])?(?:developed|generated|written|created|authored|drafted|built|implemented|crafted|made|code)\s+(?:with|using|by)\s+/gi },
  // "debugging code written by Claude", "translations ... translated with ChatGPT-5", "tests generated with Copilot".
  {
    re: /\b(?:code|tests?|changes?|fix(?:es)?|implementation|patch|commit|PR|docs?|documentation|translations?|comments?|refactor(?:ing)?|scaffold(?:ing)?|scripts?|boilerplate|examples?)\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:(?:entirely|mostly|largely|fully|partly|partially|initially)\s+)?(?:written|generated|created|authored|drafted|produced|made|done)\s+(?:by|with|using|via)\s+/gi,
  },
  { re: /\b(?:translated|ported|converted|transpiled)\s+(?:\w+\s+){0,2}?(?:with|using|by|via)\s+/gi },
];

/** "AI generated bug fix", "Purely LLM output, not reviewed yet.": the text calls itself AI output. */
const SELF_DESCRIBED =
  /(?:^|[.!(]\s*)\[?(?:(?:purely|entirely|fully|mostly|largely|completely)\s+)?(?:AI|LLM)[- ](?:generated|crafted|written|authored|assisted|created|output)\b(?:\s+(?:(?:bug\s+)?fix(?:es)?|changes?|commit|patch|code|update|refactor(?:ing)?|implementation|tests?|docs?|by\b|with\b|using\b|via\b)|\s*[.,;\]]|\s*$)/i;

/** "Claude wrote this code", "Amp wrote most of the C headers", "Codex (gpt-5) implemented the fix". */
const SENTENCE_START = /(?:^|[.!?:;]\s+)/g;
const ACTOR_VERB =
  /^(?:\s*\([^)]*\))?\s+(?:also\s+|then\s+)?(?:wrote|generated|implemented|authored|drafted|created|produced|refactored|did|made|ported|translated|rewrote|wrote up)\s+(?:this|the|it|most|all|some|these|that|a|an|its|much|parts?|every|nearly|almost|basically|everything)\b/i;

function actorStatements(text: string, options: AttributionOptions): DisclosureFound[] {
  const out: DisclosureFound[] = [];
  for (const m of text.matchAll(SENTENCE_START)) {
    const at = m.index + m[0].length;
    const length = aiPrefix(text.slice(at), options);
    if (!length || !ACTOR_VERB.test(text.slice(at + length))) continue;
    const sentence = text.slice(at).split(/(?<=[.!?])\s/)[0]!;
    out.push(...found(sentence, sentence, options));
  }
  return out;
}

const NEGATED_BEFORE = /\b(?:no|not|without|never|n['’]t)\b[^.?!]{0,25}$/i;

export function disclosureStatements(paragraphs: { text: string }[], options: AttributionOptions): DisclosureFound[] {
  const out: DisclosureFound[] = [];
  for (const p of paragraphs) {
    const text = p.text.replace(MARKUP, '');
    out.push(...actorStatements(text, options));
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
        out.push(...found(value, object, options, text));
      }
    }
  }
  return out;
}

