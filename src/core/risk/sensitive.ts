/** Which sensitive-path groups a path belongs to, per the policy (plus the policy file itself). */
import type { Policy } from '../policy/schema.js';
import { globMatcher } from '../paths/glob.js';

export function sensitiveGroupsOf(policy: Policy, policyPath?: string): (path: string) => string[] {
  const groups = Object.entries(policy['sensitive-paths'])
    .filter(([, g]) => g.paths.length > 0)
    .map(([name, g]) => ({ name, match: globMatcher(g.paths) }));
  return (path) => {
    const names = groups.filter((g) => g.match(path)).map((g) => g.name);
    if (policyPath && path === policyPath && !names.includes('governance') && policy['sensitive-paths'].governance) names.push('governance');
    return names;
  };
}
