/**
 * Several scanners write a bare `[]` (gitleaks, hadolint, Code Quality) or `{"results": []}` (tfsec,
 * OSV-Scanner) for a clean scan. Nothing in it says which tool wrote it, but it holds no finding
 * either way; reading it as empty beats failing the gate on a clean scan.
 */
import type { ReportReader } from '../reader.js';
import { isObject } from './json-path.js';

function detect(doc: unknown): boolean {
  if (Array.isArray(doc)) return doc.length === 0;
  if (!isObject(doc)) return false;
  const keys = Object.keys(doc);
  return keys.length === 1 && keys[0] === 'results' && (doc.results === null || (Array.isArray(doc.results) && doc.results.length === 0));
}

export const emptyReportReader: ReportReader = {
  format: 'empty',
  detect,
  read: () => ({ tool: 'unknown', findings: [] }),
};
