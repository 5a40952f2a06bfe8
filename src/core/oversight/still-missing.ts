/**
 * "Still missing" across every requirement at once: the fewest further approvals that meet them all.
 * One person named by two rules meets both with one approval, so the sum of each requirement's gap
 * overstates it; the answer here is exact for the people the rules name. A team counts as any number
 * of distinct members who belong to that team only (the gate does not know who else they are), a
 * `@name` code owner as one person, and "any reviewer" is met by anyone's approval.
 */
import type { Approval } from '../model.js';
import type { People } from './count-approvals.js';
import { isTeamOwner } from './owner-kind.js';
import type { FurtherApproval, FurtherApprovals, Requirement } from './types.js';

const norm = (s: string): string => s.trim().replace(/^@+/, '').toLowerCase();

interface Candidate {
  key: string;
  who: string;
  kind: 'user' | 'team';
  /** Indexes of the named requirements this approval counts towards. */
  covers: number[];
  /** Users approve once; a team has members to spare. */
  once: boolean;
}

function candidatesOf(named: Requirement[], excluded: Set<string>): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (key: string, who: string, kind: Candidate['kind'], i: number) => {
    const c = byKey.get(key) ?? { key, who, kind, covers: [], once: kind === 'user' };
    if (!c.covers.includes(i)) c.covers.push(i);
    byKey.set(key, c);
  };
  named.forEach((r, i) => {
    for (const u of r.approvers.users) if (!excluded.has(norm(u))) add(`u:${norm(u)}`, u, 'user', i);
    for (const t of r.approvers.teams) add(`t:${norm(t)}`, t, 'team', i);
    for (const o of r.approvers.owners) {
      if (!o.startsWith('@') || o.startsWith('@@')) continue; // emails and roles never count
      if (isTeamOwner(o)) add(`t:${norm(o)}`, o.slice(1), 'team', i);
      else if (!excluded.has(norm(o))) add(`u:${norm(o)}`, o.slice(1), 'user', i);
    }
  });
  return [...byKey.values()];
}

const SEARCH_LIMIT = 20_000;

/** Fewest picks meeting every gap; undefined when the search is too large to finish. */
function search(gaps: number[], candidates: Candidate[]): FurtherApproval[] | undefined {
  let best: FurtherApproval[] | undefined;
  let steps = 0;
  const used = new Set<string>();
  const picks: FurtherApproval[] = [];
  const lowerBound = (g: number[]) => Math.max(0, ...g);
  const go = (g: number[]): void => {
    if (++steps > SEARCH_LIMIT) return;
    const i = g.findIndex((n) => n > 0);
    if (i < 0) {
      if (!best || picks.length < best.length) best = [...picks];
      return;
    }
    if (best && picks.length + lowerBound(g) >= best.length) return;
    const viable = candidates.filter((c) => c.covers.includes(i) && !(c.once && used.has(c.key)));
    if (!viable.length) {
      // Nobody named is left for this requirement: the approval is still missing, but no one can give it.
      picks.push({ who: '', kind: 'nobody', rules: [String(i)] });
      go(g.map((n, j) => (j === i ? n - 1 : n)));
      picks.pop();
      return;
    }
    for (const c of viable) {
      if (c.once) used.add(c.key);
      picks.push({ who: c.who, kind: c.kind, rules: c.covers.map(String) });
      go(g.map((n, j) => (n > 0 && c.covers.includes(j) ? n - 1 : n)));
      picks.pop();
      if (c.once) used.delete(c.key);
    }
  };
  go(gaps);
  return steps > SEARCH_LIMIT ? undefined : best;
}

export function stillMissing(required: Requirement[], people: People, approvals: Approval[]): FurtherApprovals {
  const open = required.filter((r) => !r.satisfied);
  const anyone = open.filter((r) => r.approvers.anyone);
  const named = open.filter((r) => !r.approvers.anyone);
  // Who cannot give a further approval: the author, the requester, and whoever approved already.
  const excluded = new Set([people.author, people.requester, ...approvals.map((a) => a.login)].filter((x): x is string => !!x).map(norm));
  const candidates = candidatesOf(named, excluded);
  const reachable = named.filter((_, i) => candidates.some((c) => c.covers.includes(i)));
  const unreachable = named.filter((_, i) => !candidates.some((c) => c.covers.includes(i)));
  const reachableCandidates = candidates
    .map((c) => ({ ...c, covers: c.covers.filter((i) => reachable.includes(named[i]!)).map((i) => reachable.indexOf(named[i]!)) }))
    .filter((c) => c.covers.length);
  const found = search(reachable.map((r) => r.missing), reachableCandidates);
  const ruleNames = (indexes: string[]) => indexes.map((i) => reachable[Number(i)]!.rules.join(' + '));
  const picked: FurtherApproval[] = found
    ? found.map((p) => ({ ...p, rules: ruleNames(p.rules) }))
    : reachable.flatMap((r) => Array.from({ length: r.missing }, () => ({ who: '', kind: 'nobody' as const, rules: [r.rules.join(' + ')] })));
  const nobody = picked.filter((p) => p.kind === 'nobody');
  const from = picked.filter((p) => p.kind !== 'nobody');
  // Approvals for named rules also count for "any reviewer" rules; any shortfall is anyone's to give.
  const anyoneGap = Math.max(0, ...anyone.map((r) => r.missing));
  const anyoneRules = anyone.map((r) => r.rules.join(' + '));
  for (const p of from) p.rules.push(...anyoneRules.filter((n) => !p.rules.includes(n)));
  for (let k = from.length; k < anyoneGap; k++) from.push({ who: 'any reviewer', kind: 'anyone', rules: anyoneRules });
  const unreachableGap = unreachable.reduce((n, r) => n + r.missing, 0);
  const short = [...new Set(nobody.flatMap((p) => p.rules))];
  return { count: from.length + nobody.length + unreachableGap, from, unreachable: [...unreachable.map((r) => r.rules.join(' + ')), ...short] };
}
