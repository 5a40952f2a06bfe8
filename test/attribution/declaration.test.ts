import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeclarationValue, readDeclaration } from '../../src/core/attribution/declaration.js';
import { projectRoot } from '../helpers/corpus.js';
import { commit, request } from './build.js';

const TEMPLATES = {
  github: readFileSync(join(projectRoot, 'templates/github/pull_request_template.md'), 'utf8'),
  gitlab: readFileSync(join(projectRoot, 'templates/gitlab/merge_request_templates/Default.md'), 'utf8'),
};

const body = (text: string) => request({ body: text });

describe('declaration lines in many spellings', () => {
  it.each([
    ['AI-Assisted: yes', 'yes'],
    ['AI assisted: Yes', 'yes'],
    ['**AI-Assisted:** no', 'no'],
    ['**AI-Assisted**: partial', 'partial'],
    ['ai-assisted = partial', 'partial'],
    ['AI_Assisted: TRUE', 'yes'],
    ['AI-assisted: false', 'no'],
    ['- AI-Assisted: no', 'no'],
    ['### AI-Assisted: Yes', 'yes'],
    ['> AI-Assisted: partially', 'partial'],
    ['AI-Assisted: `yes` (Copilot for the tests)', 'yes'],
    ['AI-Assisted: Partial, Claude Code wrote the migration; no other tool', 'partial'],
    ['Summary of the change.\n\nAI-Assisted: none\n\nThanks!', 'no'],
  ])('%s → %s', (text, value) => {
    expect(readDeclaration(body(text), [])?.value).toBe(value);
  });

  it.each([
    ['an unfilled choice', 'AI-Assisted: yes | no | partial'],
    ['an unfilled bracketed choice', 'AI-Assisted: [yes/no/partial]'],
    ['not a value', 'AI-Assisted: see below'],
    ['not applicable', 'AI-Assisted: n/a'],
    ['inside an HTML comment', '<!-- AI-Assisted: yes -->'],
    ['inside a code block', '```\nAI-Assisted: yes\n```'],
    ['mid-sentence', 'We did not mark this AI-Assisted: yes or no is up to you'],
    ['no body at all', ''],
  ])('%s declares nothing', (_name, text) => {
    expect(readDeclaration(body(text), [])).toBeUndefined();
  });

  it('says where it read the statement', () => {
    expect(readDeclaration(body('Intro\n\n**AI-Assisted:** no'), [])).toEqual({
      value: 'no',
      source: '"**AI-Assisted:** no" in the pull request description',
    });
  });
});

describe('the template checkboxes', () => {
  describe.each(Object.entries(TEMPLATES))('%s template', (_platform, template) => {
    it('offers exactly the three values, each once', () => {
      const boxes = template.split('\n').filter((l) => /^- \[ \] AI-Assisted: /.test(l));
      expect(boxes.map((l) => parseDeclarationValue(l.replace(/^- \[ \] AI-Assisted: /, '')))).toEqual(['no', 'partial', 'yes']);
    });

    it('declares nothing while no box is ticked', () => {
      expect(readDeclaration(body(template), [])).toBeUndefined();
    });

    it.each([
      ['No', 'no'],
      ['Partial', 'partial'],
      ['Yes', 'yes'],
    ])('ticking %s declares %s', (label, value) => {
      for (const tick of ['[x]', '[X]']) {
        const filled = template.replace(`- [ ] AI-Assisted: ${label}`, `- ${tick} AI-Assisted: ${label}`);
        expect(filled).not.toBe(template);
        const d = readDeclaration(body(filled), []);
        expect(d?.value).toBe(value);
        expect(d?.source).toMatch(/^ticked box "AI-Assisted: /);
      }
    });

    it('ignores the unrelated checklist boxes', () => {
      const filled = template.replace('- [ ] Tests cover the change', '- [x] Tests cover the change');
      expect(readDeclaration(body(filled), [])).toBeUndefined();
    });

    it('keeps the most AI-ward answer when several boxes are ticked, and says so', () => {
      const filled = template
        .replace('- [ ] AI-Assisted: No', '- [x] AI-Assisted: No')
        .replace('- [ ] AI-Assisted: Partial', '- [x] AI-Assisted: Partial');
      const d = readDeclaration(body(filled), []);
      expect(d?.value).toBe('partial');
      expect(d?.source).toMatch(/^conflicting statements in the pull request description: .*\(no\).*\(partial\)/);
    });
  });

  it.each([
    ['- [x] This change is AI-assisted', 'yes'],
    ['* [x] This contribution was assisted or created by Generative AI tools.', 'yes'],
    ['- [x] This contribution was NOT assisted or created by Generative AI tools.', 'no'],
  ])('a single-box template: %s', (line, value) => {
    expect(readDeclaration(body(line), [])?.value).toBe(value);
  });

  it('an unticked single box declares nothing', () => {
    expect(readDeclaration(body('- [ ] This change is AI-assisted'), [])).toBeUndefined();
  });
});

describe('commit trailers', () => {
  it('reads an AI-Assisted trailer', () => {
    const c = commit('Change\n\nAI-Assisted: partial');
    expect(readDeclaration(undefined, [c])).toEqual({ value: 'partial', source: `AI-Assisted trailer on commit ${c.sha.slice(0, 7)}` });
  });

  it('summarises agreeing trailers', () => {
    const a = commit('One\n\nAI-Assisted: no');
    const b = commit('Two\n\nai-assisted: No');
    expect(readDeclaration(undefined, [a, b])).toEqual({
      value: 'no',
      source: `AI-Assisted trailer on 2 commits (${a.sha.slice(0, 7)}, ${b.sha.slice(0, 7)})`,
    });
  });

  it('keeps the most AI-ward of conflicting trailers and lists both', () => {
    const a = commit('One\n\nAI-Assisted: no');
    const b = commit('Two\n\nAI-Assisted: yes');
    const d = readDeclaration(undefined, [a, b]);
    expect(d?.value).toBe('yes');
    expect(d?.source).toContain(`no on ${a.sha.slice(0, 7)}`);
    expect(d?.source).toContain(`yes on ${b.sha.slice(0, 7)}`);
  });

  it('lets the request description win over trailers', () => {
    const c = commit('One\n\nAI-Assisted: yes');
    expect(readDeclaration(body('AI-Assisted: no'), [c])?.value).toBe('no');
    expect(readDeclaration(body('No statement here.'), [c])?.value).toBe('yes');
  });

  it('ignores a trailer-like line outside the trailer block', () => {
    expect(readDeclaration(undefined, [commit('One\n\nAI-Assisted: yes\n\nMore prose after it.')])).toBeUndefined();
  });

  it('says merge request for GitLab', () => {
    const r = request({ url: 'https://gitlab.com/g/p/-/merge_requests/9', body: 'AI-Assisted: yes' });
    expect(readDeclaration(r, [])?.source).toBe('"AI-Assisted: yes" in the merge request description');
  });
});
