/**
 * Every known report format, in detection order: the first reader whose detect() accepts the parsed
 * document reads it. Formats with the most specific markers come first.
 */
import type { ReportReader } from '../reader.js';
import { sarifReader } from './sarif.js';
import { gitlabSecurityReaders } from './gitlab-security.js';
import { npmAuditReader } from './npm-audit.js';
import { trivyReader, trivyLegacyReader } from './trivy.js';
import { semgrepReader } from './semgrep.js';
import { grypeReader } from './grype.js';
import { kicsReader } from './kics.js';
import { tfsecReader } from './tfsec.js';
import { osvScannerReader } from './osv-scanner.js';
import { githubDependabotReader } from './github-dependabot.js';
import { gitleaksReader } from './gitleaks.js';
import { hadolintReader } from './hadolint.js';
import { codeQualityReader } from './codequality.js';
import { emptyReportReader } from './empty-report.js';

export const READERS: ReportReader[] = [
  sarifReader,
  // Objects with a distinctive top-level key.
  ...gitlabSecurityReaders,
  npmAuditReader,
  trivyReader,
  semgrepReader,
  grypeReader,
  kicsReader,
  tfsecReader,
  osvScannerReader,
  githubDependabotReader,
  // Top-level arrays, told apart by their first element's keys.
  trivyLegacyReader,
  gitleaksReader,
  hadolintReader,
  codeQualityReader,
  // Last: a clean scan's `[]` or `{"results": []}`, which no other reader claims.
  emptyReportReader,
];
