/**
 * Reading a tool and a model out of the value of an `Assisted-by:`, `Generated-by:` or similar line,
 * in the shapes projects write them:
 *
 * - `AGENT:MODEL [tool ...]` (Linux kernel): `Claude:claude-opus-4-6 coccinelle`, `Codex:GPT-5`
 * - `MODEL via TOOL <email>` (Crush): `Kimi K2.5 via Crush <crush@charm.land>`
 * - `` `MODEL` on `TOOL` `` (Apache Spark): `` `Gemini 3 Pro (High)` on `Antigravity` ``
 * - `TOOL (MODEL)`, `TOOL with MODEL`, `TOOL MODEL`: `Cursor (claude-3.5-sonnet)`, `claude-code sonnet 4.6`
 * - `Name <email>` identities: `Claude Sonnet 4.6 <noreply@anthropic.com>`
 * - a model alone: `Claude Opus 4.6` names the model, and the tool only as its family's assistant
 *   ("Claude"), never a particular client such as Claude Code.
 */
import { matchIdentity, parsePerson, toolMentions, toolNamedIn } from './catalogue-match.js';
import { findModel } from './models.js';
import type { AttributionOptions } from './types.js';

export interface ToolValue {
  tool?: string;
  model?: string;
  /** The value is a person who is not an AI identity (`Jane Doe <jane@example.com>`). */
  person?: boolean;
}

const MARKUP = /[`*_]/g;

function clean(value: string): string {
  return value.replace(MARKUP, '').replace(/[.;,]+\s*$/, '').trim();
}

function modelOf(text: string): string | undefined {
  const t = clean(text).replace(/^\(|\)$/g, '').trim();
  if (!t) return undefined;
  return findModel(t)?.model;
}

/** The tool a text names, or the assistant of the model family it names. */
function toolOf(text: string, options: AttributionOptions): string | undefined {
  return toolNamedIn(text, options) ?? findModel(text)?.family.tool;
}

export function readToolValue(raw: string, options: AttributionOptions): ToolValue {
  const value = clean(raw);
  if (!value) return {};

  const person = parsePerson(value);
  if (person.email) {
    const m = matchIdentity(person, options);
    if (m) return { tool: m.tool, ...(m.model ? { model: m.model } : {}) };
    const inner = readToolValue(person.name, options);
    // A person's name that happens to contain a tool's name ("Jeremy Cline") is still a person.
    return inner.model || (inner.tool && toolMentions(person.name, options).some((t) => t.index === 0 && t.length === person.name.length))
      ? inner
      : { person: true };
  }

  const via = /^(.+?)\s+(?:via|through|using)\s+(.+)$/i.exec(value);
  if (via && toolNamedIn(via[2]!, options)) return { tool: toolNamedIn(via[2]!, options), model: modelOf(via[1]!) ?? clean(via[1]!) };

  const on = /^(.+?)\s+on\s+(.+)$/i.exec(value);
  if (on && toolNamedIn(on[2]!, options)) return { tool: toolNamedIn(on[2]!, options), model: modelOf(on[1]!) ?? clean(on[1]!) };

  const kernel = /^([^\s:]+):\s*(\S.*)$/.exec(value);
  if (kernel && !/^https?$/i.test(kernel[1]!)) {
    const rest = kernel[2]!.trim();
    const first = rest.split(/\s+/)[0]!;
    const tool = toolOf(kernel[1]!, options);
    // The model is the first word when a model name is in it (`accounts/fireworks/models/kimi-k2p6`).
    const recognised = findModel(first) ? first : modelOf(rest);
    // An unknown agent's model is kept as written; without a tool the value may be a path or a URN.
    const model = recognised ?? (tool ? (/\s/.test(rest) ? rest : first) : undefined);
    return { ...(tool ? { tool } : {}), ...(model ? { model } : {}) };
  }

  const paren = /^(.+?)\s*\(([^()]+)\)\s*(.*)$/.exec(value);
  if (paren && toolNamedIn(paren[1]!, options)) {
    return { tool: toolNamedIn(paren[1]!, options), model: modelOf(paren[2]!) ?? modelOf(paren[1]!) };
  }

  const model = findModel(value);
  const outside = model ? value.slice(0, model.index) + ' '.repeat(model.model.length) + value.slice(model.index + model.model.length) : value;
  const tool = toolNamedIn(outside, options) ?? model?.family.tool;
  return { ...(tool ? { tool } : {}), ...(model ? { model: model.model } : {}) };
}
