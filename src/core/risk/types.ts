import type { RiskLevel } from '../model.js';

/** One explainable contribution to the risk score. */
export interface RiskFactor {
  /** Stable id, e.g. "size", "sensitive:infrastructure", "destructive", "missing-tests", "ai-assisted". */
  id: string;
  points: number;
  /** One sentence a reviewer can check. */
  detail: string;
  files: string[];
}

export interface DestructiveOperation {
  kind: string;
  path: string;
  detail: string;
  /** False for an operation that cannot be undone by reverting the change (a dropped table). */
  reversible: boolean;
  /** Where the fact comes from: the diff (absent means the diff), or a plan. */
  source?: 'diff' | 'plan';
  /** What the operation does to the thing it names. */
  action?: 'delete' | 'replace';
  /** What kind of thing is affected (for a plan: the resource type). */
  objectType?: string;
  /** The affected object as written. */
  object?: string;
  /** Plan-derived operations: the resource address, whether it holds state, and the plan's reason. */
  address?: string;
  stateful?: boolean;
  reason?: string;
}

export interface RiskAssessment {
  score: number;
  level: RiskLevel;
  factors: RiskFactor[];
  destructive: DestructiveOperation[];
  /** The four questions of risk-based review, answered in plain words. */
  questions: {
    blastRadius: string;
    testing: string;
    rollback: string;
    auditability: string;
  };
}
