/**
 * Which sensitive-path groups a path belongs to, per the policy (plus the policy file itself). A group
 * matches by glob or by word (see paths/path-words.ts); documentation matches only a group that says
 * prose can belong to it (agent instructions are Markdown).
 */
import type { Policy } from '../policy/schema.js';
import { globMatcher } from '../paths/glob.js';
import { wordMatcher } from '../paths/path-words.js';

export function sensitiveGroupsOf(policy: Policy, policyPath?: string): (path: string) => string[] {
  const isDocumentation = globMatcher(policy.risk['documentation-paths']);
  const groups = Object.entries(policy['sensitive-paths'])
    .filter(([, g]) => g.paths.length > 0 || (g.words?.length ?? 0) > 0)
    .map(([name, g]) => {
      const byGlob = globMatcher(g.paths);
      const byWord = wordMatcher(g.words ?? []);
      return { name, prose: g.documentation === true, match: (p: string) => byGlob(p) || byWord(p) };
    });
  return (path) => {
    const prose = isDocumentation(path);
    const names = groups.filter((g) => (g.prose || !prose) && g.match(path)).map((g) => g.name);
    if (policyPath && path === policyPath && !names.includes('governance') && policy['sensitive-paths'].governance) names.push('governance');
    return names;
  };
}
