/**
 * Every renderer over evaluations full of hostile text: nothing throws, nothing hangs, and what is
 * published is safe (see support/markdown-safety.ts for what that means, checked with markdown-it
 * rendering raw HTML as GitHub does). Evaluations come both assembled field by field and from the real
 * evaluate() over hostile commits, files, requests, policies, CODEOWNERS and findings.
 */
import fc from 'fast-check';
import { fitSections } from '../../src/core/render/fit.js';
import { findingsMarkdown, findingsText, type FindingsView } from '../../src/core/render/findings-section.js';
import { linkTarget } from '../../src/core/render/links.js';
import { renderMarkdown, summarySections } from '../../src/core/render/markdown.js';
import { STICKY_MARKER } from '../../src/core/render/marker.js';
import { mdCode, mdText, termText } from '../../src/core/render/escape.js';
import { signoffMarkdown, signoffText } from '../../src/core/render/signoff-section.js';
import { HEADLINE as WORDS, type SummaryInput } from '../../src/core/render/summary-model.js';
import { renderText } from '../../src/core/render/text.js';
import { hostileString } from './support/hostile.js';
import { COMMIT_URL, evaluatedInput, findingsView, oversightResult, summaryInput } from './support/evaluations.js';
import { onlyInputErrors, params, testTimeout } from './support/fuzz.js';
import { cellCount, safetyProblems, textNodes } from './support/markdown-safety.js';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true });
const inputs = fc.oneof(summaryInput, evaluatedInput);

/** Characters a terminal must not receive from hostile text: C0 (but newline), DEL, C1 and bidi controls. */
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const SGR = /\u001b\[\d+m/g;

function headlineWord(input: SummaryInput): 'PASS' | 'WARN' | 'FAIL' {
  return WORDS[input.evaluation.decision].word;
}

/**
 * The help pages the reports named, as the gate links them: the only links besides the platform's.
 * Each is the link target with its escaped ampersands read back, normalised as the Markdown renderer
 * writes an href (percent-encoding braces and the like).
 */
function helpLinks(findings: FindingsView | undefined): Set<string> {
  return new Set(
    (findings?.overThreshold ?? [])
      .map((f) => (f.helpUri === undefined ? undefined : linkTarget(f.helpUri)?.replace(/\\&/g, '&')))
      .map((t) => (t === undefined ? undefined : md.normalizeLink(t)))
      .filter((t): t is string => t !== undefined),
  );
}

describe('escaping primitives', () => {
  it(
    'mdText shows the text, flattened, and nothing else',
    () => {
      fc.assert(
        fc.property(hostileString(12), (value) => {
          const out = mdText(value);
          expect(safetyProblems(`x ${out}`)).toEqual([]);
          // What a reader sees is the input with line breaks shown as ⏎, controls as �, and zero-width spaces added.
          const seen = textNodes(md.renderInline(`x ${out}`)).join('').slice(2).replace(/\u200b/g, '');
          const expected = value.replace(/\r\n?|\n/g, ' ⏎ ').replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '�').replace(/\u200b/g, '');
          expect(seen).toBe(expected);
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'mdCode is one code span that keeps a table cell whole',
    () => {
      fc.assert(
        fc.property(hostileString(12), (value) => {
          const row = `| a | ${mdCode(value)} | b |`;
          expect(cellCount(row)).toBe(3);
          expect(safetyProblems(`| h1 | h2 | h3 |\n|---|---|---|\n${row}\n`)).toEqual([]);
          expect(mdCode(value)).not.toContain('<!--');
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it('mdCode survives a value with 300,000 backtick runs (more than a spread call can take)', () => {
    expect(mdCode('`a'.repeat(300_000)).startsWith('``')).toBe(true);
  });

  it(
    'termText leaves no control or bidi character',
    () => {
      fc.assert(fc.property(hostileString(12), (value) => expect(termText(value)).not.toMatch(TERMINAL_UNSAFE)), params(150));
    },
    testTimeout(),
  );
});

describe('the Markdown summary over hostile evaluations', () => {
  it(
    'renders, safely, with the gate’s own headline first',
    () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const r = onlyInputErrors(() => renderMarkdown(input));
          if (!r.ok) return;
          expect(safetyProblems(r.value, { headline: headlineWord(input), linkPrefix: COMMIT_URL, allowedLinks: helpLinks(input.evaluation.findings) })).toEqual([]);
          expect(r.value).not.toContain(STICKY_MARKER);
        }),
        params(100),
      );
    },
    testTimeout(),
  );

  it(
    'every section is safe on its own, and the sections make up the summary',
    () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const sections = summarySections(input);
          expect(sections.map((x) => x.markdown).join('\n')).toBe(renderMarkdown(input));
          for (const section of sections) {
            const links = { linkPrefix: COMMIT_URL, allowedLinks: helpLinks(input.evaluation.findings) };
            const problems = safetyProblems(section.markdown, section.id === 'headline' ? { headline: headlineWord(input), ...links } : links);
            expect({ id: section.id, problems }).toEqual({ id: section.id, problems: [] });
          }
        }),
        params(75),
      );
    },
    testTimeout(),
  );

  it(
    'the findings and sign-off sections alone',
    () => {
      fc.assert(
        fc.property(findingsView, oversightResult, (findings, oversight) => {
          expect(safetyProblems(findingsMarkdown(findings), { allowedLinks: helpLinks(findings) })).toEqual([]);
          expect(safetyProblems(signoffMarkdown(oversight))).toEqual([]);
          for (const line of [...findingsText(findings, (t) => t), ...signoffText(oversight)]) expect(line).not.toMatch(TERMINAL_UNSAFE);
        }),
        params(100),
      );
    },
    testTimeout(),
  );
});

describe('the terminal summary over hostile evaluations', () => {
  it(
    'has no control characters but its own colours, and no line hostile text started (no workflow commands)',
    () => {
      fc.assert(
        fc.property(inputs, fc.boolean(), (input, colour) => {
          const out = renderText(input, colour);
          expect(out.replace(SGR, '')).not.toMatch(TERMINAL_UNSAFE);
          if (!colour) expect(out).not.toContain('\u001b');
          // The log is read by the runner: a line starting with `::` or `##[` (after spaces) is a workflow command.
          for (const line of out.replace(SGR, '').split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
          // The verdict is the first line, and it is the gate's; a CI log is read from its end, so it is the last one too.
          const lines = out.replace(SGR, '').trimEnd().split('\n');
          expect(lines[0]).toMatch(new RegExp(`^(✅|⚠️|❌) AI governance gate: ${headlineWord(input)} — `));
          expect(lines[lines.length - 1]).toBe(lines[0]);
        }),
        params(100),
      );
    },
    testTimeout(),
  );
});

const LIMITS = [
  { name: 'GitHub step summary', limit: 1024 * 1024, unit: 'bytes' as const },
  { name: 'GitHub PR comment', limit: 65_536, unit: 'chars' as const },
  { name: 'GitLab note', limit: 1_000_000, unit: 'chars' as const },
];

const size = (text: string, unit: 'bytes' | 'chars') => (unit === 'bytes' ? Buffer.byteLength(text) : text.length);

/** A summary input made large: many violations, long messages, many factors and evidence rows. */
const bigInput = fc
  .tuple(inputs, fc.integer({ min: 0, max: 1_500 }), fc.integer({ min: 0, max: 2_000 }), fc.constantFrom('x', 'é', '🚀', '<', '|', '@a'))
  .map(([input, n, length, unit]): SummaryInput => {
    const e = input.evaluation;
    const long = unit.repeat(length);
    return {
      ...input,
      evaluation: {
        ...e,
        violations: [
          ...e.violations,
          ...Array.from({ length: n }, (_, i) => ({ rule: `rule.${i}`, message: `${long} ${i}`, remediation: long, level: 'error' as const })),
        ],
        decision: n > 0 && e.mode === 'enforce' ? 'fail' : e.decision,
        notes: [...e.notes, long],
        risk: { ...e.risk, factors: [...e.risk.factors, ...Array.from({ length: Math.min(n, 500) }, (_, i) => ({ id: `f${i}`, points: 1, detail: long, files: [long], template: 'size' as const, facts: {} }))] },
      },
    };
  });

describe('fitSections under every platform limit', () => {
  it.each(LIMITS)(
    '$name: within the limit, headline first, violations kept when they fit, and still safe',
    ({ limit, unit }) => {
      fc.assert(
        fc.property(bigInput, fc.constantFrom('', `${STICKY_MARKER}\n`), (input, prefix) => {
          const sections = summarySections(input);
          const { markdown, truncated } = fitSections(sections, { limit, unit, fullTextAt: 'the job summary' }, prefix);
          expect(size(markdown, unit)).toBeLessThanOrEqual(limit);
          expect(markdown.startsWith(prefix)).toBe(true);
          const body = markdown.slice(prefix.length);
          // The headline's first line survives every cut.
          expect(body.split('\n', 1)[0]).toBe(sections[0]!.markdown.split('\n', 1)[0]);
          const essentials = sections.filter((x) => x.essential).map((x) => x.markdown).join('\n');
          if (size(prefix + essentials, unit) + 400 <= limit) {
            for (const x of sections.filter((y) => y.essential)) expect(body).toContain(x.markdown);
          }
          if (!truncated) expect(body).toBe(sections.map((x) => x.markdown).join('\n'));
          expect(safetyProblems(body, { headline: headlineWord(input), linkPrefix: COMMIT_URL, allowedLinks: helpLinks(input.evaluation.findings) })).toEqual([]);
          if (prefix) expect(markdown.indexOf(STICKY_MARKER, 1)).toBe(-1);
        }),
        params(6),
      );
    },
    testTimeout(120_000),
  );
});
