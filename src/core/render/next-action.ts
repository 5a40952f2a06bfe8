/**
 * The one next action of the first screen: who must approve (named, with who cannot), or what to
 * change first when something else blocks the change. Outside a request it says which sign-off the
 * change would need in one; when sign-off was given, who gave it.
 */
import type { Change } from '../model.js';
import type { Evaluation } from '../evaluation.js';
import type { ApproverSet, CountedApproval, Requirement } from '../oversight/types.js';
import { isRiskRefusal, type Reason } from './reasons.js';
import { listed, plural, type Words } from './words.js';

export interface NextAction {
  /** The lead-in: "Next", "In a pull request", "Signed off". */
  label: string;
  text: (w: Words) => string;
}

const FILES_NAMED = 2;

function files(w: Words, list: readonly string[]): string {
  const shown = list.slice(0, FILES_NAMED).map((f) => w.file(f));
  return list.length > FILES_NAMED ? `${shown.join(', ')} and ${list.length - FILES_NAMED} more` : listed(shown);
}

/** "a code owner of db/x.sql (@org/dba)", "a member of acme/seniors", "someone with write access". */
function approverWords(set: ApproverSet, w: Words): string {
  if (set.anyone) return set.writeAccess ? 'someone with write access to the repository' : 'any reviewer';
  const parts: string[] = [];
  if (set.users.length) parts.push(set.users.length === 1 ? w.code(set.users[0]!) : `one of ${listed(set.users.map(w.code), 'or')}`);
  if (set.teams.length) parts.push(`a member of ${listed(set.teams.map(w.code), 'or')}`);
  if (set.owners.length) parts.push(`a code owner of ${files(w, set.ownedFiles)} (${listed(set.owners.map(w.code), 'or')})`);
  return listed(parts, 'or');
}

/** Who cannot approve their own change, named so nobody waits for them. */
function excluded(e: Evaluation, change: Pick<Change, 'request'>, w: Words): string {
  const people: string[] = [];
  if (change.request?.author) people.push(`${w.code(change.request.author)} (the author)`);
  const requester = e.attribution.requester?.login;
  if (requester && requester.toLowerCase() !== change.request?.author?.toLowerCase()) people.push(`${w.code(requester)} (who asked for it)`);
  return people.length ? ` other than ${listed(people)}` : '';
}

function ask(r: Requirement, e: Evaluation, change: Pick<Change, 'request'>, w: Words): string {
  const n = r.counted.length ? plural(r.missing, 'more approval') : plural(r.missing, 'approval');
  const when = r.allowStale ? '' : ' on the latest commit';
  const stale = r.notCounted.filter((x) => x.why === 'stale').map((x) => w.code(x.login));
  const again = stale.length ? `; ${listed(stale)} approved an older commit and can approve again` : '';
  return `get ${n}${when} from ${approverWords(r.approvers, w)}${excluded(e, change, w)}${again}`;
}

function counted(list: readonly CountedApproval[], w: Words): string {
  return listed(
    list.map((c) => {
      const via = c.via === 'codeowner' ? 'code owner' : c.via === 'user' ? 'listed approver' : c.via.startsWith('team:') ? `member of ${w.code(c.via.slice(5))}` : c.via === 'write-access' ? 'write access' : '';
      return via ? `${w.code(c.login)} (${via})` : w.code(c.login);
    }),
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function nextAction(e: Evaluation, change: Pick<Change, 'request'>, reasons: readonly Reason[]): NextAction | undefined {
  const o = e.oversight;
  const unmet = o.applicable ? o.required.filter((r) => !r.satisfied) : [];
  const errors = e.violations.filter((v) => v.level === 'error' && v.rule !== 'approvals.required');
  const label = e.decision === 'warn' && e.violations.some((v) => v.level === 'error') ? 'Next (not blocking in warn mode)' : 'Next';
  if (errors.length) {
    // What blocks besides sign-off is fixed first: an approval is given on the commit that fixes it.
    const first = errors[0]!;
    const reason = reasons.find((r) => r.covers.includes(first.rule));
    const fix = (w: Words) => (reason ? reason.todo(w) : isRiskRefusal(first) ? riskRemedy(reasons, w, first.remediation) : w.text(first.remediation.replace(/\.$/, '')));
    const more = errors.length > 1 ? ` (and ${plural(errors.length - 1, 'more fix', 'more fixes')}, above)` : '';
    return {
      label,
      text: (w) => `${capital(fix(w))}${more}${unmet.length ? `; then ${unmet.map((r) => ask(r, e, change, w)).join('; and ')}` : ''}.`,
    };
  }
  if (unmet.length) return { label, text: (w) => `${capital(unmet.map((r) => ask(r, e, change, w)).join('; and '))}.` };
  if (!o.applicable && o.wouldNeed.length) {
    return {
      label: 'In a pull or merge request',
      text: (w) =>
        `this change would need ${o.wouldNeed
          .map((r) => `${plural(r.needed, 'approval')} on its latest commit from ${approverWords(r.approvers, w)}`)
          .join('; and ')}.`,
    };
  }
  const given = o.applicable ? o.required.flatMap((r) => r.counted) : [];
  if (given.length) return { label: 'Signed off', text: (w) => `by ${counted(given, w)}.` };
  return undefined;
}

/** A refusal on risk alone is answered by removing what makes the change risky: the top reason's advice. */
function riskRemedy(reasons: readonly Reason[], w: Words, fallback: string): string {
  const top = reasons[0];
  return top ? top.todo(w) : w.text(fallback.replace(/\.$/, ''));
}
