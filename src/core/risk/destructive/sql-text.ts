/**
 * SQL as text: comments out, statements apart. Migrations often do not parse as a whole (vendor syntax,
 * templating), so each statement is handed on alone, with comments replaced by a space so that
 * `DROP/**\/TABLE` reads as `DROP TABLE`, and with the line it starts on.
 */

export interface SqlStatement {
  /** The statement without comments and without its terminating semicolon. */
  text: string;
  /** 0-based line within the scanned text where the statement starts. */
  line: number;
}

const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

/** Index just past the end of a quoted run starting at `i` (quote doubled inside = escaped). */
function skipQuoted(text: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** Index just past a block comment starting at `i`; PostgreSQL nests them, so nesting is honoured. */
function skipBlockComment(text: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    if (text.startsWith('/*', j)) {
      depth++;
      j += 2;
    } else if (text.startsWith('*/', j)) {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else j++;
  }
  return j;
}

/** Blanks a comment but keeps its newlines, so line numbers still count. */
function blank(comment: string): string {
  const newlines = comment.replace(/[^\n]/g, '');
  return newlines.length ? newlines : ' ';
}

/** A line holding only `GO` ends a batch in T-SQL scripts. */
const GO_LINE = /^[ \t]*GO[ \t]*(?:\r?\n|$)/i;

export function splitSqlStatements(text: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let current = '';
  let start: number | undefined;
  let line = 0;
  const flush = (): void => {
    const trimmed = current.trim();
    if (trimmed) out.push({ text: trimmed, line: start ?? line });
    current = '';
    start = undefined;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const atLineStart = i === 0 || text[i - 1] === '\n';
    if (atLineStart && (c === 'G' || c === 'g' || c === ' ' || c === '\t') && GO_LINE.test(text.slice(i, i + 64))) {
      const m = GO_LINE.exec(text.slice(i, i + 64))!;
      flush();
      if (m[0].endsWith('\n')) line++;
      i += m[0].length;
      continue;
    }
    let end = i + 1;
    let piece: string;
    if (c === '-' && text[i + 1] === '-') {
      end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      piece = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      end = skipBlockComment(text, i);
      piece = blank(text.slice(i, end));
    } else if (c === "'" || c === '"' || c === '`') {
      end = skipQuoted(text, i, c);
      piece = text.slice(i, end);
    } else if (c === '$') {
      const tag = DOLLAR_TAG.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        end = close < 0 ? text.length : close + tag[0].length;
      }
      piece = text.slice(i, end);
    } else if (c === ';') {
      flush();
      i = end;
      continue;
    } else {
      piece = c;
    }
    if (start === undefined && piece.trim()) start = line;
    current += piece;
    line += piece.match(/\n/g)?.length ?? 0;
    i = end;
  }
  flush();
  return out;
}
