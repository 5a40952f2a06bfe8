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
 * - `**` followed by a slash spans directories, `[...]` is a character class as Ruby reads it (a
 *   reversed range matches nothing, an unclosed `[` never matches).
 */

export type CodeownersSyntax = 'github' | 'gitlab';

export type PathTest = (path: string) => boolean;

const escapeRe = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** A character inside a regex class: `\`, `]`, `[`, `^` and `-` are escaped. */
const escapeClassChar = (c: string): string => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c);

/**
 * `[...]` at `start` as Ruby's fnmatch reads it (GitLab matches with File.fnmatch?): `!` or `^`
 * negates, `\` escapes (so `[a\-c]` is three characters, not a range), a `]` ends the class even
 * first, and a reversed range (`[b-a]`) matches nothing instead of being an error. The class never
 * matches `/`. Undefined when the bracket is not closed: such a pattern never matches.
 */
function bracketClass(p: string, start: number): { re: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (p[i] === '!' || p[i] === '^') {
    negate = true;
    i++;
  }
  const items: string[] = [];
  for (; i < p.length; i++) {
    let c = p[i]!;
    if (c === ']') {
      if (!items.length) return { re: negate ? '[^/]' : '(?!)', end: i };
      return { re: negate ? `[^/${items.join('')}]` : `(?!/)[${items.join('')}]`, end: i };
    }
    if (c === '\\' && i + 1 < p.length) c = p[++i]!;
    if (p[i + 1] === '-' && i + 2 < p.length && p[i + 2] !== ']') {
      let j = i + 2;
      let hi = p[j]!;
      if (hi === '\\' && j + 1 < p.length) hi = p[++j]!;
      i = j;
      if (c <= hi) items.push(`${escapeClassChar(c)}-${escapeClassChar(hi)}`);
      continue;
    }
    items.push(escapeClassChar(c));
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
      if (!cls) return '(?!)'; // an unclosed bracket: fnmatch matches nothing
      re += cls.re;
      i = cls.end;
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
  // `docs/*` owns direct children only; `docs/*/` (and `/*/`) names directories, so it owns all below them.
  const childrenOnly = !dirOnly && lastSeg === '*' && (anchored || segments.length > 1);
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
