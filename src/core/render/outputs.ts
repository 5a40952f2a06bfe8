/**
 * The step outputs (GitHub) and dotenv variables (GitLab): one list so both platforms publish the
 * same facts under the same names.
 */
import type { Evaluation } from '../evaluation.js';
import { DECISION_PREDICATE_TYPE } from '../record/statement.js';

export interface GateOutputs {
  decision: string;
  'risk-score': string;
  'risk-level': string;
  'ai-assisted': string;
  'ai-share': string;
  violations: string;
  'findings-in-scope': string;
  'audit-file': string;
  'summary-file': string;
  'statement-file'?: string;
  'predicate-type'?: string;
}

export function gateOutputs(e: Evaluation, files: { auditFile: string; summaryFile: string; statementFile?: string }): GateOutputs {
  const inScope = e.findings?.inScope;
  return {
    decision: e.decision,
    'risk-score': String(e.risk.score),
    'risk-level': e.risk.level,
    'ai-assisted': String(e.attribution.aiAssisted),
    'ai-share': String(e.attribution.aiShare),
    violations: String(e.violations.filter((v) => v.level === 'error').length),
    'findings-in-scope': String(inScope ? Object.values(inScope).reduce((n, x) => n + x, 0) : 0),
    'audit-file': files.auditFile,
    'summary-file': files.summaryFile,
    ...(files.statementFile ? { 'statement-file': files.statementFile, 'predicate-type': DECISION_PREDICATE_TYPE } : {}),
  };
}

/** GitLab dotenv keys: upper snake case with a prefix, e.g. AI_GOVERNANCE_DECISION. */
export function dotenv(outputs: GateOutputs): string {
  return (
    Object.entries(outputs)
      .map(([k, v]) => `AI_GOVERNANCE_${k.toUpperCase().replace(/-/g, '_')}=${String(v).replace(/[\r\n]/g, ' ')}`)
      .join('\n') + '\n'
  );
}
