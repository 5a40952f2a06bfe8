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
