/** The plan rules of the policy: bounds on deletes and replaces, and what a stateful destroy is. */
import type { Policy } from '../policy/schema.js';
import type { Violation } from '../violation.js';
import type { DestroyedResource, PlanAssessment } from './assess.js';

const LISTED = 5;

function named(list: readonly DestroyedResource[]): string {
  const shown = list.slice(0, LISTED).map((d) => d.resource.address);
  return shown.join(', ') + (list.length > LISTED ? ` and ${list.length - LISTED} more` : '');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function planViolations(a: PlanAssessment, policy: Pick<Policy, 'plans'>): Violation[] {
  const p = policy.plans;
  const out: Violation[] = [];
  const bounds = [
    { action: 'delete', max: p['max-deletes'], rule: 'plans.max-deletes', verb: 'delete' },
    { action: 'replace', max: p['max-replaces'], rule: 'plans.max-replaces', verb: 'replace' },
  ] as const;
  for (const b of bounds) {
    const hits = a.destroyed.filter((d) => d.resource.action === b.action);
    if (b.max === undefined || hits.length <= b.max) continue;
    out.push({
      rule: b.rule,
      message: `The plans ${b.verb} ${plural(hits.length, 'resource')} (${named(hits)}); the policy allows at most ${b.max}.`,
      remediation: `Check that each ${b.verb} is intended; split the change so each part stays within ${b.rule}, or have a policy owner raise it.`,
      level: 'error',
    });
  }
  const lost = a.statefulDestroyed;
  if (lost.length && p['stateful-destroy'] !== 'ignore') {
    out.push({
      rule: 'plans.stateful-destroy',
      message: `The plans destroy ${plural(lost.length, 'stateful resource')}, whose data a revert does not bring back: ${named(lost)}.`,
      remediation: 'Make sure a backup or snapshot exists and the destroy is intended; to keep the data, move the resource (moved block, state mv) instead of recreating it, or protect it (prevent_destroy, deletion protection, retain policy).',
      level: p['stateful-destroy'] === 'fail' ? 'error' : 'warning',
    });
  }
  return out;
}
