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

/** Truncates text to at most `limit` units without splitting a character, ending with a marker. */
function hardCut(text: string, limit: number, unit: FitOptions['unit']): string {
  const tail = '\n\n…(cut to fit the size limit)\n';
  let out = text;
  while (size(out, unit) + size(tail, unit) > limit && out.length > 0) {
    const over = size(out, unit) + size(tail, unit) - limit;
    out = Array.from(out).slice(0, -Math.max(1, Math.ceil(over / (unit === 'bytes' ? 4 : 1)))).join('');
  }
  return out + tail;
}

export function fitSections(sections: Section[], opts: FitOptions, prefix = ''): { markdown: string; truncated: boolean } {
  const join = (list: Section[]) => prefix + list.map((s) => s.markdown).join('\n');
  const full = join(sections);
  if (size(full, opts.unit) <= opts.limit) return { markdown: full, truncated: false };
  const kept = [...sections];
  const omitted: string[] = [];
  // Drop optional sections from the end until the rest (plus the note) fits.
  for (let i = kept.length - 1; i >= 0; i--) {
    if (kept[i]!.essential) continue;
    omitted.unshift(kept[i]!.id);
    kept.splice(i, 1);
    const candidate = join(kept) + '\n' + cutNote(omitted, opts.fullTextAt);
    if (size(candidate, opts.unit) <= opts.limit) return { markdown: candidate, truncated: true };
  }
  // Even the essentials are too long (thousands of violations): cut hard, the verdict comes first.
  return { markdown: hardCut(join(kept) + '\n' + cutNote(omitted.length ? omitted : ['details'], opts.fullTextAt), opts.limit, opts.unit), truncated: true };
}
