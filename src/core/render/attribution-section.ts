/**
 * The attribution evidence, collapsed: one row per commit with every signal found on it, then the
 * request's own signals, the declaration, the requester and line-level data. Everything here came from
 * commits and requests and is escaped.
 */
import type { Evidence, EvidenceSignal } from '../attribution/types.js';
import { details } from './details.js';
import { mdCode, mdText } from './escape.js';
import { mdLink } from './links.js';
import { percent, shortSha, subject, type SummaryInput } from './summary-model.js';
import { plural } from './words.js';

const MAX_ROWS = 50;

const SIGNAL_WORDS: Record<EvidenceSignal, string> = {
  'co-author-trailer': 'co-author trailer',
  'sign-off-trailer': 'sign-off trailer',
  'author-email': 'author email',
  'committer-email': 'committer email',
  'author-name': 'author name',
  'committer-name': 'committer name',
  'author-name-suffix': 'author name',
  'committer-name-suffix': 'committer name',
  'message-marker': 'message',
  trailer: 'trailer',
  'session-link': 'session link',
  'merge-branch': 'merged branch',
  disclosure: 'disclosure',
  'request-author': 'request author',
  'branch-prefix': 'branch name',
  label: 'label',
  'body-marker': 'description',
  declaration: 'declaration',
};

function evidenceCell(list: readonly Evidence[]): string {
  return list.map((ev) => `${mdText(SIGNAL_WORDS[ev.signal])}: ${mdCode(ev.value)}`).join('<br>');
}

/** Where the attribution came from beyond the commits: the share's caveat and the request a push was merged from. */
function provenance(a: SummaryInput['evaluation']['attribution']): string[] {
  const lines: string[] = [];
  if (a.models.length) lines.push(`Models: ${a.models.map(mdCode).join(', ')}.`, '');
  if (a.shareNote) lines.push(mdText(a.shareNote), '');
  if (a.mergedRequest) {
    const m = a.mergedRequest;
    const what = m.number !== undefined ? `#${m.number}` : 'a request';
    const label = m.url ? mdLink(mdText(what), m.url) : mdText(what);
    lines.push(`Merged from ${label} (${mdText(m.source)}); its ${plural(m.commits, 'commit')} and description were read for attribution.`, '');
  }
  return lines;
}

function title({ evaluation: e, change }: SummaryInput): string {
  const a = e.attribution;
  const commits = a.commits.length;
  if (!a.aiAssisted) return `AI attribution: no markers in ${plural(commits, 'commit')}${change.request ? ' or the request' : ''}`;
  const ai = a.commits.filter((c) => c.aiAssisted).length;
  const tools = a.tools.join(', ') || 'unspecified tool';
  if (!ai) return `AI attribution: ${tools}, from the request`;
  const where = commits === 1 ? 'its only commit' : ai === commits ? `all ${commits} commits` : `${ai} of ${commits} commits`;
  return `AI attribution: ${tools} in ${where}`;
}

export function attributionMarkdown(input: SummaryInput): string {
  const { evaluation: e, change, links = {} } = input;
  const a = e.attribution;
  const lines: string[] = [];
  if (!a.aiAssisted) {
    lines.push('Absence of markers is not proof of human authorship.');
  } else {
    const method = a.shareMethod === 'commits' ? 'the added lines of AI-attributed commits' : a.shareMethod === 'request' ? 'the request, opened by an AI agent' : `${a.shareMethod} line-level data`;
    lines.push(`AI share: **${percent(a.aiShare)}** of added lines, from ${mdText(method)}.`, '', ...provenance(a));
    const messages = new Map(change.commits.map((c) => [c.sha, subject(c.message)]));
    const rows: string[] = [];
    const models = (list: ReadonlyArray<string | undefined>) => [...new Set(list.filter((m): m is string => m !== undefined))].map(mdCode).join(', ');
    if (a.requestEvidence.length) {
      rows.push(`| request | ${mdText([...new Set(a.requestEvidence.map((x) => x.tool))].join(', '))} | ${models(a.requestEvidence.map((x) => x.model))} | ${evidenceCell(a.requestEvidence)} |`);
    }
    for (const c of a.commits.filter((x) => x.aiAssisted)) {
      const sha = mdLink(mdCode(shortSha(c.sha)), links.commit?.(c.sha));
      const about = messages.get(c.sha);
      rows.push(`| ${sha}${about ? ` ${mdText(about.length > 72 ? `${about.slice(0, 71)}…` : about)}` : ''} | ${mdText(c.tools.join(', '))} | ${models(c.models)} | ${evidenceCell(c.evidence)} |`);
    }
    lines.push('| Where | Tool | Model | Evidence |', '|---|---|---|---|', ...rows.slice(0, MAX_ROWS));
    if (rows.length > MAX_ROWS) lines.push('', `…and ${plural(rows.length - MAX_ROWS, 'more commit')} in the audit record.`);
  }
  const facts: string[] = [];
  if (a.declaration) facts.push(`Declared: **${mdText(a.declaration.value)}** (${mdText(a.declaration.source)})`);
  else if (change.request) facts.push('Declared: nothing (no `AI-Assisted:` line)');
  if (a.requester) facts.push(`Requested by: ${mdCode(a.requester.login ? `@${a.requester.login}` : (a.requester.name ?? a.requester.email ?? ''))} (${mdText(a.requester.source)})`);
  if (a.lineLevel) facts.push(`Line-level data: ${mdText(a.lineLevel.method)}, ${a.lineLevel.aiLines} of ${plural(a.lineLevel.totalAddedLines, 'added line')} by AI`);
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  for (const p of a.problems) lines.push(`- ⚠️ ${mdText(p)}`);
  return details(title(input), lines.join('\n'));
}
