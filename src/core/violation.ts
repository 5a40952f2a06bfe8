/** One broken rule of the policy, with what to do about it. */
type ViolationLevel = 'error' | 'warning';

export interface Violation {
  /** Stable rule id, e.g. "risk.fail-at", "ai.fail-at-risk". */
  rule: string;
  message: string;
  /** What to do about it, in one sentence. */
  remediation: string;
  /** error: fails the job in enforce mode; warning: reported, never fails. */
  level: ViolationLevel;
}
