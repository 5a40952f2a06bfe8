/**
 * Model names, told apart from tools: `Assisted-by: Claude:claude-opus-4-6` names the tool Claude and
 * the model claude-opus-4-6; `Assisted-by: Claude Opus 4.6` names only a model. Data, one row per
 * family. A family's `tool` is the assistant sold under the same name (Claude, Gemini); families whose
 * models reach people through many tools (GPT, Llama, DeepSeek ...) name none, so a bare model id is
 * an "unknown AI tool".
 *
 * These patterns are only consulted where the text already says "AI" by its position (an
 * `Assisted-by:` value, a co-author's name, an AI disclosure): a model name alone in prose ("support
 * gpt-4o in the client") is never evidence.
 */

import { matchesAtStart } from './match-at-start.js';

interface ModelFamily {
  family: string;
  /** The tool a bare model of this family points to, when the family is also a product. */
  tool?: string;
  /** Each match is one model name; the longest match in a value wins. */
  patterns: RegExp[];
}

/** A version: digits with dots, dashes or a `p` between them (`4.6`, `4-6`, `k2p6`). */
const V = String.raw`\d+(?:[.\-p]\d+)*`;
/** Qualifiers that follow a model name: size, date, release channel, context, reasoning effort. */
const TAIL = String.raw`(?:[-_.:/ ](?:\d{6,8}|latest|preview|exp(?:-\d{2}-\d{2})?|thinking|instruct|mini|nano|pro|flash|lite|max|turbo|high|xhigh|low|medium|codex|coder|chat|\d+[bk]|free))*`;
/** A parenthesised qualifier kept with the model: `(1M context)`, `(High)`, `(200K context, high effort)`. */
const PAREN = String.raw`(?:\s*\((?:\d+[KkMm]\s+context[^)]*|[Hh]igh|[Mm]edium|[Ll]ow|[Pp]review|[Tt]hinking)\))?`;

function re(body: string): RegExp {
  return new RegExp(body, 'i');
}

const MODEL_FAMILIES: readonly ModelFamily[] = [
  {
    // claude-opus-4-6, claude-3.5-sonnet, claude-sonnet-4-5-20250929, Claude Opus 4.5, Claude Fable 5, Opus 4.6.
    family: 'Claude',
    tool: 'Claude',
    patterns: [
      re(String.raw`\bclaude-(?:\d[\w.]*-)?(?:opus|sonnet|haiku|instant|fable)(?:-${V})?${TAIL}`),
      re(String.raw`\bclaude[- ](?:${V}[- ])?(?:opus|sonnet|haiku|fable)(?:[- ]${V})?${TAIL}${PAREN}`),
      re(String.raw`\b(?:opus|sonnet|haiku)[- ]${V}${TAIL}${PAREN}`),
      re(String.raw`\bclaude-${V}(?:-[a-z]+)*`),
    ],
  },
  {
    // gemini-2.5-pro, gemini-3.1-pro-preview, Gemini 3 Flash (Preview), Gemini 3.1 Pro (High).
    family: 'Gemini',
    tool: 'Gemini',
    patterns: [re(String.raw`\bgemini[- ]${V}(?:[- ](?:pro|flash|ultra|nano|lite))*${TAIL}${PAREN}`)],
  },
  {
    // gpt-4o, GPT-5, gpt-5.2-codex, GPT-5.6, o3, o4-mini.
    family: 'GPT',
    patterns: [re(String.raw`\bgpt-?${V}o?${TAIL}`), /\bo[134](?:-(?:mini|pro|preview|high))+\b/i, /\bo[134]\b(?=\s*$)/i],
  },
  { family: 'Qwen', tool: 'Qwen Code', patterns: [re(String.raw`\bqwen${V}?(?:[-.]${V})?(?:-[a-z0-9.]+)*`)] },
  { family: 'DeepSeek', patterns: [re(String.raw`\bdeepseek(?:[- ](?:v${V}|r\d|coder|chat|reasoner))+(?:[- ](?:pro|flash|lite|:free))*(?::free)?`)] },
  { family: 'Kimi', tool: 'Kimi Code', patterns: [re(String.raw`\bkimi[- ]?k${V}(?:[- ](?:thinking|turbo|instruct))*`)] },
  { family: 'Grok', patterns: [re(String.raw`\bgrok[- ]?${V}(?:[- ](?:fast|mini|code|heavy))*`), /\bgrok-code-fast\b/i] },
  { family: 'GLM', patterns: [re(String.raw`\bglm-?${V}(?:[- ](?:air|flash|plus))*`)] },
  { family: 'Llama', patterns: [re(String.raw`\b(?:code)?llama[- ]?${V}${TAIL}`)] },
  { family: 'Mistral', patterns: [/\b(?:codestral|devstral|magistral)(?:[- ][\w.]+)?\b/i, re(String.raw`\bmistral[- ](?:large|medium|small)(?:[- ]${V})?`)] },
  { family: 'MiniMax', patterns: [re(String.raw`\bminimax[- ]m${V}`)] },
];

export interface ModelMatch {
  model: string;
  family: ModelFamily;
  index: number;
}

/** The longest model name in `text`, or undefined. */
export function findModel(text: string): ModelMatch | undefined {
  let best: ModelMatch | undefined;
  for (const family of MODEL_FAMILIES) {
    for (const p of family.patterns) {
      const m = p.exec(text);
      if (m && (!best || m[0].length > best.model.length)) best = { model: m[0].trim(), family, index: m.index };
    }
  }
  return best;
}

/**
 * The length of the model name `text` starts with, when the longest model name in it starts there
 * (as `findModel` picks it), or 0. One anchored try per pattern first: when none matches at the start,
 * no name found further on can be the one that starts there.
 */
export function modelLengthAtStart(text: string): number {
  const could = MODEL_FAMILIES.some((family) => family.patterns.some((p) => matchesAtStart(p, text)));
  const m = could ? findModel(text) : undefined;
  return m?.index === 0 ? m.model.length : 0;
}

/** True when `text`, trimmed of markup, is nothing but a model name (a co-author called "Claude Opus 4.8"). */
export function isModelName(text: string): boolean {
  const t = text.replace(/[`*_]/g, '').trim();
  const m = findModel(t);
  return m !== undefined && m.index === 0 && m.model.length >= t.length - 1;
}
