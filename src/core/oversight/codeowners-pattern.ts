/**
 * CODEOWNERS path patterns, as each platform matches them. The two differ in ways that change who owns
 * a file, so each gets its own compiler:
 *
 * GitHub (gitignore-like, case-sensitive):
 * - a leading slash, or a slash in the middle, anchors the pattern at the repository root; a pattern
 *   with no slash but a trailing one (`apps/`, `*.js`) matches at any depth;
 * - a match on a directory covers everything below it (`/apps/github` un-owns that whole directory),
 *   except that a last segment of a lone `*` (`docs/*`) covers direct children only;
 * - a trailing slash matches directories only; `**` spans any number of directories;
 * - `!` negation and `[ ]` ranges are not supported (the caller rejects `!`; brackets are literal).
 *
 * GitLab (File.fnmatch with FNM_PATHNAME | FNM_DOTMATCH against `/<path>`):
 * - `*` alone means every file; a pattern without a leading slash matches at any depth (`ee/docs`
 *   too, unlike GitHub); a trailing slash means every file below that directory;
 * - otherwise the pattern must match the whole path: `docs` names a file, not a directory's contents;
 * - `**` followed by a slash spans directories, `[...]` is a character class.
 */

export type CodeownersSyntax = 'github' | 'gitlab';

export type PathTest = (path: string) => boolean;

const escapeRe = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** `[...]` at `start`, as a regex class that never matches `/`; undefined when the bracket is not closed. */
function bracketClass(p: string, start: number): { re: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (p[i] === '!' || p[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i]!;
    if (c === ']' && !first) return { re: negate ? `[^/${body}]` : `(?!/)[${body}]`, end: i };
    first = false;
    if (c === '\\' && i + 1 < p.length) {
      body += escapeRe(p[++i]!);
    } else if (c === '-' && body !== '' && p[i + 1] !== ']') {
      body += '-';
    } else {
      body += escapeRe(c);
    }
  }
  return undefined;
}

/** One glob fragment without `**` handling: `*`, `?`, escapes and (optionally) brackets. */
function fragmentRe(p: string, classes: boolean): string {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\' && i + 1 < p.length) re += escapeRe(p[++i]!);
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[' && classes) {
      const cls = bracketClass(p, i);
      if (cls) {
        re += cls.re;
        i = cls.end;
      } else re += '\\[';
    } else re += escapeRe(c);
  }
  return re;
}

function githubTest(pattern: string): PathTest {
  let p = pattern;
  let anchored = p.startsWith('/');
  if (anchored) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  if (p.includes('/')) anchored = true;
  const segments = p.split('/').filter((s) => s !== '');
  if (segments.length === 0) return () => false;

  let re = anchored ? '^' : '^(?:.*/)?';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') re += last ? '.+' : '(?:[^/]+/)*';
    else re += fragmentRe(seg, false) + (last ? '' : '/');
  });
  const lastSeg = segments[segments.length - 1]!;
  const childrenOnly = lastSeg === '*' && (anchored || segments.length > 1);
  if (lastSeg === '**' || childrenOnly) re += '$';
  else if (dirOnly) re += '/.+$';
  else re += '(?:/.*)?$';
  const rx = new RegExp(re, 's');
  return (path) => rx.test(path);
}

function gitlabTest(pattern: string): PathTest {
  let p = pattern === '*' ? '/**/*' : pattern;
  if (!p.startsWith('/')) p = `/**/${p}`;
  if (p.endsWith('/')) p = `${p}**/*`;
  let re = '^';
  for (let i = 0; i < p.length; ) {
    if (p.startsWith('**/', i)) {
      re += '(?:[^/]*/)*';
      i += 3;
      continue;
    }
    // A fragment runs to the next `**/`; everything else in it is plain fnmatch.
    const next = p.indexOf('**/', i);
    const end = next === -1 ? p.length : next;
    re += fragmentRe(p.slice(i, end), true);
    i = end;
  }
  const rx = new RegExp(`${re}$`, 's');
  return (path) => rx.test(`/${path.replace(/^\/+/, '')}`);
}

/** A test for repository-relative paths (no leading slash) under the given platform's rules. */
export function compileCodeownersPattern(pattern: string, syntax: CodeownersSyntax): PathTest {
  return syntax === 'github' ? githubTest(pattern) : gitlabTest(pattern);
}
