/**
 * GitLab security reports (SAST, dependency scanning, container scanning, secret detection, DAST,
 * API and coverage fuzzing), schema versions 2.x to 15.x. They share one layout — `vulnerabilities[]`
 * plus an optional `scan` — so one reading function serves every type; each type is its own reader
 * only so the audit record names the format (`gitlab-sast`, `gitlab-dast`, ...).
 *
 * Old reports have no `scan`: the type is then taken from the vulnerabilities' `category`, else from
 * the location's shape, else the report is read as plain `gitlab-security`.
 */
import type { Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromWord } from '../severity.js';
import { firstObject, isObject, JsonPath, Obj, type JsonObject } from './json-path.js';
import { firstText, headline, makeFinding, nonEmpty } from './make-finding.js';
import { ownEntry } from '../../../core/own-entry.js';

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

/** Only the table's own entries: a report's "constructor" or "__proto__" is no format. */
function formatOfType(type: string): string | undefined {
  return ownEntry(TYPE_FORMATS, type);
}
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
function gitlabFormatOf(doc: JsonObject): string {
  const clues = new GitlabFormatClues();
  if (Array.isArray(doc.vulnerabilities)) for (const v of doc.vulnerabilities) clues.see(v);
  return clues.formatWith(doc.scan);
}

/**
 * What the vulnerabilities say about the report type when `scan` does not: the first known `category`,
 * else the shape of the first location. Fed one vulnerability at a time, so a streaming read that meets
 * `scan` after every vulnerability decides exactly as a read of the whole document.
 */
export class GitlabFormatClues {
  private categoryFormat: string | undefined;
  private location: JsonObject | undefined;

  see(v: unknown): void {
    if (!isObject(v)) return;
    if (this.categoryFormat === undefined && typeof v.category === 'string' && formatOfType(v.category)) this.categoryFormat = formatOfType(v.category);
    if (this.location === undefined && isObject(v.location)) this.location = v.location;
  }

  formatWith(scan: unknown): string {
    if (isObject(scan) && typeof scan.type === 'string') return formatOfType(scan.type) ?? GENERIC_FORMAT;
    if (this.categoryFormat !== undefined) return this.categoryFormat;
    return this.location ? formatFromLocation(this.location) : GENERIC_FORMAT;
  }
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
  const root = gitlabRoot(doc, ctx);
  const vulns = root.requiredObjects('vulnerabilities');
  const wide = reportWide(root, vulns[0], format);
  return { tool: wide.tool, findings: vulns.map((v) => settleVulnerability(readVulnerability(v, ctx), wide, ctx)) };
}

export function gitlabRoot(doc: unknown, ctx: ReadContext): Obj {
  return Obj.root(doc, ctx.report, FORMAT_NAME);
}

/** `vulnerabilities[index]` as an object with its path, failing as the whole-document read does. */
export function vulnerabilityAt(value: unknown, index: number, ctx: ReadContext): Obj {
  return new Obj(value, JsonPath.root(ctx.report, FORMAT_NAME).key('vulnerabilities').index(index));
}

/** What holds for every vulnerability of a report: the scanner's name and whether secrets get the default severity. */
export interface ReportWide {
  tool: string;
  isSecret: boolean;
}

/** The scanner named by `scan`, else by the first vulnerability; `first` is `vulnerabilities[0]`. */
export function reportWide(root: Obj, first: Obj | undefined, format: string): ReportWide {
  const scan = root.object('scan');
  const tool =
    firstText(scan?.object('scanner')?.string('name')) ??
    firstText(first?.object('scanner')?.string('name')) ??
    'GitLab';
  return { tool, isSecret: format === TYPE_FORMATS.secret_detection };
}

/**
 * A vulnerability read on its own: everything but the report-wide facts, which a streaming read learns
 * only at the end (`scan` is written after the vulnerabilities). `settleVulnerability` adds them.
 */
export interface VulnerabilityRead {
  finding: Finding;
  /** The report gives no severity: a secret-detection report then uses the policy's secret severity. */
  severityMissing: boolean;
}

export function readVulnerability(v: Obj, ctx: ReadContext): VulnerabilityRead {
  const identifiers = v.objects('identifiers');
  const cve = v.string('cve');
  const rule = firstText(identifiers[0] && identifierId(identifiers[0]), cve, v.string('name')) ?? 'unknown';
  const location = v.object('location');
  const place = readLocation(location);
  const dependency = location?.object('dependency');
  const pkgName = dependency?.object('package')?.string('name');
  const pkgVersion = dependency?.text('version');

  const nativeSeverity = v.string('severity');

  // `message` (deprecated) is the specific text ("X in package"), `name` the generic title; a bare
  // container finding has neither, and its id reads better than a paragraph of description.
  let message =
    firstText(v.string('message'), v.string('name')) ?? (nonEmpty(pkgName) ? rule : (headline(v.string('description')) ?? rule));
  if (nonEmpty(pkgName) && !message.includes(pkgName)) {
    message += ` in ${pkgName}${nonEmpty(pkgVersion) ? ` ${pkgVersion}` : ''}`;
  }
  const crashType = location?.string('crash_type');
  if (nonEmpty(crashType) && !message.includes(crashType)) message += ` (${crashType})`;

  const finding = makeFinding(ctx, {
    // The tool is report-wide; settleVulnerability sets it. Set here so the field keeps its place.
    tool: '',
    rule,
    severity: fromWord(nativeSeverity),
    nativeSeverity,
    message,
    ...place,
    fingerprint: firstText(v.string('id'), cve),
  });
  return { finding, severityMissing: nativeSeverity === undefined };
}

/** Adds the report-wide facts to a vulnerability read on its own; returns the finding. */
export function settleVulnerability(read: VulnerabilityRead, wide: ReportWide, ctx: ReadContext): Finding {
  read.finding.tool = wide.tool;
  if (read.severityMissing && wide.isSecret) read.finding.severity = ctx.secretSeverity;
  return read.finding;
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
