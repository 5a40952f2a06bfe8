/**
 * Reads the plans the run was given (--plans, the `plans` input). A pattern that matches nothing, or a
 * file that cannot be read as a plan, is what `plans.missing` decides: by default a failing violation,
 * because a gate that was told to read the blast radius and could not must not pass as if it had.
 */
import { resolve } from 'node:path';
import { isInputError } from '../../core/errors.js';
import type { LoadedPlan } from '../../core/plans/types.js';
import type { Policy } from '../../core/policy/schema.js';
import type { Violation } from '../../core/violation.js';
import { collectReports } from '../reports/collect.js';
import { readPlan } from './read-plan.js';

export interface GatheredPlans {
  plans: LoadedPlan[];
  violations: Violation[];
}

function levelFor(missing: Policy['plans']['missing']): Violation['level'] | undefined {
  return missing === 'fail' ? 'error' : missing === 'warn' ? 'warning' : undefined;
}

export async function gatherPlans(patterns: string[], cwd: string, policy: Pick<Policy, 'plans'>): Promise<GatheredPlans> {
  const level = levelFor(policy.plans.missing);
  const plans: LoadedPlan[] = [];
  const violations: Violation[] = [];
  const seen = new Set<string>();
  for (const { pattern, files } of await collectReports(patterns, cwd)) {
    if (files.length === 0 && level !== undefined) {
      violations.push({
        rule: 'plans.plan-missing',
        message: `No plan matched ${JSON.stringify(pattern)}; the blast radius could not be read from a plan.`,
        remediation: 'Check that the job or step that writes the plan JSON ran before the gate and handed the file over (in CI, as an artifact); or set plans.missing to warn or ignore.',
        level,
      });
    }
    for (const file of files) {
      const key = resolve(cwd, file);
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        plans.push(await readPlan(file, cwd));
      } catch (e) {
        if (!isInputError(e)) throw e;
        if (level === undefined) continue;
        const detail = e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message;
        violations.push({ rule: 'plans.plan-unreadable', message: `The plan ${file} could not be read: ${detail}`, remediation: e.hint ?? 'Regenerate the plan JSON with its tool.', level });
      }
    }
  }
  return { plans, violations };
}
