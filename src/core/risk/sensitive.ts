/**
 * Which sensitive-path groups a path belongs to, per the policy (plus the policy file itself). A group
 * matches by glob or by word (see paths/path-words.ts); documentation matches only a group that says
 * prose can belong to it (agent instructions are Markdown). The answers come from the policy's one
 * path classifier (path-classes.ts), so every glob is matched once per path.
 */
import type { Policy } from '../policy/schema.js';
import { pathClassifier } from './path-classes.js';

export function sensitiveGroupsOf(policy: Pick<Policy, 'risk' | 'sensitive-paths'>, policyPath?: string): (path: string) => readonly string[] {
  const classify = pathClassifier(policy, policyPath);
  return (path) => classify(path).groups;
}
