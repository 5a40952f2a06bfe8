/** What an AI disclosure names: the tools, the model, or only "AI". Shared by disclosure sections and sentences. */
import { UNSPECIFIED_TOOL } from './catalogue.js';
import { findModel, modelLengthAtStart } from './models.js';
import { toolMentions, toolNameLengthAtStart } from './tool-names.js';
import type { AttributionOptions } from './types.js';

export interface DisclosureFound {
  /** The statement as read, one line. */
  value: string;
  tool: string;
  model?: string;
}

export const MARKUP = /[*_`]/g;

/** Words that name AI without naming a tool, at the start of a text. */
const AI_WORDS =
  /^(?:an?\s+|the\s+)?(?:generative\s+AI|gen-?AI|AI|LLMs?|large language models?|(?:AI|coding|LLM)[- ](?:tools?|assistants?|agents?|models?|coding (?:tools?|assistants?|agents?)))\b/i;

/** Tools named outside the model's name, and the model; a model alone names its family's assistant. */
function named(text: string, options: AttributionOptions): { tools: string[]; model?: string } {
  const model = findModel(text);
  const masked = model ? text.slice(0, model.index) + ' '.repeat(model.model.length) + text.slice(model.index + model.model.length) : text;
  const tools = [...new Set(toolMentions(masked, options).map((m) => m.tool))];
  if (!tools.length && model?.family.tool) tools.push(model.family.tool);
  return { tools, ...(model ? { model: model.model } : {}) };
}

/**
 * One finding per tool the statement names; `context` (the paragraph) is read for a tool when the
 * statement's own words name only "AI" ("changes made by the AI tool").
 */
export function found(value: string, text: string, options: AttributionOptions, context?: string): DisclosureFound[] {
  const own = named(text, options);
  const around = !own.tools.length && context ? named(context, options) : undefined;
  const tools = around ? around.tools : own.tools;
  const model = own.model ?? around?.model;
  const one = value.length > 200 ? `${value.slice(0, 197)}...` : value;
  return (tools.length ? tools : [UNSPECIFIED_TOOL]).map((tool) => ({ value: one, tool, ...(model ? { model } : {}) }));
}

/** How many characters of `rest` name an AI (an AI word, a tool or a model) at its start; 0 when none does. */
export function aiPrefix(rest: string, options: AttributionOptions): number {
  const skipped = /^[\s[(`*_"']*(?:(?:the|an?)\s+)?/i.exec(rest)![0].length;
  const r = rest.slice(skipped);
  const word = AI_WORDS.exec(r)?.[0].length ?? 0;
  const head = r.slice(0, 40);
  const length = Math.max(word, toolNameLengthAtStart(head, options), modelLengthAtStart(head));
  return length ? skipped + length : 0;
}

/** Does the text start with an AI word, a tool or a model? */
export function aiAt(rest: string, options: AttributionOptions): boolean {
  return aiPrefix(rest, options) > 0;
}
