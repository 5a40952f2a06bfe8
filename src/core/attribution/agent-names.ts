/**
 * Names that are an agent's whatever address they carry, because no person bears them: a `[bot]`
 * login, a catalogue agent name ("Claude Code", "Cursor Agent"), a model ("Claude Opus 4.8",
 * "gpt-5.3-codex"), a tool with a model ("Kimi K2.5 via Crush", "Claude:claude-opus-4-6", "Jane
 * (claude-sonnet-4)"), a tool's agent ("Cline Cloud Agent"), or "AI Agent". A first name a person may
 * have ("Claude", "Devin", "Jules") is never enough on its own.
 */
import { AI_TOOLS, UNSPECIFIED_TOOL } from './catalogue.js';
import { findModel, isModelName } from './models.js';
import { toolNamedExactly, toolNamedIn } from './tool-names.js';
import type { AttributionOptions } from './types.js';

export interface NameMatch {
  tool: string;
  model?: string;
}

const NO_OPTIONS: AttributionOptions = { identities: [], trailers: [], labels: [] };

/** "AI Agent", "LLM Bot", "AI Builder". */
const GENERIC_AI_NAME = /^(?:(?:an?|the|my)\s)?(?:AI|LLM)[\s-](?:agent|assistant|bot|builder|coder|developer|programmer)$/i;
/** "<tool> Agent", "<tool> Cloud Agent", "<tool>-bot". */
const TOOL_AGENT = /^(.+?)[\s-](?:(?:cloud|coding|background)[\s-])?(?:agent|bot|ai)$/i;
/**
 * Lower-case tool words that tools append to a user's name in parentheses, as Aider appends
 * " (aider)"; a company in parentheses ("Jane (OpenAI)", "Jane (Cursor)") is an employer, not a tool.
 */
const TOOL_SUFFIX_WORDS = new Set(['claude', 'claude code', 'claude-code', 'codex', 'copilot', 'gemini', 'chatgpt', 'opencode', 'crush', 'cline']);

/** The model a name carries: "Claude Opus 4.5", "aider (gpt-4o)", "OpenHands-GPT-5", "Kimi K2.7 Code". */
export function modelIn(name: string): string | undefined {
  const paren = /\(([^()]+)\)\s*$/.exec(name);
  if (paren && findModel(paren[1]!)) return paren[1]!.trim();
  return findModel(name)?.model;
}

function withModelTool(model: ReturnType<typeof findModel>, fallback?: string): NameMatch {
  return { tool: fallback ?? model?.family.tool ?? UNSPECIFIED_TOOL, ...(model ? { model: model.model } : {}) };
}

export function agentName(name: string, loginMatchesBot: (n: string) => string | undefined): NameMatch | undefined {
  const n = name.trim();
  if (!n) return undefined;
  if (n.endsWith('[bot]')) {
    const tool = loginMatchesBot(n);
    if (tool) return { tool };
  }
  for (const t of AI_TOOLS) if (t.agentNames.some((re) => re.test(n))) return { tool: t.tool };
  // A product name of more than one word is no one's name: "Gemini Code Assist", "Amazon Q Developer".
  const product = AI_TOOLS.find((t) => t.tool.includes(' ') && t.tool.toLowerCase() === n.toLowerCase());
  if (product) return { tool: product.tool };
  if (isModelName(n)) return withModelTool(findModel(n));
  if (GENERIC_AI_NAME.test(n)) return { tool: UNSPECIFIED_TOOL };

  // "Kimi K2.5 via Crush", "claude-sonnet-4-6 via Crush".
  const via = /^(.+?)\s+via\s+(.+)$/i.exec(n);
  const viaTool = via && toolNamedExactly(via[2]!, NO_OPTIONS);
  if (viaTool) return { tool: viaTool, ...(findModel(via[1]!) ? { model: findModel(via[1]!)!.model } : {}) };
  // "Claude:Qwen3-Coder-Next-4bit": the kernel's AGENT:MODEL as a name.
  const kernel = /^([^\s:]+):(\S+)$/.exec(n);
  const kernelTool = kernel && toolNamedExactly(kernel[1]!, NO_OPTIONS);
  if (kernelTool) return { tool: kernelTool, model: kernel[2]! };
  // "Jane (claude-sonnet-4-20250514)", "Greg (claude)": a tool's mark after the user's name.
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(n);
  if (paren) {
    const inside = paren[2]!.trim();
    if (isModelName(inside)) return withModelTool(findModel(inside));
    if (TOOL_SUFFIX_WORDS.has(inside.toLowerCase())) return { tool: toolNamedIn(inside, NO_OPTIONS) ?? UNSPECIFIED_TOOL };
  }
  // "Antigravity Agent", "Cline Cloud Agent", "Roo Code Agent".
  const agent = TOOL_AGENT.exec(n);
  const agentTool = agent && toolNamedExactly(agent[1]!, NO_OPTIONS);
  if (agentTool) return { tool: agentTool };
  // An account-style name built around a model, "zen-ai-kiro-sonnet-4", "OpenHands-GPT-5".
  const inToken = /^[\w.-]+$/.test(n) ? findModel(n) : undefined;
  if (inToken && /(?:^|[-_.])$/.test(n.slice(0, inToken.index)) && /^(?:$|[-_.])/.test(n.slice(inToken.index + inToken.model.length))) {
    return withModelTool(inToken, toolNamedIn(n.replace(inToken.model, ' '), NO_OPTIONS));
  }
  return undefined;
}
