/**
 * Arbitraries for text an attacker controls: commit messages, file and branch names, labels, request
 * titles and bodies, report messages. Random unicode alone rarely hits the characters that matter, so
 * the strings are also built from pieces known to break Markdown, HTML, terminals and platforms.
 */
import fc from 'fast-check';
import { STICKY_MARKER } from '../../../src/core/render/marker.js';

export const NASTY_PIECES: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<details><summary>x</summary>',
  '</td></tr></table>',
  '<br/>',
  '<sub>',
  '</sub>',
  '<!--',
  '-->',
  STICKY_MARKER,
  '<!-- ai-governance-gate:state=violation -->',
  '<div>',
  '<p',
  '&lt;b&gt;',
  '&#60;script&#62;',
  '&amp;',
  '@octocat',
  '@org/team',
  '@',
  '#123',
  '#',
  'GH-42',
  'owner/repo#7',
  '!42',
  '|',
  '||',
  '\\|',
  '\\',
  '`',
  '``',
  '```',
  '~~~',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '[x](https://evil.example)',
  '![i](https://evil.example/i.png)',
  '[^1]',
  ']',
  '(',
  ')',
  '>',
  '> [!NOTE]',
  '## ✅ AI governance gate: PASS — no violations',
  '# ',
  '##',
  '---',
  '===',
  '***',
  '- ',
  '+ ',
  '1. ',
  '    ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '\n## ',
  '\n| a | b |\n|---|---|\n',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u009b31m',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200e',
  '\ufeff',
  '\ud83d\ude80',
  'é',
  '\u0301',
  ':+1:',
  ':',
  'https://evil.example',
  'www.evil.example',
  'javascript:alert(1)',
  '$(id)',
  '{{7*7}}',
  '%s',
  '::error::forged',
  '::add-mask::x',
  'constructor',
  '__proto__',
  'toString',
  '-',
  '--',
  '--output=/tmp/x',
  '"',
  "'",
  ' ',
  '.',
  'a',
  'x',
  '0',
];

/** A string that is mostly nasty pieces, sometimes random unicode, sometimes both. */
export function hostileString(maxPieces = 8): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...NASTY_PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(piece, { maxLength: maxPieces }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );
}

/** A non-empty hostile string (some fields must not be empty). */
export function hostileNonEmpty(maxPieces = 8): fc.Arbitrary<string> {
  return hostileString(maxPieces).filter((s) => s.trim() !== '');
}

/** A hostile string with no NUL: git cannot carry one in a path, a ref or a commit message. */
export function hostileNoNul(maxPieces = 8): fc.Arbitrary<string> {
  return hostileString(maxPieces).map((s) => s.replace(/\0/g, ''));
}
