/**
 * GitLab security reports (SAST, dependency scanning, container scanning, secret detection, DAST,
 * API and coverage fuzzing), schema versions 2.x to 15.x. They share one layout — `vulnerabilities[]`
 * plus an optional `scan` — so one reading function serves every type; each type is its own reader
 * only so the audit record names the format (`gitlab-sast`, `gitlab-dast`, ...).
 *
 * Old reports have no `scan`: the type is then taken from the vulnerabilities' `category`, else from
 * the location's shape, else the report is read as plain `gitlab-security`.
 */
import type { Finding } from '../../model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { firstObject, isObject, Obj, type JsonObject } from './json-path.js';
import { firstText, headline, makeFinding, nonEmpty } from './make-finding.js';

const FORMAT_NAME = 'GitLab security report';

/** GitLab's scan types (also the values of the deprecated per-vulnerability `category`) → format id. */
const TYPE_FORMATS: Record<string, string> = {
  sast: 'gitlab-sast',
  dependency_scanning: 'gitlab-dependency-scanning',
  container_scanning: 'gitlab-container-scanning',
  container_scanning_for_registry: 'gitlab-container-scanning',
  cluster_image_scanning: 'gitlab-cluster-image-scanning',
  secret_detection: 'gitlab-secret-detection',
  dast: 'gitlab-dast',
  api_fuzzing: 'gitlab-api-fuzzing',
  coverage_fuzzing: 'gitlab-coverage-fuzzing',
};
const GENERIC_FORMAT = 'gitlab-security';

/**
 * A GitLab security report has `vulnerabilities` and either a `version`, a `scan`, or vulnerabilities
 * that carry GitLab's `identifiers[]`/`location`. npm audit (`auditReportVersion`), SARIF (`runs`),
 * Snyk (`packageManager`) and CycloneDX (`bomFormat`) also have `vulnerabilities` and are not claimed.
 * A wrong-typed `vulnerabilities` beside a `version` is still claimed, so reading reports the path.
 */
export function isGitlabSecurityReport(doc: unknown): doc is JsonObject {
  if (!isObject(doc) || !('vulnerabilities' in doc)) return false;
  if (['runs', 'auditReportVersion', 'packageManager', 'bomFormat'].some((k) => k in doc)) return false;
  if (typeof doc.version === 'string' || isObject(doc.scan)) return true;
  const first = firstObject(doc.vulnerabilities);
  return first !== undefined && (Array.isArray(first.identifiers) || isObject(first.location));
}

/** The format id a GitLab security report is read as. */
export function gitlabFormatOf(doc: JsonObject): string {
  const scan = doc.scan;
  if (isObject(scan) && typeof scan.type === 'string') return TYPE_FORMATS[scan.type] ?? GENERIC_FORMAT;
  const vulns = Array.isArray(doc.vulnerabilities) ? doc.vulnerabilities.filter(isObject) : [];
  for (const v of vulns) {
    if (typeof v.category === 'string' && TYPE_FORMATS[v.category]) return TYPE_FORMATS[v.category]!;
  }
  const location = vulns.map((v) => v.location).find(isObject);
  return location ? formatFromLocation(location) : GENERIC_FORMAT;
}

/** Each type's location has its own shape; SAST and secret detection share theirs, so stay generic. */
function formatFromLocation(location: JsonObject): string {
  if (typeof location.image === 'string') {
    return isObject(location.kubernetes_resource) ? TYPE_FORMATS.cluster_image_scanning! : TYPE_FORMATS.container_scanning!;
  }
  if (typeof location.hostname === 'string') return TYPE_FORMATS.dast!;
  if (typeof location.crash_type === 'string') return TYPE_FORMATS.coverage_fuzzing!;
  const dependency = location.dependency;
  const pkg = isObject(dependency) ? dependency.package : undefined;
  if (typeof location.file === 'string' && isObject(pkg) && typeof pkg.name === 'string') {
    return TYPE_FORMATS.dependency_scanning!;
  }
  return GENERIC_FORMAT;
}

function readGitlab(doc: unknown, ctx: ReadContext, format: string): ReadResult {
  const root = Obj.root(doc, ctx.report, FORMAT_NAME);
  const vulns = root.requiredObjects('vulnerabilities');
  const scan = root.object('scan');
  const tool =
    firstText(scan?.object('scanner')?.string('name')) ??
    firstText(vulns[0]?.object('scanner')?.string('name')) ??
    'GitLab';
  const isSecret = format === TYPE_FORMATS.secret_detection;
  return { tool, findings: vulns.map((v) => readVulnerability(v, tool, isSecret, ctx)) };
}

function readVulnerability(v: Obj, tool: string, isSecret: boolean, ctx: ReadContext): Finding {
  const identifiers = v.objects('identifiers');
  const cve = v.string('cve');
  const rule = firstText(identifiers[0] && identifierId(identifiers[0]), cve, v.string('name')) ?? 'unknown';
  const location = v.object('location');
  const place = readLocation(location);
  const dependency = location?.object('dependency');
  const pkgName = dependency?.object('package')?.string('name');
  const pkgVersion = dependency?.text('version');

  const nativeSeverity = v.string('severity');
  const severity = nativeSeverity === undefined && isSecret ? ctx.secretSeverity : fromWord(nativeSeverity);

  // `message` (deprecated) is the specific text ("X in package"), `name` the generic title; a bare
  // container finding has neither, and its id reads better than a paragraph of description.
  let message =
    firstText(v.string('message'), v.string('name')) ?? (nonEmpty(pkgName) ? rule : (headline(v.string('description')) ?? rule));
  if (nonEmpty(pkgName) && !message.includes(pkgName)) {
    message += ` in ${pkgName}${nonEmpty(pkgVersion) ? ` ${pkgVersion}` : ''}`;
  }
  const crashType = location?.string('crash_type');
  if (nonEmpty(crashType) && !message.includes(crashType)) message += ` (${crashType})`;

  return makeFinding(ctx, {
    tool,
    rule,
    severity,
    nativeSeverity,
    message,
    ...place,
    fingerprint: firstText(v.string('id'), cve),
  });
}

/**
 * The first identifier is GitLab's primary one. Its `value` is the id, except that CWE values are
 * bare numbers and some converters put prose in `value` and the id in `name`.
 */
function identifierId(identifier: Obj): string | undefined {
  const value = identifier.text('value');
  const name = identifier.string('name');
  if (value !== undefined && /^\d+$/.test(value) && identifier.string('type')?.toLowerCase() === 'cwe') return `CWE-${value}`;
  if (value !== undefined && /\s/.test(value.trim()) && nonEmpty(name) && !/\s/.test(name.trim())) return name;
  return firstText(value, name);
}

/** SAST/secrets/dependencies: `file`; containers: `image`; DAST: `hostname` + `path`; fuzzing: none. */
function readLocation(location: Obj | undefined): { path?: string; startLine?: number; endLine?: number } {
  if (location === undefined) return {};
  const file = location.string('file');
  if (nonEmpty(file)) {
    return { path: file, startLine: location.line('start_line'), endLine: location.line('end_line') };
  }
  const image = location.string('image');
  if (nonEmpty(image)) return { path: image };
  const hostname = location.string('hostname');
  const path = location.string('path');
  if (nonEmpty(hostname)) return { path: `${hostname}${path ?? ''}` };
  return nonEmpty(path) ? { path } : {};
}

function gitlabReader(format: string): ReportReader {
  return {
    format,
    detect: (doc) => isGitlabSecurityReport(doc) && gitlabFormatOf(doc) === format,
    read: (doc, ctx) => readGitlab(doc, ctx, format),
  };
}

/** One reader per GitLab report type, then the untyped fallback. */
export const gitlabSecurityReaders: ReportReader[] = [
  ...new Set([...Object.values(TYPE_FORMATS), GENERIC_FORMAT]),
].map(gitlabReader);
