/**
 * Disclosure sentences ask, at every sentence start, whether a tool or model name starts there. The
 * quick answers (one anchored try per pattern before any scan) must equal what a scan of the whole
 * text with `toolMentions` and `findModel` gives, on text made of the names themselves, their parts,
 * near misses and the characters around them, with and without the policy's own tool names.
 */
import fc from 'fast-check';
import { AI_TOOLS } from '../../src/core/attribution/catalogue.js';
import { findModel, modelLengthAtStart } from '../../src/core/attribution/models.js';
import { toolMentions, toolNameLengthAtStart } from '../../src/core/attribution/tool-names.js';
import type { AttributionOptions } from '../../src/core/attribution/types.js';
import { NO_OPTIONS } from '../attribution/build.js';
import { hostileString } from './support/hostile.js';
import { params } from './support/fuzz.js';

/** Names as the catalogue and commit messages write them, and words that nearly are. */
const NAMES = [
  'Claude', 'claude code', 'Claude Code', 'GitHub Copilot', 'copilot agent', 'Copilot', 'Cursor', 'cursor agent', 'Aider', 'Codex',
  'OpenAI Codex CLI', 'ChatGPT', 'Devin', 'Jules', 'Gemini', 'Gemini CLI', 'gemini code assist', 'Amazon Q', 'Q Developer', 'Kiro', 'Amp',
  'ampcode', 'OpenHands', 'Sweep', 'sweep.dev', 'Windsurf', 'Codeium', 'GitLab Duo', 'Duo', 'Qwen Code', 'Crush', 'opencode', 'Continue',
  'Kimi Code', 'Roo Code', 'Cline', 'Factory', 'Warp AI', 'Augment Code', 'auggie', 'ellipsis.dev', 'forgecode', 'claude-flow', 'Pi',
  'Raspberry Pi', 'Pi 4', 'Junie', 'goose', 'Replit Agent', 'Lovable', 'Cosine Genie', 'mistral vibe', 'Kilo Code', 'CodeRabbit', 'Greptile',
  'claude-opus-4-6', 'Claude Opus 4.5', 'claude-3.5-sonnet', 'Sonnet 4.5', 'opus', 'gemini-2.5-pro', 'Gemini 3 Flash (Preview)', 'gpt-4o',
  'GPT-5', 'gpt-5.2-codex', 'o3', 'o4-mini', 'qwen3-coder', 'deepseek-r1', 'kimi-k2', 'grok-4', 'glm-4.6', 'llama-3', 'codestral',
  'mistral-large', 'minimax-m2', 'Clauded', 'Cursory', 'Codexes', 'copilots', 'gpt', 'AI', 'Acme Bot', 'acme bot 2',
];
const JOINS = [' ', '  ', '-', '_', '.', ', ', '. ', '(', ')', '[', ']', '"', "'", '`', '\n', '4', '.6', ' (1M context)', 'x', ''];

const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 3, arbitrary: fc.constantFrom(...JOINS) }, { weight: 1, arbitrary: hostileString(4) }), { maxLength: 8 })
  .map((parts) => parts.join('').slice(0, 40));

/** The policy's own tool names: matched as text, case aside, anywhere. */
const options = fc.constantFrom<AttributionOptions>(NO_OPTIONS, { ...NO_OPTIONS, identities: [{ name: 'acme-bot', tool: 'Acme Bot' }] });

describe('names at the start of a text', () => {
  it('the quick tool check equals the scan of the whole text', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const scanned = toolMentions(t, o).find((m) => m.index === 0)?.length ?? 0;
        expect([t, toolNameLengthAtStart(t, o)]).toEqual([t, scanned]);
      }),
      params(3000),
    );
  });

  it('the quick model check equals the longest model the whole text names, where it starts at 0', () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = findModel(t);
        expect([t, modelLengthAtStart(t)]).toEqual([t, m?.index === 0 ? m.model.length : 0]);
      }),
      params(3000),
    );
  });

  it('finds every name the catalogue knows at the start, as the scan does', () => {
    for (const tool of AI_TOOLS) {
      for (const name of NAMES.filter((n) => tool.namedAs.some((re) => re.exec(n)?.index === 0))) {
        const scanned = toolMentions(name, NO_OPTIONS).find((m) => m.index === 0)?.length ?? 0;
        expect([name, toolNameLengthAtStart(name, NO_OPTIONS), scanned > 0]).toEqual([name, scanned, true]);
      }
    }
    expect(toolNameLengthAtStart('Claude Code wrote this', NO_OPTIONS)).toBe('Claude Code'.length);
    expect(modelLengthAtStart('claude-opus-4-6 wrote this')).toBe('claude-opus-4-6'.length);
    expect(toolNameLengthAtStart('Raspberry Pi', NO_OPTIONS)).toBe(0);
  });
});
