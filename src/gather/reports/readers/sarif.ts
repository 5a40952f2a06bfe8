/**
 * SARIF 2.1.0 (OASIS), the format most scanners can write. One finding per `runs[].results[]`; rule
 * metadata (default level, security-severity, message templates) is looked up the ways the spec allows,
 * because real tools use all of them: `ruleIndex`, `rule.index` + `rule.toolComponent.index` into
 * `tool.extensions` (CodeQL packs), or the rule id alone (Semgrep, Snyk IaC).
 */
import { InputError } from '../../../core/errors.js';
import type { BaselineState, Finding } from '../../../core/model.js';
import type { ReadContext, ReadResult, ReportReader } from '../reader.js';
import { fromSarif, isSarifLevel, fromWord } from '../severity.js';
import { isObject, JsonPath, type JsonObject } from './json-path.js';
import { firstText, joinNames, makeFinding } from './make-finding.js';

const FORMAT_NAME = 'SARIF';
const SUPPORTED_VERSION = '2.1.0';
/** Looked up rather than cast, so every finding shares one string per state instead of holding the parsed copy. */
const BASELINE_STATES: ReadonlyMap<string, BaselineState> = new Map(
  (['new', 'unchanged', 'updated', 'absent'] as const).map((s) => [s, s]),
);

export const sarifReader: ReportReader = {
  format: 'sarif',
  detect(doc: unknown): boolean {
    if (!isObject(doc)) return false;
    if (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema)) return true;
    return 'runs' in doc && typeof doc.version === 'string';
  },
  read(doc: unknown, ctx: ReadContext): ReadResult {
    return readSarifLog(doc, ctx, (run) => run.readResults());
  },
};

/**
 * The log-level frame every SARIF read goes through: the version check, then each run's reader, in
 * order. `findingsOf` supplies a run's findings — from the run's own `results` when the whole log is in
 * memory, or from the elements a streaming read met — so both paths check the same things in the
 * same order and fail with the same message.
 */
export function readSarifLog(doc: unknown, ctx: ReadContext, findingsOf: (run: RunReader, index: number) => Finding[]): ReadResult {
  const root = rootAt(ctx);
  const log = requiredObject(doc, root);
  requireSupportedVersion(log, root, ctx.report);
  const findings: Finding[] = [];
  const tools: string[] = [];
  const runs = array(log, 'runs', root);
  for (let i = 0; i < runs.length; i++) {
    const reader = sarifRun(runs[i], i, ctx);
    tools.push(reader.tool);
    // push one by one: spreading a million findings into push() overflows the call stack.
    for (const finding of findingsOf(reader, i)) findings.push(finding);
  }
  return { tool: joinNames(tools, 'unknown'), findings };
}

/** The reader of `runs[index]`: its rules, artifacts and uri bases, looked up once for all its results. */
export function sarifRun(run: unknown, index: number, ctx: ReadContext): RunReader {
  const runAt: Where = () => rootAt(ctx)().key('runs').index(index);
  return new RunReader(requiredObject(run, runAt), runAt, ctx);
}

function rootAt(ctx: ReadContext): Where {
  return () => JsonPath.root(ctx.report, FORMAT_NAME);
}

/*
 * Typed field access on the raw parsed JSON. The JSON path of a field is built only when the field has
 * the wrong type: building it for every field of 100k results costs more than the parse itself.
 */
type Where = () => JsonPath;

function requiredObject(value: unknown, at: Where): JsonObject {
  return isObject(value) ? value : at().fail('an object', value);
}

function object(o: JsonObject | undefined, key: string, at: Where): JsonObject | undefined {
  const v = o?.[key];
  if (v === undefined || v === null || isObject(v)) return v ?? undefined;
  return at().key(key).fail('an object', v);
}

function array(o: JsonObject | undefined, key: string, at: Where): unknown[] {
  const v = o?.[key];
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : at().key(key).fail('an array', v);
}

function string(o: JsonObject | undefined, key: string, at: Where): string | undefined {
  const v = o?.[key];
  if (v === undefined || v === null || typeof v === 'string') return v ?? undefined;
  return at().key(key).fail('a string', v);
}

function integer(o: JsonObject | undefined, key: string, at: Where): number | undefined {
  const v = o?.[key];
  if (v === undefined || v === null || (typeof v === 'number' && Number.isInteger(v))) return v ?? undefined;
  return at().key(key).fail('an integer', v);
}

/** A 1-based line number; 0 is read as "no line", as several tools write it. */
function line(o: JsonObject | undefined, key: string, at: Where): number | undefined {
  const v = integer(o, key, at);
  if (v === undefined || v === 0) return undefined;
  return v > 0 ? v : at().key(key).fail('a line number (a positive integer)', v);
}

function child(at: Where, key: string): Where {
  return () => at().key(key);
}

function element(at: Where, key: string, index: number): Where {
  return () => at().key(key).index(index);
}

/** Earlier SARIF drafts moved and renamed most fields; reading them as 2.1.0 would silently lose results. */
function requireSupportedVersion(log: JsonObject, at: Where, report: string): void {
  const version = string(log, 'version', at) ?? versionFromSchema(string(log, '$schema', at));
  if (version === undefined || version === SUPPORTED_VERSION || version.startsWith(`${SUPPORTED_VERSION}-rtm`)) return;
  throw new InputError(
    `${report}: SARIF version ${version} is not supported; only SARIF ${SUPPORTED_VERSION} is read.`,
    `Convert the file to SARIF ${SUPPORTED_VERSION} with the SARIF Multitool: ` +
      `npx @microsoft/sarif-multitool transform ${shellWord(report)} --sarif-output-version Current --output converted.sarif ` +
      `(then pass converted.sarif), or upgrade the scanner to a release that writes SARIF ${SUPPORTED_VERSION}.`,
  );
}

function versionFromSchema(schema: string | undefined): string | undefined {
  return schema === undefined ? undefined : /sarif-(?:schema-)?(\d+\.\d+\.\d+[\w.-]*?)(?:\.json)?$/i.exec(schema)?.[1];
}

function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

interface Rule {
  value: JsonObject;
  at: Where;
}

/** Per-run lookups (rules, artifacts, uri bases) built once, so a run with 100k results stays linear. */
export class RunReader {
  readonly tool: string;
  private readonly driverRules: Rule[];
  private readonly extensionRules: Rule[][];
  private rulesById: Map<string, Rule> | undefined;
  private readonly paths = new Map<string | undefined, Map<string, string>>();
  private readonly strings = new Map<string, string>();
  private readonly artifacts: unknown[];
  private readonly uriBases: JsonObject | undefined;

  constructor(
    readonly run: JsonObject,
    private readonly runAt: Where,
    private readonly ctx: ReadContext,
  ) {
    const toolAt = child(runAt, 'tool');
    const tool = object(run, 'tool', runAt);
    const driver = object(tool, 'driver', toolAt);
    this.tool = string(driver, 'name', child(toolAt, 'driver')) ?? 'unknown';
    this.driverRules = rulesOf(driver, child(toolAt, 'driver'));
    this.extensionRules = array(tool, 'extensions', toolAt).map((ext, i) => rulesOf(requiredObject(ext, element(toolAt, 'extensions', i)), element(toolAt, 'extensions', i)));
    this.artifacts = array(run, 'artifacts', runAt);
    this.uriBases = object(run, 'originalUriBaseIds', runAt);
  }

  /** The run's own `results`, read in memory. */
  readResults(): Finding[] {
    const results = array(this.run, 'results', this.runAt);
    const findings: Finding[] = [];
    for (let j = 0; j < results.length; j++) {
      const f = this.result(results[j], j);
      if (f !== undefined) findings.push(f);
    }
    return findings;
  }

  /**
   * The finding of `results[index]` — the one place a result becomes a finding, in memory or streamed.
   * Undefined for a result that is not a failure (SARIF §3.27.9: `kind` pass, open, review,
   * notApplicable or informational): it reports a check, not a problem.
   */
  result(value: unknown, index: number): Finding | undefined {
    const at: Where = () => this.runAt().key('results').index(index);
    const result = requiredObject(value, at);
    const kind = string(result, 'kind', at);
    if (kind !== undefined && kind !== 'fail') return undefined;
    return this.finding(result, at);
  }

  private finding(result: JsonObject, at: Where): Finding {
    const ruleRef = object(result, 'rule', at);
    const ruleRefAt = child(at, 'rule');
    const ruleId = string(result, 'ruleId', at) ?? string(ruleRef, 'id', ruleRefAt);
    const rule = this.resolveRule(result, at, ruleRef, ruleRefAt, ruleId);
    const ruleProperties = rule === undefined ? undefined : object(rule.value, 'properties', rule.at);

    const level = resolveLevel(result, at, rule);
    const securitySeverity = object(result, 'properties', at)?.['security-severity'] ?? ruleProperties?.['security-severity'];
    const location = this.location(result, at);
    const ruleName = firstText(ruleId, rule === undefined ? undefined : string(rule.value, 'id', rule.at));

    return makeFinding(this.ctx, {
      tool: this.tool,
      rule: this.shared(ruleName ?? 'unknown'),
      severity: fromSarif(level, securitySeverity),
      nativeSeverity: this.shared(securitySeverityUsed(securitySeverity) ?? (isSarifLevel(level) ? level : `${level} (not a SARIF level: error, warning, note or none)`)),
      message: message(result, at, rule) ?? ruleName ?? '',
      path: location.path,
      startLine: location.startLine,
      endLine: location.endLine,
      fingerprint: fingerprint(result, at),
      ...suppression(result, at),
      baselineState: baselineState(result, at),
      helpUri: rule === undefined ? undefined : this.shared(string(rule.value, 'helpUri', rule.at) ?? ''),
    });
  }

  /** The spec's order: an index (into the driver, or the extension `rule.toolComponent` names), else the id. */
  private resolveRule(result: JsonObject, at: Where, ruleRef: JsonObject | undefined, ruleRefAt: Where, ruleId: string | undefined): Rule | undefined {
    const componentIndex = integer(object(ruleRef, 'toolComponent', ruleRefAt), 'index', child(ruleRefAt, 'toolComponent'));
    const rules = componentIndex === undefined ? this.driverRules : this.extensionRules[componentIndex];
    const index = integer(result, 'ruleIndex', at) ?? integer(ruleRef, 'index', ruleRefAt);
    // -1 is SARIF's "no index"; an index past the end falls back to the id rather than failing the gate.
    const byIndex = index !== undefined && index >= 0 ? rules?.[index] : undefined;
    if (byIndex !== undefined || ruleId === undefined) return byIndex;
    return this.ruleById(ruleId);
  }

  private ruleById(id: string): Rule | undefined {
    if (this.rulesById === undefined) {
      this.rulesById = new Map();
      for (const rule of [...this.driverRules, ...this.extensionRules.flat()]) {
        const ruleId = string(rule.value, 'id', rule.at);
        if (ruleId !== undefined && !this.rulesById.has(ruleId)) this.rulesById.set(ruleId, rule);
      }
    }
    return this.rulesById.get(id);
  }

  private location(result: JsonObject, at: Where): { path?: string; startLine?: number; endLine?: number } {
    const locations = array(result, 'locations', at);
    if (locations.length === 0) return {};
    const firstAt = element(at, 'locations', 0);
    const physicalAt = child(firstAt, 'physicalLocation');
    const physical = object(requiredObject(locations[0], firstAt), 'physicalLocation', firstAt);
    if (physical === undefined) return {};
    const region = object(physical, 'region', physicalAt);
    const startLine = line(region, 'startLine', child(physicalAt, 'region'));
    // The spec defaults endLine to startLine; filling it keeps "does this finding touch line N" simple.
    const endLine = line(region, 'endLine', child(physicalAt, 'region')) ?? startLine;
    const artifactLocation = object(physical, 'artifactLocation', physicalAt);
    return { path: this.artifactPath(artifactLocation, child(physicalAt, 'artifactLocation')), startLine, endLine };
  }

  private artifactPath(artifactLocation: JsonObject | undefined, at: Where): string | undefined {
    if (artifactLocation === undefined) return undefined;
    let uri = string(artifactLocation, 'uri', at);
    let baseId = string(artifactLocation, 'uriBaseId', at);
    if (uri === undefined) {
      // Fortify and the SARIF SDK write only `index` into run.artifacts.
      const index = integer(artifactLocation, 'index', at);
      if (index === undefined || index < 0 || index >= this.artifacts.length) return undefined;
      const artifactAt = element(this.runAt, 'artifacts', index);
      const location = object(requiredObject(this.artifacts[index], artifactAt), 'location', artifactAt);
      uri = string(location, 'uri', child(artifactAt, 'location'));
      baseId = string(location, 'uriBaseId', child(artifactAt, 'location'));
    }
    if (uri === undefined) return undefined;
    // Thousands of results name the same few files: resolve each uri once, and share the path string.
    let byUri = this.paths.get(baseId);
    if (byUri === undefined) this.paths.set(baseId, (byUri = new Map<string, string>()));
    let path = byUri.get(uri);
    if (path === undefined) byUri.set(uri, (path = toPath(this.resolveBase(uri, baseId, new Set()))));
    return path;
  }

  /**
   * One string object per distinct value (rule ids, levels): a report of a million results repeats a
   * few hundred of them, and each parsed copy would otherwise stay alive in its finding.
   */
  private shared(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /**
   * Joins a relative uri to its `originalUriBaseIds` entry when that entry is a local location (file: or a
   * relative path). A remote base (`https://github.com/o/r/blob/sha/`) says where the repository is hosted;
   * the relative part is already the repository path, which is what the gate compares with changed files.
   */
  private resolveBase(uri: string, baseId: string | undefined, seen: Set<string>): string {
    if (baseId === undefined || hasScheme(uri) || seen.has(baseId)) return uri;
    seen.add(baseId);
    const basesAt = child(this.runAt, 'originalUriBaseIds');
    const base = object(this.uriBases, baseId, basesAt);
    const baseUri = string(base, 'uri', child(basesAt, baseId));
    if (baseUri === undefined) return uri;
    const resolvedBase = this.resolveBase(baseUri, string(base, 'uriBaseId', child(basesAt, baseId)), seen);
    if (hasScheme(resolvedBase) && !/^file:/i.test(resolvedBase)) return uri;
    return resolvedBase.endsWith('/') ? `${resolvedBase}${uri}` : `${resolvedBase}/${uri}`;
  }
}

function rulesOf(component: JsonObject | undefined, at: Where): Rule[] {
  return array(component, 'rules', at).map((value, i) => {
    const ruleAt = element(at, 'rules', i);
    return { value: requiredObject(value, ruleAt), at: ruleAt };
  });
}

function resolveLevel(result: JsonObject, at: Where, rule: Rule | undefined): string {
  const level = string(result, 'level', at);
  if (level !== undefined) return level;
  if (rule === undefined) return 'warning';
  return string(object(rule.value, 'defaultConfiguration', rule.at), 'level', child(rule.at, 'defaultConfiguration')) ?? 'warning';
}

/** The security-severity value when it decides the severity (a score or a known word), as written. */
function securitySeverityUsed(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  return Number.isFinite(Number(text)) || fromWord(text) !== 'unknown' ? text : undefined;
}

function message(result: JsonObject, at: Where, rule: Rule | undefined): string | undefined {
  const msgAt = child(at, 'message');
  const msg = object(result, 'message', at);
  // Arguments are strings by the spec; other values are shown as their type, never stringified deeply.
  const args = array(msg, 'arguments', msgAt).map((a) => (typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean' ? String(a) : `(${Array.isArray(a) ? 'list' : typeof a})`));
  const direct = firstText(string(msg, 'text', msgAt), string(msg, 'markdown', msgAt));
  if (direct !== undefined) return fillPlaceholders(direct, args);
  if (rule === undefined) return undefined;
  const id = string(msg, 'id', msgAt);
  if (id !== undefined) {
    const stringsAt = child(rule.at, 'messageStrings');
    const template = object(object(rule.value, 'messageStrings', rule.at), id, stringsAt);
    const text = firstText(string(template, 'text', child(stringsAt, id)), string(template, 'markdown', child(stringsAt, id)));
    if (text !== undefined) return fillPlaceholders(text, args);
  }
  const short = object(rule.value, 'shortDescription', rule.at);
  const full = object(rule.value, 'fullDescription', rule.at);
  return firstText(string(short, 'text', child(rule.at, 'shortDescription')), string(full, 'text', child(rule.at, 'fullDescription')));
}

/** SARIF message placeholders: `{0}` takes arguments[0]; `{{` and `}}` are literal braces. */
function fillPlaceholders(text: string, args: string[]): string {
  if (!text.includes('{') && !text.includes('}')) return text;
  return text.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, n: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    return args[Number(n)] ?? match;
  });
}

function fingerprint(result: JsonObject, at: Where): string | undefined {
  const partial = object(result, 'partialFingerprints', at);
  const primary = partial?.primaryLocationLineHash;
  if (typeof primary === 'string' && primary !== '') return primary;
  return serialise(partial) ?? serialise(object(result, 'fingerprints', at));
}

/** Keys sorted, so the same fingerprints always give the same string whatever order the tool wrote. */
function serialise(map: JsonObject | undefined): string | undefined {
  if (map === undefined) return undefined;
  // Fingerprint values are strings by the spec; anything else (a nested array, say) is not a fingerprint.
  const keys = Object.keys(map)
    .filter((k) => typeof map[k] === 'string' || (typeof map[k] === 'number' && Number.isFinite(map[k])))
    .sort();
  return keys.length > 0 ? keys.map((k) => `${k}=${String(map[k])}`).join(';') : undefined;
}

/**
 * Suppressed when any suppression is in force: status absent (= accepted) or accepted; underReview and
 * rejected are not. In source when every suppression in force is `kind: inSource` (a comment in the code).
 */
function suppression(result: JsonObject, at: Where): { suppressed: boolean; suppressedInSource: boolean } {
  const inForce = array(result, 'suppressions', at).filter((s, i) => {
    const sAt = element(at, 'suppressions', i);
    const status = string(requiredObject(s, sAt), 'status', sAt);
    return status === undefined || status === 'accepted';
  });
  const inSource = inForce.length > 0 && inForce.every((s) => (s as JsonObject).kind === 'inSource');
  return { suppressed: inForce.length > 0, suppressedInSource: inSource };
}

function baselineState(result: JsonObject, at: Where): BaselineState {
  const state = string(result, 'baselineState', at);
  return (state !== undefined && BASELINE_STATES.get(state)) || 'unknown';
}

function hasScheme(uri: string): boolean {
  // Two letters at least, so a Windows drive ("C:/src") is not mistaken for a scheme.
  return /^[a-z][a-z0-9+.-]+:/i.test(uri);
}

/** A report uri as a path: file: scheme removed, percent-escapes decoded, no leading "./". */
export function toPath(uri: string): string {
  const isFileUri = /^file:/i.test(uri);
  let path = isFileUri ? uri.slice(5) : uri;
  if (isFileUri && path.startsWith('//')) {
    const rest = path.slice(2).replace(/^localhost(?=\/)/i, '');
    // file:///abs → /abs (and file:////abs, which some tools write, the same); file://host/share → //host/share.
    path = rest.startsWith('/') ? rest.replace(/^\/+/, '/') : `//${rest}`;
  }
  path = decodePercent(path);
  if (isFileUri && /^\/[a-z]:[/\\]/i.test(path)) path = path.slice(1);
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

function decodePercent(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

