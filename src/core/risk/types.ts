import type { RiskLevel } from '../model.js';

/** The facts a factor measured, in numbers, names and lists; the renderer turns them into a sentence. */
export type FactorFacts = Record<string, number | string | boolean | string[]>;

/** Which sentence explains a factor; one template per kind of factor (see render/risk-words.ts). */
export type FactorTemplate = 'size' | 'spread' | 'sensitive' | 'destructive' | 'missing-tests' | 'ai-assisted' | 'plan-floor';

/** A factor as scoring computes it: points and facts, no prose. */
export interface ScoredFactor {
  /** Stable id, e.g. "size", "sensitive:infrastructure", "destructive", "missing-tests", "ai-assisted". */
  id: string;
  points: number;
  template: FactorTemplate;
  facts: FactorFacts;
  files: string[];
}

/** One explainable contribution to the risk score. */
interface RiskFactor extends ScoredFactor {
  /** One sentence a reviewer can check, rendered from the template and the facts. */
  detail: string;
}

/** What a destructive operation does to the thing it names. */
export type DestructiveAction = 'delete' | 'replace' | 'truncate' | 'rename' | 'unguard';

/**
 * Something applying the change deletes or rewrites that a revert would not bring back. Read from the
 * diff today; a plan reader produces the same facts from a Terraform or Pulumi plan.
 */
export interface DestructiveOperation {
  /** Family of the operation, e.g. "sql-drop", "sql-rename", "orm-drop", "terraform-resource-removed". */
  kind: string;
  path: string;
  /** One sentence, rendered from the facts below. */
  detail: string;
  /** False for an operation that cannot be undone by reverting the change (a dropped table). */
  reversible: boolean;
  /** Where the fact comes from: the diff, or a plan. */
  source: 'diff' | 'plan';
  action: DestructiveAction;
  /** What kind of thing is affected: table, column, schema, resource, file, ... */
  objectType?: string;
  /** The affected object as written: `users`, `users.email`, `aws_db_instance.main`. */
  object?: string;
  /** New-side line of the statement or block, 1-based, when known. */
  line?: number;
  /** The statement or line as written (comments stripped, whitespace collapsed), cut to a readable length. */
  evidence?: string;
  /** For migrations: whether the same change carries a down step or undo migration for this file. */
  downStep?: boolean;
  /** How the statement was read: by the SQL parser, or by the token classifier when it did not parse. */
  readBy?: 'sql-parser' | 'sql-tokens' | 'pattern';
  /** Plan-derived operations: the resource address, whether it holds state, and the plan's reason. */
  address?: string;
  stateful?: boolean;
  reason?: string;
}

/** A destructive operation before it is put into words. */
export type DestructiveFact = Omit<DestructiveOperation, 'detail'>;

interface RiskQuestions {
  blastRadius: string;
  testing: string;
  rollback: string;
  auditability: string;
}

/** What scoring produces: numbers and facts only. */
export interface RiskScore {
  score: number;
  level: RiskLevel;
  factors: ScoredFactor[];
  destructive: DestructiveFact[];
  /** Facts the review questions are answered from. */
  scope: {
    files: number;
    directories: number;
    lines: number;
    sensitiveGroups: string[];
    sources: number;
    tests: number;
  };
}

export interface RiskAssessment {
  score: number;
  level: RiskLevel;
  factors: RiskFactor[];
  destructive: DestructiveOperation[];
  /** The four questions of risk-based review, answered in plain words. */
  questions: RiskQuestions;
}
