/**
 * Fits a summary under a platform's size limit (GitHub step summary 1 MiB, PR comment 65,536
 * characters, GitLab note 1,000,000 characters). Essential sections — the verdict, what blocks the
 * change, sign-off, the footer — are kept; the rest is cut from the end with a note saying where the
 * full summary is.
 */
import type { Section } from './markdown.js';

export interface FitOptions {
  /** Maximum length, in the unit the platform counts (characters or UTF-8 bytes). */
  limit: number;
  unit: 'chars' | 'bytes';
  /** Where the full text can be found, e.g. "the job's summary-file artefact". */
  fullTextAt: string;
}

function size(text: string, unit: FitOptions['unit']): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

function cutNote(omitted: string[], at: string): string {
  return `> [!NOTE]\n> This summary was shortened to fit the platform's size limit (${omitted.join(', ')} left out). The full summary is in ${at}.\n`;
}

/**
 * The longest run of whole lines of `text` within `budget` units. Whole lines only: a line cut in the
 * middle could leave a code span open, and the hostile text it quoted would become live Markdown.
 * Only a first line longer than the budget (never the headline in practice) is cut inside, by characters.
 */
function wholeLines(text: string, budget: number, unit: FitOptions['unit']): string {
  let end = 0;
  let used = 0;
  while (end < text.length) {
    const next = text.indexOf('\n', end);
    const stop = next === -1 ? text.length : next + 1;
    const cost = size(text.slice(end, stop), unit);
    if (used + cost > budget) break;
    used += cost;
    end = stop;
  }
  if (end > 0) return text.slice(0, end);
  let out = '';
  for (const ch of text) {
    if (ch === '\n' || size(out + ch, unit) > budget) break;
    out += ch;
  }
  return out;
}

/** Collapsed sections opened and not closed in `text`. */
function openDetails(text: string): number {
  return (text.match(/^<details>/gm) ?? []).length - (text.match(/^<\/details>$/gm) ?? []).length;
}

export function fitSections(sections: Section[], opts: FitOptions, prefix = ''): { markdown: string; truncated: boolean } {
  const join = (list: Section[]) => prefix + list.map((s) => s.markdown).join('\n');
  const full = join(sections);
  if (size(full, opts.unit) <= opts.limit) return { markdown: full, truncated: false };
  const kept = [...sections];
  const omitted: string[] = [];
  // Sizes add up over concatenation in both units, so each candidate is measured without joining it.
  let keptSize = size(full, opts.unit);
  // Drop optional sections from the end until the rest (plus the note) fits.
  for (let i = kept.length - 1; i >= 0; i--) {
    if (kept[i]!.essential) continue;
    omitted.unshift(kept[i]!.id);
    // The section and the line break that joined it to the others.
    keptSize -= size(kept[i]!.markdown, opts.unit) + (kept.length > 1 ? 1 : 0);
    kept.splice(i, 1);
    const note = cutNote(omitted, opts.fullTextAt);
    if (keptSize + 1 + size(note, opts.unit) <= opts.limit) return { markdown: join(kept) + '\n' + note, truncated: true };
  }
  // Even the essentials are too long (thousands of violations): keep whole lines from the top, the
  // verdict first, and end with the note so the reader knows where the rest is.
  const note = `\n…(cut to fit the size limit)\n\n${cutNote([...omitted, 'the end of the summary'], opts.fullTextAt)}`;
  // A cut inside a collapsed section is closed, so the note after it is not hidden in the section.
  // Sections nest at most two deep (the quiet summary's one section holds the others).
  const close = '\n</details>\n';
  let text = wholeLines(join(kept), opts.limit - size(note, opts.unit), opts.unit);
  if (openDetails(text) > 0) {
    text = wholeLines(join(kept), opts.limit - size(note, opts.unit) - 2 * size(close, opts.unit), opts.unit);
    text += close.repeat(Math.max(0, openDetails(text)));
  }
  return { markdown: text + note, truncated: true };
}
