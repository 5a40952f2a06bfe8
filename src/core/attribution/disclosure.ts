/**
 * AI disclosures written in words rather than trailers: sections and template answers
 * (disclosure-sections.ts) and sentences anywhere in the text (disclosure-statements.ts).
 */
import type { ReadableLine } from '../git-text/readable-lines.js';
import type { DisclosureFound } from './disclosure-named.js';
import { disclosureSections } from './disclosure-sections.js';
import { disclosureStatements } from './disclosure-statements.js';
import type { AttributionOptions } from './types.js';

export type { DisclosureFound } from './disclosure-named.js';

export function disclosuresIn(lines: ReadableLine[], paragraphs: { text: string }[], options: AttributionOptions): DisclosureFound[] {
  return [...disclosureSections(lines, options), ...disclosureStatements(paragraphs, options)];
}
