/**
 * The Sign-off part of the summary: one line that says whether the human approvals the policy asks for
 * are there, then who is needed, who approved, what is still missing and whose approval did not count.
 * Logins, team names, rule names and paths all come from outside (the platform, the policy, the
 * repository) and go through mdText/mdCode or termText.
 */
import { WHY_WORDS, approverParts, plural } from '../oversight/describe.js';
import type { ApproverSet, CountedApproval, OversightResult, Requirement } from '../oversight/types.js';
import { mdCode, mdText, termText } from './escape.js';
import { details } from './details.js';

export type SignoffPaint = (text: string, ...styles: Array<'red' | 'green' | 'yellow' | 'bold' | 'dim'>) => string;

const FILES_SHOWN = 3;

function totalMissing(result: OversightResult): number {
  return result.stillMissing?.count ?? result.required.reduce((n, r) => n + r.missing, 0);
}

/** "alice (senior review + security), a member of team org/dba (security)" — before escaping. */
function furtherApprovalsWords(result: OversightResult): string | undefined {
  const further = result.stillMissing;
  if (!further || further.count === 0) return undefined;
  const picks = further.from.map((p) => {
    const who = p.kind === 'team' ? `a member of team ${p.who}` : p.kind === 'user' ? p.who : p.who === 'any reviewer' ? 'any reviewer' : `an approver for ${p.who}`;
    return `${who} (${p.rules.join(', ')})`;
  });
  const none = further.unreachable.length ? `; nobody can currently approve ${further.unreachable.join(', ')}` : '';
  return `${plural(further.count, 'further approval')} would meet every requirement: ${picks.join('; ') || 'none possible'}${none}.`;
}

/** The verdict in plain words, before escaping. */
function verdict(result: OversightResult): { icon: string; text: string } {
  if (!result.applicable) return { icon: '➖', text: `Sign-off not applicable: ${result.reason ?? 'no request'}` };
  if (!result.required.length) return { icon: '✅', text: 'No approval rule applies to this change' };
  if (result.satisfied) {
    const n = result.required.length;
    return { icon: '✅', text: n === 1 ? 'Sign-off complete' : `Sign-off complete: all ${n} requirements met` };
  }
  const unmet = result.required.filter((r) => !r.satisfied).map((r) => r.rules.join(' + '));
  return { icon: '❌', text: `Missing ${plural(totalMissing(result), 'approval')} (${unmet.join('; ')})` };
}

function viaWords(c: CountedApproval): string | undefined {
  if (c.via === 'user') return 'listed user';
  if (c.via === 'codeowner') return 'code owner';
  if (c.via === 'any-reviewer') return undefined;
  if (c.via === 'write-access') return 'write access';
  return `team ${c.via.slice('team:'.length)}`;
}

function approversMd(set: ApproverSet): string {
  if (set.anyone) return mdText(approverParts(set)[0]!);
  const parts: string[] = [];
  if (set.users.length) parts.push(`${set.users.length === 1 ? 'user' : 'users'} ${set.users.map(mdCode).join(', ')}`);
  if (set.teams.length) parts.push(`${set.teams.length === 1 ? 'team' : 'teams'} ${set.teams.map(mdCode).join(', ')}`);
  if (set.owners.length) {
    const files = set.ownedFiles.slice(0, FILES_SHOWN).map(mdCode).join(', ');
    const more = set.ownedFiles.length > FILES_SHOWN ? ` and ${set.ownedFiles.length - FILES_SHOWN} more` : '';
    parts.push(`code owners of ${files}${more} (${set.owners.map(mdCode).join(', ')})`);
  }
  return parts.join(' or ');
}

function row(r: Requirement): string {
  const requirement = `${r.rules.map((n) => `**${mdText(n)}**`).join(' + ')}<br>${approversMd(r.approvers)}${r.allowStale ? '<br>earlier approvals count' : ''}`;
  const approvedBy = r.counted.length
    ? r.counted.map((c) => {
        const via = viaWords(c);
        return via ? `${mdText(c.login)} (${mdText(via)})` : mdText(c.login);
      }).join(', ')
    : '—';
  const missing = r.missing ? `❌ ${r.missing}` : '✅ 0';
  const notCounted = r.notCounted.length ? r.notCounted.map((n) => `${mdText(n.login)} (${mdText(WHY_WORDS[n.why])})`).join(', ') : '—';
  return `| ${requirement} | ${r.needed} | ${approvedBy} | ${missing} | ${notCounted} |`;
}

/** "Approvals of request #104, on its own head 1a2b3c4d5e6f" — said when the judged commit is not the request's head. */
function subjectWords(result: OversightResult): string | undefined {
  const s = result.subject;
  if (!s?.headSha) return undefined;
  return `Approvals of request${s.number === undefined ? '' : ` #${s.number}`}, judged on its own head ${s.headSha.slice(0, 12)} (this run judges a merge queue or merge train commit).`;
}

/** The `<summary>` line of the sign-off details, in plain words. */
function detailsTitle(result: OversightResult): string {
  if (!result.applicable) return `Sign-off in a pull or merge request: ${plural(result.wouldNeed.reduce((n, r) => n + r.needed, 0), 'approval')}`;
  const given = result.required.reduce((n, r) => n + Math.min(r.needed, r.counted.length), 0);
  if (result.satisfied) return `Sign-off: complete, ${plural(given, 'approval')} counted`;
  return `Sign-off: ${plural(totalMissing(result), 'approval')} missing, ${given} counted`;
}

/**
 * The sign-off details, collapsed: the verdict line, the table of requirements (who is needed, who
 * approved, who did not count and why) and the notes. Empty when no rule applies and nothing is noted.
 */
export function signoffMarkdown(result: OversightResult): string {
  if (!result.required.length && !result.wouldNeed.length && !result.notes.length) return '';
  const v = verdict(result);
  const lines = [`${v.icon} **${mdText(v.text)}**`];
  const subject = subjectWords(result);
  if (subject) lines.push('', mdText(subject));
  if (!result.applicable && result.wouldNeed.length) {
    lines.push('', '| Rules | Needed | From |', '|---|---:|---|', ...result.wouldNeed.map((r) => `| ${r.rules.map((n) => `**${mdText(n)}**`).join(' + ')} | ${r.needed} | ${approversMd(r.approvers)} |`));
  }
  if (result.required.length) {
    lines.push('', '| Requirement | Needed | Approved by | Still missing | Not counted |', '|---|---:|---|---:|---|', ...result.required.map(row));
  }
  const further = furtherApprovalsWords(result);
  if (further) lines.push('', `Still needed: ${mdText(further)}`);
  if (result.notes.length) lines.push('', ...result.notes.map((n) => `- ${mdText(n)}`));
  return details(detailsTitle(result), lines.join('\n'));
}

function approversText(set: ApproverSet): string {
  return approverParts(set).map(termText).join(' or ');
}

export function signoffText(result: OversightResult, paint: SignoffPaint = (s) => s): string[] {
  const v = verdict(result);
  const tone = v.icon === '❌' ? 'red' : v.icon === '✅' ? 'green' : 'yellow';
  const out = [paint(`${v.icon} ${termText(v.text)}`, 'bold', tone)];
  const subject = subjectWords(result);
  if (subject) out.push(`  ${termText(subject)}`);
  for (const r of result.applicable ? [] : result.wouldNeed) {
    // The rule names come from the policy: never at the start of a log line.
    out.push(`  ${plural(r.needed, 'approval')} from ${approversText(r.approvers)} (${termText(r.rules.join(' + '))})`);
  }
  for (const r of result.required) {
    const mark = r.satisfied ? paint('✓', 'green') : paint('✗', 'red');
    out.push(`  ${mark} ${termText(r.rules.join(' + '))}: ${r.counted.length} of ${r.needed} from ${approversText(r.approvers)}`);
    if (r.counted.length) {
      const who = r.counted.map((c) => {
        const via = viaWords(c);
        return via ? `${termText(c.login)} (${termText(via)})` : termText(c.login);
      });
      out.push(`      approved by ${who.join(', ')}`);
    }
    if (r.missing) out.push(paint(`      still missing ${r.missing}`, 'red'));
    if (r.notCounted.length) {
      out.push(paint(`      not counted: ${r.notCounted.map((n) => `${termText(n.login)} (${WHY_WORDS[n.why]})`).join(', ')}`, 'dim'));
    }
  }
  const further = furtherApprovalsWords(result);
  if (further) out.push(`  Still needed: ${termText(further)}`);
  for (const n of result.notes) out.push(paint(`  ! ${termText(n)}`, 'yellow'));
  return out;
}
