/**
 * The built-in sign-off: an AI-assisted change at high risk or above, and any change at critical risk,
 * needs one approval on its latest commit from a code owner of the files that made it risky — or, where
 * no CODEOWNERS entry owns them, from someone with write access. Both rules ask the same people, so a
 * change they both match needs one approval, not two. Risk alone refuses nothing: without the approval
 * the change fails; with it, it passes.
 */
export interface ApprovalRuleDefault {
  name: string;
  when: { 'ai-assisted'?: boolean; 'risk-at-least': 'high' | 'critical' };
  require: { count: number; codeowners: 'risky-files'; otherwise: 'write-access'; 'if-no-codeowners': 'write-access'; 'allow-stale': boolean };
}

const ASK = { count: 1, codeowners: 'risky-files', otherwise: 'write-access', 'if-no-codeowners': 'write-access', 'allow-stale': false } as const;

export const DEFAULT_APPROVAL_RULES: readonly ApprovalRuleDefault[] = [
  { name: 'ai-assisted-high-risk', when: { 'ai-assisted': true, 'risk-at-least': 'high' }, require: { ...ASK } },
  { name: 'critical-risk', when: { 'risk-at-least': 'critical' }, require: { ...ASK } },
];
