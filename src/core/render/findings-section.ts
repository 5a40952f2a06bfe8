/**
 * The findings part of the summary: what was read, what counts under the policy, what is over its limit,
 * and which waivers are about to lapse. Everything that came from a report (tool names, rules, paths,
 * messages) is hostile text and goes through mdText/mdCode or termText.
 */
import type { Severity } from '../model.js';
import { SEVERITIES } from '../model.js';
import type { FindingsResult, FindingsScope, ListedFinding, WaiverStatus } from '../findings/result.js';
import { mdCode, mdText, termText } from './escape.js';
import { details } from './details.js';
import type { Links } from './links.js';
import { markdownWords, plural, type Words } from './words.js';

/** The result as the evaluation keeps it: its violations are listed with all the others. */
export type FindingsView = Omit<FindingsResult, 'violations'>;

/** Rows of findings shown; the audit record keeps up to its own cap. */
const SECTION_ROWS = 20;
const MESSAGE_CHARS = 160;

const SCOPE_WORDS: Record<FindingsScope, string> = {
  new: 'new findings',
  'changed-lines': 'findings on lines this change adds',
  'changed-files': 'findings in files this change touches',
  all: 'all findings',
};

/** What was counted, honestly: without a baseline, "new" is every finding in the report. */
function scopeWords(r: Pick<FindingsView, 'scope' | 'novelty'>): string {
  return r.scope === 'new' && r.novelty === 'none' ? 'no baseline: every finding in the reports' : SCOPE_WORDS[r.scope];
}

const NOVELTY_WORDS: Record<FindingsView['novelty'], string> = {
  baseline: 'New and old findings were told apart with the baseline reports.',
  report: 'New and old findings were told apart by the reports’ own baseline states.',
  none: 'There was no baseline: no `--baseline` reports, and the reports carry no baseline state, so new cannot be told from old and every finding in the reports counts.',
};

function stateWords(f: ListedFinding, r: FindingsView): string {
  return r.novelty === 'none' ? 'in the report' : f.state;
}

type PaintStyle = 'red' | 'green' | 'yellow' | 'bold' | 'dim';
export type Paint = (text: string, ...styles: PaintStyle[]) => string;

function sum(counts: Record<Severity, number>): number {
  return SEVERITIES.reduce((n, s) => n + counts[s], 0);
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS - 1)}…` : line;
}

function where(f: ListedFinding): string | undefined {
  if (f.path === undefined) return undefined;
  return f.line === undefined ? f.path : `${f.path}:${f.line}`;
}

/** Severities worth a row: any finding in any column, or a limit the policy sets. */
function shownSeverities(r: FindingsView): Severity[] {
  return SEVERITIES.filter(
    (s) => r.limits[s] !== undefined || r.inScope[s] + r.outOfScope[s] + r.suppressedBySeverity[s] + r.waivedBySeverity[s] > 0,
  );
}

function waiverTarget(w: WaiverStatus): string[] {
  const parts: string[] = [];
  if (w.rule !== undefined) parts.push(`rule ${w.rule}`);
  if (w.tool !== undefined) parts.push(`tool ${w.tool}`);
  if (w.path !== undefined) parts.push(`path ${w.path}`);
  if (w.fingerprint !== undefined) parts.push(`fingerprint ${w.fingerprint}`);
  return parts;
}

function inDays(days: number): string {
  return days === 0 ? 'today is its last day' : `${days} day${days === 1 ? '' : 's'} left`;
}

function countsTable(r: FindingsView): string {
  if (sum(r.inScope) + sum(r.outOfScope) + sum(r.suppressedBySeverity) + sum(r.waivedBySeverity) === 0) return 'No findings in the reports read.';
  const rows = shownSeverities(r).map((s) => {
    const limit = r.limits[s];
    const cells = [s, limit === undefined ? 'no limit' : String(limit), r.inScope[s], r.outOfScope[s], r.suppressedBySeverity[s], r.waivedBySeverity[s]];
    const over = limit !== undefined && r.inScope[s] > limit ? ' ❌' : '';
    return `| ${cells[0]}${over} | ${cells.slice(1).join(' | ')} |`;
  });
  return ['| Severity | Limit | In scope | Out of scope | Suppressed | Waived |', '|---|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

function overTable(r: FindingsView, w: Words): string {
  if (r.overThresholdTotal === 0) return '';
  const rows = r.overThreshold.slice(0, SECTION_ROWS).map((f) => {
    const loc = f.path === undefined ? '—' : w.file(f.path, f.line);
    return `| ${f.severity} | ${w.rule(f.rule, f.helpUri)} | ${loc} | ${mdText(f.tool)} | ${mdText(shorten(f.message))} | ${stateWords(f, r)} |`;
  });
  const more = r.overThresholdTotal - rows.length;
  return [
    '**Over the limit**',
    '',
    '| Severity | Rule | Location | Tool | Message | State |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...(more > 0 ? ['', `…and ${more} more over the limit (see the audit record).`] : []),
    '',
  ].join('\n');
}

function expiringList(r: FindingsView): string {
  if (!r.waivers.expiringSoon.length) return '';
  const items = r.waivers.expiringSoon.map((w) => {
    const target = waiverTarget(w).map(mdText).join(', ') || 'no matcher';
    return `- ${mdCode(`findings.waivers[${w.index}]`)} (${target}) — owner ${mdText(w.owner)}, last day ${w.expires} (${inDays(w.daysLeft)}): ${mdText(w.reason)}`;
  });
  return ['**Waivers expiring within 14 days**', '', ...items, ''].join('\n');
}

/** Suppressions the change wrote for its own findings: listed, because they did not take effect. */
function notHonouredList(r: FindingsView): string {
  const list = r.suppressionsNotHonoured ?? [];
  if (!list.length) return '';
  const items = list.slice(0, SECTION_ROWS).map((f) => `- ${mdText(f.severity)} ${mdCode(f.rule)} (${mdText(f.tool)}) at ${mdCode(where(f) ?? '(no location)')}`);
  const more = list.length > SECTION_ROWS ? [`- …and ${list.length - SECTION_ROWS} more (see the audit record)`] : [];
  return ['**Suppressions added by this change (not honoured)**', '', 'The change itself suppresses these findings in the source; they count as if unsuppressed (policy `findings.suppressions: existing-only`).', '', ...items, ...more, ''].join('\n');
}

function reportsTable(r: FindingsView): string {
  const rows = r.reports.map((rep) => `| ${mdCode(rep.path)} | ${mdText(rep.format)} | ${mdText(rep.tool)} | ${rep.results} |`);
  return ['**Reports read**', '', '| Report | Format | Tool | Results |', '|---|---|---|---:|', ...rows, ''].join('\n');
}

function otherCounts(r: FindingsView): string {
  const parts: string[] = [];
  if (r.duplicates) parts.push(`${r.duplicates} duplicate${r.duplicates === 1 ? '' : 's'} counted once`);
  if (r.absent) parts.push(`${r.absent} reported as absent (fixed) and not counted`);
  return parts.length ? `\n${parts.join('; ')}.\n` : '';
}

function detailsTitle(r: FindingsView): string {
  const read = sum(r.counts) + r.suppressed;
  const parts = [`${plural(r.overThresholdTotal, 'finding')} over the limit`, `${sum(r.inScope)} counted (${scopeWords(r)})`, `${read} in the reports`];
  return `Findings: ${parts.join(', ')}`;
}

export function findingsMarkdown(r: FindingsView, links: Links = {}): string {
  if (!r.reports.length && sum(r.counts) === 0 && r.suppressed === 0) return '';
  const w = markdownWords(links);
  const parts = [`${mdText(NOVELTY_WORDS[r.novelty])}\n`, `${countsTable(r)}\n${otherCounts(r)}`, overTable(r, w), notHonouredList(r), expiringList(r), reportsTable(r)];
  return details(detailsTitle(r), parts.filter((p) => p !== '').join('\n'));
}

export function findingsText(r: FindingsView, paint: Paint): string[] {
  if (!r.reports.length && sum(r.counts) === 0 && r.suppressed === 0) return [];
  const out: string[] = [];
  out.push(paint(`Findings (${scopeWords(r)}): ${sum(r.inScope)} in scope, ${sum(r.outOfScope)} out of scope, ${r.suppressed} suppressed, ${r.waived} waived`, 'bold'));
  if (r.novelty === 'none') out.push(paint(`  ${NOVELTY_WORDS.none.replace(/`/g, '')}`, 'dim'));
  for (const s of shownSeverities(r)) {
    const limit = r.limits[s];
    const over = limit !== undefined && r.inScope[s] > limit;
    const line = `  ${s.padEnd(8)} ${String(r.inScope[s]).padStart(6)} in scope  limit ${String(limit ?? 'none').padEnd(5)} ${String(r.outOfScope[s]).padStart(6)} out of scope ${String(r.suppressedBySeverity[s]).padStart(6)} suppressed ${String(r.waivedBySeverity[s]).padStart(6)} waived`;
    out.push(over ? paint(line, 'red') : line);
  }
  if (r.duplicates || r.absent) out.push(paint(`  ${r.duplicates} duplicate${r.duplicates === 1 ? '' : 's'} counted once, ${r.absent} absent (fixed)`, 'dim'));
  if (r.overThresholdTotal) {
    out.push(paint('  Over the limit:', 'bold'));
    for (const f of r.overThreshold.slice(0, SECTION_ROWS)) {
      const loc = where(f);
      out.push(`    ${paint(f.severity.toUpperCase().padEnd(8), 'red')} ${termText(f.rule)}  ${termText(loc ?? '(no location)')}  ${termText(shorten(f.message))}`);
    }
    const more = r.overThresholdTotal - Math.min(r.overThreshold.length, SECTION_ROWS);
    if (more > 0) out.push(paint(`    …and ${more} more`, 'dim'));
  }
  for (const f of (r.suppressionsNotHonoured ?? []).slice(0, SECTION_ROWS)) {
    out.push(paint(`  Suppression added by this change, not honoured: ${termText(f.rule)} at ${termText(where(f) ?? '(no location)')}`, 'yellow'));
  }
  for (const w of r.waivers.expiringSoon) {
    out.push(paint(`  Waiver findings.waivers[${w.index}] (${termText(waiverTarget(w).join(', ') || 'no matcher')}), owner ${termText(w.owner)}: last day ${w.expires}, ${inDays(w.daysLeft)}`, 'yellow'));
  }
  for (const rep of r.reports) out.push(paint(`  Read ${termText(rep.path)} (${termText(rep.format)}, ${termText(rep.tool)}, ${rep.results} results)`, 'dim'));
  return out;
}
