/** The contract every report reader implements; one file per format under ./readers. */
import type { Finding, Severity } from '../../core/model.js';

export interface ReadContext {
  /** The report's path as given by the user, recorded on every finding. */
  report: string;
  /** Severity for secret findings that carry none (policy findings.secret-severity). */
  secretSeverity: Severity;
}

export interface ReadResult {
  /** Tool name as the report states it (e.g. "CodeQL", "Trivy", "semgrep"); several SARIF runs join with ", ". */
  tool: string;
  findings: Finding[];
}

export interface ReportReader {
  /** Stable format id recorded in the audit record, e.g. "sarif", "gitlab-sast", "trivy". */
  format: string;
  /** Recognise the format from parsed content alone — never from the file name. */
  detect(doc: unknown): boolean;
  /** Throws InputError naming the JSON path when the content is malformed. */
  read(doc: unknown, ctx: ReadContext): ReadResult;
}
