/**
 * CODEOWNERS matching checked against established implementations' public test tables (GitHub and
 * GitLab syntax; provenance in test/fixtures/codeowners/README.md). Cases the sources themselves
 * dispute, and cases about paths of a shape the gate never sees (a leading `/`, a trailing `/`), are
 * left out. The few remaining disagreements are listed by case with the reason, so a change in
 * behaviour shows up either as a new disagreement or as one that went away.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/corpus.js';
import { compileCodeownersPattern } from '../../src/core/oversight/codeowners-pattern.js';
import { DEFAULT_SECTION, parseCodeowners } from '../../src/core/oversight/codeowners.js';

type Json = Record<string, any>;
const table = (name: string): Json[] => JSON.parse(readFileSync(join(projectRoot, 'test/fixtures/codeowners', name), 'utf8'));
const SKIP = new Set(['disputed', 'leading-slash-path', 'directory-path', 'differs-from-gitlab-source-reading']);
const usable = (c: Json) => !(c.flags ?? []).some((f: string) => SKIP.has(f));
const lower = (xs: string[]) => xs.map((x) => x.toLowerCase()).sort();
const id = (c: Json) => `${c.source.repo} ${c.source.path}${c.source.line ? `:${c.source.line}` : ''}${c.source.test ? ` (${c.source.test})` : ''}`;

interface Outcome {
  agree: number;
  disagree: string[];
}

function tally(cases: Json[], check: (c: Json) => boolean, describe: (c: Json) => string): Outcome {
  const out: Outcome = { agree: 0, disagree: [] };
  for (const c of cases) {
    let ok: boolean;
    try {
      ok = check(c);
    } catch {
      ok = false;
    }
    if (ok) out.agree++;
    else out.disagree.push(describe(c));
  }
  return out;
}

const githubPattern = tally(
  table('github-syntax-cases.json').filter(usable),
  (c) => parseCodeowners(`${c.pattern} @owner`, 'github').ownersOf(c.path).owners.length > 0 === c.matches,
  (c) => `${c.pattern} ~ ${c.path} → ${c.matches}`,
);

const githubFile = tally(
  table('github-file-cases.json').filter(usable),
  (c) => JSON.stringify(lower(parseCodeowners(c.codeowners, 'github').ownersOf(c.path).owners)) === JSON.stringify(lower(c.owners)),
  (c) => `${id(c)}: ${c.path}`,
);

function gitlabCaseHolds(c: Json): boolean {
  const co = parseCodeowners(c.codeowners, 'gitlab');
  if (c.sections) {
    for (const want of c.sections as Json[]) {
      const name = want.name === 'codeowners' ? DEFAULT_SECTION : want.name;
      const got = co.sections.find((s) => s.name.toLowerCase() === String(name).trim().toLowerCase());
      if (!got || got.optional !== want.optional || got.approvals !== want.approvals) return false;
    }
  }
  if (c.path === null || c.path === undefined) return true;
  const own = co.ownersOf(c.path);
  if (c.owners && c.owners_complete !== false && JSON.stringify(lower(own.owners)) !== JSON.stringify(lower(c.owners))) return false;
  for (const want of (c.section_owners ?? []) as Json[]) {
    const got = own.sections.find((s) => s.name.toLowerCase() === String(want.section).toLowerCase());
    if (JSON.stringify(lower(got?.owners ?? [])) !== JSON.stringify(lower(want.owners))) return false;
  }
  if (c.required_owners) {
    const required = own.sections.filter((s) => !s.optional).flatMap((s) => s.owners);
    if (JSON.stringify([...new Set(lower(required))]) !== JSON.stringify([...new Set(lower(c.required_owners))])) return false;
  }
  return true;
}

const gitlabSyntax = tally(table('gitlab-syntax-cases.json').filter(usable), gitlabCaseHolds, (c) => `${id(c)}: ${c.path ?? '(parsing)'}`);

const gitlabPattern = tally(
  table('gitlab-pattern-cases.json').filter(usable),
  (c) => compileCodeownersPattern(c.pattern, 'gitlab')(c.path) === c.matches,
  (c) => `${c.pattern} ~ ${c.path} → ${c.matches}`,
);

describe('CODEOWNERS against public test tables', () => {
  it('reports the agreement', () => {
    const all = [githubPattern, githubFile, gitlabSyntax, gitlabPattern];
    const agree = all.reduce((n, o) => n + o.agree, 0);
    const total = all.reduce((n, o) => n + o.agree + o.disagree.length, 0);
    process.stdout.write(`CODEOWNERS tables: ${agree} of ${total} cases agree\n`);
    expect(total).toBeGreaterThan(600);
  });

  it('GitHub patterns', () => expect(githubPattern.disagree).toEqual([]));
  it('GitHub files', () => expect(githubFile.disagree).toEqual([]));
  it('GitLab files and sections', () => expect(gitlabSyntax.disagree).toEqual([]));
  it('GitLab patterns', () => expect(gitlabPattern.disagree).toEqual([]));
});

describe('CODEOWNERS lines that used to decide the wrong approvers', () => {
  it('GitHub: a pattern ending in */ owns everything below the directories it names, not root files', () => {
    const co = parseCodeowners('/*/ @dirs\ndocs/*/ @docs\n', 'github');
    expect(co.ownersOf('README.md').owners).toEqual([]);
    expect(co.ownersOf('src/app.ts').owners).toEqual(['@dirs']);
    expect(co.ownersOf('docs/guide/intro.md').owners).toEqual(['@docs']);
    expect(co.ownersOf('docs/index.md').owners).toEqual(['@dirs']);
  });

  it('GitLab: [Name][q] is a section (one approval), so a required section does not fold into the one before', () => {
    const co = parseCodeowners('^[Optional][2] @opt\n*.rb @ruby\n[Required][q]\n*.rb @security\n', 'gitlab');
    expect(co.sections.map((s) => [s.name, s.optional, s.approvals])).toEqual([
      ['codeowners', false, 1],
      ['Optional', true, 2],
      ['Required', false, 1],
    ]);
    const own = co.ownersOf('app/x.rb');
    expect(own.sections.map((s) => [s.name, s.owners])).toEqual([
      ['Optional', ['@ruby']],
      ['Required', ['@security']],
    ]);
  });

  it('GitLab: an out-of-order range [b-a] skips nothing else and matches nothing itself', () => {
    const co = parseCodeowners('* @everyone\ndocs/[b-a].txt @never\nsrc/ @src\n', 'gitlab');
    expect(co.problems).toEqual([]);
    expect(co.ownersOf('docs/a.txt').owners).toEqual(['@everyone']);
    expect(co.ownersOf('docs/b.txt').owners).toEqual(['@everyone']);
    expect(co.ownersOf('src/main.go').owners).toEqual(['@src']);
  });
});
