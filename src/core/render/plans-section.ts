/**
 * The plans in the summary: one sentence for the first screen ("this change will destroy 2 resources,
 * including `aws_db_instance.main` (stateful: relational database; replaced because `engine` changed)"),
 * then the resources a reviewer must look at and what each plan counts. Everything from a plan is
 * untrusted text and is escaped.
 */
import { noPlanWords, statefulFirst, type DestroyedResource, type PlanAssessment, type PlanSummary } from '../plans/assess.js';
import { reasonPhrase } from '../plans/reasons.js';
import type { PlanTool } from '../plans/types.js';
import { mdCode, mdText, termText } from './escape.js';
import { grouped } from './grouped.js';

const MAX_ROWS = 50;

const TOOL: Record<PlanTool, string> = { terraform: 'Terraform', opentofu: 'OpenTofu', pulumi: 'Pulumi', cloudformation: 'CloudFormation' };

interface Words {
  code: (text: string) => string;
  text: (text: string) => string;
}

const MARKDOWN: Words = { code: mdCode, text: mdText };
const TERMINAL: Words = { code: (t) => `\`${termText(t)}\``, text: termText };

function plural(n: number, word: string, many = `${word}s`): string {
  return `${grouped(n)} ${n === 1 ? word : many}`;
}

/** "(stateful: relational database; replaced because `engine` changed)", or "" when there is nothing to add. */
function about(d: DestroyedResource, w: Words): string {
  const parts: string[] = [];
  if (d.stateful) parts.push(`stateful: ${w.text(d.stateful.what)}`);
  const reason = reasonPhrase(d.resource, w.code);
  if (reason) parts.push(reason);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** The one sentence the first screen shows, or "" when there is nothing to say about plans. */
function sentence(a: PlanAssessment, w: Words): string {
  if (a.estimatedFromDiff) {
    const files = a.infrastructureFiles.slice(0, 3).map(w.code).join(', ') + (a.infrastructureFiles.length > 3 ? ', …' : '');
    const none = noPlanWords(a);
    return `${none[0]!.toUpperCase()}${none.slice(1)} for this change to infrastructure code (${files}): its blast radius is estimated from the diff, which cannot see replacements or what a count or a moved module destroys.`;
  }
  if (!a.summaries.length) return '';
  const n = a.destroyed.length;
  if (n === 0) {
    const c = total(a.summaries);
    return `The ${a.summaries.length === 1 ? 'plan destroys' : 'plans destroy'} nothing: ${c.create} to create, ${c.update} to update, ${c.replace} to replace, ${c.delete} to delete.`;
  }
  const first = a.statefulDestroyed[0] ?? a.destroyed[0]!;
  const named = `${w.code(first.resource.address)}${about(first, w)}`;
  if (n === 1) return `This change will destroy 1 resource: ${named}.`;
  const stateful = a.statefulDestroyed.length ? ` (${a.statefulDestroyed.length === n ? 'all' : a.statefulDestroyed.length} stateful)` : '';
  return `This change will destroy ${plural(n, 'resource')}${stateful}, including ${named}.`;
}

function total(summaries: readonly PlanSummary[]): PlanSummary['counts'] {
  const sum = { ...summaries[0]!.counts };
  for (const s of summaries.slice(1)) for (const k of Object.keys(sum) as Array<keyof PlanSummary['counts']>) sum[k] += s.counts[k];
  return sum;
}

function countLine(s: PlanSummary): string {
  const c = s.counts;
  const parts = [`${c.create} create`, `${c.update} update`, `${c.delete} delete`, `${c.replace} replace`, `${c.read} read`, `${c['no-op']} no-op`];
  if (c.forget) parts.push(`${c.forget} forget (left in place)`);
  const drift = s.drift ? ` · ${plural(s.drift, 'drift entry', 'drift entries')} (changes made outside the tool, not counted)` : '';
  return `${parts.join(', ')}${drift}`;
}

function toolName(s: PlanSummary): string {
  return `${TOOL[s.tool]}${s.toolVersion ? ` ${s.toolVersion}` : ''}`;
}

/** The first-screen sentence, as Markdown: what a summary shows first about the plans ("" when nothing). */
export function planSentenceMarkdown(a: PlanAssessment): string {
  return sentence(a, MARKDOWN);
}

export function plansMarkdown(a: PlanAssessment | undefined): string {
  if (!a) return '';
  const lead = planSentenceMarkdown(a);
  if (!lead) return '';
  const lines = ['### Plans', '', lead, ''];
  if (a.destroyed.length) {
    lines.push('| Resource | Action | Holds state | Why | Plan |', '|---|---|---|---|---|');
    const ordered = statefulFirst(a);
    for (const d of ordered.slice(0, MAX_ROWS)) {
      const state = d.stateful ? `**yes**: ${mdText(d.stateful.what)}${d.resource.retained ? ' (kept by the tool)' : ''}` : 'no';
      const why = reasonPhrase(d.resource, mdCode) ?? '';
      lines.push(`| ${mdCode(d.resource.address)} | ${d.resource.action} | ${state} | ${why} | ${mdCode(d.plan)} |`);
    }
    if (ordered.length > MAX_ROWS) lines.push('', `…and ${ordered.length - MAX_ROWS} more in the audit record.`);
    lines.push('');
  }
  for (const s of a.summaries) {
    lines.push(`- ${mdCode(s.path)} (${mdText(toolName(s))}): ${mdText(countLine(s))}`);
    for (const n of s.notes) lines.push(`  - ${mdText(n)}`);
  }
  return lines.join('\n') + '\n';
}

export function plansText(a: PlanAssessment | undefined, bold: (s: string) => string): string[] {
  if (!a) return [];
  const lead = sentence(a, TERMINAL);
  if (!lead) return [];
  const out = [bold('Plans'), `  ${lead}`];
  for (const d of statefulFirst(a).slice(0, MAX_ROWS)) {
    out.push(`  ${d.resource.action.padEnd(7)} ${termText(d.resource.address)}${about(d, TERMINAL)}`);
  }
  for (const s of a.summaries) {
    out.push(`  ${termText(s.path)} (${termText(toolName(s))}): ${countLine(s)}`);
    for (const n of s.notes) out.push(`    ${termText(n)}`);
  }
  return out;
}
