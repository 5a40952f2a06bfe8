/**
 * The Markdown GitHub shows: the shared summary sections plus what this platform could not find out,
 * fitted to the place it goes (step summary: 1 MiB; PR comment: 65,536 characters).
 */
import { mdText } from '../../core/render/escape.js';
import { fitSections } from '../../core/render/fit.js';
import { summarySections, type Section } from '../../core/render/markdown.js';
import { VERSION } from '../../core/version.js';
import type { Published } from '../types.js';

/** GitHub rejects a step summary over 1 MiB; a little room is kept for the newline core.summary adds. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024 - 1024;
export const COMMENT_LIMIT = 65_536;

/** Warnings of the adapter that the evaluation does not already show as notes. */
function platformNotes(result: Published, warnings: string[]): string[] {
  const shown = new Set(result.evaluation.notes);
  return warnings.filter((w) => !shown.has(w));
}

export function githubSections(result: Published, warnings: string[]): Section[] {
  const sections = summarySections({ evaluation: result.evaluation, change: result.change, policyInfo: result.policyInfo, version: VERSION, links: result.links });
  const notes = platformNotes(result, warnings);
  if (!notes.length) return sections;
  const section: Section = { id: 'notes', essential: true, markdown: `> [!WARNING]\n${notes.map((n) => `> ${mdText(n)}`).join('\n>\n')}\n` };
  // After the first screen (verdict, reasons, next action) and its notes, before the collapsed details.
  const at = sections.findIndex((s) => s.id !== 'headline' && s.id !== 'notes');
  sections.splice(at < 0 ? sections.length : at, 0, section);
  return sections;
}

export function joinSections(sections: Section[]): string {
  return sections.map((s) => s.markdown).join('\n');
}

export function fitStepSummary(sections: Section[], summaryFile: string): { markdown: string; truncated: boolean } {
  return fitSections(sections, { limit: STEP_SUMMARY_LIMIT, unit: 'bytes', fullTextAt: `the summary file (${mdText(summaryFile)}; upload it with actions/upload-artifact to keep it)` });
}
