import { compileCodeownersPattern } from '../../src/core/oversight/codeowners-pattern.js';

type Row = [pattern: string, path: string, expected: boolean];

/**
 * Expectations come from the example file and prose in GitHub's "About code owners" page (quoted in the
 * comments) and, where the page is silent, from gitignore's pattern rules it says CODEOWNERS follows.
 */
const GITHUB: Row[] = [
  // "* @global-owner1 @global-owner2": the default owners for everything in the repo.
  ['*', 'README.md', true],
  ['*', 'src/deep/nested/file.ts', true],
  ['*', '.github/workflows/ci.yml', true],
  // "*.js @js-owner": any .js file, at any depth.
  ['*.js', 'app.js', true],
  ['*.js', 'src/deep/x.js', true],
  ['*.js', 'app.jsx', false],
  // "CODEOWNERS paths are case sensitive".
  ['*.JS', 'app.js', false],
  // "/build/logs/": files in build/logs at the root and any of its subdirectories.
  ['/build/logs/', 'build/logs/a.log', true],
  ['/build/logs/', 'build/logs/sub/b.log', true],
  ['/build/logs/', 'src/build/logs/a.log', false],
  ['/build/logs/', 'build/logs', false],
  // "docs/*" matches docs/getting-started.md but not docs/build-app/troubleshooting.md; a slash in
  // the middle anchors it at the root (gitignore).
  ['docs/*', 'docs/getting-started.md', true],
  ['docs/*', 'docs/build-app/troubleshooting.md', false],
  ['docs/*', 'src/docs/getting-started.md', false],
  // "apps/ @octocat": any file in an apps directory anywhere in the repository.
  ['apps/', 'apps/web/index.js', true],
  ['apps/', 'src/apps/deep/a.js', true],
  ['apps/', 'myapps/a.js', false],
  ['apps/', 'apps', false],
  // "/docs/": any file in /docs at the root and its subdirectories.
  ['/docs/', 'docs/a.md', true],
  ['/docs/', 'docs/sub/b.md', true],
  ['/docs/', 'src/docs/a.md', false],
  // "**/logs": any file in a logs directory such as /build/logs, /scripts/logs, /deeply/nested/logs.
  ['**/logs', 'build/logs/a.txt', true],
  ['**/logs', 'scripts/logs/b.txt', true],
  ['**/logs', 'deeply/nested/logs/c.txt', true],
  ['**/logs', 'logs/top.txt', true],
  ['**/logs', 'catalogs/x.txt', false],
  // "/apps/github" with no owners un-owns the /apps/github subdirectory: a directory match covers its contents.
  ['/apps/github', 'apps/github/x.js', true],
  ['/apps/github', 'apps/github', true],
  ['/apps/github', 'apps/githubber/x.js', false],
  // gitignore: "foo/**" matches everything inside foo; "a/**/b" matches a/b, a/x/b, a/x/y/b.
  ['/src/**', 'src/a/b.ts', true],
  ['/src/**', 'src', false],
  ['a/**/b', 'a/b', true],
  ['a/**/b', 'a/x/y/b', true],
  ['a/**/b', 'z/a/b', false],
  // gitignore: "?" is one character other than "/".
  ['file?.txt', 'file1.txt', true],
  ['file?.txt', 'file12.txt', false],
  // "Using [ ] to define a character range doesn't work": brackets are plain characters.
  ['/src/[ab].rb', 'src/a.rb', false],
  ['/src/[ab].rb', 'src/[ab].rb', true],
];

/**
 * GitLab's "Code Owners syntax" page, plus how GitLab's parser normalises a pattern before
 * File.fnmatch(FNM_PATHNAME | FNM_DOTMATCH): `*` becomes `/**\/*`, a pattern without a leading slash
 * gets `/**\/` in front, one with a trailing slash gets `**\/*` behind, and the whole path must match.
 */
const GITLAB: Row[] = [
  // "Specify a default Code Owner by using a wildcard: *"; FNM_DOTMATCH lets it match dotfiles.
  ['*', 'README.md', true],
  ['*', '.gitignore', true],
  ['*', 'a/b/c.rb', true],
  // "for all files with a filename ending in .rb".
  ['*.rb', 'user.rb', true],
  ['*.rb', 'app/models/user.rb', true],
  // "Ending a path in a / will specify the code owners for every file nested in that directory, on any level".
  ['/docs/', 'docs/index.md', true],
  ['/docs/', 'docs/projects/index.md', true],
  ['/docs/', 'ee/docs/index.md', false],
  // "Ending a path in /* ... every file in that directory, but not nested deeper".
  ['/docs/*', 'docs/index.md', true],
  ['/docs/*', 'docs/projects/index.md', false],
  ['/docs/**/*.md', 'docs/a.md', true],
  ['/docs/**/*.md', 'docs/x/y/z.md', true],
  ['/docs/**/*.md', 'docs/a.txt', false],
  // "Match directories nested anywhere in the repository: lib/".
  ['lib/', 'lib/a.rb', true],
  ['lib/', 'ee/lib/gitlab/x.rb', true],
  // "Match only a directory in the root of the repository: /config/".
  ['/config/', 'config/a.yml', true],
  ['/config/', 'ee/config/a.yml', false],
  // A relative path is treated as starting with a globstar, even with a slash in the middle.
  ['ee/docs/', 'x/ee/docs/a.md', true],
  ['docs/*', 'src/docs/a.md', true],
  // Without a trailing slash the whole path must match: it names a file, not a directory's contents.
  ['/apps/github', 'apps/github', true],
  ['/apps/github', 'apps/github/x.js', false],
  ['README', 'sub/README', true],
  // fnmatch character classes.
  ['/src/[ab].rb', 'src/a.rb', true],
  ['/src/[ab].rb', 'src/c.rb', false],
  ['/src/[!ab].rb', 'src/c.rb', true],
  ['file?.txt', 'x/file1.txt', true],
];

describe('GitHub CODEOWNERS patterns', () => {
  it.each(GITHUB)('%s on %s → %s', (pattern, path, expected) => {
    expect(compileCodeownersPattern(pattern, 'github')(path)).toBe(expected);
  });
});

describe('GitLab CODEOWNERS patterns', () => {
  it.each(GITLAB)('%s on %s → %s', (pattern, path, expected) => {
    expect(compileCodeownersPattern(pattern, 'gitlab')(path)).toBe(expected);
  });
});

describe('where the two platforms disagree', () => {
  it.each([
    ['docs/*', 'src/docs/a.md', false, true],
    ['/apps/github', 'apps/github/x.js', true, false],
    ['/src/[ab].rb', 'src/a.rb', false, true],
  ])('%s on %s: GitHub %s, GitLab %s', (pattern, path, github, gitlab) => {
    expect(compileCodeownersPattern(pattern, 'github')(path)).toBe(github);
    expect(compileCodeownersPattern(pattern, 'gitlab')(path)).toBe(gitlab);
  });
});
