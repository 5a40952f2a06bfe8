import { wantsColour } from '../../src/platform/local.js';
import { fitSections } from '../../src/core/render/fit.js';
import type { Section } from '../../src/core/render/markdown.js';

describe('terminal colour', () => {
  const term = (isTTY: boolean, env: NodeJS.ProcessEnv) => ({ write: () => undefined, isTTY, env });
  it('colours only a terminal, and never with NO_COLOR or TERM=dumb', () => {
    expect(wantsColour(term(true, {}))).toBe(true);
    expect(wantsColour(term(false, {}))).toBe(false);
    expect(wantsColour(term(true, { NO_COLOR: '' }))).toBe(false);
    expect(wantsColour(term(true, { NO_COLOR: '1' }))).toBe(false);
    expect(wantsColour(term(true, { TERM: 'dumb' }))).toBe(false);
  });

  it('honours FORCE_COLOR, as Node reads it: on for any value but 0 and false, even off a terminal and over NO_COLOR', () => {
    expect(wantsColour(term(false, { FORCE_COLOR: '1' }))).toBe(true);
    expect(wantsColour(term(false, { FORCE_COLOR: '' }))).toBe(true);
    expect(wantsColour(term(false, { FORCE_COLOR: '3', NO_COLOR: '1' }))).toBe(true);
    expect(wantsColour(term(true, { FORCE_COLOR: '0' }))).toBe(false);
    expect(wantsColour(term(true, { FORCE_COLOR: 'false' }))).toBe(false);
  });
});

describe('fitSections', () => {
  const sections: Section[] = [
    { id: 'headline', essential: true, markdown: '## ❌ AI governance gate: FAIL — 1 violation\n' },
    { id: 'rules', essential: true, markdown: '- rule: what blocks this change\n' },
    { id: 'attribution', essential: false, markdown: 'A'.repeat(5000) },
    { id: 'risk', essential: false, markdown: 'R'.repeat(5000) },
    { id: 'footer', essential: true, markdown: '<sub>footer</sub>\n' },
  ];

  it('returns the whole summary when it fits', () => {
    const r = fitSections(sections, { limit: 20000, unit: 'chars', fullTextAt: 'the artefact' });
    expect(r.truncated).toBe(false);
    expect(r.markdown).toContain('A'.repeat(5000));
  });

  it('drops optional sections from the end, keeps the essentials and says where the rest is', () => {
    const r = fitSections(sections, { limit: 6000, unit: 'chars', fullTextAt: 'the summary-file artefact' });
    expect(r.truncated).toBe(true);
    expect(r.markdown.length).toBeLessThanOrEqual(6000);
    expect(r.markdown).toContain('FAIL');
    expect(r.markdown).toContain('what blocks this change');
    expect(r.markdown).toContain('footer');
    expect(r.markdown).toContain('A'.repeat(5000));
    expect(r.markdown).not.toContain('RRRR');
    expect(r.markdown).toContain('the summary-file artefact');
  });

  it('cuts hard, verdict first, when even the essentials are too long', () => {
    const huge: Section[] = [sections[0]!, { id: 'rules', essential: true, markdown: '✖'.repeat(100_000) }];
    const r = fitSections(huge, { limit: 1000, unit: 'bytes', fullTextAt: 'x' });
    expect(Buffer.byteLength(r.markdown)).toBeLessThanOrEqual(1000);
    expect(r.markdown.startsWith('## ❌ AI governance gate: FAIL')).toBe(true);
  });
});

describe('fitSections inside a collapsed section', () => {
  it('closes a section the cut went into, so the note that follows is not hidden in it', () => {
    const rules = `<details><summary>Policy rules: 3000 violations</summary>\n\n${Array.from({ length: 3000 }, (_, i) => `- rule ${i}`).join('\n')}\n\n</details>\n`;
    const sections: Section[] = [
      { id: 'headline', essential: true, markdown: '## ❌ AI governance gate: FAIL — 3000 violations\n' },
      { id: 'rules', essential: true, markdown: rules },
    ];
    const r = fitSections(sections, { limit: 2000, unit: 'chars', fullTextAt: 'the artefact' });
    expect(r.markdown.length).toBeLessThanOrEqual(2000);
    const opened = (r.markdown.match(/^<details>/gm) ?? []).length;
    const closed = (r.markdown.match(/^<\/details>$/gm) ?? []).length;
    expect(opened).toBe(1);
    expect(closed).toBe(1);
    // The note comes after the section's end.
    expect(r.markdown.lastIndexOf('</details>')).toBeLessThan(r.markdown.indexOf('the artefact'));
  });
});
