/**
 * Other text a change carries that the gate parses: git-ai notes and Agent Trace files (line-level
 * attribution the author can write), the added-lines log, and CODEOWNERS. Parsers either return
 * plain data or, for a git-ai note, throw InputError (the caller records it as a skipped note).
 */
import fc from 'fast-check';
import { parseAddedLines } from '../../src/core/attribution/line-level/added-lines.js';
import { parseAgentTrace } from '../../src/core/attribution/line-level/agent-trace.js';
import { countAiLines, type LineClaim } from '../../src/core/attribution/line-level/count-ai-lines.js';
import { parseGitAiNote } from '../../src/core/attribution/line-level/git-ai-note.js';
import { parseCodeowners } from '../../src/core/oversight/codeowners.js';
import { hostileString } from './support/hostile.js';
import { onlyInputErrors, params, testTimeout } from './support/fuzz.js';
import { firstNonPlain } from './support/shape.js';

const NOTE_PIECES = [
  'src/a.ts\n', '"src/with space.ts"\n', '  ', 's_0123456789abcd::t_0123456789abcd ', 'h_0123456789abcd ', 'abcdef0123456789 ', '1-4', ',', '9', '12-14', '0', '-1', '5-2',
  '99999999999999999999', '\n', '---\n', '{"schema_version":"authorship/3.0.0","prompts":{"abcdef0123456789":{"agent_id":{"tool":"claude","model":"m"}}}}',
  '{"schema_version":"authorship/3.0.0","prompts":{"__proto__":{"agent_id":{"tool":"forged"}}}}', '{"schema_version":"authorship/2.0.0"}', '{', '"', 'constructor ',
  '__proto__ ',
];

const TRACE_PIECES = [
  '{"version":"0.1.0","id":"t","timestamp":"2026-01-01T00:00:00Z","files":[{"path":"a.ts","conversations":[{"contributor":{"type":"ai","model_id":"m"},"ranges":[{"start_line":1,"end_line":3}]}]}]}',
  '{"files":[]}', '[', ']', ',', '\n', '{"files":[{"path":"__proto__","conversations":[{"contributor":{"type":"ai"},"ranges":[{"start_line":-5,"end_line":1e308}]}]}]}',
  '{"contributor":{"type":"constructor"}}', 'null', '"x"', '{"version":',
];

function textOf(pieces: string[]): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: hostileString(3) }), { maxLength: 30 }).map((p) => p.join(''));
}

describe('line-level attribution data', () => {
  it(
    'parseGitAiNote: plain data or an InputError',
    () => {
      fc.assert(
        fc.property(textOf(NOTE_PIECES), (text) => {
          const r = onlyInputErrors(() => parseGitAiNote(text));
          if (!r.ok) return;
          expect(firstNonPlain(r.value)).toBeUndefined();
          for (const f of r.value.files) for (const e of f.entries) for (const range of e.ranges) expect(range.start).toBeLessThanOrEqual(range.end);
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it('a session named "__proto__" stays a session and lends its tool to no other', () => {
    const note = parseGitAiNote(
      'src/a.ts\n  unknown0123456789 1-2\n---\n{"schema_version":"authorship/3.0.0","prompts":{"__proto__":{"agent_id":{"tool":"forged"}}}}',
    );
    expect(firstNonPlain(note)).toBeUndefined();
    expect(Object.keys(note.sessions)).toEqual(['__proto__']);
    expect((note.sessions as Record<string, { tool?: string }>).unknown0123456789?.tool).toBeUndefined();
  });

  it(
    'parseAgentTrace: never throws, returns plain records and problems',
    () => {
      fc.assert(
        fc.property(textOf(TRACE_PIECES), fc.constantFrom('.agent-trace/t.json', '.agent-trace/t.jsonl'), (text, source) => {
          const r = onlyInputErrors(() => parseAgentTrace(text, source));
          expect(r.ok).toBe(true);
          if (r.ok) expect(firstNonPlain(r.value)).toBeUndefined();
        }),
        params(150),
      );
    },
    testTimeout(),
  );

  it(
    'parseAddedLines and countAiLines on arbitrary logs and claims',
    () => {
      const log = fc
        .array(fc.oneof(fc.constantFrom('\0', '0123456789abcdef0123456789abcdef01234567\n', 'diff --git a/x b/x\n', '+++ b/x\n', '@@ -1 +1,3 @@\n', '@@ -0,0 +1,99999999999 @@\n', '+l\n', '-l\n', '\\ No newline at end of file\n'), hostileString(2)), { maxLength: 30 })
        .map((p) => p.join(''));
      const claim: fc.Arbitrary<LineClaim> = fc.record({
        commit: fc.constantFrom('0123456789abcdef0123456789abcdef01234567', 'constructor'),
        path: fc.constantFrom('x', '__proto__', 'a.ts'),
        kind: fc.constantFrom('ai' as const, 'human' as const),
        ranges: fc.array(fc.tuple(fc.integer({ min: 1, max: 1e9 }), fc.nat({ max: 1e9 })).map(([start, n]) => ({ start, end: start + n })), { maxLength: 4 }),
        tool: fc.option(hostileString(2), { nil: undefined }),
      });
      fc.assert(
        fc.property(log, fc.array(claim, { maxLength: 6 }), fc.nat({ max: 1e6 }), (text, claims, added) => {
          const lines = onlyInputErrors(() => parseAddedLines(text));
          expect(lines.ok).toBe(true);
          if (!lines.ok) return;
          const count = countAiLines(claims, new Map([['x', added], ['a.ts', added], ['__proto__', added]]), lines.value);
          expect(count.aiLines).toBeLessThanOrEqual(count.totalAddedLines);
          expect(Number.isFinite(count.aiLines)).toBe(true);
        }),
        params(150),
      );
    },
    testTimeout(),
  );
});

describe('CODEOWNERS', () => {
  const LINES = ['*', '* @org/team', 'src/** @alice', '/docs/ @bob', '[Section]', '^[Optional][2] @x', '[Broken', '# comment', '\\#not-comment @c', '!negated @d', '**/ @e', 'a\\ b @f', ' ', '\t', '[[', ']', 'x @', '@@@', 'constructor @g', '__proto__ @h'];
  const text = fc.array(fc.oneof(fc.constantFrom(...LINES), hostileString(3)), { maxLength: 20 }).map((l) => l.join('\n'));

  it(
    'parses anything, in both syntaxes, and answers ownersOf for any path',
    () => {
      fc.assert(
        fc.property(text, fc.constantFrom(undefined, 'github' as const, 'gitlab' as const), fc.array(hostileString(3), { maxLength: 5 }), (t, syntax, paths) => {
          const c = onlyInputErrors(() => parseCodeowners(t, syntax));
          expect(c.ok).toBe(true);
          if (!c.ok) return;
          for (const p of [...paths, 'src/a.ts', 'docs/x', '__proto__', 'constructor']) {
            const o = c.value.ownersOf(p);
            expect(Array.isArray(o.owners)).toBe(true);
            for (const owner of o.owners) expect(typeof owner).toBe('string');
          }
        }),
        params(150),
      );
    },
    testTimeout(),
  );
});
