import { DEFAULT_SECTION, looksLikeGitlab, parseCodeowners } from '../../src/core/oversight/codeowners.js';

// Lines from the example file on GitHub's "About code owners" page.
const GITHUB_FILE = [
  '# This is a comment.',
  '* @global-owner1 @global-owner2',
  '*.js @js-owner #This is an inline comment.',
  '*.go docs@example.com',
  '*.txt @octo-org/octocats',
  '/build/logs/ @doctocat',
  '/apps/ @octocat',
  '/apps/github',
  '',
].join('\n');

describe('GitHub syntax', () => {
  const co = parseCodeowners(GITHUB_FILE);

  it('is recognised without section headers', () => {
    expect(co.syntax).toBe('github');
    expect(co.problems).toEqual([]);
  });

  it.each([
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/app.js', ['@js-owner']],
    ['cmd/main.go', ['docs@example.com']],
    ['notes/todo.txt', ['@octo-org/octocats']],
    ['build/logs/today.txt', ['@doctocat']],
    ['apps/web/index.js', ['@octocat']],
    // "/apps/github" lists no owners: the last match un-owns the whole subdirectory.
    ['apps/github/index.js', []],
  ])('%s is owned by %j (the last matching line wins)', (path, owners) => {
    expect(co.ownersOf(path).owners).toEqual(owners);
  });

  it('names the deciding line as the evidence', () => {
    // Line 8 of GITHUB_FILE is "/apps/github".
    expect(co.ownersOf('apps/github/index.js').sections).toEqual([
      { name: DEFAULT_SECTION, owners: [], optional: false, approvals: 1, pattern: '/apps/github', line: 8 },
    ]);
  });

  it('gives no sections for a path no line matches', () => {
    const only = parseCodeowners('/src/ @dev\n');
    expect(only.ownersOf('docs/a.md')).toEqual({ owners: [], sections: [] });
  });

  it('reports words that are not owners and keeps the real ones', () => {
    const c = parseCodeowners('LICENSE @legal this does not match janedoe@gitlab.com\n');
    expect(c.ownersOf('LICENSE').owners).toEqual(['@legal', 'janedoe@gitlab.com']);
    // "this", "does", "not", "match": four words that are neither @names nor addresses.
    expect(c.problems).toHaveLength(4);
    expect(c.problems[0]).toMatch(/^line 1: "this" is not an owner/);
  });

  it('rejects "!" negation, which GitHub does not support, and skips the line', () => {
    const c = parseCodeowners('* @all\n!/docs/ @nobody\n');
    expect(c.entries).toHaveLength(1);
    expect(c.problems).toEqual(['line 2: "!/docs/": GitHub does not support "!" negation; line ignored']);
    expect(c.ownersOf('docs/a.md').owners).toEqual(['@all']);
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const c = parseCodeowners('\uFEFF* @a\r\n*.md @b\r\n');
    expect(c.ownersOf('x.md').owners).toEqual(['@b']);
    expect(c.ownersOf('x.ts').owners).toEqual(['@a']);
  });
});

// Sections, optional sections, approval counts and default owners as GitLab's "Advanced CODEOWNERS
// configuration" page shows them.
const GITLAB_FILE = [
  '# Required for all files',
  '* @general-approvers',
  '',
  '[Documentation][2] @docs-team',
  'docs/',
  'README.md',
  '*.txt',
  '',
  '^[Database] @database-team',
  'model/db/',
  'config/db/database-setup.md @docs-team',
  '',
  '[documentation]',
  'ee/docs/ @ee-docs',
].join('\n');

describe('GitLab syntax', () => {
  const co = parseCodeowners(GITLAB_FILE);

  it('is recognised by its section headers', () => {
    expect(looksLikeGitlab(GITLAB_FILE)).toBe(true);
    expect(co.syntax).toBe('gitlab');
  });

  it('knows each section once, names compared case-insensitively', () => {
    expect(co.sections).toEqual([
      { name: DEFAULT_SECTION, optional: false, approvals: 1 },
      { name: 'Documentation', optional: false, approvals: 2 },
      { name: 'Database', optional: true, approvals: 1 },
    ]);
  });

  it('gives entries without owners the section default owners', () => {
    const o = co.ownersOf('docs/guide.md');
    expect(o.owners).toEqual(['@general-approvers', '@docs-team']);
    expect(o.sections.map((s) => [s.name, s.owners, s.approvals])).toEqual([
      [DEFAULT_SECTION, ['@general-approvers'], 1],
      ['Documentation', ['@docs-team'], 2],
    ]);
  });

  it('lets an entry with its own owners override the section default', () => {
    const o = co.ownersOf('config/db/database-setup.md');
    expect(o.owners).toEqual(['@general-approvers', '@docs-team']);
    expect(o.sections[1]).toEqual({
      name: 'Database',
      owners: ['@docs-team'],
      optional: true,
      approvals: 1,
      pattern: 'config/db/database-setup.md',
      line: 11,
    });
  });

  it('unions owners across sections; within a section the last match wins', () => {
    expect(co.ownersOf('model/db/schema.rb').owners).toEqual(['@general-approvers', '@database-team']);
    // "docs/" (line 5) and "ee/docs/" (line 14, same section by name) both match; line 14 is later.
    const ee = co.ownersOf('ee/docs/index.md');
    expect(ee.owners).toEqual(['@general-approvers', '@ee-docs']);
    expect(ee.sections[1]?.line).toBe(14);
  });

  it('keeps a section required when it is also declared optional', () => {
    const c = parseCodeowners('[Docs]\ndocs/ @a\n^[docs]\n*.md @b\n');
    expect(c.sections.find((s) => s.name === 'Docs')?.optional).toBe(false);
  });

  it('un-owns with an entry that has no owners outside any section', () => {
    const c = parseCodeowners('* @all\n/vendor/\n[Security]\n* @sec\n', 'gitlab');
    expect(c.ownersOf('vendor/lib.js').owners).toEqual(['@sec']);
  });

  it('excludes files from a section with "!" and leaves other sections alone', () => {
    // The example from gitlab-org/gitlab#41914, which introduced exclusions.
    const c = parseCodeowners(['* @default-owner', '!pom.xml', '[Ruby]', '*.rb @ruby-devs', '!/config/*'].join('\n'), 'gitlab');
    expect(c.ownersOf('pom.xml')).toEqual({ owners: [], sections: [] });
    expect(c.ownersOf('config/boot.rb').owners).toEqual(['@default-owner']);
    expect(c.ownersOf('app/user.rb').owners).toEqual(['@default-owner', '@ruby-devs']);
  });

  it('reads escaped "#" and spaces in paths', () => {
    const c = parseCodeowners(['[Misc]', '\\#file_with_pound.rb @owner-file-with-pound', 'path\\ with\\ spaces/ @space-owner'].join('\n'));
    expect(c.ownersOf('#file_with_pound.rb').owners).toEqual(['@owner-file-with-pound']);
    expect(c.ownersOf('path with spaces/a.txt').owners).toEqual(['@space-owner']);
    expect(c.ownersOf('path/a.txt').owners).toEqual([]);
  });

  it('accepts nested groups and roles as owners', () => {
    const c = parseCodeowners('README @group @group/with-nested/subgroup\n/config/ @@maintainer\n', 'gitlab');
    expect(c.ownersOf('README').owners).toEqual(['@group', '@group/with-nested/subgroup']);
    expect(c.ownersOf('config/a.yml').owners).toEqual(['@@maintainer']);
    expect(c.problems).toEqual([]);
  });

  it('matches patterns the GitLab way when asked to, even without sections', () => {
    expect(parseCodeowners('docs/* @d\n', 'gitlab').ownersOf('src/docs/a.md').owners).toEqual(['@d']);
    expect(parseCodeowners('docs/* @d\n', 'github').ownersOf('src/docs/a.md').owners).toEqual([]);
  });
});
