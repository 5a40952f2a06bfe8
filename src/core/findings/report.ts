/** A scanner report as read: where it came from and the findings it holds. */
import type { Finding } from '../model.js';

export interface LoadedReport {
  /** The path as given, recorded on every finding. */
  path: string;
  /** The reader's format id, e.g. "sarif". */
  format: string;
  tool: string;
  /** Hex SHA-256 of the file's bytes as read, so the audit record pins exactly what was evaluated. */
  sha256: string;
  /** Findings read, suppressed ones included. */
  results: number;
  findings: Finding[];
}
