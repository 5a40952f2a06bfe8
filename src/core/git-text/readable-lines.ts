/**
 * The lines of a commit message or request description a reader takes as the author's own words:
 * HTML comments (template instructions), fenced code blocks, indented code and quoted lines (`> ...`,
 * or an HTML `<blockquote>` such as the upstream release notes a dependency update quotes) are dropped,
 * since a marker shown there is an example or a quotation, not a statement. Lines keep
 * their paragraph number so a statement split over lines can be read whole.
 */

export interface ReadableLine {
  /** The line, trimmed. */
  text: string;
  /** 0 for the first paragraph (a commit's subject), counting blank-line-separated paragraphs. */
  paragraph: number;
  /** Position in the original text, 0-based. */
  line: number;
}

const FENCE = /^\s{0,3}(?:```|~~~)/;
/** Four spaces or a tab open an indented code block (a trailer's continuation is read by the trailer parser, not here). */
const INDENTED_CODE = /^(?: {4}|\t)/;
const QUOTED = /^\s{0,3}>/;

export function readableLines(text: string): ReadableLine[] {
  // Comments are blanked line by line so line numbers still point into the original text.
  const blank = (c: string): string => c.replace(/[^\n]/g, '');
  const uncommented = text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank).replace(/<blockquote\b[\s\S]*?(?:<\/blockquote>|$)/gi, blank);
  const out: ReadableLine[] = [];
  let paragraph = 0;
  let blankBefore = false;
  let fenced = false;
  let sawText = false;
  uncommented.split(/\r?\n/).forEach((raw, line) => {
    if (FENCE.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    if (raw.trim() === '') {
      blankBefore = sawText;
      return;
    }
    if (blankBefore) {
      paragraph++;
      blankBefore = false;
    }
    sawText = true;
    if (INDENTED_CODE.test(raw) || QUOTED.test(raw)) return;
    out.push({ text: raw.trim(), paragraph, line });
  });
  return out;
}

/** Readable lines grouped by paragraph, each paragraph's lines joined with spaces. */
export function readableParagraphs(lines: ReadableLine[]): { paragraph: number; text: string; first: number }[] {
  const out: { paragraph: number; text: string; first: number }[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last.paragraph === l.paragraph) last.text += ` ${l.text}`;
    else out.push({ paragraph: l.paragraph, text: l.text, first: l.line });
  }
  return out;
}
