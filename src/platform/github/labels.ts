/**
 * Labels that let people filter pull requests by what the gate found: `ai-assisted` and
 * `risk:<level>`. Only missing labels are added and only stale `risk:` labels removed; `ai-assisted`
 * is never removed, because a person may have set it as their own declaration.
 */
import { RISK_LEVELS } from '../../core/model.js';
import type { Published } from '../types.js';
import type { GitHubContext } from './context.js';

const AI_LABEL = 'ai-assisted';
const riskLabel = (level: string) => `risk:${level}`;

export function labelChanges(result: Published, current: string[]): { add: string[]; remove: string[] } {
  const have = new Set(current);
  const want = [riskLabel(result.evaluation.risk.level), ...(result.evaluation.attribution.aiAssisted ? [AI_LABEL] : [])];
  const stale = RISK_LEVELS.map(riskLabel).filter((l) => l !== riskLabel(result.evaluation.risk.level) && have.has(l));
  return { add: want.filter((l) => !have.has(l)), remove: stale };
}

export async function syncLabels(ctx: GitHubContext, result: Published): Promise<{ add: string[]; remove: string[] }> {
  const number = ctx.event.pullNumber;
  if (!ctx.inputs.labels || number === undefined || !ctx.client || ctx.event.name === 'merge_group') return { add: [], remove: [] };
  const changes = labelChanges(result, result.change.request?.labels ?? []);
  const where = { owner: ctx.owner, repo: ctx.repo, issue_number: number };
  if (changes.add.length) await ctx.client.rest.issues.addLabels({ ...where, labels: changes.add });
  for (const name of changes.remove) await ctx.client.rest.issues.removeLabel({ ...where, name });
  return changes;
}
